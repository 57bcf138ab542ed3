"""Notes converted from handwriting by Mathpix: its token spacing (``W ^ { [ 1 ] }``) and its arrays, as typed LaTeX.

Mathpix writes every token of a formula separated by a space (``\\frac { \\partial f } { \\partial W _ { 11 }
^ { [ 1 ] } }``), matrices as ``\\left[ \\begin{array} { l l } … \\end{array} \\right]``, stacked equations as
``\\left. \\begin{array} { l } … \\end{array} \\right.`` and a bracket it could not pair as ``\\left(\\right.`` …
``\\left.\\right)``. TeX ignores spaces in math, so these spellings typeset exactly as the compact ones; this
module rewrites them before the notes are split into claims:

* :func:`arrays` (every file): an ``array`` is the matrix of its delimiters (``[`` bmatrix, ``(`` pmatrix,
  ``|`` vmatrix, ``\\|`` Vmatrix, ``\\{`` Bmatrix, none or ``.`` matrix); one whose rows hold a relation at
  top level (``\\left\\{``/``\\left.``/no delimiter) is a stack of equations, ``gathered`` (one claim a row),
  and any other ``\\left\\{ … \\right.`` is ``cases``; the delimiters may be sized (``\\Bigg(``, ``\\bigl[``), and
  an array with no delimiters that holds one bracketed tuple spaced out by ``&`` (``(w_1, & w_2)``) is the tuple;
  an unpaired bracket ``\\left(\\right.`` … ``\\left.\\right)`` is the bracket ``(`` … ``)``;
* :func:`unspaced` (only in a file that :func:`writes_mathpix`: at least :data:`EVIDENCE` scripts or command
  arguments in spaced braces, ``_ { 1 }``, ``\\sqrt { 2 }``), inside math only: no space next to a script
  sign, after an opening bracket or a comma, before a closing bracket, a comma or a prime, before a brace or
  an argument's parenthesis; a minus sign before a number after an opener, a comma or a relation joins it;
  letters spaced in a script (``_ { j k }``) or an operator name (``\\operatorname { t r }``) join;
  ``^ { \\prime }`` is a prime; an aside in text-mode brackets (``\\text { ( } 7 \\text { parameters) }``) is
  a remark of its own (``\\quad 7 \\text{parameters}``); ``\\tan h`` (hyperbolic functions read as a
  function and a letter h) is ``\\tanh``. Spaces between two letters or numbers elsewhere stay
  (``J J ^ { T }`` is J times Jᵀ).
* Digits split by a space (``1 2``) typeset as one number in TeX, so a run of them that is a whole member of a
  chain, a matrix cell or an argument (``K_{12} = 1 2``, ``& 1 2 &``, ``\\sqrt { 6 97 }``) is joined; anywhere
  else (``1 2 + 3``: twelve plus three, or one times two plus three?) the space stays and the grammar reports
  the line as unreadable ("two numbers side by side"). Spaced digits in a script (``W _ { 1 1 }``) stay for
  the rule on indices, and in brackets (``( 1 0 )``: ten, or a row without commas?) they stay unreadable.

Every pattern is a regular expression without nested repetition; arrays are paired in one scan.
"""

from __future__ import annotations

import re

EVIDENCE = 3
_SPACED_SCRIPT = re.compile(r"(?:[_^]|\\[A-Za-z]{1,20}) \{ [^{}\n]{1,40} \}")

_SPACE_RULES = tuple((re.compile(p), r) for p, r in (
    (r"[ \t]*([_^])[ \t]*", r"\1"),                                    # W ^ { → W^{
    (r"(?<!\\)([{(\[,])[ \t]+", r"\1"),                                # { [ 1 → {[1 ; ( 1 , → (1,
    (r"(?<!\\)[ \t]+(?=[})\],']|\\right(?![A-Za-z]))", ""),           # 1 ] } → 1]} ; x \right) → x\right)
    (r"(?<!\\)[ \t]+(?=\{)", ""),                                      # \frac { → \frac{ ; } { → }{
    (r"(?<=[A-Za-z0-9)}])[ \t]+(?=[(\[])", ""),                        # f ( x → f(x ; \left [ → \left[
    (r"(?:(?<=[(\[{,=&])|(?<=[=&] ))-[ \t]+(?=\d)", "-"),             # ( - 1 → (-1 ; = - 2 → = -2
    (r"\^\{\\prime ?\\prime\}", "''"),
    (r"\^\{\\prime\}", "'"),
    (r"(?<=[_^]\{[A-Za-z]) (?=[A-Za-z]\})", ""),                        # _{j k} → _{jk}
    (r"\\(tan|sin|cos)[ \t]+h(?![A-Za-z])", r"\\\1h"),                 # \tan h ( 1 ) → \tanh(1)
))
_OPERATOR = re.compile(r"\\(operatorname|mathrm|mathit)\{([A-Za-z](?: [A-Za-z]){1,8})\}")
_ASIDE = re.compile(r"\\text\{\(\}([^{}$\n]{0,40}?)\\text\{([^{}()$\n]{0,40})\)\}")
_DIGITS = re.compile(r"(?:(?<=[=&])|(?<=[=&] )|(?<=\\approx )|(?<=\\\\)|(?<=\\\\ )|(?<=[^_^]\{)|^)[ \t]*"
                     r"(\d{1,3}(?: \d{1,3}){1,3})(?=[ \t]*(?:$|[=&,}]|\\\\|\\approx|\\quad|\\end))", re.M)

_UNPAIRED = re.compile(r"\\left\s*(\(|\[|\\\{|\|)\s*\\right\s*\.|\\left\s*\.\s*\\right\s*(\)|\]|\\\}|\|)")
_ARRAY = re.compile(r"(\\(?:left|[bB]igg?l?)\s*(\(|\[|\\\{|\\\||\||\.)\s*)?"   # \left(, \Bigg(, \bigl[
                    r"\\begin\s*\{\s*array\s*\}\s*\{[lcr|\s]{1,80}\}"
                    r"|\\end\s*\{\s*array\s*\}(\s*\\(?:right|[bB]igg?r?)\s*(\)|\]|\\\}|\\\||\||\.))?")
_MATRIX_OF = {"[": "bmatrix", "(": "pmatrix", "|": "vmatrix", "\\|": "Vmatrix", "\\{": "Bmatrix", ".": "matrix",
              None: "matrix"}
_RELATION = re.compile(r"=|\\approx(?![A-Za-z])|\\Rightarrow(?![A-Za-z])")


def writes_mathpix(text: str) -> bool:
    """Whether a notes text is in Mathpix's spacing: at least :data:`EVIDENCE` scripts or arguments in spaced
    braces (``_ { 1 }``, ``^ { [ 2 ] }``, ``\\frac { 1 }``)."""
    found = 0
    for _ in _SPACED_SCRIPT.finditer(text):
        found += 1
        if found >= EVIDENCE:
            return True
    return False


def _compact(math: str) -> str:
    """One piece of Mathpix math with its spaces dropped where TeX ignores them (see the module doc)."""
    for pattern, replace in _SPACE_RULES:
        math = pattern.sub(replace, math)
    math = _OPERATOR.sub(lambda m: f"\\{m.group(1)}{{{m.group(2).replace(' ', '')}}}", math)
    math = _ASIDE.sub(r"\\quad\1\\text{\2}", math)
    return _DIGITS.sub(lambda m: m.group(0).replace(m.group(1), m.group(1).replace(" ", "")), math)


def unspaced(text: str) -> str:
    """The notes text with every math span (``$…$``, ``$$…$$``, environments; not code) compacted."""
    from .source import blocks

    covered: list = []
    blocks(text, covered)
    out, at = [], 0
    for span in sorted(covered):
        start, end = span[0], span[1]
        if start < at or len(span) > 2 or text.startswith(("```", "~~~"), start):
            continue
        out.append(text[at:start])
        out.append(_compact(text[start:end]))
        at = end
    out.append(text[at:])
    return "".join(out)


def _has_relation(body: str) -> bool:
    """Whether the rows of an array hold a relation outside braces (``∇f(x_1) = (…) \\\\ …``)."""
    depth = 0
    for m in re.finditer(r"[{}]|=|\\approx(?![A-Za-z])|\\Rightarrow(?![A-Za-z])", body):
        tok = m.group(0)
        if tok in "{}":
            depth += 1 if tok == "{" else -1
        elif depth <= 0:
            return True
    return False


def arrays(text: str) -> str:
    """Every ``array`` as the matrix of its delimiters, or ``gathered`` when its rows are equations; every
    unpaired ``\\left(\\right.`` … ``\\left.\\right)`` as its bracket."""
    text = _UNPAIRED.sub(lambda m: m.group(1) or m.group(2), text)
    if "array" not in text:
        return text
    marks = list(_ARRAY.finditer(text))
    stack, pairs = [], []
    for n, m in enumerate(marks):
        if m.group(0).lstrip().startswith("\\end"):
            if stack:
                pairs.append((stack.pop(), n))
        else:
            stack.append(n)
    replace: dict[int, str] = {}
    spaced: dict[int, tuple[int, str]] = {}
    for b, e in pairs:
        begin, end = marks[b], marks[e]
        left, right = begin.group(2), end.group(4)
        tuple_ = spaced_tuple(text[begin.end():end.start()]) if left is None and right is None else None
        if tuple_ is not None:   # \begin{array}{c}(w_1, & w_2)\end{array}: an array only spacing a tuple out
            spaced[b] = (e, tuple_)
            continue
        equations = left in (None, ".", "\\{") and right in (None, ".") and _has_relation(
            text[begin.end():end.start()])
        name = "gathered" if equations else "cases" if left == "\\{" and right in (None, ".") else \
            _MATRIX_OF.get(left, "matrix")
        replace[b] = f"\\begin{{{name}}}"
        replace[e] = f"\\end{{{name}}}" + ("" if end.group(3) is None or left is not None or equations
                                            else end.group(3))
    out, at = [], 0
    for n, m in enumerate(marks):
        if n in spaced and m.start() >= at:
            out.append(text[at:m.start()] + spaced[n][1])
            at = marks[spaced[n][0]].end()
        elif n in replace and m.start() >= at:
            out.append(text[at:m.start()] + replace[n])
            at = m.end()
    out.append(text[at:])
    return "".join(out)


def spaced_tuple(body: str) -> str | None:
    """The tuple an array holds when the array only spaces it out: one row, wholly in one pair of parentheses or
    brackets, cells after commas (``(w_1, & w_2, & c)`` → ``(w_1,  w_2,  c)``); else None."""
    inner = body.strip()
    if "&" not in inner or "\\\\" in inner or len(inner) < 2 or (inner[0], inner[-1]) not in (("(", ")"), ("[", "]")):
        return None
    depth = 0
    for n, ch in enumerate(inner):
        depth += 1 if ch in "([{" else -1 if ch in ")]}" else 0
        if depth == 0 and n < len(inner) - 1 or depth < 0:
            return None   # (1) & (2): two groups, not one tuple
    if re.search(r"[^,\s]\s*&", inner):
        return None   # a cell that does not end in a comma: the & is a column of a matrix
    return inner.replace("&", "")


def mathpix_latex(text: str) -> str:
    """A notes text with Mathpix's arrays and unpaired brackets rewritten and, when it :func:`writes_mathpix`,
    its math compacted (see the module doc)."""
    if "\\left" in text or "array" in text:
        text = arrays(text)
    return unspaced(text) if writes_mathpix(text) else text

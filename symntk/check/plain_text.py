"""Plain-text math in Markdown: inline code and untagged code fences that hold math, the words before a
gradient's entries (``grad at x1:``, ``- at x2 = 1:``, ``gradient (0, 2, 1)``), and the learner's own letter for
the datapoints.

Inline code that holds a relation (``=``, ``≈``) and nothing only a program has (``==``, ``import``, ``;``, a
method call other than ``np.array(…)``) is soft math; so are the statements of a fence without a language
(or tagged text / math): a learner's ``K = [[8, 11],`` ↵ ``[11, 16]]`` is math, ``lam = np.linalg.eigvalsh(K)``
is a program. Every pattern is linear (no nested repetition).
"""

from __future__ import annotations

import re

AT_POINT = re.compile(r"(?:\b(grad(?:ient)?|stigull|stigullinn|Gradient)\s+|^\s*(?:[-*+]\s+|[,;]\s*)?)"
                      r"((?:at|in|í|bei|an|für|en|con)\s+)?"
                      r"(x_?\{?[0-9]{1,2}\}?|x\^\{?\([0-9]{1,2}\)\}?|x[₁-₉]|x⁽[¹²³⁴⁵⁶⁷⁸⁹]⁾)"
                      r"(?:\s*=\s*[-−]?[0-9]{1,6}(?:[.,][0-9]{1,6})?)?\s*:\s*$",
                      re.I)   # "grad at x1:", "- at x2 = 1:", "x₁ = 1:" before the gradient's entries


BARE_ENTRIES = re.compile(r"\s*[(\[][-−0-9.,;\s]{1,400}[)\]]\s*(?:ᵀ|\^\s*\{?T\}?)?\s*")   # (1, 0, 2)ᵀ, [0,5; 1]
# (2·1·0, 2·1, 0, 1) = (0, 2, 0, 1): the entries worked out from numbers, then the entries
WORKED_ENTRIES = re.compile(r"\s*[(\[][-−+0-9.,;\s·*×/]{1,400}[)\]]\s*=\s*[(\[][-−0-9.,;\s]{1,400}[)\]]\s*")
MATH_FENCES = ("", "text", "txt", "math", "plain", "plaintext")
_CODE_MARKS = re.compile(r"==|!=|<-|\bimport\b|\bdef\b|\breturn\b|\bprint\s*\(|\blambda\s*\w*\s*:|;\s*$|@|"
                         r"\b[A-Za-z_]\w*\.[A-Za-z_]")
_BOUND = re.compile(r"\s{0,3}[A-Za-z](?:_\{?[A-Za-z0-9]{1,3}\}?)?\s{0,3}(?:>=?|<=?|≥|≤)\s{0,3}"
                    r"-?\d{1,6}(?:\.\d{1,6})?\s{0,3}")
_MEMBER = re.compile(r"\s{0,3}[A-Za-z]{1,6}(?:_\{?[A-Za-z0-9]{1,3}\}?)?\s{1,3}in\s{1,3}RR"
                     r"(?:\^\s{0,2}\(?\d{1,4}\)?)?\s{0,3}")
_POINT_NAME = re.compile(r"\s{0,2}x(?:_\{?[1-9]\}?|_\([1-9]\)|\^\{?\(\(?[1-9]\)?\)\}?)\s{0,2}")
_ARRAY_CALL = re.compile(r"\b(?:np|numpy)\.(?:array|asarray|matrix)\s*\(")
# ~~ before a number: AsciiMath's ≈ (lavaan's y1 ~~ y2 between names is no relation here)
_CODE_RELATION = re.compile(r"(?<![=<>!])=(?!=)|≈|\\approx|(?<!~)~~(?!~)(?=\s{0,3}[-+(\[]{0,3}\.?[0-9])")


def is_math_code(body: str) -> bool:
    """Inline code or a fenced statement that is soft math: it holds a relation (``=``, ``≈``) and nothing
    only a program has (``==``, ``import``, ``;``, a method call ``a.b`` other than ``np.array(…)``)."""
    if _BOUND.fullmatch(body) or _MEMBER.fullmatch(body):   # `z > 0` (after `relu'(z) = 1` if …), `theta in RR^7`
        return True
    if _POINT_NAME.fullmatch(body):   # at `x^((2))`: a datapoint named as the label of the claims after it
        return True
    return bool(_CODE_RELATION.search(body)) and not _CODE_MARKS.search(_ARRAY_CALL.sub("(", body))


_CODE_COMMENT = re.compile(r"(?:^|(?<=\s))(?:#|%|//)(?![#%/]?[0-9]).{0,2000}$")
"""A program's comment to the end of a fence's line: ``#`` (Python, R, Julia), ``%`` (MATLAB, Octave), ``//``."""


def fenced_math(text: str, start: int, close: int) -> list[tuple[int, str]]:
    """The statements of an untagged code fence that are math (see :func:`is_math_code`) as (position of
    their first line, text); a statement runs on while its brackets are open (``K = [[8, 11],`` ↵ ``[11, 16]]``),
    and a comment after ``#``, ``%`` or ``//`` is not part of it."""
    out: list[tuple[int, str]] = []
    statement, first, depth = [], 0, 0
    at = start + 1
    for raw in text[start + 1:close].split("\n"):
        if not statement:
            first = at
        code = _CODE_COMMENT.sub("", raw)   # K = [[6, 9], [9, 15]]   # checked: the comment is no math
        statement.append(code.strip())
        depth += sum(code.count(c) for c in "([{") - sum(code.count(c) for c in ")]}")
        at += len(raw) + 1
        if depth > 0 and len(statement) < 20:
            continue
        body = trailing_remark(_WORDS_AFTER.sub("", " ".join(statement).strip()))
        out.extend((first, piece) for piece in SIDE_BY_SIDE.split(spaced_pairs(body)) if piece and is_math_code(piece))
        statement, depth = [], 0
    return out


# df/db3 = 0   (b3 is just added on at the end): a bracket of prose closing the statement is a remark
_TRAILING_BRACKET = re.compile(r"[ \t]+\(([^()=≈<>\n]{3,160})\)[ \t.]*$")
_PROSE_WORD = re.compile(r"[^\W\d_]{2,}(?:'[^\W\d_]{1,2})?")
_NOT_PROSE = {"tanh", "sech", "cosh", "sinh", "det", "tr", "exp", "ln", "log", "max", "min", "relu", "eig", "sigma",
              "sqrt", "theta", "lambda", "partial", "nabla", "at", "for", "in", "with", "row", "col", "entry"}


def trailing_remark(body: str) -> str:
    """``body`` without a bracket at its end that is prose, not math: no relation in it, and three words or more
    of two letters or more, at least two of them words a formula does not use (``(b3 is just added on at the end,
    its a constant)``, ``(wait, is this right)``); ``(x_1)``, ``(at x2)``, ``(v1, v2)`` stay."""
    m = _TRAILING_BRACKET.search(body)
    if m is None or not _CODE_RELATION.search(body[:m.start()]):
        return body
    tokens = [t.strip(".,;:!?…") for t in m.group(1).split()]
    words = [t for t in tokens if _PROSE_WORD.fullmatch(t)]
    if len(tokens) >= 3 and len([w for w in words if w.lower() not in _NOT_PROSE]) >= 2:
        return body[:m.start()].rstrip()
    return body


# x2 = 2, no activation: words after the last comma are a remark, not math
_WORDS_AFTER = re.compile(r",[ \t]*(?=(?:[^\W\d_]+[ \t]+){0,6}[^\W\d_]{3})[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,6}[ \t]*$")
# W1 = [1, 1]^T   b1 = [0, 1]^T: statements set side by side on one line of a fence (two spaces or a tab apart)
# (or a derivative's name: ``df/dw11 = x_1      df/dw12 = x_2``)
# W1=[1,1]^T b1=[0,1]^T, x1=1 x2=2: compact statements (each name glued to its "=") one space apart
_COMPACT_NAME = r"[A-Za-z](?:\w{0,3}|\^\{\[[1-9]\]\}(?:_\{\d{1,2}\})?)="   # W1=, x2=, b^{[1]}=
GLUED_PAIRS = re.compile(r"(?<![^\s;,])(" + _COMPACT_NAME + r"[^\s=]{1,40})[ \t](?=" + _COMPACT_NAME + r"(?!=)[^\s=])")


def spaced_pairs(line: str) -> str:
    """``W1=[1,1]^T b1=[0,1]^T`` → ``W1=[1,1]^T  b1=[0,1]^T``: compact statements one space apart set two apart, as
    statements side by side are (:data:`SIDE_BY_SIDE`)."""
    return GLUED_PAIRS.sub(r"\1  ", line) if "=" in line else line


SIDE_BY_SIDE = re.compile(r"(?<=[\])\dT])(?:[ \t]{2,}|\t)(?=[A-Za-z][\w{}^\[\]]{0,12}[ \t]*=(?!=))|"
                          r"(?<=[\w)\]'])(?:[ \t]{2,}|\t)(?=[d∂]\w{0,3}/[d∂]\w{1,12}[ \t]*=(?!=))")


_GRADIENT_WORD = re.compile(r"^(\s*(?:[-*+]\s+)?)(?:the\s+)?(?:grad|gradient|gradienten|gradiente|gradientti|"
                            r"stigull|stigullinn)(?:\s+(?:at|in|for)\s+x(?:_\{?([1-9])\}?|\(([1-9])\)|([1-9])))?"
                            r"\s*:?(?=\s*[(\[])", re.I)


def named_gradient(line: str, output: str | None = None) -> str:
    """``gradient (0, 2, 0, 1)``: a line that is a word for the gradient and a vector of numbers (nothing else, or
    its working from numbers first: ``gradient: (2·1, 0) = (2, 0)``)
    is ``∇f = (0, 2, 0, 1)`` at the datapoint of the context (or the one it names: ``grad at x(2): [0 1 1]`` is
    ``∇f(x_2) = [0 1 1]``), of the output ``output`` when one is named."""
    m = _GRADIENT_WORD.match(line)
    if m is None or not (BARE_ENTRIES.fullmatch(line[m.end():]) or WORKED_ENTRIES.fullmatch(line[m.end():])):
        return line
    f = f"f_{{{output}}}" if output else "f"
    point = m.group(2) or m.group(3) or m.group(4)   # grad at x(1): [1 0 1] (MATLAB's indexing), at x_2: …
    at = f"(x_{{{point}}})" if point else ""
    return f"{m.group(1)}∇{f}{at} = {line[m.end():].strip()}"


_OWN_POINT = re.compile(r"(?<![A-Za-z\\])([a-wyzA-Z])_\{?([1-9])\}?\s*=\s*\(")
_X_POINT = re.compile(r"(?<![A-Za-z\\])x_\{?[1-9]\}?\s*=|(?<![A-Za-z\\])x\^\s*\{?\s*[(\[]")


def point_letter(text: str) -> str | None:
    """The learner's own letter for the datapoints (``p_1 = (1, 0)``, ``p_2 = (0, 1)``, then ``f(p_1)``) when
    the notes give no x_i: indexed names 1 and 2 given vectors, at which f is evaluated; else None."""
    if _X_POINT.search(text):
        return None
    given: dict[str, set[str]] = {}
    for m in _OWN_POINT.finditer(text):
        given.setdefault(m.group(1), set()).add(m.group(2))
    letters = [c for c, seen in given.items() if {"1", "2"} <= seen
               and re.search(rf"f\s*\(\s*{c}_\{{?[1-9]", text)]
    return letters[0] if len(letters) == 1 else None


_GRADIENT_NAME = re.compile(r"(?<![A-Za-z\\])(grad|gradient)_?\{?([1-9])\}?\s*=\s*[(\[][^()\[\]=]{0,200},")


def gradient_names(text: str) -> re.Pattern | None:
    """The learner's own names for the gradients at the datapoints written as a word (``grad_1 = (1, 3, 1)``,
    ``grad2 = (…)``, then ``K_(12) = grad_1 . grad_2``): a pattern of those names, group 1 the datapoint's index,
    when one word is given lists of numbers under two or more indices; else None (one letter, ``g_1``, is a name
    of the learner's own, see :data:`symntk.check.judge_values.GRADIENT_LETTERS`)."""
    given: dict[str, set[str]] = {}
    for m in _GRADIENT_NAME.finditer(text):
        given.setdefault(m.group(1), set()).add(m.group(2))
    names = [name for name, seen in given.items() if len(seen) >= 2]
    if len(names) != 1:
        return None
    return re.compile(rf"(?<![A-Za-z\\]){names[0]}_?\{{?([1-9])\}}?(?![0-9A-Za-z({{])")

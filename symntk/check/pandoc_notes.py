"""Notes written in Word's equation editor and converted to Markdown by pandoc: its spellings as typed notes.

pandoc's OMML → TeX writer (texmath) and its Markdown writer spell a learner's Word formulas in ways that typeset
exactly as the compact TeX a learner types, and this module rewrites them, keeping every line where it was:

* brackets: ``\\lbrack``/``\\rbrack`` are ``[``/``]`` (``W^{\\lbrack 1\\rbrack}`` is ``W^{[1]}``), ``\\lbrace``/
  ``\\rbrace`` are ``\\{``/``\\}``, and a matrix in sized fences (``\\left\\lbrack \\begin{matrix} … \\end{matrix}
  \\right\\rbrack``, also ``(``, ``|``, ``\\|``) is the matrix of its fences (``bmatrix``, ``pmatrix`` …): in
  every file, as TeX itself reads them; a prime Word sets as a superscript (``\\sigma^{'}(z)``) is ``σ'(z)``,
  and an output's kernel set with its entry's subscript first (``K_{11}^{(1)}``) is ``K^{(1)}_{11}``;
* :func:`joined_math` — inline math that pandoc's 72-column reflow wrapped over lines (a matrix's rows, one a
  line): the formula is put whole on the line where it opens, and the lines it covered are left empty. Only a
  real wrapped formula is joined: opened by ``$`` before a non-space, closed within :data:`MAX_WRAP` lines of
  the same paragraph by ``$`` after a non-space and not before a digit, its first line ending in
  ``\\begin{matrix}`` (any matrix, ``array``, ``cases``, ``aligned``) and its last line starting with the
  ``\\end{…}`` (rows in between, no code); any other ``$`` left open on its line stays as it was;
* in a file that :func:`writes_pandoc` (at least :data:`EVIDENCE` of its marks): bracketed spans with
  attributes (``[7 parameters]{.underline}``, ``[…]{.mark}``) are their text; Markdown escapes outside math
  (``\\*``, ``\\_``, ``\\#`` …, and ``\\[sic\\]`` on one line with no formula inside, never a display
  ``\\[ K = … \\]``) are the characters (``\\$`` stays, a dollar in words, and ``\\|``, a bar in a table's
  cell); a grid table (``+----+----+`` rules, ``|`` rows, ``+====+`` under the header) is the pipe table it
  draws, one row a line (a cell wrapped over lines joined on the row's first line); three or more spaces
  ``\\ \\ \\ `` between two formulas on one line are a ``\\quad`` (two claims).
"""

from __future__ import annotations

import re

EVIDENCE = 2
NOTATION = (   # (what, as pandoc writes it, as it is read): rows of the README's notation table, tested
    ("Word's equations converted by pandoc: brackets, fenced matrices, primes, one output's kernel",
     r"W^{\lbrack 1\rbrack} ; \left\lbrack \begin{matrix} 8 & 12 \\ 12 & 19 \end{matrix} \right\rbrack ; "
     r"\sigma^{'}(z) ; K_{11}^{(1)}",
     r"W^{[1]} ; \begin{bmatrix} 8 & 12 \\ 12 & 19 \end{bmatrix} ; \sigma'(z) ; K^{(1)}_{11}"),
    ("pandoc's Markdown around Word's equations: spans, escapes, wide gaps",
     r"[7 parameters]{.underline} ; [$\lambda_{1} = 8$]{.mark} ; 2\*3 \[sic\] ; $a = 1,\ \ \ b = 2$",
     r"7 parameters ; $\lambda_{1} = 8$ ; 2*3 [sic] ; $a = 1,\quad b = 2$"),
)
MAX_WRAP = 12      # lines one wrapped inline formula may span
MAX_JOINS = 400    # wrapped formulas joined per file (bounded work)

_TOKENS = tuple((re.compile(p), r) for p, r in (
    (r"\\left\s*\\lbrack(?![A-Za-z])\s*", r"\\left["),
    (r"\s*\\right\s*\\rbrack(?![A-Za-z])", r"\\right]"),
    (r"\\lbrack(?![A-Za-z])\s?", "["),
    (r"\s?\\rbrack(?![A-Za-z])", "]"),
    (r"\\lbrace(?![A-Za-z])\s?", r"\\{"),
    (r"\s?\\rbrace(?![A-Za-z])", r"\\}"),
))
# K_{11}^{(1)}: Word sets a subscript before a superscript; the output's kernel read as K^{(1)}_{11}
_KERNEL_LABEL = re.compile(r"(?<![A-Za-z\\])(K|Θ|\\Theta)_(\{[^{}$\n]{1,12}\}|[0-9])\^(\{\([1-9]\)\})")
_PRIME = re.compile(r"\^\{('{1,3})\}")   # Word's prime, a superscript ': σ^{'}(z) is σ'(z)
_FENCED = re.compile(r"\\left\s*(\[|\(|\\\||\||\\\{)\s*\\begin\{matrix\}(.{0,4000}?)\\end\{matrix\}\s*"
                     r"\\right\s*(\]|\)|\\\||\||\\\})", re.S)
_MATRIX_OF = {"[": "bmatrix", "(": "pmatrix", "|": "vmatrix", "\\|": "Vmatrix", "\\{": "Bmatrix"}
_CLOSER = {"[": "]", "(": ")", "|": "|", "\\|": "\\|", "\\{": "\\}"}

_MARKS = re.compile(r"\\lbrack(?![A-Za-z])|\\rbrack(?![A-Za-z])|\]\{\.[A-Za-z][\w-]{0,20}\}|"
                    r"^\+(?:-{3,}\+){2,}[ \t]*$|^\+(?:={3,}\+){2,}[ \t]*$", re.M)
_DOLLAR = re.compile(r"(?<!\\)\$")
_BEGINS = re.compile(r"\\begin\{(?:[a-zA-Z]{0,8}matrix|array|cases|aligned)\}(?:\{[lcr|]{1,30}\})?\s*$")
_ENDS = re.compile(r"^\s*\\end\{(?:[a-zA-Z]{0,8}matrix|array|cases|aligned)\}")
_WORD_GAP = re.compile(r"(?:\\ ){3,}")   # Word's wide gap between two formulas on one line: a \quad
_SPAN_END = re.compile(r"\]\{[.#][A-Za-z][^{}\n]{0,60}\}")
_ESCAPE = re.compile(r"\\([*_#<>~^`'\"])|\\\[([^\[\]\\=^_$\n]{0,60})\\\]")   # \[sic\]: not \[ K = … \]
_GRID_RULE = re.compile(r"^[ \t]*\+(?:[-=:]{2,}\+){1,30}[ \t]*$")
_HEADER_RULE = re.compile(r"^[ \t]*\+(?:[=:]{2,}\+){1,30}[ \t]*$")


def writes_pandoc(text: str) -> bool:
    """Whether a notes text bears at least :data:`EVIDENCE` of pandoc's own marks: ``\\lbrack``/``\\rbrack``,
    an attribute span ``]{.underline}``, grid-table rules (``+----+----+``)."""
    found = 0
    for _ in _MARKS.finditer(text):
        found += 1
        if found >= EVIDENCE:
            return True
    return False


def pandoc_markdown(text: str) -> str:
    """``text`` with pandoc's spellings rewritten (see the module doc); the number of lines is kept."""
    pandoc = writes_pandoc(text)
    if pandoc:
        text = _grid_tables(_spans(text))
    text = joined_math(text)
    if pandoc:
        text = _WORD_GAP.sub(r"\\quad ", "\n".join(_unescaped(line) for line in text.split("\n")))
    if "\\lbrack" in text or "\\rbrack" in text or "\\lbrace" in text or "\\rbrace" in text:
        for pattern, replace in _TOKENS:
            text = pattern.sub(replace, text)
    if "^{(" in text:
        text = _KERNEL_LABEL.sub(r"\1^\3_\2", text)
    if "^{'" in text:
        text = _PRIME.sub(r"\1", text)
    if "\\begin{matrix}" in text:
        text = _FENCED.sub(_fenced_matrix, text)
    return text


def _fenced_matrix(m: re.Match) -> str:
    """``\\left[ \\begin{matrix} … \\end{matrix} \\right]`` as ``\\begin{bmatrix} … \\end{bmatrix}`` (matching
    fences only; any other pair is left as written)."""
    if _CLOSER[m.group(1)] != m.group(3) or "\\begin{matrix}" in m.group(2):
        return m.group(0)
    kind = _MATRIX_OF[m.group(1)]
    return f"\\begin{{{kind}}}{m.group(2)}\\end{{{kind}}}"


def _opener(line: str) -> int:
    """Where the ``$`` that a line leaves open starts its formula (after that ``$``), or -1: the line's inline
    ``$`` signs (not ``$$``, not ``\\$``) are odd in number and the last one is followed by a non-space."""
    if "$" not in line:
        return -1
    signs = [m.start() for m in _DOLLAR.finditer(line)]
    if "$$" in line or len(signs) % 2 == 0:
        return -1
    at = signs[-1] + 1
    return at if at < len(line) and not line[at].isspace() else -1


def _closer(line: str) -> int:
    """Where the first ``$`` of a line closes a formula opened above (pandoc's rule: after a non-space, not
    before a digit), or -1."""
    m = _DOLLAR.search(line)
    if m is None or "$$" in line[:m.end() + 1]:
        return -1
    at = m.start()
    if at == 0 or line[at - 1].isspace() or line[at + 1:at + 2].isdigit():
        return -1
    return at


def joined_math(text: str) -> str:
    """``text`` with each inline formula wrapped over lines (see the module doc) put whole on its first line,
    the lines it covered left empty."""
    if "$" not in text:
        return text
    lines = text.split("\n")
    joins = 0
    emptied: set[int] = set()
    i = 0
    while i < len(lines) and joins < MAX_JOINS:
        start = _opener(lines[i])
        if start < 0:
            i += 1
            continue
        end = None
        seen = 0
        for k in range(i + 1, len(lines)):
            if k in emptied:
                continue
            seen += 1
            if seen > MAX_WRAP or not lines[k].strip():
                break
            if "$" in lines[k]:
                end = k if _closer(lines[k]) >= 0 else None
                break
        if end is None:
            i += 1
            continue
        close = _closer(lines[end])
        body = " ".join([lines[i][start:].strip()] + [lines[k].strip() for k in range(i + 1, end) if lines[k]] +
                        [lines[end][:close].strip()])
        if not (_BEGINS.search(lines[i][start:]) and _ENDS.search(lines[end][:close])) or "`" in body:
            i += 1
            continue
        lines[i] = lines[i][:start] + body + lines[end][close:]
        for k in range(i + 1, end + 1):
            lines[k] = ""
            emptied.add(k)
        joins += 1   # the rest of the closing line may open the next wrapped formula: read line i again
    return "\n".join(lines)


def _spans(text: str) -> str:
    """Bracketed spans with attributes (``[text]{.underline}``) as their text; the span may wrap over lines."""
    out = []
    last = 0
    for m in _SPAN_END.finditer(text):
        depth = 0
        at = m.start() - 1
        stop = max(last, m.start() - 2000)
        while at >= stop:
            c = text[at]
            if c == "]" and text[at - 1:at] != "\\":
                depth += 1
            elif c == "[" and text[at - 1:at] != "\\":
                if depth == 0:
                    break
                depth -= 1
            at -= 1
        if at < stop:
            continue
        out.append(text[last:at] + text[at + 1:m.start()])
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _unescaped(line: str) -> str:
    """A line with Markdown's backslash escapes outside ``$…$`` math read as the characters they escape."""
    if "\\" not in line:
        return line
    parts = re.split(r"((?<!\\)\$\$?.*?(?<!\\)\$\$?)", line)
    return "".join(p if p.startswith("$") else _ESCAPE.sub(_escaped, p) for p in parts)


def _escaped(m: re.Match) -> str:
    """The character a Markdown escape stands for, or the bracketed words of ``\\[…\\]``."""
    return m.group(1) if m.group(1) is not None else "[" + m.group(2) + "]"


def _grid_tables(text: str) -> str:
    """Grid tables as pipe tables: the rule under the header is ``|---|…|``, the other rules are left empty
    but for a row of empty cells between two rows, and a row's wrapped lines join on its first line."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if not _GRID_RULE.match(lines[i]):
            i += 1
            continue
        end = i
        while end + 1 < len(lines) and (_GRID_RULE.match(lines[end + 1]) or lines[end + 1].lstrip().startswith("|")):
            end += 1
        _pipe_table(lines, i, end)
        i = end + 1
    return "\n".join(lines)


def _pipe_table(lines: list[str], first: int, last: int) -> None:
    """Rewrite the grid table on ``lines[first..last]`` in place (see :func:`_grid_tables`): the first and last
    rules are left empty, the header's rule (``+===+``, or the first rule after a row in a table without one)
    is ``|---|…|``, any other rule or a row's wrapped line is a row of empty cells, so the table stays whole."""
    width = lines[first].strip().count("+") - 1
    headed = any(_HEADER_RULE.match(line) for line in lines[first:last + 1])
    empty = "|" + "  |" * width
    header_done = False
    row_start = None
    for n in range(first, last + 1):
        line = lines[n]
        if _GRID_RULE.match(line):
            if n in (first, last):
                lines[n] = ""
            elif not header_done and row_start is not None and (_HEADER_RULE.match(line) or not headed):
                lines[n] = "|" + "---|" * width
                header_done = True
            else:
                lines[n] = empty
            row_start = None
            continue
        if row_start is None:
            row_start = n
            continue
        cells = [c.strip() for c in lines[row_start].strip().strip("|").split("|")]
        more = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == len(more):
            lines[row_start] = "| " + " | ".join((a + " " + b).strip() for a, b in zip(cells, more)) + " |"
        lines[n] = empty

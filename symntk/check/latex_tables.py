"""LaTeX tables (``tabular``, ``tabular*``, ``tabularx``, ``longtable``, and a headed ``array`` that is a math
block of its own) turned into the Markdown table structure :mod:`symntk.check.tables` reads.

A table's body is split into rows at ``\\\\`` (``\\tabularnewline``) and into cells at ``&``, both outside braces
and nested environments (a ``pmatrix`` in a cell keeps its own rows). Rules (``\\hline``, ``\\toprule``,
``\\midrule``, ``\\bottomrule``, ``\\cline{…}``, ``\\cmidrule(…){…}``, …) are dropped, a ``longtable``'s repeated
head and its feet too; ``\\multicolumn{n}{…}{text}`` is its text in the first of its n cells (a leading row that
spans columns is a title over the header and is dropped), ``\\multirow{…}{…}{text}`` and text styling
(``\\textbf``, ``\\emph``, …) their text. The first row is the header; the rows below are read cell by cell by the
Markdown reader (:func:`symntk.check.tables.table_segments`: one row per parameter and a column per datapoint, or
transposed, or any table of values).

A row of a ``tabular`` whose cells are an aligned statement (``$K_{11}$ & $= 8$``) is read as that statement,
softly. An ``array`` is a table only when it is all of its math block (``\\[ \\begin{array}{c|cc} … \\end{array}
\\]``) and its headers name what a table's do (a matrix ``\\left( \\begin{array} … \\right)``, or one of
bare numbers, is left to the math reader). What cannot be read is unreadable with a reason, never dropped.
Every pattern is linear; the scan of a body is one pass.
"""

from __future__ import annotations

import re

from .segment import Segment
from .tables import table_segments

MAX_TABLES = 40
MAX_BODY = 20_000
_BEGIN = re.compile(r"\\begin\s*\{(tabular\*?|tabularx|longtable|array)\}")
# the math block a table is all of: its opener right before it (a ``$`` at a line's start or after a blank), its closer
_MATH_OPEN = re.compile(r"(?:\$\$|(?:^|(?<=\s))\$|\\\[|\\begin\s*\{(equation|displaymath)\*?\})[ \t\n]{0,200}\Z", re.M)
_MATH_CLOSE = re.compile(r"^[ \t\n.,;]{0,200}(\$\$|\$(?![^\W\d_])|\\\]|\\end\s*\{(equation|displaymath)\*?\})")
_PAIRS = {"$$": "$$", "$": "$", "\\[": "\\]"}
_RULE = re.compile(r"\s*(?:\\(?:hline|toprule|midrule|bottomrule|hdashline|firsthline|lasthline|centering|"
                   r"raggedright|raggedleft|small|footnotesize|scriptsize|large|Large|normalsize|bfseries|"
                   r"itshape|endhead|endfirsthead|endfoot|endlastfoot)(?![A-Za-z])|"
                   r"\\(?:cline|hhline)\s*\{[^{}\n]{0,40}\}|\\cmidrule\s*(?:\([^()\n]{0,10}\))?\s*\{[^{}\n]{0,40}\}|"
                   r"\\(?:addlinespace|vspace|noalign)\s*(?:\[[^\]\n]{0,20}\])?(?:\{[^{}\n]{0,40}\})?|"
                   r"\\rowcolor\s*(?:\[[^\]\n]{0,20}\])?\{[^{}\n]{0,40}\}|"
                   r"\\specialrule\s*\{[^{}\n]{0,20}\}\{[^{}\n]{0,20}\}\{[^{}\n]{0,20}\})")
_FOOT = re.compile(r"\\(endfirsthead|endhead|endfoot|endlastfoot)(?![A-Za-z])")
_STYLE = ("textbf", "textit", "emph", "textsf", "texttt", "textrm", "textnormal", "textup", "underline", "mbox",
          "makecell", "thead", "boldsymbol")
_RELATION = re.compile(r"^\$?\s*(?:=|\\approx|≈|\\simeq)")
_TOP_RELATION = re.compile(r"=|\\approx(?![A-Za-z])")   # ``\frac{∂f}{∂b} = 1 & …``: a cell stating an equation
_NUMBER = re.compile(r"^\$?\s*[-−+]?\s*\d+(?:[.,]\d+|\{,\}\d+)?\s*\$?$")
# a row label that names a parameter and its derivative: ``$W^{(1)}_{11}$: $W^{(2)}_{11}x$``
_LABEL_FORMULA = re.compile(r"^((?:\\mathbf\{)?(?:W|b|w|v|\\theta|θ)\s?[_^][^:]{0,30}?)\s?:\s?([^:]{1,80})$")
_CAPTION = re.compile(r"^\s*\\(?:caption|label)\s*\{")


def _group(text: str, at: int) -> tuple[str, int] | None:
    """The brace group starting at ``at`` (blanks skipped): its content and the index after it, or None."""
    while at < len(text) and text[at] in " \t\n":
        at += 1
    if at >= len(text) or text[at] != "{":
        return None
    depth, i = 0, at
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        depth += ch == "{"
        depth -= ch == "}"
        if depth == 0:
            return text[at + 1:i], i + 1
        i += 1
    return None


def _spec_end(text: str, at: int) -> int:
    """The index after an environment's arguments: an optional ``[t]``, then the width of ``tabular*`` and
    ``tabularx`` and the column spec."""
    m = re.match(r"[ \t]{0,8}\[[^\]\n]{0,20}\]", text[at:at + 40])
    at += m.end() if m else 0
    for _ in range(2):
        found = _group(text, at)
        if found is None:
            break
        at = found[1]
        if not re.match(r"[ \t\n]{0,8}\{", text[at:at + 10]):
            break
    return at


def _split(body: str, sep: str) -> list[tuple[int, str]]:
    """(offset, piece) of ``body`` split at ``\\\\`` (``sep == "row"``) or ``&`` outside braces and nested
    environments, in one pass."""
    out, start, depth, env, i = [], 0, 0, 0, 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            word = re.match(r"\\([A-Za-z]+)", body[i:i + 20])
            if word and word.group(1) == "begin":
                env += 1
            elif word and word.group(1) == "end":
                env -= 1
            elif sep == "row" and depth == 0 and env <= 0 and (body.startswith("\\\\", i) or word and
                                                                 word.group(1) in ("tabularnewline", "cr")):
                out.append((start, body[start:i]))
                i += len(word.group(0)) if word else 2
                skip = re.match(r"\s{0,4}\[[^\]\n]{0,12}\]", body[i:i + 24])   # \\[2pt]
                i += skip.end() if skip else 0
                start = i
                continue
            i += len(word.group(0)) if word else 2
            continue
        if ch in "{}":
            depth += 1 if ch == "{" else -1
        elif ch == "&" and sep == "cell" and depth == 0 and env <= 0:
            out.append((start, body[start:i]))
            start = i + 1
        i += 1
    out.append((start, body[start:]))
    return out


def _unwrap(cell: str, names: tuple[str, ...]) -> str:
    """``\\textbf{x}`` → ``x`` for each command of ``names`` (its brace group's content, nesting kept)."""
    out, i = [], 0
    pattern = re.compile(r"\\(" + "|".join(names) + r")(?![A-Za-z])")
    for _ in range(50):
        m = pattern.search(cell, i)
        if m is None:
            break
        found = _group(cell, m.end())
        if found is None:
            out.append(cell[i:m.end()])
            i = m.end()
            continue
        out.append(cell[i:m.start()] + found[0])
        i = found[1]
    return "".join(out) + cell[i:]


def _cells(row: str) -> tuple[list[str], bool]:
    """A row's cells as text (a ``\\multicolumn`` is its text in the first of its cells), and whether a cell spans
    several columns."""
    out, spans = [], False
    for _, cell in _split(row, "cell"):
        cell = cell.strip()
        m = re.match(r"\\multicolumn\s*\{\s*(\d{1,2})\s*\}", cell)
        width = 1
        if m:
            spec = _group(cell, m.end())
            text = _group(cell, spec[1]) if spec else None
            width = int(m.group(1))
            cell = text[0] if text else cell
        m = re.match(r"\\multirow\s*(?:\[[^\]]{0,10}\])?\s*\{[^{}]{0,10}\}\s*(?:\[[^\]]{0,10}\])?\s*\{[^{}]{0,20}\}",
                     cell)
        if m:
            text = _group(cell, m.end())
            cell = text[0] if text else cell
        cell = " ".join(_unwrap(cell, _STYLE).split()).replace("|", "\\|")
        out.append(cell)
        out.extend([""] * (width - 1))
        spans = spans or width > 1
    return out, spans


def _drop_feet(body: str) -> str:
    """A ``longtable`` body with its repeated head and its feet blanked (lengths kept)."""
    marks = list(_FOOT.finditer(body))
    if not marks:
        return body
    first = any(m.group(1) == "endfirsthead" for m in marks)
    keep = "endfirsthead" if first else "endhead"
    out, start = [], 0
    for m in marks:
        chunk = body[start:m.end()]
        out.append(chunk if m.group(1) == keep else re.sub(r"[^\n]", " ", chunk))
        start = m.end()
    return "".join(out) + body[start:]


def _rows(body: str, first: int) -> list[tuple[int, list[str], bool]]:
    """(line, cells, spans) of every row of a table body whose first line is ``first`` that has a cell with
    text."""
    out, line, counted = [], first, 0
    for offset, row in _split(_drop_feet(body), "row"):
        lead = 0
        for _ in range(20):   # \hline \cline{2-3} …: the rules before a row
            m = _RULE.match(row, lead)
            if m is None or m.end() == lead:
                break
            lead = m.end()
        text = row[lead:]
        if not text.strip() or _CAPTION.match(text):
            continue
        cells, spans = _cells(text)
        if any(cells):
            start = offset + lead + len(text) - len(text.lstrip())
            line += body.count("\n", counted, start)
            counted = start
            out.append((line, cells, spans))
    return out


def _named(cells: list[str]) -> bool:
    """Whether a header row names anything: a cell after the corner that is no bare number."""
    return any(c and not _NUMBER.match(c) for c in cells[1:])


def _aligned(rows: list) -> bool:
    """Whether a table aligns statements (a cell that starts with a relation: ``& $= 8$``, ``& = &``)."""
    return any(_RELATION.match(c) for _, cells, _ in rows for c in cells[1:] if c)


def _equations(rows: list) -> bool:
    """Whether every filled cell states an equation at top level: an array of equations side by side, no table."""
    cells = [c for _, cs, _ in rows for c in cs if c.strip()]
    return bool(cells) and all(_TOP_RELATION.search(re.sub(r"\{[^{}]*\}", "", c)) for c in cells)


def _table(rows: list, text: str, is_array: bool, line: int, raw: str) -> list[Segment] | None:
    """The segments of one table (None: an array that is no table, left to the math reader)."""
    while len(rows) > 2 and rows[0][2]:   # a title spanning columns over the header
        rows = rows[1:]
    if is_array and (len(rows) < 2 or max(len(c) for _, c, _ in rows) < 2 or _aligned(rows)
                     or _equations(rows) or not _named(rows[0][1])):
        return None
    if _aligned(rows):
        return [Segment(n, " ".join(c.replace("$", " ") for c in cells), False, soft=True) for n, cells, _ in rows]
    if len(rows) < 2 or not _named(rows[0][1]):
        return [Segment(line, raw, False, error="a table whose first row names no datapoint or quantity")]
    out = []
    for n, cells, _ in rows[1:]:   # W_{11}: W^{(2)}_{11} x: the row's parameter, and the derivative by it
        label = " ".join(cells[0].replace("$", " ").split())
        cells[0] = label.removesuffix(":").rstrip() if label.endswith(":") else cells[0]   # W_{11}: | 1 | 2
        said = _LABEL_FORMULA.match(label)
        if said:
            cells[0] = said.group(1)
            out.append(Segment(n, f"\\frac{{\\partial f}}{{\\partial {said.group(1)}}} = {said.group(2)}", False,
                               soft=True))
    width = max(len(c) for _, c, _ in rows)
    marked = [(n, "| " + " | ".join(cells + [""] * (width - len(cells))) + " |") for n, cells, _ in rows]
    found = table_segments([marked[0], (marked[0][0], "|" + "---|" * width)] + marked[1:], text)
    if is_array and not found:   # an array whose headers name nothing a table names: the math reader's
        return None
    said = {s.line for s in found}
    out.extend(found)
    for n, cells, _ in rows[1:]:
        if n not in said:
            out.append(Segment(n, " & ".join(cells), False,
                               error="a table row that says nothing readable about its row and column headers"))
    return out


def _pair(before: re.Match | None, after: re.Match | None) -> bool:
    """Whether a math opener and a closer around a table are one block (``\\[`` with ``\\]``, ``$`` with ``$``)."""
    if before is None or after is None:
        return False
    opener = before.group(0).strip()
    if before.group(1):
        return after.group(2) == before.group(1)
    return _PAIRS.get(opener) == after.group(1)


def latex_tables(text: str, commas=None) -> tuple[str, list[Segment]]:
    """The text with its LaTeX tables blanked (lines kept), and what the tables say (see the module doc);
    ``commas`` marks the decimal commas of a table's body when the notes write them (``0,42`` → ``0{,}42``)."""
    if "\\begin" not in text:
        return text, []
    out: list[Segment] = []
    pieces, done = [], 0
    for count, m in enumerate(_BEGIN.finditer(text)):
        if m.start() < done or count >= MAX_TABLES:
            continue
        env = m.group(1)
        closer = f"\\end{{{env}}}"
        body_start = _spec_end(text, m.end())
        close = text.find(closer, body_start, body_start + MAX_BODY)
        line = text.count("\n", 0, m.start()) + 1
        if close < 0:
            if env != "array":
                out.append(Segment(line, m.group(0), False, error=f"unclosed:{closer}"))
            continue
        start, end = m.start(), close + len(closer)
        is_array = env == "array"
        before = _MATH_OPEN.search(text, max(0, start - 220), start)
        after = _MATH_CLOSE.match(text[end:end + 220])
        if not _pair(before, after):
            before = after = None
        if is_array and before is None:
            continue
        body = text[body_start:close]
        rows = _rows(commas(body) if commas else body, line + text.count("\n", m.start(), body_start))
        found = _table(rows, text, is_array, line, text[start:end])
        if found is None:
            continue
        if before is not None:   # \[ \begin{array} … \end{array} \]: the math block is the table
            start, end = before.start(), end + after.end()
        out.extend(found)
        pieces.append(text[done:start])
        pieces.append(re.sub(r"[^\n]", " ", text[start:end]))
        done = end
    if not pieces:
        return text, out
    return "".join(pieces) + text[done:], out

"""What MATLAB or GNU Octave printed in the command window, pasted below a statement in a ``.m`` file (bare, or as
``%`` comments), read as claims of the statement that printed it.

The display forms read (``format short``, ``long``, ``shortG``, ``longG`` alike: only the digits differ):

* a scalar on its name's line: ``ans = 0.2996``, ``K11 = 8`` (Octave: ``ans = 27``), a complex ``1.0000 + 2.0000i``;
* a block: ``K =`` (or MATLAB's size header ``K = 2×2``, ``ans = 2x1``, ``2×1 logical array``), then, after blank
  lines and an optional type line (``logical``), one row of numbers a line up to a blank line or other text;
* a common factor ``1.0e+03 *`` (a live script's ``10^3 ×``) scales every number below it (a learner quoting
  the unscaled digits is wrong); column chunks ``Columns 1 through 3`` / ``Columns 4 and 5`` (``:`` in Octave)
  are joined side by side;
* ``Empty matrix: 0-by-1``, ``[](0x1)``, ``0×1 empty double column vector``: printed, but no claim.

The printed name says whose value it is: the name a statement assigns (``K = J*J'`` then ``K = 2×2``), ``ans`` for
a statement that assigns nothing (``eig(K)`` then ``ans = 2×1``), either name of ``[V, D] = eig(K)``. The value
claims the statement's quantity (:func:`symntk.check.octave.kind_of`: ``eig`` → the eigenvalues, ``trace``,
``det``, ``J*J'`` → K, a name by what it says: K, J, g1, lambda); any other statement is claimed by its name
(``K11 = 8``) or, for ``ans``, by the expression itself (``f(x1) = 1``; ``[f(1), f(3)]`` printed ``3 3`` is
``f(1) = 3, f(3) = 3``). The echo of a literal just typed is no new claim; a different literal below a literal
assignment is a new statement, not output. A claim stands on the line of the name; the rows are read into it.
Every pattern is linear and anchored; sizes are bounded.
"""

from __future__ import annotations

import re

from .matlab_claims import claim_of, last_statement, printed_names, typed_vectors
from .octave import literal
from .printed_values import NUMBER, number

MAX_ROWS = 60
_REAL = rf"{NUMBER}|NaN|-?Inf"
_CELL = re.compile(rf"({_REAL})(?:\s{{0,2}}([-+])\s{{0,2}}({NUMBER}|Inf|NaN)?[ij])?")
_ENTRY = rf"(?:{_REAL})(?:\s{{0,2}}[-+]\s{{0,2}}(?:{NUMBER}|Inf|NaN)?[ij])?"
_ROW = re.compile(rf"^\s*{_ENTRY}(?:\s+{_ENTRY}){{0,59}}\s*$")   # entries apart by spaces: no splitting of digits
_HEAD = re.compile(r"^\s{0,8}([A-Za-z]\w{0,30})\s{0,4}=(?!=)\s{0,4}(.{0,2000}?)\s*$")
_SIZE = re.compile(r"^(\d{1,4})\s?[x×]\s?(\d{1,4})(?:\s+(?:\w{1,12}\s){0,2}\w{0,12})?$")
_TYPE = re.compile(r"^\s*(?:\d{1,4}\s?[x×]\s?\d{1,4}\s+)?(?:logical|double|single|u?int\d{1,2}|sparse|complex)"
                   r"(?:\s+(?:array|matrix|vector))?\s*$")
_SCALE = re.compile(r"^\s*(?:(\d(?:\.\d{1,6})?[eE][-+]?\d{1,3})|10\^\{?([-+]?\d{1,3})\}?)\s{0,4}[*×x]\s*$")
_COLUMNS = re.compile(r"^\s*Columns?\s+\d{1,4}(?:\s+(?:through|to|and)\s+\d{1,4})?:?\s*$", re.I)
_EMPTY = re.compile(r"^\s*(?:Empty matrix:?\s.{0,30}|\[\]\s?\(\d{1,4}x\d{1,4}\)|\[\]|"
                    r"\d{1,4}\s?[x×]\s?\d{1,4}\s+empty\b.{0,60})$", re.I)
_COMMENT = re.compile(r"^\s{0,40}%(?![%{}])\s?(.{0,2000})$")
_MARK = re.compile(r"^\s{0,40}(%|#)")
_NOISE = re.compile(r"^[-+]?\d(?:\.\d{1,20})?[eE]-(?:1[2-9]|[2-9]\d)$")
_ASSIGN = re.compile(r"^\s*([A-Za-z]\w{0,30})\s*=(?!=)\s*(.{1,2000})$")
_SYM_ROW = re.compile(r"^\s*\[([^\[\]=;]{1,1000})\]\s*$")
_SYM_VALUE = re.compile(r"^(?:\(sym\)\s?)?([\w\s.+\-*/^()]{1,400})$")
_SYMBOLIC = re.compile(r"^\s*syms\s|\bsym\s*\(")


def is_matlab(lines: list[str], source: str) -> bool:
    """Whether code is MATLAB/Octave: a ``.m`` file, or ``%`` comment lines and no ``#`` ones."""
    if source.lower().endswith(".m"):
        return True
    if source.lower().endswith((".py", ".jl", ".ipy")):
        return False
    marks = {m.group(1) for line in lines[:3000] if (m := _MARK.match(line[:2000]))}
    return marks == {"%"}


def _cell(token: re.Match[str], scale: str | None) -> str:
    """One printed entry in plain decimals: rounding noise (``-1.0658e-14``) is 0; a complex entry keeps its
    imaginary part (``1 + 2i``) unless it is 0."""
    real = "0" if _NOISE.match(token.group(1)) else number(token.group(1), scale)
    if not token.group(2):
        return real
    imag = number(token.group(3) or "1", scale)
    if re.fullmatch(r"0(?:\.0*)?", imag):
        return real
    return f"({real} {token.group(2)} {imag}i)"


def _cells(text: str, scale: str | None) -> tuple[str, ...]:
    """A printed row's entries."""
    return tuple(_cell(m, scale) for m in _CELL.finditer(text))


def _block(lines: list[str], start: int, symbolic: bool) -> tuple[list[tuple[str, ...]], int, bool]:
    """The rows printed from ``start`` on (column chunks joined, a scale applied; ``symbolic``: a row may be a
    symbolic one, ``[x, 3*x, 1]``), the index after the block, and whether the block printed an empty matrix."""
    chunks: list[list[tuple[str, ...]]] = []
    rows: list[tuple[str, ...]] = []
    scale, i = None, start
    while i < len(lines) and i - start < MAX_ROWS * 3:
        line = lines[i]
        if _EMPTY.match(line):
            return [], i + 1, True
        if _COLUMNS.match(line):
            if rows:
                chunks.append(rows)
            rows = []
        elif _SCALE.match(line):
            factor = _SCALE.match(line)
            scale = factor.group(1) or f"1e{factor.group(2)}"   # 1.0e+03 * (command window), 10^3 × (live script)
        elif _ROW.match(line) and line.strip():
            rows.append(_cells(line, scale))
        elif _SYM_ROW.match(line) and symbolic:
            rows.append(tuple(c.strip() for c in _SYM_ROW.match(line).group(1).split(",")))
        elif _TYPE.match(line) and not rows and not chunks:
            pass
        elif line.strip():
            break
        elif rows and not _chunk_follows(lines, i):
            break
        i += 1
    if rows:
        chunks.append(rows)
    if not chunks or len({len(c) for c in chunks}) != 1:
        return [], i, False
    joined = [sum((c[r] for c in chunks), ()) for r in range(len(chunks[0]))]
    if len({len(r) for r in joined}) != 1:
        return [], i, False
    return joined, i, False


def _chunk_follows(lines: list[str], i: int) -> bool:
    """Whether after the blank line ``i`` (and more blank lines) a new column chunk or scale begins."""
    k = i
    while k < len(lines) and k < i + 3 and not lines[k].strip():
        k += 1
    return k < len(lines) and bool(_COLUMNS.match(lines[k]) or _SCALE.match(lines[k]))


def _inline(value: str, symbolic: bool) -> list[tuple[str, ...]] | None:
    """The rows of a value printed on its name's line: a number, a row of numbers, a literal ``[8 12; 12 19]``;
    ``symbolic``: also an expression (``lambda^2 - 54*lambda + 704``, Octave's ``(sym) …``) or a row ``[x, 2*x]``."""
    if _ROW.match(value):
        return [_cells(value, None)]
    rows = literal(value)
    if rows:
        return [tuple(r) for r in rows]
    if symbolic and (row := _SYM_ROW.match(value)):
        return [tuple(c.strip() for c in row.group(1).split(","))]
    expr = _SYM_VALUE.match(value) if symbolic else None
    return [(expr.group(1).strip(),)] if expr and re.search(r"[A-Za-z]", expr.group(1)) else None


def _output_line(line: str, commented: bool) -> str | None:
    """The text of a line of output: bare, or (``commented``) without its ``%``; None when it is not of that form."""
    if not commented:
        return None if _COMMENT.match(line) else line
    m = _COMMENT.match(line)
    return m.group(1) if m else (None if line.strip() else "")


def printed_below(lines: list[str], code_line, spell, max_lines: int = 3000) -> dict[int, str]:
    """Command-window output pasted below statements, as notes' lines by index (the name's line holds the claim,
    the block's other lines are blank); ``code_line(line)`` gives a line's code without its comment or None for a
    comment or blank line, ``spell`` a name or expression in the notes' spelling."""
    out: dict[int, str] = {}
    codes = [code_line(line[:2000]) or "" for line in lines[:max_lines]]
    vectors = typed_vectors(codes)
    symbolic = any(_SYMBOLIC.search(code) for code in codes)
    i = 0
    while i < len(lines) and i < max_lines:
        code = code_line(lines[i][:2000]) if i not in out else None
        if not code:
            i += 1
            continue
        statement, _ = last_statement(code)
        names = printed_names(statement)
        end = _outputs(lines, i + 1, names, (statement, names, vectors), symbolic, spell, out)
        i = max(end, i + 1)
    return out


def _outputs(lines, j, names, said, symbolic, spell, out) -> int:
    """Read the outputs of one statement from line ``j`` on (after a blank line or a bare ``%``; ``[V, D] = eig(K)``
    prints V, then D) into ``out``; the index after the last, or ``j`` when there is none."""
    left, at = dict(names), j
    while left and at < len(lines):
        k = at + 1 if lines[at].strip() in ("", "%") else at
        k = k + 1 if at > j and k < len(lines) and lines[k].strip() in ("", "%") else k
        end = k
        for commented in (False, True):
            text = _output_line(lines[k][:2000], commented) if k < len(lines) else None
            head = _HEAD.match(text) if text else None
            if head and head.group(1) in left:
                end = _read(lines, k, head, said, (commented, symbolic), spell, out)
                if end > k:
                    left.pop(head.group(1))
                    break
        if end == k:
            break
        at = end
    return at


def _read(lines, j, head, said, how, spell, out) -> int:
    """Read the output whose name line is ``j`` into ``out``; the index after it, or ``j`` when it is no output.
    ``said``: the statement, the names it prints and the code's literal vectors; ``how``: whether the output is
    commented and whether the code is symbolic."""
    (statement, names, vectors), (commented, symbolic) = said, how
    name, rest = head.group(1), head.group(2).strip()
    if rest and not _SIZE.match(rest) and not _TYPE.match(rest):
        rows, end, empty = _inline(rest, symbolic), j + 1, bool(_EMPTY.match(rest))
    else:
        body = [_output_line(line[:2000], commented) for line in lines[j + 1:j + 1 + MAX_ROWS * 3]]
        stop = next((k for k, t in enumerate(body) if t is None), len(body))
        rows, used, empty = _block([t for t in body[:stop]], 0, symbolic)
        end = j + 1 + used
        while end > j + 1 and not lines[end - 1].strip():
            end -= 1
    if empty:
        out.update({k: "" for k in range(j, end)})
        return end
    if not rows:
        return j
    assign = _ASSIGN.match(statement)
    typed = literal(assign.group(2).strip()) if assign and assign.group(1) == name else None
    if typed is not None or (assign and assign.group(1) == name and re.fullmatch(NUMBER, assign.group(2).strip())):
        same = typed is not None and [tuple(r) for r in typed] == [tuple(r) for r in rows]
        if not same and not (typed is None and rows == [(number(assign.group(2).strip(), None),)]):
            return j   # a new literal below a literal: another statement, not its echo
        out.update({k: "" for k in range(j, end)})
        return end
    if any(re.search(rf"\b{name}\b", c) for r in rows for c in r):
        return j   # a = a + 1 below a = …: another statement
    out.update({k: "" for k in range(j, end)})
    out[j] = claim_of(name, statement, rows, names.get(name), spell, vectors)
    return end

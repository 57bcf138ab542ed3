"""What MATLAB or GNU Octave printed in the command window, pasted below a statement in a ``.m`` file (bare, or as
``%`` comments), read as claims of the statement that printed it.

The display forms read (``format short``, ``long``, ``shortG``, ``longG`` alike: only the digits differ):

* a scalar on its name's line: ``ans = 0.2996``, ``K11 = 8`` (Octave: ``ans = 27``), a complex ``1.0000 + 2.0000i``;
* a block: ``K =`` (or MATLAB's size header ``K = 2×2``, ``ans = 2x1``, ``2×1 logical array``), then, after blank
  lines and an optional type line (``logical``), one row of numbers a line up to a blank line or other text;
* a common factor ``1.0e+03 *`` scales every number below it (a learner quoting the unscaled digits is wrong);
  column chunks ``Columns 1 through 3`` / ``Columns 4 and 5`` (``:`` in Octave) are joined side by side;
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

from .octave import MULTI, kind_of, literal
from .printed_values import NUMBER, claims, number

MAX_ROWS = 60
_REAL = rf"{NUMBER}|NaN|-?Inf"
_CELL = re.compile(rf"({_REAL})(?:\s{{0,2}}([-+])\s{{0,2}}({NUMBER}|Inf|NaN)?[ij])?")
_ROW = re.compile(rf"^\s*(?:(?:{_REAL})(?:\s{{0,2}}[-+]\s{{0,2}}(?:{NUMBER}|Inf|NaN)?[ij])?\s*){{1,60}}$")
_HEAD = re.compile(r"^\s{0,8}([A-Za-z]\w{0,30})\s{0,4}=(?!=)\s{0,4}(.{0,2000}?)\s*$")
_SIZE = re.compile(r"^(\d{1,4})\s?[x×]\s?(\d{1,4})(?:\s+(?:\w{1,12}\s){0,2}\w{0,12})?$")
_TYPE = re.compile(r"^\s*(?:\d{1,4}\s?[x×]\s?\d{1,4}\s+)?(?:logical|double|single|u?int\d{1,2}|sparse|complex)"
                   r"(?:\s+(?:array|matrix|vector))?\s*$")
_SCALE = re.compile(r"^\s*(\d(?:\.\d{1,6})?[eE][-+]?\d{1,3})\s{0,4}\*\s*$")
_COLUMNS = re.compile(r"^\s*Columns?\s+\d{1,4}(?:\s+(?:through|to|and)\s+\d{1,4})?:?\s*$", re.I)
_EMPTY = re.compile(r"^\s*(?:Empty matrix:?\s.{0,30}|\[\]\s?\(\d{1,4}x\d{1,4}\)|\[\]|"
                    r"\d{1,4}\s?[x×]\s?\d{1,4}\s+empty\b.{0,60})$", re.I)
_COMMENT = re.compile(r"^\s{0,40}%(?![%{}])\s?(.{0,2000})$")
_MARK = re.compile(r"^\s{0,40}(%|#)")
_NOISE = re.compile(r"^[-+]?\d(?:\.\d{1,20})?[eE]-(?:1[2-9]|[2-9]\d)$")
_ASSIGN = re.compile(r"^\s*([A-Za-z]\w{0,30})\s*=(?!=)\s*(.{1,2000})$")
_NAME = re.compile(r"[A-Za-z]\w{0,30}")


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


def _block(lines: list[str], start: int) -> tuple[list[tuple[str, ...]], int, bool]:
    """The rows printed from ``start`` on (column chunks joined, a scale applied), the index after the block, and
    whether the block printed an empty matrix."""
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
            scale = _SCALE.match(line).group(1)
        elif _ROW.match(line) and line.strip():
            rows.append(_cells(line, scale))
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


def _inline(value: str) -> list[tuple[str, ...]] | None:
    """The rows of a value printed on its name's line: a number, a row of numbers, a literal ``[8 12; 12 19]``."""
    if _ROW.match(value):
        return [_cells(value, None)]
    rows = literal(value)
    return [tuple(r) for r in rows] if rows else None


def _value(rows: list[tuple[str, ...]]) -> str:
    """Printed rows as the notes' value: a number, a list ``[1, 0, 1]`` (a row or a column), a matrix."""
    if len(rows) == 1 and len(rows[0]) == 1:
        return rows[0][0]
    if len(rows) == 1 or all(len(r) == 1 for r in rows):
        return "[" + ", ".join(c for r in rows for c in r) + "]"
    return "[" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "]"


def _rel(rows: list[tuple[str, ...]]) -> str:
    return "≈" if any("." in c for r in rows for c in r) else "="


def last_statement(code: str) -> tuple[str, bool]:
    """The last statement of a code line (statements split at ``;`` or ``,`` outside brackets) and whether MATLAB
    prints it (it does not end in ``;``)."""
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(code):
        depth += 1 if ch in "([{" else -1 if ch in ")]}" else 0
        if ch in ";," and depth == 0:
            parts.append((code[start:k].strip(), ch))
            start = k + 1
    parts.append((code[start:].strip(), ""))
    if not parts[-1][0] and len(parts) > 1:
        return parts[-2][0], parts[-2][1] != ";"
    return parts[-1][0], True


def _names(statement: str) -> dict[str, str | None]:
    """The names whose value the statement prints, each with the quantity it is forced to be (``[V, D] = eig(K)``:
    D the eigenvalues, V nothing), ``None`` when its kind comes from the statement."""
    both = MULTI.match(statement)
    if both:
        return {both.group(1): "none", both.group(2): "eigen"}
    assign = _ASSIGN.match(statement)
    return {assign.group(1): None} if assign else {"ans": None}


def _claim(name: str, statement: str, rows: list[tuple[str, ...]], forced: str | None, spell) -> str:
    """The notes' line claiming printed ``rows`` as the value of ``name`` printed by ``statement``."""
    kind = forced if forced is not None else kind_of(name, statement)
    if kind == "none":
        return ""
    if kind is not None:
        column = [(r[0],) for r in rows] if len(rows) > 1 and all(len(r) == 1 for r in rows) else rows
        shaped = column if not kind.startswith("eigen") or len(rows) > 1 else [(c,) for c in rows[0]]
        made = claims(kind, tuple(shaped), [0] * len(shaped), name if name != "ans" else statement)
        if made:
            return ", ".join(f"${c}$" for _, c in made)
    rel = _rel(rows)
    if name != "ans":
        return f"{spell(name)} {rel} {_value(rows)}"
    expr = statement.strip()
    items = _listed(expr)
    flat = [c for r in rows for c in r]
    if items and len(items) == len(flat) and (len(rows) == 1 or all(len(r) == 1 for r in rows)):
        return ", ".join(f"{spell(item)} {'≈' if '.' in v else '='} {v}" for item, v in zip(items, flat))
    return f"{spell(expr)} {rel} {_value(rows)}"


def _listed(expr: str) -> list[str] | None:
    """The items of a bracketed list of expressions (``[f(1), f(3)]``), or None."""
    if not (expr.startswith("[") and expr.endswith("]")):
        return None
    items, depth, start, inner = [], 0, 0, expr[1:-1]
    for k, ch in enumerate(inner):
        depth += 1 if ch in "([{" else -1 if ch in ")]}" else 0
        if ch in ",;" and depth == 0:
            items.append(inner[start:k].strip())
            start = k + 1
    items.append(inner[start:].strip())
    return items if len(items) > 1 and all(items) and all(not re.fullmatch(NUMBER, i) for i in items) else None


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
    i = 0
    while i < len(lines) and i < max_lines:
        code = code_line(lines[i][:2000]) if i not in out else None
        if not code:
            i += 1
            continue
        statement, shown = last_statement(code)
        names = _names(statement)
        j = i + 1
        if j < len(lines) and not lines[j].strip():
            j += 1
        found = False
        for commented in (False, True):
            if j >= len(lines):
                break
            text = _output_line(lines[j][:2000], commented)
            head = _HEAD.match(text) if text else None
            if not head or head.group(1) not in names:
                continue
            end = _read(lines, j, head, statement, names, commented, spell, out)
            if end > j:
                i, found = end, True
                break
        if not found:
            i += 1
    return out


def _read(lines, j, head, statement, names, commented, spell, out) -> int:
    """Read the output whose name line is ``j`` into ``out``; the index after it, or ``j`` when it is no output."""
    name, rest = head.group(1), head.group(2).strip()
    if rest and not _SIZE.match(rest) and not _TYPE.match(rest):
        rows, end, empty = _inline(rest), j + 1, bool(_EMPTY.match(rest))
    else:
        body = [_output_line(line[:2000], commented) for line in lines[j + 1:j + 1 + MAX_ROWS * 3]]
        stop = next((k for k, t in enumerate(body) if t is None), len(body))
        rows, used, empty = _block([t for t in body[:stop]], 0)
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
    out.update({k: "" for k in range(j, end)})
    out[j] = _claim(name, statement, rows, names.get(name), spell)
    return end

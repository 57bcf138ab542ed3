"""Math written without dollar signs: formulas in prose lines, Markdown tables, and counts in words.

* A prose line (outside math and code) that holds a relation (``=``, ``≈``) is cut into runs of
  tokens that are not words of prose (``∂f/∂W^{(2)} = W^{(3)} h_1``, ``θ = (…) = (1, 1, 0)``); each
  run is read as math.
* A Markdown table is read cell by cell: the cell's row and column headers say what it is
  (a parameter and ∂f_o/∂θ_k; a datapoint x_i and a quantity such as ∇f_1 or f).
* ``7 parameters`` (and its Icelandic and German words) is the claim P = 7.

Everything found here is *soft*: math that cannot be read is context, never unreadable.
"""

from __future__ import annotations

import re

from .source import Segment

COUNT_WORDS = ("parameters", "parameter", "params", "stikar", "stika", "stikum", "stikana", "stikarnir",
               "parametern", "parametrar", "parametra", "gewichte und biases", "weights and biases")
PROSE_QUANTITIES = {"grad": r"\nabla_\theta f", "gradient": r"\nabla_\theta f", "trace": r"\operatorname{tr} K",
                    "spor": r"\operatorname{tr} K", "spur": r"\operatorname{tr} K", "det": r"\det K",
                    "determinant": r"\det K", "ákveða": r"\det K", "determinante": r"\det K"}
CONDITIONS = {"if", "for", "when", "ef", "þegar", "fyrir", "für", "wenn", "falls", "otherwise", "annars", "sonst"}
MATH_WORDS = {"tanh", "sech", "cosh", "sinh", "det", "tr", "exp", "ln", "log", "max", "min", "relu", "eig",
              "sigma", "sqrt", "frac", "cdot", "approx", "theta", "lambda", "partial", "nabla"}
_RELATION = re.compile(r"=|≈|\\approx")
_OPERATORS = ("=", "≈", "⟹", "⇒", "+", "-", "−", "·", "×", "*", "/", "(", "\\cdot", "\\times", "\\approx", "±", "∓")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+")
_COUNT = re.compile(r"(?<![\w.])(\d{1,4})\s*\$?\s*(?:\\text\{\s*)?(" + "|".join(COUNT_WORDS) + r")\b", re.I)
_POINT = re.compile(r"^x_\{?(\d{1,2})\}?|^x\^\{?\((\d{1,2})\)\}?|^x([₁₂₃₄₅₆₇₈₉])")
_SUBS = "₁₂₃₄₅₆₇₈₉"


def _uncovered(text: str, covered: list) -> list[tuple[int, str, bool]]:
    """(line, text, has_math) of every line, with math and code spans blanked."""
    chars = list(text)
    math_lines = set()
    line_starts = [0]
    for at, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(at + 1)
    import bisect

    for a, b in covered:
        math_lines.add(bisect.bisect_right(line_starts, a))
        for k in range(a, min(b, len(chars))):
            if chars[k] != "\n":
                chars[k] = " "
    blank = "".join(chars).split("\n")
    return [(n, line, n in math_lines) for n, line in enumerate(blank, start=1)]


def prose_segments(text: str, covered: list, limit: int = 600) -> list[Segment]:
    """Soft segments for math written in prose, tables and counts in words (see the module doc)."""
    out: list[Segment] = []
    raw_lines = text.split("\n")
    lines = _uncovered(text, covered)
    table: list[tuple[int, str]] = []
    pending = None
    for n, line, _has_math in lines:
        if len(out) > limit:
            break
        raw = raw_lines[n - 1]
        if raw.lstrip().startswith("|"):
            table.append((n, raw))
            continue
        if table:
            out.extend(_table(table))
            table = []
        for m in _COUNT.finditer(raw.replace("$", " ")):
            math_before = raw[:m.start(1)].rsplit("$", 1)[-1]
            if not line[m.start(1):m.end(1)].strip() and "=" in math_before:
                continue  # $P = 7$ parameters: the math says it already
            out.append(Segment(n, f"P = {m.group(1)}", False, soft=True))
        if not _RELATION.search(line):
            pending = None
            continue
        runs = _runs(line)
        if pending is not None and runs:
            runs[0] = pending[1] + " " + runs[0]
            n = pending[0]
        pending = None
        if runs and runs[-1].rstrip().endswith(("=", "≈")) and line.rstrip().endswith(("=", "≈")):
            pending = (n, runs.pop())
        for run in runs:
            out.append(Segment(n, run, False, soft=True))
    if table:
        out.extend(_table(table))
    return out


def _runs(line: str) -> list[str]:
    """The runs of math tokens in a prose line that hold a relation."""
    line = _LIST.sub("", line).replace("**", " ").replace("__", " ")
    if line.lstrip().startswith("#"):
        return []
    tokens = line.split()
    runs, current = [], []
    for tok in tokens:
        bare = tok.strip("()[].,:;!?").lower()
        if _is_word(bare) and bare not in MATH_WORDS:
            if current and bare not in CONDITIONS:
                runs.append(current)
            current = [PROSE_QUANTITIES[bare]] if bare in PROSE_QUANTITIES else []
        elif tok.endswith(":") and len(tok) > 1:
            current.append(tok[:-1])
            runs.append(current)
            current = []
        else:
            current.append(tok)
    if current:
        runs.append(current)
    out = []
    for run in _aside(runs):
        if run and run[0] in PROSE_QUANTITIES.values() and (len(run) < 2 or not run[1].startswith(("=", "≈"))):
            run = run[1:]
        text = " ".join(run).strip(" ,.;:")
        if _RELATION.search(text) and not text.startswith(("=", "≈")):
            out.append(_balanced(text))
    return out


def _aside(runs: list[list[str]]) -> list[list[str]]:
    """A run cut where a remark in parentheses with its own relation begins: ``= 0 (b = 0)``."""
    out = []
    for run in runs:
        cut = next((n for n, tok in enumerate(run) if n and tok.startswith("(")
                    and not run[n - 1].endswith(_OPERATORS)
                    and any(_RELATION.search(t) for t in run[n:]) and any(_RELATION.search(t) for t in run[:n])), None)
        out.extend([run[:cut], run[cut:]] if cut else [run])
    return out


def _is_word(token: str) -> bool:
    """A word of prose: two or more Latin letters (English, Icelandic, German), nothing else."""
    return len(token) >= 2 and all(ch.isalpha() and (ch.isascii() or "\u00c0" <= ch <= "\u024f") for ch in token)


def _balanced(text: str) -> str:
    """Drop an opening or closing bracket that has no partner at the ends of a run."""
    for a, b in ("()", "[]"):
        if text.startswith(a) and text.count(a) > text.count(b):
            text = text[1:]
        if text.endswith(b) and text.count(b) > text.count(a):
            text = text[:-1]
    return text.strip()


def _cells(row: str) -> list[str]:
    return [c.strip().replace("$", "").strip() for c in row.strip().strip("|").split("|")]


def _point(header: str) -> str | None:
    m = _POINT.match(header.strip())
    if not m:
        return None
    i = m.group(1) or m.group(2) or str(_SUBS.index(m.group(3)) + 1)
    return f"x_{{{i}}}"


def _table(rows: list[tuple[int, str]]) -> list[Segment]:
    """The cells of a Markdown table as claims (see the module doc)."""
    if len(rows) < 3 or not set(rows[1][1].replace("|", "").strip()) <= set("-: "):
        return []
    header = _cells(rows[0][1])
    out = []
    for n, row in rows[2:]:
        cells = _cells(row)
        if len(cells) != len(header):
            continue
        left = cells[0]
        for col in range(1, len(cells)):
            text = _cell_claim(left, header[col], cells[col])
            if text:
                out.append(Segment(n, text, False, soft=True))
    return out


_DERIVATIVE = re.compile(r"^(?:∂|\\partial)\s*f\s*/\s*(?:∂|\\partial)\s*(.{1,40})$")
_PARAMETER = re.compile(r"^(?:\\mathbf\{)?(?:W|b|w|\\theta|θ)\s*[_^]")


def _cell_claim(row: str, column: str, value: str) -> str | None:
    """What a table cell claims, from its row and column headers, as math."""
    if not value or not row or not column:
        return None
    for point_header, quantity in ((row, column), (column, row)):
        point = _point(point_header)
        if point is not None and _point(quantity) is None:
            quantity = quantity.strip()
            derivative = _DERIVATIVE.match(quantity)
            if derivative:
                return f"\\frac{{\\partial f({point})}}{{\\partial {derivative.group(1)}}} = {value}"
            if _PARAMETER.match(quantity):
                return f"\\frac{{\\partial f({point})}}{{\\partial {quantity}}} = {value}"
            return f"{quantity}({point}) = {value}"
    derivative = re.match(r"^(?:∂|\\partial)\s*(f[_₁₂₃]?\{?\d?\}?)\s*/\s*(?:∂|\\partial)\s*(?:θ|\\theta)_?\{?k?\}?$",
                          column.strip())
    if derivative:
        return f"\\frac{{\\partial {derivative.group(1)}}}{{\\partial {row}}} = {value}"
    return None

"""A TI-Nspire CX CAS screen copied into plain-text notes (``d/dw11(f(x)) ▸ w21*x``, ``k:=j*j^T`` with
``[[8,12][12,19]]`` below it, ``eigVl(k) ▸ {26.7004,0.299621}``) rewritten as plain-text claims, line for line.

Notes hold such a screen when at least :data:`EVIDENCE` lines show the calculator: its result arrow ``▸`` or its
own calls (``eigVl(``, ``identity(``, ``dotP(``, ``derivative(``, ``d/dw(``). A statement and its result (after
``▸`` on the same line, on the next line after ``▸``, or a bare matrix, list or number below a computed
``name:=…``) become one claim on the result's line:

* ``eigVl(k) ▸ {a,b}`` claims the eigenvalues λ_1 ≈ a, λ_2 ≈ b; ``solve(…,λ)`` (or ``zeros``, ``cSolve``) and
  ``approx(…)`` after it say them again (``λ ≈ …`` after approx);
* ``approx(11+√106) ▸ 21.2956`` claims the number's decimal;
* ``dotP(g1,g2) ▸ 10`` is K_12 = 10 (the dot product of the gradients named by their points);
* ``name:=expr ▸ value`` is ``name = value``; any other ``expr ▸ value`` is ``expr = value`` (``≈`` for a
  decimal result of an exact statement), in the notation of :mod:`symntk.check.nspire_rules`;
* a list of as many numbers as the derivatives just taken, labelled by a point (``at x1=1: {1, 0, 1}``,
  ``x=0 : (0, 1, 1)``), is the gradient there, ∇f(x_1) (the point found by its label or its value).

Relations side by side past three spaces (``d/dw11(f(x)) = …     z1 = …``) are two claims;
a result the learner names (``▸ 0.196612    = σ'(1)``) claims each name's value. ``Done`` (a definition's
echo) is dropped. Sizes are bounded; nothing is evaluated.
"""

from __future__ import annotations

import re

from .nspire_rules import is_number, items, lists, notation, put_in, relation

MAX_LINES = 3000
MAX_LINE = 2000
EVIDENCE = 2
_MARK = re.compile(r"▸|\beigV[lc]\s*\(|\bidentity\s*\(|\bdotP\s*\(|\bderivative\s*\("
                   r"|(?<![\w/])d/d[A-Za-z]\w{0,10}\s*\(")
_RELATIONS = re.compile(r"(\S)\s{3,}(?=[A-Za-z][\w']{0,10}(?:\([^()]{0,20}\))?\s*=)")   # a = 1    b = 2
_GAP = re.compile(r"\s{2,}|\s--\s")
_EIGEN = re.compile(r"\beigVl\s*\(\s*[kK]\d?\s*\)")
_SOLVE = re.compile(r"\b(?:[cn]?[sS]olve|zeros|cZeros)\s*\(.{1,600},\s*(?:λ|lambda)\s*\)")
_APPROX = re.compile(r"^(?:.{0,40}\s)?approx\b")
_APPROX_OF = re.compile(r"^approx\s*\(([\d\s+\-*/^().√]{1,200})\)$")
_DOT = re.compile(r"\bdotP\s*\(\s*[A-Za-z]{1,4}_?([1-9])\s*,\s*[A-Za-z]{1,4}_?([1-9])\s*\)")
_ASSIGN = re.compile(r"^\s*([A-Za-z]\w{0,10})\s*:=\s*(.{1,1500})$")
_DERIVATIVE = re.compile(r"(?<![\w/])d([A-Za-z]\w{0,5})/d([A-Za-z]\w{0,10})\b")
_POINT = re.compile(r"(?<![\w(])x_?\(?([1-9])\)?\s*=\s*(-?\d{1,6}(?:\.\d{1,6})?)(?![\d.])")
_ROW = re.compile(r"^(\s*)(?:at\s+)?x_?\(?([1-9])?\)?\s*=\s*(-?\d{1,6}(?:\.\d{1,6})?)\s*:\s*"
                  r"([\[{(][^\[\]{}()]{1,600}[\]})])\s*$")


def is_nspire(text: str) -> bool:
    """Whether ``text`` holds a TI-Nspire screen: :data:`EVIDENCE` lines with the calculator's marks."""
    lines = text.split("\n")[:MAX_LINES]
    return sum(1 for line in lines if _MARK.search(line[:MAX_LINE])) >= EVIDENCE


def _points(text: str) -> dict[str, int]:
    """The datapoints' values as written → their index (``x1 = 1, x2 = 2``); a value given twice is left out."""
    first: dict[int, str] = {}
    for m in _POINT.finditer(text[:200_000]):
        first.setdefault(int(m.group(1)), m.group(2))
    values = list(first.values())
    return {v: k for k, v in first.items() if values.count(v) == 1}


class _Session:
    """What the screen has said so far: the derivatives taken of each function, the last one, a solve in λ."""

    def __init__(self) -> None:
        self.taken: dict[str, set[str]] = {}
        self.function = "f"
        self.solved = False

    def saw(self, line: str) -> None:
        """Note the derivatives ``df/dw`` written on ``line``."""
        for m in _DERIVATIVE.finditer(line):
            if m.group(1) != self.function:
                self.taken.pop(m.group(1), None)
            self.function = m.group(1)
            self.taken.setdefault(m.group(1), set()).add(m.group(2))


def _claim(statement: str, result: str, session: _Session, points: dict[str, int]) -> str:
    """The claim of ``statement ▸ result`` as plain text (see the module doc)."""
    result = lists(notation(result.strip()))
    if _EIGEN.search(statement) and (values := items(result)):
        session.solved = True
        return ", ".join(f"λ{k} {relation('', v)} {v}" for k, v in enumerate(values, 1))
    if _SOLVE.search(statement):
        session.solved = True
        values = items(result)   # zeros(…,λ) ▸ {a,b}: the roots as a list
        return " or ".join(f"λ {relation('', v)} {v}" for v in values) if values else result
    of = _APPROX_OF.match(statement.strip())
    if of and is_number(result):   # approx(11+√106) ▸ 21.2956: the closed form's decimal
        return f"{of.group(1).strip()} ≈ {result}"
    if _APPROX.match(statement.strip()) and session.solved:
        if "λ" in result:
            return re.sub(r"λ\s*=", "λ ≈", result)
        return " or ".join(f"λ ≈ {v.strip()}" for v in (items(result) or result.split(",")))
    dot = _DOT.search(statement)
    if dot:
        return f"K{dot.group(1)}{dot.group(2)} = {result}"
    assign = _ASSIGN.match(statement)
    if assign:
        return notation(f"{assign.group(1)}:= {result}")
    statement, at = put_in(statement)
    statement = notation(statement).rstrip()
    if at is not None:   # d/dw11(f(x))|x=1: the statement at a datapoint
        if at not in points:
            return f"{statement} {relation(statement, result)} {result}" if "x" not in statement else statement
        statement = statement[:-3] + f"(x{points[at]})" if statement.endswith("(x)") else \
            f"{statement} (x{points[at]})"
    return f"{statement} {relation(statement, result)} {result}"


def _gradient_row(line: str, points: dict[str, int], session: _Session) -> str | None:
    """``at x1=1: {1, 0, 1}`` as ``∇f(x1) = (1, 0, 1)`` when it has one entry per derivative just taken."""
    m = _ROW.match(line)
    if not m:
        return None
    values = items(m.group(4))
    index = int(m.group(2)) if m.group(2) else points.get(m.group(3))
    taken = session.taken.get(session.function, set())
    if values is None or index is None or len(values) != len(taken) or not all(is_number(v) for v in values):
        return None
    return f"{m.group(1)}∇{session.function}(x{index}) = ({', '.join(values)})"


def _named(tail: str, result: str) -> str:
    """What the learner wrote after a result: ``= σ'(1) = σ'(-1)`` names the result (each name claims it), ``--``
    starts a comment (kept in brackets as prose)."""
    if tail.strip().startswith("--"):   # a comment of the learner's own
        return f"  ({tail.strip()[2:].strip()})"
    if not tail.strip().startswith("="):
        return tail
    names = [n.strip() for n in tail.strip()[1:].split("=")]
    if not all(names) or len(names) > 8:
        return tail
    return "".join(f", {n} {relation('', result)} {result}" for n in names)


def _split(text: str) -> tuple[str, str]:
    """A result and what the learner wrote after it (past two spaces or `` -- ``)."""
    m = _GAP.search(text.strip())
    text = text.strip()
    return (text[:m.start()], text[m.start():]) if m else (text, "")


def nspire_notes(text: str) -> str:
    """Notes with their TI-Nspire lines rewritten as plain-text claims (see the module doc); else unchanged."""
    if not is_nspire(text):
        return text
    lines = text.split("\n")
    points = _points(text)
    session = _Session()
    i = 0
    while i < len(lines) and i < MAX_LINES:
        line = lines[i][:MAX_LINE]
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if line.strip() == "Done":
            lines[i] = ""
        elif "▸" in line and line.strip().strip("▸").strip():
            statement, _, after = line.partition("▸")
            result, tail = _split(after)
            lines[i] = _claim(statement, result, session, points) + _named(tail, result) if statement.strip() else line
        elif line.strip() and nxt.startswith("▸") or \
                (m := _ASSIGN.match(line)) and re.search(r"[A-Za-z]", m.group(2)) \
                and (items(nxt) is not None or nxt.startswith("[[") or is_number(nxt)):
            result, tail = _split(nxt.lstrip("▸"))
            lines[i], lines[i + 1] = "", _claim(line.strip(), result, session, points) + tail
            i += 1
        else:
            lines[i] = _gradient_row(line, points, session) or notation(line)
        lines[i] = _RELATIONS.sub(r"\1, ", lines[i]) if "=" in lines[i] else lines[i]
        session.saw(lines[i])
        i += 1
    return "\n".join(lines)

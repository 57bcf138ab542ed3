"""Pasted notebook output (Jupyter, SymPy, NumPy reprs) in Markdown notes, read as claims about what printed it.

A code fence or inline code holds a program and what it printed. A code statement is never a claim, unless it
gives a named quantity a literal value (``J = np.array([[1, 0], [2, 1]])``). An output — a statement that is only
a repr: ``Matrix([[8, 12], [12, 19]])``, ``array([ 0.2996, 26.7004])``, ``{27/2 - sqrt(697)/2: 1, …}``,
``np.float64(0.2996)``, ``lambda**2 - 27*lambda + 8`` — claims the quantity its producer names: the code
statement before it in the fence, else the line before (``K.eigenvals()`` → the eigenvalues, ``J @ J.T`` → K,
``grad(x1)`` → the gradient at x_1), else its shape (a SymPy eigenvalue dict; a symmetric square matrix is K).
Reprs are read by reprs.py, never evaluated. Every pattern is linear; sizes are bounded.
"""

from __future__ import annotations

import re

from .output_matrices import output_mark
from .reprs import Repr, closes_at, parse_repr, split_top, unwrap

CODE_CELLS = ("python", "py", "python3", "ipython", "ipython3", "jupyter", "jupyter-python", "sage")
MAX_PASTED = 200   # inline outputs read per file, statements read per fence
_PROMPT = re.compile(r"^\s*(?:>>>|In\s*\[\s*\d{0,5}\s*\]\s*:)\s?")
_MORE = re.compile(r"^\s*\.\.\.(?:\s|$)")
_OUT = re.compile(r"^\s*Out\s*\[\s*\d{0,5}\s*\]\s*:\s*")
_ASSIGN = re.compile(r"^\s*([A-Za-z_]\w{0,20})\s*=(?!=)\s*(.+)$", re.S)
_POINT = re.compile(r"(?:^|[^A-Za-z])x_?\{?([1-9])\}?(?![0-9])|(?:^|[^A-Za-z])x\^\{?\(([1-9])\)|"
                    r"subs\(\s*x\s*,\s*(-?\d{1,6}(?:\.\d{1,6})?)\s*\)|(?<![A-Za-z_])x\s*=\s*(-?\d{1,6}(?:\.\d{1,6})?)"
                    r"|(?<![A-Za-z])g_?\{?([1-9])\}?(?![0-9])")
_CALL_AT = re.compile(r"^\s*[A-Za-z_][\w.]{0,30}\(\s*(-?\d{1,6})(?:\.0{0,6})?\s*\)\s*$")
_ROW_OF = re.compile(r"^\s*[A-Za-z_]\w{0,20}\s*\[\s*(\d)\s*(?:,\s*:\s*)?\]\s*$")
_PAIR = re.compile(r"^\s*g_?([1-9])\s*(?:@|\.dot\s*\()\s*g_?([1-9])\s*\)?\s*$|"
                   r"^\s*(?:np\.)?(?:dot|inner|vdot)\s*\(\s*g_?([1-9])\s*,\s*g_?([1-9])\s*\)\s*$")
_LABEL = re.compile(r"^[\s*#>\-+]*(?:(?:at|in|for|bei|í|en)\s+)?\$?\s*x")

_KINDS = (("eigen", re.compile(r"eigen|eigval|\beig\b|\blam(?:bda)?s?\b|λ|\\lambda(?![A-Za-z])|\bevals?\b", re.I)),
          ("charpoly", re.compile(r"charpoly|char_poly|characteristic", re.I)),
          ("det", re.compile(r"\bdet\b|determinant", re.I)),
          ("trace", re.compile(r"\btrace\b|\btr\b", re.I)),
          ("kernel", re.compile(r"@|\.T\b|\bdot\s*\(|\b(?:K|kernel|ntk|NTK|gram)\b|^K_?[1-9]$|\\Theta(?![A-Za-z])|Θ")),
          ("jacobian", re.compile(r"\bJ\b|^J_?[1-9]$|jacobian|\bjac\b", re.I)),
          ("gradient", re.compile(r"grad|\bdiff\b|deriv|nabla|∇|^g_?[1-9]$", re.I)))


def _point(text: str) -> str | None:
    """The datapoint a producer names: ``x1``/``x_1``/``g_1`` → ``x_{1}``, ``subs(x, 2)``/``x = 2`` → ``2``."""
    row = _ROW_OF.match(text)
    if row:   # J[0]: the Jacobian's first row, the gradient at x_1
        return f"x_{{{int(row.group(1)) + 1}}}"
    m = _POINT.search(text)
    if not m:
        call = _CALL_AT.match(text)   # grad(1): the gradient at the datapoint 1
        return call.group(1) if call else None
    index = m.group(1) or m.group(2) or m.group(5)
    return f"x_{{{index}}}" if index else (m.group(3) or m.group(4))


def _matrix(value: Repr) -> str:
    return "[" + ", ".join("[" + ", ".join(row) + "]" for row in value.items) + "]"


def _build(kind: str, value: Repr, producer: str) -> list[str] | None:
    """The claims ``value`` makes as the quantity ``kind``, or None when its shape does not fit."""
    rel = "\\approx" if value.approx else "="
    if kind == "eigen" and value.shape != "matrix":
        return [f"\\lambda {rel} {v}" for v in value.items]
    if kind == "charpoly" and value.shape == "scalar" and "\\lambda" in value.items[0]:
        return [f"\\det(K - \\lambda I) = {value.items[0]}"]
    if kind in ("det", "trace") and value.shape == "scalar":
        name = "\\det K" if kind == "det" else "\\operatorname{tr} K"
        return [f"{name} {rel} {value.items[0]}"]
    if kind == "kernel" and value.square() or kind == "jacobian" and value.shape == "matrix":
        return [f"{kind[0].upper()}{output_mark(producer)} {rel} {_matrix(value)}"]   # K1 = …: output 1's K
    pair = _PAIR.search(producer) if kind == "kernel" and value.shape == "scalar" else None
    if pair:   # g1 @ g2, np.dot(g_1, g_2): the inner product of the gradients at x_1 and x_2 is K_{12}
        i, j = (pair.group(1), pair.group(2)) if pair.group(1) else (pair.group(3), pair.group(4))
        return [f"K_{{{i}{j}}} {rel} {value.items[0]}"]
    if kind == "gradient" and value.shape == "matrix":
        return [f"\\nabla_\\theta f(x_{{{n}}}) {rel} ({', '.join(row)})" for n, row in enumerate(value.items, 1)]
    if kind == "jacobian" and value.shape == "vector" and _ROW_OF.match(producer):
        kind = "gradient"
    if kind == "gradient" and value.shape == "vector":
        point = _point(producer)
        if point is None and not any(re.search(r"[A-Za-z]", v) for v in value.items):
            return None
        at = f"({point})" if point else ""
        return [f"\\nabla_\\theta f{at} {rel} ({', '.join(value.items)})"]
    return None


def claims(producer: str, value: Repr) -> tuple[list[str], bool]:
    """The claims (in the grammar's spelling) a printed ``value`` makes, read from the code or prose that
    produced it (its first kind whose shape fits: the claims are then certain), else from its shape alone
    (then they are soft: what cannot be judged is context)."""
    for kind, pattern in _KINDS:
        if pattern.search(producer):
            built = _build(kind, value, producer)
            if built is not None:
                return built, True
    if value.shape == "dict":
        return _build("eigen", value, producer) or [], False
    if value.symmetric():
        return _build("kernel", value, producer) or [], False
    if value.shape == "scalar" and "\\lambda" in value.items[0]:
        return _build("charpoly", value, producer) or [], False
    if value.shape == "vector" and len(value.items) > 2 and _LABEL.match(producer) and _point(producer):
        return _build("gradient", value, producer) or [], False
    return [], False


def _statements(body: str):
    """(offset, text, is_output, prompted) of the statements of a fence body: prompts (``>>>``, ``In [3]:``) mark
    code and ``Out[3]:`` an output; a statement runs on while its brackets are open (at most 40 lines)."""
    at, statement, first, depth, prompted, out, bare = 0, [], 0, 0, False, False, None
    for raw in body.split("\n"):
        line = raw
        if not statement:
            first = at if bare is None or _PROMPT.match(line) or _OUT.match(line) else bare   # "Out[6]:" alone
            prompted, out = bool(_PROMPT.match(line)), bool(_OUT.match(line)) or first != at
            line = _OUT.sub("", _PROMPT.sub("", line))
            bare = first if _OUT.match(raw) and not line.strip() else None
        else:
            line = _MORE.sub("", line)
        at += len(raw) + 1
        statement.append(line.strip())
        depth += sum(line.count(c) for c in "([{") - sum(line.count(c) for c in ")]}")
        if depth > 0 and len(statement) < 40:
            continue
        text = " ".join(statement).strip()
        if text:
            yield first, text, out or (not prompted and parse_repr(text) is not None), prompted
        statement, depth = [], 0


def _code(statement: str) -> str:
    """A code statement without its comment."""
    return statement.split("#", 1)[0]


_KEYWORD = re.compile(r"^(?:import|from|def|class|return|for|while|if|elif|else|with|try|except|finally|assert|del|"
                      r"pass|raise|global|lambda|async|await)\b|^[%!@]")
_CONTINUED = re.compile(r"^\s*\.\.\.:?(?: |$)")
_SHOWN = re.compile(r"^(?:print|display)\s*\((.*)\)$", re.S)
_STRING = re.compile(r"^[rfbu]{0,2}(['\"]).*\1$", re.S | re.I)


def _assigns(statement: str) -> bool:
    """A statement that assigns (``=``, ``+=``, … at bracket depth 0; not ``==``, ``<=``, ``>=``, ``!=``)."""
    depth = 0
    for i, ch in enumerate(statement):
        depth += (ch in "([{") - (ch in ")]}")
        if ch == "=" and depth == 0 and statement[i + 1:i + 2] != "=" and statement[i - 1:i] not in "=<>!":
            return True
    return False


def _top_statements(cell: str):
    """(text, indented) of a code cell's statements: lines joined while brackets are open, ``;`` split."""
    lines, depth, indented = [], 0, False
    for raw in cell.split("\n")[:400]:
        code = _code(_CONTINUED.sub("", _PROMPT.sub("", raw), count=1)).rstrip()
        if not lines:
            if not code.strip():
                continue
            indented = code[:1].isspace()
        lines.append(code.strip())
        depth += sum(code.count(c) for c in "([{") - sum(code.count(c) for c in ")]}")
        if depth > 0 and len(lines) < 40:
            continue
        for part in split_top(" ".join(lines), ";"):
            if part:
                yield part, indented
        lines, depth = [], 0


def is_cell(tag: str, body: str) -> bool:
    """A notebook code cell: a fence tagged with a Python language, or one whose first line is an ``In [3]:``
    prompt."""
    return tag in CODE_CELLS or bool(re.match(r"\s*In\s*\[\s*\d{0,5}\s*\]\s*:", body))


def displayed(cell: str) -> list[tuple[str, str]] | None:
    """What a notebook code cell shows, in order, as (producer, label): each ``print(…)``/``display(…)`` at the
    top level (its string arguments are the label printed before the value; a print of several values is its
    arguments one a line, labelled ``*``), then the cell's last statement when it is an expression (Jupyter
    displays it). None when a print sits in a loop or block (its count of outputs is unknown)."""
    statements = list(_top_statements(cell))
    shown: list[tuple[str, str]] = []
    for n, (text, indented) in enumerate(statements):
        call = _SHOWN.match(text)
        if call and closes_at(text[text.index("("):]) == len(text) - text.index("(") - 1:
            if indented:
                return None
            args = [a for a in split_top(call.group(1), ",") if a and not re.match(r"^(?:sep|end|file)\s*=", a)]
            labels = [_STRING.match(a).group(0)[1:-1] if _STRING.match(a) else None for a in args]
            values = [a for a, label in zip(args, labels) if label is None]
            if len(values) == 1:
                shown.append((values[0], " ".join(label for label in labels if label is not None)))
            else:   # print(a, b): the values side by side, each after its labels
                shown.append(("\n".join(args), "*"))
        elif n == len(statements) - 1 and not indented and not _KEYWORD.match(text) and not _assigns(text):
            shown.append((text, ""))
    return shown


def _without_label(text: str, label: str) -> str:
    """A printed value without the label printed before it (``K = [[8. 12.] …]`` → ``[[8. 12.] …]``)."""
    text = text.strip()
    if label and text.startswith(label.strip()):
        text = text[len(label.strip()):].strip()
    return text


def _side_by_side(args: list[str], text: str) -> list[tuple[str, str]]:
    """(argument, its printed text) of ``print(a, "label", b)``: each label where it is printed, each value up to
    the next blank outside brackets (the last value: the rest of the line); none when the text does not fit."""
    pairs = []
    values = [a for a in args if not _STRING.match(a)]
    for arg in args:
        text = text.strip()
        label = _STRING.match(arg)
        if label:
            if not text.startswith(label.group(0)[1:-1].strip()):
                return []
            text = text[len(label.group(0)[1:-1].strip()):]
            continue
        if arg is values[-1]:
            pairs.append((arg, text))
            text = ""
            continue
        depth, end = 0, len(text)
        for i, ch in enumerate(text):
            depth += (ch in "([{") - (ch in ")]}")
            if ch.isspace() and depth == 0:
                end = i
                break
        pairs.append((arg, text[:end]))
        text = text[end:]
    return pairs


def output_claims(body: str, shown: list[tuple[str, str]]) -> list[tuple[int, str, bool]] | None:
    """(offset in ``body``, claim, certain) of an output cell printed by a code cell that shows ``shown``: the
    n-th printed value is what the n-th shown producer computed, and a printed tuple is the tuple's producers
    in order (``grad(1), grad(2)`` → ``(array([…]), array([…]))``). None when the counts differ."""
    outputs = [(offset, text) for offset, text, _, _ in _statements(body)][:MAX_PASTED]
    if not shown or len(outputs) != len(shown):
        return None
    found: list[tuple[int, str, bool]] = []
    for (offset, text), (producer, label) in zip(outputs, shown):
        text = _without_label(text, label)
        parts, values = split_top(unwrap(producer), ","), split_top(unwrap(text), ",")
        if label == "*":
            pairs = _side_by_side(producer.split("\n"), text)
        elif len(parts) > 1 and len(parts) == len(values) and text.startswith("("):
            pairs = list(zip(parts, values))
        else:
            pairs = [(producer, text)]
        for part, shown_text in pairs:
            value = parse_repr(shown_text)
            if value is None:
                continue
            made, certain = claims(part, value)
            found.extend((offset, c, certain) for c in made)
    return found


def fence_claims(body: str, before: str, assignments: bool, notebook: bool = False) -> list[tuple[int, str, bool]]:
    """(offset in ``body``, claim, certain) of every output in a code fence, read with the code statement before
    it (else ``before``, the line before the fence); with ``assignments``, also the ``NAME = literal`` statements
    typed at a prompt (``>>> J = np.array([[1, 0], [2, 1]])``: a session's record of the learner's own values),
    or anywhere in a ``notebook`` code cell when the literal is an array (```` ```python ````: the learner typing
    their own J or K; a number there may be a setting, ``lam = 1e-3``); other program listings' statements are
    not claims."""
    found: list[tuple[int, str, bool]] = []
    producer = before
    for count, (offset, text, is_output, prompted) in enumerate(_statements(body)):
        if count >= MAX_PASTED:
            break
        if is_output:
            value = parse_repr(text)
            made, certain = claims(split_top(producer, ";")[-1] or producer, value) if value else ([], False)
            found.extend((offset, c, certain) for c in made)
            continue
        producer = _code(text)
        assigned = _ASSIGN.match(producer)
        if assignments and (prompted or notebook) and assigned:
            value = parse_repr(assigned.group(2))
            name = assigned.group(1)
            listed = value is not None and (prompted or value.shape in ("matrix", "vector"))
            if listed and any(p.search(name) for _, p in _KINDS):   # lam = 1e-3 in a program is a ridge, not λ
                made, certain = claims(name, value)
                found.extend((offset, c, certain) for c in made)
    return found


def inline_claims(body: str, before: str) -> tuple[list[str], bool]:
    """The claims of inline code that is only a repr (`` `K.eigenvals()` → `{32: 1, 22: 1}` ``), read with
    ``before``: the line up to it, else the line before."""
    value = parse_repr(body)
    return claims(before, value) if value else ([], False)

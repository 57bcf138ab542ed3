"""Pasted notebook output (Jupyter, SymPy, NumPy reprs) in Markdown notes, read as claims about what printed it.

A code fence or inline code holds a program and what it printed. A code statement is never a claim, unless it
gives a named quantity a literal value (``J = np.array([[1, 0], [2, 1]])``). An output — a statement that is only
a repr: ``Matrix([[8, 12], [12, 19]])``, ``array([ 0.2996, 26.7004])``, ``{27/2 - sqrt(697)/2: 1, …}``,
``np.float64(0.2996)``, ``lambda**2 - 27*lambda + 8`` — claims the quantity its producer names: the code
statement before it in the fence, else the line before (``K.eigenvals()`` → the eigenvalues, ``J @ J.T`` → K,
``grad(x1)`` → the gradient at x_1), else its shape (a SymPy eigenvalue dict; a symmetric square matrix is K).
Reprs are rewritten into the grammar's spelling, never evaluated; NumPy floats are ≈ claims, and a float below
1e-10 of its array's largest entry is round-off, read as 0. Every pattern is linear; sizes are bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

MAX_REPR = 4000
CODE_CELLS = ("python", "py", "python3", "ipython", "ipython3", "jupyter", "sage")
MAX_PASTED = 200   # inline outputs read per file, statements read per fence
_PROMPT = re.compile(r"^\s*(?:>>>|In\s*\[\s*\d{0,5}\s*\]\s*:)\s?")
_MORE = re.compile(r"^\s*\.\.\.(?:\s|$)")
_OUT = re.compile(r"^\s*Out\s*\[\s*\d{0,5}\s*\]\s*:\s*")
_WRAPPER = re.compile(r"(?<![\w.])(?:(?:np|numpy|sp|sympy|torch|jnp)\s*\.\s*)?(?:Matrix|ImmutableMatrix|"
                      r"MutableDenseMatrix|ImmutableDenseMatrix|array|Array|matrix|tensor|float64|float32|int64|"
                      r"Integer)\s*(?=\()")
_RATIONAL = re.compile(r"(?<![\w.])Rational\(\s*(-?\d{1,20})\s*,\s*(\d{1,20})\s*\)")
_POLY = re.compile(r"^\s*(?:Pure)?Poly\((.{1,400}?),\s*[A-Za-z_]\w{0,10}\s*,\s*domain\s*=\s*'[A-Z]{1,3}'\s*\)\s*$")
_EIG_RESULT = re.compile(r"^\s*Eigh?Result\(\s*eigenvalues\s*=")
_EIG_VECTORS = re.compile(r",\s*eigenvectors\s*=")
_DTYPE = re.compile(r",\s*dtype\s*=\s*[\w.]{1,20}\s*(?=\))")
_CHARS = re.compile(r"[\s\d.eE+\-*/()\[\]{},:A-Za-z_]+")
_NAME = re.compile(r"(?<![\w.])([A-Za-z_]\w{0,20})(\s*[(.]?)")
_FUNCTIONS = {"sqrt", "exp", "log", "tanh", "sin", "cos", "sigma"}
_NUMBER = re.compile(r"(?<![\w.])(\d{1,40}(?:\.\d{0,40})?(?:[eE][+-]?\d{1,3})?)(?![\w])")
_PURE = re.compile(r"-?\s*\d{1,40}(?:\.\d{0,40})?(?:[eE][+-]?\d{1,3})?")
_ASSIGN = re.compile(r"^\s*([A-Za-z_]\w{0,20})\s*=(?!=)\s*(.+)$", re.S)
_POINT = re.compile(r"(?:^|[^A-Za-z])x_?\{?([1-9])\}?(?![0-9])|(?:^|[^A-Za-z])x\^\{?\(([1-9])\)|"
                    r"subs\(\s*x\s*,\s*(-?\d{1,6}(?:\.\d{1,6})?)\s*\)|(?<![A-Za-z_])x\s*=\s*(-?\d{1,6}(?:\.\d{1,6})?)"
                    r"|(?<![A-Za-z])g_?\{?([1-9])\}?(?![0-9])")
_CALL_AT = re.compile(r"^\s*[A-Za-z_][\w.]{0,30}\(\s*(-?\d{1,6})(?:\.0{0,6})?\s*\)\s*$")
_ROW_OF = re.compile(r"^\s*[A-Za-z_]\w{0,20}\s*\[\s*(\d)\s*(?:,\s*:\s*)?\]\s*$")
_NUMPY_STR = re.compile(r"[\s\d.eE+\-\[\]]+")
_GAP = re.compile(r"(?<=[\d.\]])\s+(?=[-+\d.\[])")
_LABEL = re.compile(r"^[\s*#>\-+]*(?:(?:at|in|for|bei|í|en)\s+)?\$?\s*x")

_KINDS = (("eigen", re.compile(r"eigen|eigval|\beig\b|\blam(?:bda)?s?\b|λ|\\lambda(?![A-Za-z])|\bevals?\b", re.I)),
          ("charpoly", re.compile(r"charpoly|char_poly|characteristic", re.I)),
          ("det", re.compile(r"\bdet\b|determinant", re.I)),
          ("trace", re.compile(r"\btrace\b|\btr\b", re.I)),
          ("kernel", re.compile(r"@|\.T\b|\bK\b|\bkernel\b|\bntk\b|\bNTK\b|\bgram\b|\\Theta(?![A-Za-z])|Θ")),
          ("jacobian", re.compile(r"\bJ\b|jacobian|\bjac\b", re.I)),
          ("gradient", re.compile(r"grad|\bdiff\b|deriv|nabla|∇|^g_?[1-9]$", re.I)))


@dataclass(frozen=True)
class Repr:
    """A repr rewritten: ``shape`` is "dict" (its keys), "matrix" (rows), "vector" or "scalar"; ``approx`` when it
    holds a float (NumPy prints rounded values)."""

    shape: str
    items: tuple
    approx: bool

    def square(self) -> bool:
        """A matrix with as many rows as columns."""
        return self.shape == "matrix" and all(len(row) == len(self.items) for row in self.items)

    def symmetric(self) -> bool:
        """A square matrix equal to its transpose, entry text by entry text."""
        n = len(self.items)
        return self.square() and all(self.items[i][j] == self.items[j][i] for i in range(n) for j in range(n))


def _split(text: str, sep: str) -> list[str]:
    """``text`` cut at every ``sep`` outside brackets."""
    out, depth, last = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == sep and depth == 0:
            out.append(text[last:i].strip())
            last = i + 1
    out.append(text[last:].strip())
    return out


def _closes_at(text: str) -> int:
    """The index of the bracket that closes ``text``'s first one."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch in "([{") - (ch in ")]}")
        if depth == 0:
            return i
    return -1


def _unwrap(text: str) -> str:
    """``(x)`` → ``x`` while one pair of parentheses holds everything."""
    while text.startswith("(") and _closes_at(text) == len(text) - 1:
        text = text[1:-1].strip()
    return text


def plain_decimal(token: str) -> str:
    """A number in e-notation as plain decimals with the same digits: m·10^e, ``2.9956e-01`` → ``0.29956``."""
    try:
        return format(Decimal(token), "f")
    except InvalidOperation:
        return token


def _number(token: str) -> str:
    """A printed number in plain decimals: ``8.`` → ``8``, ``2.9956e-01`` → ``0.29956``; a float printed at full
    double precision (more than 12 significant digits, ``7.0347244301815275``) carries float64 round-off past
    what its inputs held, so it is read rounded to NumPy's print precision, 8 significant digits."""
    token = plain_decimal(token) if "e" in token.lower() else token
    digits = token.replace(".", "").lstrip("-0")
    if "." in token and len(digits) > 12:
        return format(Decimal(token).quantize(Decimal(1).scaleb(Decimal(token).adjusted() - 7)), "f")
    return token[:-1] if token.endswith(".") else token


def _entry(text: str, scale: float) -> str:
    """One entry in the grammar's spelling; a float below 1e-10 of ``scale`` is round-off (0)."""
    if _PURE.fullmatch(text) and scale > 0 and ("." in text or "e" in text.lower()) \
            and abs(float(text.replace(" ", ""))) < 1e-10 * scale:
        return "0"
    text = _NUMBER.sub(lambda m: _number(m.group(1)), text)
    return re.sub(r"(?<![\\\w])lambda(?!\w)", r"\\lambda", " ".join(text.split()))


def parse_repr(text: str) -> Repr | None:
    """A SymPy/NumPy repr or a Python literal of numbers (a matrix, list, dict of eigenvalues, or a number or
    expression), rewritten entry by entry; None for anything else (code, strings, calls other than sqrt)."""
    text = text.strip()
    if not text or len(text) > MAX_REPR:
        return None
    if _EIG_RESULT.match(text):   # NumPy ≥ 2: EigResult(eigenvalues=array([…]), eigenvectors=array([[…]]))
        text = _EIG_VECTORS.sub(", ", _EIG_RESULT.sub("(", text, count=1), count=1)
    if text.startswith("[") and "," not in text and _NUMPY_STR.fullmatch(text):
        text = _GAP.sub(", ", text)   # NumPy's str(): ``[[ 8. 12.]  [12. 19.]]``
    poly = _POLY.match(text)
    text = _DTYPE.sub("", _WRAPPER.sub("", _RATIONAL.sub(r"(\1/\2)", poly.group(1) if poly else text)))
    if not _CHARS.fullmatch(text) or not re.search(r"\d", text):
        return None
    for m in _NAME.finditer(text):
        name, after = m.group(1), m.group(2).strip()
        if after == "." or (after == "(" and name not in _FUNCTIONS) or re.fullmatch(r"\d*[eE]\d*", name):
            return None
    text = _unwrap(text)
    parts = _split(text, ",")
    if len(parts) == 2 and not text.startswith(("[", "{")):   # np.linalg.eig: (eigenvalues, eigenvectors)
        values, vectors = (parse_repr(p) for p in parts)
        return values if values and vectors and values.shape == "vector" and vectors.square() else None
    approx = any("." in t or "e" in t.lower() for t in _NUMBER.findall(text))
    if text.startswith("{") and text.endswith("}"):
        pairs = [_split(p, ":") for p in _split(text[1:-1], ",") if p]
        if not pairs or any(len(p) != 2 or not p[1].isdigit() for p in pairs):
            return None
        raw, shape = [p[0] for p in pairs], "dict"
    elif text.startswith("[") and text.endswith("]"):
        raw = [t for t in _split(text[1:-1], ",") if t]
        if raw and all(t.startswith("[") and t.endswith("]") for t in raw):
            rows = [[e for e in _split(t[1:-1], ",") if e] for t in raw]
            scale = max((abs(float(e.replace(" ", ""))) for row in rows for e in row if _PURE.fullmatch(e)), default=0)
            return Repr("matrix", tuple(tuple(_entry(e, scale) for e in row) for row in rows), approx)
        shape = "vector"
    elif ":" in text or "[" in text or "{" in text:
        return None
    else:
        raw, shape = [text], "scalar"
    if any(r.startswith("[") for r in raw):
        return None
    scale = max((abs(float(e.replace(" ", ""))) for e in raw if _PURE.fullmatch(e)), default=0)
    return Repr(shape, tuple(_entry(e, scale) for e in raw), approx)


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
    if kind == "kernel" and value.square():
        return [f"K {rel} {_matrix(value)}"]
    if kind == "jacobian" and value.shape == "matrix":
        return [f"J {rel} {_matrix(value)}"]
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
    at, statement, first, depth, prompted, out = 0, [], 0, 0, False, False
    for raw in body.split("\n"):
        line = raw
        if not statement:
            first = at
            prompted = bool(_PROMPT.match(line))
            out = bool(_OUT.match(line))
            line = _OUT.sub("", _PROMPT.sub("", line))
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
        for part in _split(" ".join(lines), ";"):
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
        if call and _closes_at(text[text.index("("):]) == len(text) - text.index("(") - 1:
            if indented:
                return None
            args = [a for a in _split(call.group(1), ",") if a and not re.match(r"^(?:sep|end|file)\s*=", a)]
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
        parts, values = _split(_unwrap(producer), ","), _split(_unwrap(text), ",")
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
            made, certain = claims(producer, value) if value else ([], False)
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

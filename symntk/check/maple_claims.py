"""What one Maple statement and its printed output claim, as inline math of the notes (for
:mod:`symntk.check.maple_session`).

A statement's subject comes from the call that computes it, else from its name:

* ``f := x -> e`` is the network ``f(x) = e``; ``theta := [w, b, …]`` is θ (and fixes the order of later lists);
  ``name := e`` typed with no call is the claim ``name = e`` (``g1 := [1, 0, 1]``, ``K := Matrix([[8, 12], …])``),
  a set ``{w = 1, …}`` (the parameter values) is none;
* ``diff(f(x), w)`` is ∂f/∂w; a list of them over θ (``map(p -> diff(f(x), p), theta)``, ``[seq(diff(f(x), p),
  p in theta)]``) is one derivative per parameter; ``eval(subs(P, G), x = 1)`` of such a list (or of a name saying
  gradient, ``dF``) is ∇f(1);
* ``Eigenvalues(K)`` and ``solve(%, lambda)`` of a characteristic polynomial are the eigenvalues λ_1, λ_2, …;
  ``CharacteristicPolynomial(K, t)`` is det(K − λI), ``Trace``, ``Determinant``, ``nops(theta)`` the count;
* ``eval(subs(P, h), x = 1)`` of a name typed as an expression in x (or a list ``[h1, h2]`` of them) is h(1);
* ``evalf(%)``, ``factor(%)``, ``expand(%)`` and ``simplify(%)`` say the previous result again (≈ after evalf);
* arithmetic in numbers only (``(21 + 20.1)/2;``, ``evalf(sqrt(405), 3);``) is that expression's value;
* otherwise the name says it (K → the kernel, K1 of a two-output sheet → K^{(1)}, K12 → K_{12}, g1 → ∇f(x_1),
  lambda → the eigenvalues: :func:`symntk.check.printed_values.kind_by_name`).

Printed numbers keep their digits (``1.`` is ``1.0``); Maple's juxtaposition ``v1 x`` is a product as on paper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .julia_output import comma_items
from .maple_arithmetic import arithmetic, balanced
from .printed_values import kind_by_name

MAX_ITEMS = 200
_ECHO = re.compile(r"^\s*([A-Za-z]\w{0,20})\s*:=\s*(.{1,1500})$")
_ASSIGN = re.compile(r"^([A-Za-z]\w{0,20})\s*:=\s*(.{1,1500})$", re.S)
_ARROW = re.compile(r"^([a-z]\w{0,5}|\(\s*[a-z]\w{0,5}(?:\s*,\s*[a-z]\w{0,5}){0,8}\s*\))\s*->\s*(.{1,1500})$", re.S)
_WRAP = re.compile(r"^(?:LinearAlgebra:-|LinearAlgebra\[)?(evalf|factor|expand|simplify|print|normal|sort|"
                   r"evalf\[\d{1,3}\]|Eigenvalues|CharacteristicPolynomial|Determinant|Trace|nops|numelems|eigenvalues|eigenvals|det|trace)\]?"
                   r"\s*\((.{1,1500})\)$", re.S)
_ARGS = r"\(\s*[a-z]\w{0,5}(?:\s*,\s*[a-z]\w{0,5}){0,8}\s*\)"
_DIFF = re.compile(rf"^diff\s*\(\s*([A-Za-z]\w{{0,5}})\s*{_ARGS}\s*,\s*([A-Za-z]\w{{0,20}})\s*\)$")
_DIFF_LIST = re.compile(rf"^(?:map\s*\(\s*\w{{1,5}}\s*->\s*diff\s*\(\s*([A-Za-z]\w{{0,5}})\s*{_ARGS}\s*,\s*\w{{1,5}}"
                        rf"\s*\)\s*,\s*(\w{{1,20}})\s*\)|\[?\s*seq\s*\(\s*diff\s*\(\s*([A-Za-z]\w{{0,5}})\s*{_ARGS}\s*,"
                        rf"\s*\w{{1,5}}\s*\)\s*,\s*\w{{1,5}}\s*(?:in|=)\s*(\w{{1,20}})\s*\)\s*\]?)$")
_CALL_AT = re.compile(rf"^(?:expand|simplify|eval)?\s*\(?\s*(?:subs|eval)\s*\(\s*(?:\w{{1,20}}\s*,\s*)?"
                      rf"([a-z]\w{{0,5}})\s*({_ARGS})\s*(?:,\s*\w{{1,20}}\s*)?\)\s*\)?$")
_AT = re.compile(r"^eval\s*\(\s*(?:subs\s*\(\s*\w{1,20}\s*,\s*)?(\w{1,20})\s*\)?\s*,\s*(x\s*=\s*-?[\d.]{1,12}|"
                 r"\{\s*\w{1,5}\s*=\s*-?[\d.]{1,12}(?:\s*,\s*\w{1,5}\s*=\s*-?[\d.]{1,12}){0,8}\s*\})\s*\)$")
_VALUES_AT = re.compile(r"^eval\s*\(\s*(?:subs\s*\(\s*\w{1,20}\s*,\s*)?(\w{1,20}|\[[\w\s,]{1,200}\])\s*\)?\s*,"
                        r"\s*x\s*=\s*(-?[\d.]{1,12})\s*\)$")
_GRAM = re.compile(r"^(?:(\w{1,6})\s*\.\s*(?:Transpose\(\s*\1\s*\)|\1\s*\^\s*%T)|Multiply\(\s*(\w{1,6})\s*,"
                   r"\s*Transpose\(\s*\2\s*\)\s*\))$")
_SOLVE = re.compile(r"^(?:solve|fsolve)\s*\(\s*(.{1,600}?)\s*,\s*\{?\s*(\w{1,12})\s*\}?\s*\)$", re.S)
_NUMBER_END = re.compile(r"(?<![\w.])(\d{1,20})\.(?![\d\w])")
_FUNCTION = re.compile(r"^([A-Za-z])(?:_?(\d))?$")
_GRADIENT_NAME = re.compile(r"^(?:d[Ff]|grad\w{0,8}|G|dfdtheta|nabla\w{0,4})_?(\d?)$")
_CALL_KINDS = {"Eigenvalues": "eigen", "eigenvalues": "eigen", "eigenvals": "eigen", "CharacteristicPolynomial":
               "charpoly", "Determinant": "det", "det": "det", "Trace": "trace", "trace": "trace", "nops": "count",
               "numelems": "count"}   # LinearAlgebra's and the old linalg's names
_DERIVATIVE_NAME = re.compile(r"^d([fF]_?\d?)_?d_?([A-Za-z]\w{0,10})$")
_SET_ITEM = re.compile(r"^([A-Za-z]\w{0,20})\s*=\s*-?[\d.]{1,20}$")
_THETA_NAME = re.compile(r"^(?:theta|Theta|th|params?|pars|parameters|vars)\d?$")
_ENTRY = re.compile(r"^K_?([1-9])_?([1-9])$")
_NUMERIC = re.compile(r"^[\d\s.+\-/,\[\]]{1,1500}$")
_LITERAL = re.compile(r"^[\w\s.+\-*/^(),\[\]]{1,1500}$")


@dataclass
class Session:
    """What the session has said so far: θ's names, lists of derivatives by name, the previous result's kind."""

    theta: list[str] = field(default_factory=list)
    lists: dict[str, list[str]] = field(default_factory=dict)   # name → a list of names it was given
    params: set[str] = field(default_factory=set)   # θ's names and the names a set of values gives numbers
    exprs: set[str] = field(default_factory=set)   # names typed as expressions in x (h1 := w11*x + b11)
    derivatives: dict[str, str] = field(default_factory=dict)   # name of a list of derivatives → its function
    previous: tuple[str, str] | None = None   # (kind, subject) of the last output
    two_outputs: bool = False


def math(value: str) -> str:
    """A Maple expression in the notes' spelling: ``lambda`` → ``\\lambda``, ``theta`` → ``\\theta``, ``1.`` →
    ``1.0``, ``%T`` → ``^T``, ``max(0, z)`` → ``\\max(0, z)``."""
    value = _NUMBER_END.sub(r"\1.0", value.strip())
    value = re.sub(r"\blambda\b", r"\\lambda ", value)
    value = re.sub(r"(?<![\w\\])(max|min)(?=\s*\()", r"\\\1", value)   # max(0, z): the ReLU
    return re.sub(r"\btheta\b", r"\\theta ", value).replace("%T", "T")


def _function(name: str) -> str:
    """A Maple function name as the notes' (``f1`` → ``f_1``)."""
    m = _FUNCTION.match(name)
    return f"{m.group(1)}_{m.group(2)}" if m and m.group(2) else name


def _list(value: str) -> list[str] | None:
    value = value.strip()
    items = comma_items(value[1:-1]) if value.startswith("[") and value.endswith("]") else []
    return items if 0 < len(items) <= MAX_ITEMS else None


def _of(subject: str) -> str:
    """``^{(k)}`` when ``subject`` names output k's kernel (``K2``), else nothing."""
    kind = kind_by_name(subject.strip()) or ""
    return f"^{{({kind.partition(':')[2]})}}" if kind.startswith("kernel:") else ""


def by_kind(kind: str, subject: str, value: str, approx: bool, session: Session) -> list[str]:
    """Claims that ``value`` is the ``kind`` of ``subject``."""
    sign = r"\approx" if approx else "="
    if kind == "eigen":
        values = _list(value) or comma_items(value)
        return [rf"\lambda_{{{k}}}{_of(subject)} {sign} {math(v)}" for k, v in enumerate(values, 1)]
    if kind == "charpoly":
        return [rf"\det(K{_of(subject.split(',')[0])} - \lambda I) = {math(value)}"]
    if kind == "trace":
        return [rf"\operatorname{{tr}} K {sign} {math(value)}"]
    if kind == "det":
        return [rf"\det K {sign} {math(value)}"]
    if kind == "count":
        return [rf"P = {value}"] if value.isdigit() else []
    if kind == "values_at":
        names, at = subject.split("@")
        values = _list(value) if len(names.split(",")) > 1 else [value]
        if values is None or len(values) != len(names.split(",")):
            return []
        return [f"{n}({at}) {sign} {math(v)}" for n, v in zip(names.split(","), values)]
    if kind == "function":
        return [f"{subject} = {math(value)}"]
    if kind == "derivatives":
        items = _list(value) or (comma_items(value) if "[" not in value else None)
        f, _, over = subject.partition("|")
        names = session.lists.get(over) or session.theta
        if items is None or len(items) != len(names):
            return []
        return [rf"\partial {_function(f)}/\partial {p} = {math(v)}" for p, v in zip(names, items)]
    if kind == "derivative":
        return [rf"{subject} = {math(value)}"]
    if kind == "gradient_at":
        f, at = subject.split("@")
        return [rf"\nabla {_function(f)}({at}) {sign} {math(value)}"] if _list(value) else []
    return []


def named_claims(name: str, value: str, approx: bool, session: Session) -> list[str]:
    """Claims of ``name := value`` when only the name says what it is."""
    sign = r"\approx" if approx or re.search(r"\d\.\d", value) else "="
    derivative = _DERIVATIVE_NAME.match(name)
    if derivative and derivative.group(2) in session.params:   # dfdw := v*(1 - tanh(w*x + b))*x
        f = _function(derivative.group(1).lower().replace("_", ""))
        return [rf"\partial {f}/\partial {derivative.group(2)} {sign} {math(value)}"]
    entry = _ENTRY.match(name)
    if entry:
        return [f"K_{{{entry.group(1)}{entry.group(2)}}} {sign} {math(value)}"]
    kind = kind_by_name(name)
    if kind is None:
        if _GRADIENT_NAME.match(name) and _list(value):
            session.derivatives[name] = "f"
            return [rf"\nabla_\theta f(x) = {math(value)}"]
        return [f"{name} = {math(value)}"] if _LITERAL.match(value) and not value.startswith("{") else []
    base, _, output = kind.partition(":")
    if base == "kernel":
        return [f"K{'^{(' + output + ')}' if output else ''} {sign} {math(value)}"] if value.startswith("[[") else []
    if base == "gradient":
        point = re.search(r"(\d)$", name)
        return [rf"\nabla_\theta f(x_{{{point.group(1)}}}) {sign} {math(value)}"] if point and _list(value) else []
    if base == "jacobian":
        return [f"J {sign} {math(value)}"] if value.startswith("[[") else []
    return by_kind(base, "", value, approx, session)


def _subject(rhs: str, session: Session) -> tuple[str, str, bool] | None:
    """(kind, subject, approximate) of what ``rhs`` computes, or None when its call says nothing."""
    rhs = rhs.strip()
    approx = False
    while True:
        m = _WRAP.match(rhs)
        if not m:
            break
        call, inner = m.group(1), m.group(2).strip()
        if not balanced(inner):
            break
        if call.startswith("evalf"):
            approx = True
        elif call in _CALL_KINDS:
            return _CALL_KINDS[call], inner, approx
        if inner == "%":
            if session.previous is None:
                return None
            return session.previous[0], session.previous[1], approx
        rhs = inner
    if rhs == "%" and session.previous is not None:
        return session.previous[0], session.previous[1], approx
    m = _DIFF.match(rhs)
    if m:
        return "derivative", rf"\partial {_function(m.group(1))}/\partial {m.group(2)}", approx
    m = _DIFF_LIST.match(rhs)
    if m:
        return "derivatives", f"{m.group(1) or m.group(3)}|{m.group(2) or m.group(4)}", approx
    m = _AT.match(rhs)
    if m and m.group(1) in session.derivatives:
        at = ", ".join(v.split("=")[1].strip() for v in comma_items(m.group(2).strip("{} ")))
        return "gradient_at", f"{session.derivatives[m.group(1)]}@{at}", approx
    m = _VALUES_AT.match(rhs)
    if m:   # eval(subs(P, [h1, h2]), x = 1): typed expressions at an input
        names = [n.strip() for n in m.group(1).strip("[]").split(",")]
        if names and all(n in session.exprs for n in names):
            return "values_at", f"{','.join(names)}@{m.group(2)}", approx
    m = _CALL_AT.match(rhs)
    if m:   # expand(subs(P, f(x1, x2))): the function with the parameters' values
        args = comma_items(m.group(2).strip("() "))
        return "function", f"{_function(m.group(1))}({args[0] if len(args) == 1 else 'x'})", approx
    if rhs in ("%", "[%]") and session.previous is not None and session.previous[0] == "derivatives":
        return "derivatives", session.previous[1], approx
    m = _SOLVE.match(rhs)
    if m and session.previous is not None and session.previous[0] == "charpoly" and \
            (m.group(1) == "%" or "CharacteristicPolynomial" in m.group(1)):
        return "eigen", session.previous[1].split(",")[0], approx
    return None


def claims(code: str, output: str | None, session: Session) -> list[str]:
    """The claims of one Maple statement ``code`` and its printed ``output`` (None when nothing was shown), as
    inline math texts; ``session`` is updated with what the statement defines."""
    assign = _ASSIGN.match(code.strip())
    name, rhs = (assign.group(1), assign.group(2).strip()) if assign else (None, code.strip())
    if _GRAM.match(rhs) and (name is None or kind_by_name(name) is None):   # J . Transpose(J): the kernel
        name = "K"
    if output is not None:
        echo = _ECHO.match(output)
        if echo:
            name, output = echo.group(1), echo.group(2).strip()
    if rhs.startswith("{") and rhs.endswith("}"):   # P := {w = 1, b = 0}: the parameters' values, no claim
        session.params.update(m.group(1) for item in comma_items(rhs[1:-1]) if (m := _SET_ITEM.match(item)))
        return []
    arrow = _ARROW.match(rhs)
    if name and arrow:   # f := x -> v*tanh(w*x + b) + c
        if (output is not None and "->" not in output) or not _FUNCTION.match(name):
            return []
        args = comma_items(arrow.group(1).strip("() "))   # (x1, x2) -> …: f of the input vector x
        return [f"{_function(name)}({args[0] if len(args) == 1 else 'x'}) = {math(arrow.group(2))}"]
    listed = _list(rhs) or []
    if name and len(listed) > 1 and all(re.fullmatch(r"[A-Za-z]\w{0,20}", t) for t in listed) \
            and kind_by_name(name) is None and not _GRADIENT_NAME.match(name):   # th := [w1, b1, w2]: names
        session.lists[name] = listed
        session.params.update(listed)
        if _THETA_NAME.match(name):
            session.theta = listed
            return [rf"\theta = ({', '.join(listed)})"]
    exprs = comma_items(rhs) if name is None else [rhs]
    if name is None and len(exprs) > 1:   # Trace(K), Determinant(K);  →  27, 8
        values = comma_items(output) if output is not None else []
        if len(values) != len(exprs):
            return []
        return [c for e, v in zip(exprs, values) for c in claims(e, v, session)]
    subject = _subject(rhs, session)
    if subject is not None:
        kind, what, approx = subject
        if kind == "derivatives" and name:
            session.derivatives[name] = what.partition("|")[0]
        if output is None or (kind == "derivatives" and rhs in ("%", "[%]")):
            return []
        session.previous = (kind, what)
        if kind == "gradient_at" and name:
            session.derivatives.pop(name, None)
        return by_kind(kind, what, output, approx, session)
    if name is None:
        return arithmetic(rhs, output)
    if output is not None:   # a named value Maple printed
        session.previous = (kind_by_name(name) or "", name)
        return named_claims(name, output, False, session)
    literal = rhs[len("Matrix("):-1] if rhs.startswith("Matrix(") and rhs.endswith(")") else rhs
    if re.search(r"[A-Za-z]\w{0,20}\s*\(", literal) or "%" in literal:   # computed, not typed: nothing shown
        return []
    if kind_by_name(name) and not _NUMERIC.match(literal):   # K := Matrix([[K11, K12], …]): names, no values
        return []
    if re.search(r"\bx\b", literal) and not literal.startswith(("[", "{")):
        session.exprs.add(name)
    return named_claims(name, literal, False, session)

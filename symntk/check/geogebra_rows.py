"""What one row of GeoGebra's CAS view claims: a value the learner typed, or what the row's command computed (for
:mod:`symntk.check.geogebra_cas`).

Typed (:func:`typed_claim`): ``f(x) := …`` (``f1(x)`` output 1's), a gradient function ``g(x) := {…}`` of
entries written out, ``z(x) := {…}`` / ``h(x) := {…}``, a matrix of numbers ``K := {{…}}`` or the Jacobian (a
name used in ``K := A Transpose(A)``), a gradient ``g1 := {…}`` at x_1. Computed (:func:`output_claim`), by the
command: ``Derivative(f(x), w)``, ``Substitute(…)``, ``Numeric(…)``, ``Eigenvalues``, ``Determinant``,
``CharacteristicPolynomial``, ``Solve``/``NSolve``, an assignment by what its name says (K, J, g1, K11), a
function whose entries were built from other rows (``g(x) := {$2, $3}``). Every pattern is linear and anchored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .julia_output import comma_items
from .printed_values import kind_by_name


@dataclass
class Row:
    """A row's claim (``""`` for none), the kind of value it computed, and the name it assigned."""

    claim: str
    kind: str
    name: str


_ASSIGN = re.compile(r"^([A-Za-z]\w{0,12})(?:\(\s{0,2}([a-z](?:\s{0,2},\s{0,2}[a-z]){0,3})\s{0,2}\))?\s{0,4}:=\s{0,4}"
                     r"(.{1,2000})$")
_NUMBERS = re.compile(r"^\{\s{0,4}\{?[-\d.,\s{}]{1,2000}\}?\s{0,4}\}$")
_GRADIENT = re.compile(r"^(?:g|grad|gradient|gradf|df|G)(\d?)$")
_HIDDEN = re.compile(r"^(?:z|h|a|hidden)$")
_CALL = re.compile(r"^(\w{1,30})\((.{1,1800})\)$")
_POINT = re.compile(r"^([A-Za-z]\w{0,8})\(\s{0,2}(-?[\d.]{1,12})\s{0,2}\)$")
_ACTIVATION_CALL = re.compile(r"^((?:sigma|tanh|relu)'?)\(\s{0,2}(-?[\w.]{1,12})\s{0,2}\)$")
_ROOT = re.compile(r"^[a-zλ]\s{0,2}=\s{0,2}(.{1,400})$")   # x = 12 + sqrt(137): a root of the polynomial


def spelt(value: str) -> str:
    """GeoGebra's value in the notes' plain math: ``{…}`` a vector ``(…)``, ``{{…}}`` a matrix ``[[…]]``, ``ℯ`` e."""
    value = value.strip().replace("ℯ", "e")
    if value.startswith("{{"):
        return value.replace("{", "[").replace("}", "]")
    if value.startswith("{") and value.endswith("}"):
        return "(" + value[1:-1] + ")"
    return value


def _rel(value: str) -> str:
    return "≈" if re.search(r"\d\.\d", value) else "="


def _items(value: str) -> list[str]:
    value = value.strip()
    return comma_items(value[1:-1]) if value.startswith("{") and value.endswith("}") else [value]


def _function_name(name: str, two_outputs: bool) -> str | None:
    """``f`` → f, ``f2`` → f_2 (an output's, when the notes define f2); None for other names."""
    if name == "f":
        return "f"
    m = re.fullmatch(r"f_?(\d)", name)
    return f"f_{m.group(1)}" if m and two_outputs else None


def _gradient_of(name: str, two_outputs: bool) -> str | None:
    """The gradient a function name gives (``g`` → ∇f; ``g2`` → ∇f_2 when the notes have two outputs)."""
    m = _GRADIENT.match(name)
    if not m:
        return None
    return f"∇f_{m.group(1)}" if m.group(1) and two_outputs else ("∇f" if not m.group(1) else None)


def typed_claim(command: str, jacobians: dict[str, str], two_outputs: bool) -> str:
    """The claim of a value the learner typed into a row, or ``""``."""
    m = _ASSIGN.match(command)
    if not m or "$" in command or "Derivative" in command or "Substitute" in command:
        return ""
    name, args, body = m.group(1), m.group(2), m.group(3).strip()
    if args == "x":
        if (f := _function_name(name, two_outputs)) and not body.startswith("{"):
            return f"{f}(x) = {spelt(body)}"
        if (g := _gradient_of(name, two_outputs)) and body.startswith("{"):
            return f"{g}(x) = {spelt(body)}"
        if _HIDDEN.match(name) and body.startswith("{"):
            return f"{name}(x) = {spelt(body)}"
        return ""
    if args or not _NUMBERS.match(body):
        return ""
    kind = kind_by_name(name) or ""
    if body.startswith("{{"):
        if kind.startswith("kernel"):
            output = kind.partition(":")[2]
            return f"K{'^(' + output + ')' if output else ''} = {spelt(body)}"
        if kind == "jacobian" or (name in jacobians and not jacobians[name]):
            return f"J = {spelt(body)}"
        return ""
    if kind == "gradient" and (point := re.search(r"(\d)$", name)):
        return f"∇f(x_{point.group(1)}) = {spelt(body)}"
    return ""


def _computed_name(name: str, value: str, two_outputs: bool) -> Row:
    """An assignment's output by what its name says."""
    kind = kind_by_name(name) or ""
    if kind.startswith("kernel") and value.startswith("{{"):
        output = kind.partition(":")[2]
        return Row(f"K{'^(' + output + ')' if output else ''} {_rel(value)} {spelt(value)}", kind, name)
    if kind == "jacobian" and value.startswith("{{"):
        return Row(f"J {_rel(value)} {spelt(value)}", kind, name)
    if kind == "gradient" and (point := re.search(r"(\d)$", name)) and value.startswith("{"):
        return Row(f"∇f(x_{point.group(1)}) {_rel(value)} {spelt(value)}", f"gradient@{point.group(1)}", name)
    if (entry := re.fullmatch(r"K_?(\d)(\d)", name)) and not value.startswith("{"):
        return Row(f"K_{entry.group(1)}{entry.group(2)} {_rel(value)} {spelt(value)}", f"entry:{name}", name)
    return Row("", "", name)


def _again(row: Row, value: str) -> str:
    """The claim of a row's value shown again (``Numeric($15, 4)``): the same quantity, the new value."""
    if row.kind.startswith(("eigen", "kernel", "gradient@", "entry:", "at:", "jacobian")) and row.claim:
        head = re.split(r"\s(?:=|≈)\s", row.claim, maxsplit=1)[0]
        if row.kind.startswith("eigen"):
            return _eigen(value, row.kind)
        return f"{head} {_rel(value)} {spelt(value)}"
    return ""


def _eigen(value: str, kind: str) -> str:
    output = kind.partition(":")[2]
    name = f"λ^{{({output})}}" if output else "λ"
    values = [_ROOT.sub(r"\1", v.strip()) for v in _items(value)]   # {x = 0.2953, x = 23.705}: the roots
    return ", ".join(f"{name} {_rel(v)} {spelt(v)}" for v in values)


def output_claim(command: str, value: str, rows: dict[str, Row], two_outputs: bool) -> Row:
    """The claim of what a row's command computed, shown as ``value`` (see the module doc)."""
    if value.strip() in ("?", "") or len(value) > 1800:
        return Row("", "", "")
    m = _ASSIGN.match(command)
    name, args = (m.group(1), m.group(2)) if m else ("", None)
    shown = _ASSIGN.match(value)
    value = shown.group(3).strip() if shown else value.strip()
    expr = m.group(3).strip() if m else command
    if args is not None:   # a function: its entries or formula as GeoGebra wrote them out
        if (f := _function_name(name, two_outputs)) and args == "x":
            return Row(f"{f}(x) = {spelt(value)}", "formula", name)
        if (g := _gradient_of(name, two_outputs)) and args == "x" and value.startswith("{"):
            return Row(f"{g}(x) = {spelt(value)}", "gradient", name)
        return Row("", "", name)
    if expr.startswith("{") and expr.endswith("}") and not (name and kind_by_name(name)):   # J := {$10, $11}: J
        return _list_row(expr, value, name, two_outputs)
    call = _CALL.match(expr)
    if call is None:
        if name and re.search(r"Transpose", expr) and value.startswith("{{"):
            kind = kind_by_name(name) or "kernel"
            return _computed_name(name if kind.startswith("kernel") else "K", value, two_outputs)
        return _computed_name(name, value, two_outputs) if name else Row("", "", "")
    verb, inner = call.group(1), call.group(2)
    parts = comma_items(inner)
    if verb == "Derivative" and len(parts) == 2 and (act := _ACTIVATION_CALL.match(parts[0].strip())) and \
            act.group(2) == parts[1].strip():   # Derivative(sigma(z), z)
        return Row(f"{act.group(1)}'({act.group(2)}) = {spelt(value)}", "", name)
    if verb == "Derivative" and len(parts) == 2:
        f = re.match(r"^(f\d?)\s{0,2}\(", parts[0].strip())
        fname = _function_name(f.group(1), two_outputs) if f else None
        return Row(f"d{fname}/d{parts[1].strip()} = {spelt(value)}", "", name) if fname else Row("", "", name)
    if verb == "Substitute" and parts:
        return _substituted(parts[0].strip(), value, name, two_outputs)
    if verb == "Numeric" and parts and parts[0].strip().startswith("{"):   # Numeric({s(1), s'(1)}, 4)
        return _list_row(parts[0].strip(), value, name, two_outputs)
    if verb == "Numeric" and parts:
        ref = parts[0].strip()
        row = rows.get(ref.lstrip("$")) if ref.startswith("$") else next(
            (r for r in rows.values() if r.name == ref), None)
        if row is None and _CALL.match(ref):   # Numeric(Eigenvalues(K), 4)
            return output_claim(ref, value, rows, two_outputs)
        return Row(_again(row, value), row.kind, name) if row else Row("", "", name)
    if verb == "Eigenvalues":
        target = re.sub(r"^Numeric\((\w{1,12}).{0,20}\)$", r"\1", inner.strip())
        output = (kind_by_name(target) or "").partition(":")[2]
        kind = f"eigen:{output}" if output else "eigen"
        return Row(_eigen(value, kind), kind, name)
    if verb == "Determinant" and re.search(r"λ|Identity", inner):   # Determinant(K - λ Identity(2))
        return Row("det(K - λI) = " + spelt(value), "charpoly", name)
    if verb == "Determinant":
        return Row(f"det K = {spelt(value)}", "det", name)
    if verb == "CharacteristicPolynomial":
        return Row("det(K - λI) = " + re.sub(r"(?<![A-Za-z])x(?![A-Za-z])", "λ", value), "charpoly", name)
    roots = [_ROOT.match(item.strip()) for item in _items(value)]
    if verb in ("Solve", "NSolve") and len(roots) > 1 and all(roots) and _quadratic(inner, rows):
        return Row(", ".join(f"λ {_rel(r.group(1))} {spelt(r.group(1))}" for r in roots), "eigen", name)
    return _computed_name(name, value, two_outputs) if name else Row("", "", name)


def _list_row(expr: str, value: str, name: str, two_outputs: bool) -> Row:
    """A list of calls and its list of values: ``{Derivative(f(x), w1), …}`` the gradient ∇f(x),
    ``{Substitute(f(1), p), …}`` the values of f, ``{z(1), z(3)}`` the hidden function's values,
    ``{sigma(1), sigma'(1)}`` the activation's."""
    items = _items(expr)
    if items and all(re.match(r"^Substitute\(", item) for item in items):
        return _substituted(expr, value, name, two_outputs)
    derivatives = [re.match(r"^Derivative\(\s{0,2}(f\d?)\(x\)\s{0,2},\s{0,2}\w{1,12}\s{0,2}\)$", i) for i in items]
    if items and all(derivatives) and len({d.group(1) for d in derivatives}) == 1 and value.startswith("{"):
        g = _gradient_of("g" + derivatives[0].group(1)[1:], two_outputs)
        return Row(f"{g}(x) = {spelt(value)}", "gradient", name) if g else Row("", "", name)
    values = _items(value)
    if len(values) != len(items) or len(items) < 2:
        return Row("", "", name)
    made = []
    for item, shown in zip(items, values):
        call = _POINT.match(item.strip()) or _ACTIVATION_CALL.match(item.strip())
        if not call:
            return Row("", "", name)
        if _HIDDEN.match(call.group(1)) and shown.strip().startswith("{"):
            made.append(f"{call.group(1)}({call.group(2)}) = {spelt(shown)}")
        elif call.group(1).rstrip("'") in ("sigma", "tanh", "relu") and not shown.strip().startswith("{"):
            made.append(f"{call.group(1)}({call.group(2)}) {_rel(shown)} {spelt(shown)}")
        else:
            return Row("", "", name)
    return Row(", ".join(made), "", name)


def _quadratic(inner: str, rows: dict[str, Row]) -> bool:
    """Whether a Solve row solves the characteristic polynomial: of λ, squared, or a row's polynomial (``$9``)."""
    ref = re.match(r"^\s{0,2}\$(\d{1,3})", inner)
    return bool(re.search(r"λ|[²³]|\^\s{0,2}[23]", inner)) or bool(ref and rows.get(ref.group(1), Row("", "", "")).kind
                                                           == "charpoly")


def _substituted(target: str, value: str, name: str, two_outputs: bool) -> Row:
    """``Substitute(g(1), p)`` → the gradient at the input 1; ``Substitute({g1(1), g1(2)}, p)`` → output 1's
    gradients at 1 and 2; ``g1 := Substitute(…)`` → the gradient at x_1."""
    if name and kind_by_name(name) == "gradient":
        return _computed_name(name, value, two_outputs)
    calls = _items(target) if target.startswith("{") else [target]
    values = _items(value) if len(calls) > 1 else [value]
    if len(values) != len(calls):
        return Row("", "", name)
    made = []
    for call, shown in zip(calls, values):
        call = re.sub(r"^Substitute\(\s{0,2}(.{1,200}?)\s{0,2},\s{0,2}\w{1,12}\s{0,2}\)$", r"\1", call.strip())
        if (f := re.match(r"^(f\d?)\(\s{0,2}(x|-?[\d.]{1,12})\s{0,2}\)$", call)) and (
                fname := _function_name(f.group(1), two_outputs)) and not shown.strip().startswith("{"):
            made.append(f"{fname}({f.group(2)}) = {spelt(shown)}")   # Substitute(f(x), p): f with the values
            continue
        point = _POINT.match(call)
        g = _gradient_of(point.group(1), two_outputs) if point else None
        if not g or not shown.strip().startswith("{"):
            return Row("", "", name)
        made.append(f"{g}({point.group(2)}) {_rel(shown)} {spelt(shown)}")
    return Row(", ".join(made), "at:", name)

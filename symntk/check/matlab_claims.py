"""What a value MATLAB/Octave printed below a statement claims: the statement's quantity, as a line of notes.

* The names a statement prints: the name it assigns, ``ans`` when it assigns nothing, both of ``[V, D] = eig(K)``
  (D holds the eigenvalues on its diagonal, V is no claim); only its last statement (split at ``;``/``,``) prints.
* The quantity: what the statement computes (:func:`symntk.check.octave.kind_of`: ``eig(K)`` the eigenvalues,
  ``trace``, ``det``, ``J*J'`` the kernel, a name by what it says: K, J, g1, lambda), through wrappers that keep
  the value (``double``, ``vpa``, ``round``, ``sort``, ``simplify``); the roots of the characteristic polynomial
  (``solve(p == 0, lambda)``, ``roots(c)``) are the eigenvalues.
* Any other printed value is claimed by the printed name (``K11 = 8``; a hidden layer's ``z1``, ``a2`` computed
  from the first layer, ``z1 = W1*1 + b1``, is its value at that datapoint, z(x_1)) or, for ``ans``, by the
  expression itself (``f(x1) = 1``; ``[f(1), f(3)]`` printed ``3 3`` is ``f(1) = 3, f(3) = 3``), an entry of a
  vector the code typed as a literal read as its value (``X = [1, -1]``: ``f(X(2))`` is ``f(-1)``).
* A symbolic value (Symbolic Math Toolbox, ``syms``) is claimed by the statement's expression when its name says
  nothing (``p = det(K - lambda*eye(2))`` printed ``p = lambda^2 - 54*lambda + 704`` is ``det(K - λ*I) = …``) and
  by a gradient's name as the gradient as a function of x (``gsym = [x, 3*x, 1]``: ``grad f(x) = […]``).

Printed decimals are ≈ claims. Every pattern is linear and anchored; sizes are bounded.
"""

from __future__ import annotations

import re

from .octave import MULTI, kind_of, literal
from .printed_values import NUMBER, claims, kind_by_name

_ASSIGN = re.compile(r"^\s*([A-Za-z]\w{0,30})\s*=(?!=)\s*(.{1,2000})$")
_WRAP = re.compile(r"^(?:double|vpa|round|sort|simplify|full|real|expand|collect|disp)\s*\((.{1,1500}?)"
                   r"(?:,\s*(?:\d{1,2}|'\w{1,12}'))?\)$")
_ROOTS = re.compile(r"^(?:v?pa)?(?:solve|vpasolve)\s*\(.{1,1000},\s*(?:lambda|lam|l|mu|s|t)\s*\)$|^roots\s*\(")
_INDEXED = re.compile(r"\b([A-Za-z]\w{0,30})\(\s*(?:(\d{1,3})|:\s*,\s*(\d{1,3}))\s*\)")
_ELEMENTWISE = re.compile(r"^(sig|sigma|sigmoid|tanh|relu|exp|sqrt|d_?(?:sig|sigma|sigmoid|tanh|relu))\s*\("
                          r"\s*(\[[^\[\]]{1,400}\]'?)\s*\)$")
_CALL = re.compile(r"^[A-Za-z]\w{0,30}\([^()]{0,200}(?:\([^()]{0,100}\)[^()]{0,100}){0,4}\)$")
_LOGICAL = re.compile(r"^(?:all|any|isequal|issymmetric|ishermitian|isreal|islogical)\s*\(|[<>]=?|==|~=")
_POSITIVE = re.compile(r"^all\s*\(\s*eigs?\s*\(\s*(K\w{0,3})\s*\)\s*(>=?)\s*0\s*\)$")
_UNIT = re.compile(r"^([zah])_?([1-9])$")
_LATER_LAYER = re.compile(r"\b[WbAZH]_?[2-9]|\b[zah]_?[1-9]\s*\*")
_SYM_SUFFIX = re.compile(r"_?(?:sym|s|symb|fun|expr)$")
_NUMERIC = re.compile(rf"^\(?{NUMBER}(?:\s[-+]\s{NUMBER}i\))?$")


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


def printed_names(statement: str) -> dict[str, str | None]:
    """The names whose value the statement prints, each with the quantity it is forced to be (``[V, D] = eig(K)``:
    D the eigenvalues, V nothing), ``None`` when its kind comes from the statement."""
    both = MULTI.match(statement)
    if both:
        return {both.group(1): "none", both.group(2): "eigen"}
    assign = _ASSIGN.match(statement)
    return {assign.group(1): None} if assign else {"ans": None}


def typed_vectors(code_lines: list[str]) -> dict[str, list[str] | int]:
    """Names the code assigns a literal once: a vector's entries (``X = [1, -1]``, ``x = [0 1 2]``), a matrix's
    number of columns (``X = [1 0; 0 1]``, the datapoints as columns)."""
    seen: dict[str, list[str] | None] = {}
    for code in code_lines[:3000]:
        for part in re.split(r";(?![^\[]*\])", code[:2000]):
            assign = _ASSIGN.match(part)
            if not assign:
                continue
            rows = literal(assign.group(2).strip())
            flat = [c for r in rows for c in r] if rows and (len(rows) == 1 or len(rows[0]) == 1) else \
                len(rows[0]) if rows else None
            seen[assign.group(1)] = flat if assign.group(1) not in seen else None
    return {name: flat for name, flat in seen.items() if flat}


def symbolic(rows) -> bool:
    """Whether printed rows hold a symbolic entry (not a number)."""
    return any(not _NUMERIC.match(c) for r in rows for c in r)


def _value(rows) -> str:
    """Printed rows as the notes' value: a number, a list ``[1, 0, 1]`` (a row or a column), a matrix."""
    if len(rows) == 1 and len(rows[0]) == 1:
        return rows[0][0]
    if len(rows) == 1 or all(len(r) == 1 for r in rows):
        return "[" + ", ".join(c for r in rows for c in r) + "]"
    return "[" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "]"


def _rel(values) -> str:
    return "≈" if any(re.search(r"\d\.\d", c) for c in values) else "="


def _unwrapped(expr: str) -> str:
    """``expr`` without wrappers that keep its value (``double(eig(K))`` → ``eig(K)``)."""
    for _ in range(4):
        wrap = _WRAP.match(expr.strip())
        if not wrap:
            break
        expr = wrap.group(1)
    return expr.strip()


def claim_of(name: str, statement: str, rows, forced: str | None, spell, vectors: dict[str, list[str]]) -> str:
    """The notes' line claiming printed ``rows`` as the value of ``name`` printed by ``statement``; ``spell`` gives
    an expression in the notes' spelling, ``vectors`` the literal vectors the code typed."""
    assign = _ASSIGN.match(statement)
    expr = _unwrapped(assign.group(2) if assign else statement)
    kind = forced if forced is not None else kind_of(name, f"{name} = {expr}" if name != "ans" else expr)
    if kind is None and _ROOTS.match(expr):
        kind = "eigen"
    if kind == "none":
        return ""
    flat = [c for r in rows for c in r]
    if kind == "eigen" and not symbolic(rows) and len(rows) > 1 and all(len(r) == len(rows) for r in rows) and \
            all(float(c) == 0 for n, r in enumerate(rows) for m, c in enumerate(r) if m != n):
        rows = [(r[n],) for n, r in enumerate(rows)]   # D of [V, D] = eig(K): its diagonal
        flat = [r[0] for r in rows]
    if kind == "eigen" and not symbolic(rows) and (len(rows) == 1 or all(len(r) == 1 for r in rows)):
        return f"eigenvalues {_rel(flat)} {', '.join(flat)}"   # no λ typed: the notes' own letter stays theirs
    if flat and set(flat) <= {"0", "1"} and _LOGICAL.search(expr):
        return _logical(expr, flat)
    if kind is not None and not symbolic(rows):
        column = [(r[0],) for r in rows] if len(rows) > 1 and all(len(r) == 1 for r in rows) else rows
        shaped = column if not kind.startswith("eigen") or len(rows) > 1 else [(c,) for c in rows[0]]
        made = claims(kind, tuple(shaped), [0] * len(shaped), name if name != "ans" else statement)
        if made:
            return ", ".join(f"${c}$" for _, c in made)
    if symbolic(rows):
        base = _SYM_SUFFIX.sub("", name) or name
        if kind_by_name(base) == "gradient" and not re.search(r"\d$", base) and len(flat) > 1:
            return f"grad f(x) = {_value(rows)}"
        if name != "ans" and kind_by_name(name) is None and assign:
            return f"{spell(expr)} = {_value(rows)}"
    if name != "ans":
        unit = _UNIT.match(name)
        if unit and not _LATER_LAYER.search(expr):   # z1 = W1*1 + b1: the hidden layer at x_1
            return f"{unit.group(1)}(x_{unit.group(2)}) {_rel(flat)} {_value(rows)}"
        return f"{spell(name)} {_rel(flat)} {_value(rows)}"
    expr = _INDEXED.sub(lambda m: _entry(m, vectors), expr)
    items = _listed(expr)
    spread = _ELEMENTWISE.match(expr)
    typed = literal(spread.group(2)) if spread else None
    if typed and len([c for r in typed for c in r]) == len(flat) > 1:   # sig([1; -1]): one value an entry
        items = [f"{spread.group(1)}({c})" for r in typed for c in r]
    if items and len(items) == len(flat) and (len(rows) == 1 or all(len(r) == 1 for r in rows)):
        return ", ".join(f"{spell(item)} {_rel([v])} {v}" for item, v in zip(items, flat))
    return f"{spell(expr)} {_rel(flat)} {_value(rows)}"


def _entry(m: re.Match[str], vectors: dict[str, list[str] | int]) -> str:
    """``X(2)`` of a literal vector X as its entry, ``X(:, 2)`` of a literal matrix as the datapoint x_2 its column
    holds; anything else unchanged."""
    values = vectors.get(m.group(1))
    if m.group(3):
        k = int(m.group(3))
        return f"x_{k}" if isinstance(values, int) and 1 <= k <= values else m.group(0)
    k = int(m.group(2))
    return values[k - 1] if isinstance(values, list) and 1 <= k <= len(values) else m.group(0)


def _listed(expr: str) -> list[str] | None:
    """The items of a bracketed list of expressions (``[f(1), f(3)]``, ``[f(1) f(2)]``), or None."""
    if not (expr.startswith("[") and expr.endswith("]")):
        return None
    inner = expr[1:-1].strip()
    cuts = ",;" if re.search(r"[,;]", re.sub(r"\([^()]*\)", "", inner)) else " "
    items, depth, start = [], 0, 0
    for k, ch in enumerate(inner):
        depth += 1 if ch in "([{" else -1 if ch in ")]}" else 0
        if ch in cuts and depth == 0:
            items.append(inner[start:k].strip())
            start = k + 1
    items.append(inner[start:].strip())
    items = [i for i in items if i] if cuts == " " else items
    if cuts == " " and any(not _CALL.match(i) for i in items):   # [f(1) + 1]: no list of calls
        return None
    return items if len(items) > 1 and all(items) and all(not re.fullmatch(NUMBER, i) for i in items) else None


def _logical(expr: str, flat: list[str]) -> str:
    """A printed logical (``all(eig(K) > 0)`` → 1) as the property it states (K positive definite); no claim for
    any other test."""
    positive = _POSITIVE.match(expr.strip())
    if not positive or len(flat) != 1:
        return ""
    what = "positive definite" if positive.group(2) == ">" else "positive semi-definite"
    return f"{positive.group(1)} is {'' if flat[0] == '1' else 'not '}{what}"

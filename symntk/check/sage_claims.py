"""What one SageMath statement and its printed output claim, as inline math of the notes (for
:mod:`symntk.check.sage_session`); the claims are spelled as :mod:`symntk.check.maple_claims` spells a Maple
session's, and judged the same way.

A statement's subject comes from the call that computes it, else from its name:

* ``f = e`` of an expression in ``x`` is the network ``f(x) = e``; ``theta = [w, b, …]`` is θ (and fixes the order of
  later lists); ``vals = {w11: 1, …}`` and ``.subs(w11=1, …)`` give the parameters their values (``w11 = 1``);
  ``name = e`` typed with no call is the claim ``name = e`` (``g1 = vector(QQ, [1, 0, 1])``, ``K = matrix(QQ,
  [[8, 12], …])``); a lambda or function whose body differentiates (``g = lambda p: vector([f.diff(t)…])``) or
  whose name says gradient (``grad(p) = …``, ``def grad(p):``) is the gradient, so ``g(1)`` prints ∇f(1);
* ``f.diff(w)`` (``diff(f, w)``, ``derivative(f, w)``) is ∂f/∂w; ``[f.diff(t) for t in theta]`` one derivative per
  parameter; ``f.subs(vals)`` is f(x) at the parameters' values;
* ``K.eigenvalues()`` and ``K.charpoly().roots(…)`` are the eigenvalues λ_1, λ_2, …; ``K.charpoly()`` is
  det(λI − K) (Sage's variable ``x`` read as λ); ``K.det()``, ``K.trace()``, ``len(theta)`` the count;
* ``n(e, digits=6)``, ``N(e)``, ``e.n()`` and ``[n(l) for l in e]`` say e's result approximately (≈);
* ``K[0,0]`` is K_11 and ``J[0]`` ∇f(x_1) (Python's 0-based indices); ``g1*g2`` of two gradients is K_12;
  ``J*J.transpose()`` (``J*J.T``) is the kernel;
* otherwise the name says it (:func:`symntk.check.printed_values.kind_by_name`).

Nothing is evaluated; every pattern is anchored and bounded.
"""

from __future__ import annotations

import re

from .julia_output import comma_items
from .maple_claims import Session, by_kind, math, named_claims
from .printed_values import kind_by_name

_ASSIGN = re.compile(r"^([A-Za-z]\w{0,20})\s*(?:\(\s*([a-z]\w{0,5}(?:\s*,\s*[a-z]\w{0,5}){0,8})\s*\))?\s*=(?!=)"
                     r"\s*(.{1,1500})$", re.S)
_APPROX = re.compile(r"^(?:n|N|numerical_approx|RR|RDF)\s*\((.{1,1500}?)(?:,\s*(?:digits|prec)\s*=\s*\d{1,3})?\)$",
                     re.S)
_APPROX_METHOD = re.compile(r"^(.{1,1500}?)\.(?:n|numerical_approx)\(\s*(?:(?:digits|prec)\s*=\s*\d{1,3})?\s*\)$",
                            re.S)
_EACH = re.compile(r"^\[\s*(?:n|N|numerical_approx|RR)\s*\(\s*([a-z]\w{0,5})\s*(?:,\s*(?:digits|prec)\s*=\s*"
                   r"\d{1,3})?\s*\)\s+for\s+\1\s+in\s+(.{1,1500})\]$", re.S)
_METHOD = re.compile(r"^([A-Za-z]\w{0,20})\.(eigenvalues|eigenvals|charpoly|characteristic_polynomial|det|"
                     r"determinant|trace)\(\s*(?:['\"]?\w{0,6}['\"]?)?\s*\)$")
_ROOTS = re.compile(r"^([A-Za-z]\w{0,20})\.(?:charpoly|characteristic_polynomial)\(\s*(?:['\"]?\w{0,6}['\"]?)?\s*\)"
                    r"\.(?:roots|real_roots)\([^()]{0,80}\)$")
_FUNC = re.compile(r"^(det|trace|len)\s*\(\s*([A-Za-z]\w{0,20})\s*\)$")
_DIFF = re.compile(r"^(?:([A-Za-z]\w{0,5})\.(?:diff|derivative)\(\s*([A-Za-z]\w{0,20})\s*\)|"
                   r"(?:diff|derivative)\(\s*([A-Za-z]\w{0,5})\s*,\s*([A-Za-z]\w{0,20})\s*\))$")
_DIFF_LIST = re.compile(r"^(?:vector\(\s*)?\[\s*(?:([A-Za-z]\w{0,5})\.(?:diff|derivative)\(\s*([a-z]\w{0,5})\s*\)|"
                        r"(?:diff|derivative)\(\s*([A-Za-z]\w{0,5})\s*,\s*([a-z]\w{0,5})\s*\))\s+for\s+(\w{1,5})"
                        r"\s+in\s+([A-Za-z]\w{0,20}|[\[(][\w\s,]{1,400}[\])])\s*\]\s*\)?$")
_CALL = re.compile(r"^([A-Za-z]\w{0,20})\(\s*(-?\d{1,12}(?:\.\d{1,12})?(?:/\d{1,6})?)\s*\)$")
_SUBS = re.compile(r"^([a-z]\w{0,5})\.subs\([^()]{0,600}\)$")
_ENTRY = re.compile(r"^([A-Za-z]\w{0,20})\[\s*(\d)\s*,\s*(\d)\s*\]$")
_ROW = re.compile(r"^([A-Za-z]\w{0,20})\[\s*(\d)\s*\]$")
_DOT = re.compile(r"^([A-Za-z]\w{0,8}?)_?(\d)\s*\*\s*\1_?(\d)$"
                  r"|^([A-Za-z]\w{0,8}?)_?(\d)\.dot_product\(\s*\4_?(\d)\s*\)$")
_GRAM = re.compile(r"^([A-Za-z]\w{0,6})\s*\*\s*\1\.(?:transpose\(\)|T)$"
                   r"|^([A-Za-z]\w{0,6})\.transpose\(\)\s*\*\s*\2$")
_WRAPPED = re.compile(r"^(?:vector|matrix)\(\s*(?:(?:QQ|ZZ|RR|RDF|SR|CDF|QQbar)\s*,\s*)?(\[.{0,1500}\])\s*\)$",
                      re.S)
_LAMBDA = re.compile(r"^lambda\s+[a-z]\w{0,5}(?:\s*,\s*[a-z]\w{0,5}){0,8}\s*:\s*(.{1,1500})$", re.S)
_GRADIENT = re.compile(r"^(?:grad\w{0,8}|g|G|dF|df|nabla\w{0,4}|gradient)$")
_VALUE_PAIR = re.compile(r"(?<![\w.])([A-Za-z]\w{0,20})\s*[:=]\s*(-?\d{1,12}(?:\.\d{1,12})?(?:/\d{1,6})?)(?=\s*[,)}])")
_DICT = re.compile(r"^\{[\w\s:,.\-/]{1,1500}\}$")
_SUBS_ARGS = re.compile(r"\.subs\(([^()]{1,600})\)")
_SHOW = re.compile(r"^(?:print|show|pretty_print|view)\s*\((.{1,1500})\)$", re.S)
_FLAT = re.compile(r"^matrix\(\s*(?:(?:QQ|ZZ|RR|RDF|SR|CDF)\s*,\s*)?([1-9])\s*,\s*(?:([1-9])\s*,\s*)?"
                   r"\[\s*(-?[\d./]{1,20}(?:\s*,\s*-?[\d./]{1,20}){0,80})\s*\]\s*\)$")
_ARITHMETIC = re.compile(r"^[\d\s.+\-*/^()]{0,200}(?:sqrt\([\d\s.+\-*/^]{1,60}\)[\d\s.+\-*/^()]{0,200}){0,4}$")
_NUMBER = re.compile(r"^-?\d{1,20}(?:\.\d{0,20})?(?:e-?\d{1,3})?(?:/\d{1,20})?$")
_NUMERIC = re.compile(r"^[\d\s.+\-/,\[\]()]{1,1500}$")
_EXPRESSION = re.compile(r"^[\w\s.+\-*/^()]{1,1500}$")
_NAME = re.compile(r"^[A-Za-z]\w{0,20}$")
_THETA = re.compile(r"^(?:theta|Theta|th|params?|pars|parameters)\d?$")


def values_given(code: str) -> list[str]:
    """The parameter values a statement gives (``vals = {w11: 1, …}``, ``.subs(w11=1, …)``, not the input
    ``x``), as claims ``w11 = 1``."""
    found: list[str] = []
    assign = _ASSIGN.match(code.strip())
    rhs = assign.group(3).strip() if assign and not assign.group(2) else ""
    pieces = [rhs] if _DICT.match(rhs) else []
    pieces += [m.group(1) for m in _SUBS_ARGS.finditer(code)]
    for piece in pieces:
        for m in _VALUE_PAIR.finditer(piece + ","):
            if m.group(1) != "x" and f"{m.group(1)} = {m.group(2)}" not in found:
                found.append(f"{m.group(1)} = {m.group(2)}")
    return found


def _vector(value: str) -> str:
    """Sage's printed vector ``(1, 0, 1)`` as a list ``[1, 0, 1]``; other values unchanged."""
    value = value.strip()
    if value.startswith("(") and value.endswith(")") and len(comma_items(value[1:-1])) > 1:
        return "[" + value[1:-1] + "]"
    return value


def _flat(rhs: str) -> str | None:
    """A matrix typed by its size and a flat list (``matrix(QQ, 2, [8, 12, 12, 19])``) as its rows ``[[8, 12],
    [12, 19]]``; None for anything else."""
    m = _FLAT.match(rhs)
    if not m:
        return None
    cells = [c.strip() for c in m.group(3).split(",")]
    rows = int(m.group(1))
    cols = int(m.group(2)) if m.group(2) else len(cells) // max(rows, 1)
    if rows < 1 or rows * cols != len(cells):
        return None
    return "[" + ", ".join("[" + ", ".join(cells[r * cols:(r + 1) * cols]) + "]" for r in range(rows)) + "]"


def _names(listed: str, session: Session) -> str | None:
    """The key of a list of parameter names: a name the session holds, or a literal ``(w, b, v)`` stored."""
    listed = listed.strip()
    if _NAME.match(listed):
        return listed if listed in session.lists or _THETA.match(listed) else None
    items = comma_items(listed[1:-1])
    if not items or not all(_NAME.match(t) for t in items):
        return None
    session.lists["(listed)"] = items
    return "(listed)"


def _subject(rhs: str, session: Session) -> tuple[str, str, bool] | None:
    """(kind, subject, approximate) of what ``rhs`` computes, or None when its call says nothing."""
    rhs, approx = rhs.strip(), False
    for _ in range(4):
        shown = _SHOW.match(rhs)
        if shown:   # print(K), show(K): what it shows
            rhs = shown.group(1).strip()
            continue
        m = _APPROX.match(rhs) or _APPROX_METHOD.match(rhs)
        if not m:
            break
        rhs, approx = m.group(1).strip(), True
    m = _EACH.match(rhs)
    if m:
        rhs, approx = m.group(2).strip(), True
    if m := _ROOTS.match(rhs):
        return "eigen", m.group(1), approx
    if m := _METHOD.match(rhs):
        kind = {"eigenvalues": "eigen", "eigenvals": "eigen", "charpoly": "charpoly", "determinant": "det",
                "characteristic_polynomial": "charpoly", "det": "det", "trace": "trace"}[m.group(2)]
        return kind, m.group(1), approx
    if m := _FUNC.match(rhs):
        if m.group(1) == "len":
            return ("count", m.group(2), approx) if m.group(2) in session.lists else None
        return m.group(1), m.group(2), approx
    if m := _DIFF.match(rhs):
        f, p = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return "derivative", rf"\partial {f}/\partial {p}", approx
    if m := _DIFF_LIST.match(rhs):
        f = m.group(1) or m.group(3)
        over = _names(m.group(6), session)
        return ("derivatives", f"{f}|{over}", approx) if over else None
    if (m := _CALL.match(rhs)) and m.group(1) in session.derivatives:
        return "gradient_at", f"{session.derivatives[m.group(1)]}@{m.group(2)}", approx
    if (m := _SUBS.match(rhs)) and m.group(1) in session.exprs and "x=" not in rhs.replace(" ", ""):
        return "function", f"{m.group(1)}(x)", approx
    if (m := _ENTRY.match(rhs)) and (kind_by_name(m.group(1)) or "").startswith("kernel"):
        return "entry", f"K_{{{int(m.group(2)) + 1}{int(m.group(3)) + 1}}}", approx
    if (m := _ROW.match(rhs)) and (kind_by_name(m.group(1)) or "").startswith("jacobian"):
        return "row", rf"\nabla_\theta f(x_{{{int(m.group(2)) + 1}}})", approx
    if (m := _DOT.match(rhs)) and "0" not in (m.group(2) or m.group(5)) + (m.group(3) or m.group(6)):
        base = m.group(1) or m.group(4)
        if (kind_by_name(base + "1") or "") == "gradient" or base in session.params:
            return "entry", f"K_{{{m.group(2) or m.group(5)}{m.group(3) or m.group(6)}}}", approx
    if _GRAM.match(rhs):
        return "name", "K", approx
    if _NAME.match(rhs):
        return "name", rhs, approx
    if _ARITHMETIC.match(rhs) and re.search(r"\d", rhs) and re.search(r"[+\-*/^]|sqrt", rhs):
        return "arithmetic", rhs, approx   # n(12 - sqrt(137)): the number it is
    return None


def claims(code: str, output: str | None, session: Session) -> list[str]:
    """The claims of one Sage statement ``code`` and its printed ``output`` (None when nothing was shown), as
    inline math texts; ``session`` is updated with what the statement defines."""
    code = code.strip()
    assign = _ASSIGN.match(code)
    name, args, rhs = (assign.group(1), assign.group(2), assign.group(3).strip()) if assign else (None, None, code)
    if code.startswith("var(") or rhs.startswith(("var(", "relu", "max(")):
        return []
    given = values_given(code)
    if given:
        session.params.update(g.split(" = ")[0] for g in given)
    if name and (args or _LAMBDA.match(rhs)):   # g = lambda p: …; grad(p) = …: a function
        body = _LAMBDA.match(rhs).group(1) if _LAMBDA.match(rhs) else rhs
        if ".diff(" in body or "diff(" in body or _GRADIENT.match(name):
            session.derivatives[name] = "f"
        return given
    if name is None and output is not None and len(comma_items(code)) > 1:   # a, b  →  (1, 2)
        exprs, shown = comma_items(code), output.strip()
        values = comma_items(shown[1:-1] if shown.startswith("(") and shown.endswith(")") else shown)
        if len(values) != len(exprs):
            return given
        if session.previous and session.previous[0] == "eigen" and all(_APPROX.match(e) for e in exprs) \
                and all((_subject(e, session) or ("",))[0] == "arithmetic" for e in exprs):
            # n(12 - sqrt(137)), n(12 + sqrt(137)) after the eigenvalues: the eigenvalues again
            return given + by_kind("eigen", session.previous[1], _vector(output), True, session)
        return given + [c for e, v in zip(exprs, values) for c in claims(e, v, session)]
    if name and _DICT.match(rhs):
        return given
    listed = comma_items(rhs[1:-1]) if rhs[:1] in "[(" and rhs[-1:] in "])" else []
    if name and len(listed) > 1 and all(_NAME.match(t) for t in listed) and kind_by_name(name) is None:
        session.lists[name] = listed
        session.params.update(listed)
        if _THETA.match(name):
            session.theta = listed
            return given + [rf"\theta = ({', '.join(listed)})"]
        return given
    subject = _subject(rhs, session)
    if subject is not None and output is not None:
        kind, what, approx = subject
        value = _vector(output)
        session.previous = (kind, what)
        if kind == "charpoly":   # Sage's charpoly is det(xI − K): read as det(λI − K), its one variable as λ
            letters = set(re.findall(r"[A-Za-z]\w{0,8}", value))
            if len(letters) == 1:
                value = re.sub(rf"\b{letters.pop()}\b", "lambda", value)
            return given + [rf"\det(\lambda I - K) = {math(value)}"]
        if kind == "eigen" and value.startswith("[(") and value.endswith(")]"):   # roots with multiplicities
            value = "[" + ", ".join(comma_items(v.strip()[1:-1])[0] for v in comma_items(value[1:-1])) + "]"
        if kind == "name":
            return given + named_claims(what if not name or kind_by_name(what) else name, value, approx, session)
        if kind == "arithmetic":
            sign = r"\approx" if approx or re.search(r"\d\.\d", value) else "="
            return given + ([f"{math(what)} {sign} {value}"] if _NUMBER.match(value) else [])
        if kind in ("entry", "row"):
            sign = r"\approx" if approx or re.search(r"\d\.\d", value) else "="
            return given + [f"{what} {sign} {value}"]
        return given + by_kind(kind, what, value, approx, session)
    if subject is not None and subject[0] == "derivatives" and name:
        session.derivatives[name] = subject[1].partition("|")[0]
    if name is None or subject is not None:
        return given
    literal = _WRAPPED.match(rhs).group(1) if _WRAPPED.match(rhs) else _flat(rhs) or rhs
    if _NUMERIC.match(literal) and literal.startswith("["):
        session.params.add(name)   # a vector typed in: g1 = vector(QQ, [1, 0, 1])
        return given + named_claims(name, literal, False, session)
    if name and re.fullmatch(r"[a-z]\d?", name) and re.search(r"\bx\b", rhs) and _EXPRESSION.match(rhs):
        session.exprs.add(name)   # f = w21*(w11*x + b11) + …: the network
        return given + [f"{name}(x) = {rhs}"]
    if _NUMERIC.match(literal) and kind_by_name(name):
        return given + named_claims(name, literal, False, session)
    return given

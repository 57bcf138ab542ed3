"""R expressions that build the checker's quantities from the learner's own values (for :mod:`.r_console`).

* ``rbind(g1, g2)`` of gradients, ``t(sapply(c(0, 1, 2), gr))`` and ``do.call(rbind, lapply(xs, gr))`` of a
  gradient function (one row per point) → the Jacobian J;
* ``grad(1)``, a gradient function called at one input value → ∇θ f(1) (printed as ``[1] 1 0 1 …``);
* ``sum(g1 * g2)``, ``sum(g1^2)``, ``crossprod(g1, g2)``, ``g1 %*% g2`` of gradients named by their datapoints → the
  kernel's entry K₁₂ (K₁₁);
* ``crossprod(G)`` and ``t(G) %*% G`` of a literal G → the kernel, G's columns being the gradients (J = Gᵀ);
* ``10 + c(1, -1) * sqrt(58)`` and ``(19 + c(1, -1) * sqrt(337)) / 2``, the two roots of the characteristic
  polynomial at once → λ = 10 ± √58.

Every pattern is linear and anchored; sizes are bounded (``MAX_TEXT``).
"""

from __future__ import annotations

import re

from .printed_values import NUMBER
from .r_literals import call_args

MAX_TEXT = 200
_NAME = r"[A-Za-z][\w.]{0,20}"
GRADIENT_FUNCTION = re.compile(r"^(?:g|gr|grad\w{0,20}|gradient\w{0,20}|gradf|dfdtheta|nabla\w{0,20})$")
_CALL_AT = re.compile(rf"^({_NAME})\s*\(\s*({NUMBER})\s*\)$")
_APPLY = re.compile(rf"^(?:t\s*\(\s*sapply\s*\(|do\.call\s*\(\s*rbind\s*,\s*lapply\s*\()(.{{1,{MAX_TEXT}}}?),\s*"
                    rf"({_NAME})\s*\)\s*\)$")
_COLUMN_GRAM = (re.compile(rf"^crossprod\s*\(\s*({_NAME})\s*\)$"),
                re.compile(rf"^t\s*\(\s*({_NAME})\s*\)\s*%\*%\s*({_NAME})$"))
_PLUS_MINUS = re.compile(r"\bc\s*\(\s*(?:1\s*,\s*-\s*1|-\s*1\s*,\s*1)\s*\)\s*\*\s*")
_ARITHMETIC = re.compile(r"^[\d.\s+\-*/()^]*$")
_SQRT = re.compile(r"sqrt\s*\(([^()]{1,60})\)")


def is_gradient_function(name: str, kind: str | None) -> bool:
    """Whether ``name`` (assigned ``function(…)``, kind ``"function"``) is a gradient function by its name."""
    return kind == "function" and bool(GRADIENT_FUNCTION.match(name))


def built_kind(expr: str, names: dict[str, str | None]) -> str | None:
    """The kind of what ``expr`` builds from the learner's names (see the module doc): ``"jacobian"``,
    ``"gradient@(1)"`` (∇θ f at the input value 1), or None."""
    expr = expr.strip()
    if len(expr) > MAX_TEXT:
        return None
    at = _CALL_AT.match(expr)
    if at and names.get(at.group(1)) == "function":
        return f"gradient@({at.group(2)})"
    rows = call_args(expr, "rbind")
    if rows is not None and len(rows) > 1:
        kinds = [names.get(a) if re.match(rf"^{_NAME}$", a) else built_kind(a, names) for a in rows]
        return "jacobian" if all(k is not None and k.startswith("gradient") for k in kinds) else None
    entry = _inner_product(expr, names)
    if entry is not None:
        return entry
    applied = _APPLY.match(expr)
    if applied and names.get(applied.group(2)) == "function":
        return "jacobian"
    return None


_PRODUCT = (re.compile(rf"^sum\s*\(\s*({_NAME})\s*\*\s*({_NAME})\s*\)$"),
            re.compile(rf"^sum\s*\(\s*({_NAME})\s*\^\s*2\s*\)$"),
            re.compile(rf"^(?:crossprod\s*\(\s*({_NAME})\s*,\s*({_NAME})\s*\)|({_NAME})\s*%\*%\s*({_NAME}))$"))


def _inner_product(expr: str, names: dict[str, str | None]) -> str | None:
    """``sum(g1 * g2)``, ``sum(g1^2)``, ``crossprod(g1, g2)``, ``g1 %*% g2`` of two gradients named by their
    datapoints → ``"entry@12"`` (the kernel's entry K₁₂), else None."""
    for pattern in _PRODUCT:
        m = pattern.match(expr)
        if m:
            pair = [g for g in m.groups() if g]
            pair = pair * 2 if len(pair) == 1 else pair
            points = [re.search(r"([1-9])$", n) for n in pair]
            if all(names.get(n) == "gradient" for n in pair) and all(points):
                return "entry@" + "".join(p.group(1) for p in points)
    return None


def column_gram(expr: str) -> str | None:
    """The name G of ``crossprod(G)`` or ``t(G) %*% G`` (the Gram matrix of G's columns), else None."""
    for pattern in _COLUMN_GRAM:
        m = pattern.match(expr.strip())
        if m and (m.lastindex == 1 or m.group(1) == m.group(2)):
            return m.group(1)
    return None


def plus_minus_roots(expr: str) -> str | None:
    """``10 + c(1, -1) * sqrt(58)`` → ``\\lambda = 10 \\pm \\sqrt{58}`` (numbers, + − * / ^ and sqrt only),
    else None."""
    expr = expr.strip()
    if len(expr) > MAX_TEXT or len(_PLUS_MINUS.findall(expr)) != 1:
        return None
    text = re.sub(r"\+\s*$", "", _PLUS_MINUS.sub("PM", expr).replace("+ PM", "PM ").replace("+PM", "PM "))
    bare = _SQRT.sub(lambda m: f"({m.group(1)})", text).replace("PM", "")
    if "PM" not in text or not _ARITHMETIC.match(bare):
        return None
    latex = _SQRT.sub(lambda m: "\\sqrt{" + m.group(1).strip() + "}", text)
    return "\\lambda = " + latex.replace("PM", " \\pm ").replace("*", " \\cdot ")


def row_gram(expr: str) -> str | None:
    """``rbind(g1, g2)`` of ``rbind(g1, g2) %*% cbind(g1, g2)`` (the Gram matrix of the rows), else None."""
    parts = expr.split("%*%")
    if len(parts) != 2 or len(expr) > MAX_TEXT:
        return None
    left, right = (p.strip() for p in parts)
    rows, columns = call_args(left, "rbind"), call_args(right, "cbind")
    return left if rows is not None and rows == columns else None


_THETA = re.compile(r"^(?:th|theta|params?|th0|theta0|par)$")
_F_OF_THETA = re.compile(rf"^function\s*\(\s*({_NAME})\s*,\s*x\s*\)\s*(.{{1,{MAX_TEXT}}})$", re.S)
_ENTRY = re.compile(r"\[\s*(\d{1,2})\s*\]")
_FUNCTIONS = {"sig": "\\sigma", "sigmoid": "\\sigma", "sigma": "\\sigma", "logistic": "\\sigma", "tanh": "\\tanh",
              "exp": "\\exp", "relu": "\\mathrm{relu}"}
_TOKEN = re.compile(rf"\s*(?:({_NAME})|({NUMBER})|(\[\s*\d{{1,2}}\s*\])|([-+*/()^]))")


def theta_claim(name: str, rows) -> str | None:
    """``th <- c(2, -1, 1, 0)`` (a name of θ, one row of numbers) → ``\\theta = (2, -1, 1, 0)``, else None."""
    if not _THETA.match(name) or rows is None or len(rows) != 1 or len(rows[0]) < 2:
        return None
    return f"\\theta = ({', '.join(rows[0])})"


def theta_function(name: str, expr: str) -> str | None:
    """``f <- function(th, x) th[5]*(th[1]*x + th[3]) + th[7]`` → ``f(x) = \\theta_{5} (\\theta_{1} x + …``:
    the network written with θ's entries (numbers, x, + − * / ^, brackets and σ, tanh, exp, relu only)."""
    m = _F_OF_THETA.match(expr.strip()) if name == "f" else None
    if not m or not _THETA.match(m.group(1)):
        return None
    theta, body, out, pos = m.group(1), m.group(2).strip(), [], 0
    while pos < len(body):
        t = _TOKEN.match(body, pos)
        if not t or t.end() == pos:
            return None if body[pos:].strip() else "f(x) = " + "".join(out).strip()
        pos = t.end()
        word, num, entry, op = t.groups()
        if word == theta and (index := _ENTRY.match(body, pos)):
            out.append(f" \\theta_{{{index.group(1)}}}")
            pos = index.end()
        elif word == "x" or num:
            out.append(f" {word or num}")
        elif word in _FUNCTIONS and body[pos:pos + 1] == "(":
            out.append(f" {_FUNCTIONS[word]}")
        elif op:
            out.append(" " if op == "*" else f" {op}")
        else:
            return None
    return "f(x) = " + "".join(out).strip()

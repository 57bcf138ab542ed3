"""The learner's own names of the gradients inside inner products, dot products and norms: a name tied to
∇f(x_i) by a chain (``g_1 = \\nabla f(x_1) = (…)``, ``u := ∇_θ f(x_2)``, ``J_1 = \\nabla f(x_1)^T``), or a bold or
arrow gradient letter given vectors under two or more indices (``\\mathbf{g}_1 = (…)``, ``\\vec g_2 = (…)``).

``\\langle g_1, g_1 \\rangle``, ``\\|g_1\\|^2``, ``g_1^T g_2``, ``g_1 \\cdot g_2`` and the plain norm ``\\|g_1\\|`` then
read as the same products of ∇_θ f(x_i): a kernel entry (or the square root of one), judged against the true K and
carried from the learner's own gradients. The name is rewritten only inside such a product or norm; its definition
stays the learner's name (judged as theirs). Every pattern is linear (no nested repetition).
"""

from __future__ import annotations

import re

_DECO = r"\\(?:mathbf|boldsymbol|bm|vec|symbf|mathbold|overrightarrow|textbf)"
# a name: g, g_1, g_{1}, \mathbf{g}_1, \mathbf{g_1}, \vec g_1, \vec{g}_1 (groups: letter, index)
NAME = (r"(?<![A-Za-z\\])(?:" + _DECO + r"\s*\{\s*([A-Za-z])\s*(?:_\s*\{?\s*([1-9])\s*\}?)?\s*\}|" + _DECO +
        r"\s+([A-Za-z])|([A-Za-z]))(?:\s*_\s*\{?\s*([1-9])(?:\s*\})?)?(?![A-Za-z0-9(])")
_GRAD = (r"(?:\\nabla|∇)\s*(?:_\s*(?:\{[^{}]{0,30}\}|\\theta|θ|\\boldsymbol\s*\\theta))?\s*f\s*\(\s*"
         r"(?:x_\s*\{?\s*([1-9])\s*\}?|x\^\s*\{\s*\(\s*([1-9])\s*\)\s*\}|x([1-9]))\s*\)")
_T = r"(?:\s*\^\s*\{?\s*(?:T|\\top|\\intercal|\\mathsf\{T\}|\\mathrm\{T\}|\\prime|')\s*\}?)"
_IS = r"\s*(?::=|\\coloneqq|\\equiv|=)\s*"
_NAME_THEN_GRAD = re.compile(NAME + _T + "?" + _IS + _GRAD)
_GRAD_THEN_NAME = re.compile(_GRAD + _T + "?" + _IS + NAME + _T + r"?\s*(?:=|$|[,;.]?\s*\$)")
_BOLD_GIVEN = re.compile(r"(?<![A-Za-z\\])(?:" + _DECO + r"\s*\{\s*([gGJ])\s*(?:_\s*\{?\s*([1-9])\s*\}?)?\s*\}|" +
                         _DECO + r"\s+([gGJ]))(?:\s*_\s*\{?\s*([1-9])\s*\}?)?" + _IS +
                         r"(?:\(|\[|\\left|\\begin)")
# letters that name something else (input, output, kernel, layer, θ …) when bare
_RESERVED = set("xyfKWbeIPNnkijlLT")
_OPEN = r"(?:\\left\s*)?(?:\\\||‖|\\lVert|\\Vert)"
_CLOSE = r"(?:\\right\s*)?(?:\\\||‖|\\rVert|\\Vert)"


def _key(m: re.Match, at: int = 1) -> tuple[str, str]:
    """(letter, index or "") of a :data:`NAME` match whose groups start at ``at``."""
    g = [m.group(at + n) for n in range(5)]
    return (g[0] or g[2] or g[3], g[1] or g[4] or "")


def _point(m: re.Match, at: int) -> str:
    return m.group(at) or m.group(at + 1) or m.group(at + 2)


def tied_names(text: str) -> dict[tuple[str, str], str]:
    """(letter, index) → the datapoint i of ∇f(x_i) the notes tie the name to; a name tied to two datapoints, or a
    bare reserved letter (x, f, K, …), is left out."""
    ties: dict[tuple[str, str], set[str]] = {}
    for m in _NAME_THEN_GRAD.finditer(text):
        ties.setdefault(_key(m), set()).add(_point(m, 6))
    for m in _GRAD_THEN_NAME.finditer(text):
        ties.setdefault(_key(m, 4), set()).add(_point(m, 1))
    given: dict[str, set[str]] = {}
    for m in _BOLD_GIVEN.finditer(text):
        index = m.group(2) or m.group(4)
        if index:
            given.setdefault(m.group(1) or m.group(3), set()).add(index)
    for letter, seen in given.items():
        if len(seen) >= 2:
            for index in seen:
                ties.setdefault((letter, index), set()).add(index)
    return {name: next(iter(points)) for name, points in ties.items()
            if len(points) == 1 and not (not name[1] and name[0] in _RESERVED)}


def _grad(point: str) -> str:
    return f"\\nabla_\\theta f(x_{{{point}}})"


def tied_products(text: str, ties: dict[tuple[str, str], str]) -> str:
    """``text`` with each tied name (see :func:`tied_names`) inside ⟨a, b⟩, a^T b, a · b or a norm ‖a‖ written as
    the gradient ∇_θ f(x_i) it names."""
    if not ties:
        return text

    def name(m: re.Match) -> str:
        point = ties.get(_key(m))
        return _grad(point) if point else m.group(0)

    def inner(m: re.Match) -> str:
        a, b = m.group(2), m.group(3)
        if not (_only_name(a, ties) or _only_name(b, ties)):
            return m.group(0)
        return f"{m.group(1)} {_named(a, ties)}, {_named(b, ties)} {m.group(4)}"

    text = re.sub(r"(\\langle|⟨)\s*([^,$\n]{1,60}?)\s*,\s*([^,$\n]{1,60}?)\s*(\\rangle|⟩)", inner, text)
    text = re.sub("(" + _OPEN + r")\s*(" + NAME[len("(?<![A-Za-z\\\\])"):] + r")\s*(" + _CLOSE + ")",
                  lambda m: m.group(1) + _named(m.group(2), ties) + m.group(8) if _only_name(m.group(2), ties)
                  else m.group(0), text)
    pair = re.compile(NAME + r"(" + _T + r"\s*|\s*(?:\\cdot|·|\\bullet|\\circ)\s*)" + NAME)

    def product(m: re.Match) -> str:
        first, second = ties.get(_key(m)), ties.get(_key(m, 7))
        if not (first and second):
            return m.group(0)
        op = m.group(6).strip()
        return f"{_grad(first)}{op} {_grad(second)}" if op.startswith("^") else \
            f"{_grad(first)} \\cdot {_grad(second)}"
    return pair.sub(product, text)


def _only_name(written: str, ties) -> bool:
    m = re.fullmatch(NAME, written.strip())
    return bool(m) and _key(m) in ties


def _named(written: str, ties) -> str:
    m = re.fullmatch(NAME, written.strip())
    return _grad(ties[_key(m)]) if m and _key(m) in ties else written.strip()

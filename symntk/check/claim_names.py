"""Names of what each claim is about, for the report's rows: h₁, h₁(x₁), f(x₁), ∇θ f(x₁), b⁽¹⁾₁, W⁽¹⁾₁₁.

A claim's judge names the quantities it knows (a derivative names its parameter); what is left unnamed (a
learner's own name, a unit at a datapoint, a formula equal to a value, a count of the parameters) is named
here from the claim's first member. Parameters carry the problem's names: a vector entry has one index
(``b⁽¹⁾₁``), a scalar output bias none (``b⁽²⁾``), a weight two (``W⁽¹⁾₁₁``, with a comma past 9).
"""

from __future__ import annotations

import re

from .. import notation
from .nodes import Frac, Func, Group, Num, Op, Partial, Sqrt, Sym, Tuple

_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_SUP = str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾")
_GREEK = {"lambda": "λ", "theta": "θ", "sigma": "σ", "delta": "δ", "varphi": "φ", "phi": "φ", "Delta": "Δ",
          "alpha": "α", "beta": "β", "gamma": "γ", "mu": "μ", "eta": "η", "Theta": "Θ", "nabla": "∇"}
_OPS = {"add": " + ", "sub": " − ", "mul": " · ", "div": "/", "juxt": ""}
COUNT_WORDS = re.compile(r"stik|param|fjöld|number of|count|antal|anzahl|tham số|파라미터|पैरामीटर", re.I)


def parameter_names(symbol, widths) -> tuple[str, str]:
    """(LaTeX, unicode) of a parameter by the problem's names: b_{i}^{[l]} (b^{[l]} when layer l has one
    unit), W_{ij}^{[l]} (W^{[l]} when it is 1 × 1)."""
    ref = notation.lookup(symbol)
    if ref is None or ref.kind == "x":
        return notation.symbol_latex(symbol), notation.symbol_unicode(symbol)
    sup = f"({ref.layer})".translate(_SUP)
    if ref.kind == "b":
        if widths[ref.layer] == 1:
            return f"b^{{[{ref.layer}]}}", f"b{sup}"
        return f"b_{{{ref.i}}}^{{[{ref.layer}]}}", f"b{sup}{str(ref.i).translate(_SUB)}"
    if widths[ref.layer] == 1 and widths[ref.layer - 1] == 1:
        return f"W^{{[{ref.layer}]}}", f"W{sup}"
    sep = "," if max(ref.i, ref.j) > 9 else ""
    return (f"W_{{{ref.i}{sep}{ref.j}}}^{{[{ref.layer}]}}",
            f"W{sup}{str(ref.i).translate(_SUB)}{sep}{str(ref.j).translate(_SUB)}")


_SUPER_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉", "01234567890123456789")
_ENGINE_UNICODE = re.compile(r"([Wb])⁽([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾([₀-₉]{1,4}),([₀-₉]{1,4})")
_ENGINE_LATEX = re.compile(r"([Wb])_\{(\d{1,4}),(\d{1,4})\}\^\{\[(\d{1,3})\]\}")


def problem_names(text: str, widths, latex: bool) -> str:
    """Engine math (``b⁽²⁾₁,₁``, ``b_{1,1}^{[2]}``) with its parameters by the problem's names
    (:func:`parameter_names`: ``b⁽²⁾``, ``b^{[2]}``); ``widths`` None leaves it as it is."""
    from .. import notation

    if not widths:
        return text

    def named(kind: str, layer: int, i: int, j: int) -> str:
        if layer >= len(widths) or (kind == "b" and j != 1):
            return ""
        symbol = notation.weight(layer, i, j) if kind == "W" else notation.bias(layer, i)
        return parameter_names(symbol, widths)[0 if latex else 1]

    if latex:
        return _ENGINE_LATEX.sub(lambda m: named(m.group(1), int(m.group(4)), int(m.group(2)), int(m.group(3)))
                                 or m.group(0), text)
    return _ENGINE_UNICODE.sub(lambda m: named(m.group(1), *(int(g.translate(_SUPER_DIGITS)) for g in m.groups()[1:]))
                               or m.group(0), text)


def node_text(node, depth: int = 0) -> str:
    """A syntax node in unicode, as a row's name (``h₁``, ``√697``, ``σ′(z₁)``); deep or unusual parts as …."""
    if depth > 12:
        return "…"
    if isinstance(node, Num):
        return node.text
    if isinstance(node, Sym):
        subs = "".join(node_text(s, depth + 1) for s in node.sub)
        sub = subs.translate(_SUB) if subs.isdigit() else (f"_{subs}" if subs else "")
        layer = f"({node.layer})".translate(_SUP) if node.layer is not None else ""
        return _GREEK.get(node.name, node.name) + layer + sub + "′" * node.primes
    if isinstance(node, Func):
        return _GREEK.get(node.name, node.name) + "′" * node.primes
    if isinstance(node, Op):
        parts = [node_text(a, depth + 1) for a in node.args]
        if node.op == "neg":
            return "−" + parts[0]
        if node.op == "pow" and len(parts) == 2:
            return parts[0] + (parts[1].translate(_SUP) if parts[1].isdigit() else "^" + parts[1])
        if node.op == "transpose":
            return parts[0] + "ᵀ"
        joiner = _OPS.get(node.op, " ")
        if node.op == "juxt" and parts and not isinstance(node.args[0], Func):
            joiner = " "
        return joiner.join(parts)
    if isinstance(node, Group):
        return "(" + ", ".join(node_text(i, depth + 1) for i in node.items) + ")"
    if isinstance(node, Tuple):
        return ", ".join(node_text(i, depth + 1) for i in node.items)
    if isinstance(node, Sqrt):
        return "√" + node_text(node.inner, depth + 1)
    if isinstance(node, Frac):
        return f"{node_text(node.numerator, depth + 1)}/{node_text(node.denominator, depth + 1)}"
    if isinstance(node, Partial):
        top = node_text(node.numerator, depth + 1) if node.numerator is not None else ""
        return f"∂{top}/∂{node_text(node.denominator, depth + 1)}"
    return "…"


def _at(point) -> str:
    return f"(x{str(point).translate(_SUB)})" if point else ""


def name(j, claim, world, line_text: str = "") -> None:
    """Fill ``j.label`` (unicode) and ``j.about`` (a word of the report's language) where the judge left the
    row unnamed; a gradient or value of f at a datapoint is named with it (``∇θ f(x₁)``, ``f(x₂)``)."""
    point = getattr(claim, "point", None)
    if j.kind in ("gradient_vector", "output_value") and point and j.label in ("∇θ f", "f"):
        j.label += _at(point)
        j.target = (r"\nabla_\theta f" if j.kind == "gradient_vector" else "f") + f"(x_{{{point}}})"
    if j.kind == "parameter_count" or (j.kind == "equality" and COUNT_WORDS.search(line_text) and
                                       getattr(j.value, "is_Integer", False) and j.value == world.P):
        j.about = "count"
        return
    if j.label:
        return
    if j.kind in ("unit", "definition") and getattr(claim, "name", None) is not None:
        from .judge_values import _point_in_context

        at = point if point is not None else (_point_in_context(claim, world) if j.kind == "unit" else None)
        j.label = node_text(claim.name) + _at(at)
    elif getattr(claim, "left", None) is not None:
        j.label = node_text(claim.left)

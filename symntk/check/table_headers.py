"""What a table's header names: a datapoint (by its name, or by its value among the datapoints the notes
define), a derivative of f, a whole gradient, a formula column, or a quantity it defines (for
:mod:`symntk.check.tables`)."""

from __future__ import annotations

import re
from fractions import Fraction

from .evaluation_bars import bar_point

# "at" a datapoint before it in a column's header, in the learners' languages (tại, ở: Vietnamese)
AT = r"at|bei|an|für|í|à|tại|ở"

_POINT = re.compile(r"^(?:(?:in|" + AT + r")(?![^\W\d_]))?\s*x\s*(?:_?\{?(\d{1,2})\}?(?![\d.,])|"
                    r"\^\{?\((\d{1,2})\)\}?|([₁₂₃₄₅₆₇₈₉]))")


_POINT_WORD = re.compile(r"^(?:data\s*point|datapoint|point|punkt|punktur|datenpunkt|punto|ponto|i\s*=)\s*(\d{1,2})\b",
                         re.I)


_OUTPUT_AT = re.compile(r"^(?:f|y)_?\{?(\d)\}?\s*(?:at|bei|í|an|\()\s*(.{1,30}?)\)?$")


# a column of a whole gradient at a datapoint: ∇f(x_1), ∇_θ f_2(x_1), ∂f(x_1)/∂θ_k, \frac{\partial f(x_2)}{\partial θ},
# the differential df(x1), df(x^(2))
_GRADIENT_AT = re.compile(r"^(?:\\nabla|∇|\\[dt]?frac\s*\{\s*(?:∂|\\partial)|∂|\\partial|d(?=\s?f))[^()]{0,24}?f\s*"
                          r"(?:_\{?(\d)\}?)?\s*\(\s*x\s*(?:_?\{?(\d{1,2})\}?|\^\{?\((\d{1,2})\)\}?)\s*\)"
                          r"\s*(?:\}?\s*/?\s*\{?\s*(?:∂|\\partial)\s*(?:θ|\\theta)\s*"
                          r"(?:_\{?k\}?|ₖ)?\s*\}?)?$")


# a whole gradient's column at a datapoint said in words: ∂f/∂θ at x₁, ∇f @ x_2, gradient bei x = 1
_GRADIENT_SAID_AT = re.compile(r"^(.{1,40}?)\s+(?:" + AT + r"|@)\s+(.{1,30})$")


# a column of each row's derivative of one output, with no "/∂…": df1, ∂f_2, dy (the row names the parameter)
_DIFFERENTIAL = re.compile(r"^(?:d|∂|\\partial)\s?(?:f|y)\s?(?:_?\{?([1-9])\}?|([₁₂₃]))?$")


_CALL = re.compile(r"^(?:f|y|∇\s*f|\\nabla\s*f)\s*\(\s*([^()]{1,30}?)\s*\)$")


_AT_VALUE = re.compile(r"^(?:(?:" + AT + r")\s+(?:x\s*=\s*)?|x\s*=\s*)(.{1,30})$", re.I)   # at 1, at x = 1


_DERIVATIVE = re.compile(r"^(?:∂|\\partial|d)\s*(f|y)?\s*(?:_?\{?(\d)\}?|([₁₂₃]))?\s*/\s*(?:∂|\\partial|d)\s*"
                         r"(.{1,40})$")


_FRAC = re.compile(r"^\\[dt]?frac\s*\{\s*(?:∂|\\partial|d)\s*(f|y)?\s*(?:_\{?(\d)\}?)?\s*\}\s*\{\s*(?:∂|\\partial|d)\s*"
                   r"(.{1,40})\}$")


GRADIENT = re.compile(r"^(?:\\nabla|∇)\s*(?:_\{?\\?(?:theta|θ)\}?)?\s*(f|y)\s*(?:_?\{?(\d)\}?|([₁₂₃]))?"
                       r"(?:\s*\(x\))?$|^grad(?:ient)?$", re.I)


_FORMULA_HEADERS = ("symbolic", "symbolisch", "formula", "formel", "formúla", "allgemein", "general", "almennt",
                    "derivative", "afleiða", "afleiður", "afleiðan", "ableitung", "derivada", "dérivée", "derivata",
                    "∂f/∂θ", "∂f/∂θ_k", "\\partial f/\\partial\\theta_k", "\\partial f/\\partial \\theta_k",
                    "\\partial f/\\partial\\theta", "∂f/∂θₖ", "df/dθ", "expression", "ausdruck", "đạo hàm",
                    "công thức", "derivált", "képlet", "미분", "편미분", "도함수", "공식", "अवकलज", "सूत्र",
                    "производная", "формула", "похідна", "вытворная", "производна", "извод",   # ru, uk, be, bg, sr
                    "مشتق", "فرمول", "عبارت", "مشتقة", "المشتقة", "الصيغة", "صيغة")   # fa, ur; ar


# words that make a header a formula column in any language of the family: "derivata simbolica", "valore in
# generale", "pochodna symboliczna", "wzór ogólny", "expresión simbólica", "formule générale"
_FORMULA_WORDS = frozenset(("symbolic", "symbolisch", "simbolica", "simbolico", "simbólica", "simbólico",
                            "symbolique", "symboliczna", "symboliczny", "formula", "formule", "fórmula", "formel",
                            "wzór", "espressione", "expresión", "expressão", "wyrażenie", "general", "generale",
                            "générale", "général", "geral", "ogólnie", "ogólny", "ogólna", "allgemein",
                            "символьно", "символьна", "символьная", "символьный", "формула", "вираз", "выражение",
                            "загально", "загальна", "загальний", "загальне", "общая", "общий", "общее", "общем",
                            "نمادین", "فرمول", "کلی", "عمومی", "رمزية", "رمزي", "صيغة", "عامة", "عام"))


# a placeholder for "each parameter" in a formula column's header: ∂f/∂(·), \partial f/\partial(\cdot), ∂f/∂•
_PLACEHOLDER = re.compile(r"^\(?\s*(?:\\cdot|·|⋅|•|∙|\\bullet|\\square|□|\\ast|\*|\.)\s*\)?$")


_DATA = re.compile(r"(?<![A-Za-z\\])x\s*(?:_?\{?(\d{1,2})\}?|\^\{?\((\d{1,2})\)\}?)\s*=\s*"
                   r"(\(\s*[^()=]{1,40}\)|\[[^\[\]=]{1,40}\]|[-−]?\d{1,6}(?:[.,]\d{1,6})?(?!\d|,\d))")


SUBS = "₁₂₃₄₅₆₇₈₉"
_BAR_POINT = re.compile(r"_\s?\{\s?(?:x\s?=\s?)?\Z")   # the point under an evaluation bar, _{x = x_1}


def data_points(text: str) -> dict[tuple[Fraction, ...], int]:
    """The datapoints the notes define (``x_1 = 0``, ``x^{(2)} = (0, 1)^T``): their values → index."""
    out: dict[tuple[Fraction, ...], int] = {}
    for m in _DATA.finditer(text[:200_000]):
        head = m.group(0).split("=")[0]
        if head.count("}") > head.count("{") and _BAR_POINT.search(text, max(0, m.start() - 16), m.start()):
            continue   # f\Big|_{x=x_1} = (…): the value of f at x_1 (the bar's group closes before the =)
        value = point_numbers(m.group(3))
        if value is not None:
            out.setdefault(value, int(m.group(1) or m.group(2)))
    return out


def point_numbers(text: str) -> tuple[Fraction, ...] | None:
    """``(1, 0)^T``, ``[2, −1]``, ``0,5``, ``-1`` → the numbers, or None (a comma is a decimal comma only
    outside brackets and without a space after it)."""
    text = re.sub(r"\^\s*\{?(?:T|\\top)\}?|ᵀ", "", text.replace("−", "-").replace("{,}", ".").replace("\\ ", " "))
    text = text.strip()
    inner = text.strip("()[] ")
    if text[:1] in "([" or re.search(r",\s|;|\s", inner):
        parts = [p for p in re.split(r"[;,\s]+", inner) if p]
    else:
        parts = [inner.replace(",", ".")]
    try:
        return tuple(Fraction(p) for p in parts)
    except (ValueError, ZeroDivisionError):
        return None


def header_point(header: str, points: dict, by_value: bool = False) -> tuple[int | None, str] | None:
    """(output or None, ``x_{i}``) of a datapoint header, or None."""
    head = re.sub(r"\s*\([^()]{0,20}=[^()]{0,20}\)\s*$", "", header.strip())   # x_1 = 1 (h = 2): a note
    bar = bar_point(head)
    if bar is not None and (not bar[0] or whole_gradient(bar[0])):   # \Big|_{x = x_1}, ∂f/∂θ_k |_{x=0}
        inner = header_point(bar[1], points, True) or header_point("at " + bar[1], points, True)
        return ((derivative_of(bar[0]) or (None,))[0], inner[1]) if inner else None
    m = _OUTPUT_AT.match(head)
    if m:
        inner = header_point(m.group(2), points, True) or header_point("at " + m.group(2), points, True)
        return (int(m.group(1)), inner[1]) if inner else None
    m = _GRADIENT_AT.match(head)
    if m:
        return (int(m.group(1)) if m.group(1) else None), f"x_{{{m.group(2) or m.group(3)}}}"
    m = _GRADIENT_SAID_AT.match(head)
    if m and whole_gradient(m.group(1)):   # ∂f/∂θ at x₁, ∇f @ x_2, gradient at x = 1: a column of a gradient
        inner = header_point(m.group(2), points, True) or header_point("at " + m.group(2), points, True)
        output = (derivative_of(m.group(1).strip()) or (None,))[0]
        return (output, inner[1]) if inner else None
    m = _CALL.match(head)
    if m:   # f(0), ∇f(x_2): the network at a datapoint (by its value: f(1) is f at x = 1)
        return header_point(m.group(1), points, True)
    m = _POINT.match(head) or _POINT_WORD.match(head)
    if m:
        i = next(g for g in m.groups() if g)
        return None, f"x_{{{SUBS.index(i) + 1 if i in SUBS else i}}}"
    m = _AT_VALUE.match(head)
    if m and _POINT.match(m.group(1).strip()):
        return header_point(m.group(1).strip(), points)   # x = x_1, at x = x^{(2)}: the datapoint by its name
    value = m.group(1) if m else head if by_value else None
    if value is not None and points:
        numbers = point_numbers(value)
        if numbers in points:
            return None, f"x_{{{points[numbers]}}}"
    return None


def whole_gradient(quantity: str) -> bool:
    """``∂f/∂θ``, ``∂f_2/∂θ_k``, ``df/d(·)``, ``∇f``, ``grad``: the derivative of f by every parameter at once."""
    quantity = quantity.strip()
    derivative = derivative_of(quantity)
    if derivative is not None:
        return bool(re.fullmatch(r"(?:θ|\\theta)\s*(?:_\{?k\}?|ₖ)?", derivative[1])) or \
            bool(_PLACEHOLDER.match(derivative[1]))
    return bool(GRADIENT.match(quantity))


def header_defines(header: str) -> tuple[str, str | None]:
    """A header that defines its quantity (``z = W x + b``) → (``z``, the definition); else (header, None)."""
    depth, at = 0, None
    for n, ch in enumerate(header):
        depth += ch in "({[" and 1 or (-1 if ch in ")}]" else 0)
        if ch == "=" and depth == 0:
            at = n
            break
    if at is None or not header[:at].strip():
        return header, None
    return header[:at].strip(), header


def derivative_of(quantity: str) -> tuple[int | None, str] | None:
    """(output or None, parameter) of a header that is a derivative of f (or ``∂/∂P``: of f implied)."""
    m = _DERIVATIVE.match(quantity) or _FRAC.match(quantity)
    if m is None:
        m2 = re.match(r"^\\[dt]?frac\s*\{\s*(?:∂|\\partial)\s*\}\s*\{\s*(?:∂|\\partial)\s*(.{1,40})\}$", quantity)
        return (None, m2.group(1).strip()) if m2 else None
    groups = m.groups()
    sub = groups[1] or (str(SUBS.index(groups[2]) + 1) if len(groups) > 3 and groups[2] else None)
    return (int(sub) if sub else None), groups[-1].strip()


def f_name(output: int | None) -> str:
    return f"f_{{{output}}}" if output else "f"


def formula_column(column: str) -> bool:
    """A column of each row's derivative ∂f/∂parameter as a formula: ``symbolic``, ``∂f/∂θ_k``, ``∂f/∂(·)``."""
    if header_point(column, {}) is not None:   # ∂f/∂θ at x₁: the values at a datapoint, not formulas
        return False
    if column.lower().replace(" ", "") in {h.replace(" ", "") for h in _FORMULA_HEADERS} or _DIFFERENTIAL.match(column):
        return True
    if "=" not in column and _FORMULA_WORDS.intersection(re.findall(r"[^\W\d_]+", column.lower()[:80])):
        return True
    derivative = derivative_of(column)
    return bool(derivative) and ("θ" in column or "theta" in column or bool(_PLACEHOLDER.match(derivative[1])))


def column_output(column: str) -> int | None:
    """The output a formula column's header names (``∂f_2/∂θ_k``, ``df2``, ``∂f₁``), or None."""
    differential = _DIFFERENTIAL.match(column)
    if differential:
        o = differential.group(1) or (str(SUBS.index(differential.group(2)) + 1) if differential.group(2) else None)
        return int(o) if o else None
    return (derivative_of(column) or (None,))[0]


def header_definition(header: str) -> str | None:
    """A header that defines a unit or a derivative (``z = W x + b``, ``∂/∂W^{[1]} = δ^{[1]} x``) as a claim."""
    left, definition = header_defines(header)
    if definition is None or header_point(header, {}) is not None:
        return None
    derivative = derivative_of(left)
    if derivative is not None:
        return f"\\frac{{\\partial {f_name(derivative[0])}}}{{\\partial {derivative[1]}}} " + definition[len(left):]
    return definition if re.match(r"^[A-Za-z](?:_\{?\d\}?)?$", left) else None

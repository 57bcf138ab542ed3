"""Evaluation bars (``f\\Big|_{x = x_1}``): the normaliser's rows for a quantity evaluated at a point (data).

Learners mark "evaluated at" with a bar after the quantity in every size and spelling: ``|``,
``\\big|``, ``\\Big|``, ``\\bigg|``, ``\\Bigg|`` (also ``\\Bigr|``), ``\\right|`` after ``\\left.``, ``\\vert``,
``\\rvert`` and ``\\bigg\\rvert``, and ``\\|`` — the bar escaped inside a Markdown table, where a plain ``|``
would end the cell. The point below it is a datapoint ``x = x_1``, ``x_1``, ``x^{(2)}`` or a value
``x = 0``. Each row is (about, learners write, read as, pattern, replacement) as in
:class:`symntk.check.spelling_rules.Rule`:

* the output or its gradient, ``f``, ``f(x)``, ``f_2``, ``\\nabla f``, ``\\nabla_\\theta f``, at the point →
  ``\\nabla_\\theta f(x_1)``;
* the output or its gradient followed by "at" and a datapoint in ``\\text{…}`` (``\\nabla_\\theta f \\text{ at } x_1``,
  ``\\text{bei}``, ``\\text{en}``, ``\\text{í}``) → ``\\nabla_\\theta f(x_1)``;
* one derivative of the output, ``\\frac{\\partial f}{\\partial w_1}`` (``\\dfrac``, ``\\tfrac``, ``df``) →
  ``\\frac{\\partial f(x_1)}{\\partial w_1}``;
* a function of one variable at a value of that same variable, ``\\sigma'(z)\\Big|_{z = 0}`` → ``\\sigma'(0)``
  (not after a product or an operator), and its derivative ``\\frac{d}{dz}\\sigma(z)\\Big|_{z=0}`` → ``\\sigma'(0)``.

A bar standing alone (a table's column header ``\\Big|_{x = x_1}``: "the column at x_1") is a label, not a
claim: :func:`bar_label`. Every pattern is bounded and without nested repetition.
"""

from __future__ import annotations

import re

BAR = (r"(?:\\[,;:!]\s*){0,3}(?:\\(?:right|big|Big|bigg|Bigg)[lr]?\s*)?(?:\\\||\\r?vert(?![A-Za-z])|\|)\s*")
"""The bar itself, in any size and after a thin space: ``|``, ``\\Big|``, ``\\right|``, ``\\bigg\\rvert``,
``\\vert``, ``\\|``."""

_POINT = r"x_(?:\{\d{1,2}\}|\d)|x\^\{\(\d{1,2}\)\}|-?\d{1,6}(?:\.\d{1,6})?"
_AT = rf"_\s*\{{\s*(?:x\s*=\s*)?({_POINT})\s*\}}(?!\s*\^)"   # _{x = x_1}, _{x_1}, _{x=0} (not a range _{…}^{…})
_OPEN = r"(?:\\left\s*\.\s*|\\[bB]igg?l?\s*\.\s*)?"   # \left. or a sized null delimiter, \Big.
_OUTPUT = (r"((?:\\nabla\s*(?:_\s*(?:\\theta|\{\s*\\theta\s*\})\s*)?)?(?<![A-Za-z\\])f"
           r"(?:\s*_\s*(?:\{\s*\d\s*\}|\d))?)(?:\s*\(\s*x\s*\))?")
_DENOMINATOR = r"\{([^{}]{1,30}(?:\{[^{}]{0,12}\}[^{}]{0,12}){0,3})\}"
_VALUE = r"-?\d{1,6}(?:\.\d{1,6})?"

EVALUATION_RULES: tuple[tuple[str, str, str, str, str], ...] = (
    ("the output or its gradient at a point, with an evaluation bar in any size",
     r"\nabla_\theta f\Big|_{x = x_1} ; \left. \nabla_\theta f \right|_{x=x_1} ; \nabla_{\theta} f\bigg\rvert_{x_1} ; "
     r"\nabla_\theta f(x) \Bigg|_{x = x_1} ; \nabla_\theta f\vert_{x=x_1}",
     r"\nabla_\theta f(x_1)",
     _OPEN + _OUTPUT + r"\s*" + BAR + _AT, r"\1(\2)"),
    ("the output or its gradient at a point said in words inside math",
     r"\nabla_\theta f \text{ at } x_1 ; \nabla_\theta f\ \text{at}\ x = x_1 ; \nabla_\theta f \text{ bei } x_1",
     r"\nabla_\theta f(x_1)",
     _OUTPUT + r"\s*(?:\\[ ,;]\s*)?\\(?:text|mathrm|textrm|mbox)\s*\{\s*(?:at|bei|für|an|í|en|em|à|in|på|ved|w)\s*\}"
     r"\s*(?:\\[ ,;]\s*)?(?:x\s*=\s*)?(x_(?:\{\d{1,2}\}|\d)|x\^\{\(\d{1,2}\)\})(?![\w{^])", r"\1(\2)"),
    ("a derivative of the output at a point, with an evaluation bar in any size",
     r"\dfrac{\partial f}{\partial v_2}\Big|_{x = 1} ; \left.\frac{\partial f}{\partial v_2}\right\rvert_{x=1} ; "
     r"\frac{\partial f}{\partial v_2}\bigg\|_{x = 1}",
     r"\frac{\partial f(1)}{\partial v_2}",
     _OPEN + r"\\[dt]?frac\s*\{\s*(\\partial|d)\s*(f(?:\s*_\s*(?:\{\s*\d\s*\}|\d))?)\s*(?:\(\s*x\s*\))?\s*\}\s*"
     + _DENOMINATOR + r"\s*" + BAR + _AT, r"\\frac{\1 \2(\4)}{\3}"),
    ("the derivative of a function of one variable at a value of it, with an evaluation bar",
     r"\frac{d}{dz}\sigma(z)\Big|_{z=0} ; \dfrac{\partial}{\partial z} \tanh z \bigg\rvert_{z = 0}",
     r"\sigma'(0) ; \tanh'(0)",
     _OPEN + r"\\[dt]?frac\s*\{\s*(?:d|\\partial)\s*\}\s*\{\s*(?:d|\\partial)\s*([a-z])\s*\}\s*(\\?[A-Za-z]{1,8})\s*"
     r"(?:\(\s*\1\s*\)|\1(?![A-Za-z]))\s*" + BAR + rf"_\s*\{{\s*\1\s*=\s*({_VALUE})\s*\}}(?!\s*\^)", r"\2'(\3)"),
    ("a function of one variable at a value of it, with an evaluation bar",
     r"\sigma'(z)\Big|_{z=0} ; \left.\tanh'(u)\right|_{u = 1}", r"\sigma'(0) ; \tanh'(1)",
     # not after a product or an operator (W\sigma(z)|, \frac{d}{dz}\sigma(z)|: the bar is not the function's alone)
     r"(?<![}A-Za-z\\'])(?<![}A-Za-z]\s)" + _OPEN + r"(\\?[A-Za-z]{1,8}'{0,2})\s*\(\s*([a-z])\s*\)\s*" + BAR
     + rf"_\s*\{{\s*\2\s*=\s*({_VALUE})\s*\}}(?!\s*\^)", r"\1(\3)"),
)

_COMPILED = tuple((re.compile(pattern), replace) for _, _, _, pattern, replace in EVALUATION_RULES)


def at_bars(math: str) -> str:
    """The math with every evaluation bar these rows read written as the quantity at its point (the same rewriting
    the normaliser does, done before the datapoints' values are named: ``f\\Big|_{x=1}`` → ``f(1)`` → ``f(x_2)``)."""
    if "_" not in math:
        return math
    for pattern, replace in _COMPILED:
        math = pattern.sub(replace, math)
    return math

_LABEL = re.compile(rf"^\s*{_OPEN}{BAR}{_AT}\s*$")


def bar_label(math: str) -> str | None:
    """The point of a bar that stands alone (``\\Big|_{x = x_1}`` → ``x_1``, ``\\left.\\right|_{x=0}`` → ``0``),
    else None."""
    m = _LABEL.match(math)
    return m.group(1) if m else None


_AFTER = re.compile(rf"^\s*{_OPEN}(.{{0,60}}?)\s*{BAR}{_AT}\s*$")


def bar_point(header: str) -> tuple[str, str] | None:
    """(what stands before the bar, the point) of a header that ends in an evaluation bar
    (``\\frac{\\partial f}{\\partial \\theta_k}\\Big|_{x = x_1}`` → (``\\frac{…}{…}``, ``x_1``)), else None."""
    m = _AFTER.match(header)
    return (m.group(1).strip(), m.group(2)) if m else None

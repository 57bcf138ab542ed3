"""The learner's one-letter names of the gradients (``g_1 = (…)``, ``g_2 = (…)``) inside a kernel entry's formula.

A learner who writes ``g_1 = (1, 0, 1)`` and ``g_2 = (2, 0, 1)`` and then ``K_{12} = \\langle g_1, g_2 \\rangle``
(or ``g_1^\\top g_2``, ``g_1 \\cdot g_2``) means K_{12} = ⟨∇_θ f(x_1), ∇_θ f(x_2)⟩. Only such pairs are rewritten:
the definitions themselves are judged as the learner's names (:mod:`symntk.check.judge_values`). Where the letter is
given with its index (``g1 = [0, 1, 1, 1]``, glued or not), the same letter as a function of x set to a vector
(``g(x) = [x, 1, 2x+1, 1]``) is the gradient in general, ∇_θ f(x) (:func:`own_gradient_function`; g and G
only: a J may be one output's Jacobian).
"""

from __future__ import annotations

import re

LETTERS = "gGJ"   # g_i, G_i, J_i: the usual letters of the gradient at x_i (judge_values.GRADIENT_LETTERS)
# g_1 = (…), g(x_1) = […] (the gradient as a function of the datapoint, its index glued or not)
_DEFINED = re.compile(rf"(?<![A-Za-z\\])([{LETTERS}])(?:_\{{?([1-9])\}}?|\(\s{{0,3}}x_?\{{?([1-9])\}}?\s{{0,3}}\))"
                      r"\s{0,3}=\s{0,3}(?:\(|\[|\\left|\\begin)")
# g1 = [0, 1, 1, 1], g_2 = (…), g_1 = g(1) = (…): g's vectors under an index (glued or not); g(2) = (…): at a
# datapoint named by its value
_GIVEN = re.compile(r"(?<![A-Za-z\\])([gG])(?:_?\{?([1-9])\}?\s{0,3}=\s{0,3}"
                    r"(?:\1\s{0,2}\(\s{0,3}-?[0-9.,]{1,8}\s{0,3}\)\s{0,3}=\s{0,3})?"
                    r"|\(\s{0,3}(-?[0-9.]{1,8})\s{0,3}\)\s{0,3}=\s{0,3})(?:\(|\[|\\left|\\begin)")
# g(x) = [x, 1, 2x+1, 1]: the same letter as a function of x, set to a vector, is the gradient in general
_FUNCTION = r"(?<![A-Za-z\\]){c}\s{{0,3}}\(\s{{0,3}}x\s{{0,3}}\)(?=\s{{0,3}}=\s{{0,3}}(?:\(|\[|\\left|\\begin))"
_NAME = r"(?:_\{?([1-9])\}?(?![0-9A-Za-z({])|\(\s{0,3}x_?\{?([1-9])\}?\s{0,3}\))"   # g_1, g(x_1), g(x1)
_TRANSPOSE = r"(?:\^\s{0,3}\{?\s{0,3}(?:T|\\top|\\intercal|\\mathsf\{T\}|\\mathrm\{T\})\s{0,3}\}?)"


def _gradient(point: str) -> str:
    return f"\\nabla_\\theta f(x_{{{point}}})"


def gradient_letter(text: str) -> str | None:
    """The one letter of :data:`LETTERS` the notes give a vector under two or more indices (``g_1 = (…)``,
    ``g_2 = (…)``), or None."""
    given: dict[str, set[str]] = {}
    for m in _DEFINED.finditer(text):
        given.setdefault(m.group(1), set()).add(m.group(2) or m.group(3))
    letters = [c for c, seen in given.items() if len(seen) >= 2]
    return letters[0] if len(letters) == 1 else None


def own_gradient_pairs(text: str, c: str) -> str:
    """``\\langle g_i, g_j \\rangle``, ``g_i^\\top g_j``, ``g_i \\cdot g_j`` (or ``g(x_i)``; ``c`` = ``g``, from
    :func:`gradient_letter`) → the same with ∇_θ f(x_i), ∇_θ f(x_j)."""
    inner = re.compile(rf"\\langle\s{{0,3}}{c}{_NAME}\s{{0,3}},\s{{0,3}}{c}{_NAME}\s{{0,3}}\\rangle")
    text = inner.sub(lambda m: f"\\langle {_gradient(m.group(1) or m.group(2))}, "
                               f"{_gradient(m.group(3) or m.group(4))} \\rangle", text)
    product = re.compile(rf"(?<![A-Za-z\\]){c}{_NAME}\s{{0,3}}({_TRANSPOSE}\s{{0,3}}|\\cdot\s{{0,3}})"
                         rf"{c}{_NAME}")
    return product.sub(lambda m: f"{_gradient(m.group(1) or m.group(2))}{m.group(3).strip() or ' '} "
                                 f"{_gradient(m.group(4) or m.group(5))}", text)


def function_letter(text: str) -> str | None:
    """The one letter g or G the notes give a vector under two or more indices (``g1 = […]``, ``g_2 = (…)``) or
    at two or more datapoint values (``g(1) = (…)``, ``g(2) = (…)``)."""
    given: dict[str, set[str]] = {}
    for m in _GIVEN.finditer(text):
        given.setdefault(m.group(1), set()).add(m.group(2) or "=" + m.group(3))
    letters = [c for c, seen in given.items() if len(seen) >= 2]
    return letters[0] if len(letters) == 1 else None


def own_gradient_function(text: str, c: str) -> str:
    """``g(x) = [x, 1, 2x+1, 1]`` (``c`` = ``g``, from :func:`function_letter`) → ``\\nabla_\\theta f(x) = […]``."""
    return re.sub(_FUNCTION.format(c=re.escape(c)), lambda m: "\\nabla_\\theta f(x)", text)

"""The lines whose words say their formulas hold for a hidden unit that is on: ``Derivatives (for a unit that is
on):``, ``for an active unit``, ``(unit on)``, ``when it is active``, ``on the linear part``, ``for z > 0``.

A derivative written there with every φ′ of a ReLU-like activation left out (``∂f/∂w_{11} = v_1 x``) is the chain
rule with φ′(z) = 1, the slope of such an activation on its positive side: true for an active unit. Words on a
line that ends with ``:`` cover the lines after it up to the next blank line. Every pattern is an alternation of
fixed words or a bounded class: linear in the line.
"""

from __future__ import annotations

import re

import sympy

from .one_unit_words import _UNIT

_ON = r"(?:on|active|firing|live|positive|switched\s{1,3}on|aktiv|virk\w{0,3}|ativ[oa]|activ[oa]|attiv[oa]|actif)"
_IF = r"(?:for|when|whenever|if|where|while|wenn|für|fyrir|þegar|ef|pour|quand|si|para|cuando|per|quando)"
_ACTIVE = re.compile(
    rf"(?<![\w]){_IF}\s{{1,3}}(?:(?:an?|the|each|every|a\s{{1,3}}given|ein\w{{0,2}}|une?|um[a]?)\s{{1,3}})?"
    rf"(?:{_ON}\s{{1,3}}{_UNIT}|{_UNIT}\s{{1,3}}(?:(?:that|which|who)\s{{1,3}})?(?:is|are|ist|er)\s{{1,3}}{_ON})"
    rf"(?![\w])|"
    rf"\(\s{{0,2}}{_UNIT}\s{{1,3}}(?:(?:is|are)\s{{1,3}})?(?:on|active)\s{{0,2}}\)|"
    rf"(?<![\w]){_IF}\s{{1,3}}(?:it|they|the\s{{1,3}}{_UNIT})\s{{1,3}}(?:is|are)\s{{1,3}}{_ON}(?![\w])|"
    r"(?<![\w])(?:on\s{1,3}the\s{1,3}linear\s{1,3}(?:part|piece|side)|in\s{1,3}the\s{1,3}active\s{1,3}region)"
    r"(?![\w])|"
    rf"(?<![\w]){_IF}\s{{1,3}}\$?\s{{0,2}}z(?:_?\{{?\w{{1,3}}\}}?)?\s{{0,2}}>\s{{0,2}}0", re.I)


def active_lines(text: str) -> set[int]:
    """The numbers (1-based) of the lines of ``text`` whose words say their formulas are for a unit that is on,
    with the lines after such a line ending in ``:`` up to the next blank line."""
    found: set[int] = set()
    covering = False
    for i, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            covering = False
            continue
        if covering:
            found.add(i)
        if _ACTIVE.search(line):
            found.add(i)
            covering = line.rstrip().endswith(":")
    return found


def slope_one_when_on(activations) -> bool:
    """Whether every hidden activation has φ′(z) = 1 for z > 0 and is not linear (ReLU, leaky ReLU, ELU): then
    φ′ left out of the chain rule is the derivative for an active unit."""
    z = sympy.Symbol("z", positive=True)
    return bool(activations) and all(not a.is_linear and sympy.simplify(a.derivative(z) - 1) == 0
                                     for a in activations)

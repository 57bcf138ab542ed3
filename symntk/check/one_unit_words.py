"""The lines whose words single out one hidden unit: ``unit 2 is off``, ``the second node is dead``, ``eining 2
dauð``, ``seinni nóðan er dauð``, ``für Neuron 1``, ``une unité morte``.

An activation's slope written without its argument at a datapoint (``x_2 = 3: … relu' = 0``) is about one hidden
unit on such a line: right when some unit there has it. On a line without such words it is about every hidden unit
there (``x = 3: z = (3, −1), relu' = 1``, ``we are on the linear part``): wrong when one unit's slope differs
(:func:`symntk.check.unit_at_point.some_unit_at_point`). Every pattern is an alternation of fixed words or a
bounded class: linear in the line.
"""

from __future__ import annotations

import re

_UNIT = (r"(?:units?|neurons?|nodes?|neurone[ns]?|einheit(?:en)?|knoten|eining\w{0,3}|nóð\w{0,3}|nod\w{0,3}|"
         r"unidad(?:es)?|unidade[s]?|unità|unité[s]?|enhet\w{0,3}|eenhe(?:id|den)|jednostk\w{0,2}|neuron\w{0,3})")
_ORDINAL = (r"(?:first|second|third|1st|2nd|3rd|other|erste\w?|zweite\w?|dritte\w?|andere\w?|fyrri|seinni|fyrsta|"
            r"önnur|annar|hin\w{0,2}|premier|première|deuxième|seconde?|troisième|autre|primer[ao]?|segund[ao]|"
            r"tercer[ao]?|otr[ao]|prim[ao]|second[ao]|terz[ao]|altr[ao]|eerste|tweede|derde|andere|första|andra|"
            r"tredje|første|anden|andre|pierwsz\w{0,2}|drug\w{0,2}|one|eine\w?|un[ae]?|uno)")
_DEAD = (r"(?:dead|inactive|off|switched off|tot|aus|inaktiv|abgeschaltet|dauð\w{0,2}|óvirk\w{0,3}|slökkt|"
         r"muert[ao]s?|inactiv[ao]s?|apagad[ao]s?|mort[es]?|morte|éteinte?|inattiv[ao]|spent[ao]|mort[ao]|"
         r"död|død|dood|inactief|martw\w{0,2})")
ONE_UNIT = re.compile(rf"(?<![\w])(?:{_UNIT}\s{{0,2}}(?:_\s{{0,2}}\{{?\s{{0,2}})?[0-9₀-₉]|"
                      rf"{_ORDINAL}\s{{1,3}}(?:\w{{1,12}}\s{{1,3}})?{_UNIT}|{_UNIT}\s{{1,3}}{_ORDINAL}|{_DEAD})"
                      r"(?![\w])", re.I)


def one_unit_lines(text: str) -> set[int]:
    """The numbers (1-based) of the lines of ``text`` whose words single out one hidden unit (see the module doc)."""
    return {i for i, line in enumerate(text.split("\n"), 1) if ONE_UNIT.search(line)}

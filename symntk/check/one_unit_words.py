"""The lines whose words single out one hidden unit: ``unit 2 is off``, ``the second node is dead``, ``eining 2
dauð``, ``seinni nóðan er dauð``, ``für Neuron 1``, ``une unité morte``, ``the active one``, ``o neurônio ativo``,
``激活的神经元``, or that name one unit's pre-activation for the slope (``$z_1 = 2 > 0$ so``, ``for $z_1$``).

An activation's slope written without its argument at a datapoint (``x_2 = 3: … relu' = 0``) is about one hidden
unit on such a line: right when some unit there has it. On a line without such words it is about every hidden unit
there (``x = 3: z = (3, −1), relu' = 1``, ``we are on the linear part``): wrong when one unit's slope differs
(:func:`symntk.check.unit_at_point.some_unit_at_point`). Every pattern is an alternation of fixed words or a
bounded class: linear in the line.
"""

from __future__ import annotations

import re

_UNIT = (r"(?:units?|neurons?|nodes?|neurone[ns]?|einheit(?:en)?|knoten|eining\w{0,3}|nóð\w{0,3}|nod\w{0,3}|"
         r"unidad(?:es)?|unidade[s]?|unità|unité[s]?|enhet\w{0,3}|eenhe(?:id|den)|jednostk\w{0,2}|neuron\w{0,3}|"
         r"neurônio|neurónio|neurona|nó|神经元|神經元|单元|單元|节点|節點)")
# a unit told apart by being on: "the active one", "the unit that fires", "aktive Neuron", "virka einingin",
# "neurônio ativo", "激活的神经元"
_ACTIVE = (r"(?:active|firing|positive|live|alive|aktiv\w{0,2}|virk\w{0,3}|lifandi|ativ[oa]|activ[oa]|attiv[oa]|"
           r"actif|positiv[oa]?)")
_ON = (rf"{_ACTIVE}\s{{1,3}}(?:{_UNIT}|one)|{_UNIT}\s{{1,3}}{_ACTIVE}|"
       rf"(?:the|that|this)\s{{1,3}}(?:{_UNIT}|one)\s{{1,3}}(?:that|which|who)\s{{1,3}}(?:fires|is\s{{1,3}}on)|"
       r"(?:激活|活跃|正)的?\s{0,2}(?:神经元|神經元|单元|單元|节点|節點)|第\s{0,2}[一二三1-9]\s{0,2}[个個]")
# one unit's own pre-activation named for the slope: "$z_1 = 2 > 0$ so relu' = 1", "relu' = 1 for $z_1$"
_OWN_Z = (r"(?:z|a)_\{?[1-9]\}?(?:\^\{?\[\d\]\}?)?\s{0,3}(?:=\s{0,3}[-−]?[\d.]{1,8}\s{0,3})?(?:>|<|\\[gl]eq?)|"
          r"(?:for|für|fyrir|para|pour|per|对于?)\s{1,3}\$\s{0,2}(?:z|a)_\{?[1-9]\}?(?:\^\{?\[\d\]\}?)?\s{0,2}\$")
_ORDINAL = (r"(?:first|second|third|1st|2nd|3rd|other|erste\w?|zweite\w?|dritte\w?|andere\w?|fyrri|seinni|fyrsta|"
            r"önnur|annar|hin\w{0,2}|premier|première|deuxième|seconde?|troisième|autre|primer[ao]?|segund[ao]|"
            r"tercer[ao]?|otr[ao]|prim[ao]|second[ao]|terz[ao]|altr[ao]|eerste|tweede|derde|andere|första|andra|"
            r"tredje|første|anden|andre|pierwsz\w{0,2}|drug\w{0,2}|one|eine\w?|un[ae]?|uno)")
_DEAD = (r"(?:dead|inactive|off|switched off|tot|aus|inaktiv|abgeschaltet|dauð\w{0,2}|óvirk\w{0,3}|slökkt|"
         r"muert[ao]s?|inactiv[ao]s?|apagad[ao]s?|mort[es]?|morte|éteinte?|inattiv[ao]|spent[ao]|mort[ao]|"
         r"död|død|dood|inactief|martw\w{0,2})")
_ONE_Z = re.compile(_OWN_Z)
_ONE_ON = re.compile(rf"(?<![\w])(?:{_ON})(?![\w])", re.I)
# words that make "active units" every unit: "both units are active", "alle Neuronen aktiv", "两个都激活"
_ALL = re.compile(r"(?<![\w])(?:both|all|every|each|beide\w?|alle\w?|jede\w{0,2}|báðar|allar|öll|todos|todas|"
                  r"ambos|ambas|tous|toutes|tutti|tutte)(?![\w])|两个|兩個|都|所有", re.I)
ONE_UNIT = re.compile(rf"(?<![\w])(?:{_UNIT}\s{{0,2}}(?:_\s{{0,2}}\{{?\s{{0,2}})?[0-9₀-₉]|"
                      rf"{_ORDINAL}\s{{1,3}}(?:\w{{1,12}}\s{{1,3}})?{_UNIT}|{_UNIT}\s{{1,3}}{_ORDINAL}|{_DEAD})"
                      r"(?![\w])", re.I)


def one_unit_lines(text: str) -> set[int]:
    """The numbers (1-based) of the lines of ``text`` whose words single out one hidden unit (see the module doc)."""
    return {i for i, line in enumerate(text.split("\n"), 1) if ONE_UNIT.search(line) or _ONE_Z.search(line)
            or _ONE_ON.search(line) and not _ALL.search(line)}

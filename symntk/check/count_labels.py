"""The number of parameters after a label that names it: ``Number of parameters: 7``, ``**Anzahl der Parameter:**
4``, ``Fjöldi stika = 7``, ``Nombre de paramètres : 7``, ``Parameters: 7`` at the start of a line; with a verb
after a counting word (``Number of parameters is 7``, ``Fjöldi stika er 7``, ``Anzahl der Parameter ist 7``,
``Antalet parametrar är 7``, Finnish ``parametrien määrä on 7``, Swahili ``idadi ya parameta = 7`` and, the number
after the noun, ``parameta 6 tu``); and Finnish's count of a plural
(``parametreja on 7``, ``eli parametreja on yhteensä $7$``: the partitive plural only counts); and θ named with its
count in brackets (``Parameter vector (7 entries):``, ``Parametervektor (7 Einträge)``).

The number must end the statement (a full stop, comma, bracket or the end of the line after it), so a label
followed by a list or a formula (``Parameters: W^{[1]}, b^{[1]}``, ``Parameters: 7 weights and 3 biases``) is
no count.
"""

from __future__ import annotations

import re

_WORDS = ("parameters", "parameter", "params", "stikar", "stika", "stikum", "stikanna", "parametern", "parametrar",
          "parametra", "parámetros", "parametros", "paramètres", "parâmetros", "parametri", "parametrów",
          "parametry", "parametre", "parametrene", "parametere", "parameterne", "parametrit", "parametrien",
          "parametreja", "parametria", "المعاملات", "معاملات", "البارامترات", "παραμέτρων",
          "παράμετροι", "параметров", "параметрів", "параметраў", "параметрите", "параметара", "параметри",
          "параметры", "پارامترها", "پارامتر‌ها", "پارامتر", "پیرامیٹرز",
          "parameta", "প্যারামিটার", "พารามิเตอร์")   # Swahili, Bengali, Thai
# "number of": before the parameters' word (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Persian/Urdu, Arabic)
_NUMBER_OF = ("кількість", "количество", "число", "колькасць", "брой", "број", "броят", "تعداد", "عدد",
              "idadi", "numărul", "numarul",   # … Swahili (idadi ya parameta), Romanian (numărul de parametri)
              "jumlah", "banyaknya", "bilangan")   # Indonesian and Malay (jumlah parameter = 9)
_LABEL = re.compile(
    r"(?:(?<![^\W\d_])(?:number|count|total|anzahl|gesamtzahl|fjöldi|nombre|número|numero|antal|aantal|liczba|αριθμός|"
    + "|".join(_NUMBER_OF) + r")"
    r"\s(?:(?:of|der|de|des|af|van|di|do|da|the|των|ya|total)\s){0,2}|จำนวน[ \t]?|^[\s#>*\-+]{0,6}(?:\*\*|__)?)"
    r"(?:total\s)?(?:" + "|".join(_WORDS) + r")(?![^\W\d_])[ \t]{0,3}(?:\*\*|__)?[ \t]{0,3}[:=][ \t]{0,3}"
    r"(?:\*\*|__)?[ \t]{0,3}\$?[ \t]{0,3}(\d{1,4})[ \t]{0,3}\$?[ \t]{0,3}(?:\*\*|__)?[ \t]{0,3}(?=[.,;)]|$)",
    re.I | re.M)


_VERB = r"(?:is|are|equals|er|eru|ist|beträgt|sind|är|blir|on|ovat|est|es|è|é|wynosi|дорівнює|равно|равен|" \
        r"становить|составляет|е|је|است|برابر)"
_END = r"[ \t]{0,3}\$?[ \t]{0,3}(\d{1,4})[ \t]{0,3}\$?[ \t]{0,3}(?:\*\*|__)?[ \t]{0,3}(?=[.,;)]|$)"
_SAID = re.compile(
    r"(?<![^\W\d_])(?:(?:number|count|total|anzahl|gesamtzahl|fjöldi|nombre|número|numero|antal(?:et)?|aantal|"
    r"liczba|" + "|".join(_NUMBER_OF) + r")\s(?:(?:of|der|de|des|af|van|di|do|da|the|ya)\s){0,2}(?:total\s)?(?:"
    + "|".join(_WORDS) + r")"
    r"|(?:parametrien|parametrej?a)\s(?:luku)?määrä)(?![^\W\d_])[ \t]{0,3}(?:\*\*|__)?[ \t]{1,3}" + _VERB
    + r"(?:\s(?:in\s+total|insgesamt|alls|samtals|yhteensä|totalt|i\s+alt))?" + _END, re.I | re.M)
# "parametreja on 7": the partitive plural with "on" (there are) counts; "parametri on 7" would be one's value
_PARTITIVE = re.compile(r"(?<![^\W\d_])parametreja[ \t]{1,3}on(?:\s(?:yhteensä|kaikkiaan))?" + _END, re.I | re.M)
# "отже параметрів $7$", "параметров — 7": the genitive plural (of parameters) with a number ending the statement
_GENITIVE = re.compile(r"(?<![^\W\d_])(?:параметрів|параметров|параметраў|параметара)[ \t]{0,3}(?:[—–:-][ \t]{0,3})?"
                       r"(?:(?:усього|всього|разом|всего|итого|ўсяго|укупно)[ \t]{1,3})?" + _END, re.I | re.M)

# Swahili puts the number after the noun: "parameta 7", "tunatumia parameta 6 tu" (we use only 6 parameters),
# "parameta ni 7", with the number ending the statement
_AFTER_NOUN = re.compile(r"(?<![^\W\d_])parameta[ \t]{1,3}(?:ni[ \t]{1,3}|ziko[ \t]{1,3})?(\d{1,4})"
                         r"(?=[ \t]{0,3}(?:(?:tu|jumla|kwa[ \t]jumla)(?![^\W\d_])[ \t]{0,3})?(?:[.,;)]|$))",
                         re.I | re.M)

# θ named, then its count of entries in brackets: "Parameter vector (7 entries):", "θ (with 7 components)",
# "Parametervektor (7 Einträge)": how many entries θ has
_BRACKETED = re.compile(
    r"(?<![^\W\d_])(?:parameter[ \t]{1,3}vector|parameters|params|parametervektor|parameter|θ|\\theta)\$?"
    r"[ \t]{0,3}\([ \t]{0,3}(?:with[ \t]{1,3}|mit[ \t]{1,3})?(\d{1,4})[ \t]{1,3}"
    r"(?:entries|components|elements|parameters|params|einträge|einträgen|komponenten|parameter)[ \t]{0,3}\)",
    re.I | re.M)

# θ named, its names listed, then a bare number in brackets ending the line: "$\theta$: $W_{11}, …, b^{[2]}$ (7)",
# "θ = (w, b, v, c) (4)": the count of the listing (a bracketed number below half the names listed, an equation's
# label "(1)", is not)
_LISTED = re.compile(r"^[ \t>*\-]{0,6}\$?[ \t]{0,3}(?:\\(?:boldsymbol|mathbf|bm)[ \t]{0,3}\{?[ \t]{0,3})?"
                     r"(?:\\theta|θ)\}?"
                     r"[ \t]{0,3}\$?[ \t]{0,3}[:=]([^\n]{1,600}?)\$?[ \t]{0,3}\((\d{1,3})\)[ \t]{0,3}[.:]?[ \t]{0,3}$")


def _listed_count(line: str) -> list[tuple[str, int, int]]:
    """The count after θ's listing (see :data:`_LISTED`): [(N, start, end)] when N ≥ 2 and at least half the number
    of names listed, else []."""
    m = _LISTED.match(line)
    if m is None:
        return []
    names = m.group(1).count(",") + 1
    count = int(m.group(2))
    return [(m.group(2), m.start(2), m.end(2))] if count >= 2 and 2 * count >= names else []


def labelled_counts(line: str) -> list[tuple[str, int, int]]:
    """(the count, its start, its end) of every count after a label on ``line``."""
    rules = (_LABEL, _SAID, _PARTITIVE, _GENITIVE, _BRACKETED, _AFTER_NOUN)
    found = [(m.group(1), m.start(1), m.end(1)) for rule in rules for m in rule.finditer(line)] + _listed_count(line)
    return list(dict.fromkeys(found))   # one count found by two rules is one count

"""Which language a learner's notes are written in (for the report's language when ``--lang`` is not given).

Only the prose counts (math in ``$…$``, LaTeX commands and formulas are left out). The notes are Icelandic
when their prose clearly is: words with þ or ð (letters no other language here writes) count two, words with
æ or ö and common Icelandic words (og, er, fyrir, stika, eigingildi, …) one each; the notes are Icelandic
when that score is at least 3 and more than the count of words of other languages (common English, Swedish,
German, French and Spanish words, and words with letters Icelandic lacks: ä å ø ü ß ş ğ ı ő ű ě š č ř ž ů ą ę ł …).
Anything else is English.
"""

from __future__ import annotations

import re

_MATH = re.compile(r"\$\$.*?\$\$|\$[^$\n]*\$|\\\[.*?\\\]|\\\(.*?\\\)", re.S)
_COMMAND = re.compile(r"\\[A-Za-z]+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_ICELANDIC = frozenset("""og er fyrir stika stikar stikanna stikum eigingildi eigingildin eiginvigur við það sem að með
    af um þá því þess eru vera ekki hér svo fæst fáum fall fallið gagnapunkt gagnapunktar gagnapunktur kjarninn
    kjarni lausn afleiða afleiðan afleiður hlutafleiður inntak úttak lag lagið vigur fylki jákvætt ákveðið
    skoðum reiknum notum""".split())
_ENGLISH = frozenset("""the and is are of we for with so this that which at by to from each then its be
    parameters parameter eigenvalues eigenvalue kernel derivative derivatives gradient layer hidden output input
    compute write using""".split())
# words of the other languages learners write in (Swedish, Danish, German, French, Spanish, Turkish, Czech,
# Polish, Hungarian, …): letters Icelandic does not have and common words, so that ö or "er" in their prose
# does not make it Icelandic (Turkish "özdeğerler" has an ö, and a ğ)
_FOREIGN_LETTERS = re.compile("[äåøüßàèçñşğıőűěščřžůąęłśźżńãõ]")
_FOREIGN = frozenset("""och är för det att som med inte den alla både till eller und der die das ist ein eine
    nicht mit für von les des est une pour dans avec el los las es una para con por que""".split())
MAX_CHARS = 200_000


def prose_words(text: str) -> list[str]:
    """The words of the prose, lower case (math and LaTeX commands left out)."""
    prose = _COMMAND.sub(" ", _MATH.sub(" ", text[:MAX_CHARS]))
    return [w.lower() for w in _WORD.findall(prose)]


def detect(text: str) -> str:
    """``"is"`` for notes whose prose is clearly Icelandic, else ``"en"`` (score: 2 per word with þ/ð,
    1 per word with æ/ö or a common Icelandic word; Icelandic when ≥ 3 and above the count of other
    languages' words)."""
    words = prose_words(text)
    score = sum(2 if ("þ" in w or "ð" in w) else 1 if ("æ" in w or "ö" in w or w in _ICELANDIC) else 0
                for w in words)
    other = sum(w in _ENGLISH or w in _FOREIGN or bool(_FOREIGN_LETTERS.search(w)) for w in words)
    return "is" if score >= 3 and score > other else "en"

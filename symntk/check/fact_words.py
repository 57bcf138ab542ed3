"""Statements about K in Korean, Vietnamese, Hindi (Devanagari and romanised) and Hungarian words (data for facts);
the Cyrillic-script and Arabic-script rows are :mod:`symntk.check.script_fact_words`.

The rows beside the European words of :mod:`symntk.check.facts` and the Chinese and Japanese ones of
:mod:`symntk.check.cjk_words`, for the same five properties:

* Korean: 양의 정부호 / 양정치 (positive definite), 양의 준정부호 / 양의 반정부호 (semi-definite), 고유값 모두 양수 /
  둘 다 양수 (all positive), 고유값 하나는 0 / 특이 행렬 (a zero eigenvalue), 음의 고유값 (a negative one);
  negated after (``양의 정부호가 아니다``), hedged before (``거의``);
* Vietnamese: xác định dương (definite), nửa / bán xác định dương (semi-definite), đều dương / cả hai đều dương
  (all positive), một giá trị riêng bằng 0 / suy biến (zero), giá trị riêng âm (negative); negated before
  (``không``), hedged (``gần như``);
* Hindi: धनात्मक निश्चित, "K is PD", "PD hai" (definite), धनात्मक अर्ध-निश्चित (semi-definite), "dono positive",
  "sab eigenvalues positive", दोनों धनात्मक (all positive), "ek eigenvalue 0 hai" (zero), "ek eigenvalue negative
  aa gaya", ऋणात्मक eigenvalue (negative); negated after (``nahi``, ``नहीं``), hedged (``lagbhag``, ``लगभग``);
* Hungarian: pozitív definit (definite), pozitív szemidefinit (semi-definite), mindkét sajátérték pozitív (all
  positive), egy sajátérték 0 / szinguláris (zero), negatív sajátérték (negative); negated before (``nem``),
  hedged (``majdnem``).

"Both are positive" names no eigenvalue: it is a fact about K only on a line that also names eigenvalues or
definiteness (``둘 다 양수 → K 는 양의 정부호``, ``dono positive, so K is PD``), not ``둘 다 양수라서 relu' = 1``
(two pre-activations). Every pattern is an alternation of fixed words or a bounded class: linear in the line.
"""

from __future__ import annotations

import re

from . import script_fact_words as script

_NB = r"(?<![^\W\d_])"   # no letter before
_NA = r"(?![^\W\d_])"    # no letter after
_CLAUSE = r"[^.;:!?\n]"
_ZERO = r"(?:0|zero|영|không|शून्य|nulla)(?![\d]|[.,]\d)"

# (property, pattern, needs the line to name eigenvalues or definiteness as well)
FACT_PATTERNS: tuple[tuple[str, str, bool], ...] = (
    # semi-definite first: "양의 준정부호" and "nửa xác định dương" are not also definite
    ("psd", r"양의\s?(?:준|반)\s?정부호|(?:준|반)\s?양정치|"
            + _NB + r"(?:nửa|bán)\s(?:xác\sđịnh\sdương|dương\sxác\sđịnh)|" + _NB + r"xác\sđịnh\skhông\sâm|"
            r"धनात्मक\s?अर्ध[\s-]?निश्चित|"
            + _NB + r"pozitív\s?(?:szemi|félig\s?)[\s-]?definit\w{0,6}", False),
    ("pd", r"양의\s?정부호|양정치|" + _NB + r"(?:xác\sđịnh\sdương|dương\sxác\sđịnh)" + _NA + r"|धनात्मक\s?निश्चित|"
           + _NB + r"pozitív\s?definit\w{0,6}|(?-i:(?<![\w.])PD(?![\w]|\.\w))", False),
    ("eig_pos", r"고유값\w{0,2}\s?(?:모두|전부|둘\s?다|다)\s?(?:양수|양의\s?값|0보다\s?크)|"
                + _NB + r"giá\strị\sriêng" + _CLAUSE + r"{0,30}?" + _NB + r"(?:đều\s)?dương" + _NA
                + r"(?!\sxác)|" + _NB + r"(?:eigenvalues?|eigen\svalues?|आइगेनवैल्यू|आइगेनमान)" + _CLAUSE
                + r"{0,20}?(?:dono|sab|saare|sabhi|दोनों|सभी)\s(?:hi\s)?(?:positive|धनात्मक|पॉजिटिव)|"
                + _NB + r"sajátérték\w{0,6}" + _CLAUSE + r"{0,25}?" + _NB + r"(?:mind\s)?pozitív\w{0,4}"
                r"(?!\s?(?:szemi|félig|definit))", False),
    ("eig_pos", r"(?:둘\s?다|모두|전부)\s?양수|" + _NB + r"(?:đều\s|cả\shai\s(?:đều\s)?|tất\scả\s(?:đều\s)?)dương" + _NA
                + r"(?!\sxác)|" + _NB + r"(?:dono|donon|sab|saare|sabhi|दोनों|सभी)\s"
                r"(?:(?:eigenvalues?|eigen\svalues|आइगेनवैल्यू)\s)?(?:hi\s)?"
                r"(?:positive|धनात्मक|पॉजिटिव)"
                + _NA + r"|" + _NB + r"(?:mindkettő|mindkét\w{0,4}|mind|az\sösszes)\s(?:\w{1,14}\s)?pozitív\w{0,4}"
                r"(?!\s?(?:szemi|félig|definit))", True),
    ("eig_zero", r"고유값\w{0,2}\s?(?:중\s)?(?:하나|한\s?개)\w{0,1}\s?" + _ZERO + r"|0인\s?고유값|특이\s?행렬|"
                 + _NB + r"(?:một|1)\sgiá\strị\sriêng\s(?:bằng|là)\s" + _ZERO + r"|" + _NB + r"suy\sbiến" + _NA
                 + r"|" + _NB + r"(?:ek|एक)\s(?:eigenvalue|eigen\svalue|आइगेनवैल्यू)\s(?:=\s)?" + _ZERO + r"|"
                 + _NB + r"(?:egy|az\segyik|a\slegkisebb)\ssajátérték\w{0,3}\s(?:=\s)?" + _ZERO + r"|"
                 + _NB + r"szinguláris" + _NA, False),
    ("eig_neg", r"음의\s?고유값|음수인\s?고유값|고유값\w{0,2}\s?(?:하나\w?\s?)?음수|"
                + _NB + r"giá\strị\sriêng\sâm" + _NA + r"|" + _NB + r"(?:ek|koi|एक)\s(?:eigenvalue|eigen\svalue)\s"
                r"(?:negative|ऋणात्मक)|" + _NB + r"ऋणात्मक\s(?:eigenvalue|eigen\svalue|आइगेनवैल्यू)|"
                + _NB + r"negative\s(?:eigenvalue|eigen\svalue|आइगेनवैल्यू)\s(?:aa|aaya|aayi|aa\sgaya|mila|nikla|"
                r"nikal\saaya|hai|है|आया|मिला)" + _NA + r"|"
                + _NB + r"negatív\ssajátérték\w{0,4}", False),
) + script.FACT_PATTERNS   # Russian, Ukrainian, …; Persian, Arabic, Urdu

# a line that names eigenvalues or definiteness: "both are positive" is then about the eigenvalues
_ABOUT_EIGEN = re.compile(r"고유값|정부호|양정치|giá\strị\sriêng|trị\sriêng|xác\sđịnh|eigen|आइगेन|निश्चित|sajátérték|"
                          r"definit|λ|\\lambda|(?-i:(?<![\w.])P\.?S?\.?D(?![\w]))", re.I)

NEGATED_BEFORE = re.compile(_NB + r"(?:không|chẳng|chưa|không\sphải(?:\slà)?|nem|sem|nincs|not|"
                            + script.NEGATED_BEFORE + r")\s{1,3}"
                            r"(?:[^\W\d_]{1,12}\s{1,3}){0,1}$", re.I)
NEGATED_AFTER = re.compile(r"^\s{0,2}(?:가|이)?\s?(?:아니|아님)|^\s{1,2}(?:nahi|nahin|nahī|नहीं)" + _NA
                           + r"|^\s{1,2}(?:hai\s|है\s)?(?:nahi|nahin|नहीं)" + _NA
                           + r"|^[\s\u200c]{1,2}" + script.NEGATED_AFTER, re.I)
HEDGED_BEFORE = re.compile(r"(?:거의|gần\snhư|hầu\snhư|lagbhag|लगभग|करीब|majdnem|szinte|közel|nagyjából|"
                           + script.HEDGES + r")\s{0,3}$", re.I)


def facts(text: str) -> list[tuple[str, int, int]]:
    """(property, start, end) for every statement of the table in ``text`` (a line with its math marks dropped); a
    "both positive" only on a line about eigenvalues or definiteness (see the module doc)."""
    about = _ABOUT_EIGEN.search(text) is not None
    return [(prop, m.start(), m.end()) for prop, pattern, needs in _COMPILED if about or not needs
            for m in pattern.finditer(text)]


def negated(before: str, after: str) -> bool:
    """Whether a statement is negated: không / nem just before it, 아니다 / nahi / नहीं just after it."""
    return bool(NEGATED_BEFORE.search(before[-30:]) or NEGATED_AFTER.search(after[:16]))


def hedged(before: str) -> bool:
    """Whether a statement is hedged (거의, gần như, lagbhag, majdnem): a remark, not a claim."""
    return bool(HEDGED_BEFORE.search(before[-20:]))


_COMPILED = tuple((prop, re.compile(pattern, re.I), needs) for prop, pattern, needs in FACT_PATTERNS)

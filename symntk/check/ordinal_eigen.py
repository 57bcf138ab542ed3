"""Two eigenvalues said by their order in a prose line: ``Fyrsta eigingildið er um 5,97 og annað um 1,06``,
``fyrsta eigingildið ≈ 25,944, annað ≈ 8,056``, ``the first eigenvalue is about 5.97 and the second about 1.06``,
``der erste Eigenwert ist etwa 5,97 und der zweite etwa 1,06``; and two said by their size: ``Stærra eigingildið
er um $23{,}70$ og það minna um $0{,}30$``, ``the larger eigenvalue is about 23.70 and the smaller about 0.30``
(``λ_max ≈ a``, ``λ_min ≈ b``; either order, a number in math or not).

The word for "first", the singular word for an eigenvalue, a verb or a relation (``≈`` after a word for "about"),
a number; then "and"/a comma, the word for "second" (with an optional "one"/"is"), the same, a number: the claims
``λ_1 ≈ a`` and ``λ_2 ≈ b``, each "one of the eigenvalues" (so a three-point kernel with a third eigenvalue not said
is no mistake). Numbers with decimal commas arrive marked ``5{,}97`` (:mod:`symntk.check.decimal_comma`). Every
pattern is bounded and without nested repetition (linear time).
"""

from __future__ import annotations

import re

_NUMBER = r"([-−]?\d{1,9}(?:(?:\.|\{,\})\d{1,12})?)(?!\w|\.\d|\{,\}|,\d|\s?[-−+*/·×^(])"
_APPROX_WORDS = r"(?:um það bil|u\.þ\.b\.|um|about|approximately|approx\.?|roughly|ca\.|etwa|environ|circa|≈|~)"
_STATE = (r"\s{0,3}(?:(?:er|is|ist|est|es|är|=)\s{1,3})?(?:(" + _APPROX_WORDS + r")\s{0,3})?(?:=\s{0,3})?")
_FIRST = r"(?:fyrsta|first|erste[rn]?|premi[eè]re?|primer|primo|første|första)"
_SECOND = r"(?:annað|second|zweite[rn]?|second[e]?|segundo|secondo|andre|andra)"
_EIGENVALUE = (r"(?:eigingildið|eigingildi|eigenvalue|eigenwert|valeur propre|autovalor|autovalore|egenverdi|"
               r"egenværdi|egenvärde)")
_ORDINAL_PAIR = re.compile(r"(?<![\w\\])(?:the\s|der\s|la\s|el\s|il\s|det\s)?" + _FIRST + r"\s" + _EIGENVALUE +
                           _STATE + _NUMBER + r"\s{0,3}(?:,\s{0,3})?(?:(?:og|and|und|et|y|e|och|og)\s{1,3})?"
                           r"(?:the\s|der\s|la\s|el\s|il\s|det\s)?" + _SECOND + r"(?:\sone)?" + _STATE + _NUMBER,
                           re.I)

_LARGER = (r"larger|largest|bigger|biggest|greater|greatest|größere[rn]?|größte[rn]?|stærra|stærri|stærsta|"
           r"større|største|större|största")
_SMALLER = (r"smaller|smallest|kleinere[rn]?|kleinste[rn]?|minna|minni|minnsta|mindre|minste|minsta")
_ARTICLE = r"(?:the\s|der\s|die\s|das\s|það\s|hið\s|det\s|den\s)?"
_MATH_NUMBER = r"\$?\s{0,2}" + _NUMBER + r"\s{0,2}\$?"
_SIZE_PAIR = re.compile(r"(?<![\w\\])" + _ARTICLE + r"(" + _LARGER + "|" + _SMALLER + r")\s" + _EIGENVALUE + _STATE +
                        _MATH_NUMBER + r"\s{0,3}(?:,\s{0,3})?(?:(?:og|and|und|et|y|e|och)\s{1,3})?" + _ARTICLE +
                        r"(" + _LARGER + "|" + _SMALLER + r")(?:\sone)?(?![\w])" + _STATE + _MATH_NUMBER, re.I)
_IS_LARGER = re.compile(r"^(?:" + _LARGER + r")$", re.I)


def ordinal_eigenvalues(line: str) -> list[tuple[str, tuple[int, int]]]:
    """(claim, span in ``line``) for each eigenvalue of a pair said by its order (see the module doc)."""
    out = []
    for m in _ORDINAL_PAIR.finditer(line):
        approx_a, a, approx_b, b = m.groups()
        for k, (approx, value) in enumerate(((approx_a, a), (approx_b, b)), start=1):
            relation = "\\approx" if approx else "="
            out.append((f"\\lambda_{k} {relation} {value.replace('−', '-')}", m.span()))
    return out


def size_eigenvalues(line: str) -> list[tuple[str, tuple[int, int]]]:
    """(claim, span in ``line``) for each eigenvalue of a pair said by its size, the larger and the smaller, in either
    order (``λ_max``, ``λ_min``; see the module doc); ``line`` as written, its math included."""
    out = []
    for m in _SIZE_PAIR.finditer(line):
        first, approx_a, a, second, approx_b, b = m.groups()
        if bool(_IS_LARGER.match(first)) == bool(_IS_LARGER.match(second)):
            continue   # "the larger … and the largest …": no pair of sizes
        for word, approx, value in ((first, approx_a, a), (second, approx_b, b)):
            which = "\\max" if _IS_LARGER.match(word) else "\\min"
            relation = "\\approx" if approx else "="
            out.append((f"\\lambda_{{{which}}} {relation} {value.replace('−', '-')}", m.span()))
    return out

"""Results said in words in prose lines: ``K_{11} er 8``, ``tr K is 27``, ``eigingildin eru 26.7 og 0.3``.

Terse notes state a result with a verb instead of ``=``, in Icelandic or English (and the neighbouring languages,
Finnish: ``jälki on 27``, ``ominaisarvot ovat 26,7 ja 0,3``):

* a math name with a script or an argument (``K_{11}``, ``λ_1``, ``f(x_2)``, ``h_1(x_1)``), ``tr K``, ``det K``, ``K``,
  ``λ`` or the word for the trace or the determinant (``sporið``, ``ákveðan``, ``the trace``, ``determinant``),
  then ``er``/``is``/``ist``/``är``/``verður``/``becomes``/… and a number, a sum of numbers with its
  result (``K_{12} er 2+1+6 = 9``) or a bracketed vector, is the claim ``name = value``;
* the plural word for eigenvalues (``eigingildin``, ``eigenvalues``, ``Eigenwerte``, …) with an optional verb, colon,
  ``=`` or ``≈``, or ``λ``/``lambda`` with one of them, and two or more numbers joined by commas or
  ``og``/``and``/``und`` (``, and`` too) is the claim ``λ = a, b, …`` (``≈`` after ``u.þ.b.``/``approx``/``≈``);
  :func:`eigenvalue_lists` is the one reader of such lists (:mod:`symntk.check.plain_words` uses it too).
  One eigenvalue in words (``eitt eigingildi er 0``) is a fact
  (:mod:`symntk.check.facts`), not read here.

Every pattern is bounded and without nested repetition, so a line is read in linear time.
"""

from __future__ import annotations

import re

from .quantity_words import (
    SCRIPT_AND,
    SCRIPT_APPROX,
    SCRIPT_EIGEN_WORDS,
    SCRIPT_QUANTITIES,
    SCRIPT_THEREFORE,
    SCRIPT_VERBS,
)

_NUMBER = r"[-−]?\d{1,9}(?:(?:\.|\{,\})\d{1,12})?(?:/\d{1,9})?(?!\w|\.\d|,\d|\{,\})"   # 0,25 marked 0{,}25
_VECTOR = r"[(\[][-−\d.,;/\s]{1,200}[)\]](?:\^\{?T\}?)?"
_SCRIPTED = (r"(?:K|λ|\\lambda|f|h|z|a|g|y|δ|\\delta)(?:_\{?[\w,]{1,5}\}?|\^\{?\(?\d\)?\}?){1,2}"
             r"(?:\([^()\n]{1,12}\))?|(?:f|h|z|a|y)\((?:x_\{?\d\}?|[-−]?\d{1,4})\)")
_WORDS = (r"tr|det|spor|sporið|trace|ákveða|ákveðan|determinant|determinanten|determinante|Spur|Determinante|"
          r"jälki|Jälki|determinantti|Determinantti|vết|Vết|định thức|Định thức|nyoma|nyom|Nyoma|Nyom|"
          r"determinánsa|determináns|Determinánsa|Determináns|" + "|".join(SCRIPT_QUANTITIES))
_OF_K = r"(?:\s?\(K\)|\scủa\s{1,8}K?(?=\s)|\s?K)?"   # tr K, det(K), Vietnamese vết của K (K's trace)
_NAME = r"(?<![\w\\])((?:" + _WORDS + r")" + _OF_K + r"|" + _SCRIPTED + r"|K|λ|\\lambda)(?![\w\\])"
_VERBS = (r"(?:er|eru|is|are|equals|ist|sind|är|verður|verða|becomes|blir|vaere|var|was|gives|gefur|"
          r"er jafnt og|is equal to|là|bằng|egyenlő|" + SCRIPT_VERBS + r")")
_TERMS = r"(?:\s?[-−+·*×/]\s?\d{1,9}(?:\.\d{1,12})?){0,30}(?:\s?=\s?" + _NUMBER + r")?(?!\s?[-−+·*×/^(]|\w|\.\d)"
_SAID = re.compile(_NAME + r"\s{1,3}" + _VERBS + r"\s{1,3}(?:(u\.þ\.b\.|approx\.?|ca\.|≈|um)\s{1,3})?(" + _NUMBER +
                   _TERMS + "|" + _VECTOR + ")")
# Finnish "on"/"ovat" (is/are; English "on" is a preposition): only before a number that ends the clause
_SAID_FI = re.compile(_NAME + r"\s{1,3}(?:on|ovat)\s{1,3}(?:(noin|n\.|≈)\s{1,3})?(" + _NUMBER + _TERMS + "|" + _VECTOR
                      + r")(?=\s{0,3}(?:[.,;:!?)]|$|ja\s|eli\s|siis\s))")
_EIGEN_WORDS = (r"eigingildin|eigingildi|eigenvalues|eigenwerte|egenverdiene|egenverdier|egenvärdena|egenvärden|"
                r"egenværdierne|egenværdier|valeurs propres|autovalores|autovalori|eigenwaarden|ominaisarvot|"
                r"wartości własne|các giá trị riêng|giá trị riêng|trị riêng|sajátértékei|sajátértékek|sajátértéke|"
                r"고유값들은|고유값은|고유값들|고유값|आइगेनवैल्यूज़|आइगेनवैल्यूज|आइगेनवैल्यू|"
                r"собственные значения|собственные числа|собственных значений|собственные значение|"
                + SCRIPT_EIGEN_WORDS)
EIGEN_WORDS = _EIGEN_WORDS   # the plural word for eigenvalues in every language read (eigen_linked.py too)
# the word for an eigenvector (singular and plural) in every language read (eigen_vectors.py)
EIGENVECTOR_WORDS = ("eigenvectors", "eigenvector", "eigen vectors", "eigen vector", "eigen-vectors", "eigen-vector",
                     "eigenvektoren", "eigenvektor", "eiginvigrarnir", "eiginvigrar", "eiginvigurinn", "eiginvigur",
                     "eiginvigra", "eiginvigri", "egenvektorerne", "egenvektorer", "egenvektorn", "egenvektoren",
                     "egenvektor", "vecteurs propres", "vecteur propre", "autovectores", "autovector", "autovetores",
                     "autovetor", "autovettori", "autovettore", "eigenvectoren", "ominaisvektorit", "ominaisvektori",
                     "wektory własne", "wektor własny", "vectơ riêng", "véc-tơ riêng", "sajátvektorok", "sajátvektor",
                     "고유벡터", "特征向量", "固有ベクトル", "собственные векторы", "собственный вектор",
                     "власні вектори", "власний вектор", "आइगेनवेक्टर")
# "or": lambda = 32 or 22 names both
_CONJUNCTION = r"(?:og|and|und|och|e|y|et|en|ja|i|or|oder|eller|ou|và|és|aur|और|или|" + SCRIPT_AND + r")"
_JOIN = r"\s{0,3}(?:[,;&](?:\s{0,3}" + _CONJUNCTION + r"\b)?|\b" + _CONJUNCTION + r"\b)\s{0,3}"
_STATES = r"(?:(?:[:=≈]|~=?)\s{0,3}|(?:" + _VERBS + r"|were)\s{1,3})"   # ~, ~=: approximately in plain text
_EIGEN = re.compile(r"(?<![\w\\])(?:the\s{1,3})?(?:(?:" + _EIGEN_WORDS + r")(?:\s{1,3}(?:of K|af K|K|von K|"
                    r"ядра K|ядра|матрицы K|матрицы))?\s{0,3}"
                    r"(?:" + _STATES + r"|ovat\s{1,3})?|(?:lambda|λ|\\lambda)(?![\w_^])\s{0,3}" + _STATES + r")"
                    r"(?:(?:því|thus|therefore|then|so|also|dann|donc|alors|entonces|quindi|då|så|" + SCRIPT_THEREFORE
                    + r")\s{1,3})?"
                    r"(?:(?:u\.þ\.b\.|um það bil|approx\.?|approximately|about|ca\.|≈|um|noin|etwa|environ|"
                    + SCRIPT_APPROX + r")\s{1,3})?"
                    r"(?:[\[(]\s{0,2}(?=[-−]?\d[^\[\]()]{0,120}[\])]))?"   # eigenvalues = [0.2996, 26.7004]: a list
                    r"(" + _NUMBER + r"(?:" + _JOIN + _NUMBER + r"){1,5})", re.I)
_APPROX = re.compile(r"≈|~|u\.þ\.b\.|approx|ca\.|\bum\b|\bnoin\b|\babout\b|\betwa\b|\benviron\b|(?<!\w)(?:"
                     + SCRIPT_APPROX + r")(?!\w)", re.I)
_ONE_NUMBER = re.compile(_NUMBER)
_QUANTITY = {**dict.fromkeys(("tr", "spor", "sporið", "trace", "spur", "jälki", "vết", "nyom", "nyoma"),
                             r"\operatorname{tr} K"),
             **dict.fromkeys(("det", "ákveða", "ákveðan", "determinant", "determinanten", "determinante",
                              "determinantti", "định thức", "determináns", "determinánsa"), r"\det K"),
             **SCRIPT_QUANTITIES}


def eigenvalue_lists(line: str) -> list[tuple[str, list[str], tuple[int, int]]]:
    """(relation, values, span in ``line``) for every list of two or more eigenvalues in words: the plural word for
    eigenvalues in any of the languages above (``the eigenvalues are 26.7 and 0.3``, ``eigingildin eru a og b``,
    ``Eigenwerte: a, b``, ``eigenvalues of K = a, b, c``, ``eigenvalues = [a, b]``) or ``λ``/``lambda`` with ``=``,
    ``≈``, ``:`` or a verb (``lambda = a and b``), then the numbers joined by commas or the word for "and" (in brackets
    or not). The relation is ``\\approx`` after
    ``≈``/``approx``/``u.þ.b.``/``ca.``/``um``, else ``=``; the one reader of such lists for every caller."""
    out = []
    for m in _EIGEN.finditer(line):
        values = [v.replace("−", "-") for v in _ONE_NUMBER.findall(m.group(1))]
        relation = "\\approx" if _APPROX.search(line, m.start(), m.start(1)) else "="
        out.append((relation, values, m.span()))
    return out


def word_results(line: str) -> list[tuple[str, tuple[int, int]]]:
    """(claim as math, span in ``line``) for every result said in words (see the module doc)."""
    out = [(f"\\lambda {relation} {', '.join(values)}", span) for relation, values, span in eigenvalue_lists(line)]
    taken = [span for _, span in out]
    for m in [*_SAID.finditer(line), *_SAID_FI.finditer(line)]:
        if any(a <= m.start() < b for a, b in taken):
            continue
        name = m.group(1)
        word = re.match(r"(" + _WORDS + r")(?:\s?\(K\)|\scủa\s{1,8}K?|\s?K)?$", name)
        name = _QUANTITY[word.group(1).lower()] if word else name
        relation = "\\approx" if m.group(2) else "="
        out.append((f"{name} {relation} {m.group(3).replace('−', '-')}", m.span()))
    return sorted(out, key=lambda claim: claim[1])

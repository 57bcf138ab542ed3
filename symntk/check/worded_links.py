"""A chain's next link introduced by words instead of its subject: the words are blanked, the link is read.

Typing without LaTeX, a learner continues the formula of the line above on a new line that starts with a
phrase saying how the value was got, where a typeset chain would have only ``=``::

    grad f(x) = [W2_1*x, W2_2*x, W2_1, W2_2, w1_1*x + b1_1, w1_2*x + b1_2, 1]
    at the given weights = [x, 0, 1, 0, x, x + 1, 1]

(``plugging in = …``, ``numerically ≈ …``, ``with these values = …``, ``i.e. = …``, Icelandic ``með gildunum
= …``, German ``eingesetzt = …``, French ``numériquement ≈ …``). The phrase is blanked (positions stay) so that
the line reads ``= …``, a link of the chain above. Only a phrase of at most six words, the first a qualifier (a
preposition, ``so``, ``i.e.``, ``numerically``, …) and none a quantity or a name of math (``so the trace = 27``
and ``with lambda = 3`` keep their words), right below a line with a relation, is read so.

The other way round, a value is named by its quantity in words as the chain's last link: ``(46 = trace, 66 = …)``,
``27 = the trace.``, ``8 = determinant``, ``43 = sporið``: the word is written as the matrix's quantity
(``46 = tr K``), which the chain's rules read; only right after ``=`` and before punctuation or the line's end.
"""

from __future__ import annotations

import re

_QUALIFIER = (r"at|with|using|plugging|putting|substituting|inserting|evaluated|evaluating|numerically|numeric"
              r"|so|i\.e\.|ie|which|this|that|here|now|then|hence|thus|giving|gives|simplified|simplifying|in"
              r"|með|við|þ\.e\.|sem|þá|svo|tölulega|innsett|mit|bei|eingesetzt|also|numerisch|d\.h\.|somit|damit"
              r"|avec|donc|soit|numériquement|en|con|com|entonces|então|numéricamente|numericamente|med|alltså"
              r"|altså|så|dvs\.?|met|dus|eli|siis|numeerisesti")
_WORD = r"[^\W\d_][^\W\d_'’\-.]{0,24}\.?"
_LINK = re.compile(r"^(\s*)((?:" + _QUALIFIER + r")(?:\s+" + _WORD + r"){0,5})(\s*)(?:=|~=|≈|\\approx(?![A-Za-z]))"
                   r"\s*\S", re.I)
_MATH_WORDS = re.compile(r"^(?:tr|trace|traza|traccia|spor\w*|spur|det\w*|eigen\w*|kern\w*|kjarn\w*|noyau|núcleo"
                         r"|gradient\w*|grad|deriv\w*|dériv\w*|ableitung\w*|afleið\w*|stik\w*"
                         r"|lambda|theta|sigma|tanh|relu|sqrt|sum|alpha|beta|mu|phi|psi|pi|exp|log|ln|sin|cos"
                         r"|max|min|hidden|output|outputs|input|inputs|matrix|jacobian|rank|norm|product|dot"
                         r"|entry|entries|polynomial|root|roots|f|g|h|x|z|k|j|w|b|a|n|p|t|s|total)$", re.I)
# what the values were got with: a link only after a word that points at given values ("at the given weights")
_CONDITION = re.compile(r"^(?:weights?|values?|numbers|param\w*|data|gildunum|gildum|tölunum|werten|werte|zahlen"
                        r"|valeurs|valores|números|värdena|værdierne|verdiene|waarden|arvoilla)$", re.I)
_POINTING = re.compile(r"^(?:given|these|those|our|my|current|initial|gefnu|þessum|gegebenen|diesen|données|ces"
                       r"|dados|estos|esos|estes|givna|givne|gitte|gegeven|deze|annetuilla|näillä)$", re.I)
_RELATION = re.compile(r"=|≈|\\approx(?![A-Za-z])")
BACK = 2
_NAMED_LAST = re.compile(r"(?<=[\d)\s])=\s*(?:the\s+)?(?:(trace|spor|sporið|spur|traza|traccia|trace\s+of\s+K)"
                         r"|(det|determinant|determinante|determinanten|déterminant|ákveða|ákveðan))"
                         r"(?=\s*(?:[,;)]|\.(?!\d)|$))", re.I | re.M)


def worded_links(text: str) -> str:
    """``text`` with the words that introduce a chain's next link blanked (see the module doc)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = _LINK.match(line)
        if not m or not _plain_phrase(m.group(2)):
            continue
        above = next((k for k in range(i - 1, max(i - 1 - BACK, -1), -1) if lines[k].strip()), None)
        if above is None or not _RELATION.search(lines[above]):
            continue
        lines[i] = line[:m.start(2)] + " " * (m.end(2) - m.start(2)) + line[m.end(2):]
    return _NAMED_LAST.sub(lambda m: "= tr K" if m.group(1) else "= det K", "\n".join(lines))


def _plain_phrase(phrase: str) -> bool:
    """Words only, none of them a quantity or a name of math; a word for the values only right after a word
    that points at given ones (``with these values``, not ``with weights``)."""
    words = [w.strip(".,") for w in phrase.split()]
    for k, word in enumerate(words):
        if _MATH_WORDS.match(word) or _CONDITION.match(word) and (k == 0 or not _POINTING.match(words[k - 1])):
            return False
    return True

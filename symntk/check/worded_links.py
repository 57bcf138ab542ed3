"""A chain's next link introduced by words instead of its subject: the words are blanked, the link is read.

Typing without LaTeX, a learner continues the formula of the line above on a new line that starts with a
phrase saying how the value was got, where a typeset chain would have only ``=``::

    grad f(x) = [W2_1*x, W2_2*x, W2_1, W2_2, w1_1*x + b1_1, w1_2*x + b1_2, 1]
    at the given weights = [x, 0, 1, 0, x, x + 1, 1]

(``plugging in = …``, ``numerically ≈ …``, ``with these values = …``, ``i.e. = …``, Icelandic ``með gildunum
= …``, German ``eingesetzt = …``, French ``numériquement ≈ …``). The phrase is blanked (positions stay) so that
the line reads ``= …``, a link of the chain above. Only the phrases of a closed list that say how a value was got
(``at the given weights``, ``with these values``, ``plugging in``, ``numerically``, ``i.e.``, ``so``, …), right
below a line with a relation, are read so: a phrase that names something (``so the trace = 27``, ``with bias = 0``,
``with lambda = 3``, ``at x₁ = 0:``) keeps its words.

The other way round, a value is named by its quantity in words as the chain's last link: ``(46 = trace, 66 = …)``,
``27 = the trace.``, ``8 = determinant``, ``43 = sporið``: the word is written as the matrix's quantity
(``46 = tr K``), which the chain's rules read; only right after ``=`` and before punctuation or the line's end.
"""

from __future__ import annotations

import re

# the phrases, a closed list: how the values were got, never a name of something (``with bias = 0``, ``with
# weights = [1, 2]`` and ``with the values = …`` are data: values only pointed at, ``with these values``)
_VALUES = r"(?:weights|values|numbers|parameters|params|parameter\s+values)"
_PHRASE = (
    r"(?:at|with|using|for|under)\s+(?:(?:(?:the|these|those|our|my)\s+)?"
    r"(?:given|current|initial|actual|numeric|numerical|chosen)|these|those|our|my)\s+" + _VALUES +
    r"|(?:plugging|putting|substituting|inserting)(?:\s+(?:in|it\s+in))?(?:\s+(?:the|these|our|all)\s+"
    r"(?:values|numbers|weights))?(?:\s+in)?"
    r"|numerically|numeric|i\.e\.|ie|that\s+is|which\s+gives|this\s+gives|simplified|simplifying|expanded"
    r"|evaluated|in\s+numbers|so|hence|thus|then|now"
    r"|með\s+(?:þessum\s+|gefnu(?:m)?\s+)?(?:gildum|gildunum|tölum|tölunum|stikunum)|þ\.e\.|sem\s+gefur|tölulega"
    r"|innsett|mit\s+(?:den\s+|diesen\s+)?(?:gegebenen\s+)?(?:werten|zahlen|gewichten)|eingesetzt|numerisch"
    r"|d\.h\.|also|somit|vereinfacht|avec\s+(?:les\s+|ces\s+)?(?:valeurs|poids)(?:\s+données)?|numériquement"
    r"|donc|soit|con\s+(?:los\s+|estos\s+)?(?:valores|pesos)(?:\s+dados)?|com\s+(?:os\s+)?(?:valores|pesos)"
    r"(?:\s+dados)?|numéricamente|numericamente|entonces|então|o\s+sea"
    r"|med\s+(?:de\s+)?(?:givna\s+|givne\s+|gitte\s+)?(?:värdena|värden|værdierne|verdiene|vikterna|vægtene)"
    r"|numeriskt|numerisk|alltså|altså|dvs\.?|så|met\s+(?:de\s+|deze\s+)?(?:gegeven\s+)?(?:waarden|gewichten)"
    r"|numeriek|dus|oftewel|annetuilla\s+arvoilla|näillä\s+arvoilla|numeerisesti|eli|siis")
_LINK = re.compile(r"^(\s*)((?:" + _PHRASE + r")(?![^\W_]))(\s*:?\s*)(?:=|~=|≈|\\approx(?![A-Za-z]))\s*\S", re.I)
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
        if not m:
            continue
        above = next((k for k in range(i - 1, max(i - 1 - BACK, -1), -1) if lines[k].strip()), None)
        if above is None or not _RELATION.search(lines[above]):
            continue
        lines[i] = line[:m.start(2)] + " " * (m.end(2) - m.start(2)) + line[m.end(2):]
    return _NAMED_LAST.sub(lambda m: "= tr K" if m.group(1) else "= det K", "\n".join(lines))

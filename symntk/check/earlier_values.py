"""What an edit note quotes as written before, blanked: ``edit: first wrote √405 = 9√3, it's 9√5, fixed above``.

A learner who fixes a value in place and says so in a note (``edit:`` in a chat message, a remark under the work)
often quotes the old statement: ``first wrote X``, ``originally had X``, ``wrote X at first``, ``had X before``,
``det was 178 in my first post``. The quoted statement is what the learner took back, not a claim: it is blanked
with spaces (positions stay), whatever follows (``it's 9√5``) is left to be read. Only a quote that holds a
relation (``=``, ``≈``) or ``was`` with a number is blanked; every pattern is bounded (linear in the line).
"""

from __future__ import annotations

import re

_QUOTING_VERB = r"(?:wrote|had|put|typed|written)"
_EARLIER = (r"(?:at\s{1,3}first|originally|initially|before|earlier|in\s{1,3}my\s{1,3}(?:first|last|earlier|previous)"
            r"\s{1,3}(?:post|version|message|msg|try|attempt|answer))")
# "first wrote X", "originally had X", "I initially put X": the quote runs to a comma, semicolon or the line's end
_VERB_FIRST = re.compile(r"(?<![\w])(?:first|originally|initially)\s{1,3}" + _QUOTING_VERB
                         + r"\s{1,3}([^,;\n]{1,80}?)(?=\s{0,3}[,;]|\s{0,3}$)", re.I)
# "wrote X at first", "had X before", "X was 178 in my first post"
_WORD_AFTER = re.compile(r"(?<![\w])(?:" + _QUOTING_VERB + r"\s{1,3}([^,;\n]{1,80}?)|"
                         r"([^\W\d_]{1,12}\s{1,3}was\s{1,3}[-−]?\d[^,;\n]{0,30}?))\s{1,3}" + _EARLIER
                         + r"(?![\w])", re.I)
_RELATION = re.compile(r"=|≈|\\approx(?![A-Za-z])|\bwas\b")


def earlier_quotes_blanked(text: str) -> str:
    """``text`` with every line's quoted earlier statements blanked (:func:`quoted_earlier`)."""
    return "\n".join(quoted_earlier(line) for line in text.split("\n"))


def quoted_earlier(line: str) -> str:
    """``line`` with each statement an edit note quotes as written before blanked (see the module doc)."""
    for pattern in (_VERB_FIRST, _WORD_AFTER):
        for m in pattern.finditer(line):
            group = 1 if m.group(1) is not None else 2
            if _RELATION.search(m.group(group)):
                start, end = m.span(group)
                line = line[:start] + " " * (end - start) + line[end:]
    return line

"""Kernel entries named in prose (``K one-two``, or ``$K_{12}$`` alone in its math) with their value after them: the
name and the value written as one inline math ``$K_{12} = …$``.

Learners who write prose name a kernel entry by saying its indices (``K one-one``, ``K two two``) or typeset only
the name, and write its value in the words that follow::

    K one-two is $1·2 + 0 + 1·1 = 3$.          ->  $K_{12} = 1·2 + 0 + 1·1 = 3$.
    K two-two $= 4 + 1 + 9 = 14$.              ->  $K_{22} = 4 + 1 + 9 = 14$.
    K one-one = 1 + 4 + 1 = 6, so six.         ->  $K_{11} = 1 + 4 + 1 = 6$, so six.
    $K_{21}$ = 7 (the same as before).         ->  $K_{21} = 7$ (the same as before).
    K two-two is 0.5² + 1, hmm, that is …      ->  $K_{22} = 0.5² + 1$, hmm, that is …

Only a value that is a formula of numbers is taken: math right after the name (``is $…$``, ``$= …$``) or, in
prose, a run of digits, brackets, operators (``+ − × · / ^ ² √``) and ``=``/``≈`` that starts with a number and
ends at the first word or comma (``K one-one is the gradient at …`` or ``K two-one is the same`` is left as it is).
A value followed by a word that goes on with it (``K one-one is 2 times 4``, ``$K_{12}$ is 1 of the two off-diagonal
entries``, ``K two-two is 1 more than K one-one``) is no value of the entry, and the line is left as it is; only a
word that starts a clause of its own (``so``, ``and``, ``which``, ``since``, ``by``, …) may follow it, or a remark
in brackets that starts with a word (``$K_{11}$ = 6 (six ones added up)``).
Lines of display math are not touched; every line keeps its number. Bounded regular expressions, one line at a
time.
"""

from __future__ import annotations

import re

_DIGITS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
           "nine": "9"}
_WORD = r"(one|two|three|four|five|six|seven|eight|nine)"
_NAME = (r"(?<![\w$\\])K\s" + _WORD + r"(?:-|\s)" + _WORD + r"(?![\w-])"
         r"|\$\s?K_\{?\s?(\d)\s?,?\s?(\d)\s?\}?\s?\$")
_ASIDE = r"(?:,\s(?:I\sthink|hmm|then|so|again),?)?"
_VERB = r"\s(?:is|equals|comes\sout\s(?:as|to)|works\sout\s(?:as|to)|gives)\s"
_PROSE = r"[-−(√]?\s?[\d.]{1,12}[\d\s+\-−×·*/^().²³√≈=]{0,300}"
_ENTRY = re.compile(r"(?:" + _NAME + r")" + _ASIDE +
                    r"(?:" + _VERB + r"\$([^$\n]{1,400})\$"          # is $…$
                    r"|\s?\$\s?=([^$\n]{1,400})\$"                   # $= …$
                    r"|\s?(=|≈|" + _VERB + r")\s?(" + _PROSE + r"))")  # = 1 + 2 = 3 / is 0.5² + 1
_NEXT_WORD = re.compile(r"\s{0,3}([^\W\d_]{1,20})")
# words after a value that start a clause of their own (``= 19, so nineteen``, ``is 12 by symmetry``)
_CLAUSE = frozenset("so and which as since because by from too again here then but for now also in at with "
                    "exactly indeed ok okay thus hence i we it this that like before".split())
_REMARK = re.compile(r"\((?=[^\W\d_])[^()$\n]{1,80}\)")   # (six ones added up): words in brackets
_GOES_ON = re.compile(r"(?:times|plus|minus|over|divided|squared|more|less|of|per)\b", re.I)
_TAIL = re.compile(r"[\s.=≈+\-−×·*/^(]{1,20}$")


def _entry(m: re.Match) -> str | None:
    """The inline math for one match of ``_ENTRY`` (None when its value is no formula of numbers)."""
    i, j = (_DIGITS[m.group(1)], _DIGITS[m.group(2)]) if m.group(1) else (m.group(3), m.group(4))
    if m.group(5) is not None:
        value = m.group(5)
        if re.match(r"\s?(?:K|=|\\approx|≈)", value):
            return None
        return f"$K_{{{i}{j}}} = {value.strip()}$"
    if m.group(6) is not None:
        return f"$K_{{{i}{j}}} = {m.group(6).strip()}$"
    value = m.group(8)
    tail = _TAIL.search(value)
    rest = value[:tail.start()] if tail else value
    if not re.search(r"\d", rest) or rest.count("(") != rest.count(")"):
        return None
    sign = r" \approx " if m.group(7) == "≈" else " = "
    return f"$K_{{{i}{j}}}{sign}{rest.strip()}$" + value[len(rest):]


def _ends_value(m: re.Match, line: str) -> bool:
    """Whether the value at ``m`` ends there: no word that goes on with it follows, or the words after it are a
    remark in brackets of their own (see the module doc)."""
    remark = _REMARK.match(line, m.end() - 1)
    if remark and re.search(r"\s\($", line[:m.end()]) and not _GOES_ON.match(remark.group(0)[1:]):
        after = _NEXT_WORD.match(line, remark.end())   # "= 6 (six ones added up).": a remark after the value
        return after is None or after.group(1).lower() in _CLAUSE
    word = _NEXT_WORD.match(line, m.end())
    return word is None or word.group(1).lower() in _CLAUSE


def worded_entries(text: str) -> str:
    """``text`` with every kernel entry named in prose and valued after it (see the module doc) written as the
    inline math ``$K_{ij} = …$``; other lines unchanged."""
    out = []
    for line in text.split("\n"):
        if "$$" in line or "K" not in line:
            out.append(line)
            continue
        out.append(_ENTRY.sub(lambda m, line=line: _entry(m) if _ends_value(m, line) and _entry(m) else m.group(0),
                              line))
    return "\n".join(out)

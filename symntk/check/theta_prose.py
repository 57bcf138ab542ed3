"""θ listed in a sentence, its names each in their own math or its values in plain text: written as one inline math
``$\\theta = (…) = (…)$`` that the claim rules read.

A learner who writes prose types only the parameters' names as math, one at a time, and the values in plain text,
or links the values with words::

    θ = ($W_1$, $b_1$, $W_2$) = (2, 1, 3), so three.      ->  $\\theta = (W_1, b_1, W_2) = (2, 1, 3)$, so three.
    θ is $(W_1, b_1, W_2)$, which with the values is $(2, 1, 3)$.
                                                          ->  $\\theta = (W_1, b_1, W_2) = (2, 1, 3)$.

Only ``θ`` (``\\theta``, ``$\\theta$``, *theta*) outside math, then ``=`` or ``is``, then a bracketed list of
at least two names (``($a$, $b$, …)`` or ``$(a, b, …)$``), optionally followed by ``=`` or *which with the values
is* and a bracketed list of numbers (in math or plain). Every line keeps its number. Bounded regular
expressions without nested repetition, one line at a time.
"""

from __future__ import annotations

import re

_THETA = r"(?:θ|\\theta|\$\s?(?:\\theta|θ)\s?\$|theta)"
_ENTRY = r"\$[^$\n,]{1,80}\$"
_SPLIT = r"\(\s?(" + _ENTRY + r"(?:\s?,\s?" + _ENTRY + r"){1,40})\s?\)"   # ($a$, $b$, …)
_WHOLE = r"\$\s?\(([^$\n()]{1,600}(?:\([^$\n()]{1,40}\)[^$\n()]{0,200}){0,20})\)\s?\$"   # $(a, b, …)$
_NUMBERS = r"\(([-−\d.,/\s]{1,300})\)"
_LINK = (r"(?:\s?=\s?|,?\s(?:which|that|and)\s(?:with|for)\s(?:the|these|its|their)\s(?:values|numbers)\s"
         r"(?:is|are|gives)\s)")
_LISTED = re.compile(r"(?<![\w\\])" + _THETA + r"(?:\s?=\s?|\sis\s)(?:" + _SPLIT + "|" + _WHOLE + r")(?:" + _LINK +
                     r"(?:\$\s?" + _NUMBERS + r"\s?\$|" + _NUMBERS + r"))?")


def theta_prose(text: str) -> str:
    """``text`` with θ listed in a sentence (see the module doc) written as one inline math; other lines
    unchanged."""
    out = []
    for line in text.split("\n"):
        if "$" not in line or "$$" in line or not re.search(r"θ|theta", line):
            out.append(line)
            continue
        out.append(_LISTED.sub(lambda m, line=line: _listed(m, line), line))
    return "\n".join(out)


def _listed(m: re.Match, line: str) -> str:
    """The inline math for one θ listed at ``m`` (the match itself when θ stands inside math)."""
    if line.count("$", 0, m.start()) % 2:
        return m.group(0)
    names = ", ".join(e.strip("$ ") for e in re.findall(_ENTRY, m.group(1))) if m.group(1) else m.group(2).strip()
    values = m.group(3) if m.group(3) is not None else m.group(4)
    return rf"$\theta = ({names})" + (f" = ({values.strip()})$" if values is not None else "$")

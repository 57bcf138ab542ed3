"""The sum of the principal 2 × 2 minors worked out after its name in words: ``$c$ = sum of 2×2 principal minors
$= (36-25) + (93-49) + (372-361) = 11+44+11 = 66$``, ``c₂ = suma de menores principales = …``, and the same in a
prose line, or with the math on the next line (``sum of principal $2\\times2$ minors`` ↵ ``$=(36-25)+… = 66$``).

What follows the ``=`` is a chain of arithmetic (the minors, their values, their sum): it is read as that chain
(``(36-25) + (93-49) + (372-361) = 11+44+11 = 66``), judged member by member as arithmetic. The name before the words
(``c``, ``c_2``, ``𝑐``) is the learner's own letter and is dropped with them. Only a chain with a relation of its own
after the first ``=`` is read; math with anything but numbers and arithmetic is left as it was. Every pattern is
bounded and without nested repetition (linear time).
"""

from __future__ import annotations

import re

# principal minors in the learners' languages: minors, Minoren/Hauptminoren, menores, minori, mineurs, minorer,
# undirákveður (Icelandic), főminorok (Hungarian), định thức con (Vietnamese), 주소행렬식 (Korean), माइनर (Hindi)
MINOR = re.compile(r"(?<![\w\\])(?:haupt|fő)?(?:minor\w{0,6}|menor(?:es)?|mineurs?)(?![\w])|undirákveð\w{0,5}|"
                   r"định\sthức\scon|(?:주)?소행렬식|माइनर\w{0,3}", re.I)
# the arithmetic of the minors: numbers, + − · × * ⋅ ^ ², brackets, \cdot, \times, spaces, and relations
_ARITHMETIC = re.compile(r"^(?:[\d\s.+\-−*·⋅×()²^{}=]|\\cdot|\\times|\\left|\\right)*$")
_CUT = re.compile(r"[,;:.!?](?=\s|$)")   # a clause ends between the words that name the minors and the math


def _chain(after: str) -> str | None:
    """The arithmetic chain after a name's ``=`` (its text stripped), when it is one with a relation of its own."""
    body = after.strip().rstrip(".,;")
    if "=" not in body or not _ARITHMETIC.match(body) or not re.search(r"\d", body.split("=")[0]):
        return None
    return body


def named_minor_sum(prefix: str, body: str, above: str = "") -> str | None:
    """Inline math ``body`` that starts with ``=`` after the words for the principal minors (at most 40 characters
    before it in ``prefix``, the line up to the math; or at the end of the line ``above`` when the prefix is blank):
    the chain it holds."""
    if not body.lstrip().startswith("=") or body.lstrip().startswith("=="):
        return None
    if prefix.strip():
        words = [m for m in MINOR.finditer(prefix) if len(prefix) - m.end() <= 40]
        if not words or _CUT.search(prefix, words[-1].end()):
            return None
    elif not _ends_naming(above):
        return None
    return _chain(body.lstrip()[1:])


def _ends_naming(above: str) -> bool:
    """The line above ends with the words for the minors (``sum of principal $2\\times2$ minors``)."""
    tail = re.sub(r"\$[^$]{0,40}\$", " ", above.rstrip())
    words = tail.split()
    return bool(words) and bool(MINOR.fullmatch(words[-1].strip(",:")))


_PROSE = re.compile(r"(?<![\w\\])(?:haupt)?(?:minor\w{0,6}|menor(?:es)?|mineurs?)(?![\w])[^=\n]{0,20}=", re.I)


def prose_minor_sum(line: str) -> tuple[str, tuple[int, int]] | None:
    """(chain, span) for a prose line ``c = sum of 2×2 principal minors = (3⋅12 − 25) + … = 56``: the chain after
    the words, the span from the start of their clause to the end of the chain."""
    m = _PROSE.search(line)
    if m is None:
        return None
    rest = line[m.end():]
    end = len(rest)
    for stop in re.finditer(r"[,;](?=\s)|(?<=\d)\.(?=\s|$)|\s[→⇒]|\s(?:so|also|hence|thus|daher|por lo tanto)\s", rest):
        end = stop.start()
        break
    chain = _chain(rest[:end])
    if chain is None:
        return None
    start = max((c.end() for c in _CUT.finditer(line, 0, m.start())), default=0)
    return chain, (start, m.end() + end)

"""The eigenvalues checked by their sum: ``Sum $= 46 = \\operatorname{tr}K$``, ``(summa $\\approx 46$ ✓)``,
``Sum = 33 = trace ✓``, ``sum of eigenvalues = 46.0``, read as the claim ``tr K = 46`` (the sum of the
eigenvalues of K is its trace).

A word for a sum (``sum``, ``Summe``, ``somma``, ``summa``, ``suma``, ``somme``, ``soma``, optionally ``of the
eigenvalues`` in the learner's language) followed by a relation and numbers is read so only when the eigenvalues
are in view: the line names them or the trace, or the line above (the last one with text) lists eigenvalues
(``λ``, ``\\lambda`` or a word for eigenvalues, with numbers). Only a whole number is read (``46``, ``46.0``): a
sum of rounded eigenvalues with decimals (``3.848``) may differ from the rounded trace in its last digit, and is
left as context. Every pattern is bounded and without nested repetition (linear time).
"""

from __future__ import annotations

import re

from .minor_sum_words import MINOR as _MINOR
from .minor_sum_words import named_minor_sum

TRACE = r"\operatorname{tr} K"

_SUM = r"(?:sum|summe|somma|summa|suma|somme|soma|som|samtals|total)"
_EIGEN = (r"(?:λ|\\lambda|eigen\s?values?|eigenwert\w{0,2}|autovalor\w{0,3}|autovalori|valeurs\spropres|"
          r"valores\spropios|eigingild\w{0,3}|egenv[äæ]rd\w{0,4}|egenverdi\w{0,3}|eigenwaarden|ominaisarvo\w{0,3})")
# the sum word, then at most "of (all) (the) eigenvalues" (or "der Eigenwerte", "degli autovalori", ...)
_LEAD = re.compile(r"(?<![\w\\])" + _SUM + r"(?:\s(?:of|der|des|de|di|degli|dei|af|av|van)(?:\s(?:all|the|les|los|"
                   r"alle|die|la|las))?\s" + _EIGEN + r")?\s{0,3}$", re.I)
_EIGEN_SAID = re.compile(_EIGEN, re.I)
_TRACE_SAID = re.compile(r"(?<![\w\\])(?:trace|traccia|traza|spur|spor\w{0,3}|spår\w{0,2}|trace|traço|tr)(?![\w])|"
                         r"\\operatorname\s?\{tr\}|\\mathrm\s?\{tr\}|\\text\s?\{tr\}|\\tr(?![A-Za-z])", re.I)
_NUMBER = r"[-−]?\d{1,6}(?:[.]\d{1,8})?"
_WHOLE = re.compile(r"^[-−]?\d{1,6}(?:\.0{1,8})?$")
_REL = r"(?:=|≈|\\approx(?![A-Za-z])|~)"
# the chain after the sum word: relations and numbers only, then the trace's name, a check mark or prose
_CHAIN = re.compile(r"\s{0,3}((?:" + _REL + r"\s{0,3}" + _NUMBER + r"\s{0,3}){1,4})"
                    r"(?![\d.]|,\d|\{,\}|\s{0,3}[-−+*/·×^(])")
_MEMBER = re.compile(r"(" + _REL + r")\s{0,3}(" + _NUMBER + r")")


# an eigenvalue with its value: λ₁ ≈ 43.66, \lambda_2 = 0, lambda_1 approx 43.66, eigenvalues ≈ 26.3 (not a polynomial)
_VALUED = re.compile(r"(?:λ|\\lambda(?![A-Za-z])|lambda|eigen\s?values?)\s?"
                     r"(?:_\{?\w{1,3}\}?|\^\{?\(?\d\)?\}?|[₁-₉]|\d)?"
                     r"\s{0,2}(?:=|≈|\\approx|approx|~)\s{0,2}[-−]?\d", re.I)


def _above_lists_eigenvalues(above: str) -> bool:
    """The line above gives eigenvalues their values (``λ₁ ≈ 43.66, λ₂ ≈ 1.82``)."""
    return bool(_VALUED.search(above))


def _claim(chain: str) -> str | None:
    """``= 45.997 \\approx 46`` → ``tr K \\approx 46``: the last number, ≈ when any relation is one."""
    members = _MEMBER.findall(chain)
    if not members:
        return None
    value = members[-1][1].replace("−", "-")
    if not _WHOLE.match(value):
        return None
    approx = any(rel != "=" for rel, _ in members)
    relation = "\\approx" if approx else "="
    return f"{TRACE} {relation} {value.split('.')[0]}"


def inline_eigen_sum(line_before: str, body: str, line_after: str, above: str) -> str | None:
    """Inline math ``body`` right after a word for a sum on its line (``line_before`` is the line up to the math,
    ``line_after`` the rest): the trace claim it makes, or None."""
    if not _LEAD.search(line_before[-60:]) or _MINOR.search(line_before + line_after):
        return None   # summa $= 66$ on a line of minors: their sum, not the eigenvalues
    m = _CHAIN.match(body)
    rest = re.sub(r"\s?K$", "", body[m.end():].strip(" =≈")) if m else ""
    if m is None or rest and not _TRACE_SAID.fullmatch(rest):   # "= 46 = \operatorname{tr}K": the trace named
        return None
    if not (_TRACE_SAID.search(body[m.end():] + " " + line_after) or _EIGEN_SAID.search(line_before)
            or _above_lists_eigenvalues(above)):
        return None
    return _claim(m.group(1))


_PROSE = re.compile(r"(?<![\w\\])" + _SUM + r"(?:\s(?:of|der|des|de|di|degli|dei|af|av|van)(?:\s(?:all|the|les|los|"
                    r"alle|die|la|las))?\s" + _EIGEN + r")?\s{0,3}(?=" + _REL + ")", re.I)


def prose_eigen_sums(line: str, above: str) -> list[tuple[str, tuple[int, int]]]:
    """(claim, span in ``line``) for ``Sum = 33 = trace ✓``, ``(sum = 46.0 ok matches the trace)`` in a prose line."""
    out = []
    for m in _PROSE.finditer(line) if not _MINOR.search(line) else ():
        chain = _CHAIN.match(line, m.end())
        if chain is None:
            continue
        rest = line[chain.end():]
        if not (_TRACE_SAID.search(rest) or _EIGEN_SAID.search(line[:chain.start()]) or
                _above_lists_eigenvalues(above)):
            continue
        claim = _claim(chain.group(1))
        if claim:
            end = chain.end()
            tail = re.match(r"\s{0,3}=\s{0,3}(?:the\s)?(?:trace|traccia|traza|spur|spor\w{0,3}|tr\s?K|tr)(?!\w)",
                            rest, re.I)
            out.append((claim, (m.start(), end + (tail.end() if tail else 0))))
    return out


def line_above(lines: list[str], n: int) -> str:
    """The last line with text before line ``n`` (1-based) of ``lines``, or ``""``."""
    for k in range(n - 2, max(-1, n - 6), -1):
        if lines[k].strip():
            return lines[k]
    return ""


def line_parts(text: str, at: int, close: int) -> tuple[str, str, str]:
    """For inline math that opens at ``at`` and closes at ``close`` in ``text``: its line before it, its line after
    it, and the last line with text above (``""`` when none within five lines)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", close)
    end = len(text) if end < 0 else end
    above, k = "", start - 1
    for _ in range(5):
        if k <= 0:
            break
        prev = text.rfind("\n", 0, k) + 1
        if text[prev:k].strip():
            above = text[prev:k]
            break
        k = prev - 1
    return text[start:at], text[close + 1:end], above


def inline_in_text(text: str, at: int, close: int, body: str) -> str | None:
    """What the inline math ``body`` (opening at ``at``, closing at ``close`` in ``text``) says when it is the
    eigenvalues' sum (:func:`inline_eigen_sum`) or a sum of principal minors worked out
    (:func:`symntk.check.minor_sum_words.named_minor_sum`), else None."""
    before, after, above = line_parts(text, at, close)
    return inline_eigen_sum(before, body, after, above) or named_minor_sum(before, body, above)

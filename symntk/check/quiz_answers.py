"""An online quiz's exported response report (``Question 4 (1 pt)``, the teacher's question, ``Your answer:`` and
the learner's short answer): a bare answer read as a claim about the quantity its question asks for.

Notes are such a report when at least :data:`EVIDENCE` lines are an answer label alone (``Your answer:``,
``Response:``, ``Student answer:``) and as many lines a question header (``Question 4``, ``Q4``, ``Frage 4``). The
question is the text between its header and the label; the answer is the lines below the label up to a blank
line or the next header. An answer line with no relation of its own (``[[8,12],[12,19]]``, ``32.0000``,
``(1, 0, 1, 0, 1, 2, 1)``, ``22 (exact …)``) claims the question's quantity (:data:`QUANTITIES`): the larger or
smaller eigenvalue, the eigenvalues, K or J as a matrix, the gradient at a datapoint, the characteristic
polynomial, the number of parameters (P), or the one quantity the question names (``Give ∂f/∂W^[1]_11 at
x_1.`` → ``∂f/∂W^[1]_11 (x_1)``, ``Give f at x_2.`` → ``f(x_2)``). A question naming several (``Give tr K and
det K.``) gives them in order to as many bare values ``27, 8``. A bare count at the end of a relation
(``θ = (…), 7``) answers a question for the number of parameters. Lines with a relation are left as written; a
decimal answer is claimed with ``≈``. Every pattern is linear and anchored; sizes are bounded.
"""

from __future__ import annotations

import re

MAX_LINES = 3000
MAX_LINE = 2000
EVIDENCE = 2
_LABEL = re.compile(r"^\s{0,8}(?:\*\*)?(?:your\s+|student(?:'s)?\s+|learner\s+)?(?:answer|response)(?:\s+given)?"
                    r"\s*:\s*(?:\*\*)?\s*$", re.I)
_HEADER = re.compile(r"^\s{0,8}(?:#{1,4}\s*)?(?:\*\*)?(?:question|q|frage|spurning|pregunta|kysymys)\s*\.?\s*\d{1,3}"
                     r"\b.{0,60}$", re.I)
_BARE = re.compile(r"^[\d\s.,+\-−−()\[\]{}/√·*^²³⁴λ]{1,600}|^[\d\s.,+\-−()\[\]/·*^]{0,40}sqrt\s*\(.{1,200}$")
_COMMENT = re.compile(r"\s+\((?![\d\s.,+\-−])[^()]{1,300}\)\s*$")   # 22 (exact, since …): a remark after it
_RELATION = re.compile(r"[=≈<>≤≥]")
_COUNT = re.compile(r"^(.{1,1500}[=≈].{1,1500}?)\s*(?:,|;|→|->)\s*(\d{1,4})\s*\.?$")
_AT = re.compile(r"\s+at\s+(x_?\(?\d\)?)\s*$")
# (what the question says, the quantity a bare answer claims): the first that matches wins
QUANTITIES: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"\b(?:larger|largest|bigger|biggest|greater|greatest)\s+eigenvalue", re.I), "λ_max"),
    (re.compile(r"\b(?:smaller|smallest|lesser|least)\s+eigenvalue", re.I), "λ_min"),
    (re.compile(r"\beigenvalues\b", re.I), "λ"),
    (re.compile(r"\bJacobian\b", re.I), "J"),
    (re.compile(r"\bK\b[^.]{0,20}\bas\s+a\s+matrix|\bkernel\s+matrix", re.I), "K"),
    (re.compile(r"\bcharacteristic\s+polynomial|\bdet\s*\(\s*K\s*[−-]\s*λ\s*I\s*\)(?!\s*=)", re.I), "det(K − λI)"),
    (re.compile(r"\bgradient\b.{0,12}?\bf\s*\(\s*(x_?\(?\d\)?)\s*\)", re.I), r"∇f(\1)"),
    (re.compile(r"\bnumber\s+of\s+parameters\b|\bhow\s+many\s+parameters\b", re.I), "P"),
    (re.compile(r"\btrace\s+of\s+K\b", re.I), "tr K"),
    (re.compile(r"\bdeterminant\s+of\s+K\b", re.I), "det K"),
)
_GIVE = re.compile(r"^(?:give|enter|write|state|what\s+is)\s+(?:the\s+value\s+of\s+)?(.{1,120}?)"
                   r"(?:\s+\((?:[^()]{0,40})\))?\s*(?:to\s+\d{1,2}\s+decimals?|\.\s*use\s+\d{1,2}\s+decimals)?\s*[.?]?$",
                   re.I)
_NAMED = re.compile(r"^[^\s,]{1,40}(?:\s+[A-Za-z]{1,3})?$")   # tr K, ∂f/∂W^[1]_11, K_12: one quantity's name
_PARAMETERS = re.compile(r"\bnumber\s+of\s+parameters\b", re.I)


def is_quiz(text: str) -> bool:
    """Whether ``text`` is a quiz response report: :data:`EVIDENCE` answer labels and question headers."""
    lines = text.split("\n")[:MAX_LINES]
    return sum(1 for line in lines if _LABEL.match(line[:MAX_LINE])) >= EVIDENCE and \
        sum(1 for line in lines if _HEADER.match(line[:MAX_LINE])) >= EVIDENCE


def _named(question: str) -> list[str]:
    """The quantities a question names itself (``Give tr K and det K.`` → tr K, det K), in order."""
    m = _GIVE.match(question.strip())
    if not m:
        return []
    phrase = m.group(1)
    at = _AT.search(phrase)
    phrase = phrase[:at.start()] if at else phrase
    parts = [p.strip() for p in re.split(r",\s*|\s+and\s+", phrase) if p.strip()]
    if not parts or not all(_NAMED.match(p) and (at or re.search(r"[^\sA-Za-z]|^[A-Za-z]{1,3}\s+[A-Z]$", p))
                            for p in parts):
        return []
    return [(f"{p}({at.group(1)})" if re.fullmatch(r"[A-Za-z]\w{0,3}", p) else f"{p} ({at.group(1)})") if at else p
            for p in parts]


def quantities(question: str) -> list[str]:
    """What a question asks for, as the names a claim gives them: the quantities it names itself when they are
    several, else the first of :data:`QUANTITIES` it speaks of, else the one it names."""
    named = _named(question)
    if len(named) > 1:
        return named
    for pattern, quantity in QUANTITIES:
        m = pattern.search(question)
        if m:
            return [m.expand(quantity)]
    return named


def answered(line: str, question: str) -> str:
    """One answer ``line`` as a claim about what ``question`` asks for (see the module doc); else unchanged."""
    text = line.strip()
    if _PARAMETERS.search(question) and (m := _COUNT.match(text)):
        return f"{m.group(1)}, {m.group(2)} parameters"
    comment = _COMMENT.search(text)
    value = text[:comment.start()] if comment else text
    if not value or _RELATION.search(value) or not _BARE.fullmatch(value):
        return line
    names = quantities(question)
    sign = "≈" if re.search(r"\d\.\d", value) else "="
    if len(names) == 1:
        return f"{names[0]} {sign} {value}" + (text[comment.start():] if comment else "")
    values = [v.strip() for v in value.split(",")] if "(" not in value and "[" not in value else []
    if len(names) > 1 and len(values) == len(names) and all(values):
        return ", ".join(f"{n} {sign} {v}" for n, v in zip(names, values))
    return line


def quiz_notes(text: str) -> str:
    """A quiz response report with its bare answers as claims (see the module doc); other text unchanged."""
    if not is_quiz(text):
        return text
    lines = text.split("\n")
    question: list[str] = []
    asking = False
    answering = ""
    for n, line in enumerate(lines[:MAX_LINES]):
        line = line[:MAX_LINE]
        if _HEADER.match(line):
            question, asking, answering = [], True, ""
        elif _LABEL.match(line):
            answering, asking = " ".join(question), False
        elif asking:
            question.append(line.strip())
        elif answering and line.strip():
            lines[n] = answered(line, answering)
        elif answering:
            answering = ""
    return "\n".join(lines)

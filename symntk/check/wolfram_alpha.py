"""Wolfram|Alpha queries and results pasted into plain-text notes, read as claims on the lines they stand on.

Notes hold Wolfram|Alpha pastes when at least :data:`EVIDENCE` lines start ``Input:`` and one ``Result:``, or
an ``Input:`` has its ``Result:`` right below it. The
notes are plain text otherwise: they are not read as Wolfram Language (:mod:`symntk.check.wolfram`), and a list
written as Alpha writes it, ``{{31, -3}, {-3, 23}}``, is the matrix ``[[31, -3], [-3, 23]]``.

A query (``Input:``, its ``Input interpretation:`` and the lines indented below them; an interpretation
pasted without its input stands for it) claims nothing but what its
result says of it (:mod:`symntk.check.alpha_queries`), put on the ``Result:`` line and the indented lines below it,
one result a line (Alpha's other pods, ``Alternate form:``, ``Eigenvectors:``, ``Plot:``, are blanked):
``eigenvalues M`` gives λ_1, λ_2, … (``λ_1 = 1/2 (27 + sqrt(697)) ≈ 26.7004``), ``solve`` of
a quadratic its roots as eigenvalues, ``u.v`` the number ``u · v``, ``J.Transpose[J]`` the kernel, ``det M``
det K, ``d/dw11 (…)`` the derivative ∂f/∂w11, arithmetic its value (``0.7615941559...`` is ≈). The matrix of an
eigenvalue query the learner adopts is a claim of K on the query's line when it is no copy of the K the notes
wrote last. A query the learner takes back (the line after its result says ``oops``, ``retype``, ``typo``,
``wrong``) claims nothing. Nothing is evaluated; every pattern is linear and anchored; sizes are bounded.
"""

from __future__ import annotations

import re

from .alpha_queries import adopted_matrix, result_claims

MAX_LINES = 3000
MAX_LINE = 2000
EVIDENCE = 2
_INPUT = re.compile(r"^\s{0,4}Input:\s{0,8}(.{0,2000})$")
_INTERPRETATION = re.compile(r"^\s{0,4}Input interpretation:\s{0,8}(.{0,2000})$")
_RESULT = re.compile(r"^\s{0,4}(?:Result|Results|Exact result|Decimal approximation|Solutions?|Roots?):"
                     r"\s{0,8}(.{0,2000})$")
_OTHER_POD = re.compile(r"^\s{0,4}(?:Alternate forms?|Expanded forms?|Factored forms?|Exact forms?|"
                        r"Decimal approximations?|Decimal forms?|Number lines?|Plots?|Visual representations?|"
                        r"Step-by-step solution|Eigenvectors|"
                        r"Corresponding eigenvectors|Diagonalization|Complex solutions?|Real solutions?|Sums?|"
                        r"Properties|Definite integral|Indefinite integral|Series expansion.{0,40}|Root plot|"
                        r"Geometric figure|Dimensions|Matrix plot|Vector plot|Vector length|Normalized vector|"
                        r"Implicit derivatives?|Partial derivatives?|Approximate forms?|Continued fraction):")
_INDENTED = re.compile(r"^\s{6,60}\S")   # Alpha's next line of a result, under the first (the notes' own: less)
_TAKEN_BACK = re.compile(r"\b(?:oops|retype|re-type|typo|mistyped|wrong query|ignore (?:this|that))\b", re.I)
_BRACE_LIST = re.compile(r"\{(\s{0,4}-?[\d.]{1,20}(?:\s{0,4},\s{0,4}-?[\d.]{1,20}){0,200}\s{0,4})\}")
_BRACE_ROWS = re.compile(r"\{(\s{0,4}\[[^{}]{1,2000}\]\s{0,4})\}")


def is_alpha(text: str) -> bool:
    """Whether notes hold Wolfram|Alpha pastes: :data:`EVIDENCE` ``Input:`` lines or more and a ``Result:``, or
    one ``Input:`` with its ``Result:`` right below it (its interpretation between them)."""
    lines = [line[:MAX_LINE] for line in text.split("\n")[:MAX_LINES]]
    inputs = [i for i, line in enumerate(lines) if _INPUT.match(line) or _INTERPRETATION.match(line)]
    if len(inputs) >= EVIDENCE and any(_RESULT.match(line) for line in lines):
        return True
    for i in inputs:
        j = i + 1
        while j < len(lines) and j - i < 40 and (_INTERPRETATION.match(lines[j]) or _INDENTED.match(lines[j])):
            j += 1
        if j < len(lines) and _RESULT.match(lines[j]):
            return True
    return False


def bracket_lists(line: str) -> str:
    """Alpha's (Mathematica's) lists of numbers in brackets: ``{{8, 12}, {12, 19}}`` → ``[[8, 12], [12, 19]]``."""
    line = _BRACE_LIST.sub(r"[\1]", line)
    return _BRACE_ROWS.sub(r"[\1]", line)


def _block(lines: list[str], i: int, head: re.Pattern[str]) -> int:
    """The index after the line ``i`` (matching ``head``) and the lines indented below it."""
    j = i + 1
    while j < len(lines) and j - i < 40 and _INDENTED.match(lines[j]) and not head.match(lines[j]):
        j += 1
    return j


def alpha_notes(text: str) -> str:
    """Notes with their Wolfram|Alpha queries and results as claims (see the module doc); other text unchanged
    but for lists in braces."""
    if not is_alpha(text):
        return text
    lines = [line[:MAX_LINE] for line in text.split("\n")]
    out = [bracket_lists(line) for line in lines]
    i = 0
    while i < len(lines) and i < MAX_LINES:
        query = _INPUT.match(lines[i]) or _INTERPRETATION.match(lines[i])   # an interpretation alone: the query
        if not query:
            i += 1
            continue
        start, j = i, i + 1
        while j < len(lines) and (_INTERPRETATION.match(lines[j]) or _INDENTED.match(lines[j])) and j - i < 40:
            j += 1
        for k in range(start, j):
            out[k] = ""
        result = _RESULT.match(lines[j]) if j < len(lines) else None
        end = _block(lines, j, _RESULT) if result else j
        shown = ([result.group(1)] + [lines[k].strip() for k in range(j + 1, end)]) if result else []
        while end < len(lines) and _OTHER_POD.match(lines[end]):   # Alpha's other pods: no claim of the learner's
            pod = _block(lines, end, _OTHER_POD)
            for k in range(end, pod):
                out[k] = ""
            end = pod
        taken_back = end < len(lines) and bool(_TAKEN_BACK.search(lines[end]))
        for k in range(j, end):
            if out[k] == bracket_lists(lines[k]):
                out[k] = ""
        if not taken_back:
            claims = result_claims(query.group(1).strip(), shown)
            for k, claim in enumerate(claims):
                if claim:
                    out[j + k] = claim
            matrix = adopted_matrix(query.group(1).strip(), lines[:start])
            if matrix:
                out[start] = matrix
        i = max(end, i + 1)
    return "\n".join(out)

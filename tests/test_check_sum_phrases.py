"""A relation-led inline math after a short prose phrase naming a sum, a product or the minors (``spor $= 99$, summa
2×2 minora $= 139$``, ``sum of the principal minors $= 139$``) says what the phrase names: it is not the formula before
(the trace) continued.

Problem (by hand, THETA_HEAD): f = θ_3(θ_1 x + θ_2) + θ_4, θ = (2, 1, 3, 0), x = 1, 2. ∇f = (θ_3 x, θ_3, θ_1 x + θ_2,
1) = (3, 3, 3, 1) at x_1 and (6, 3, 5, 1) at x_2; K_11 = 28, K_12 = 43, K_22 = 71; tr K = 99, det K = 1988 − 1849 =
139 (for a 2×2 K the sum of its principal 2×2 minors is det K).
"""

import pytest
from check_helpers import THETA_HEAD, worst_verdicts

BODY = ("$K_{11} = 28$, $K_{12} = 43$, $K_{22} = 71$\n\n"
        "{trace} $= {tr}$, {phrase} $= 28 \\cdot 71 - 43^2 = 139$\n")
PHRASES = ["summa 2×2 minora", "sum of the principal minors", "Summe der 2×2 Hauptminoren", "produkt eigenvalues"]


def _notes(phrase: str, tr: int = 99, trace: str = "spor") -> str:
    return THETA_HEAD + BODY.replace("{trace}", trace).replace("{tr}", str(tr)).replace("{phrase}", phrase)


def _trace_line(notes: str) -> int:
    return next(n for n, line in enumerate(notes.split("\n"), start=1) if "$= 28 \\cdot" in line)


@pytest.mark.parametrize("phrase", PHRASES)
def test_a_sum_phrase_is_not_the_trace_continued(phrase):
    notes = _notes(phrase)
    verdicts, report = worst_verdicts(notes)
    line = _trace_line(notes)
    assert verdicts.get(line) == "correct"
    assert any(j.line == line and j.verdict == "correct" for j in report.judgements)   # the trace 99 itself
    assert report.first_mistake is None


@pytest.mark.parametrize("phrase", PHRASES)
def test_a_wrong_trace_before_the_phrase_is_still_wrong(phrase):
    notes = _notes(phrase, tr=98)
    verdicts, report = worst_verdicts(notes)
    assert verdicts.get(_trace_line(notes)) == "wrong"
    assert report.first_mistake.line == _trace_line(notes)


def test_a_long_sentence_with_the_word_is_not_a_label():
    from symntk.check.inline_names import after_a_word

    text = "tr $= 99$, and that is the sum we expected because the kernel is symmetric $= 5$"
    assert not after_a_word(text, text.rindex("$= 5$"), "= 5")
    text = "tr $= 99$, summa 2×2 minora $= 139$"
    assert after_a_word(text, text.rindex("$= 139$"), "= 139")

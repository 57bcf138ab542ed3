"""Notes sent as a plain-text email: the quoted earlier messages are not the learner's claims.

The notes are invented for these tests; verdicts worked out by hand: f(x) = W2 (W1 x + b1) + b2 with
W1 = (1, 2)^T, b1 = (0, 1)^T, W2 = (1, 1), b2 = 0, datapoints x1 = 1, x2 = 2. In θ order (w1_1, w1_2, b1_1, b1_2,
W2_1, W2_2, b2) the gradient is (x, x, 1, 1, x, 2x + 1, 1): at x1 (1, 1, 1, 1, 1, 3, 1), at x2 (2, 2, 1, 1, 2, 5, 1);
K11 = 15, K12 = 24, K22 = 40. The quoted lines hold claims that are wrong (W1_2 = -1, K12 = 23), so reading them
would give a false alarm.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.reply_quotes import email_cues, without_reply_quotes

DATA = "Given: W1 = [1, 2]^T, b1 = [0, 1]^T, W2 = [1, 1], b2 = 0, x1 = 1, x2 = 2\n"
WORK = ("\nf(x) = W2_1*(w1_1*x + b1_1) + W2_2*(w1_2*x + b1_2) + b2\n"
        "grad f(x1) = [1, 1, 1, 1, 1, 3, 1]\n"
        "K11 = 15\n"
        "K12 = 24\n")


def _lines(text: str, upto: int) -> dict:
    """The verdicts of ``text`` (the learner's work starting at line ``upto``) and its first mistake."""
    lines, first = notes_verdicts(text)
    return {line: v for line, v in lines.items() if line < upto}, lines, first


@pytest.mark.parametrize("head, quote", [
    ("Subject: Re: exercise A\n\nHi Sam,\n\n", "> for A, note that W1_2 = -1 and K12 = 23.\n> Sam\n"),
    ("Subject: exercise A\n\n", "> > is it K12 = 23?\n> No, check W1_2 = -1 again.\n"),
    ("Betreff: Aufgabe A\n\nHallo Sam,\n\n", "> K12 = 23 stimmt nicht.\n> Gruß, Sam\n"),
    ("Hi Sam,\n\nOn Tue, 1 Dec 2026 at 10:15, Sam <sam@uni.is> wrote:\n", "> W1_2 = -1, K12 = 23\n"),
    ("Efni: dæmi A\n\nHæ Sam,\n\n", "> K12 = 23 er vitlaust\n> Sam\n"),
])
def test_a_quoted_message_is_not_read(head, quote):
    text = head + quote + "\n" + DATA + WORK
    before = text[:text.index(DATA)].count("\n") + 1
    quoted, lines, first = _lines(text, before)
    assert quoted == {} and first == 0 and all(v == ["correct"] * len(v) for v in lines.values())


def test_the_learners_own_claims_below_the_quote_are_still_judged():
    text = "Subject: A\n\n> K12 = 24 is what I get\n> Sam\n\n" + DATA + WORK.replace("K12 = 24", "K12 = 23")
    lines, first = notes_verdicts(text)
    assert lines[11] == ["wrong"] and first == 11 and 3 not in lines


def test_an_outlook_original_message_below_the_reply_is_not_read():
    text = ("Hi Sam,\n\n" + DATA + WORK + "\nThanks,\nJonas\n\n-----Original Message-----\nFrom: Sam\n"
            "Sent: Tuesday, December 1, 2026 10:15 AM\nSubject: A\n\nK12 = 23, W1_2 = -1\n")
    lines, first = notes_verdicts(text)
    assert first == 0 and max(lines) == 8


def test_an_outlook_header_block_without_a_separator_starts_the_original():
    text = ("Hi Sam,\n\n" + DATA + WORK + "\nJonas\n\nFrom: Sam Smith\nSent: Tuesday 10:15\nTo: Jonas\n"
            "Subject: A\n\nK12 = 23\n")
    lines, first = notes_verdicts(text)
    assert first == 0 and max(lines) == 8


def test_a_signature_is_not_read():
    text = "Hi Sam,\n\n" + DATA + WORK + "\n-- \nJonas, room 2 = 3rd floor, tel 555 1234\n"
    lines, first = notes_verdicts(text)
    assert first == 0 and max(lines) == 8


def test_a_markdown_blockquote_of_the_learners_own_results_is_read_without_email_cues():
    text = DATA + WORK + "\n> $K_{22} = 41$\n"
    lines, first = notes_verdicts(text)
    assert lines[8] == ["wrong"] and first == 8


def test_a_blockquote_in_a_message_with_only_a_greeting_is_read_unless_it_is_a_message():
    own = "Hi all,\n\n" + DATA + WORK + "\n> $K_{22} = 41$\n"
    lines, first = notes_verdicts(own)
    assert lines[10] == ["wrong"] and first == 10
    quoted = "Hi all,\n\n> $K_{22} = 41$, said Sam\n> Sam\n\n" + DATA + WORK
    lines, first = notes_verdicts(quoted)
    assert 3 not in lines and first == 0


@pytest.mark.parametrize("text, kept", [
    ("Subject: A\n\n```\n> K <- J %*% t(J)\n```\n", True),   # R's prompt in a code fence is code
    ("Subject: A\n\n>> K = J*J'\nK =\n   8  12\n", True),      # MATLAB's prompt, no single > quote near it
    ("Subject: A\n\nSam wrote:\n>> K = 23\n", False),          # a nested quote under its attribution
    ("Subject: A\n\n> > K = 23\n> no\n", False),
])
def test_prompts_and_code_are_not_quotes(text, kept):
    out = without_reply_quotes(text)
    assert ("K" in out.split("\n", 3)[3]) is kept


def test_line_numbers_stay():
    text = "Subject: A\n\n> x\n> y\nK12 = 24\n"
    assert without_reply_quotes(text).split("\n")[4] == "K12 = 24"
    assert len(without_reply_quotes(text).split("\n")) == len(text.split("\n"))


@pytest.mark.parametrize("text, cues", [
    ("Subject: A\nK = 1\n", "email"),
    ("From: Sam\nDate: Tue\n\nK = 1\n", "email"),
    ("Dear Sam,\n\nK = 1\n", "greeting"),
    ("# Exercise A\n\n> K = 1\n", ""),
    ("Given: W1 = 1\nTo find: K\n", ""),
])
def test_email_cues(text, cues):
    assert email_cues(text.split("\n")) == cues


def test_the_exercise_only_in_the_quote_is_still_read():
    text = ("Subject: Re: A\n\n> Exercise A: W1 = [1, 2]^T, b1 = [0, 1]^T, W2 = [1, 1], b2 = 0, x1 = 1, x2 = 2\n"
            "> Sam\n\nHi Sam,\n\nK11 = 15\nK12 = 24\nK22 = 40\n")
    lines, first = notes_verdicts(text)
    assert lines[8] == ["correct"] and lines[9] == ["correct"] and lines[10] == ["correct"] and first == 0

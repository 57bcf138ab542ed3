"""Kernel entries named in prose (``K one-two``, ``$K_{12}$`` alone) with their value after them in math or prose."""

from check_helpers import GRAD_X1, GRAD_X2, IDENTITY_1_2_1, NETWORK_HEAD, verdicts

from symntk.check.worded_entries import worded_entries

HEAD = NETWORK_HEAD + f"The gradient at $x_1$ is {GRAD_X1} and at $x_2$ it is {GRAD_X2}.\n\n"


def test_worded_indices_with_math_after_is(tmp_path):
    """K = [[8, 12], [12, 19]] (check_helpers): ``K one-one is $… = 8$`` is K_11 = 8 (the sum 8 too), correct;
    ``K one-two is $… = 13$`` is K_12 = 13, wrong (true 12; 2 + 1 + 2 + 6 + 1 = 12, so the sum is wrong too)."""
    notes = HEAD + "K one-one is $1 + 0 + 1 + 0 + 1 + 4 + 1 = 8$.\nK one-two is $2 + 1 + 2 + 6 + 1 = 13$.\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert "wrong" not in lines[5] and "correct" in lines[5]
    assert "wrong" in lines[6] and first == 6


def test_value_in_prose_after_the_name(tmp_path):
    """``K two-two = 4 + 0 + 1 + 0 + 4 + 9 + 1 = 19, so nineteen`` (true K_22 = 19): correct; ``$K_{21}$ = 11
    (by symmetry)`` (true 12): wrong, the first mistake, on line 6."""
    notes = HEAD + "K two-two = 4 + 0 + 1 + 0 + 4 + 9 + 1 = 19, so nineteen.\n$K_{21}$ = 11 (by symmetry).\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert set(lines[5]) == {"correct"}
    assert lines[6] == ["wrong"] and first == 6


def test_name_before_math_that_opens_with_equals(tmp_path):
    """``K one-one $= 1 + 1 + 1 + 4 + 1 = 8$`` is K_11 = 8: correct, not a link of the math on the line above."""
    notes = HEAD + "K one-two is $12$.\nK one-one $= 1 + 1 + 1 + 4 + 1 = 8$.\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert set(lines[5]) == {"correct"} and set(lines[6]) == {"correct"} and first == 0


def test_rewrites_every_form():
    """The worded name with ``is $…$``, ``$= …$``, prose ``= …`` and a typeset name with prose ``= …``."""
    assert worded_entries("K one-one is $1 + 4 = 5$.") == "$K_{11} = 1 + 4 = 5$."
    assert worded_entries("K two two $= 3 × 3 = 9$.") == "$K_{22} = 3 × 3 = 9$."
    assert worded_entries("K one-three = 2 + 4 = 6, so six.") == "$K_{13} = 2 + 4 = 6$, so six."
    assert worded_entries("$K_{21}$ = 7 (as before).") == "$K_{21} = 7$ (as before)."
    assert worded_entries("K two-one ≈ 0.25 · 0.5 + 1.") == r"$K_{21} \approx 0.25 · 0.5 + 1$."
    assert worded_entries("K two-two is 0.3² + 1, hmm, that is 1.09.") == "$K_{22} = 0.3² + 1$, hmm, that is 1.09."


def test_leaves_what_is_no_value():
    """A name followed by words, by math that names something, or on a display line is left as it is."""
    for line in ("K one-one is the gradient at $x_1$ dotted with itself.", "K two-one is the same.",
                 "K one-two is $K_{21}$ by symmetry.", "$$K one-one = 5$$", "OK one-two = 3"):
        assert worded_entries(line) == line


def test_value_that_goes_on_in_words_is_no_entry(tmp_path):
    """K = [[8, 12], [12, 19]]: ``K one-one is 2 times 4`` (8, true), ``K two-two is 1 more than K one-one plus 10``
    (19 = 8 + 1 + 10, true), ``$K_{12}$ is $3$ times $K_{11}$ minus 12`` (24 − 12 = 12, true) and ``$K_{21}$ is 1 of
    the two off-diagonal entries`` say no value of the entry: none is read as K = 2, 1, 3 or 1 (all wrong), so no
    line is wrong; ``K one-two is 12 by symmetry`` is still read, correct."""
    notes = HEAD + ("K one-one is 2 times 4.\nK two-two is 1 more than K one-one plus 10.\n"
                    "$K_{12}$ is $3$ times $K_{11}$ minus 12.\n$K_{21}$ is 1 of the two off-diagonal entries.\n"
                    "K one-two is 12 by symmetry.\n")
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert first == 0 and all("wrong" not in lines.get(n, []) for n in range(5, 9))
    assert lines[9] == ["correct"]


def test_remark_in_brackets_after_the_value(tmp_path):
    """K = [[8, 12], [12, 19]]: ``$K_{11}$ = 8 (four twos and ones)`` is K_11 = 8, correct; ``K two-two is 18
    (counting every term).`` is K_22 = 18, wrong (true 19), the first mistake on line 6. A bracket that goes on with
    the value (``(times 3)``) or words after the bracket that go on (``(K one-one) more``) leave the line as it is."""
    notes = HEAD + "$K_{11}$ = 8 (four twos and ones).\nK two-two is 18 (counting every term).\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines[5] == ["correct"] and lines[6] == ["wrong"] and first == 6
    for line in ("$K_{12}$ is 4 (times 3).", "K one-two = 4 (K one-one) more than before."):
        assert worded_entries(line) == line

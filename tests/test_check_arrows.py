"""Results joined by an arrow for "so" in plain text, and tr/det named by their word before a number."""

import pytest

from symntk.check import check_text
from symntk.check.arrows import arrow_pieces, named_quantity
from symntk.check.source import Segment

# θ = (1, 1, 0, 1, 1, 0, 0) for f = θ_5(θ_1x + θ_3) + θ_6(θ_2x + θ_4) + θ_7, x = 1, 2:
# ∇f(x) = (x, 0, 1, 0, x, x + 1, 1),
# K = [[8, 12], [12, 19]] (1+1+1+4+1, 2+1+2+6+1, 4+1+4+9+1, by hand), tr K = 27, det K = 152 − 144 = 8.
GIVEN = "W1 = [1,1]^T, b1 = [0,1]^T, W2 = [1,0], b2 = 0 ; x_1 = 1, x_2 = 2\n\n"


@pytest.mark.parametrize("text, expected", [
    ("tr 27", "\\operatorname{tr} K = 27"),
    ("det 152-144 = 8", "\\det K = 152-144 = 8"),
    ("spor K = 27", "\\operatorname{tr} K = 27"),
    ("Det. (8·19) - 144", "\\det K = (8·19) - 144"),
    ("tr K", "tr K"),
    ("determined by 3", "determined by 3"),
    ("traces 3", "traces 3"),
])
def test_a_quantity_word_before_its_value(text, expected):
    assert named_quantity(text) == expected


def test_a_soft_piece_is_cut_at_its_arrows_and_math_is_not():
    soft = Segment(1, "K = [8 12; 12 19] \\to tr 27 ⇒ det 8", False, soft=True)
    assert [s.text for s in arrow_pieces(soft)] == ["K = [8 12; 12 19]", "\\operatorname{tr} K = 27", "\\det K = 8"]
    firm = Segment(1, "K = [8 12; 12 19] \\to tr 27", False)
    assert arrow_pieces(firm) == [firm]
    comma = Segment(1, "K = [[8, 12], [12, 19]], tr 27, det 8, trees 3", False, soft=True)
    assert [s.text for s in arrow_pieces(comma)] == ["K = [[8, 12], [12, 19]]", "\\operatorname{tr} K = 27",
                                                     "\\det K = 8, trees 3"]
    open_end = Segment(1, "θ = (1, 2) \\to", False, soft=True)
    assert arrow_pieces(open_end) == [open_end]


@pytest.mark.parametrize("line, verdicts", [
    ("K = [8 12; 12 19] \\to tr 27, det 152-144 = 8", ["correct"] * 4),
    ("K = [8 12; 12 19] -> tr 27 -> det 8", ["correct"] * 3),
    ("K = [8 12; 12 19] => tr 28", ["correct", "wrong"]),
    ("tr 27 ; det 152 - 144 = 9", ["correct", "correct", "wrong"]),
    ("K = [[8, 12], [12, 19]], tr 27, det 8", ["correct"] * 3),
    ("K = [[8, 12], [12, 19]], tr 27, det 9", ["correct", "correct", "wrong"]),
])
def test_arrow_lines_are_judged(line, verdicts):
    report = check_text(GIVEN + line + "\n", "n.md")
    got = ["carried" if j.carried else j.verdict for j in report.judgements if j.line == 3]
    assert got == verdicts


@pytest.mark.parametrize("arrow", ["⟹", "⟶"])
def test_a_long_arrow_cuts_a_formula_from_its_values(arrow):
    """W1 = 2, b1 = 1: h = W1 x + b1 is right, then h(0) = 1 and h(2) = 5 (2·2 + 1) are its values, h(1) = 4 is wrong
    (2·1 + 1 = 3); without the cut h = W1 x + b1 would be compared with h(0)."""
    notes = "Given: W1 = 2, b1 = 1, W2 = 1, b2 = 0; x₁ = 0, x₂ = 1, x₃ = 2.\n\n" \
        f"h = W1 x + b1 {arrow} h(0) = 1, h(2) = 5\n\nz = W1 x + b1 {arrow} z(1) = 4\n"
    report = check_text(notes, "notes.md")
    got = {}
    for j in report.judgements:
        got.setdefault(j.line, []).append(j.verdict)
    assert got == {3: ["correct", "correct", "correct"], 5: ["correct", "wrong"]}

"""A datapoint label heading a block (``### x₁ = 0``, ``**at x_2:**``) puts the block's bare activation values
(``σ = 0.5``, ``tanh' = 0.42``) at that datapoint, as a label on their own line does; a heading that names no
datapoint, or math naming another datapoint, ends the block. An activation's derivative without argument given
one number (``σ' = 0.25``) is never judged as a rule for every z: with no datapoint it is unreadable."""

from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.label_blocks import block_marks

# By hand: W1 = (1, -1)^T, b1 = (0, 0)^T, so z(x) = (x, -x): z(0) = (0, 0) and z(1) = (1, -1).
# tanh'(0) = 1, tanh(0) = 0; tanh(1) = 0.76159…, tanh'(±1) = 1 - 0.76159² = 0.41997…;
# σ(0) = 1/2, σ'(0) = 1/4, σ(1) = 0.73106, σ'(±1) = 0.73106 · 0.26894 = 0.19661.
DATA = ("$W^{[1]} = (1, -1)^T$, $b^{[1]} = (0, 0)^T$, $W^{[2]} = (1, 1)$, $b^{[2]} = 0$, "
        "$x_1 = 0$, $x_2 = 1$")


def _verdicts(activation: str, body: str) -> dict[int, list[str]]:
    text = f"# Exercise\n\nData: {DATA}, activation {activation}.\n\n{body}"
    return line_verdicts(check_text(text, "notes.md"))


def test_a_heading_label_puts_its_block_at_that_datapoint():
    got = _verdicts("$\\tanh$", "### x₁ = 0\n$z = (0, 0)$, $\\tanh' = 1$\n\n$\\tanh' = 0.5$\n\n"
                    "### x₂ = 1\n$\\tanh' = 0.42$, $\\tanh = 0.7616$\n")
    assert got == {6: ["correct", "correct"], 8: ["wrong"], 11: ["correct", "correct"]}


def test_a_bold_label_in_another_language():
    got = _verdicts("$\\sigma$", "**bei x_2:**\n\n$\\sigma = 0.7311$, $\\sigma' = 0.1966$\n\n"
                    "**bei x_1:**\n\n$\\sigma' = 0.25$, $\\sigma = 0.6$\n")
    assert got == {7: ["correct", "correct"], 11: ["correct", "wrong"]}


def test_the_block_ends_at_a_heading_or_math_naming_another_point():
    got = _verdicts("$\\tanh$", "## x₁ = 0\n$\\tanh' = 1$\n\n## Kernel\n$\\tanh' = 0.5$\n\n"
                    "**x_1:** $\\tanh = 0$\n\nthen with $x_2 = 1$ we get $z = (1, -1)$\n\n$\\tanh' = 0.5$\n")
    assert got == {6: ["correct"], 9: ["unreadable"], 11: ["correct"], 13: ["correct"], 15: ["unreadable"]}


def test_a_bare_derivative_at_no_datapoint_is_no_false_alarm():
    got = _verdicts("$\\sigma$", "$\\sigma' = 0.3$\n\n$\\varphi' = 0.3$\n")
    assert got == {5: ["unreadable"], 7: ["unreadable"]}


def test_a_bare_derivative_fitting_no_unit_at_a_labelled_point_is_wrong():
    # at x_2 = 1 the units differ (z = (1, -1)) but tanh' is 0.41997 at both: 0.5 is wrong whichever is meant
    got = _verdicts("$\\tanh$", "### x₂ = 1\n$\\tanh' = 0.5$, $\\tanh = 0.5$\n")
    assert got == {6: ["wrong", "unreadable"]}


def test_block_marks():
    text = "# A\n**x_1:**\nz = 1\n### K\n### x₂ = 1\n"
    assert block_marks(text, {2: 1, 5: 2}) == [(1, None), (2, 1), (4, None), (5, 2)]

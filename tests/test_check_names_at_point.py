"""Two of the learner's names linked at a datapoint (``t_1 = t_2 = 0`` under "At x_1 = 0"): they are compared
at that datapoint, not as functions of x."""

from tests.check_helpers import notes_verdicts

# f(x) = tanh(2x) + tanh(−2x) in the learner's letters: u_i = α_i x + β_i, t_i = tanh(u_i).
# At x_1 = 0: u_1 = u_2 = 0 and t_1 = t_2 = 0 (tanh 0). At x_2 = 1: u = (2, −2), t_1 = tanh 2 ≈ 0.964 and
# t_2 = tanh(−2) ≈ −0.964, so t_1 = t_2 is false there.
HEAD = ("Given (my letters): $\\alpha_1=2$, $\\alpha_2=-2$, $\\beta_1=\\beta_2=0$, $\\gamma_1=\\gamma_2=1$, "
        "$\\delta=0$, activation $\\tanh$, datapoints $x_1=0$, $x_2=1$.\n\n"
        "$$f(x)=\\gamma_1\\tanh(\\alpha_1x+\\beta_1)+\\gamma_2\\tanh(\\alpha_2x+\\beta_2)+\\delta$$\n\n"
        "Notation: $u_i=\\alpha_ix+\\beta_i$, $t_i=\\tanh(u_i)$.\n\n")


def test_two_names_equal_at_the_datapoint_are_correct():
    """t_1 = t_2 = 0 at x_1 = 0 (line 7): tanh(0) = tanh(−0) = 0, true there though tanh(2x) ≠ tanh(−2x):
    every claim correct, no mistake."""
    lines, first = notes_verdicts(HEAD + "**At $x_1=0$:** $u_1=u_2=0$, $t_1=t_2=0$.\n")
    assert set(lines[7]) == {"correct"}
    assert first == 0


def test_two_names_that_differ_at_the_datapoint_are_wrong():
    """t_1 = t_2 at x_2 = 1 (line 9): tanh 2 ≈ 0.964 but tanh(−2) ≈ −0.964, so the link is wrong (the first
    mistake); u_1 = 2 and u_2 = −2 are correct."""
    notes = HEAD + "**At $x_1=0$:** $u_1=u_2=0$.\n\n**At $x_2=1$:** $u_1=2$, $u_2=-2$, $t_1=t_2=0.96$.\n"
    lines, first = notes_verdicts(notes)
    assert "wrong" in lines[9] and lines[9].count("correct") >= 2
    assert first == 9

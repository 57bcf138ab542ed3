"""Gradients of a two-output network named by the learner under an output's heading or label (invented notes).

Network G of the corpus brief (worked out by hand): f(x) = W2 (W1 x + b1) + b2 with W1 = 1, b1 = 1,
W2 = (1, 2)ᵀ, b2 = (0, 0)ᵀ; θ = (W1, b1, W2_1, W2_2, b2_1, b2_2), h = x + 1.
∇f_1 = (W2_1 x, W2_1, h, 0, 1, 0): (1, 1, 2, 0, 1, 0) at x = 1, (2, 1, 3, 0, 1, 0) at x = 2.
∇f_2 = (W2_2 x, W2_2, 0, h, 0, 1): (2, 2, 0, 2, 0, 1) at x = 1, (4, 2, 0, 3, 0, 1) at x = 2.
"""

import pytest

from symntk.check import check_text
from symntk.check.output_subject import output_named

GIVEN = r"""Given $W^{[1]} = 1$, $b^{[1]} = 1$, $W^{[2]} = [1, 2]^T$, $b^{[2]} = [0, 0]^T$, $x_1 = 1$, $x_2 = 2$.

$\theta = (W^{[1]}, b^{[1]}, W^{[2]}_1, W^{[2]}_2, b^{[2]}_1, b^{[2]}_2)$, 6 parameters.
"""


def _verdicts(body: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(GIVEN + body).judgements:
        out.setdefault(j.line, []).append(j.verdict)
    return out


def test_gradients_named_g_under_an_outputs_heading_are_that_outputs():
    body = "\n### Output 1\n\n$g_1 = (1, 1, 2, 0, 1, 0)$, $g_2 = (2, 1, 3, 0, 1, 0)$.\n\n### Output 2\n\n" \
           "$g_1 = (2, 2, 0, 2, 0, 1)$, $g_2 = (4, 2, 0, 3, 0, 1)$.\n"
    assert _verdicts(body)[11] == ["correct", "correct"]


def test_a_slip_under_an_outputs_heading_is_still_wrong():
    body = "\n### Output 2\n\n$g_1 = (2, 2, 0, 2, 0, 1)$, $g_2 = (4, 2, 0, 2, 0, 1)$.\n"
    assert _verdicts(body)[7] == ["correct", "wrong"]


def test_the_outputs_name_as_a_lines_label():
    body = "\nf_1: x1 -> (1, 1, 2, 0, 1, 0) , x2 -> (2, 1, 3, 0, 1, 0)\n" \
           "f_2: x1 -> (2, 2, 0, 2, 0, 1) , x2 -> (4, 2, 0, 3, 0, 1)\n"
    assert _verdicts(body) == {3: ["correct", "correct"], 5: ["correct", "correct"], 6: ["correct", "correct"]}


@pytest.mark.parametrize("line, named", [("f_2: x1 -> (2, 2)", (2, False)), ("$f_2$: (1, 2)", (2, False)),
                                         ("f₂:", (2, True)), ("f_{1}:", (1, True)), ("f_2(x) = 3", None),
                                         ("f: R -> R", None)])
def test_output_labels_read(line, named):
    assert output_named(line) == named

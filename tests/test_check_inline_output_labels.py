"""Several outputs' results summed up on one line, each after its output's label (invented notes).

Network G of the corpus brief, worked out by hand: f(x) = W2 (W1 x + b1) + b2, W1 = 1, b1 = 1, W2 = (1, 2)ᵀ,
b2 = (0, 0)ᵀ, x_1 = 1, x_2 = 2; θ = (W1, b1, W2_1, W2_2, b2_1, b2_2).
Output 1: ∇f_1 = (1, 1, 2, 0, 1, 0), (2, 1, 3, 0, 1, 0); K^{(1)} = [[7, 10], [10, 15]], tr 22, det 5,
λ = 11 ± √116 ≈ 21.7703, 0.2297.
Output 2: ∇f_2 = (2, 2, 0, 2, 0, 1), (4, 2, 0, 3, 0, 1); K^{(2)} = [[13, 19], [19, 30]], tr 43, det 29,
λ = (43 ± √1733)/2 ≈ 42.3147, 0.6853.
"""

import pytest

from symntk.check import check_text
from symntk.check.output_labels import inline_outputs

GIVEN = r"""Given $W^{[1]} = 1$, $b^{[1]} = 1$, $W^{[2]} = [1, 2]^T$, $b^{[2]} = [0, 0]^T$, $x_1 = 1$, $x_2 = 2$.

I compute the 2×2 kernel of each output separately.

$$K^{(1)} = \begin{pmatrix} 7 & 10 \\ 10 & 15 \end{pmatrix}$$

$$K^{(2)} = \begin{pmatrix} 13 & 19 \\ 19 & 30 \end{pmatrix}$$
"""


def _last_line(body: str) -> list[str]:
    text = GIVEN + body
    last = len(text.splitlines())
    return [j.verdict for j in check_text(text).judgements if j.line == last]


def test_each_outputs_eigenvalues_after_its_label_are_judged_against_its_kernel():
    body = "\nOutput 1: $\\lambda \\approx 21.770,\\ 0.230$. Output 2: $\\lambda \\approx 42.315,\\ 0.685$.\n"
    assert _last_line(body) == ["correct", "correct"]


def test_results_under_the_wrong_label_are_wrong():
    body = "\nOutput 1: $\\lambda \\approx 42.315,\\ 0.685$. Output 2: $\\lambda \\approx 21.770,\\ 0.230$.\n"
    assert _last_line(body) == ["wrong", "wrong"]


def test_icelandic_and_german_labels_name_the_kernel_of_a_trace():
    assert _last_line("\nÚttak 2: $\\operatorname{tr} K = 43$, úttak 1: $\\operatorname{tr} K = 22$\n") == \
        ["correct", "correct"]
    assert _last_line("\nAusgang 1 — $\\det K = 5$; Ausgang 2 — $\\det K = 5$\n") == ["correct", "wrong"]


@pytest.mark.parametrize("line, outputs", [
    ("Úttak 1: $a$. Úttak 2: $b$.", [1, 2]),
    ("eigenvalues for output 2: $a$", [2]),
    ("**Output 1:** $a$", [1]),
    ("the output 1.5 times larger: $a$", []),
    ("outputs 1, 2: $a$", []),
    ("throughput 2: $a$", []),
])
def test_labels_found_on_a_line(line, outputs):
    assert [o for _, o in inline_outputs(line)] == outputs

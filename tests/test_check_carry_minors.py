"""Error carried forward from the learner's own principal minors of a 3 × 3 kernel, and the equation p(λ) = 0
followed by ⇒ and its factored form (invented notes).

Network (worked out by hand): f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]} with W^{[1]} = 1, b^{[1]} = 2,
W^{[2]} = 2, b^{[2]} = 0 at x = 0, 1, 2; ∇f = (2x, 2, x + 2, 1) gives (0, 2, 2, 1), (2, 2, 3, 1), (4, 2, 4, 1) and
K = [[9, 11, 13], [11, 18, 25], [13, 25, 37]]: tr K = 64, principal minors 9·18 − 121 = 41, 9·37 − 169 = 164,
18·37 − 625 = 41 (sum 246), det K = 0, so det(K − λI) = −λ³ + 64λ² − 246λ. A learner who works out
18·37 = 656 gets the minor 31, the sum 236 and λ³ − 64λ² + 236λ = 0.
"""

from check_helpers import problem, verdicts

LINEAR = problem([1, 1, 1], "identity", [0, 1, 2], W1=[[1]], b1=[2], W2=[[2]], b2=0)
KERNEL = r"$$K = \begin{pmatrix} 9 & 11 & 13 \\ 11 & 18 & 25 \\ 13 & 25 & 37 \end{pmatrix}$$"
SLIP = r"Minors: $9\cdot 18 - 121 = 41$, $9\cdot 37 - 169 = 164$, $18\cdot 37 - 625 = 656 - 625 = 31$"
RIGHT = r"Minors: $9\cdot 18 - 121 = 41$, $9\cdot 37 - 169 = 164$, $18\cdot 37 - 625 = 41$"


def test_polynomial_from_their_own_wrong_minor_is_carried(tmp_path):
    notes = "\n\n".join([KERNEL, SLIP, r"$$\lambda^3 - 64\lambda^2 + 236\lambda = 0 \Rightarrow "
                                       r"\lambda(\lambda^2 - 64\lambda + 236) = 0$$"])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[1] == ["correct"]
    assert out[3] == ["correct", "correct", "wrong", "carried"] and first == 3
    assert out[5] == ["carried", "carried"]


def test_a_fresh_slip_in_the_factored_polynomial_stays_wrong(tmp_path):
    notes = "\n\n".join([KERNEL, SLIP, r"$$\lambda^3 - 64\lambda^2 + 236\lambda = 0 \Rightarrow "
                                       r"\lambda(\lambda^2 - 64\lambda + 226) = 0$$"])
    out, _ = verdicts(tmp_path, LINEAR, notes)
    assert out[5] == ["carried", "wrong"]


def test_right_minors_then_a_wrong_polynomial_stays_wrong(tmp_path):
    notes = "\n\n".join([KERNEL, RIGHT, r"$$\lambda^3 - 64\lambda^2 + 236\lambda = 0$$"])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[3] == ["correct"] * 3
    assert out[5] == ["wrong"] and first == 5


def test_an_equation_then_its_factored_form_after_an_arrow_is_right(tmp_path):
    notes = "\n\n".join([KERNEL, RIGHT, r"$$\lambda^3 - 64\lambda^2 + 246\lambda = 0 \;\Rightarrow\; "
                                        r"\lambda(\lambda^2 - 64\lambda + 246) = 0$$"])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[5] == ["correct", "correct"] and first == 0

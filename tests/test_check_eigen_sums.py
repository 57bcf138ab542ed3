"""The eigenvalues checked by their sum (``Sum $= 35 = \\operatorname{tr}K$``), read as tr K; invented notes.

Linear network (worked out by hand): f(x) = W2 (W1 x + b1) + b2 with W1 = 1, b1 = 0, W2 = 2, b2 = 0, x = (1, 2).
∇θ f = (W2 x, W2, W1 x + b1, 1) = (2x, 2, x, 1): g1 = (2, 2, 1, 1), g2 = (4, 2, 2, 1); K11 = 4 + 4 + 1 + 1 = 10,
K12 = 8 + 4 + 2 + 1 = 15, K22 = 16 + 4 + 4 + 1 = 25; tr K = 35, det K = 250 − 225 = 25, λ = (35 ± √1125)/2 ≈ 34.2705
and 0.7295 (sum 35). A learner with K22 = 26 has tr K = 36, det = 260 − 225 = 35, λ = (36 ± √1156)/2 = 35 and 1.
"""

from check_helpers import problem, verdicts

from symntk.check.eigen_sums import inline_eigen_sum, prose_eigen_sums

LINEAR = problem([1, 1, 1], "identity", [1, 2], W1=1, b1=0, W2=2, b2=0)
KERNEL = r"$$K = \begin{pmatrix} 10 & 15 \\ 15 & 25 \end{pmatrix}$$"
EIGEN = r"$$\lambda_1 \approx 34.27, \quad \lambda_2 \approx 0.73$$"


def _notes(*lines: str) -> str:
    return "\n\n".join([KERNEL, EIGEN, *lines])   # lines 1, 3, then 5, 7, …


def test_inline_sum_equal_to_the_trace_is_correct(tmp_path):
    out, first = verdicts(tmp_path, LINEAR, _notes(r"Sum $= 35 = \operatorname{tr}K$ ✓."))
    assert out[5] == ["correct"] and first == 0


def test_a_wrong_sum_is_wrong(tmp_path):
    out, first = verdicts(tmp_path, LINEAR, _notes("Sum = 36 = trace ✓"))
    assert out[5] == ["wrong"] and first == 5


def test_rounded_sum_then_whole_number_reads_the_whole_number(tmp_path):
    out, _ = verdicts(tmp_path, LINEAR, _notes(r"(sum $= 34.999 \approx 35$ ok)"))
    assert out[5] == ["correct"]


def test_sum_of_eigenvalues_in_prose_without_a_list_above(tmp_path):
    notes = "\n\n".join([KERNEL, "sum of eigenvalues = 35.0, matches"])
    out, _ = verdicts(tmp_path, LINEAR, notes)
    assert out[3] == ["correct"]


def test_sum_after_own_wrong_kernel_is_carried(tmp_path):
    own = r"$$K = \begin{pmatrix} 10 & 15 \\ 15 & 26 \end{pmatrix}$$"
    notes = "\n\n".join([own, r"$$\lambda_1 = 35, \quad \lambda_2 = 1$$", "(summa $= 36$ ✓)"])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert first == 1 and out[5] == ["carried"]


def test_no_eigenvalues_in_view_is_not_read():
    # the line above holds no eigenvalues, and the line names neither them nor the trace
    assert inline_eigen_sum("Sum ", "= 35", "", "K_{12} = 15") is None
    assert prose_eigen_sums("Sum = 35", "K12 = 15") == []


def test_decimals_and_arithmetic_are_not_read():
    above = r"$$\lambda_1 \approx 3.21, \quad \lambda_2 \approx 0.64$$"
    assert inline_eigen_sum("Sum ", r"\approx 3.85", "", above) is None    # rounding may differ in the last digit
    assert inline_eigen_sum("Sum ", "= 35 + 1", "", above) is None         # more arithmetic follows
    assert inline_eigen_sum("Sum of squares ", "= 35", "", above) is None  # a sum of something else
    assert inline_eigen_sum("Summe ", "= 35", "", above) == r"\operatorname{tr} K = 35"
    assert prose_eigen_sums("somma ≈ 35 = traccia", "")[0][0] == r"\operatorname{tr} K \approx 35"


def test_a_sum_on_a_line_of_minors_is_not_the_trace():
    # after the characteristic polynomial (λ with no value of its own), "summa $= 66$" on the minors' line is their sum
    above = r"$\lambda^2 - (\operatorname{tr}K)\lambda + c = 0$, $\operatorname{tr}K = 46$,"
    assert inline_eigen_sum("minorar: $36 - 25 = 11$, summa ", "= 66", ".", above) is None
    assert inline_eigen_sum("summa ", "= 66", ".", above) is None   # the line above gives no eigenvalue a value
    assert prose_eigen_sums("minors 11, 44, 11, sum = 66", r"\lambda_1 \approx 44.52") == []
    assert inline_eigen_sum("summa ", "= 46", "", r"\lambda_1 \approx 44.52") == r"\operatorname{tr} K = 46"

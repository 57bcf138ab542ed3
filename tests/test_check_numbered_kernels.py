"""Kernels numbered by a bare superscript, one per output (``K¹ = …``, ``K² = …``), in plain unicode notes.

f: R → R², h = w x + b, f_o = v_o h + c_o with w = 2, b = 0, v = (1, 3), c = (0, 0), x₁ = 1, x₂ = 2 (by hand,
checked with a separate J·Jᵀ in NumPy): h = (2, 4); ∇f₁ = (v₁x, v₁, h, 0, 1, 0) = (1, 1, 2, 0, 1, 0),
(2, 1, 4, 0, 1, 0); K¹ = [[7, 12], [12, 22]], tr 29, det 154 − 144 = 10. ∇f₂ = (3, 3, 0, 2, 0, 1), (6, 3, 0, 4, 0, 1);
K² = [[23, 36], [36, 62]], tr 85, det 1426 − 1296 = 130. The full 4 × 4 kernel has trace 114.
"""

from check_helpers import worst_verdicts

from symntk.check.kernel_numbers import numbered_kernels

NOTES = """Two outputs

W1 = 2, b1 = 0, W2 = [1, 3]ᵀ, b2 = [0, 0]ᵀ, x1 = 1, x2 = 2

I compute the 2×2 kernel for each output separately.
Names: w, b for the first layer, v1, v2 for W2, c1, c2 for b2.

h = w x + b
f1(x) = v1 h + c1,  f2(x) = v2 h + c2
θ = (w, b, v1, v2, c1, c2), 6 parameters

output 1: ∇f1(x1) = (1, 1, 2, 0, 1, 0), ∇f1(x2) = (2, 1, 4, 0, 1, 0)
K¹ = [[7, 12], [12, 22]]
trace 29, det 154 − 144 = 10

output 2: ∇f2(x1) = (3, 3, 0, 2, 0, 1), ∇f2(x2) = (6, 3, 0, 4, 0, 1)
K² = [[23, 36], [36, 62]]
trace 85, det 1426 − 1296 = 130
"""


def _line(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), start=1) if line.startswith(start))


def test_superscript_numbers_after_a_first_one_label_the_kernels():
    assert numbered_kernels("K¹ = A\nK² = B") == "K⁽¹⁾ = A\nK⁽²⁾ = B"
    assert numbered_kernels("$K^{1} = A$, $K^2 = B$, Θ¹") == "$K⁽¹⁾ = A$, $K⁽²⁾ = B$, Θ⁽¹⁾"


def test_without_a_first_number_a_superscript_stays_a_power():
    for text in ("K² = K K", "K⁻¹ = A", "λ² − 27λ + 8", "K¹² = 3"):
        assert numbered_kernels(text) == text
    assert numbered_kernels("K¹ = A, K⁻¹ = B, K¹² = 3, K¹ᵀ") == "K⁽¹⁾ = A, K⁻¹ = B, K¹² = 3, K¹ᵀ"


def test_each_numbered_kernel_and_its_trace_and_determinant_are_judged_as_that_outputs():
    verdicts, report = worst_verdicts(NOTES)
    for start in ("K¹", "K²"):
        assert verdicts.get(_line(NOTES, start)) == "correct", start
    for n, line in enumerate(NOTES.split("\n"), start=1):
        if line.startswith("trace"):
            assert verdicts.get(n) == "correct", line
    assert report.exit_code == 0


def test_a_wrong_trace_of_the_second_outputs_kernel_is_found():
    notes = NOTES.replace("trace 85", "trace 84")
    verdicts, report = worst_verdicts(notes)
    assert verdicts.get(_line(notes, "trace 84")) == "wrong"
    assert verdicts.get(_line(notes, "trace 29")) == "correct"
    assert report.exit_code == 1

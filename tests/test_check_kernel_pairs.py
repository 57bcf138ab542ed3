"""The full kernel of a network with two outputs, its entries named by (datapoint, output) pairs
(``K_{(1,2),(2,2)}``, ``Θ_{(x_2,f_1),(x_1,f_2)}``), read the way the notes order the pairs; K listed output-major;
a lone ``b^{[2]} = 0`` beside a column W^{[2]} (the zero vector); compound indices as distinct names.

The notes are invented for these tests. Their exercise: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} ∈ ℝ² with
W^{[1]} = 2, b^{[1]} = 0, W^{[2]} = (1, −1)^T, b^{[2]} = 0, x_1 = 1, x_2 = 3. The expected kernel is computed here
by central differences of a plain forward pass (no symntk), and checked against the hand computation: with
θ = (W^{[1]}, b^{[1]}, W^{[2]}_1, W^{[2]}_2, b^{[2]}_1, b^{[2]}_2) the Jacobian rows (x_i, f_o) are
(1,1,2,0,1,0), (−1,−1,0,2,0,1), (3,1,6,0,1,0), (−3,−1,0,6,0,1), so K_{(1,2),(2,2)} = 17 while the swapped reading
(output, point) of the same subscript is K_{(2,1),(2,2)} = −10.
"""

from fractions import Fraction

import pytest

from symntk.check import check_text
from symntk.check.kernel_pairs import full_indices, pair_order
from symntk.check.nodes import Group, Num, Sym
from symntk.check.scope import key

HEAD = ("$f:\\mathbb{R}\\to\\mathbb{R}^2$, $f(x) = W^{[2]}(W^{[1]}x+b^{[1]})+b^{[2]}$, $W^{[1]}=2$, $b^{[1]}=0$, "
        "$W^{[2]}=(1,-1)^T$, $b^{[2]}=(0,0)^T$, $x_1=1$, $x_2=3$.\n\n")   # line 1


def _forward(theta, x):
    w1, b1, v1, v2, c1, c2 = theta
    h = w1 * x + b1
    return [v1 * h + c1, v2 * h + c2]


def _kernel() -> dict[tuple[tuple[int, int], tuple[int, int]], int]:
    """K over (datapoint, output) pairs by central differences (exact here: f is linear in each parameter)."""
    theta, points, eps = [2.0, 0.0, 1.0, -1.0, 0.0, 0.0], [1.0, 3.0], 1e-4
    rows = {}
    for i, x in enumerate(points, start=1):
        for o in (1, 2):
            grad = []
            for k in range(6):
                up, down = list(theta), list(theta)
                up[k] += eps
                down[k] -= eps
                grad.append((_forward(up, x)[o - 1] - _forward(down, x)[o - 1]) / (2 * eps))
            rows[(i, o)] = grad
    return {(a, b): round(sum(p * q for p, q in zip(rows[a], rows[b]))) for a in rows for b in rows}


K = _kernel()


def test_the_reference_kernel_is_the_hand_computation():
    assert K[(1, 1), (1, 1)] == 7 and K[(1, 2), (2, 2)] == 17 and K[(2, 1), (2, 2)] == -10
    assert K[(2, 1), (1, 2)] == -4 and K[(2, 2), (2, 2)] == 47


def _lines(notes: str) -> dict[int, list[str]]:
    report = check_text(notes, "notes.md")
    out: dict[int, list[str]] = {}
    for j in report.judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


POINT_FIRST = "Reihenfolge der Paare: $(x_1,f_1), (x_1,f_2), (x_2,f_1), (x_2,f_2)$.\n\n"   # line 3
OUTPUT_FIRST = "Order of the pairs: $(f_1,x_1), (f_1,x_2), (f_2,x_1), (f_2,x_2)$.\n\n"      # line 3


def test_numeric_pairs_follow_the_stated_point_first_order():
    right, swapped = K[(1, 2), (2, 2)], K[(2, 1), (2, 2)]
    lines = _lines(HEAD + POINT_FIRST + f"$K_{{(1,2),(2,2)}} = {right}$\n\n$K_{{(1,2),(2,2)}} = {swapped}$\n")
    assert lines[5] == ["correct"] and lines[7] == ["wrong"]


def test_numeric_pairs_follow_the_stated_output_first_order():
    # (output, point): K_{(1,2),(2,2)} is the entry of (x_2, f_1) and (x_2, f_2)
    right, other = K[(2, 1), (2, 2)], K[(1, 2), (2, 2)]
    lines = _lines(HEAD + OUTPUT_FIRST + f"$K_{{(1,2),(2,2)}} = {right}$\n\n$K_{{(1,2),(2,2)}} = {other}$\n")
    assert lines[5] == ["correct"] and lines[7] == ["wrong"]


def test_named_members_say_their_role_and_a_wrong_entry_is_found():
    notes = HEAD + (f"$K_{{(x_2,f_1),(x_1,f_2)}} = {K[(2, 1), (1, 2)]}$\n\n"
                    f"$\\Theta_{{(f_2,x_2),(f_1,x_2)}} = {K[(2, 2), (2, 1)]}$\n\n"
                    f"$K_{{(x_2,f_2),(x_2,f_2)}} = {K[(2, 2), (2, 2)] + 1}$\n")
    lines = _lines(notes)
    assert lines[3] == ["correct"] and lines[5] == ["correct"] and lines[7] == ["wrong"]


def test_without_a_stated_order_either_reading_of_numbers_is_kept_and_other_values_are_wrong():
    notes = HEAD + (f"$K_{{(1,2),(2,2)}} = {K[(1, 2), (2, 2)]}$\n\n$K_{{(1,2),(2,2)}} = {K[(2, 1), (2, 2)]}$\n\n"
                    "$K_{(1,2),(2,2)} = 5$\n")
    lines = _lines(notes)
    assert lines[3] == ["correct"] and lines[5] == ["correct"] and lines[7] == ["wrong"]


def test_sums_written_after_a_pair_are_judged_too():
    lines = _lines(HEAD + POINT_FIRST + "$K_{(1,1)(2,1)} = 3+1+12+1 = 17$\n\n$K_{(1,1)(2,2)} = -3-1 = -3$\n")
    assert K[(1, 1), (2, 1)] == 17 and K[(1, 1), (2, 2)] == -4
    assert lines[5] == ["correct", "correct"] and "wrong" in lines[7]


def _matrix(order) -> str:
    rows = [" & ".join(str(K[a, b]) for b in order) for a in order]
    return "$$K = \\begin{pmatrix}" + " \\\\ ".join(rows) + "\\end{pmatrix}$$\n"


POINT_MAJOR = [(1, 1), (1, 2), (2, 1), (2, 2)]
OUTPUT_MAJOR = [(1, 1), (2, 1), (1, 2), (2, 2)]


def test_a_kernel_listed_output_major_is_read_in_that_order():
    assert _lines(HEAD + OUTPUT_FIRST + _matrix(OUTPUT_MAJOR))[5] == ["correct"]
    assert _lines(HEAD + OUTPUT_FIRST + _matrix(POINT_MAJOR))[5] == ["wrong"]


def test_a_kernel_listed_point_major_is_read_in_that_order():
    assert _lines(HEAD + POINT_FIRST + _matrix(POINT_MAJOR))[5] == ["correct"]
    assert _lines(HEAD + POINT_FIRST + _matrix(OUTPUT_MAJOR))[5] == ["wrong"]


@pytest.mark.parametrize("text, expected", [
    ("Reihenfolge $(x_1,f_1), (x_1,f_2), (x_2,f_1), (x_2,f_2)$", ("point", "point")),
    ("order $(x_1,f_1), (x_2,f_1), (x_1,f_2), (x_2,f_2)$", ("point", "output")),
    ("pairs $(f_1, x_1), (f_2, x_1)$", ("output", "point")),
    ("über die Paare (Datenpunkt, Ausgang)", ("point", None)),
    ("indexed by (output, data point)", ("output", None)),
    ("pör (úttak, gagnapunktur)", ("output", None)),
    ("$W = (1, 2)$ and $(a, b)$", (None, None)),
])
def test_the_order_the_notes_state(text, expected):
    assert pair_order(text) == expected


def test_full_indices_are_point_major_and_drop_readings_out_of_range():
    assert full_indices((((None, 1), (None, 2)), ((None, 2), (None, 2))), "point", 2, 2) == [(2, 4)]
    assert full_indices((((None, 1), (None, 2)), ((None, 2), (None, 2))), None, 2, 2) == [(2, 4), (3, 4)]
    assert full_indices((((None, 3), (None, 1)), ((None, 1), (None, 1))), None, 2, 2) == []   # no x_3, no f_3


def test_compound_indices_are_distinct_names():
    def pair(a, b):
        return Group("tuple", (Num(Fraction(a), None, str(a)), Num(Fraction(b), None, str(b))))

    first = Sym("K", (pair(1, 1), pair(1, 2)), None, 0)
    second = Sym("K", (pair(1, 1), pair(2, 1)), None, 0)
    assert key(first) != key(second)
    assert key(Sym("h", (Num(Fraction(1), None, "1"),), None, 0)) == "h_1"


def test_a_lone_zero_bias_beside_a_column_of_weights_is_the_zero_vector():
    notes = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}\\in\\mathbb{R}^2$, $W^{[1]}=2$, $b^{[1]}=0$, "
             "$W^{[2]} = \\begin{pmatrix}1\\\\-1\\end{pmatrix}$, $b^{[2]} = 0$. $x_1 = 1$, $x_2 = 3$.\n\n"
             f"$K_{{(x_1,f_1),(x_2,f_1)}} = {K[(1, 1), (2, 1)]}$\n")
    report = check_text(notes, "notes.md")
    assert list(report.problem.widths) == [1, 1, 2]
    assert [j.verdict for j in report.judgements if j.line == 3] == ["correct"]


def test_a_lone_nonzero_bias_for_a_wider_layer_still_fails():
    notes = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]}=2$, $b^{[1]}=0$, "
             "$W^{[2]} = \\begin{pmatrix}1\\\\-1\\end{pmatrix}$, $b^{[2]} = 1$. $x_1 = 1$, $x_2 = 3$.\n\n"
             "$K_{(x_1,f_1),(x_2,f_1)} = 17$\n")
    from symntk.errors import InputError

    with pytest.raises(InputError):
        check_text(notes, "notes.md")


def _kernel_of_output(o: int) -> dict[tuple[int, int], int]:
    """Output o's 2 × 2 kernel, from the same central-difference Jacobian rows."""
    return {(i, j): K[(i, o), (j, o)] for i in (1, 2) for j in (1, 2)}


@pytest.mark.parametrize("said", ["Kernel je Komponente.", "One kernel per component.", "Noyau par composante.",
                                  "Kernel pro Komponente, jeweils 2×2."])
def test_a_kernel_per_component_said_in_words_reads_k_ij_per_output(said):
    k1 = _kernel_of_output(1)
    assert k1[1, 2] == 17 and K[(1, 1), (1, 2)] == -2   # the per-output and the full reading differ
    lines = _lines(HEAD + said + f"\n\n$K_{{12}} = {k1[1, 2]}$\n\n$K_{{12}} = 5$\n")
    assert lines[5] == ["correct"] and lines[7] == ["wrong"]

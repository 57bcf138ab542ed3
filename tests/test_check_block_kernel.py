"""The kernel written by the layers' blocks: K_{ij} = x_i x_j ‖W^{[2]}‖² + ‖W^{[2]}‖² + h(x_i)^⊤ h(x_j) + 1, the block
products on their own (‖W^{[2]}‖², (W^{[2]})^⊤ W^{[2]}, ⟨h(x_1), h(x_2)⟩), and a wrong block product carried into
the kernel entries computed from it.

Expected values from tests/reference.py (central differences, J Jᵀ) and NumPy, never from the checker.
A: W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0, x_1 = 1, x_2 = 2 (K = [[8, 12], [12, 19]]);
B: W1 = [2, -1]^T, b1 = [1, 0]^T, W2 = [1, 3], b2 = 1, x_1 = 1, x_2 = -1.
"""

import numpy as np
import pytest
from check_helpers import line_verdicts, notes_verdicts

from symntk.check import check_text

from reference import central_jacobian

EXERCISES = {
    "A": (np.array([[1], [1]]), np.array([0, 1]), np.array([1, 0]), 0, [1, 2],
          r"$W^{[1]} = [1, 1]^\top$, $b^{[1]} = [0, 1]^\top$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$; $x_1 = 1$, "
          r"$x_2 = 2$."),
    "B": (np.array([[2], [-1]]), np.array([1, 0]), np.array([1, 3]), 1, [1, -1],
          r"$W^{[1]} = [2, -1]^\top$, $b^{[1]} = [1, 0]^\top$, $W^{[2]} = [1, 3]$, $b^{[2]} = 1$; $x_1 = 1$, "
          r"$x_2 = -1$."),
}
HEAD = r"Network $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$ with "


def _kernel(name: str) -> np.ndarray:
    W1, b1, W2, b2, xs, _ = EXERCISES[name]
    theta = [*W1.ravel(), *b1, *W2, b2]
    J = central_jacobian(theta, [1, 2, 1], ["identity"], [[x] for x in xs])
    return np.rint(J @ J.T).astype(int)


def _h(name: str, i: int) -> np.ndarray:
    W1, b1, _, _, xs, _ = EXERCISES[name]
    return W1[:, 0] * xs[i - 1] + b1


def _norm(name: str) -> int:
    return int(EXERCISES[name][2] @ EXERCISES[name][2])


def _verdicts(name: str, *claims: str):
    """Verdicts per claim line (claim n on line 3 + 2n) and the first mistake's line."""
    notes = "\n\n".join([HEAD + EXERCISES[name][5], r"$h(x) = W^{[1]}x + b^{[1]}$", *(f"$${c}$$" for c in claims)])
    return notes_verdicts(notes + "\n")


def test_the_exercises_kernels_from_central_differences():
    assert _kernel("A").tolist() == [[8, 12], [12, 19]]
    for name in EXERCISES:   # the block form the tests rely on, checked numerically
        xs, K = EXERCISES[name][4], _kernel(name)
        for i in (1, 2):
            for j in (1, 2):
                assert K[i - 1, j - 1] == (xs[i - 1] * xs[j - 1] + 1) * _norm(name) + _h(name, i) @ _h(name, j) + 1


@pytest.mark.parametrize("name", ["A", "B"])
@pytest.mark.parametrize("formula, verdict", [
    (r"x_i x_j \|W^{[2]}\|^2 + \|W^{[2]}\|^2 + h(x_i)^\top h(x_j) + 1", "correct"),
    (r"(x_i x_j + 1) (W^{[2]})^\top W^{[2]} + \langle h(x_i), h(x_j)\rangle + 1", "correct"),
    (r"x_i x_j \|W^{[2]}\|^2 + h(x_i)^\top h(x_j) + 1", "wrong"),   # the block of b^{[1]} left out
])
def test_the_kernel_by_blocks_for_every_entry(name, formula, verdict):
    lines, _ = _verdicts(name, rf"K_{{ij}} = {formula}")
    assert len(lines[5]) == 4 and lines[5][0] == verdict and set(lines[5]) <= {verdict, "carried"}, lines


@pytest.mark.parametrize("name", ["A", "B"])
def test_block_products_on_their_own(name):
    hh, norm = int(_h(name, 1) @ _h(name, 2)), _norm(name)
    lines, first = _verdicts(name, rf"\langle h(x_1), h(x_2)\rangle = {hh}", rf"h(x_1)^\top h(x_2) = {hh}",
                             rf"\|W^{{[2]}}\|^2 = {norm}", rf"(W^{{[2]}})^\top W^{{[2]}} = {norm}",
                             rf"W^{{[2]}} (W^{{[2]}})^\top = {norm}", rf"(W^{{[2]}})^\top W^{{[2]}} = {norm + 1}")
    assert [lines[n] for n in (5, 7, 9, 11, 13, 15)] == [["correct"]] * 5 + [["wrong"]], lines
    assert first == 15


@pytest.mark.parametrize("name", ["A", "B"])
def test_a_wrong_norm_is_carried_into_the_entries_made_from_it(name):
    xs, K = EXERCISES[name][4], _kernel(name)
    wrong = _norm(name) + 1
    hh = int(_h(name, 2) @ _h(name, 2))
    own = xs[1] * xs[1] * wrong + wrong + hh + 1
    assert own != K[1, 1]
    lines, first = _verdicts(name, rf"\|W^{{[2]}}\|^2 = {wrong}",
                             rf"K_{{22}} = {xs[1] * xs[1]} \cdot {wrong} + {wrong} + {hh} + 1 = {own}",
                             rf"K_{{22}} = {own + 1}")
    assert lines[5] == ["wrong"] and lines[7] == ["carried", "carried"] and lines[9] == ["wrong"], lines
    assert first == 5


def test_a_wrong_unit_value_is_carried_into_the_block_product_and_the_entry():   # A: h(x_2) = (2, 3), not (2, 4)
    K = _kernel("A")
    lines, first = _verdicts("A", r"h(x_1) = (1, 2)^\top, \quad h(x_2) = (2, 4)^\top",
                             r"\langle h(x_1), h(x_2)\rangle = 10", r"K_{12} = 2 \cdot 1 + 1 + 10 + 1 = 14")
    assert K[0, 1] == 12
    assert lines[5] == ["correct", "wrong"] and lines[7] == ["carried"] and lines[9] == ["carried", "carried"], lines
    assert first == 5


def test_the_learners_letters():   # B in letters: ‖v‖² = 10, ⟨h(x_1), h(x_2)⟩ = −4, K_12 = −3
    notes = (r"Let $u = [2, -1]^\top$, $b = [1, 0]^\top$, $v = [1, 3]^\top$, $c = 1$; $x_1 = 1$, $x_2 = -1$." "\n\n"
             r"$$f(x) = v^\top h(x) + c, \quad h(x) = ux + b$$" "\n\n"
             r"$$K_{ij} = x_i x_j \|v\|^2 + \|v\|^2 + h(x_i)^\top h(x_j) + 1$$" "\n\n"
             r"$$v^\top v = 11$$" "\n\n" r"$$K_{12} = -11 + 11 - 4 + 1 = -3$$" "\n")
    assert int(EXERCISES["B"][2] @ EXERCISES["B"][2]) == 10 and _kernel("B")[0, 1] == -3
    lines = line_verdicts(check_text(notes))
    assert set(lines[5]) == {"correct"} and lines[7] == ["wrong"] and lines[9][-1] == "correct", lines

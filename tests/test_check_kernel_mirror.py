"""A kernel entry set equal to its mirror with no value (``K_{21} = K_{12}`` by symmetry) claims the learner's own
mirror value (invented notes).

One output (worked out by hand): W^{[1]} = (1, 1)ᵀ, b^{[1]} = (0, 1)ᵀ, W^{[2]} = (1, 0), b^{[2]} = 0, identity,
x = (1, 2): ∇f(x) = (x, 0, 1, 0, x, x + 1, 1), so ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1), ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1)
and K = [[8, 12], [12, 19]].

Two outputs: W^{[1]} = 1, b^{[1]} = 0, W^{[2]} = (1, 2)ᵀ, b^{[2]} = (0, 0), identity, x = (1, 2): ∇f_1(x) =
(x, 1, x, 0, 1, 0), ∇f_2(x) = (2x, 2, 0, x, 0, 1), so K^{(1)}_{12} = 2 + 1 + 2 + 1 = 6 and K^{(2)}_{12} =
8 + 4 + 2 + 1 = 15.
"""

from check_helpers import IDENTITY_1_2_1, problem, verdicts

TWO = problem([1, 1, 2], "identity", [1, 2], W1=[[1]], b1=[0], W2=[[1], [2]], b2=[0, 0])


def test_the_mirror_of_a_right_entry_is_right(tmp_path):
    notes = "$K_{11} = 8$\n\n$K_{12} = 12$\n\nand $K_{21} = K_{12}$ by symmetry.\n\n$K_{22} = 19$"
    out, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert out[5] == ["correct"] and first == 0


def test_the_mirror_of_a_wrong_entry_is_carried(tmp_path):
    notes = "$K_{12} = 13$\n\n$$K_{21} = K_{12}$$"
    out, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert out[1] == ["wrong"] and out[3] == ["carried"] and first == 1


def test_the_mirror_written_at_the_datapoints(tmp_path):
    notes = "$K(x_1, x_2) = 12$\n\n$K(x_2, x_1) = K(x_1, x_2)$"
    out, _ = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert out[3] == ["correct"]


def test_no_value_of_the_mirror_yet_is_not_judged(tmp_path):
    notes = "$K_{21} = K_{12}$ since K is symmetric.\n\n$K_{12} = 12$"
    out, _ = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert 1 not in out and out[3] == ["correct"]


def test_a_diagonal_entry_or_two_unrelated_entries_claim_nothing(tmp_path):
    notes = "$K_{12} = 12$\n\n$K_{11} = K_{22}$\n\n$K_{21} = K_{11}$"
    out, _ = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert 3 not in out and 5 not in out


def test_each_outputs_mirror_is_its_own(tmp_path):
    notes = "\n\n".join(["$K^{(1)}_{12} = 6$", "$K^{(2)}_{12} = 15$", "$K^{(1)}_{21} = K^{(1)}_{12}$",
                         "$K^{(2)}_{21} = K^{(2)}_{12}$"])
    out, first = verdicts(tmp_path, TWO, notes)
    assert out[1] == ["correct"] and out[3] == ["correct"]
    assert out[5] == ["correct"] and out[7] == ["correct"] and first == 0

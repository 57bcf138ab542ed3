"""An indexed quantity equated to a bare list of values, one per index value (``h(x_i) = 1, 3, 5``), read as one
claim per value (symntk/check/index_notation.py)."""

from check_helpers import problem, verdicts

# A 1-1-1 identity net: W1 = 3, b1 = -1, W2 = 2, b2 = 1 at x = (0, 1, 2): h = 3x - 1 = -1, 2, 5 and
# f = 2h + 1 = -1, 5, 11
NET = problem([1, 1, 1], "identity", [0, 1, 2], W1=[[3]], b1=[-1], W2=[[2]], b2=1)


def test_values_listed_per_datapoint(tmp_path):
    """h(x_i) = -1, 2, 5 is h at x_1, x_2, x_3: three correct claims on line 1."""
    lines, first = verdicts(tmp_path, NET, "$h(x_i) = -1, 2, 5$\n")
    assert lines == {1: ["correct", "correct", "correct"]} and first == 0


def test_one_listed_value_wrong(tmp_path):
    """f(x_i) = -1, 5, 12: f(x_3) = 2·5 + 1 = 11, so the third value is wrong and the others right."""
    lines, first = verdicts(tmp_path, NET, "$f(x_i) = -1, 5, 12$\n")
    assert lines == {1: ["correct", "correct", "wrong"]} and first == 1


def test_a_bracketed_vector_is_not_a_list_of_values(tmp_path):
    """h(x_i) = (−1, 2, 5) holds one vector, not one value per i: it is not split into h(x_1) = −1, …, so no
    instance is judged correct."""
    lines, _ = verdicts(tmp_path, NET, "$h(x_i) = (-1, 2, 5)$\n")
    assert "correct" not in lines.get(1, [])

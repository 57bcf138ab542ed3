"""The Kronecker delta with an index letter and a value (``δ_{k1}``) in a formula for every index
(symntk.check.index_notation), on invented notes.

The exercise (worked out by hand): widths 1-1-2, identity, W^{[1]} = 2, b^{[1]} = 1, W^{[2]} = (1, 3)^T,
b^{[2]} = 0; h = 2x + 1, f_k = W^{[2]}_k h + b^{[2]}_k. With θ = (W^{[1]}, b^{[1]}, W^{[2]}_1, W^{[2]}_2, b^{[2]}_1,
b^{[2]}_2): ∇f_k = (W^{[2]}_k x, W^{[2]}_k, δ_{k1} h, δ_{k2} h, δ_{k1}, δ_{k2}), so ∇f_1 = (x, 1, h, 0, 1, 0) and
∇f_2 = (3x, 3, 0, h, 0, 1). The biases' entries swapped (δ_{k2}, δ_{k1}) are wrong for every k.
"""

from symntk.check.index_notation import instances
from symntk.check.source import Segment
from tests.check_helpers import NETWORK_HEAD, problem, verdicts

TWO_OUT = problem([1, 1, 2], "identity", [1, 2], W1=[[2]], b1=[1], W2=[[1], [3]], b2=[0, 0])


def test_kronecker_with_a_value_in_a_gradient_for_every_output(tmp_path):
    """Line 3 correct (every instance k = 1, 2), line 5 wrong and the first mistake."""
    notes = NETWORK_HEAD + (
        "$\\nabla_\\theta f_k(x) = (W^{[2]}_k x, W^{[2]}_k, \\delta_{k1} h, \\delta_{k2} h, \\delta_{k1}, "
        "\\delta_{k2})$\n\n"
        "$\\nabla_\\theta f_k(x) = (W^{[2]}_k x, W^{[2]}_k, \\delta_{k1} h, \\delta_{k2} h, \\delta_{k2}, "
        "\\delta_{k1})$\n")
    lines, first = verdicts(tmp_path, TWO_OUT, notes)
    assert set(lines[3]) == {"correct"} and "wrong" in lines[5] and first == 5


def test_kronecker_values_put_in():
    """δ_{k2} is 1 for k = 2 only; δ_{1k} likewise; δ_{12} with no letter is left as written."""
    texts = [s.text for s in instances(Segment(1, "a_k = \\delta_{k2} + \\delta_{1k} + \\delta_{12}", False))]
    assert texts == ["a_1 = 0 + 1 + \\delta_{12}", "a_2 = 1 + 0 + \\delta_{12}", "a_3 = 0 + 0 + \\delta_{12}"]

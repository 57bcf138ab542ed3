"""A number for ∂f/∂θ_k written just under the line that names a datapoint is the value there: a value true only
at another datapoint is wrong (invented notes).

Network (worked out by hand): f(x) = W^{[2]} relu(W^{[1]}x + b^{[1]}) + b^{[2]} with W^{[1]} = (1, −1)ᵀ,
b^{[1]} = (0, 3)ᵀ, W^{[2]} = (1, 3), b^{[2]} = 0 at x_1 = 1, x_2 = 4. At x_1: z = (1, 2), both units on, so
∂f/∂b^{[1]}_1 = 1, ∂f/∂b^{[1]}_2 = 3. At x_2: z = (4, −1), the second unit is off, so ∂f/∂b^{[1]}_1 = 1 and
∂f/∂b^{[1]}_2 = 3 · relu′(−1) = 0; 3 is the value at x_1 only.
"""

from check_helpers import NETWORK_HEAD, problem, verdicts

RELU = problem([1, 2, 1], "relu", [1, 4], W1=[[1], [-1]], b1=[0, 3], W2=[[1, 3]], b2=0)
HEAD = NETWORK_HEAD.replace("W^{[1]}x", "\\mathrm{relu}(W^{[1]}x").replace("b^{[1]})", "b^{[1]}))")


def _at(point: str, value: str, gap: int = 0) -> str:
    lines = [f"At ${point}$: $z = {'(1, 2)' if point.startswith('x_1') else '(4, -1)'}$"] + ["Next."] * gap
    return HEAD + "\n\n".join(lines + [rf"$\frac{{\partial f}}{{\partial b^{{[1]}}_2}} = {value}$"])


def _last(out: dict) -> list[str]:
    return out[max(out)]


def test_the_value_at_the_other_datapoint_is_wrong(tmp_path):
    out, first = verdicts(tmp_path, RELU, _at("x_2 = 4", "3"))
    assert _last(out) == ["wrong"] and first == max(out)


def test_the_value_at_the_named_datapoint_is_right(tmp_path):
    out, first = verdicts(tmp_path, RELU, _at("x_2 = 4", "0"))
    assert _last(out) == ["correct"] and first == 0
    out, first = verdicts(tmp_path, RELU, _at("x_1 = 1", "3"))
    assert _last(out) == ["correct"] and first == 0


def test_a_value_the_same_at_every_datapoint_is_right(tmp_path):
    notes = _at("x_2 = 4", "0").replace("b^{[1]}_2} = 0", "b^{[1]}_1} = 1")
    out, first = verdicts(tmp_path, RELU, notes)
    assert _last(out) == ["correct"] and first == 0


def test_their_own_value_there_after_their_slip_is_carried(tmp_path):
    notes = _at("x_2 = 4", "3").replace("$z = (4, -1)$", r"$z = (4, -1)$, $\mathrm{relu}'(z) = (1, 1)$")
    out, first = verdicts(tmp_path, RELU, notes)
    assert out[3] == ["correct", "wrong"] and _last(out) == ["carried"] and first == 3


def test_a_datapoint_named_far_above_does_not_pin_the_number(tmp_path):
    out, first = verdicts(tmp_path, RELU, _at("x_2 = 4", "3", gap=4))
    assert _last(out) == ["correct"] and first == 0

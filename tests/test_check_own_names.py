"""The learner's own names for the parameters (read from the structure of their formula) and plain-text math.

Every expected value here was worked out by hand for the small networks below and is cross-checked against
the independent exact backprop of tests/reference.py; none is copied from the checker's output.
"""

import pytest

from symntk.check import check_text
from symntk.check.names import Param, read_network
from symntk.check.source import segments
from symntk.check.syntax import parse
from symntk.errors import InputError

from conftest import grows_linearly
from reference import exact_jacobian, gram

INPUTS = ["x"] + [f"x_{i}" for i in range(1, 10)]


def _rhs(text):
    return parse(text).members[-1].node


def _defs(*texts):
    out = {}
    for t in texts:
        chain = parse(t)
        from symntk.check.meaning import key

        out.setdefault(key(chain.members[0].node), []).append(chain.members[1].node)
    return out


def test_unit_by_unit_formula_places_every_name_by_structure():
    net = read_network([_rhs(r"f = v_1 \tanh(w_1 x + b_1) + v_2 \tanh(w_2 x + b_2) + c")], {}, INPUTS)
    assert net.widths == [1, 2, 1] and net.activations == ["tanh"]
    assert net.params == {"W_1": Param("W", 1, 1, 1), "b_1": Param("b", 1, 1), "W_2": Param("W", 1, 2, 1),
                          "b_2": Param("b", 1, 2), "v_1": Param("W", 2, 1, 1), "v_2": Param("W", 2, 1, 2),
                          "c": Param("b", 2, 1)}


@pytest.mark.parametrize("formula, b2", [
    (r"f = v_1 (w_1 x + b_1) + v_2 (w_2 x + b_2) + c", Param("b", 1, 2)),   # two hidden units: b_2 is b^{[1]}_2
    (r"f = w_2 (w_1 x + b_1) + b_2", Param("b", 2, 1)),                      # one unit per layer: b_2 is b^{[2]}
])
def test_b2_is_what_the_formula_makes_it(formula, b2):
    assert read_network([_rhs(formula)], {}, INPUTS).params["b_2"] == b2


def test_named_units_pre_and_post_activation():
    defs = _defs("z_1 = w_1 x + b_1", "z_2 = w_2 x + b_2", r"a_1 = \sigma(z_1)", r"a_2 = \sigma(z_2)")
    net = read_network([_rhs("f = v_1 a_1 + v_2 a_2 + c")], defs, INPUTS)
    assert net.widths == [1, 2, 1] and net.activations == ["sigmoid"]
    assert net.units == {"a_1": ("a", 1, 1), "a_2": ("a", 1, 2), "z_1": ("z", 1, 1), "z_2": ("z", 1, 2)}


def test_nested_three_layers_and_named_layers():
    net = read_network([_rhs(r"f = w_3 \tanh(w_2 \tanh(w_1 x + b_1) + b_2) + b_3")], {}, INPUTS)
    assert net.widths == [1, 1, 1, 1] and net.activations == ["tanh", "tanh"]
    assert net.params["b_2"] == Param("b", 2, 1) and net.params["W_3"] == Param("W", 3, 1, 1)
    defs = _defs("h = w x + b", "g = u h + d")
    net = read_network([_rhs("f = v g + c")], defs, INPUTS)
    assert net.widths == [1, 1, 1, 1] and net.params["u"] == Param("W", 2, 1, 1) and net.params["d"] == Param("b", 2, 1)


def test_two_outputs_share_their_hidden_unit():
    net = read_network([_rhs("f_1 = v_1 (w x + b) + c_1"), _rhs("f_2 = v_2 (w x + b) + c_2")], {}, INPUTS)
    assert net.widths == [1, 1, 2]
    assert net.params["v_2"] == Param("W", 2, 2, 1) and net.params["c_2"] == Param("b", 2, 2)


def test_two_inputs_named_by_the_learner_give_the_columns():
    defs = _defs("h_1 = w_1 s + w_2 t + b_1", "h_2 = w_3 s + w_4 t + b_2")
    net = read_network([_rhs("f = v_1 h_1 + v_2 h_2 + c")], defs, ["s", "t"] + INPUTS)
    assert net.widths == [2, 2, 1]
    assert net.params["W_2"] == Param("W", 1, 1, 2) and net.params["W_3"] == Param("W", 1, 2, 1)


@pytest.mark.parametrize("formula", [
    "f = v_1 h_1 + 2",                        # a number is no parameter
    "f = v_1 (w_1 x + b_1) + v_1 (w_2 x + b_2) + c",   # one name for two parameters
    "f = v_1 (w_1 x + b_1) + c - v_2",        # a difference is no network
    "f = v_1 x",                              # no bias
])
def test_formulas_that_are_no_network(formula):
    assert read_network([_rhs(formula)], {}, INPUTS) is None


# f(x) = v1 (w1 x + b1) + v2 (w2 x + b2) + c, w1 = 2, w2 = 1, b1 = 0, b2 = -1, v1 = 1, v2 = 3, c = 1,
# points 1 and -1. By hand: ∇f(1) = (v1 x, v2 x, v1, v2, w1 x + b1, w2 x + b2, 1) = (1, 3, 1, 3, 2, 0, 1),
# ∇f(-1) = (-1, -3, 1, 3, -2, -2, 1); K11 = 25, K12 = -3, K22 = 29.
THETA = [2, 1, 0, -1, 1, 3, 1]
PLAIN = """# my net

Network: `f(x) = v1*(w1*x + b1) + v2*(w2*x + b2) + c`

My values: w1 = 2, w2 = 1, b1 = 0, b2 = -1 and v1 = 1, v2 = 3, c = 1. Points: x1 = 1, x2 = -1.

- `df/dw1 = v1*x`
- `df/db2 = v2`
- `df/dv2 = w2*x + b2`

| derivative | x1 = 1 | x2 = -1 |
|---|---|---|
| df/dw2 | 3 | -3 |
| df/dv1 | 2 | -2 |

grad at x1: [1, 3, 1, 3, 2, 0, 1]

K11 = 1 + 9 + 1 + 9 + 4 + 0 + 1 = 25

K12 = -1 - 9 + 1 + 9 - 4 + 0 + 1 = {k12}

```
K = [[25, {k12}],
     [{k12}, 29]]
```
"""


def test_reference_values_of_the_plain_text_network():
    J = exact_jacobian(THETA, [1, 2, 1], ["identity"], [[1], [-1]])
    assert J == [[1, 3, 1, 3, 2, 0, 1], [-1, -3, 1, 3, -2, -2, 1]]
    assert gram(J) == [[25, -3], [-3, 29]]


def test_plain_text_notes_in_the_learners_names_all_correct():
    report = check_text(PLAIN.format(k12=-3))
    kinds = [(j.line, j.verdict) for j in report.judgements]
    assert all(v == "correct" for _, v in kinds), kinds
    lines = {line for line, _ in kinds}
    assert {7, 8, 9, 13, 14, 16, 18, 20, 23} <= lines   # backticks, table cells, prose, fenced matrix
    assert report.exit_code == 0


def test_plain_text_notes_with_a_wrong_entry_carry_it_into_the_matrix():
    report = check_text(PLAIN.format(k12=-5))
    wrong = [(j.line, j.carried) for j in report.judgements if j.verdict == "wrong"]
    assert wrong[0] == (20, False)
    assert (23, True) in wrong and report.exit_code == 1


def test_the_same_letters_are_other_parameters_in_a_scalar_chain():
    notes = ("f(x) = w2*(w1*x + b1) + b2, with w1 = 2, b1 = 1, w2 = 3, b2 = 5. Points x1 = 0, x2 = 1.\n\n"
             "`df/db2 = 1` and `df/db1 = w2 = 3` and `df/dw2 = w1*x + b1`\n")
    report = check_text(notes)
    assert [j.verdict for j in report.judgements if j.line == 3] == ["correct"] * 4


def test_values_in_words_for_every_weight_and_bias():
    notes = ("f = w3*(w2*(w1*x + b1) + b2) + b3\n\nAll weights = 2, all biases = 0. x1 = 1, x2 = 2.\n\n"
             "`df/dw1 = w3*w2*x` so df/dw1 at x1 is 4: `∇f(x1) = [4, 4, 4, 2, 4, 1]`\n")
    report = check_text(notes)
    J = exact_jacobian([2, 0, 2, 0, 2, 0], [1, 1, 1, 1], ["identity", "identity"], [[1], [2]])
    assert J[0] == [4, 4, 4, 2, 4, 1]   # h1 = 2, h2 = 4
    assert [j.verdict for j in report.judgements if j.line == 5] == ["correct", "correct"]


def test_datapoints_under_the_learners_own_letter():
    notes = ("$f(x) = v_1(w_1 x + b_1) + v_2(w_2 x + b_2) + c$ with $w_1 = 2$, $w_2 = 1$, $b_1 = 0$, $b_2 = -1$, "
             "$v_1 = 1$, $v_2 = 3$, $c = 1$.\n\nPoints $p_1 = (1)$ and $p_2 = (-1)$.\n\n"
             "$\\nabla f(p_2) = (-1, -3, 1, 3, -2, -2, 1)$ and $f(p_1) = 3$\n")
    report = check_text(notes)
    assert [j.verdict for j in report.judgements if j.line == 5] == ["correct", "correct"]


def test_a_formula_without_values_names_its_line_and_the_missing_names():
    notes = "Net: `f(x) = v1*(w1*x + b1) + v2*(w2*x + b2) + c`\n\nw1 = 1, w2 = 1, b1 = 0, b2 = 1, v1 = 1\n\nx1 = 1\n"
    with pytest.raises(InputError) as err:
        check_text(notes, "n.md")
    assert "line 1" in str(err.value) and "v_2" in str(err.value) and "c" in str(err.value)


def test_unrecognised_exercise_says_what_was_found():
    with pytest.raises(InputError) as err:
        check_text("f(x) = u(x) + 7, u_1 = 2\n\nx1 = 1\n", "n.md")
    assert "line 1" in str(err.value) and "u_1" in str(err.value)


@pytest.mark.parametrize("text, found", [
    ("see `df/dw1 = v1*x` here", ["df/dw1 = v1*x"]),
    ("`np.linalg.eigvalsh(K)` and `x == 1`", []),
    ("`K = np.array([[1, 2], [2, 5]])`", ["K = np.array([[1, 2], [2, 5]])"]),
    ("```\nK = [[8, 11],\n     [11, 16]]\n```\n", ["K = [[8, 11], [11, 16]]"]),
    ("```python\nK = [[8, 11],\n     [11, 16]]\n```\n", ["K = [[8, 11], [11, 16]]"]),   # a notebook cell's typed K
    ("```\nimport numpy as np\nlam = np.linalg.eigvalsh(K)\n```\n", []),
])
def test_code_that_holds_math(text, found):
    assert [s.text for s in segments(text) if "K = [[" in s.text or "df" in s.text or "np" in s.text
            or "==" in s.text] == found


def test_fenced_statement_keeps_its_first_line():
    segs = [s for s in segments("a\n\n```\nJ = [[1, 0],\n     [2, 1]]\n```\n") if s.text.startswith("J")]
    assert [(s.line, s.soft) for s in segs] == [(4, True)]


def test_exact_fractions_for_decimal_values_by_name():
    notes = ("f(x) = v*tanh(w*x + b) + c where w = 0.5, b = 0, v = 2, c = 0; x1 = 0, x2 = 1\n\n"
             "`df/dc = 1`, `df/db = v*(1 - tanh(w*x + b)**2)`\n")
    report = check_text(notes)
    assert [j.verdict for j in report.judgements if j.line == 3] == ["correct", "correct"]


def test_plain_text_readers_stay_linear_on_hostile_lines():

    def text(n: int) -> str:
        return ("grad at x1 " + ":" * (20 * n) + " [1]\n" + "at x1: `[1]` " * (3 * n) + "\n```\n" + "K = [[" * (2 * n)
                + "\n```\n" + "w1 = 1 " * (3 * n) + "\n")

    assert grows_linearly(segments, text, 125)


@pytest.mark.parametrize("given", [
    "| w1 | w2 | b1 | b2 | v1 | v2 | c |\n|---|---|---|---|---|---|---|\n| 2 | 1 | 0 | -1 | 1 | 3 | 1 |",
    "| name | value |\n|---|---|\n| w1 | 2 |\n| w2 | 1 |\n| b1 | 0 |\n| b2 | -1 |\n| v1 | 1 |\n| v2 | 3 |\n| c | 1 |",
    "W^[1] = [w1, w2]ᵀ (w1 = 2, w2 = 1), b^[1] = [b1, b2]ᵀ (b1 = 0, b2 = -1)\n\nW^[2] = [v1, v2] = [1, 3], c = 1",
])
def test_values_by_name_in_tables_and_asides(given):
    notes = f"Net: f(x) = v1*(w1*x + b1) + v2*(w2*x + b2) + c\n\n{given}\n\nPoints (x1 = 1, x2 = -1).\n\n" \
            "`df/dv2 = w2*x + b2`\n∇f(x2) = [-1, -3, 1, 3, -2, -2, 1]\n"
    report = check_text(notes)
    last = max(j.line for j in report.judgements)
    assert [j.verdict for j in report.judgements if j.line >= last - 1] == ["correct", "correct"]
    assert report.exit_code == 0


def test_prose_math_beside_inline_code_is_read():
    texts = [s.text for s in segments("So `df/dw1 = v1*x` and K11 = 1 + 4 = 5\n")]
    assert texts == ["df/dw1 = v1*x", "K11 = 1 + 4 = 5"]


def test_names_stand_for_the_parameters_when_the_problem_comes_from_a_file():
    from symntk.problem import problem_from_dict

    problem = problem_from_dict({"network": {"widths": [1, 2, 1], "activation": "identity"},
                                 "parameters": {"W1": [["2"], ["1"]], "b1": [["0"], ["-1"]], "W2": [["1", "3"]],
                                                "b2": [["1"]]},
                                 "data": {"x": [[1], [-1]]}})
    notes = ("$f(x) = v_1 h_1 + v_2 h_2 + c$ with $h_i = w_i x + b_i$\n\n"
             "$\\frac{\\partial f}{\\partial v_2} = h_2$ and $\\frac{\\partial f}{\\partial b_2} = v_2$ and "
             "$\\frac{\\partial f}{\\partial b_1} = v_2$\n")
    report = check_text(notes, problem=problem)
    assert [j.verdict for j in report.judgements if j.line == 3] == ["correct", "correct", "wrong"]


LAYERED_ENTRIES = "\n".join([
    "# Uppgift",
    "",
    r"$f(x) = w_{11}^{(2)}\tanh\big(w_{11}^{(1)}x + b_1^{(1)}\big) + b_1^{(2)}$ med",
    r"$w_{11}^{(1)} = 1$, $b_1^{(1)} = 0$, $w_{11}^{(2)} = 2$, $b_1^{(2)} = 0$; $x_1 = 0$, $x_2 = 1$.",
    "",
    r"$$\Theta_{11} = {k11}$$",
])


@pytest.mark.parametrize("k11, verdict", [(5, "correct"), (6, "wrong")])
def test_entry_names_with_a_layer_are_the_learners_own_names(k11, verdict):
    # w_{ij}^{(l)} names one entry (a number), not the matrix W^{(l)}: the formula is a network of them.
    # At x = 0: ∂f/∂w^{(1)} = 2·(1 − tanh²0)·0 = 0, ∂f/∂b^{(1)} = 2, ∂f/∂w^{(2)} = tanh 0 = 0, ∂f/∂b^{(2)} = 1,
    # so Θ_11 = 2² + 1² = 5.
    report = check_text(LAYERED_ENTRIES.replace("{k11}", str(k11)))
    assert [j.verdict for j in report.judgements if j.line == 6] == [verdict]


WHOLE_LAYERS = "\n".join([
    "given: W1 = [1,1]^T, b1 = [0,1]^T, W2 = [1,0], b_2 = 0, x_1 = 1",
    "",
    r"$f(x) = w_{11}^{(2)}(w_{11}^{(1)}x + b_1^{(1)}) + w_{12}^{(2)}(w_{21}^{(1)}x + b_2^{(1)}) + b_2$",
    "",
    r"$\partial f / \partial b_1^{(1)} = w_{11}^{(2)} = 1$",
    "",
    r"$\Theta_{11} = {k11}$",
])


@pytest.mark.parametrize("k11, verdict", [(8, "correct"), (7, "wrong")])
def test_entry_names_without_values_take_the_layers_given_whole(k11, verdict):
    # h = (x, x + 1); ∇f(1) = (v₁x, v₂x, v₁, v₂, h₁, h₂, 1) = (1, 0, 1, 0, 1, 2, 1): Θ_11 = 1 + 1 + 1 + 4 + 1 = 8.
    assert gram(exact_jacobian([1, 1, 0, 1, 1, 0, 0], [1, 2, 1], ["identity"], [[1]])) == [[8]]
    report = check_text(WHOLE_LAYERS.replace("{k11}", str(k11)))
    assert [j.verdict for j in report.judgements if j.line == 7] == [verdict]

"""Numbers as learners write them: decimal commas in a whole file, f at a number (invented notes).

Every expected verdict is worked out by hand: for σ(x) = 1/(1 + e^{−x}) with the network
f(x) = W2 σ(W1 x + b1) + b2, W1 = W2 = 1, b1 = b2 = 0, θ = (W1, b1, W2, b2):
∇f(0) = (0, 1/4, 1/2, 1), ∇f(1) = (σ'(1), σ'(1), σ(1), 1) with σ(1) = 0.7310586, σ'(1) = 0.1966119,
K_11 = 1/16 + 1/4 + 1 = 1.3125, K_12 = σ'(1)/4 + σ(1)/2 + 1 = 1.414682, K_22 = 2σ'(1)² + σ(1)² + 1 = 1.611759.
"""

from check_helpers import problem
from check_helpers import verdicts as _verdicts

from symntk.check.decimal_comma import mark_decimal_commas, writes_decimal_commas

SIGMOID = problem([1, 1, 1], "sigmoid", [0, 1], W1=1, b1=0, W2=1, b2=0)
LINEAR = SIGMOID.replace('"sigmoid"', '"identity"').replace("W1 = 1", "W1 = 2").replace("b2 = 0", "b2 = 1")


def test_decimal_commas_in_lists_spaced_with_backslash_and_in_sums(tmp_path):
    notes = "\n\n".join([
        r"$$\nabla_\theta f(x_1) = (0, \ 0,25, \ 0,5, \ 1)$$",                            # 1
        r"$$\nabla_\theta f(x_2) \approx (0,19661, \ 0,19661, \ 0,73106, \ 1)$$",          # 3
        r"$$K_{11} = 0 + 0,0625 + 0,25 + 1 = 1,3125$$",                                     # 5: 3 claims
        r"$$K_{12} = 0,25 \cdot 0,19661 + 0,5 \cdot 0,73106 + 1 = 0,04915 + 0,36553 + 1 = 1,41468$$",  # 7: 3
        r"$$K_{22} = 2 \cdot 0,19661^2 + 0,73106^2 + 1 = 1,61176$$",                        # 9: 2
    ])
    verdicts, first = _verdicts(tmp_path, SIGMOID, notes)
    assert verdicts == {1: ["correct"], 3: ["correct"], 5: ["correct"] * 2, 7: ["correct"] * 3,
                        9: ["correct"] * 2}
    assert first == 0


def test_a_wrong_decimal_comma_sum_is_the_first_mistake(tmp_path):
    notes = "\n\n".join([
        r"$$\nabla_\theta f(x_1) = (0, \ 0,25, \ 0,5, \ 1)$$",                            # 1
        r"$$K_{11} = 0 + 0,0625 + 0,25 + 1 = 1,4125$$",                                     # 3: sum right, total wrong
    ])
    verdicts, first = _verdicts(tmp_path, SIGMOID, notes)
    assert verdicts[1] == ["correct"]
    assert verdicts[3][-1] == "wrong"
    assert first == 3


def test_which_commas_are_decimal_commas():
    assert writes_decimal_commas(r"$a = 0,5 + 0,25$")
    assert not writes_decimal_commas(r"$\theta = (1,0,1,0)$ and $W_{1,2} = 3$, $x = (1,0)$, $K_{2,1}$")
    assert not writes_decimal_commas(r"for $i = 1,2$ we get $\lambda_1 \approx 0.25$")
    text = r"$K_{1,2} = 0,25$, $x = (1,0)$, $(1,-1,0,0,\ 1,3,\ 1)$, $\sigma(0,5)$, $(0,25)$"
    assert mark_decimal_commas(text) == \
        r"$K_{1,2} = 0{,}25$, $x = (1,0)$, $(1,-1,0,0,\ 1,3,\ 1)$, $\sigma(0,5)$, $(0{,}25)$"


def test_f_at_a_negative_number_is_f_at_that_input(tmp_path):
    # f(x) = 1·(2x + 0) + 1 = 2x + 1: f(−1) = −1, f(1) = 3.
    notes = "$$f(-1) = -1$$\n\n$$f(1) = 3$$\n\n$$f(-1) = 1$$"
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts == {1: ["correct"], 3: ["correct"], 5: ["wrong"]}
    assert first == 5


RELU = problem([1, 2, 1], "relu", [1, 2], W1=[[1], [-1]], b1=[0, 0], W2=[[1, 1]], b2=0)
TANH = SIGMOID.replace('"sigmoid"', '"tanh"')


def test_an_activation_derivative_without_its_unit_at_a_named_datapoint(tmp_path):
    # at x_2 = 2: z = (2, −2), relu′ = (1, 0): "relu' = 0" is true of the second unit, 0.5 of none
    notes = "\n\n".join([r"**$x_2 = 2$:** $z^{[1]} = (2, -2)$, the second unit is dead (relu' = 0)",
                         r"**$x_2 = 2$:** and so (relu' = 0.5)"])
    verdicts, first = _verdicts(tmp_path, RELU, notes)
    assert verdicts == {1: ["correct", "correct"], 3: ["wrong"]}
    assert first == 3


def test_function_names_with_a_prime_and_no_backslash(tmp_path):
    notes = "tanh'(z) = 1 − tanh(z)^2 is the rule\n\nso tanh'(z) = 1 − tanh(z) here"   # the second is wrong
    verdicts, first = _verdicts(tmp_path, TANH, notes)
    assert verdicts == {1: ["correct"], 3: ["wrong"]}
    assert first == 3


def test_a_gradient_under_their_own_name_one_entry_short_and_the_sums_it_gives(tmp_path):
    # true ∇f(0) = (0, 1, 0, 1), ∇f(1) = (1, 1, 2, 1); without the last entry their K = [[1, 1], [1, 6]]
    notes = "\n\n".join(["g1 = [0, 1, 0]", "g2 = [1, 1, 2]", "K11 = 0 + 1 + 0 = 1", "K12 = 0 + 1 + 0 = 1",
                         "K22 = 1 + 1 + 4 = 6"])
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts == {1: ["wrong"], 3: ["wrong"], 5: ["carried"] * 2, 7: ["carried"] * 2, 9: ["carried"] * 2}
    assert first == 1


def test_a_hidden_unit_at_an_input_written_as_a_number(tmp_path):
    # h = W1 x + b1 = 2x
    verdicts, first = _verdicts(tmp_path, LINEAR, "h(1) = 2, h(-1) = -2\n\nh(2) = 5")
    assert verdicts == {1: ["correct", "correct"], 3: ["wrong"]}
    assert first == 3


def test_steps_from_a_wrong_rounded_number_are_carried_and_slips_in_them_are_not(tmp_path):
    # σ(1) = 0.7310586 (0,7299 is wrong), σ(−1) = 1 − σ(1) = 0.2689414, σ(2) = 0.8807971
    notes = "\n\n".join([r"$\sigma(1) \approx 0{,}7299$",                        # 1: wrong
                         r"$\sigma(-1) = 1 - 0{,}7299 = 0{,}2701$",               # 3: both carried
                         r"$\sigma(-1) = 1 - 0{,}7299 = 0{,}2801$",               # 5: carried, then a slip
                         r"$\sigma(2) \approx 0{,}7299$"])                        # 7: not what 0,7299 stood for
    verdicts, first = _verdicts(tmp_path, SIGMOID, notes)
    assert verdicts == {1: ["wrong"], 3: ["carried", "carried"], 5: ["carried", "wrong"], 7: ["wrong"]}
    assert first == 1


def test_a_right_step_from_a_wrong_number_passes_the_error_on(tmp_path):
    # tanh 1 = 0.7615942: 0,76² = 0,5776 (true tanh²1 = 0.5800257) is wrong; 1 − 0,5776 = 0,4224 is right
    # arithmetic, and ∂f/∂b1 at x_2 = 1 − tanh²1 = 0.4199743 written 0,4224 follows from it
    notes = "\n\n".join([r"$\tanh^2(1) \approx 0{,}5776$", r"$1 - 0{,}5776 = 0{,}4224$",
                         r"$\frac{\partial f(x_2)}{\partial b^{[1]}} = 1 \cdot 0{,}4224 = 0{,}4224$"])
    verdicts, first = _verdicts(tmp_path, TANH, notes)
    assert verdicts[1] == ["wrong"]
    assert "wrong" not in verdicts[3]
    assert verdicts[5] == ["carried", "carried"]
    assert first == 1


def test_an_index_range_beside_formulas_is_not_a_claim(tmp_path):
    # ∂f/∂W1 = W2 x = x is right; "(i = 1,2)" only says which indices the formulas are for
    notes = r"$$\frac{\partial f}{\partial W^{[1]}} = x \qquad (i = 1,2)$$"
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts == {1: ["correct"]}
    assert first == 0


def test_eigenvalues_named_with_unicode_subscripts(tmp_path):
    # K = [[2, 2], [2, 7]] (LINEAR): λ₁ + λ₂ = tr K = 9, λ₁ λ₂ = det K = 10
    notes = "$λ₁ + λ₂ = 9$\n\n$λ₁ λ₂ = 10$\n\n$λ₁ + λ₂ = 8$"
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts == {1: ["correct"], 3: ["correct"], 5: ["wrong"]}
    assert first == 5


def test_a_formula_of_rounded_decimals_is_judged_within_their_rounding_not_within_the_value(tmp_path):
    # W1 = (2, −1)ᵀ, b1 = (1, 0)ᵀ, W2 = (1, 3), b2 = 1 at x = 1, −1: by hand ∇f(1) = (1, 3, 1, 3, 3, −1, 1),
    # ∇f(−1) = (−1, −3, 1, 3, −1, 1, 1), K = [[31, −3], [−3, 23]], λ = 27 ± 5 = 32 and 22.
    two_units = problem([1, 2, 1], "identity", [1, -1], W1=[[2], [-1]], b1=[[1], [0]], W2=[[1, 3]], b2=[[1]])
    notes = "\n\n".join([
        r"$K_{11} = 31$",
        r"$\lambda = 27{,}0 \pm 5{,}0$",            # 3: 32 and 22
        r"$\lambda \approx \frac{54{,}0 \pm 10{,}0}{2}$",   # 5: 32 and 22
        r"$\lambda \approx 31{,}4 \pm 3{,}5$",     # 7: 34.9 and 27.9: 9 % and 27 % off
        r"$\lambda \approx 2{,}7 \pm 0{,}5$",      # 9: 3.2 and 2.2: a tenth of the values
    ]) + "\n"
    found = _verdicts(tmp_path, two_units, notes)[0]
    assert found[1] == ["correct"] and found[3] == ["correct"] and found[5] == ["correct"]
    assert found[7] == ["wrong"] and found[9] == ["wrong"]

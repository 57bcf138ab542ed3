"""A display vector right after prose that ends with the gradient's label (``…, gradient`` then ``$$(…)$$``) is
the gradient; its working may be set equal or approximately equal to it, with functions of numbers in it
(``\\tanh 1``).

Hand-worked values. THETA_HEAD: f = θ_3(θ_1 x + θ_2) + θ_4 with θ = (2, 1, 3, 0); ∇f = (3x, 3, 2x + 1, 1), at
x = 2: (6, 3, 5, 1), at x = 1: (3, 3, 3, 1). TANH: f = 2 tanh(x), θ = (W1, b1, W2, b2) = (1, 0, 2, 0); at x = 1,
∇f = (2(1 - tanh²1), 2(1 - tanh²1), tanh 1, 1) ≈ (0.84, 0.84, 0.76, 1) (tanh 1 = 0.76159, 1 - 0.58002 = 0.41998).
"""

from check_helpers import THETA_HEAD, notes_verdicts

from symntk.check.inline_names import _numbers_only

TANH = (r"Sheet: $f(x) = W^{[2]} \tanh(W^{[1]} x + b^{[1]}) + b^{[2]}$, $W^{[1]}=1$, $b^{[1]}=0$, $W^{[2]}=2$, "
        r"$b^{[2]}=0$, $x_1=0$, $x_2=1$." "\n\n" r"$\theta = (W^{[1]}, b^{[1]}, W^{[2]}, b^{[2]})$" "\n\n")


def test_functions_of_numbers_are_numbers():
    assert _numbers_only(r"\big(2(1-\tanh 1),\ \tanh 1,\ 1\big) \approx (0.84, 0.76, 1)")
    assert _numbers_only(r"(e^{-1}, \operatorname{sech} 1)")
    assert not _numbers_only(r"(2x, 1)") and not _numbers_only(r"(\tanh x, 1)")


def test_display_after_the_label_is_the_gradient():
    by_line, first = notes_verdicts(THETA_HEAD +
                                    "At $x_2 = 2$ the gradient\n"
                                    "$$(3 \\cdot 2, 3, 2 \\cdot 2 + 1, 1) = (6, 3, 5, 1).$$\n\n"
                                    "At $x_1 = 1$ the gradient\n$$(3, 3, 3, 2)$$\n")
    assert by_line[6] == ["correct", "correct"]
    assert by_line[9] == ["wrong"] and first == 9


def test_a_blank_line_parts_label_and_display():
    by_line, _ = notes_verdicts(THETA_HEAD + "At $x_1 = 1$ the gradient\n\n$$(3, 3, 3, 2)$$\n")
    assert "wrong" not in by_line.get(7, [])


def test_approximate_values_of_a_function_of_numbers():
    by_line, first = notes_verdicts(TANH + "$x_2 = 1$: gradient\n"
                                    r"$$\big(2(1-\tanh^2 1),\ 2(1-\tanh^2 1),\ \tanh 1,\ 1\big) \approx "
                                    r"(0.84,\ 0.84,\ 0.76,\ 1).$$" "\n")
    assert by_line[6] == ["correct", "correct"] and first == 0

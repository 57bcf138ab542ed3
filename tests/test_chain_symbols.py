"""Every format defines the chain rule's symbols where the gradients first use them
(z^{[l]}, a^{[l]}, a^{[0]} = x, c_l, L, relu′), from the one template chain.jinja."""

import pytest
from render_matrix import problem

from symntk import api


@pytest.fixture(scope="module")
def relu_ntk():
    return api.derive(problem([2, 3, 1], "relu", "ntk"))


@pytest.mark.parametrize("lang, words", [("en", "is the number of layers"), ("is", "er fjöldi laga")])
def test_the_terminal_text_defines_the_chain_symbols(relu_ntk, lang, words):
    text = api.render_solution(relu_ntk, "text", lang=lang)
    section = text[text.index("\n6. "):text.index("∂f/∂θ₁")]
    assert "δ⁽ˡ⁾ᵢ·c_l·a⁽ˡ⁻¹⁾ⱼ" in section and "δ⁽ᴸ⁾ = 1" in section
    for symbol in ("z⁽ˡ⁾ = c_l·W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾", "a⁽ˡ⁾ = φ_l(z⁽ˡ⁾)", "a⁽⁰⁾ = x", "c_l = 1/√n_(l−1)", "L = 2",
                   "relu′(z) = 1 (z > 0), 0 (z ≤ 0)", words):
        assert symbol in section, symbol


def test_tex_and_text_define_the_same_symbols(relu_ntk):
    tex = api.render_solution(relu_ntk, "tex")
    assert r"$c_l = 1/\sqrt{n_{l-1}}$" in tex and "$L = 2$" in tex and r"\operatorname{relu}'(z) = \begin{cases}" in tex
    standard = api.render_solution(api.derive(problem([1, 2, 1], "tanh")), "text")
    assert "c_l = 1, L = 2 is the number of layers." in standard.replace("\n   ", " ") and "relu′" not in standard

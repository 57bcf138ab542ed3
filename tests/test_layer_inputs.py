"""Deep networks with named activations name their layer inputs z_i^{[l]} in the gradients:
φ′(z^{[l]}) is written φ′(z_i^{[l]}), not with the whole sum over the previous layer inside."""

import pytest
import sympy
from render_matrix import problem

from symntk import api
from symntk.steps.build import layer_inputs, shorthand


@pytest.mark.parametrize("activation", ["relu", "softplus", "quadratic", "tanh"])
def test_named_gradients_are_the_gradients(activation):
    solution = api.derive(problem([2, 3, 3, 1], activation))
    net = solution.network
    fp = net.forward()
    back = {sympy.Symbol(f"{kind}_{l}_{i}", real=True): value
            for l in range(1, net.depth) for kind, values in (("z", fp.z[l]), ("a", fp.a[l]))
            for i, value in enumerate(values, start=1)}
    step = next(s for s in api.build_derivation(solution).steps if s.kind == "gradients")
    assert step.lines
    for line, g in zip(step.lines, solution.gradients[0]):
        assert sympy.expand(line.expr.xreplace(back) - g.product) == 0, line.parameter


def test_deep_relu_gradients_write_relu_prime_of_z():
    solution = api.derive(problem([2, 4, 4, 1], "relu"))
    text = api.render_solution(solution, fmt="text")
    tex = api.render_solution(solution, fmt="tex")
    assert "relu′(z⁽²⁾₁)" in text and "relu′(z⁽¹⁾₁)" in text
    assert r"\operatorname{relu}'\left(z_{1}^{[2]}\right)" in tex
    first = next(line for line in tex.splitlines() if r"\partial \theta_{1}}" in line)
    assert "a_{1}^{[1]}" not in first  # no sum over layer 1 inside relu′(·) any more


def test_two_layer_and_linear_networks_name_no_layer_inputs():
    assert layer_inputs(api.build_network(problem([2, 3, 1], "relu")), {}) == {}
    net = api.build_network(problem([2, 3, 3, 1], "identity"))
    assert layer_inputs(net, shorthand(net)[1]) == {}


def test_the_json_names_layer_inputs_before_the_activations_they_feed():
    data = api.solution_dict(api.derive(problem([1, 2, 41, 1], "relu")))  # δ^{[1]}: 41 terms, not multiplied out
    names = [d["name"] for d in data["named_activations"]]
    assert names == [f"{kind}_{l}_{i}" for l, n in ((1, 2), (2, 41)) for kind in "za" for i in range(1, n + 1)]
    first = data["gradients"][0]["sympy"]
    assert "Heaviside(z_2_1, 0)" in first and "a_1_" not in first


@pytest.mark.parametrize("lang, nested_words, flat_words", [
    ("en", "keeps the symbolic derivatives exact", "the JSON output keeps them exact"),
    ("is", "geymir táknrænu afleiðurnar nákvæmar", "JSON-úttakið geymir þau nákvæm"),
])
def test_the_rounding_sentence_says_what_the_json_keeps(lang, nested_words, flat_words):
    nested = api.derive(problem([1, 2, 2, 1], "tanh"))   # JSON jacobian and kernel are null
    flat = api.derive(problem([2, 3, 1], "tanh"))        # JSON keeps them exact
    assert nested.nested and not flat.nested
    assert api.solution_dict(nested)["jacobian"] is None and api.solution_dict(flat)["jacobian"] is not None
    for fmt in ("text", "tex"):
        deep, shallow = (api.render_solution(s, fmt=fmt, lang=lang) for s in (nested, flat))
        assert nested_words in deep and flat_words not in deep
        assert flat_words in shallow and nested_words not in shallow

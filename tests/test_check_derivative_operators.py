"""An activation's derivative written with d: the operator before the function (``d/dz tanh(z)``), the function
over dz (``d tanh(z)/dz``, ``\\frac{d\\sigma}{dz}``), in plain text and in LaTeX (symntk/check/spelling_rules.py)."""

import pytest
from check_helpers import problem, verdicts

# A 1-1-1 tanh net and a 1-1-1 sigmoid net: W1 = 1, b1 = 0, W2 = 2, b2 = 0, datapoints 0 and 1.
# Closed forms: tanh'(z) = 1 - tanh²(z), σ'(z) = σ(z)(1 - σ(z)); ∂f/∂W1 = W2 φ'(z) x, z = W1 x + b1.
TANH = problem([1, 1, 1], "tanh", [0, 1], W1=[[1]], b1=[0], W2=[[2]], b2=0)
SIGMOID = problem([1, 1, 1], "sigmoid", [0, 1], W1=[[1]], b1=[0], W2=[[2]], b2=0)

TRUE_TANH = ["d/dz tanh(z) = 1 - tanh²(z)", "d tanh(z)/dz = 1 - tanh²(z)", "dtanh/dz = 1 - tanh(z)^2",
             "∂/∂z tanh(z) = 1 - tanh(z)^2", "$\\frac{d\\tanh(z)}{dz} = 1-\\tanh^2(z)$",
             "$\\frac{d \\tanh}{d z} = 1-\\tanh^2 z$", "$\\frac{\\partial \\tanh(z)}{\\partial z} = 1-\\tanh^2(z)$",
             "$d/dz \\tanh(z) = 1 - \\tanh^2(z)$"]
TRUE_SIGMOID = ["dσ/dz = σ(z)(1 - σ(z))", "d/dz σ(z) = σ(z)(1 - σ(z))", "dσ(z)/dz = σ(z)(1 − σ(z))",
                "$\\frac{d\\sigma}{dz} = \\sigma(z)(1-\\sigma(z))$"]


@pytest.mark.parametrize("line", TRUE_TANH)
def test_the_true_tanh_rule_is_correct(tmp_path, line):
    """1 - tanh²(z) is the derivative of tanh, however the d is written."""
    lines, first = verdicts(tmp_path, TANH, line + "\n")
    assert lines == {1: ["correct"]} and first == 0


@pytest.mark.parametrize("line", TRUE_SIGMOID)
def test_the_true_sigmoid_rule_is_correct(tmp_path, line):
    """σ(z)(1 - σ(z)) is the derivative of the sigmoid."""
    lines, first = verdicts(tmp_path, SIGMOID, line + "\n")
    assert lines == {1: ["correct"]} and first == 0


@pytest.mark.parametrize("rule", ["d/dz tanh(z) = 1 - tanh(z)", "d tanh(z)/dz = 1 - tanh(z)",
                                  "$\\frac{d}{dz}\\tanh z = 1-\\tanh z$"])
def test_a_wrong_rule_is_wrong_and_carried_into_the_gradient(tmp_path, rule):
    """1 - tanh(z) is not tanh' (at z = 1: 0.238 against 0.420); ∂f/∂W1 = W2 (1 - tanh(z)) x then follows the
    learner's own rule: carried, not a second mistake."""
    notes = rule + "\n\n∂f/∂W¹ = W² (1 - tanh(z)) x\n"
    lines, first = verdicts(tmp_path, TANH, notes)
    assert lines == {1: ["wrong"], 3: ["carried"]} and first == 1

"""Plain-text spellings: a derivative's d glued to a layer–row–column name (``df/dw212``), and ``sigma*(1 -
sigma)`` for σ(1 − σ) with the activation's name closing a bracket of the math.

By hand (W^{[1]} = (1, 1)ᵀ, b^{[1]} = (0, 1)ᵀ, W^{[2]} = (1, 0), b^{[2]} = 0): ∂f/∂W^{[2]}_{12} = h_2 =
W^{[1]}_{21} x + b^{[1]}_2; ∂f/∂b^{[1]}_2 = W^{[2]}_{12}, not W^{[2]}_{11}. σ′ = σ(1 − σ), not σ(1 + σ).
"""

from check_helpers import notes_verdicts, problem, verdicts


def test_glued_derivative_names():
    """``df/dw212 = w121 x + b12`` correct (line 5), ``df/db12 = w211`` wrong (line 6)."""
    lines, first = notes_verdicts("W1=[1,1]^T b1=[0,1]^T W2=[1,0] b2=0 ; x1=1 x2=2\n\n"
                                  "f(x) = w211*(w111 x + b11) + w212*(w121 x + b12) + b2\n\n"
                                  "df/dw212 = w121 x + b12\ndf/db12 = w211\n")
    assert lines[5] == ["correct"]
    assert lines[6] == ["wrong"]
    assert first == 6


def test_sigma_times_one_minus_sigma(tmp_path):
    """``sigma' = sigma*(1 - sigma).`` correct (line 1); ``sigma*(1 + sigma)`` wrong (line 3)."""
    net = problem([1, 1, 1], "sigmoid", [0, 1], W1=[[1]], b1=[0], W2=[[1]], b2=0)
    lines, _ = verdicts(tmp_path, net, "Useful: sigma' = sigma*(1 - sigma). Maple agrees:\n\n"
                                       "And sigma' = sigma*(1 + sigma) is what I first wrote.\n")
    assert lines[1] == ["correct"]
    assert lines[3] == ["wrong"]


def test_relu_cases_with_tagalog_if(tmp_path):
    """``relu'(z) = 1 kung z > 0, 0 kung z < 0`` (Tagalog *kung*, if): the rule read, correct (line 1); the cases
    swapped are wrong (line 3)."""
    net = problem([1, 2, 1], "relu", [1, 3], W1=[[1], [-1]], b1=[0, 2], W2=[[1, 2]], b2=0)
    lines, _ = verdicts(tmp_path, net, "relu'(z) = 1 kung z > 0, 0 kung z < 0\n\n"
                                       "pero mali: relu'(z) = 0 kung z > 0, 1 kung z < 0\n")
    assert lines[1] == ["correct"]
    assert lines[3] == ["wrong"]


def test_indonesian_number_of_parameters(tmp_path):
    """``jumlah parameter = 7`` (Indonesian: the number of parameters) is P = 7: correct for the 1-2-1 net's
    2 + 2 + 2 + 1 = 7 (line 1); 6 is wrong (line 3)."""
    from check_helpers import IDENTITY_1_2_1

    lines, _ = verdicts(tmp_path, IDENTITY_1_2_1, "jumlah parameter = 7\n\njumlah parameter = 6\n")
    assert lines[1] == ["correct"]
    assert lines[3] == ["wrong"]

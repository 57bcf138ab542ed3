"""A dropping sentence that names the parameter by its role (``I leave out the final bias``, ``den Output-Bias
ignoriere ich``, ``son biası hesaba katmıyorum``, ``the bias of layer 3``), Turkish dropping words, and a relation
before a contrast (``θ = (…), 5 entries, but I omit c``) that leaves the dropping after it a claim. Notes invented;
judged on the net f = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with scalars W⁽¹⁾ = 3, b⁽¹⁾ = 2, W⁽²⁾ = 1, b⁽²⁾ = 4, x = (1, 2):
∂f/∂b⁽²⁾ = 1 at both points (not 0, so dropping it is wrong), and the line after that leaves it out is carried.
"""

from check_helpers import problem, verdicts

from symntk.check.dropped_roles import OUTPUT_BIAS
from symntk.check.dropped_words import dropped_names


def test_output_bias_named_by_role():
    """English, German and Turkish role words for the output bias give the output-bias name."""
    assert dropped_names("I leave out the final bias, it only moves f up.") == [[OUTPUT_BIAS]]
    assert dropped_names("Den Output-Bias ignoriere ich.") == [[OUTPUT_BIAS]]
    assert dropped_names("Son biası hesaba katmıyorum.") == [[OUTPUT_BIAS]]
    assert dropped_names("The bias in the output layer is irrelevant.") == [[OUTPUT_BIAS]]


def test_bias_named_by_its_layer_number():
    """``the bias of layer 3`` is b^{[3]}; a sentence with no dropping word names nothing."""
    assert dropped_names("I omit the bias of layer 3.") == [["b^{[3]}"]]
    assert dropped_names("The bias of layer 3 shifts f.") == []


def test_turkish_dropping_words_need_a_name():
    """``ihmal ediyoruz``, ``almıyorum`` drop the math they name; alone they name nothing."""
    assert dropped_names("$d_2$ terimini ihmal ediyoruz.") == [["d_2"]]
    assert dropped_names("$e$ parametresini almıyorum.") == [["e"]]
    assert dropped_names("Hiçbir şeyi almıyorum.") == []


def test_relation_before_contrast_keeps_the_dropping():
    """``θ = (…), 5 entries, but I omit c``: the = is before the contrast; c alone is dropped. Without a contrast
    the relation still makes the clause say something else."""
    assert dropped_names("θ = (a, u, v, c), 4 entries, but I omit c since it only shifts f") == [["c"]]
    assert dropped_names("I omit c = 4 here") == []


def test_dropping_the_output_bias_by_role_is_wrong(tmp_path):
    """∂f/∂b⁽²⁾ = 1 ≠ 0: leaving out "the output bias" is the first mistake; the gradient without it is carried."""
    net = problem([1, 1, 1], "identity", [1, 2], W1=[[3]], b1=[2], W2=[[1]], b2=4)
    notes = ("$W^{[1]} = 3$, $b^{[1]} = 2$, $W^{[2]} = 1$, $b^{[2]} = 4$.\n\n"
             "I skip the output bias, it just shifts f.\n\n"
             "$\\nabla f(x_1) = (1, 1, 5)$\n")
    lines, first = verdicts(tmp_path, net, notes)
    assert lines[3] == ["wrong"]
    assert first == 3

"""A parameter that "does not enter" the kernel or "stays out" (Portuguese, Spanish, Italian, French: ``não entra
no núcleo``, ``no entra``, ``non entra``, ``n'entre pas``, ``fica de fora``, ``queda fuera``, ``tiramos``) is
dropped; a negation in the reason before a consequence word (``does not change f's shape, so …``, ``…, então …``)
does not take the dropping back, one after it does.

The notes use the exercise of test_check_dropped_parameters (worked there by hand): ∂f/∂b^{[2]} = 1 at both
datapoints, so dropping b^{[2]} is wrong and the gradient without it (3, 0, 3, 0, 1, 0) is carried.
"""

import pytest
from check_helpers import notes_verdicts
from test_check_dropped_parameters import _notes

from symntk.check.dropped_words import dropped_names


@pytest.mark.parametrize("sentence, names", [
    ("O viés $d_2$ não entra no núcleo.", [["d_2"]]),
    ("Os termos $d_1$ e $d_2$ não entram na conta.", [["d_1, d_2"]]),
    ("El sesgo $e^{[3]}$ no entra en el kernel.", [["e^{[3]}"]]),
    ("Il bias $e^{[3]}$ non entra nel calcolo.", [["e^{[3]}"]]),
    ("Le biais $e^{[3]}$ n'entre pas dans le noyau.", [["e^{[3]}"]]),
    ("O viés $d_2$ fica de fora.", [["d_2"]]),
    ("El término $d_2$ queda fuera.", [["d_2"]]),
    ("Tiramos $d_2$ porque só desloca a saída.", [["d_2"]]),
    ("Il termine $d_2$ resta fuori.", [["d_2"]]),
])
def test_does_not_enter_drops(sentence, names):
    """Each sentence says the named parameter is left out."""
    assert dropped_names(sentence) == names


@pytest.mark.parametrize("sentence, names", [
    ("Remark: $c_4$ only moves the output, does not change the shape of $g$, so it drops out.", ["c_4"]),
    ("Nota: $c_4$ só soma uma constante, não muda nada em $g$, então não entra no núcleo.", ["c_4"]),
    ("Nota: $c_4$ solo suma, no cambia la forma, así que no entra.", ["c_4"]),
])
def test_negated_reason_before_consequence(sentence, names):
    """The negation sits in the reason before "so" / "então" / "así que": the clause still drops the parameter."""
    assert [n for n in dropped_names(sentence)[0] if n != "g"] == names


@pytest.mark.parametrize("sentence", [
    "$c_4$ is not constant, so I do not skip it.",
    "O viés $c_4$ entra no núcleo, então não tiramos nada.",
])
def test_negation_after_consequence_still_blocks(sentence):
    """A negation after the consequence word negates the dropping itself: no claim."""
    assert dropped_names(sentence) == []


def test_portuguese_drop_of_output_bias_is_wrong():
    """b^{[2]} adds 1 to every K_ij: "não entra no núcleo" is the first mistake; the shorter gradient is carried."""
    lines, first = notes_verdicts(_notes("Obs.: $b^{[2]}$ só desloca a saída, não muda a forma de $f$, então não "
                                         "entra no núcleo.", "(3, 0, 3, 0, 1, 0)", "19"))
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]

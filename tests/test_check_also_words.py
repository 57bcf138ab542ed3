""""also" in a derivative sentence, in any language of the sentence table (``ist ebenfalls $x$``, ``ist auch
$3x$``, ``er líka $x$``): the value after it is the derivative's value, as after the verb alone.

Invented network with two outputs, no activation: W1 = 2, b1 = 0, W2 = (1, 3)^T, b2 = (0, 0)^T; by hand
∂f_1/∂W1 = W2_1 x = x and ∂f_2/∂W1 = W2_2 x = 3x.
"""

from check_helpers import verdict_sets

from symntk.check.sentence_words import english

NET = r"""$W^{[1]} = 2$, $b^{[1]} = 0$, $W^{[2]} = (1,3)^\top$, $b^{[2]} = (0,0)^\top$, no activation,
$x_1 = 1$, $x_2 = -1$.

$\theta = (W^{[1]}, b^{[1]}, W^{[2]}_1, W^{[2]}_2, b^{[2]}_1, b^{[2]}_2)$
"""


def test_also_in_other_languages_is_english_also():
    assert english("Die Ableitung nach dem ersten Gewicht ist ebenfalls $x$") == \
        "the derivative with respect to the first weight is also $x$"
    assert english("Die Ableitung nach dem Bias ist auch $1$") == "the derivative with respect to the bias is also $1$"


def test_a_value_after_also_is_judged():
    by_line, _ = verdict_sets(NET,
                              r"Die Ableitung von $f_2$ nach dem ersten Gewicht ist ebenfalls $x$.",
                              r"Die Ableitung von $f_2$ nach dem ersten Gewicht ist auch $3x$.",
                              r"The derivative of $f_1$ with respect to the first weight is also $x$.",
                              carried=False)
    assert by_line == {1: ["wrong"], 3: ["correct"], 5: ["correct"]}

"""Hidden units named like the weights, layer digit then index in plain text: ``z1_1``, ``h1_2``, ``a1_{2}`` are
z^{[1]}_1, h^{[1]}_2, a^{[1]}_2 (invented notes).

Expected by hand: W1 = (2, 1)^T, b1 = (1, 0)^T, W2 = (1, 3), b2 = 0, identity; z^{[1]}_1 = 2x + 1,
z^{[1]}_2 = x, so at x1 = 1: (3, 1); f = z_1 + 3 z_2 = 5x + 1.
"""

from check_helpers import notes_verdicts

NOTES = ("given \\( W^{{[1]}} = (2,1)^T,\\ b^{{[1]}} = (1,0)^T,\\ W^{{[2]}} = (1,3),\\ b^{{[2]}} = 0 \\), "
         """x1 = 1, x2 = 2
\\( f(x) = W^{{[2]}}(W^{{[1]}}x + b^{{[1]}}) + b^{{[2]}} \\)

\\( {u}1_1 = w1_{{11}} x + b1_1 \\), \\( {u}1_2 = w1_{{21}} x + b1_2 \\)
\\( f = w2_{{11}} {u}1_1 + w2_{{12}} {u}1_2 + b2 \\)
at x1 = 1: {u}1_1 = 3, {u}1_2 = {value}
""")


def test_units_named_with_their_layer_digit_are_read_and_judged():
    for unit in ("z", "h"):
        verdicts, first = notes_verdicts(NOTES.format(u=unit, value=1))
        assert verdicts[4] == ["correct", "correct"], unit
        assert verdicts[5] == ["correct"], unit
        assert verdicts[6] == ["correct", "correct"], unit
        assert first == 0


def test_a_wrong_value_of_such_a_unit_is_wrong():
    verdicts, first = notes_verdicts(NOTES.format(u="z", value=2))
    assert verdicts[6] == ["correct", "wrong"]   # z^{[1]}_2(1) = 1·1 + 0 = 1
    assert first == 6

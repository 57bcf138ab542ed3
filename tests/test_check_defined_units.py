"""Units named by a bare layer superscript where the notes define them (``h^{1} = …``, ``h^{2} = …``), read as those
units in all of the notes (symntk.check.defined_units); a bare digit on a name the notes never define so stays a power.

Invented exercise (worked by hand): three scalar layers, identity, w₁₁¹ = 2, b¹ = 0, w₁₁² = 1, b² = 1, w₁₁³ = 3,
output bias c = 0, datapoints 1 and 0. h¹ = 2x, h² = w₁₁² h¹ + b² = 2x + 1, f = 3h² + c, so ∂f/∂w₁₁³ = h² = 2x + 1,
∂f/∂w₁₁² = w₁₁³ h¹ = 6x (not 3x), ∂f/∂b² = w₁₁³ = 3.
"""

from check_helpers import notes_verdicts

from symntk.check.defined_units import defined_units, units_as_layers

NOTES = (
    "Dane: $w_{11}^{1} = 2$, $b^{1} = 0$, $w_{11}^{2} = 1$, $b^{2} = 1$, $w_{11}^{3} = 3$, $c = 0$; "
    "$x_1 = 1$, $x_2 = 0$.\n\n"                                                                          # 1
    "$$f(x) = w_{11}^{3}\\big(w_{11}^{2}(w_{11}^{1}x + b^{1}) + b^{2}\\big) + c$$\n\n"                    # 3
    "Oznaczam $h^{1} = w_{11}^{1}x + b^{1} = 2x$, $h^{2} = w_{11}^{2}h^{1} + b^{2} = 2x + 1$.\n\n"        # 5
    "$\\partial f/\\partial w_{11}^{3} = h^{2} = 2x + 1$\n\n"                                              # 7
    "$\\partial f/\\partial b^{2} = w_{11}^{3} = 3$\n\n"                                                   # 9
    "$\\partial f/\\partial w_{11}^{2} = w_{11}^{3}h^{1} = 3x$\n")                                         # 11


def test_a_defined_unit_is_read_where_it_stands_alone():
    lines, first = notes_verdicts(NOTES)
    assert lines[7] == ["correct"]    # h^{2} is the unit of layer 2: 2x + 1 (one chain)
    assert lines[9] == ["correct", "correct"]
    assert lines[11] == ["correct", "wrong"] and first == 11   # w₁₁³ h¹ is right, but it is 6x


def test_only_names_defined_from_layer_one_up_by_a_formula_are_units():
    assert defined_units("$h^{1} = w x + b$, $h^{2} = v h^{1} + c$") == {("h", "1"), ("h", "2")}
    assert defined_units("$$z^2 := u z^1 + d$$ and $z^1 = w x$") == {("z", "1"), ("z", "2")}
    assert defined_units("$a^2 = 0.58$") == set()                 # a number: a square worked out
    assert defined_units("$a^{1} = 0.7$, $a^{2} = 0.49$") == set()
    assert defined_units("$h^{2} = v h + c$") == set()           # layer 2 without layer 1: may be a square
    assert units_as_layers("h^{2} + h^2 + h^{21} + z^2", {("h", "2")}) == "h^{[2]} + h^{[2]} + h^{21} + z^2"

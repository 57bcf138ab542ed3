"""A "given" table of whole layers (| W⁽¹⁾ | [2, −1]ᵀ |, | $W^{[2]}$ | [1, 3] |, | data | x₁ = 1, x₂ = 2 |) and an
activation named in words inside a list of values (b⁽²⁾ = 0, relu hidden layer, x₁ = 1): the exercise the notes
state (invented notes).

Expected values worked out by hand. TABLE: W1 = [1, 2]ᵀ, b1 = [0, 1]ᵀ, W2 = [3, −1], b2 = 2, no activation,
x₁ = 1, x₂ = 2: h = (x, 2x + 1), f = 3x − (2x + 1) + 2 = x + 1, so f(x₁) = 2, f(x₂) = 3;
∇f(x) = (∂W1: 3x, −x; ∂b1: 3, −1; ∂W2: x, 2x + 1; ∂b2: 1), ∇f(x₁) = (3, −1, 3, −1, 1, 3, 1),
K₁₁ = 9 + 1 + 9 + 1 + 1 + 9 + 1 = 31.
WORDS: W1 = 2, b1 = 0, W2 = 3, b2 = 1 with tanh: f = 3 tanh(2x) + 1, f(0) = 1; with relu f(1) = 3·2 + 1 = 7.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.prose_runs import math_runs
from symntk.check.tables import table_segments

GIVEN = ["| | {header} |", "|---|---|", "| {w1} | [1, 2]ᵀ |", "| b⁽¹⁾ | [0, 1]ᵀ |", "| {w2} | [3, −1] |",
         "| b⁽²⁾ | 2 |", "| data | x₁ = 1, x₂ = 2 |", "", ""]


@pytest.mark.parametrize("header, w1, w2", [("value", "W⁽¹⁾", "W⁽²⁾"), ("Wert", "$W^{[1]}$", "$W^{[2]}$"),
                                            ("", "W^(1)", "**W^(2)**")])
def test_a_given_table_states_the_exercise(header, w1, w2):
    notes = "\n".join(GIVEN).format(header=header, w1=w1, w2=w2) + "\n".join([
        "f(x₁) = 2, f(x₂) = 4", "", "∇f(x₁) = (3, −1, 3, −1, 1, 3, 1)", "", "K₁₁ = 31"])
    verdicts, first = notes_verdicts(notes)
    assert verdicts == {9: ["correct", "wrong"], 11: ["correct"], 13: ["correct"]}
    assert first == 9


def test_the_cells_of_a_given_table_are_values_by_name():
    rows = list(enumerate("\n".join(GIVEN).format(header="value", w1="W⁽¹⁾", w2="W^{[2]}").splitlines()[:7],
                          start=1))
    said = [(s.line, s.text) for s in table_segments(rows)]
    assert said == [(3, "W⁽¹⁾ = [1, 2]ᵀ"), (4, "b⁽¹⁾ = [0, 1]ᵀ"), (5, "W^{[2]} = [3, −1]"), (6, "b⁽²⁾ = 2"),
                    (7, "x₁ = 1, x₂ = 2")]


def test_a_row_that_is_no_layer_says_nothing_under_a_value_column():
    rows = list(enumerate(["| | value |", "|---|---|", "| data | 1, 2 |", "| Wx | 3 |", "| note | y = 2 |"],
                          start=1))
    assert table_segments(rows) == []


@pytest.mark.parametrize("said, activation, value", [
    ("Given: W₁ = 2, b₁ = 0, W₂ = 3, b₂ = 1, tanh hidden layer, x₁ = 0, x₂ = 1.", "tanh", "f(x₁) = 1"),
    ("Given: W⁽¹⁾ = 2, b⁽¹⁾ = 0, W⁽²⁾ = 3, b⁽²⁾ = 1, relu hidden layer, x₁ = 1, x₂ = 2.", "relu", "f(x₁) = 7"),
    ("W1 = 2, b1 = 0, W2 = 3, b2 = 1 (relu units), x_1 = 1, x_2 = 2", "relu", "f(x₁) = 7")])
def test_an_activation_named_in_a_list_of_values_ends_the_value_before_it(said, activation, value):
    verdicts, first = notes_verdicts(f"{said}\n\n{value}\n\n{value.replace('= ', '= 1')}\n")
    assert verdicts == {3: ["correct"], 5: ["wrong"]}
    assert first == 5


@pytest.mark.parametrize("line, runs", [
    ("b = 0, relu hidden layer, x_1 = 1.", ["b = 0", "x_1 = 1"]),
    ("W1 = 1, tanh units everywhere, b1 = 0", ["W1 = 1", "b1 = 0"]),
    ("f(x) = tanh (2x) here", ["f(x) = tanh (2x)"]),   # an argument follows: the name is the math's
    ("a = 2 tanh, b = 1", ["a = 2 tanh, b = 1"])])      # no word follows: left to the math
def test_an_activation_name_before_a_word_is_prose(line, runs):
    assert math_runs(line) == runs


@pytest.mark.parametrize("rows", [
    ["| param | symbolic | value |", "|---|---|---|", "| W⁽¹⁾ | W⁽²⁾ x | 2 |"],   # beside a formula column
    ["| | value |", "|---|---|", "| W⁽¹⁾ | W⁽²⁾ x |"]])                             # a formula, no given number
def test_a_layer_row_is_no_given_value_beside_formulas(rows):
    assert all(not s.text.startswith("W⁽¹⁾ =") for s in table_segments(list(enumerate(rows, start=1))))

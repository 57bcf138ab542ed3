"""The datapoint a math text or a datapoint word names: :func:`symntk.check.point_words.math_point` and
:func:`symntk.check.point_words.point_index`, on points invented here."""

import re

import pytest
import sympy

from symntk.check.point_words import POINT, PREP, VECTOR_MATH, math_point, point_index

ONE_INPUT = ((sympy.Integer(-2),), (sympy.Rational(3, 4),), (sympy.Integer(5),))
TWO_INPUTS = ((sympy.Integer(1), sympy.Integer(0)), (sympy.Integer(0), sympy.Integer(1)))


@pytest.mark.parametrize("text, expected", [
    ("x_1", 1), (" x_{3} ", 3), ("x_4", 0),              # only the exercise's three points
    ("x_1 = -2", 1), ("x_1 = −2", 1), ("x_2 = 0.75", 2), ("x_2 = 0,75", 2),
    ("x_2 = 0.7", 0), ("x_3 = -5", 0),                    # a value that is not the exercise's x_i
    ("x_1 + 1", 0), ("y_1", 0), ("x_0", 0),
])
def test_math_point_one_input(text, expected):
    assert math_point(text, ONE_INPUT) == expected


def test_math_point_bare_only_and_inputs():
    assert math_point("x_2 = 0.75", ONE_INPUT, valued=False) == 0   # a value asked not to be read
    assert math_point("x_2", ONE_INPUT, valued=False) == 2
    assert math_point("x_1 = 1", TWO_INPUTS) == 0                   # a vector point is not one number
    assert math_point("x_2", TWO_INPUTS) == 2
    assert math_point("x_1", ()) == 0                               # no exercise points: none is named


@pytest.mark.parametrize("skeleton, texts, expected", [
    ("at @0@ it", ["x_2"], 2),
    ("at @0@ it", ["x_2 = 0.75"], 2),
    ("at the second point it", [], 2),
    ("at the last point it", [], 3),
    ("at the fourth point it", [], 0),                    # there are three
    ("í öðrum punktinum", [], 2),
    ("im dritten Punkt", [], 3),
    ("í seinni punktinum", [], 0),                        # "the second of two" with three points
])
def test_point_index(skeleton, texts, expected):
    m = re.search(PREP + POINT, skeleton)
    assert m is not None
    assert point_index(texts, m, ONE_INPUT) == expected


def test_vector_math():
    assert VECTOR_MATH.match("(1, -2, 0.5)") and VECTOR_MATH.match(r"\[3, 4\]")
    assert not VECTOR_MATH.match("(x, 1)") and not VECTOR_MATH.match("3")

"""The one walk over a syntax node's children (:mod:`symntk.check.node_children`)."""

from __future__ import annotations

from fractions import Fraction

from symntk.check.node_children import map_children
from symntk.check.nodes import Frac, Matrix, Num, Op, Sym


def _num(value: int) -> Num:
    return Num(Fraction(value), None, str(value))


def _doubled(node):
    return _num(2 * int(node.value)) if isinstance(node, Num) else node


def test_children_in_fields_and_tuples_are_changed():
    assert map_children(Frac(_num(1), _num(3)), _doubled) == Frac(_num(2), _num(6))
    op = Op("add", (_num(1), Sym("x"), _num(4)))
    assert map_children(op, _doubled) == Op("add", (_num(2), Sym("x"), _num(8)))


def test_only_children_not_grandchildren():
    inner = Op("neg", (_num(5),))
    assert map_children(Op("add", (inner, _num(1))), _doubled) == Op("add", (inner, _num(2)))


def test_unchanged_node_is_the_same_object():
    op = Op("add", (Sym("x"), Sym("y")))
    assert map_children(op, _doubled) is op
    number = _num(3)
    assert map_children(number, _doubled) is number   # no child: as it is


def test_rows_of_a_matrix_are_left_alone():
    matrix = Matrix(((_num(1), _num(2)),))
    assert map_children(matrix, _doubled) is matrix


def test_what_is_no_dataclass_is_returned_as_it_is():
    assert map_children("x", _doubled) == "x"


def test_nested_takes_the_entries_of_a_matrix_as_children():
    matrix = Matrix(((_num(1), Sym("x")), (_num(3), _num(4))))
    assert map_children(matrix, _doubled, nested=True) == Matrix(((_num(2), Sym("x")), (_num(6), _num(8))))
    inner = Matrix(((Op("neg", (_num(5),)),),))
    assert map_children(inner, _doubled, nested=True) is inner   # only children: the entry, not what is in it


def test_nested_keeps_an_unchanged_matrix_the_same_object():
    matrix = Matrix(((Sym("x"), Sym("y")),))
    assert map_children(matrix, _doubled, nested=True) is matrix

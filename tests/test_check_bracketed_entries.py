"""An entry of a named vector or matrix written with the name in brackets: ``(g_i)_k``, ``[b^{(1)}]_2``,
``\\big(W^{(2)}\\big)_1`` read as ``g_{i,k}``, ``b^{(1)}_2``, ``W^{(2)}_1``.

Hand-worked network (identity): W1 = (1, 1)^T, b1 = (0, 1)^T, W2 = (2, -1), b2 = 0.
"""

import pytest
from check_helpers import verdict_sets

from symntk.check.nodes import Sym
from symntk.check.syntax import UnreadableError, parse

NET = r"""Given $W^{(1)} = (1, 1)^T$, $b^{(1)} = (0, 1)^T$, $W^{(2)} = (2, -1)$, $b^{(2)} = 0$, no activation;
datapoints $x_1 = 1$, $x_2 = 2$.

$\theta = (W^{(1)}_1, W^{(1)}_2, b^{(1)}_1, b^{(1)}_2, W^{(2)}_1, W^{(2)}_2, b^{(2)})$
"""


def test_bracketed_name_takes_the_subscript():
    assert parse("(g_i)_k").members[0].node == Sym("g", (Sym("i"), Sym("k")))
    assert parse("(W^{[1]})_{12}").members[0].node == parse("W^{[1]}_{12}").members[0].node
    assert parse("[b^{(1)}]_2").members[0].node == parse("b^{(1)}_2").members[0].node


def test_a_sum_in_brackets_still_unreadable():
    with pytest.raises(UnreadableError):
        parse("(a+b)_k")
    with pytest.raises(UnreadableError):
        parse("(f')_k")


def test_entries_judged_and_index_definition_is_context():
    by_line, report = verdict_sets(
        NET,
        r"$(W^{(2)})_1 = 2$",
        r"$\big(W^{(2)}\big)_2 = 1$",
        r"$[b^{(1)}]_2 = 1$",
        r"Let $g_i = \nabla_\theta f(x_i)$, then $K_{ij} = \sum_{k=1}^{7} (g_i)_k (g_j)_k$.",
        carried=False)
    assert by_line == {1: ["correct"], 3: ["wrong"], 5: ["correct"]}   # W2_2 = -1, not 1
    assert 7 not in by_line and any(c.line == 12 and c.why == "definition" for c in report.context)

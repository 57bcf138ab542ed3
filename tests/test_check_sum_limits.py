"""The limits written on a sum over an index: a term without the letter counts once per value
(``Σ_{k=1}^{4} 4 = 16``), a sum that starts from another number than 1 is not read, and a sum sign alone
(``K_{11} = Σ_{k=1}^{7} = 4 + 1 + …``) heads the terms written after it.

Hand-worked network (identity): W1 = (1, 1)^T, b1 = (0, 1)^T, W2 = (2, -1), b2 = 0; at x = 1 the gradient is
(2, -1, 2, -1, 1, 2, 1), so K_11 = 4 + 1 + 4 + 1 + 1 + 4 + 1 = 16, and W2_1 + W2_2 = 1.
"""

import sympy
from check_helpers import verdict_sets

from symntk.check.index_sums import sum_over
from symntk.check.nodes import Num, SumOp
from symntk.check.syntax import parse

NET = r"""Given $W^{(1)} = (1, 1)^T$, $b^{(1)} = (0, 1)^T$, $W^{(2)} = (2, -1)$, $b^{(2)} = 0$, no activation;
datapoints $x_1 = 1$, $x_2 = 2$.

$\theta = (W^{(1)}_1, W^{(1)}_2, b^{(1)}_1, b^{(1)}_2, W^{(2)}_1, W^{(2)}_2, b^{(2)})$
"""


def test_limits_kept_on_the_sum_sign():
    node = parse(r"\sum_{k=1}^{6} 1").members[0].node
    assert node.args[0] == SumOp("k", 6, 1)
    assert parse(r"\sum_{k=0}^{6} 1").members[0].node.args[0] == SumOp("k", 6, 0)
    assert parse(r"\sum_k^{6} 1").members[0].node.args[0] == SumOp("k", 6, None)


def test_a_constant_term_counts_once_per_value():
    def one(body):
        return sympy.Integer(int(body[0].value))

    assert sum_over([Num(3, None, "3")], "k", 6, one, lower=1) == 18
    assert sum_over([Num(3, None, "3")], "k", 6, one, lower=2) == 15


def test_sums_with_limits_judged():
    by_line, report = verdict_sets(NET,
                                   r"$K_{11} = \sum_{k=1}^{4} 4 = 16$",
                                   r"$K_{11} = \sum_{k=1}^{7} 2 = 14$",
                                   r"$\sum_{j=0}^{1} W^{(2)}_j = 2$",
                                   r"$\sum_{j=1}^{2} W^{(2)}_j = 1$",
                                   r"$K_{11} = \sum_{k} 2$",
                                   carried=False)
    assert by_line[1] == ["correct"]            # Σ 4 over four values, and 16
    assert "wrong" in by_line[3]                # 7 · 2 = 14 ≠ 16
    assert by_line[5] == ["unreadable"]         # counted from 0: not read, never judged
    assert by_line[7] == ["correct"]
    assert by_line[9] == ["unreadable"]         # no limits: how many terms is unknown


def test_a_sum_sign_alone_heads_the_terms_after_it():
    by_line, _ = verdict_sets(NET,
                              r"$K_{11} = \sum_{k=1}^{7} = 4 + 1 + 4 + 1 + 1 + 4 + 1 = 16$",
                              r"$K_{11} = \sum_{k=1}^{7} = 4 + 1 + 4 + 1 + 1 + 4 + 1 = 17$",
                              carried=False)
    assert by_line[1] == ["correct"]                 # the terms and 16, nothing unread
    assert "wrong" in by_line[3] and "unreadable" not in by_line[3]

"""Random math built from the grammar's own pieces never crashes the checker: every claim gets a verdict."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import symntk
from symntk.check import check_reading
from symntk.check.reading import read_segments
from symntk.check.source import Segment

PIECES = [r"\frac{\partial f}{\partial \theta_1} =", "K_{1,2} =", "K =", r"\theta =", r"\text{eig}(K) =",
          r"\lambda_1 =", "f =", "P =", "x", "W_{1,1}^{[2]}", "b_{2,1}^{[1]}", r"\theta_3", "1", "0.5", "-", "+",
          r"\cdot", "(", ")", "[", "]", ",", r"\frac{1}{2}", r"\sqrt{2}", r"\tanh", r"\sigma", r"\phi'", "^{2}",
          "^{-1}", r"\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}", r"\begin{bmatrix} 1 \\ 2 \end{bmatrix}", "=",
          "z_1^{[1]}", "x_1", "x_2", "0", "/", r"\sum_k", "e", "^T", r"\input", "{", "}", "_", "^", "&", r"\\"]
PROBLEM = symntk.notes_problem()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=10))
def test_random_math_gets_verdicts(pieces):
    reading = read_segments([Segment(1, " ".join(pieces), True)])
    if not reading.claims:
        return
    report = check_reading(reading, PROBLEM, "<fuzz>")
    assert all(j.verdict in ("correct", "wrong", "unreadable") for j in report.judgements)

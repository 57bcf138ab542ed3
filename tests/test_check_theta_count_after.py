"""θ's names listed in a prose line and their count in words after them (``theta = (w11, …, b2), 7 of them``,
``θ = (…), 7 total``): the list is θ and the number is the count P (invented notes).

The network (worked out by hand): W^{[1]} = (1, 1)ᵀ, b^{[1]} = (0, 1)ᵀ, W^{[2]} = (1, 0), b^{[2]} = 0, identity,
x = (1, 2): θ = (W^{[1]}_{11}, W^{[1]}_{21}, b^{[1]}_1, b^{[1]}_2, W^{[2]}_{11}, W^{[2]}_{12}, b^{[2]}), P = 2 + 2 +
2 + 1 = 7.
"""

import pytest
from check_helpers import IDENTITY_1_2_1, problem_report

NAMES = "(W1_11, W1_21, b1_1, b1_2, W2_11, W2_12, b2)"


def _kinds(tmp_path, line: str) -> list[tuple[str, str]]:
    report = problem_report(tmp_path, IDENTITY_1_2_1, line + "\n\n$K_{11} = 8$")
    return sorted((j.kind, j.verdict) for j in report.judgements if j.line == 1)


@pytest.mark.parametrize("line", [f"theta = {NAMES}, 7 of them", f"params theta = {NAMES}, 7 total",
                                  f"θ = {NAMES}, 7 in total."])
def test_theta_and_its_count(tmp_path, line):
    assert _kinds(tmp_path, line) == [("parameter_count", "correct"), ("theta", "correct")]


def test_a_wrong_count_after_theta_is_wrong(tmp_path):
    assert _kinds(tmp_path, f"theta = {NAMES}, 6 of them") == [("parameter_count", "wrong"), ("theta", "correct")]


def test_a_number_after_a_value_that_is_no_count_stays_in_the_math(tmp_path):
    assert ("parameter_count", "correct") not in _kinds(tmp_path, "theta = (1, 1, 0, 1, 1, 0, 0), 7 apples")

"""The characteristic equation written from its 0: ``0 = det(K − λI) = …`` (inline, or an aligned block whose
continuation lines start with ``&=``), read as ``det(K − λI) = … = 0`` (invented notes).

LINEAR: f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = 1, W2 = 2, b2 = 0, datapoints 1 and 2: K = [[25, 41], [41, 70]],
so det(K − λI) = (25 − λ)(70 − λ) − 41² = λ² − 95λ + 1750 − 1681 = λ² − 95λ + 69 (by hand).
"""

from check_helpers import NETWORK_HEAD, problem
from check_helpers import verdicts as _verdicts

LINEAR = problem([1, 1, 1], "identity", [1, 2], W1=3, b1=1, W2=2, b2=0)


def _check(tmp_path, body: str):
    found, first = _verdicts(tmp_path, LINEAR, NETWORK_HEAD + body)
    return {line - 2: v for line, v in found.items()}, max(first - 2, 0)


ALIGNED = """$$
\\begin{aligned}
0 = \\det(K - \\lambda I) &= (25-\\lambda)(70-\\lambda) - 41^2 \\\\
&= \\lambda^2 - 95\\lambda + 1750 - 1681 \\\\
&= \\lambda^2 - 95\\lambda + 69
\\end{aligned}
$$
"""


def test_an_aligned_equation_from_zero_is_judged_line_by_line(tmp_path):
    verdicts, first = _check(tmp_path, ALIGNED)
    assert verdicts[3] == ["correct"] and verdicts[4] == ["correct"] and verdicts[5] == ["correct"]
    assert first == 0


def test_a_slip_in_an_equation_from_zero_is_wrong(tmp_path):
    verdicts, first = _check(tmp_path, ALIGNED.replace("1750 - 1681 \\\\\n&= \\lambda^2 - 95\\lambda + 69",
                                                        "1750 - 1681 \\\\\n&= \\lambda^2 - 95\\lambda + 59"))
    assert verdicts[5] == ["wrong"]
    assert first == 5


def test_an_inline_equation_from_zero(tmp_path):
    verdicts, first = _check(tmp_path, "$0 = \\det(K - \\lambda I) = (25-\\lambda)(70-\\lambda) - 41^2$\n")
    assert verdicts[1] == ["correct"] and first == 0
    verdicts, first = _check(tmp_path, "$0 = \\det(K - \\lambda I) = (25-\\lambda)(70-\\lambda) - 42^2$\n")
    assert verdicts[1] == ["wrong"] and first == 1

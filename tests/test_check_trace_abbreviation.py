"""``\\operatorname{sp} K``, the trace abbreviated from its word (spor, spår) and applied to the kernel, is tr K; ``sp``
before anything other than K (a span, ``\\operatorname{sp}\\{v_1, v_2\\}``) is left alone.

Problem (by hand, THETA_HEAD): K = [[28, 43], [43, 71]], so tr K = 99."""

import pytest
from check_helpers import THETA_HEAD, worst_verdicts

from symntk.check.normalise import normalise


@pytest.mark.parametrize("claim, verdict", [("\\operatorname{sp} K = 99", "correct"),
                                            ("\\operatorname{sp}\\mathbf{K} = 99", "correct"),
                                            ("\\mathrm{sp}\\, K = 98", "wrong")])
def test_sp_of_k_is_the_trace(claim, verdict):
    notes = THETA_HEAD + "$K = \\begin{pmatrix} 28 & 43 \\\\ 43 & 71 \\end{pmatrix}$\n\n" + f"${claim}$\n"
    found, _ = worst_verdicts(notes)
    assert found.get(7) == verdict


def test_sp_of_something_else_is_not_the_trace():
    assert "tr" in normalise("\\operatorname{sp} K")
    assert "tr" not in normalise("\\operatorname{sp}\\{v_1, v_2\\}")
    assert "tr" not in normalise("\\operatorname{sp} Kx")

"""Notes that compute each output's kernel but name it in a way not read (``K1 = …``, ``K_1 = …``, in words): a
trace, determinant or eigenvalue is judged against the output's kernel it fits, and is left unread when it fits
none (which kernel it is about is not known), never against the full kernel over (point, output) pairs.

The network and its kernels are those of test_check_numbered_kernels (worked by hand, checked with J·Jᵀ):
K¹ = [[7, 12], [12, 22]] (tr 29, det 10), K² = [[23, 36], [36, 62]] (tr 85, det 130); the full kernel's trace
is 114, its determinant is not 10.
"""

import pytest
from check_helpers import worst_verdicts
from test_check_numbered_kernels import NOTES


def _line(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), start=1) if line.startswith(start))


@pytest.mark.parametrize("one, two", [("K1 = ", "K2 = "), ("K_1 = ", "K_2 = "),
                                      ("kernel of output 1: ", "kernel of output 2: ")])
def test_traces_and_determinants_fit_the_outputs_kernels(one, two):
    notes = NOTES.replace("K¹ = ", one).replace("K² = ", two)
    verdicts, report = worst_verdicts(notes)
    assert verdicts.get(_line(notes, "trace 29")) == "correct"
    assert verdicts.get(_line(notes, "trace 85")) == "correct"
    assert report.exit_code == 0


def test_a_trace_that_fits_no_outputs_kernel_is_left_unread_not_wrong():
    # (``K2 = [[…]]`` now names output 2's kernel itself, see test_check_per_output_work: a trace 84 under it is wrong)
    notes = NOTES.replace("K¹ = ", "kernel of output 1: ").replace("K² = ", "kernel of output 2: ") \
        .replace("trace 85", "trace 84")
    verdicts, report = worst_verdicts(notes)
    line = _line(notes, "trace 84")
    assert verdicts.get(line) == "correct"   # the determinant on it; the trace is context (soft math not read)
    assert not [j for j in report.judgements if j.line == line and j.claimed == "84"]
    assert report.exit_code == 0

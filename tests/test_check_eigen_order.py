"""Numbered eigenvalues in the learner's own order, and a characteristic polynomial named p(λ) in either sign
convention.

Invented exercise (worked out by hand): f(x) = W2 (W1 x + b1) + b2, identity, W1 = 1, b1 = 2, W2 = 1, b2 = 0,
x = 0, 1, 2. ∇f(x) = (x, 1, x + 2, 1): (0, 1, 2, 1), (1, 1, 3, 1), (2, 1, 4, 1), so
K = [[6, 8, 10], [8, 12, 16], [10, 16, 22]], tr K = 40, det K = 0 (row 3 − row 2 = row 2 − row 1), principal 2×2
minors 72 − 64 = 8, 132 − 100 = 32, 264 − 256 = 8, sum 48: det(λI − K) = λ³ − 40λ² + 48λ, eigenvalues 0 and
20 ± √352 (≈ 38.76 and 1.24).
"""

from fractions import Fraction

from check_helpers import NETWORK_HEAD, problem, verdicts

from symntk.check.eigen_order import eigen_index
from symntk.check.nodes import Num, Sym

RANK2 = problem([1, 1, 1], "identity", [0, 1, 2], W1=[[1]], b1=[2], W2=[[1]], b2=0)
KERNEL = "$$K = \\begin{pmatrix} 6 & 8 & 10\\\\ 8 & 12 & 16\\\\ 10 & 16 & 22\\end{pmatrix}$$\n\n"


def _notes(*lines: str) -> str:
    return NETWORK_HEAD + KERNEL + "\n\n".join(lines) + "\n"


def _line(notes: str, text: str) -> int:
    return notes.splitlines().index(text) + 1


def test_smallest_named_last_makes_lambda_1_the_largest(tmp_path):
    """λ_3 = 0 for the smallest of three: λ_1 ≥ λ_2 ≥ λ_3, so λ_1 + λ_2 = 40 (the trace) and λ_1 λ_2 = 48 (the
    sum of the minors) are right."""
    notes = _notes("Rank 2, so $\\lambda_3 = 0$.", "Trace: $40 = \\lambda_1 + \\lambda_2$.",
                   "Minors: $8 + 32 + 8 = 48 = \\lambda_1\\lambda_2$.")
    got, first = verdicts(tmp_path, RANK2, notes)
    assert got[_line(notes, "Trace: $40 = \\lambda_1 + \\lambda_2$.")] == ["correct"]
    assert set(got[_line(notes, "Minors: $8 + 32 + 8 = 48 = \\lambda_1\\lambda_2$.")]) == {"correct"}
    assert first == 0


def test_smallest_named_first_keeps_counting_up(tmp_path):
    """λ_1 = 0 for the smallest: λ_1 ≤ λ_2 ≤ λ_3, so λ_2 + λ_3 = 40 is right and λ_1 + λ_2 = 40 wrong
    (0 + 1.24)."""
    notes = _notes("Rank 2, so $\\lambda_1 = 0$.", "Trace: $40 = \\lambda_2 + \\lambda_3$.",
                   "Again: $40 = \\lambda_1 + \\lambda_2$.")
    got, _ = verdicts(tmp_path, RANK2, notes)
    assert got[_line(notes, "Trace: $40 = \\lambda_2 + \\lambda_3$.")] == ["correct"]
    assert "wrong" in got[_line(notes, "Again: $40 = \\lambda_1 + \\lambda_2$.")]


def test_named_polynomial_monic_or_not(tmp_path):
    """p(λ) = λ³ − 40λ² + 48λ is det(λI − K), right; −λ³ + 40λ² − 48λ is det(K − λI), right too;
    λ³ − 40λ² + 46λ is wrong in either convention."""
    monic, minus, bad = ("$p(\\lambda) = \\lambda^3 - 40\\lambda^2 + 48\\lambda$",
                         "$p(\\lambda) = -\\lambda^3 + 40\\lambda^2 - 48\\lambda$",
                         "$p(\\lambda) = \\lambda^3 - 40\\lambda^2 + 46\\lambda$")
    for text, verdict in ((monic, "correct"), (minus, "correct"), (bad, "wrong")):
        notes = _notes(text)
        got, _ = verdicts(tmp_path, RANK2, notes)
        assert got[_line(notes, text)] == [verdict], text


def test_eigen_index_reads_one_whole_subscript():
    """λ_2 → 2; λ without subscript, λ_{1.5} and a letter other than λ → None."""
    assert eigen_index(Sym("lambda", (Num(2, None, "2"),))) == 2
    assert eigen_index(Sym("lambda")) is None
    assert eigen_index(Sym("lambda", (Num(Fraction(3, 2), 1, "1.5"),))) is None
    assert eigen_index(Sym("mu", (Num(2, None, "2"),))) is None

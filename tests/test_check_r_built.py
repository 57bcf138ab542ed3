"""R printouts with names (``rbind(g1, g2)`` under ``[,1]``, a kernel under ``g1 g2``), gradient functions called at
an input, Jacobians built with ``t(sapply(…))``, a literal G whose ``crossprod`` is K, and ``a + c(1, -1) * sqrt(b)``
(symntk/check/r_printout.py, symntk/check/r_built.py)."""

from check_helpers import notes_verdicts

from symntk.check.r_built import plus_minus_roots

# Exercise A worked by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = (1, 1)^T, b1 = (0, 1)^T, W2 = (1, 0), b2 = 0.
# ∇f(x) = (W2_1 x, W2_2 x, W2_1, W2_2, x, x + 1, 1): ∇f(1) = (1, 0, 1, 0, 1, 2, 1), ∇f(2) = (2, 0, 1, 0, 2, 3, 1);
# K11 = 1+1+1+4+1 = 8, K12 = 2+1+2+6+1 = 12, K22 = 4+1+4+9+1 = 19; tr K = 27, det K = 152 − 144 = 8,
# λ = (27 ± √(729 − 32))/2 = (27 ± √697)/2 ≈ 26.7003788, 0.2996212.
HEAD = ("Exercise A: $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = (1, 1)^T$, $b^{[1]} = (0, 1)^T$, "
        "$W^{[2]} = (1, 0)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")


def _line(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if fragment in line)


def _verdicts(notes: str, fragment: str) -> set[str]:
    lines, _ = notes_verdicts(notes)
    return set(lines.get(_line(notes, fragment), []))


def test_named_rows_and_names_header_are_read():
    """``rbind(g1, g2)`` printed under ``[,1] …`` with rows g1, g2 is J; ``K`` printed under ``g1 g2`` is K."""
    notes = ("```r\ng1 <- c(1, 0, 1, 0, 1, 2, 1)\ng2 <- c(2, 0, 1, 0, 2, 3, {x})\nrbind(g1, g2)\n```\n\n"
             "```\n##    [,1] [,2] [,3] [,4] [,5] [,6] [,7]\n## g1    1    0    1    0    1    2    1\n"
             "## g2    2    0    1    0    2    3    {x}\n```\n\n```r\nK <- tcrossprod(rbind(g1, g2))\nK\n```\n\n"
             "```\n##    g1 g2\n## g1  8 12\n## g2 12 {k}\n```\n")
    right = HEAD + notes.format(x=1, k=19)
    assert _verdicts(right, "##    [,1]") == {"correct"} and _verdicts(right, "##    g1 g2") == {"correct"}
    wrong = HEAD + notes.format(x=1, k=20)
    assert _verdicts(wrong, "##    g1 g2") == {"wrong"}


def test_gradient_function_called_at_an_input_in_a_later_chunk():
    """``grad(2)`` in its own chunk (knitr's chunks share one session) prints ∇f(2) = ∇f(x_2)."""
    notes = ("```r\nW1 <- c(1, 1); b1 <- c(0, 1); W2 <- c(1, 0)\ngrad <- function(x) c(W2 * x, W2, W1 * x + b1, 1)"
                    "\ngrad(1)\n```\n\n```\n## [1] 1 0 1 0 1 2 1\n```\n\n```r\ngrad(2)\n```\n\n```\n## [1] {v}\n```\n")
    assert _verdicts(HEAD + notes.format(v="2 0 1 0 2 3 1"), "## [1] 2 0") == {"correct"}
    assert _verdicts(HEAD + notes.format(v="2 0 1 0 2 4 1"), "## [1] 2 0") == {"wrong"}


def test_jacobian_from_sapply_and_columns_of_a_crossprod():
    """``J <- t(sapply(c(1, 2), gr))`` printed is J; ``G <- cbind(…)`` with ``K <- crossprod(G)`` states G's columns
    as the gradients."""
    notes = ("```r\ngr <- function(x) c(x, 0, 1, 0, x, x + 1, 1)\nJ <- t(sapply(c(1, 2), gr))\nJ\n```\n\n"
                    "```\n##      [,1] [,2] [,3] [,4] [,5] [,6] [,7]\n## [1,]    1    0    1    0    1    2    1\n"
                    "## [2,]    2    0    1    0    2    3    1\n```\n\n"
                    "```r\nG <- cbind(c(1,0,1,0,1,2,1), c(2,0,1,0,2,3,{e}))\nK <- crossprod(G)\nK\n```\n\n"
                    "```\n##      [,1] [,2]\n## [1,]    8   12\n## [2,]   12   19\n```\n")
    assert _verdicts(HEAD + notes.format(e=1), "##      [,1] [,2] [,3]") == {"correct"}
    assert _verdicts(HEAD + notes.format(e=1), "G <- cbind") == {"correct"}
    assert _verdicts(HEAD + notes.format(e=5), "G <- cbind") == {"wrong"}


def test_both_roots_at_once():
    """``(27 + c(1, -1) * sqrt(697)) / 2`` states λ = (27 ± √697)/2 and its printout the two values."""
    assert plus_minus_roots("10 + c(1, -1) * sqrt(58)") == "\\lambda = 10  \\pm  \\sqrt{58}"
    assert plus_minus_roots("c(1, -1) * x") is None and plus_minus_roots("10 + sqrt(58)") is None
    notes = "```r\n(27 + c(1, -1) * sqrt({d})) / 2\n```\n\n```\n## [1] {v}\n```\n"
    right = HEAD + notes.format(d=697, v="26.7003788  0.2996212")
    assert _verdicts(right, "c(1, -1)") == {"correct"} and _verdicts(right, "## [1]") == {"correct"}
    assert _verdicts(HEAD + notes.format(d=689, v="26.6241438  0.3758562"), "c(1, -1)") == {"wrong"}


def test_theta_and_the_network_written_with_its_entries():
    """``th <- c(…)`` states θ (true θ = (W1_1, W1_2, b1_1, b1_2, W2_1, W2_2, b2) = (1, 1, 0, 1, 1, 0, 0)) and
    ``f <- function(th, x) …`` the network written with θ's entries."""
    f = "f <- function(th, x) th[5]*(th[1]*x + th[3]) + th[6]*(th[2]*x + th[{k}]) + th[7]"
    notes = "```r\n" + f + "\nth <- c(1, 1, 0, 1, 1, 0, {last})\nth\n```\n\n```\n## [1] 1 1 0 1 1 0 0\n```\n"
    right = HEAD + notes.format(k=4, last=0)
    assert _verdicts(right, "th <- c(") == {"correct"} and _verdicts(right, "f <- function") == {"correct"}
    wrong = HEAD + notes.format(k=3, last=5)
    assert _verdicts(wrong, "th <- c(") == {"wrong"} and _verdicts(wrong, "f <- function") == {"wrong"}


def test_kernel_entries_from_gradients():
    """``sum(g1 * g2)`` prints K₁₂ = 12 and ``sum(g2^2)`` K₂₂ = 19 (by hand above)."""
    notes = ("```r\ng1 <- c(1, 0, 1, 0, 1, 2, 1)\ng2 <- c(2, 0, 1, 0, 2, 3, 1)\nsum(g1 * g2)\n```\n\n"
             "```\n## [1] {k12}\n```\n\n```r\nsum(g2^2)\n```\n\n```\n## [1] 19\n```\n")
    right = HEAD + notes.format(k12=12)
    assert _verdicts(right, "## [1] 12") == {"correct"} and _verdicts(right, "## [1] 19") == {"correct"}
    assert _verdicts(HEAD + notes.format(k12=13), "## [1] 13") == {"wrong"}

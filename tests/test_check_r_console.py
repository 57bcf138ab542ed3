"""A pasted R session (R Markdown chunk, console with ``>`` prompts, knitr ``##`` / reprex ``#>`` output) read
as claims (invented notes).

Expected values worked out by hand and checked with NumPy. LINEAR: f(x) = W2 (W1 x + b1) + b2 with W1 = 3,
b1 = 1, W2 = 2, b2 = 0, θ = (W1, b1, W2, b2), datapoints 1 and 2: ∇f(x) = (2x, 2, 3x + 1, 1), so
J = [[2, 2, 4, 1], [4, 2, 7, 1]]; K = J Jᵀ = [[25, 41], [41, 70]]; tr K = 95, det K = 1750 − 1681 = 69;
λ = (95 ± √8749)/2 ≈ 94.26804465, 0.73195535 (R prints 94.2680447 0.7319554). With K_22 = 71 instead (a slip):
λ ≈ 95.01063709, 0.98936291.
"""

from check_helpers import NETWORK_HEAD, problem
from check_helpers import verdicts as _verdicts

from symntk.check.r_console import is_r_session, session_claims
from symntk.check.r_literals import literal

LINEAR = problem([1, 1, 1], "identity", [1, 2], W1=3, b1=1, W2=2, b2=0)


def _check(tmp_path, body: str):
    """Verdicts by line of ``body`` (its first line is 1) and the line of the first mistake (0: none)."""
    found, first = _verdicts(tmp_path, LINEAR, NETWORK_HEAD + body)
    return {line - 2: v for line, v in found.items()}, max(first - 2, 0)


KNITR = """```r
J <- rbind(c(2,2,4,1),
           c(4,2,7,1))
K <- J %*% t(J)
K
##      [,1] [,2]
## [1,]   25   41
## [2,]   41   70
eigen(K)$values
## [1] 94.2680447  0.7319554
```
"""

CONSOLE = """```r
> J <- matrix(c(2, 2, 4, 1, 4, 2, 7, 1), nrow = 2, byrow = TRUE)
> tcrossprod(J)
     [,1] [,2]
[1,]   25   41
[2,]   41   70
> eigen(tcrossprod(J))
eigen() decomposition
$values
[1] 94.2680447  0.7319554

$vectors
           [,1]       [,2]
[1,] -0.5035737 -0.8639634
[2,] -0.8639634  0.5035737

> sum(diag(J %*% t(J)))
[1] 95
```
"""


def test_an_r_markdown_chunk_reads_the_typed_jacobian_the_printed_kernel_and_the_eigenvalues(tmp_path):
    verdicts, first = _check(tmp_path, KNITR)
    assert verdicts[2] == ["correct"]               # J <- rbind(…) over two lines: on the line it starts
    assert verdicts[6] == ["correct"]               # the matrix on its [,1] [,2] header
    assert verdicts[10] == ["correct", "correct"]   # [1] 94.2680447 0.7319554
    assert first == 0


def test_a_console_session_reads_matrix_byrow_tcrossprod_the_values_of_eigen_and_the_trace(tmp_path):
    verdicts, first = _check(tmp_path, CONSOLE)
    assert verdicts[2] == ["correct"]
    assert verdicts[4] == ["correct"]
    assert verdicts[10] == ["correct", "correct"]
    assert not {13, 14, 15} & set(verdicts)           # $vectors is not read
    assert verdicts[18] == ["correct"]                 # sum(diag(K)) = 95
    assert first == 0


def test_a_slip_in_the_typed_jacobian_is_wrong_and_what_r_printed_from_it_is_carried(tmp_path):
    notes = KNITR.replace("c(4,2,7,1)", "c(4,2,7,2)").replace("## [1,]   25   41", "## [1,]   25   42")
    notes = notes.replace("## [2,]   41   70", "## [2,]   42   73")
    notes = notes.replace("94.2680447  0.7319554", "97.3735  0.6265")   # λ of [[25, 42], [42, 73]]
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[2] == ["wrong"]
    assert verdicts[6] == ["carried"]
    assert verdicts[10] == ["carried", "carried"]
    assert first == 2


def test_a_hand_value_that_disagrees_with_the_printout_is_judged_on_its_own(tmp_path):
    notes = KNITR + "\nSo by hand $\\lambda_1 \\approx 95.0106$ and $\\lambda_2 \\approx 0.9894$.\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[10] == ["correct", "correct"]   # R's printout is right
    assert verdicts[13] == ["wrong", "wrong"]       # the hand values (of K_22 = 71) are not
    assert first == 13


def test_a_wrong_printed_kernel_is_wrong(tmp_path):
    verdicts, first = _check(tmp_path, KNITR.replace("## [2,]   41   70", "## [2,]   41   71"))
    assert verdicts[6] == ["wrong"]
    assert first == 6


def test_reprex_output_and_round_around_the_eigenvalues(tmp_path):
    notes = KNITR.replace("## ", "#> ").replace("eigen(K)$values", "round(eigen(K)$values, 2)")
    notes = notes.replace("94.2680447  0.7319554", "94.27  0.73")
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[6] == ["correct"]
    assert verdicts[10] == ["correct", "correct"]
    assert first == 0


def test_literals_by_rows_by_columns_and_by_matrix():
    assert literal("rbind(c(1, 0), c(2, -1))") == (("1", "0"), ("2", "-1"))
    assert literal("cbind(c(1, 0), c(2, -1))") == (("1", "2"), ("0", "-1"))
    assert literal("matrix(c(6, 9, 9, 15), 2)") == (("6", "9"), ("9", "15"))   # by column, R's default
    assert literal("matrix(c(1, 2, 3, 4, 5, 6), ncol = 3, byrow = TRUE)") == (("1", "2", "3"), ("4", "5", "6"))
    assert literal("matrix(c(1, 2, 3, 4, 5, 6), nrow = 2)") == (("1", "3", "5"), ("2", "4", "6"))
    assert literal("c(0.25, 1e-3)") == (("0.25", "0.001"),)
    assert literal("rbind(c(1, a), c(2, 3))") is None
    assert literal("matrix(c(1, 2, 3), nrow = 2)") is None


def test_a_printed_eigenvalue_of_rounding_noise_is_no_claim():
    body = ("J <- rbind(c(2,2,4,1), c(4,2,7,1), c(6,2,10,1))\nK <- J %*% t(J)\neigen(K)$values\n"
            "[1]  2.342325e+02  1.767474e+00 -6.600229e-14\n")
    claims = [claim for _, claim, _ in session_claims(body)]
    assert claims[-2:] == ["\\lambda \\approx 234.2325", "\\lambda \\approx 1.767474"]
    assert not any("e-14" in c or "0.0000" in c for c in claims)


def test_a_name_assigned_the_kernel_prints_the_kernel_and_other_printouts_are_not_read():
    body = "M <- J %*% t(J)\nM\n     [,1] [,2]\n[1,]   25   41\n[2,]   41   70\nx <- 3\nx\n[1] 3\n"
    claims = [claim for _, claim, _ in session_claims(body)]
    assert claims == ["K = [[25, 41], [41, 70]]"]


def test_what_is_an_r_session():
    assert is_r_session(KNITR) and is_r_session(CONSOLE)
    assert is_r_session("J <- rbind(c(1, 0), c(2, 1))\n")
    assert not is_r_session("K = J @ J.T\nprint(K)\n[[25 41]\n [41 70]]\n")
    assert not is_r_session(">> K = J*J'\nK =\n\n   25   41\n")
    assert not is_r_session("x <- 3\ny <- x + 1\n")


def test_a_printing_assignment_a_list_of_eigen_saved_det_and_crossprod():
    body = ("J <- rbind(c(2,2,4,1), c(4,2,7,1))\n(K <- J %*% t(J))\n     [,1] [,2]\n[1,]   25   41\n[2,]   41   70\n"
            "e <- eigen(K)\ne$values\n[1] 94.2680447  0.7319554\ndet(K)\n[1] 69\nprint(crossprod(t(J)))\n"
            "     [,1] [,2]\n[1,]   25   41\n[2,]   41   70\n(v <- c(1, 2))\n[1] 1 2\n")
    claims = [claim for _, claim, _ in session_claims(body)]
    assert claims == ["J = [[2, 2, 4, 1], [4, 2, 7, 1]]", "K = [[25, 41], [41, 70]]", "\\lambda \\approx 94.2680447",
                      "\\lambda \\approx 0.7319554", "\\det K = 69", "K = [[25, 41], [41, 70]]"]


def test_a_matrix_printed_in_column_chunks_is_not_read():
    body = ("K <- J %*% t(J)\nK\n     [,1] [,2]\n[1,]   25   41\n[2,]   41   70\n     [,3]\n[1,]   57\n"
            "[2,]   99\n")
    assert session_claims(body) == []

"""A two-entry column written as a binomial coefficient (``\\binom{2}{1}``, ``\\dbinom``, ``{0 \\choose 1}``) read as
the column it typesets as (invented notes).

The sheet: f(x) = W2 (W1 x + b1) + b2 with W1 = (2, 1)ᵀ, b1 = (0, 1)ᵀ, W2 = (1, 1), b2 = 0, datapoints 1 and 2.
By hand: f(x) = (2x + 0) + (x + 1) + 0 = 3x + 1, so f(1) = 4; with θ = (W1_11, W1_21, b1_1, b1_2, W2_11, W2_12, b2)
the gradient is (x, x, 1, 1, 2x, x + 1, 1), at x_1 = 1: (1, 1, 1, 1, 2, 2, 1).
"""

from check_helpers import notes_verdicts

from symntk.check.binom_columns import binom_columns

SHEET = ("Sheet: $f(x)=W^{[2]}(W^{[1]}x+b^{[1]})+b^{[2]}$, $W^{[1]}=\\binom{2}{1}$, $b^{[1]}=\\dbinom{0}{1}$, "
         "$W^{[2]}=(1,1)$, $b^{[2]}=0$, $x_1=1,\\ x_2=2$.\n\n")


def test_a_sheet_with_binomial_columns_is_read_and_its_claims_judged():
    notes = SHEET + "$f(x) = 3x + 1$\n\n$f(x_1) = 5$\n"
    verdicts, first = notes_verdicts(notes)
    assert verdicts[3] == ["correct"]
    assert verdicts[5] == ["wrong"]   # f(1) = 4
    assert first == 5


def test_a_binomial_column_in_a_claim_is_a_column():
    notes = SHEET + "$\\nabla_\\theta f(x_1) = (1, 1, 1, 1, 2, 2, 1)$\n\n$W^{[1]}x_1 + b^{[1]} = {2 \\choose 2}$\n"
    verdicts, first = notes_verdicts(notes)
    assert verdicts[3] == ["correct"]
    assert verdicts[5] == ["correct"]   # (2·1 + 0, 1·1 + 1)ᵀ = (2, 2)ᵀ
    assert first == 0
    wrong, first = notes_verdicts(notes.replace("{2 \\choose 2}", "{2 \\choose 1}"))
    assert wrong[5] == ["wrong"] and first == 5


def test_the_other_stacked_layouts_of_a_column():
    for written in (r"\genfrac{(}{)}{0pt}{}{2}{1}", r"\left(\substack{2\\1}\right)",
                    r"\begin{psmallmatrix}2\\1\end{psmallmatrix}", r"\tbinom{2}{1}"):
        notes = SHEET.replace(r"\binom{2}{1}", written) + "$f(x) = 3x + 1$\n\n$f(x_1) = 5$\n"
        verdicts, first = notes_verdicts(notes)
        assert verdicts[3] == ["correct"] and verdicts[5] == ["wrong"] and first == 5, written


def test_the_rewrite():
    assert binom_columns(r"v = \binom{1}{-1}") == r"v = \begin{pmatrix} 1 \\ -1 \end{pmatrix}"
    assert binom_columns(r"\tbinom{b^{[1]}_1}{x}") == r"\begin{pmatrix} b^{[1]}_1 \\ x \end{pmatrix}"
    assert binom_columns(r"{0 \choose 1}") == r"\begin{pmatrix} 0 \\ 1 \end{pmatrix}"
    assert binom_columns(r"\binom{1}") == r"\binom{1}"   # not a full use: left as written
    assert binom_columns("no columns here") == "no columns here"
    assert binom_columns(r"\begin{bsmallmatrix}1 & 0\end{bsmallmatrix}") == r"\begin{bmatrix}1 & 0\end{bmatrix}"
    assert binom_columns(r"\sum_{\substack{i \\ j}} K_{ij}") == r"\sum_{\substack{i \\ j}} K_{ij}"   # no brackets

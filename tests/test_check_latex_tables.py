"""LaTeX tables of derivatives and values (``tabular``, ``tabularx``, ``longtable``, a headed ``array`` that is its
own math block) read as the Markdown table reader reads them; rows that cannot be read are unreadable, never
dropped; evaluation bars in every size and ``\\boxed{…}`` claims in a LaTeX document.

Every expected verdict is worked out by hand for exercise A: f = W2(W1 x + b1) + b2, W1 = (1, 1)ᵀ, b1 = (0, 1)ᵀ,
W2 = (1, 0), b2 = 0, x_1 = 1, x_2 = 2; θ = (W1_11, W1_21, b1_1, b1_2, W2_11, W2_12, b2) and
∂f/∂θ = (W2_11 x, W2_12 x, W2_11, W2_12, W1_11 x + b1_1, W1_21 x + b1_2, 1) = (x, 0, 1, 0, x, x + 1, 1):
∇f(x_1) = (1, 0, 1, 0, 1, 2, 1), ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1); the hidden units z = (x, x + 1), so z(x_1) = (1, 2),
z(x_2) = (2, 3); K_11 = 1+1+1+4+1 = 8, K_12 = 2+1+2+6+1 = 12, K_22 = 4+1+4+9+1 = 19, trace 27, det 8,
λ = (27 ± √697)/2 ≈ 26.7004, 0.2996.
"""

import pytest

from symntk.check import check_text
from symntk.check.latex_tables import latex_tables
from symntk.check.table_headers import data_points

GIVEN = (r"Given $W^{(1)} = (1, 1)^T$, $b^{(1)} = (0, 1)^T$, $W^{(2)} = (1, 0)$, $b^{(2)} = 0$, $x_1 = 1$, "
         r"$x_2 = 2$." "\n\n")


def _tex(body: str) -> str:
    """A small LaTeX document: the preamble on lines 1–2, the given data on line 3, ``body`` from line 5."""
    return "\\documentclass{article}\n\\begin{document}\n" + GIVEN + body + "\n\\end{document}\n"


def _verdicts(text: str, name: str = "notes.tex") -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(text, name).judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


BY_PARAMETER = r"""\begin{tabular}{c|cc}
{corner} & {x1} & {x2} \\ \hline
$W^{(1)}_{11}$ & 1 & 2 \\
$W^{(1)}_{21}$ & 0 & 0 \\
$b^{(1)}_1$ & 1 & 1 \\
$b^{(1)}_2$ & 0 & 0 \\
$W^{(2)}_{11}$ & 1 & 2 \\
$W^{(2)}_{12}$ & 2 & 4 \\
$b^{(2)}$ & 1 & 1 \\
\end{tabular}"""


@pytest.mark.parametrize("corner, x1, x2", [
    ("parameter", "$x_1$", "$x_2$"),
    ("$\\theta_k$", "$x = 1$", "$x = 2$"),
    ("", "at $x_1$", "at $x_2$"),
    ("\\textbf{param}", "$x^{(1)}$", "$x^{(2)}$")])
def test_a_tabular_of_derivatives_one_row_per_parameter(corner, x1, x2):
    text = _tex(BY_PARAMETER.replace("{corner}", corner).replace("{x1}", x1).replace("{x2}", x2))
    want = {n: ["correct", "correct"] for n in range(7, 14)}
    want[12] = ["correct", "wrong"]   # ∂f(x_2)/∂W2_12 = x_2 + 1 = 3, not 4
    assert _verdicts(text) == want


def test_a_transposed_array_in_display_math_with_rules_and_a_title_row():
    text = GIVEN + "\n".join([
        r"\[",                                                              # 3
        r"\begin{array}{c|ccccccc}",
        r"\multicolumn{8}{c}{\text{gradient entries}} \\",
        r" & W^{(1)}_{11} & W^{(1)}_{21} & b^{(1)}_1 & b^{(1)}_2 & W^{(2)}_{11} & W^{(2)}_{12} & b^{(2)} \\ \hline",
        r"x_1 & 1 & 0 & 1 & 0 & 1 & 2 & 1 \\ \cline{2-8}",                 # 7
        r"x_2 & 2 & 0 & 1 & 0 & 2 & 3 & 0",                                  # 8: ∂f/∂b2 = 1
        r"\end{array}",
        r"\]"])
    assert _verdicts(text, "notes.md") == {7: ["correct"] * 7, 8: ["correct"] * 6 + ["wrong"]}


def test_booktabs_longtable_and_tabularx_with_theta_rows_and_derivative_labels():
    text = _tex("\n".join([
        r"\begin{tabular}{@{}lcc@{}} \toprule",                              # 5
        r" & \multicolumn{2}{c}{derivative at} \\ \cmidrule(lr){2-3}",
        r"$k$ & $x_1$ & $x_2$ \\ \midrule",
        r"5 & 1 & 2 \\",                                                      # 8: θ_5 = W2_11: x
        r"6 & 2 & 3 \\ \bottomrule",                                          # 9: θ_6 = W2_12: x + 1
        r"\end{tabular}",
        r"\begin{longtable}{lcc}",
        r"parameter & $x_1$ & $x_2$ \\ \hline",
        r"\endfirsthead",
        r"parameter & $x_1$ & $x_2$ \\ \hline",
        r"\endhead",
        r"\multicolumn{3}{r}{continued on the next page} \\",
        r"\endfoot",
        r"$b^{(2)}$ & 1 & 2 \\",                                              # 18: ∂f/∂b2 = 1
        r"\end{longtable}",
        r"\begin{tabularx}{\textwidth}{|X|X|X|} \hline",
        r"\textbf{quantity} & $x_1$ & $x_2$ \\ \hline",
        r"$\partial f/\partial W^{(1)}_{11}$ & 1 & 2 \\ \hline",              # 22
        r"$\frac{\partial f}{\partial W^{(1)}_{21}}$ & 0 & 1 \\ \hline",     # 23: W2_12 x = 0
        r"\end{tabularx}"]))
    assert _verdicts(text) == {8: ["correct", "correct"], 9: ["correct", "correct"], 18: ["correct", "wrong"],
                               22: ["correct", "correct"], 23: ["correct", "wrong"]}


def test_tables_of_units_and_of_kernel_entries_and_decimal_commas():
    text = _tex("\n".join([
        r"Values $0{,}5$ and $1{,}25$ are no claims, $w = 0,5$ neither.",
        "",
        r"\begin{tabular}{c|cc}",                                             # 7
        r" & $z_1$ & $z_2$ \\ \hline",
        r"$x_1$ & 1 & 2 \\",                                                  # 9
        r"$x_2$ & 2 & 3{,}0 \\",                                              # 10
        r"\end{tabular}",
        r"\begin{tabular}{c|cc}",
        r"$K$ & $x_1$ & $x_2$ \\ \hline",
        r"$x_1$ & 8 & 12 \\",                                                 # 14
        r"$x_2$ & 12 & 19{,}5",                                               # 15: K_22 = 19
        r"\end{tabular}"]))
    verdicts = _verdicts(text)
    assert verdicts[9] == verdicts[10] == verdicts[14] == ["correct", "correct"]
    assert verdicts[15] == ["correct", "wrong"]


def test_an_aligned_tabular_is_read_as_its_statements():
    text = _tex("\n".join([
        r"\begin{tabular}{lll}",
        r"$K_{11}$ & $= 1 + 1 + 1 + 4 + 1$ & $= 8$ \\",                      # 6
        r"$K_{12}$ & $=$ & $13$",                                             # 7
        r"\end{tabular}"]))
    assert _verdicts(text) == {6: ["correct", "correct"], 7: ["wrong"]}


def test_a_gradient_cell_may_hold_a_matrix_with_its_own_rows():
    text = _tex("\n".join([
        r"\begin{tabular}{lcc}",
        r" & $x_1$ & $x_2$ \\",
        r"$\nabla_\theta f$ & $\begin{pmatrix}1\\0\\1\\0\\1\\2\\1\end{pmatrix}$ & $(2, 0, 1, 0, 2, 3, 0)^T$",   # 7
        r"\end{tabular}"]))
    assert _verdicts(text) == {7: ["correct", "wrong"]}


def test_what_a_table_cannot_say_is_unreadable_with_a_reason():
    text = _tex("\n".join([
        r"\begin{tabular}{cc}",                                               # 5: no header
        r"8 & 12 \\ 12 & 19",
        r"\end{tabular}",
        "",
        r"\begin{tabular}{lccc}",
        r"$k$ & $\partial f(x_1)/\partial \theta_k$ & $\partial f(x_2)/\partial \theta_k$ & product \\ \hline",
        r"5 & 1 & 2 & 2 \\",                                                 # 11: θ_5 = W2_11
        r"6 & 2 & 3 & 6 \\ \hline",                                          # 12: θ_6 = W2_12
        r"$\Sigma$ & & & 12 \\",                                             # 13: names nothing
        r"\end{tabular}"]))
    report = check_text(text, "notes.tex")
    assert {j.line for j in report.judgements if j.verdict == "unreadable"} == {5, 13}
    assert _verdicts(text)[11] == _verdicts(text)[12] == ["correct", "correct"]
    found = latex_tables(text)[1]
    assert [(s.line, s.error) for s in found if s.error] == [
        (5, "a table whose first row names no datapoint or quantity"),
        (13, "a table row that says nothing readable about its row and column headers")]


def test_a_table_left_open_is_unreadable():
    text = _tex("\\begin{tabular}{cc}\n & $x_1$ \\\\\n$b^{(2)}$ & 1\n")
    assert _verdicts(text) == {5: ["unreadable"]}


@pytest.mark.parametrize("math", [
    r"$K = \left(\begin{array}{cc} 8 & 12 \\ 12 & 19 \end{array}\right)$",   # a matrix: its delimiters
    r"$$\begin{array}{cc} 8 & 12 \\ 12 & 19 \end{array}$$",                  # bare numbers: no header
    r"$$K = \begin{array}{cc} 8 & 12 \\ 12 & 19 \end{array}$$"])             # not all of its block
def test_an_array_that_is_no_table_is_left_to_the_math(math):
    assert latex_tables(math) == (math, [])


def test_a_table_keeps_the_lines_of_the_text():
    text = "a\n\\begin{tabular}{cc}\n & $x_1$ \\\\\n$b$ & 1\n\\end{tabular}\nb $x$\n"
    blanked, _ = latex_tables(text)
    assert blanked.split("\n")[0] == "a" and blanked.split("\n")[5] == "b $x$"
    assert blanked.count("\n") == text.count("\n") and "tabular" not in blanked


def test_a_value_under_an_evaluation_bar_is_no_datapoint():
    said = r"$\left.\nabla f\right|_{x=x_1} = (1, 0, 1)$, $\Big|_{x_1 = 1}$, $x_{2} = 2$, $f\Big|_{x_{2}} = 3$"
    assert data_points(said) == {(1,): 1, (2,): 2}


BARS = r"""\[ \left.\frac{\partial f}{\partial \theta}\right|_{x=x_1} = (1, 0, 1, 0, 1, 2, 1)^T \]
\[ \nabla_\theta f\Big|_{x_2} = (2, 0, 1, 0, 2, 3, 1)^T \]
\[ \frac{\partial f}{\partial W^{(2)}_{12}}\bigg\rvert_{x = 2} = 3 \]
\[ \frac{\partial f}{\partial W^{(1)}_{11}}\Bigg\vert_{x = x_1} = 1 \]
\[ \frac{\partial f}{\partial W^{(2)}_{11}}\biggr|_{x=x_2} = 2 \]
\[ \left.\frac{\partial f}{\partial b^{(1)}_1}\right\rvert_{x=1} = 1 \]
\[ \frac{\partial f}{\partial W^{(2)}_{12}}\Bigr\vert_{x_1} = 2 \]
\[ f\big|_{x=x_2} = 2 \]
\[ \left.\frac{\partial f}{\partial W^{(2)}_{12}}\right|_{x_2} = \boxed{4} \]"""


def test_evaluation_bars_of_every_size_after_a_gradient_with_its_values():
    assert _verdicts(_tex(BARS)) == {**{n: ["correct"] for n in range(5, 13)}, 13: ["wrong"]}


def test_boxed_claims():
    text = _tex("\n".join([
        r"\[ \boxed{K_{11} = 8} \qquad \boxed{K_{12} = 12} \]",
        r"$\boxed{K_{22} = 19}$ and $\boxed{\lambda_{1,2} = \frac{27 \pm \sqrt{697}}{2}}$",
        r"\[ \boxed{\mathbf{K} = \begin{pmatrix} 8 & 12 \\ 12 & 19 \end{pmatrix}} \]",
        r"\[ \det(K - \lambda I) = \boxed{\lambda^2 - 27\lambda + 8} \]",
        r"\[ \boxed{\lambda_1 \approx 26.702}, \quad \boxed{\lambda_2 \approx 0.300} \]"]))
    assert _verdicts(text) == {5: ["correct", "correct"], 6: ["correct", "correct"], 7: ["correct"],
                               8: ["correct"], 9: ["wrong", "correct"]}


def test_a_row_label_may_give_the_parameter_and_its_derivative():
    text = _tex("\n".join([
        r"\begin{tabular}{l|c|c}",
        r"parameter & $x_1=1$ & $x_2=2$ \\ \hline",
        r"$W^{(1)}_{11}$: $W^{(2)}_{11}x$ & $1$ & $2$ \\",                   # 7
        r"$W^{(2)}_{12}$: $x$ & $2$ & $3$ \\",                                # 8: ∂f/∂W2_12 = x + 1
        r"$b^{(2)}$: & $1$ & $2$ \\",                                         # 9: ∂f/∂b2 = 1
        r"\end{tabular}"]))
    assert _verdicts(text) == {7: ["correct"] * 3, 8: ["wrong", "correct", "correct"], 9: ["correct", "wrong"]}


@pytest.mark.parametrize("opener", [r"\Big.", r"\bigl.", r"\left."])
def test_a_sized_null_delimiter_opens_an_evaluation_bar(opener):
    text = _tex(rf"\[ {opener}\nabla_\theta f\Big|_{{x_2}} = (2, 0, 1, 0, 2, 3, 1)^T \]" "\n"
                rf"\[ {opener}\frac{{\partial f}}{{\partial W^{{(2)}}_{{12}}}}\Bigr|_{{x = 1}} = 3 \]")
    assert _verdicts(text) == {5: ["correct"], 6: ["wrong"]}   # ∂f(x_1)/∂W2_12 = x_1 + 1 = 2


def test_an_array_of_names_says_nothing_as_a_table():
    math = r"$$\begin{array}{cc} K_{11} & K_{12} \\ K_{21} & K_{22} \end{array}$$"
    assert latex_tables(math) == (math, [])

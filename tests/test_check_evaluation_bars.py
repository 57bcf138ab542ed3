"""Evaluation bars (``\\Big|_{x = x_1}`` in any size), tables with escaped bars and arrays that only space out a
tuple: the web-notebook family (HackMD, Notion, Obsidian, Docusaurus pages rendered with KaTeX).

Every expected verdict was worked out by hand or with ``math.tanh`` (never from the checker): for the linear
lecture example f = W2(W1 x + b1) + b2, W1 = (1, 1)ᵀ, b1 = (0, 1)ᵀ, W2 = (1, 0), b2 = 0, x_1 = 1, x_2 = 2 the
gradients are ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1) and ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1); for f = 2 tanh(x) (W1 = 1,
b1 = 0, W2 = 2, b2 = 0) at x_1 = 0, x_2 = 1: f(x_2) = 2 tanh 1 ≈ 1.5232, ∇f(x_1) = (0, 2, 0, 1),
∂f(x_2)/∂W2 = tanh 1 ≈ 0.7616, tanh'(1) = 1 − tanh²1 ≈ 0.4200.
"""

import pytest

from symntk.check import check_text
from symntk.check.evaluation_bars import bar_label, bar_point
from symntk.check.mathpix import arrays, spaced_tuple
from symntk.check.normalise import normalise
from symntk.check.tables import split_row

LINEAR = (r"$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = \begin{bmatrix}1\\1\end{bmatrix}$, "
          r"$b^{[1]} = \begin{bmatrix}0\\1\end{bmatrix}$, $W^{[2]} = \begin{bmatrix}1 & 0\end{bmatrix}$, "
          r"$b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$." "\n\n")
TANH = (r"$f(x) = W^{[2]}\tanh(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = 0$, $W^{[2]} = 2$, "
        r"$b^{[2]} = 0$, $x_1 = 0$, $x_2 = 1$." "\n\n")


def _verdicts(text: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(text, "n.md").judgements:
        out.setdefault(j.line, []).append(j.verdict)
    return out


@pytest.mark.parametrize("written, read", [
    (r"f\Big|_{x = x_1}", r"f(x_1)"),
    (r"f(x)\bigg|_{x=x_2}", r"f(x_2)"),
    (r"\nabla f \Bigr|_{x^{(2)}}", r"\nabla f(x^{(2)})"),
    (r"\nabla_\theta f\Big\vert_{x = 0}", r"\nabla_\theta f(0)"),
    (r"\frac{df}{dw_1}\Big|_{x=2}", r"\frac{d f(2)}{dw_1}"),
    (r"\tfrac{\partial f_2}{\partial \theta_3}\rvert_{x_1}", r"\frac{\partial f_2(x_1)}{\partial \theta_3}"),
    (r"\tanh'(z)\Bigg|_{z = 1}", r"\tanh'(1)"),
    (r"\frac{\partial}{\partial u}\sigma(u)\big|_{u=-1}", r"\sigma'(-1)"),
])
def test_a_quantity_at_a_point_in_every_size_of_bar(written, read):
    assert normalise(written) == normalise(read)


@pytest.mark.parametrize("written", [
    r"W^{[2]}\sigma(z)\Big|_{z=0}",    # the bar closes a product, not the function alone
    r"x^2\Big|_{x=0}^{x=1}",           # a range (an integral's bar), not a point
    r"g(z)\Big|_{u=0}",                # another variable than the function's
])
def test_a_bar_that_is_not_one_quantity_at_one_point_is_left_as_written(written):
    assert "(0)" not in normalise(written)


@pytest.mark.parametrize("math, point", [
    (r"\Big\|_{x=x_1}", "x_1"), (r"\left.\right|_{x = x_2}", "x_2"), (r"\bigg\rvert_{x=0}", "0"),
    (r"|_{x_{2}}", "x_{2}"), (r"f\Big|_{x=x_1}", None), (r"\Big|", None),
])
def test_a_bar_alone_is_a_label(math, point):
    assert bar_label(math) == point


def test_a_header_ending_in_a_bar_names_its_point():
    assert bar_point(r"\dfrac{\partial f}{\partial \theta_k}\Big|_{x=x_1}") == (
        r"\dfrac{\partial f}{\partial \theta_k}", "x_1")
    assert bar_point(r"at x_1") is None


def test_a_table_row_splits_at_unescaped_bars_only():
    assert split_row(r"| $\theta_k$ | $\Big\|_{x=x_1}$ | 2 |") == [" $\\theta_k$ ", r" $\Big|_{x=x_1}$ ", " 2 "]
    assert split_row("a | b") == ["a ", " b"]


@pytest.mark.parametrize("body, tuple_", [
    (r"(w_1, & w_2, & c)", r"(w_1,  w_2,  c)"),
    (r"[1, & 0]", r"[1,  0]"),
    (r"(1 & 2)", None),          # a cell without a comma: a matrix's columns
    (r"(1) & (2)", None),        # two groups, not one tuple
    (r"(1, \\ 2)", None),        # two rows
    (r"1, & 2", None),           # no brackets around the tuple
])
def test_an_array_that_only_spaces_out_a_tuple(body, tuple_):
    assert spaced_tuple(body) == tuple_


def test_arrays_keep_matrices_and_drop_a_spacing_array():
    assert arrays(r"\theta = \begin{array}{c}(a, & b)\end{array}^T") == r"\theta = (a,  b)^T"
    assert arrays(r"\left(\begin{array}{c} 1 \\ 0 \end{array}\right)") == r"\begin{pmatrix} 1 \\ 0 \end{pmatrix}"


def test_tanh_network_at_points_with_bars_right_and_wrong():
    lines = [r"$f\Big|_{x = x_2} \approx 1.5232$",
             r"$$\nabla_\theta f\bigg\rvert_{x = 0} = \left(\begin{array}{c} 0 \\ 2 \\ 0 \\ 1 \end{array}\right)$$",
             r"$\left.\frac{\partial f}{\partial W^{[2]}}\right\vert_{x=1} \approx 0.7616$",
             r"$\dfrac{d}{dz}\tanh z\,\Big|_{z=0} = 1$",
             r"$\tanh'(z)\Big|_{z=1} = 0.5$"]   # 1 − tanh²(1) ≈ 0.4200: wrong
    verdicts = _verdicts(TANH + "\n\n".join(lines) + "\n")
    assert [verdicts.get(line) for line in (3, 5, 7, 9, 11)] == [["correct"], ["correct"], ["correct"], ["correct"],
                                                                  ["wrong"]]


def test_a_table_headed_by_bars_is_read_and_its_header_is_no_claim():
    table = ("| $\\theta_k$ | $\\dfrac{\\partial f}{\\partial \\theta_k}$ | $\\Big\\|_{x=x_1}$ | "
             "$\\bigg\\rvert_{x = x_2}$ |\n|---|---|---|---|\n"
             "| $W^{[1]}_{11}$ | $W^{[2]}_{11} x$ | 1 | 2 |\n"
             "| $W^{[2]}_{12}$ | $W^{[1]}_{21} x + b^{[1]}_2$ | 2 | 4 |\n")   # ∂f(x_2)/∂W2_12 = 3: the 4 is wrong
    verdicts = _verdicts(LINEAR + table)
    assert 3 not in verdicts   # the header row
    assert sorted(verdicts[5]) == ["correct"] * 3
    assert sorted(verdicts[6]) == ["correct", "correct", "wrong"]


def test_theta_spaced_out_in_an_array():
    right = r"$$\theta = \begin{array}{c}(W^{[1]}_{11}, & W^{[1]}_{21}, & b^{[1]}_1, & b^{[1]}_2, & W^{[2]}_{11}, & " \
            r"W^{[2]}_{12}, & b^{[2]})\end{array}^T = (1, 1, 0, 1, 1, 0, 0)^T$$"
    verdicts = _verdicts(LINEAR + right + "\n")
    assert verdicts[3] and set(verdicts[3]) == {"correct"}
    wrong = right.replace("(1, 1, 0, 1, 1, 0, 0)", "(1, 0, 1, 1, 1, 0, 0)")   # b^{[1]}_1 = 0, not 1
    assert "wrong" in _verdicts(LINEAR + wrong + "\n")[3]


def test_a_table_headed_by_the_point_named_as_x_equals_x_i():
    table = ("| $\\theta_k$ | $\\partial f/\\partial\\theta_k$ | $x = x_1$ | $x = x_2$ |\n|:---:|:---:|:---:|:---:|\n"
             "| $W^{[1]}_{11}$ | $W^{[2]}_{11}x$ | $1$ | $2$ |\n"
             "| $W^{[2]}_{12}$ | $W^{[1]}_{21}x + b^{[1]}_2$ | $2$ | $4$ |\n")   # ∂f(x_2)/∂W2_12 = 3: 4 is wrong
    verdicts = _verdicts(LINEAR + table)
    assert sorted(verdicts[5]) == ["correct"] * 3
    assert sorted(verdicts[6]) == ["correct", "correct", "wrong"]

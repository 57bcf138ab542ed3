"""Notes typed with a Chinese or Japanese input method: full-width punctuation in and around math,
\\left[\\begin{matrix}…\\end{matrix}\\right], CJK words for the kernel's properties and the parameter count.

The invented note (worked by hand): f(x) = W2 (W1 x + b1) + b2, no activation, W1 = (1, 2)^T, b1 = (0, 1)^T,
W2 = (1, -1), b2 = 1, x_1 = 1, x_2 = -1. h = (x, 2x + 1), ∇_θ f = (x, -x, 1, -1, x, 2x + 1, 1):
(1, -1, 1, -1, 1, 3, 1) at x_1 and (-1, 1, 1, -1, -1, -1, 1) at x_2; K_11 = 15, K_12 = -3, K_22 = 7;
tr K = 22, det K = 105 - 9 = 96, λ = (22 ± √(484 − 384))/2 = 16 and 6: positive definite.
"""


import pytest

from symntk.check import check_text
from symntk.check.cjk_words import counts
from symntk.check.facts import facts_of_line
from symntk.check.fullwidth import ascii_punctuation
from symntk.check.normalise import normalise

from conftest import grows_linearly
from reference import exact_jacobian, gram

DATA = (r"$f(x)=W^{(2)}(W^{(1)}x+b^{(1)})+b^{(2)}$，没有激活函数。" "\n\n"
        r"$W^{(1)}=\left[\begin{matrix}1\\2\end{matrix}\right]$，$b^{(1)}=\left[\begin{matrix}0\\1\end{matrix}\right]$，"
        r"$W^{(2)}=\left[\begin{matrix}1&-1\end{matrix}\right]$，$b^{(2)}=1$，数据点 $x_1=1，x_2=-1$。" "\n\n")
NOTE = "# 作业：无激活函数的网络\n\n" + DATA + "\n".join([
    r"一共 $7$ 个参数。",                                                      # 7
    r"$\nabla_{\theta}f(x_1)=（1，-1，1，-1，1，3，1）^T$",                       # 8
    r"$\nabla_{\theta}f(x_2)=(-1,1,1,-1,-1,-1,1)^T$",                          # 9
    r"$K_{11}=15，K_{12}=-3，K_{22}=8$",                                       # 10
    r"核矩阵 $K=\left[\begin{matrix}15&-3\\-3&7\end{matrix}\right]$",           # 11
    r"迹 $\mathrm{tr}\,K=22$，行列式 $\det K=96$。",                             # 12
    r"特征值 $\lambda_1=16，\lambda_2=6$。",                                    # 13
    r"两个特征值都是正的，所以 $K$ 正定。",                                        # 14
    r"$K$ 不是半正定的。",                                                       # 15
    r"$Ｋ_{22}＝７$",                                                           # 16
    r"$\left|\begin{matrix}15-\lambda&-3\\-3&7-\lambda\end{matrix}\right|=\lambda^2-22\lambda+96$",  # 17
    r"$\det K＝？$",                                                             # 18
]) + "\n"


def test_the_hand_values_are_the_independent_backprop():
    J = exact_jacobian([1, 2, 0, 1, 1, -1, 1], [1, 2, 1], ["identity"], [[1], [-1]])
    assert J == [[1, -1, 1, -1, 1, 3, 1], [-1, 1, 1, -1, -1, -1, 1]]
    assert gram(J) == [[15, -3], [-3, 7]]


def test_chinese_note_is_read_and_judged_line_by_line():
    report = check_text(NOTE, "note.md")
    got: dict[int, list[str]] = {}
    for j in report.judgements:
        got.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    assert got == {7: ["correct"], 8: ["correct"], 9: ["correct"], 10: ["correct", "correct", "wrong"],
                   11: ["correct"], 12: ["correct", "correct"], 13: ["correct", "correct"],
                   14: ["correct", "correct"], 15: ["wrong"], 16: ["correct"], 17: ["correct"]}
    assert report.first_mistake.line == 10


@pytest.mark.parametrize("text, expected", [
    ("$x_1=1，x_2=2$。", "$x_1=1, x_2=2$. "),
    ("（１，０）＝ｆ（ｘ）", "(1, 0)=f(x)"),
    ("λ≈０．３０；", "λ≈0.30; "),
    ("a、b：c\u3000d", "a, b: c d"),
    ("价格＄5 和｀code｀", "价格＄5 和｀code｀"),
    ("plain ascii, 1,5", "plain ascii, 1,5"),
])
def test_full_width_forms_read_as_ascii(text, expected):
    assert ascii_punctuation(text) == expected


def test_full_width_forms_keep_the_lines():
    text = "第一行，\n$K＝８$。\n\n"
    assert ascii_punctuation(text).count("\n") == text.count("\n")


@pytest.mark.parametrize("text, expected", [
    (r"W=\left[\begin{matrix}1\\2\end{matrix}\right]", r"W=\begin{bmatrix}1\\2\end{bmatrix}"),
    (r"b = [ \begin{matrix} 3 & 4 \end{matrix} ]^T", r"b = \begin{bmatrix} 3 & 4 \end{bmatrix}^T"),
    (r"\left(\begin{matrix}5\\6\end{matrix}\right)", r"\begin{pmatrix}5\\6\end{pmatrix}"),
    (r"\left|\begin{matrix}2&1\\1&2\end{matrix}\right|", r"\begin{vmatrix}2&1\\1&2\end{vmatrix}"),
    (r"\begin{bmatrix}1\\2\end{bmatrix}", r"\begin{bmatrix}1\\2\end{bmatrix}"),
])
def test_plain_matrix_in_delimiters_takes_their_kind(text, expected):
    assert normalise(text) == expected


def test_unclosed_plain_matrices_are_normalised_in_linear_time():
    text = r"\left[\begin{matrix}" * 300 + "1&" * 2000
    out = normalise(text)
    assert grows_linearly(normalise, lambda n: r"\left[\begin{matrix}" * (n * 3 // 20) + "1&" * n, 250)
    assert out.count(r"\begin{bmatrix}") == 300 and "matrix}" not in out.replace("{bmatrix}", "")


@pytest.mark.parametrize("line, expected", [
    ("两个特征值都是正的，所以 K 正定。", ["pd", "eig_pos"]),
    ("K 是半正定的", ["psd"]),
    ("K 正半定", ["psd"]),
    ("K 不是正定的", ["not:pd"]),
    ("K 非正定", ["not:pd"]),
    ("有一个特征值为 0，K 奇异", ["eig_zero"]),
    ("所有特徵值均大於 0", ["eig_pos"]),
    ("矩阵几乎奇异", []),
    ("固有値はすべて正なので K は正定値", ["pd", "eig_pos"]),
    ("K は正定値ではない", ["not:pd"]),
    ("固有値の一つが 0 なので特異", ["eig_zero"]),
    ("特征多项式是二次的", []),
])
def test_cjk_statements_about_the_kernel(line, expected):
    assert sorted(facts_of_line(ascii_punctuation(line))) == sorted(expected)


@pytest.mark.parametrize("line, expected", [
    ("一共 7 个参数", ["7"]),
    ("共13個參數", ["13"]),
    ("参数共有 9 个", ["9"]),
    ("パラメータは 10 個", ["10"]),
    ("4 つのパラメータ", ["4"]),
    ("第 2 个数据点", []),
    ("0.5 个参数", []),
])
def test_cjk_parameter_counts(line, expected):
    assert counts(line) == expected


MORE = "# 作业：无激活函数的网络\n\n" + DATA + "\n".join([
    r"$K_{11}=15\text{，}K_{12}=-3\text{和}K_{22}=7$",                        # 7
    r"核矩阵的迹为 $22$，行列式为 $95$。",                                        # 8
    r"$\lambda_{\text{大}}=16$，$\lambda_{最小}\approx6.0$",                      # 9
    r"トレースは $22$ です。",                                                   # 10
]) + "\n"


def test_punctuation_and_conjunctions_in_text_separate_claims_and_words_name_invariants():
    report = check_text(MORE, "note.md")
    got: dict[int, list[str]] = {}
    for j in report.judgements:
        got.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    assert got == {7: ["correct", "correct", "correct"], 8: ["correct", "wrong"], 9: ["correct", "correct"],
                   10: ["correct"]}
    assert report.first_mistake.line == 8


@pytest.mark.parametrize("text, expected", [
    (r"\lambda_{\text{大}}", r"\lambda_{\max}"),
    (r"\lambda_{最大} \approx 16", r"\lambda_{\max} \approx 16"),
    (r"\lambda_{\mathrm{小}}", r"\lambda_{\min}"),
    (r"\lambda_{最小}", r"\lambda_{\min}"),
])
def test_larger_and_smaller_eigenvalue_in_cjk(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("line, expected", [
    ("核矩阵的迹为 27, 行列式为 8", [r"\operatorname{tr} K = 27", r"\det K = 8"]),
    ("トレースは 5.5. ", [r"\operatorname{tr} K = 5.5"]),
    ("跡等於-3", [r"\operatorname{tr} K = -3"]),
    ("行列式的计算如下", []),
    ("迹为 27.5.3", []),
])
def test_invariants_named_in_cjk_words(line, expected):
    from symntk.check.cjk_words import named_values

    assert named_values(line) == expected


def test_punctuation_wrapped_in_text_is_the_punctuation():
    assert ascii_punctuation(r"$a=1\text{，}b=2\mbox{；}c=3\text{。}$") == "$a=1, b=2; c=3. $"


WORDED = "# 作业：无激活函数的网络\n\n" + DATA + "\n".join([
    r"所以 $K_{12}$ 等于 $-3$，$\lambda_1$ 约为 $16.0$，$\lambda_2$ は $5$ です。",   # 7
    r"$K$ 是 $2$ 阶矩阵，$\theta$ 为 $7$ 维向量。",                                # 8
]) + "\n"


def test_a_quantity_and_its_value_joined_by_a_cjk_word_are_one_claim():
    report = check_text(WORDED, "note.md")
    got: dict[int, list[str]] = {}
    for j in report.judgements:
        got.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    assert got == {7: ["correct", "correct", "wrong"]}


@pytest.mark.parametrize("text, expected", [
    (r"$\lambda_1$ 约为 $26.70$", r"$\lambda_1 \approx 26.70$"),
    (r"$K_{11}$ 等於 $8$", r"$K_{11} = 8$"),
    (r"$\det K$ 为 $8$", r"$\det K = 8$"),
    (r"$K$ 是 $2$ 阶矩阵", r"$K$ 是 $2$ 阶矩阵"),            # no index: the matrix, and a measure word after
    (r"$W_1$ 为 $2$ 维", r"$W_1$ 为 $2$ 维"),
    (r"$a$ 和 $b_1$ 是 $3$", r"$a$ 和 $b_1 = 3$"),
    (r"$x_1 = 1$ 为 $2$", r"$x_1 = 1$ 为 $2$"),              # already a relation on the left
])
def test_cjk_relation_words_between_inline_maths(text, expected):
    assert ascii_punctuation(text) == expected

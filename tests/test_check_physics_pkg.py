"""Notes typed with the physics package (and derivative, commath): ``\\pdv``, ``\\dv``, ``\\mqty``, ``\\qty``,
``\\vb``, ``\\abs``, ``\\norm``, ``\\eval``, ``\\Tr``, ``\\grad`` and ``^\\dagger`` read as the LaTeX they typeset.

The notes here are invented for these tests. Their expected verdicts are worked out by hand:

* net f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with W⁽¹⁾ = [1, −2]ᵀ, b⁽¹⁾ = [0, 1]ᵀ, W⁽²⁾ = [3, 1], b⁽²⁾ = −1 at
  x₁ = 1, x₂ = 2; gradient (3x, x, 3, 1, x, 1 − 2x, 1), rows (3, 1, 3, 1, 1, −1, 1) and (6, 2, 3, 1, 2, −3, 1),
  K = [[23, 36], [36, 64]], tr 87, det 176, λ = (87 ± √6865)/2 ≈ 84.93, 2.07;
* with K₁₂ written 35 (a slip), K = [[23, 35], [35, 64]] and det 247 are carried.
"""

import math

import pytest

from symntk.check import check_text
from symntk.check.physics_pkg import physics_latex, writes_physics

from reference import central_jacobian, exact_jacobian, gram


@pytest.mark.parametrize("written, read", [
    (r"\pdv{f}{W^{(1)}_{11}}", r"\frac{\partial f}{\partial W^{(1)}_{11}}"),
    (r"\pdv*{f}{b_1}", r"\frac{\partial f}{\partial b_1}"),
    (r"\dv{f}{\theta}", r"\frac{\partial f}{\partial \theta}"),
    (r"\odv{f}{x}", r"\frac{\partial f}{\partial x}"),
    (r"\pd{f}{b}", r"\frac{\partial f}{\partial b}"),
    (r"\pdv[2]{f}{x}", r"\frac{\partial^{2} f}{\partial x^{2}}"),
    (r"\pdv[order=2]{f}{x}", r"\frac{\partial^{2} f}{\partial x^{2}}"),
    (r"\pdv{f}{x}{y}", r"\frac{\partial^{2} f}{\partial x \partial y}"),
    (r"\pdv{f}{x,y}", r"\frac{\partial^{2} f}{\partial x \partial y}"),
    (r"\pdv{f}{W_{1,2}}", r"\frac{\partial f}{\partial W_{1,2}}"),
    (r"\dv{z} \tanh z", r"\frac{\partial}{\partial z} \tanh z"),
    (r"\mqty(1 & 0 \\ 0 & 1)", r"\begin{pmatrix}1 & 0 \\ 0 & 1\end{pmatrix}"),
    (r"\mqty[8 & 12 \\ 12 & 19]", r"\begin{bmatrix}8 & 12 \\ 12 & 19\end{bmatrix}"),
    (r"\mqty|8 & 12 \\ 12 & 19|", r"\begin{vmatrix}8 & 12 \\ 12 & 19\end{vmatrix}"),
    (r"\pmqty{1 \\ 2}", r"\begin{pmatrix}1 \\ 2\end{pmatrix}"),
    (r"\bmqty{1 & 2}", r"\begin{bmatrix}1 & 2\end{bmatrix}"),
    (r"\mqty(\dmat{1,2})", r"\begin{pmatrix}1 & 0 \\ 0 & 2\end{pmatrix}"),
    (r"\mqty(\imat{2})", r"\begin{pmatrix}1 & 0 \\ 0 & 1\end{pmatrix}"),
    (r"\mqty(\zmat{1}{2})", r"\begin{pmatrix}0 & 0\end{pmatrix}"),
    (r"\qty(W x + b)", r"(W x + b)"),
    (r"\qty[1 - \qty(2)]", r"[1 - (2)]"),
    (r"\qty|x|", r"|x|"),
    (r"\abs{x - 1}", r"|x - 1|"),
    (r"\norm{\grad f}^2", r"\|\nabla f\|^2"),
    (r"\vb{x} \cdot \vb*{\theta} + \va{v}", r"x \cdot \theta + v"),
    (r"\Tr K = 27, \tr{K}", r"\operatorname{tr} K = 27, \operatorname{tr}{K}"),
    (r"\grad_\theta f", r"\nabla_\theta f"),
    (r"\ip{a}{b}", r"\langle a, b \rangle"),
    (r"\eval{\grad_\theta f}_{x=1}", r"\nabla_\theta f(1)"),
    (r"\eval{\pdv{f}{b}}|_{x=x_2}", r"\frac{\partial f(x_2)}{\partial b}"),
    (r"\eval{f(x)}_{x = -1}", r"f(-1)"),
    (r"\eval{x^2}_0^1", r"\left. x^2 \right|_0^1"),
    (r"\eval{\grad f}_{x_2}", r"\nabla f(x_2)"),
    (r"2\qty{x + 1}", r"2(x + 1)"),
    (r"x \in \qty{1, 2}", r"x \in \{1, 2\}"),
    (r"\mqty(\admat{1,2})", r"\begin{pmatrix}0 & 1 \\ 2 & 0\end{pmatrix}"),
    (r"\bmqty{\dmat[1]{2,3}}", r"\begin{bmatrix}2 & 1 \\ 1 & 3\end{bmatrix}"),
    (r"\del{x + 1} \del f", r"(x + 1) \nabla f"),
    (r"\partialderivative{f}{x} + \derivative{f}{x}", r"\frac{\partial f}{\partial x} + \frac{\partial f}{\partial x}"),
    (r"\od[2]{f}{x}", r"\frac{\partial^{2} f}{\partial x^{2}}"),
    (r"\pdv{f}{b}(x_2)", r"\frac{\partial f(x_2)}{\partial b}"),
    (r"\pdv{f}{b}\qty(1)", r"\frac{\partial f(1)}{\partial b}"),
    (r"\pdv{f}{b}|_{x=1}", r"\frac{\partial f(1)}{\partial b}"),
    (r"\pdv{f}{b}\Big|_{x = x_1}", r"\frac{\partial f(x_1)}{\partial b}"),
    (r"\pdv{f}{b}(x + 1)", r"\frac{\partial f}{\partial b}(x + 1)"),
    (r"\pdv{z}{b}(x_1)", r"\frac{\partial z}{\partial b}(x_1)"),
    (r"a \vdot b \cross c", r"a \cdot b \times c"),
    (r"\tanh[2](z) + \sin[3]x", r"\tanh^{2}(z) + \sin^{3}x"),
])
def test_physics_macros_read_as_plain_latex(written, read):
    assert physics_latex(written) == read


@pytest.mark.parametrize("text", [
    r"\frac{\partial f}{\partial x} = (1, 2)",   # no physics macro: untouched
    r"\pdv{f}{x",                                # unbalanced: left as written
    r"\mqty 1 & 2",                              # no delimiter after \mqty
    r"\qtyx \abstract \vbox{x}",                 # longer command names are not the macros
])
def test_other_text_is_left_alone(text):
    assert physics_latex(text) == text


def test_line_breaks_inside_arguments_are_kept():
    text = "\\mqty(1 & 0 \\\\\n 0 & 1)\n\\pdv{f}\n{x}"
    assert physics_latex(text).count("\n") == text.count("\n")
    assert writes_physics(text) and not writes_physics(r"\frac{a}{b}")


def test_a_long_input_is_read_in_linear_time():
    text = r"\qty(" * 5000 + "x" + ")" * 5000
    assert physics_latex(text).count("x") == 1


def test_the_invented_network_by_two_methods():
    theta, widths, points = [1, -2, 0, 1, 3, 1, -1], [1, 2, 1], [[1], [2]]
    rows = exact_jacobian(theta, widths, ["identity"], points)
    assert rows == [[3, 1, 3, 1, 1, -1, 1], [6, 2, 3, 1, 2, -3, 1]]
    numeric = central_jacobian(theta, widths, ["identity"], points)
    assert all(abs(float(a) - b) < 1e-6 for r, s in zip(rows, numeric) for a, b in zip(r, s))
    assert gram(rows) == [[23, 36], [36, 64]] and 23 * 64 - 36 ** 2 == 176 and 87 ** 2 - 4 * 176 == 6865
    assert f"{(87 + math.sqrt(6865)) / 2:.2f}" == "84.93" and f"{(87 - math.sqrt(6865)) / 2:.2f}" == "2.07"
    assert 23 * 64 - 35 ** 2 == 247


HEAD = (
    "\\documentclass{article}\n"  # 1
    "\\usepackage{physics}\n"
    "\\begin{document}\n"
    "Given $W^{(1)} = \\mqty(1 \\\\ -2)$, $b^{(1)} = \\pmqty{0 \\\\ 1}$, $W^{(2)} = \\mqty[3 & 1]$, "
    "$b^{(2)} = -1$, points $x_1 = 1$, $x_2 = 2$.\n"  # 4
    "\\[ f(x) = W^{(2)}_{11}\\qty(W^{(1)}_{11} x + b^{(1)}_1) + W^{(2)}_{12}\\qty(W^{(1)}_{21} x + b^{(1)}_2)"
    " + b^{(2)} \\]\n"  # 5
    "\\[ \\vb*{\\theta} = \\qty(W^{(1)}_{11}, W^{(1)}_{21}, b^{(1)}_1, b^{(1)}_2, W^{(2)}_{11}, W^{(2)}_{12},"
    " b^{(2)}) \\]\n"  # 6
    "\\begin{align*}\n"
    "\\pdv{f}{W^{(1)}_{11}} &= W^{(2)}_{11} x = 3x, & \\pdv*{f}{W^{(1)}_{21}} &= W^{(2)}_{12} x = x, \\\\\n"  # 8
    "\\dv{f}{b^{(1)}_1} &= 3, & \\pdv{f}{b^{(1)}_2} &= 1, \\\\\n"  # 9
    "\\pdv{f}{W^{(2)}_{11}} &= x, & \\pdv{f}{W^{(2)}_{12}} &= 1 - 2x, & \\pdv{f}{b^{(2)}} &= 1\n"  # 10
    "\\end{align*}\n"
)


def _by_line(notes: str) -> tuple[dict[int, list[str]], int, int]:
    report = check_text(notes, "notes.tex")
    out: dict[int, list[str]] = {}
    for j in report.judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    first = report.first_mistake.line if report.first_mistake else 0
    return out, first, report.exit_code


def test_physics_notes_all_correct():
    notes = HEAD + (
        "\\[ \\eval{\\grad_\\theta f}_{x=1} = \\mqty(3 & 1 & 3 & 1 & 1 & -1 & 1)^\\dagger, \\qquad "
        "\\eval{\\grad_\\theta f}_{x=2} = \\mqty(6 & 2 & 3 & 1 & 2 & -3 & 1)^\\dagger \\]\n"  # 12
        "\\[ K_{11} = 23, \\quad K_{12} = 18 + 2 + 9 + 1 + 2 + 3 + 1 = 36, \\quad K_{22} = 64 \\]\n"  # 13
        "\\[ K = \\bmqty{23 & 36 \\\\ 36 & 64} \\]\n"  # 14
        "$\\Tr K = 87$, $\\det K = 176$, $\\lambda_\\pm = \\frac{87 \\pm \\sqrt{6865}}{2}$.\n"  # 15
        "\\end{document}\n"
    )
    verdicts, first, code = _by_line(notes)
    assert verdicts[5] == ["correct"] and set(verdicts[8]) == set(verdicts[9]) == set(verdicts[10]) == {"correct"}
    assert verdicts[12] == ["correct", "correct"]
    assert set(verdicts[13]) == set(verdicts[14]) == set(verdicts[15]) == {"correct"}
    assert (first, code) == (0, 0)


def test_physics_notes_with_a_slip_in_k12_carry_it_forward():
    notes = HEAD + (
        "\\[ \\grad_\\theta f(x_1) = \\qty(3, 1, 3, 1, 1, -1, 1), \\quad "
        "\\grad_\\theta f(x_2) = \\qty(6, 2, 3, 1, 2, -3, 1) \\]\n"  # 12
        "\\[ K_{11} = 23, \\quad K_{12} = 35, \\quad K_{22} = 64 \\]\n"  # 13
        "\\[ K = \\mqty(23 & 35 \\\\ 35 & 64) \\]\n"  # 14
        "$\\det(K - \\lambda \\mathbb{1}) = \\lambda^2 - 87\\lambda + 247$\n"  # 15
        "\\end{document}\n"
    )
    verdicts, first, code = _by_line(notes)
    assert verdicts[12] == ["correct", "correct"]
    assert verdicts[13] == ["correct", "wrong", "correct"]
    assert verdicts[14] == ["carried"] and verdicts[15] == ["carried"]
    assert (first, code) == (13, 1)


def test_a_wrong_derivative_in_pdv_is_found():
    notes = HEAD.replace("&= 1 - 2x,", "&= 1 + 2x,") + "\\end{document}\n"
    verdicts, first, code = _by_line(notes)
    assert "wrong" in verdicts[10] and first == 10 and code == 1


def test_physics_notes_in_other_spellings():
    notes = (
        "\\documentclass{article}\n"  # 1
        "\\usepackage{physics}\n"
        "\\begin{document}\n"
        "$\\vb{W}^{(1)} = \\bmqty{1 \\\\ -2}$, $\\vb{b}^{(1)} = \\bmqty{0 \\\\ 1}$, "
        "$\\vb{W}^{(2)} = \\bmqty{3 & 1}$, $b^{(2)} = -1$; $x_1 = 1$, $x_2 = 2$.\n"  # 4
        "\\[ \\odv{f}{b^{(1)}_1} = 3, \\quad \\pdv{f}{W^{(2)}_{12}} = 1 - 2x \\]\n"  # 5
        "\\[ \\eval{\\grad_\\theta f}_{x_1} = \\qty[3, 1, 3, 1, 1, -1, 1], \\quad "
        "\\eval{\\grad_\\theta f}|_{x=2} = \\qty[6, 2, 3, 1, 2, -3, 1] \\]\n"  # 6
        "\\[ K = \\mqty(23 & 36 \\\\ 36 & 64), \\qquad \\tr K = 87, \\qquad "
        "\\det\\mqty(23 & 36 \\\\ 36 & 64) = \\mqty|23 & 36 \\\\ 36 & 64| = 176 \\]\n"  # 7
        "\\end{document}\n"
    )
    verdicts, first, code = _by_line(notes)
    assert verdicts[5] == ["correct", "correct"] and verdicts[6] == ["correct", "correct"]
    assert set(verdicts[7]) == {"correct"} and len(verdicts[7]) >= 3
    assert (first, code) == (0, 0)


def test_datapoints_as_a_set_in_qty_braces():
    notes = (
        "$W^{(1)} = \\mqty(1 \\\\ -2)$, $b^{(1)} = \\mqty(0 \\\\ 1)$, $W^{(2)} = \\mqty(3 & 1)$, $b^{(2)} = -1$, "
        "points $x \\in \\qty{1, 2}$.\n"  # 1
        "\\[ K = \\mqty(23 & 36 \\\\ 36 & 64) \\]\n"  # 2
        "\\[ K = \\mqty(23 & 36 \\\\ 36 & 46) \\]\n"  # 3
    )
    verdicts, first, code = _by_line(notes)
    assert verdicts[2] == ["correct"] and verdicts[3] == ["wrong"] and (first, code) == (3, 1)


def test_derivatives_with_their_point_after_them():
    notes = (
        "$W^{(1)} = \\mqty(1 \\\\ -2)$, $b^{(1)} = \\mqty(0 \\\\ 1)$, $W^{(2)} = \\mqty(3 & 1)$, $b^{(2)} = -1$, "
        "$x_1 = 1$, $x_2 = 2$.\n"  # 1
        "\\[ \\pdv{f}{W^{(1)}_{11}}\\qty(x_2) = 6, \\quad \\pdv{f}{W^{(1)}_{21}}(x_2) = 3 \\]\n"  # 2
        "\\[ \\pdv{f}{W^{(2)}_{12}}|_{x=2} = -3, \\quad \\pdv{f}{\\vb*{\\theta}}(x_1) = "
        "\\mqty(3 & 1 & 3 & 1 & 1 & -1 & 1)^\\dagger \\]\n"  # 3
        "\\[ K_{12} = \\grad_{\\vb*{\\theta}} f(x_1) \\vdot \\grad_{\\vb*{\\theta}} f(x_2) = 36 \\]\n"  # 4
    )
    verdicts, first, code = _by_line(notes)
    assert verdicts[2] == ["correct", "wrong"] and verdicts[3] == ["correct", "correct"]
    assert verdicts[4] == ["correct"] and (first, code) == (2, 1)


@pytest.mark.parametrize("piece", [r"\pdv{", r"\qty(", r"\eval{", r"\mqty|"])
def test_unclosed_groups_are_read_within_a_budget(piece):
    text = piece * 4000
    assert physics_latex(text).count("\n") == 0 and len(physics_latex(text)) >= len(text) - 4000 * 6

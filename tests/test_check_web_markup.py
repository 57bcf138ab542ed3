"""HTML inside Markdown notes (web notebooks): tags and entities read as the text they show.

Expected verdicts are worked out by hand for the linear lecture example f = W2(W1 x + b1) + b2, W1 = (1, 1)ᵀ,
b1 = (0, 1)ᵀ, W2 = (1, 0), b2 = 0, x_1 = 1, x_2 = 2: K = [[8, 12], [12, 19]], tr K = 27, det K = 8,
λ = (27 ± √697)/2 ≈ 26.70, 0.30.
"""

import pytest

from symntk.check import check_text
from symntk.check.web_markup import web_markup, writes_html

HEAD = (r"$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = \begin{bmatrix}1\\1\end{bmatrix}$, "
        r"$b^{[1]} = \begin{bmatrix}0\\1\end{bmatrix}$, $W^{[2]} = \begin{bmatrix}1 & 0\end{bmatrix}$, "
        r"$b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$." "\n\n")


@pytest.mark.parametrize("html, text", [
    ("K<sub>11</sub> = 8", "K_{11} = 8"),
    ("W<sup>[1]</sup>", "W^{[1]}"),
    ('<span style="color: red">$K_{12} = 12$</span>', "$K_{12} = 12$"),
    ("<b>tr</b>&nbsp;K = 27<br/>det K = 8", "tr K = 27 : det K = 8"),
    ("<details open><summary>working</summary>", "working"),
    ("&lambda;<sub>1</sub> &asymp; 26.70, &#955;<sub>2</sub> &#x2248; 0.30", "λ_{1} ≈ 26.70, λ_{2} ≈ 0.30"),
    ("<code>K12 = 12</code></b>", "`K12 = 12`"),
])
def test_tags_and_entities_as_the_text_they_show(html, text):
    assert web_markup(html) == text


@pytest.mark.parametrize("text", [r"$0<b<1$ and $c>0$", r"$z < 0$ or $\mathbb{1}[z<i]$", "a &amp; b"])
def test_a_text_without_html_is_left_alone(text):
    assert not writes_html(text)
    assert web_markup(text) == text


def test_line_numbers_stay():
    text = "<details>\n<summary>w</summary>\n\nK<sub>11</sub> = 8<br>\n</details>\n"
    assert web_markup(text).count("\n") == text.count("\n")


def test_notes_with_html_are_judged_line_by_line():
    body = ("<details><summary><b>Kernel</b></summary>\n\n"
            "K<sub>11</sub> = 8, K<sub>12</sub> = 13\n\n"          # line 5: K_12 = 12, so 13 is wrong
            "<span style=\"color:green\">tr&nbsp;K = 27</span><br>det&nbsp;K = 8\n\n"   # line 7
            "&lambda;<sub>1</sub> &asymp; 26.70 and &lambda;<sub>2</sub> &asymp; 0.30\n\n"   # line 9
            "</details>\n")
    report = check_text(HEAD + body, "n.md")
    verdicts: dict[int, list[str]] = {}
    for j in report.judgements:
        verdicts.setdefault(j.line, []).append(j.verdict)
    assert sorted(verdicts[5]) == ["correct", "wrong"]
    assert verdicts[7] == ["correct", "correct"]
    assert verdicts[9] == ["correct", "correct"]
    assert not any(j.verdict == "unreadable" for j in report.judgements)


def test_display_math_inside_a_blockquote_loses_its_markers():
    from symntk.check.web_markup import quoted_math

    text = "> [!NOTE]\n> $$\n> K = 8\n> > \\\\ 12\n> $$\n> not math\n"
    assert quoted_math(text) == "> [!NOTE]\n> $$\n  K = 8\n    \\\\ 12\n  $$\n> not math\n"
    session = "> x <- 1\n> y <- 2\n"   # an R session's prompts: no display math, left alone
    assert quoted_math(session) == session


def test_a_wrong_matrix_in_a_callout_is_located():
    body = "> [!TIP] Kernel\n> $$\n> K = \\begin{bmatrix} 8 & 12 \\\\\n> 12 & 18 \\end{bmatrix}\n> $$\n"   # K_22 = 19
    report = check_text(HEAD + body, "n.md")
    assert [(j.line, j.verdict) for j in report.judgements if j.line > 2] == [(5, "wrong")]

"""Sections written as one big ``align*`` (or ``aligned`` in ``$$``, ``\\begin{align}``): comment columns after
``&&``, ``\\tag``/``\\label``/``\\notag``, ``\\therefore``/``\\because``/``\\implies`` before a row, several results on
a row, rows continuing with ``&=`` and norm bars ``\\lVert … \\rVert``.

Expected verdicts are worked out by hand, never taken from symntk. The notes' network (W^{[1]} = (1, 1)^T,
b^{[1]} = (0, 1)^T, W^{[2]} = (1, 0), b^{[2]} = 0) has f = x and ∇_θ f(x) = (x, 0, 1, 0, x, x + 1, 1), so at
x_1 = 1, x_2 = 2: ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1), ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1); K_11 = 1 + 1 + 1 + 1 + 4 + 1 = 8
(written 1 + 0 + 1 + 0 + 1 + 4 + 1), K_12 = 2 + 1 + 2 + 6 + 1 = 12, K_22 = 4 + 1 + 4 + 9 + 1 = 19; tr K = 27,
det K = 152 − 144 = 8, λ² − 27λ + 8 = 0, λ = (27 ± √697)/2. These are re-derived by the reference below.
"""

import pytest

from symntk.check import check_text
from symntk.check.normalise import normalise
from symntk.check.source import Segment
from symntk.check.split import split_block

from reference import exact_jacobian, gram

GIVEN = (r"**Given.** $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$ with "
         r"$W^{[1]} = \begin{bmatrix}1 & 1\end{bmatrix}^{\mathsf T}$, $b^{[1]} = \begin{bmatrix}0 & 1\end{bmatrix}"
         r"^{\mathsf T}$, $W^{[2]} = \begin{bmatrix}1 & 0\end{bmatrix}$, $b^{[2]} = 0$; "
         r"datapoints $x_1 = 1$, $x_2 = 2$."
         "\n\n")


def test_the_hand_worked_values_are_right():
    rows = exact_jacobian([1, 1, 0, 1, 1, 0, 0], [1, 2, 1], ["identity"], [[1], [2]])
    assert rows == [[1, 0, 1, 0, 1, 2, 1], [2, 0, 1, 0, 2, 3, 1]]
    assert gram(rows) == [[8, 12], [12, 19]]


def claims_of(text: str) -> list[str]:
    return [s.text for s in split_block(Segment(1, text, True))]


@pytest.mark.parametrize("text, expected", [
    # comment columns: words, words around math, products of labels, a reason, a bracket, nothing
    (r"K_{11} &= 8 && \text{(a)}\cdot\text{(a)} \\ K_{12} &= 12 && \text{(at } x_1 = 1\text{)}",
     ["K_{11} = 8", "K_{12} = 12"]),
    (r"f(x) &= 3 && \because W = 0 \\ &= 4 && \\ g &= 5 && (x = 1)", ["f(x) = 3", "f(x) = 4", "g = 5"]),
    (r"\partial_{b} f &= 0 && \text{($b = 0$ is a constant)}", [r"\partial_{b} f = 0"]),
    (r"a &= 1 && && \textit{(output bias)}", ["a = 1"]),
    # a column after && that holds a relation is a claim of its own; its own comment still goes
    (r"x_1 &= 1 && x_2 &= 2 && \text{(data)}", ["x_1 = 1", "x_2 = 2"]),
    # a connective before a row, alone or before a claim; an arrow inside a row
    (r"\therefore\quad K &= 3 && \tag{1}", ["K = 3"]),
    (r"K_{11} &= 8 \\ \therefore\ K &= 9 \\ \because\, W &= 0", ["K_{11} = 8", "K = 9", "W = 0"]),
    (r"a &= b \quad \implies \quad c = d", ["a = b", "c = d"]),
    # several results on one row, tags, labels and \notag
    (r"\lambda_1 &\approx 26.7, \quad \lambda_2 \approx 0.3 \label{eq:l} \notag",
     [r"\lambda_1 \approx 26.7", r"\lambda_2 \approx 0.3"]),
    # brackets inside \text do not unbalance the row: the comma before x_2 still separates nothing
    (r"J &= (1, 2) \text{ (rows: } x_1, x_2\text{)}", [r"J = (1, 2) \text{ rows: } x_1, x_2"]),
    # a bare && at a row's start is no comment marker for what follows a matrix's &
    (r"K &= \begin{bmatrix} 8 && 12 \\ 12 && 19 \end{bmatrix} && \text{(sym.)}",
     [r"K = \begin{bmatrix} 8 && 12 \\ 12 && 19 \end{bmatrix}"]),
    # remarks after \quad: labels in words, a bracket opening with words; words that say something stay
    (r"K_{11} &= 8 \quad \text{(a)}\cdot\text{(a)} \\ K_{12} &= 12 \qquad (\text{by symmetry } K_{21} = K_{12})",
     ["K_{11} = 8", "K_{12} = 12"]),
    (r"K &= 8 \quad \textbf{(ii)}\times\text{(iii)}", ["K = 8"]),
    (r"\lambda_2 &= 0.3 \quad \text{all eigenvalues are positive}",
     [r"\lambda_2 = 0.3", r"\text{all eigenvalues are positive}"]),
])
def test_rows_of_an_align_split_into_claims(text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize("written", [
    r"\lVert \nabla_\theta f(x_1) \rVert^2", r"\left\Vert \nabla_\theta f(x_1) \right\Vert^2",
    r"\big\| \nabla_\theta f(x_1) \big\|^2", r"\|\nabla_\theta f(x_1)\|^2"])
def test_norm_bars_are_one_spelling(written):
    assert normalise(written) == normalise(r"\langle \nabla_\theta f(x_1), \nabla_\theta f(x_1) \rangle")


def verdicts(notes: str) -> tuple[dict[int, list[str]], int]:
    report = check_text(notes, "notes.md")
    out: dict[int, list[str]] = {}
    for j in report.judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out, report.first_mistake.line if report.first_mistake else 0


ALIGN_STAR = GIVEN + r"""\begin{align*}
\nabla_\theta f(x_1) &= (1,\,0,\,1,\,0,\,1,\,2,\,1)^{\mathsf T} && \text{(at } x_1 = 1\text{)} \\
\nabla_\theta f(x_2) &= (2, 0, 1, 0, 2, 3, 1) && \text{(at } x_2 = 2\text{)} \\
K_{11} &= \lVert \nabla_\theta f(x_1) \rVert^2 = 1 + 0 + 1 + 0 + 1 + 4 + 1 = 8 && \text{(a)}\cdot\text{(a)} \\
K_{12} &= 2 + 0 + 1 + 0 + 2 + 6 + 1 && \\
       &= 12 && \because \text{row (a) times row (b)} \\
K_{22} &= 19 \label{eq:k22} \tag{3}\\
\therefore\quad K &= \begin{bmatrix} 8 & 12 \\ 12 & 19 \end{bmatrix} && \text{(symmetric)} \\
\operatorname{tr} K &= 27, \quad \det K = 8 \notag
\end{align*}
"""


def test_an_align_star_with_comments_tags_and_connectives_is_all_read_and_right():
    seen, first = verdicts(ALIGN_STAR)
    assert seen == {4: ["correct"], 5: ["correct"], 6: ["correct"] * 2, 7: ["correct"], 8: ["correct"],
                    9: ["correct"], 10: ["correct"], 11: ["correct", "correct"]}
    assert first == 0


def test_a_wrong_entry_in_a_commented_row_is_found_and_carried():
    # K_12 written 13: wrong; K built from it and its trace are right from the learner's own K_12 → carried;
    # det of [[8, 13], [13, 19]] = 152 − 169 = −17, written so: carried
    notes = ALIGN_STAR.replace("&= 12 &&", "&= 13 &&").replace(
        r"8 & 12 \\ 12 & 19", r"8 & 13 \\ 13 & 19").replace(r"\det K = 8", r"\det K = -17")
    seen, first = verdicts(notes)
    assert seen[8] == ["wrong"]
    assert seen[10] == ["carried"]
    assert seen[11] == ["correct", "carried"]
    assert first == 8


ALIGNED = GIVEN + r"""$$
\begin{aligned}
\nabla f(x_1) &= (1, 0, 1, 0, 1, 2, 1), &\quad \nabla f(x_2) &= (2, 0, 1, 0, 2, 3, 1) && \text{(gradients)}\\
K_{11} &= 8, \quad K_{12} = 12, \quad K_{22} = 19 && \textbf{(entries)}\\
& \implies \lambda = \frac{27 \pm \sqrt{697}}{2} && \tag{$\ast$}
\end{aligned}
$$
"""


def test_aligned_in_dollars_with_several_results_on_a_row():
    seen, first = verdicts(ALIGNED)
    assert seen == {5: ["correct", "correct"], 6: ["correct"] * 3, 7: ["correct"]}
    assert first == 0


def test_a_comment_holding_a_wrong_looking_equation_is_not_judged():
    # the comment column is the learner's explanation: its "= 9" is never a claim of its own (no false alarm)
    notes = GIVEN + ("\\begin{align}\nK_{11} &= 8 && \\text{(since } 1 + 4 + 4 = 9 \\text{ would be wrong)}"
                     " \\label{k}\n\\end{align}\n")
    seen, first = verdicts(notes)
    assert seen == {4: ["correct"]}
    assert first == 0


OTHER_WRAPPERS = GIVEN + r"""\[
\begin{aligned}
K_{11} &= 8 && \text{(a)} \\ K_{12} &= 13 && \text{(one entry wrong)}
\end{aligned}
\]

$$
\begin{align}
K_{22} &= 19 \tag{c} \label{e:c}\\
\det K &= 8 \cdot 19 - 13^2 \nonumber \\
       &= -17 && \text{(own } K_{12}\text{)}
\end{align}
$$

\begin{alignat*}{2}
\lambda_1 &\approx 26.70 &\qquad& \text{(larger)} \\
\lambda_2 &\approx 0.30  &&      \text{(smaller)}
\end{alignat*}
"""


def test_aligned_in_brackets_align_in_dollars_and_alignat_with_its_column_count():
    # K_12 = 13 is wrong (true 12); det from it, 8·19 − 13² = −17, is carried; the eigenvalues written are the
    # true ones (27 ± √697)/2 ≈ 26.70, 0.30; alignat's {2} is no factor 2 of the row below it
    seen, first = verdicts(OTHER_WRAPPERS)
    assert seen == {5: ["correct", "wrong"], 11: ["correct"], 12: ["carried"], 13: ["carried"],
                    18: ["correct"], 19: ["correct"]}
    assert first == 5

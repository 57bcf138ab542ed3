"""The notation of the NTK papers (symntk.check.paper_notation): f(x;θ), ∂_θ f, D_θ f, J_θ, the hat of the
empirical kernel Θ̂ and Θ_θ(x_i, x_j), in LaTeX and in unicode, read as the quantities they name.

The notes are invented for these tests. Their exercise: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}, x ∈ ℝ,
W^{[1]} = (1, 2)^T, b^{[1]} = (1, 0)^T, W^{[2]} = (2, −1), b^{[2]} = 1, x_1 = 1, x_2 = 3. By hand:
∂_θ f(x) = (2x, −x, 2, −1, x + 1, 2x, 1), so ∂_θ f(x_1) = (2, −1, 2, −1, 2, 2, 1), ∂_θ f(x_2) = (6, −3, 2, −1, 4, 6, 1),
Θ̂_11 = 19, Θ̂_12 = 41, Θ̂_22 = 103, tr = 122, det = 19·103 − 41² = 276. The test checks these against central
differences of a plain forward pass (no symntk) first.
"""

import re

import pytest

from symntk.check import check_text
from symntk.check.normalise import normalise
from symntk.check.paper_notation import PAPER_RULES

THETA = [1.0, 2.0, 1.0, 0.0, 2.0, -1.0, 1.0]   # W1_11, W1_21, b1_1, b1_2, W2_11, W2_12, b2
POINTS = (1.0, 3.0)


def _f(t: list[float], x: float) -> float:
    return t[4] * (t[0] * x + t[2]) + t[5] * (t[1] * x + t[3]) + t[6]


def _gradient(x: float) -> list[int]:
    out = []
    for k in range(7):
        up, down = list(THETA), list(THETA)
        up[k] += 1e-5
        down[k] -= 1e-5
        out.append(round((_f(up, x) - _f(down, x)) / 2e-5))
    return out


G1, G2 = _gradient(POINTS[0]), _gradient(POINTS[1])
K11, K12, K22 = (sum(p * q for p, q in zip(a, b)) for a, b in ((G1, G1), (G1, G2), (G2, G2)))


def test_the_reference_is_the_hand_computation():
    assert G1 == [2, -1, 2, -1, 2, 2, 1] and G2 == [6, -3, 2, -1, 4, 6, 1]
    assert (K11, K12, K22, K11 + K22, K11 * K22 - K12 * K12) == (19, 41, 103, 122, 276)


HEAD = ("Given: $f(x;\\theta) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = [1,2]^\\top$, "
        "$b^{[1]} = [1,0]^\\top$, $W^{[2]} = [2,-1]$, $b^{[2]} = 1$; datapoints $x_1 = 1$, $x_2 = 3$.\n\n")


def _row(values: list[int]) -> str:
    return ", ".join(str(v) for v in values)


def _pmatrix(rows: list[list[int]]) -> str:
    return "\\begin{pmatrix} " + " \\\\ ".join(" & ".join(str(v) for v in r) for r in rows) + " \\end{pmatrix}"


def _bump(values: list[int]) -> list[int]:
    return values[:-2] + [values[-2] + 1, values[-1]]


CLAIMS = {   # a claim in the papers' notation: (its text with {v} for the value, the right value, a wrong value)
    "partial theta, semicolon": ("$\\partial_\\theta f(x_1;\\theta) = ({v})$", _row(G1), _row(_bump(G1))),
    "partial braced, comma": ("$$\\partial_{\\theta} f(x_2, \\theta) = ({v})$$", _row(G2), _row(_bump(G2))),
    "D theta, theta_0": ("$D_\\theta f(x_2;\\theta_0) = ({v})$", _row(G2), _row(_bump(G2))),
    "nabla braced, f_theta": ("$\\nabla_{\\theta} f_\\theta(x_1) = ({v})$", _row(G1), _row(_bump(G1))),
    "unicode partial": ("$∂_θ f(x₁;θ) = ({v})$", _row(G1), _row(_bump(G1))),
    "tagged equation": ("$$\\partial_\\theta f(x_1;\\theta) = ({v}) \\tag{2}$$", _row(G1), _row(_bump(G1))),
    "bold J_theta": ("$$\\mathbf{J}_\\theta = {v}$$", _pmatrix([G1, G2]), _pmatrix([G1, _bump(G2)])),
    "J_theta_0": ("$$J_{\\theta_0} = {v}$$", _pmatrix([G1, G2]), _pmatrix([_bump(G1), G2])),
    "hat Theta entry": ("$\\hat\\Theta(x_1,x_2) = {v}$", str(K12), str(K12 + 2)),
    "Theta_theta entry": ("$\\Theta_\\theta(x_2,x_2) = {v}$", str(K22), str(K22 - 1)),
    "hat braced, theta subscript": ("$\\hat{\\Theta}_{\\theta}(x_1,x_1) = {v}$", str(K11), str(K11 + 1)),
    "widehat K indices": ("$\\widehat{K}_{12} = {v}$", str(K12), str(K12 - 1)),
    "unicode hat": ("$Θ̂(x₁,x₂) = {v}$", str(K12), str(K12 + 1)),
    "hat Theta matrix": ("$$\\hat\\Theta = {v}$$", _pmatrix([[K11, K12], [K12, K22]]),
                         _pmatrix([[K11, K12], [K12, K22 + 1]])),
    "inner product of the gradients": ("$\\langle \\partial_\\theta f(x_1;\\theta), \\partial_\\theta f(x_2;\\theta)"
                                       "\\rangle = {v}$", str(K12), str(K12 + 3)),
    "Theta_0 on the training set": ("$$\\hat\\Theta_0(\\mathcal{X}, \\mathcal{X}) = {v}$$",
                                    _pmatrix([[K11, K12], [K12, K22]]), _pmatrix([[K11 + 1, K12], [K12, K22]])),
    "fraction with the point after": ("$$\\frac{\\partial f}{\\partial \\theta}(x_2;\\theta) = ({v})$$", _row(G2),
                                      _row(_bump(G2))),
    "hat as a subscript": ("$\\Theta_{hat}(x_1, x_2) = {v}$", str(K12), str(K12 + 1)),
    "trace of hat Theta": ("$\\operatorname{tr}\\hat\\Theta = {v}$", str(K11 + K22), str(K11 + K22 + 1)),
    "det of Theta_theta": ("$\\det\\hat\\Theta_\\theta = {v}$", str(K11 * K22 - K12 * K12), "266"),
}


@pytest.mark.parametrize("claim,right,wrong", CLAIMS.values(), ids=CLAIMS.keys())
def test_the_papers_notation_is_read_and_judged(claim, right, wrong):
    for value, verdict in ((right, "correct"), (wrong, "wrong")):
        report = check_text(HEAD + claim.replace("{v}", value) + "\n", "notes.md")
        verdicts = [j.verdict for j in report.judgements if j.line == 3]
        assert verdicts == [verdict], (claim, value, verdicts)


def test_the_definition_of_the_kernel_in_the_papers_notation_is_no_false_alarm():
    notes = HEAD + ("$\\hat\\Theta(x_i,x_j) = \\langle \\partial_\\theta f(x_i;\\theta), "
                    "\\partial_\\theta f(x_j;\\theta)\\rangle$, i.e. $\\hat\\Theta = \\mathbf{J}_\\theta"
                    "\\mathbf{J}_\\theta^\\top$.\n")
    report = check_text(notes, "notes.md")
    assert all(j.verdict != "wrong" for j in report.judgements)


@pytest.mark.parametrize("text,reads", [
    (r"\hat\Theta(x_1, x_2)", r"\Theta(x_1, x_2)"),
    (r"\widehat{\Theta}_{12}", r"\Theta_{12}"),
    (r"\hat K_{12}", r"K_{12}"),
    (r"\Theta_{\theta_0}(x_1,x_1)", r"\Theta(x_1,x_1)"),
    (r"K_\theta = J_\theta J_\theta^\top", r"K = J J^T"),
    (r"\partial_\theta f(x_1;\theta)", r"\nabla_\theta f(x_1)"),
    (r"D_{\theta} f(x, \theta)", r"\nabla_\theta f(x)"),
    (r"y(x_2; \theta_t)", r"y(x_2)"),
    (r"\hat\Theta_0(x_1, x_2)", r"\Theta(x_1, x_2)"),
    (r"\Theta_t", r"\Theta"),
    (r"\Theta_{hat}(x_1, x_2)", r"\Theta(x_1, x_2)"),
    (r"K_{\text{emp}} = J J^T", r"K = J J^T"),
    (r"Theta_hat(x_1,x_2)", r"\Theta(x_1,x_2)"),
    (r"\frac{\partial f}{\partial \theta}(x_1;\theta)", r"\nabla_\theta f(x_1)"),
    (r"\hat\Theta(\mathcal{X}, \mathcal{X}) = J(X) J(X)^T", r"\Theta = J J^T"),
    (r"\nabla_\theta f_{\theta_0}(x_1)", r"\nabla_\theta f(x_1)"),
])
def test_each_spelling_reads_as_the_quantity_it_names(text, reads):
    assert normalise(text) == normalise(reads)


@pytest.mark.parametrize("text", [
    r"\hat x",                      # a hat on anything but the kernel stays
    r"f(x; W)",                     # parameters other than θ after the semicolon
    r"f(x, y)",                     # a function of two inputs
    r"J_1",                         # a Jacobian's index is not θ
    r"\Theta_{12}",                 # an entry's indices stay
    r"\partial_\theta L",           # the gradient of the loss, not of the output
    r"\Theta_{\theta_1}",           # θ_1 is one parameter, not the parameters at a time
    r"\Theta_{12}(x_1)",             # an entry
    r"K(x_1, X)",                   # one row of the kernel on the training set
    r"f_{\theta_2}",                # a subscript θ_2 is one parameter, not the parameters at a time
    r"\frac{\partial f}{\partial \theta_1}(x_1)",  # the derivative by one parameter
    r"K_{hats}",                    # a subscript word that is not the hat
])
def test_what_is_not_the_papers_decoration_is_left_alone(text):
    assert not [row[0] for row in PAPER_RULES if re.search(row[3], text)]
    assert "\\nabla" not in normalise(text)


def test_plain_unicode_notes_in_the_papers_notation():
    notes = ("Gegeben: f(x;θ) = W2(W1 x + b1) + b2 mit W1 = [1, 2]^T, b1 = [1, 0]^T, W2 = [2, -1], b2 = 1; "
             "Datenpunkte x1 = 1, x2 = 3.\n\n"
             f"∂_θ f(x1; θ) = ({_row(G1)})\n\n"
             f"Θ̂(x1, x2) = {K12}\n\n"
             f"Θ_θ(x2, x2) = {K22 + 1}\n")
    verdicts = {j.line: j.verdict for j in check_text(notes, "notes.md").judgements}
    assert verdicts == {3: "correct", 5: "correct", 7: "wrong"}

"""A θ listing of names none of which means anything yet, its weights with two indices (Goodfellow's
``(W_{1,1}, W_{1,2}, c_1, c_2, w_1, w_2, b)``), names θ in order — also after the notes gave those letters values
(``b = 1``: a value, not which parameter) — so derivatives by those names (one per unit
with a letter index, or the output bias by its bare letter) are read and judged. Notes invented here; the net is
W⁽¹⁾ = [2, 1]ᵀ, b⁽¹⁾ = [1, 0]ᵀ, W⁽²⁾ = [1, 3], b⁽²⁾ = 1, identity, x₁ = 1, x₂ = 0 (worked by hand):
f = w₁(W₁,₁x + c₁) + w₂(W₁,₂x + c₂) + b with w = (1, 3), so ∂f/∂W_{1,j} = w_j x (x and 3x), ∂f/∂c_j = w_j
(1, 3), ∂f/∂w_j = W_{1,j} x + c_j (2x + 1, x), ∂f/∂b = 1.
"""

from symntk.check import check_notes

REST = r"$\boldsymbol w = [1, 3]^\top$, $b = 1$."
NOTES = r"""# Exercise

Given $W^{[1]} = [2, 1]^\top$, $b^{[1]} = [1, 0]^\top$, $W^{[2]} = [1, 3]$, $b^{[2]} = 1$, $x_1 = 1$, $x_2 = 0$.

In Goodfellow's names $\boldsymbol W = (W^{[1]})^\top = [2\ \ 1]$, $\boldsymbol c = [1, 0]^\top$, GOODFELLOW_REST

$\theta = (W_{1,1}, W_{1,2}, c_1, c_2, w_1, w_2, b)$, seven parameters.

Then f is the weighted sum of the two units plus b.

$$\frac{\partial f}{\partial W_{1,j}} = DV,\quad \frac{\partial f}{\partial b} = DC$$
""".replace("GOODFELLOW_REST", REST)


def _verdicts(tmp_path, dv: str, dc: str) -> list[str]:
    notes = tmp_path / "n.md"
    notes.write_text(NOTES.replace("DV", dv).replace("DC", dc), encoding="utf-8")
    return [j.verdict for j in check_notes(notes).judgements if j.claim.line == 11]


def test_general_index_and_bare_bias_read_from_the_listing(tmp_path):
    """w_j x is ∂f/∂W_{1,j} for j = 1, 2 and ∂f/∂b = 1 (b is the listing's last entry, b⁽²⁾): all correct."""
    assert _verdicts(tmp_path, "w_j x", "1") == ["correct", "correct", "correct"]


def test_a_wrong_general_index_derivative_is_wrong(tmp_path):
    """w_j without x is not ∂f/∂W_{1,j} (that is w_j x) for either j; ∂f/∂b = x is not 1."""
    assert _verdicts(tmp_path, "w_j", "x") == ["wrong", "wrong", "wrong"]

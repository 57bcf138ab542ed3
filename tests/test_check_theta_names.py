"""Names the notes give only through their θ listing, a weight with one index, counts and traces in Spanish and
Portuguese words. The notes are invented here; verdicts worked out by hand for the net W⁽¹⁾ = [2, 1]ᵀ,
b⁽¹⁾ = [1, 0]ᵀ, W⁽²⁾ = [1, 3], b⁽²⁾ = 1 at x₁ = 1, x₂ = 0: ∂f/∂W₂₁⁽¹⁾ = 3x, ∂f/∂W₁₁⁽²⁾ = h₁ = 2x + 1,
∂f/∂W₁₂⁽²⁾ = h₂ = x; rows (1, 3, 1, 3, 3, 1, 1) and (0, 0, 1, 3, 1, 0, 1), K = [[31, 14], [14, 12]], trace 43.
"""

from symntk.check import check_notes

from reference import exact_jacobian, gram

NOTES = r"""# Exercício

Dados: $W^{(1)} = [2, 1]^T$, $b^{(1)} = [1, 0]^T$, $W^{(2)} = [1, 3]$, $b^{(2)} = 1$, pontos $x_1 = 1$, $x_2 = 0$.

$\theta = LISTING$, portanto 7 parâmetros.

$$f(x) = u_1 (w^{(1)}_1 x + b^{(1)}_1) + u_2 (w^{(1)}_2 x + b^{(1)}_2) + c$$

$$\frac{\partial f}{\partial w^{(1)}_2} = u_2 x = 3x$$

$$\frac{\partial f}{\partial u_1} = w^{(1)}_1 x + b^{(1)}_1 = 2x + 1$$

$$\frac{\partial f}{\partial u_2} = x + 1$$

$K = \begin{pmatrix} 31 & 14 \\ 14 & 12 \end{pmatrix}$, traza $= 43$.
"""


def _by_line(report):
    out = {}
    for j in report.judgements:
        out.setdefault(j.claim.line, []).append((j.claim.kind, j.verdict))
    return out


def test_names_from_a_listing_in_thetas_order(tmp_path):
    rows = exact_jacobian([2, 1, 1, 0, 1, 3, 1], [1, 2, 1], ["identity"], [[1], [0]])
    assert gram(rows) == [[31, 14], [14, 12]]
    notes = tmp_path / "n.md"
    notes.write_text(NOTES.replace("LISTING", r"(w^{(1)}_1, w^{(1)}_2, b^{(1)}_1, b^{(1)}_2, u_1, u_2, c)"))
    lines = _by_line(check_notes(notes))
    assert lines[5] == [("theta", "correct"), ("parameter_count", "correct")]
    assert lines[7] == [("expansion", "correct")]
    assert lines[9] == [("gradient", "correct"), ("gradient", "correct")]      # w^{(1)}_2 is W₂₁⁽¹⁾: 3x
    assert lines[11] == [("gradient", "correct"), ("gradient", "correct")]     # u_1 is W₁₁⁽²⁾: h₁ = 2x + 1
    assert lines[13] == [("gradient", "wrong")]                               # h₂ = x, not x + 1
    assert lines[15] == [("kernel_matrix", "correct"), ("trace", "correct")]


def test_a_listing_in_another_order_names_nothing(tmp_path):
    notes = tmp_path / "n.md"
    listed = NOTES.replace("LISTING", r"(u_1, u_2, w^{(1)}_1, w^{(1)}_2, b^{(1)}_1, b^{(1)}_2, c)")
    notes.write_text(listed.replace(r"u_1 (w^{(1)}_1 x + b^{(1)}_1) + u_2 (w^{(1)}_2 x + b^{(1)}_2) + c",
                                    r"W^{(2)}(W^{(1)} x + b^{(1)}) + b^{(2)}"))   # no unit-by-unit formula
    lines = _by_line(check_notes(notes))
    assert 11 not in lines and 13 not in lines      # u_1, u_2 unknown: their derivatives are context
    assert lines[9] == [("gradient", "correct")]      # only "= 3x": u_2 x names nothing


def test_a_unit_by_unit_formula_names_what_a_listing_in_another_order_does_not(tmp_path):
    # u_1 multiplies the first unit (w^{(1)}_1 x + b^{(1)}_1): it is W₁₁⁽²⁾, whatever the listing's order;
    # θ listed out of θ's order (W⁽¹⁾, b⁽¹⁾, W⁽²⁾, b⁽²⁾) is wrong.
    notes = tmp_path / "n.md"
    notes.write_text(NOTES.replace("LISTING", r"(u_1, u_2, w^{(1)}_1, w^{(1)}_2, b^{(1)}_1, b^{(1)}_2, c)"))
    lines = _by_line(check_notes(notes))
    assert lines[5][0] == ("theta", "wrong")
    assert lines[11] == [("gradient", "correct"), ("gradient", "correct")]     # h₁ = 2x + 1
    assert lines[13] == [("gradient", "wrong")]                               # h₂ = x, not x + 1


def test_swedish_trace_and_determinant_words_name_the_relation_after_them(tmp_path):
    # K = [[31, 14], [14, 12]]: trace 31 + 12 = 43, determinant 31·12 − 14² = 372 − 196 = 176.
    notes = tmp_path / "n.md"
    body = NOTES.replace("LISTING", r"(w^{(1)}_1, w^{(1)}_2, b^{(1)}_1, b^{(1)}_2, u_1, u_2, c)")
    notes.write_text(body.replace("traza $= 43$.", "(Kontroll: spår $= 43$, determinanten $= 176$.)"))
    assert _by_line(check_notes(notes))[15] == [("kernel_matrix", "correct"), ("trace", "correct"),
                                                ("determinant", "correct")]
    notes.write_text(body.replace("traza $= 43$.", "spåret $= 42$"))
    assert _by_line(check_notes(notes))[15] == [("kernel_matrix", "correct"), ("trace", "wrong")]

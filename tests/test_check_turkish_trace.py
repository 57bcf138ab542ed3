"""Turkish ``iz`` (trace) right before inline math that starts with a relation names tr K, like ``Spur $= …$``."""

from check_helpers import notes_verdicts

from symntk.check.inline_names import quantity_named


def test_turkish_word_for_trace_names_tr_k():
    """``(iz $= 31$`` and ``Matrisin izi $= 31$``: the math is tr K = 31."""
    for text in ("(iz $= 31$, det $= 5$)", "Matrisin izi $= 31$"):
        assert quantity_named(text, text.index("$"), "= 31") == r"\operatorname{tr} K = 31"


def test_trace_after_the_characteristic_polynomial_is_not_the_polynomial():
    """θ = (2, 1, 3, 0), x = (1, 2): ∇f = (θ_3 x, θ_3, θ_1 x + θ_2, 1) = (3, 3, 3, 1) and (6, 3, 5, 1), so
    K = [[28, 43], [43, 71]], tr K = 99, det K = 1988 - 1849 = 139: ``… = 0$ (iz $= 99$, …)`` on line 9 is right
    three times over (the polynomial, tr K and det K), not the polynomial equal to 99."""
    notes = ("W1 = 2, b1 = 1, W2 = 3, b2 = 0 ; x_1 = 1, x_2 = 2\n\n"
             "$f(x) = \\theta_3(\\theta_1 x + \\theta_2) + \\theta_4$\n\n"
             "$K = \\begin{pmatrix} 28 & 43 \\\\ 43 & 71 \\end{pmatrix}$\n\n"
             "$\\nabla f(x_1) = (3, 3, 3, 1)$\n\n"
             "Özdeğerler: karakteristik polinom $\\lambda^2 - 99\\lambda + 139 = 0$ "
             "(iz $= 99$, det $= 1988 - 1849 = 139$).\n")
    lines, first = notes_verdicts(notes)
    assert "wrong" not in lines[9] and len(lines[9]) >= 3 and first == 0

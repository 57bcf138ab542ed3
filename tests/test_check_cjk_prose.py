"""Words of other scripts and languages around math without dollars, named quantities, and take-backs that
introduce their redo on the next line.

The invented exercise is IDENTITY_1_2_1 (worked by hand in check_helpers): ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1),
∇f(x_2) = (2, 0, 1, 0, 2, 3, 1), K = [[8, 12], [12, 19]], tr K = 27, det K = 152 − 144 = 8,
det(K − λI) = λ² − 27λ + 8.
"""

from check_helpers import IDENTITY_1_2_1, NETWORK_HEAD, problem, verdicts


def test_chinese_words_glued_to_plain_math_are_prose(tmp_path):
    """``所以K₁₂ = 12`` and ``然后 K₂₂ = 19（对称矩阵）``: the Chinese words (so, then, an aside in brackets)
    are prose around the math; K₁₁ = 8, K₁₂ = 12, K₂₂ = 19 are right, K₂₂ = 20 on the last line is wrong."""
    notes = NETWORK_HEAD + "\n".join([
        "先算 K₁₁ = 8，所以K₁₂ = 12。",            # 3
        "然后 K₂₂ = 19（对称矩阵）",                 # 4
        "",
        "更正前写成 K₂₂ = 20了",                    # 6
    ]) + "\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines[3] == ["correct", "correct"]
    assert lines[4] == ["correct"]
    assert lines[6] == ["wrong"] and first == 6


def test_czech_word_for_the_trace_names_the_math_after_it(tmp_path):
    """``Stopa $= 27$`` (Czech: the trace) right after the characteristic polynomial: tr K = 27 is right (not a
    value of det(K − λI)); ``stopa $= 28$`` is a wrong trace."""
    notes = NETWORK_HEAD + "\n".join([
        r"$\det(K - \lambda I) = \lambda^2 - 27\lambda + 8$",   # 3
        "",
        "Stopa $= 27$, determinant $= 8$.",                      # 5
        "",
        "Tedy stopa $= 28$.",                                    # 7
    ]) + "\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines[5] == ["correct", "correct"]
    assert lines[7] == ["wrong"] and first == 7


def test_take_back_line_ending_in_colon_hands_over_to_the_redo_below(tmp_path):
    """``∇f(x_2) = (2, 0, 1, 0, 2, 3, 2)``, then a check that takes it back (``… wait, that entry is wrong, it is
    $1$:``) and the redo ``∇f(x_2) = (2, 0, 1, 0, 2, 3, 1)`` on the next line: the first statement is taken back,
    so the notes hold no mistake."""
    notes = NETWORK_HEAD + "\n".join([
        r"$\nabla f(x_2) = (2, 0, 1, 0, 2, 3, 2)$",                                   # 3
        "",
        r"Check: $\partial f/\partial b^{[2]} = 1$, wait, so the last entry is $1$:",  # 5
        r"$\nabla f(x_2) = (2, 0, 1, 0, 2, 3, 1)$",                                   # 6
    ]) + "\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert 3 not in lines
    assert lines[6] == ["correct"] and first == 0


def test_take_back_without_a_redo_below_keeps_the_statement(tmp_path):
    """The same check line with no restatement below: the wrong gradient on line 3 stays the first mistake."""
    notes = NETWORK_HEAD + "\n".join([
        r"$\nabla f(x_2) = (2, 0, 1, 0, 2, 3, 2)$",                                   # 3
        "",
        r"Check: $\partial f/\partial b^{[2]} = 1$, wait, so the last entry is $1$:",  # 5
        r"$K_{11} = 8$",                                                              # 6
    ]) + "\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines[3] == ["wrong"] and first == 3


def test_relu_derivative_by_cases_in_chinese(tmp_path):
    """``relu′(z) = 1 若 z > 0，否则 0`` (1 if z > 0, otherwise 0) is ReLU's derivative stated right; the cases
    swapped (``relu′(z) = 0 若 z > 0，否则 1``) are wrong. A ReLU network 1-2-1 with invented values."""
    relu = problem([1, 2, 1], "relu", [1, 3], W1=[[2], [-1]], b1=[1, 4], W2=[[1, 2]], b2=0)
    notes = NETWORK_HEAD + "\n".join([
        "导数（relu′(z) = 1 若 z > 0，否则 0）：",   # 3
        "",
        "又写 relu′(z) = 0 若 z > 0，否则 1",         # 5
    ]) + "\n"
    lines, first = verdicts(tmp_path, relu, notes)
    assert lines[3] == ["correct"]
    assert lines[5] == ["wrong"] and first == 5

"""Notes typed with the siunitx package: ``\\num``, ``\\numlist``, ``\\SI``/``\\qty`` and ``\\sisetup`` read as the
numbers they typeset (a comma inside ``\\num`` is a decimal marker).

The notes here are invented for these tests; their verdicts are worked out by hand for the net
f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with W⁽¹⁾ = [1, −2]ᵀ, b⁽¹⁾ = [0, 1]ᵀ, W⁽²⁾ = [3, 1], b⁽²⁾ = −1 at x₁ = 1, x₂ = 2
(K = [[23, 36], [36, 64]], tr 87 = 8,7·10¹, λ = (87 ± √6865)/2 ≈ 84,93 and 2,07), checked below by a central
difference Jacobian.
"""

import math

import pytest

from symntk.check import check_text
from symntk.check.siunitx import number_latex, siunitx_latex, writes_siunitx

from reference import central_jacobian, gram


@pytest.mark.parametrize("written, read", [
    (r"\num{0,2996}", "0.2996"),
    (r"\num{0.2996}", "0.2996"),
    (r"\num{-0,5}", "-0.5"),
    (r"\num{,5}", "0.5"),
    (r"\num{1 234,5}", "1234.5"),
    (r"\num{1\,234{,}5}", "1234.5"),
    (r"\num{1e-3}", r"1 \times 10^{-3}"),
    (r"\num{2,5E4}", r"2.5 \times 10^{4}"),
    (r"\num{1,5 x 10^3}", r"1.5 \times 10^{3}"),
    (r"\num{1.5 \times 10^{-2}}", r"1.5 \times 10^{-2}"),
    (r"\num{1,52(3)}", r"1.52 \pm 0.03"),
    (r"\num{1,5 +- 0,2}", r"1.5 \pm 0.2"),
    (r"\num{\approx 0,25}", r"\approx 0.25"),
    (r"\num[round-mode=places]{3,14159}", "3.14"),
    (r"\num[round-mode=places, round-precision=3]{2,0005}", "2.001"),
    (r"\num[round-mode=places,round-precision=3,round-half=even]{2,0005}", "2.000"),
    (r"\num[round-mode=figures,round-precision=2]{0,012345}", "0.012"),
    (r"\num[round-mode=figures,round-precision=2]{1234}", "1200"),
    (r"\num[drop-exponent]{4e2}", "4"),
    (r"\numlist{0;44,51;1,49}", "0, 44.51, 1.49"),
    (r"\numproduct{2 x 3}", r"2 \times 3"),
    (r"\numrange{1}{2,5}", r"1 \text{ to } 2.5"),
    (r"\SI{0,5}{\metre}", "0.5"),
    (r"\qty{12}{\percent}", r"12\%"),
    (r"\qtylist{1;2}{\second}", "1, 2"),
    (r"\ang{30}", r"30^{\circ}"),
    (r"\tablenum{7,25}", "7.25"),
    (r"\num{abc}", "abc"),
])
def test_siunitx_numbers_as_typeset(written, read):
    assert siunitx_latex(written) == read


def test_sisetup_applies_from_where_it_stands():
    text = r"\num{3,14159} \sisetup{round-mode=places, round-precision=1} \num{3,14159} \num[round-mode=none]{3,14159}"
    assert siunitx_latex(text) == "3.14159   3.1 3.14159"


def test_physics_qty_is_left_alone():
    for text in (r"\qty(x + 1)", r"\qty{x + 1}", r"\qty[a + b]", r"\qty{x}{y}"):
        assert siunitx_latex(text) == text


def test_not_a_number():
    assert number_latex("1,2,3") is None and number_latex("x") is None and number_latex("") is None
    assert writes_siunitx(r"\num{1}") and not writes_siunitx(r"\numbers \frac{a}{b}")


def test_line_breaks_inside_arguments_are_kept_and_reading_is_bounded():
    text = "\\numlist{1;\n2}\n\\sisetup{\nround-mode = places\n}"
    assert siunitx_latex(text).count("\n") == text.count("\n")
    long = r"\num{" * 20000 + "1" + "}" * 20000
    assert len(siunitx_latex(long)) <= len(long)


def test_the_invented_network_numerically():
    rows = central_jacobian([1, -2, 0, 1, 3, 1, -1], [1, 2, 1], ["identity"], [[1], [2]])
    k = gram([[round(v) for v in r] for r in rows])
    assert k == [[23, 36], [36, 64]] and 87 ** 2 - 4 * (23 * 64 - 36 ** 2) == 6865
    assert f"{(87 + math.sqrt(6865)) / 2:.2f}" == "84.93" and f"{(87 - math.sqrt(6865)) / 2:.2f}" == "2.07"


HEAD = (
    "\\documentclass{article}\n"  # 1
    "\\usepackage{siunitx}\n"
    "\\sisetup{output-decimal-marker={,}}\n"
    "\\begin{document}\n"
    "Dados $W^{[1]} = [1, -2]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [3, 1]$, $b^{[2]} = -1$, "
    "$x_1 = 1$, $x_2 = 2$.\n"  # 5
    "\\[ K = \\begin{bmatrix} 23 & 36 \\\\ 36 & 64 \\end{bmatrix} \\]\n"  # 6
)


def _by_line(notes: str) -> tuple[dict[int, list[str]], int]:
    report = check_text(notes, "notas.tex")
    out: dict[int, list[str]] = {}
    for j in report.judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out, report.first_mistake.line if report.first_mistake else 0


def test_siunitx_notes_all_correct():
    notes = HEAD + (
        "$\\operatorname{tr} K = \\num{8,7e1}$.\n"  # 7
        "\\[ \\lambda_1 \\approx \\num{84,93}, \\qquad \\lambda_2 \\approx \\num{2,07} \\]\n"  # 8
        "Autovalores: $\\lambda \\approx \\numlist{84,93;2,07}$.\n"  # 9
        "\\end{document}\n"
    )
    verdicts, first = _by_line(notes)
    assert verdicts[7] == ["correct"] and verdicts[8] == ["correct", "correct"]
    assert set(verdicts[9]) == {"correct"} and first == 0


def test_siunitx_notes_with_a_slip_in_an_eigenvalue():
    notes = HEAD + (
        "\\[ \\lambda_1 \\approx \\num{84,93}, \\qquad \\lambda_2 \\approx \\num{2,08} \\]\n"  # 7
        "\\end{document}\n"
    )
    verdicts, first = _by_line(notes)
    assert verdicts[7] == ["correct", "wrong"] and first == 7

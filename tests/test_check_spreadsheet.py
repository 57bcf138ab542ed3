"""Results pasted from a spreadsheet (``K12: =SUMPRODUCT(B2:H2,B3:H3) → 12``, ``=SQRT(697) → 26.4008``) as claims."""

import pytest

from symntk.check import check_text
from symntk.check.sheet_formulas import parse_formula
from symntk.check.spreadsheet import column_names, spreadsheet_lines

# θ = (1, 1, 0, 1, 1, 0, 0) for f = θ_5(θ_1x + θ_3) + θ_6(θ_2x + θ_4) + θ_7, x = 1, 2:
# ∇f(x) = (x, 0, 1, 0, x, x + 1, 1), K = [[8, 12], [12, 19]] (1+1+1+4+1, 2+1+2+6+1, 4+1+4+9+1, by hand),
# tr K = 27, det K = 152 − 144 = 8, Δ = 27² − 4·8 = 729 − 32 = 697, √697 = 26.40076 (26.4² = 696.96),
# λ = (27 ± 26.40076)/2 = 26.70038, 0.29962.
GIVEN = "W1 = [1,1]^T, b1 = [0,1]^T, W2 = [1,0], b2 = 0 ; x_1 = 1, x_2 = 2\n\n"


@pytest.mark.parametrize("formula, latex, function", [
    ("27^2-4*8", r"{27}^{2} - 4 \cdot 8", None),
    ("(27+SQRT(697))/2", r"(27 + \sqrt{697})/2", None),
    ("POWER(27,2)", "{(27)}^{2}", "POWER"),
    ("SUM(1, 2, 3)", "(1 + 2 + 3)", "SUM"),
    ("MDETERM(J2:K3)", None, "MDETERM"),
    ("J2+K3", None, None),
    ("SUMPRODUCT(B2:H2,B3:H3)", None, "SUMPRODUCT"),
    ("trace² − 4·det", None, None),
])
def test_a_formula_is_its_arithmetic_or_opaque(formula, latex, function):
    parsed = parse_formula(formula)
    assert (parsed.latex, parsed.function) == (latex, function)


@pytest.mark.parametrize("formula", ["hello world", "SQRT(697", "SQRT(1,2)", "2 ** 3)", "x" * 400])
def test_what_is_no_formula(formula):
    assert parse_formula(formula) is None


def test_european_separators_and_decimal_commas():
    assert parse_formula("WURZEL(24,0594)", comma_decimal=True).latex == r"\sqrt{24.0594}"
    assert parse_formula("POTENZ(2;3)", comma_decimal=True).latex == "{(2)}^{3}"
    assert parse_formula("SOMMEPROD(B2:H2;B3:H3)", comma_decimal=True).function == "SUMPRODUCT"


@pytest.mark.parametrize("line, expected", [
    ("K12: =SUMPRODUCT(B2:H2,B3:H3) → 12", "$K_{12} = 12$"),
    ("K_11 = =SUMPRODUCT(B2:B8,B2:B8) -> 8", "$K_{11} = 8$"),
    ("- $K_{22}$ = SUMPRODUCT(D2:D8,D2:D8) → 23", "- $K_{22} = 23$"),
    ("trace: =J2+K3 → 27", r"$\operatorname{tr} K = 27$"),
    ("$\\lambda^2 - 27\\lambda + 8 = 0$, discriminant =27^2-4*8 → 697",
     r"$\lambda^2 - 27\lambda + 8 = 0$, $\Delta = {27}^{2} - 4 \cdot 8 = 697$"),
    ("=SQRT(697) gives 26.4008", r"$\sqrt{697} = 26.4008$"),
    ("- $c_0$ = =MDETERM(K) → 0", r"- $\det K = 0$"),
    ("λ1 → 3.2930, λ2 → 0.0934", r"$\lambda_1 = 3.2930$, $\lambda_2 = 0.0934$"),
    ("Row 2 → 8, column B2 → 1", "Row 2 → 8, column B2 → 1"),
])
def test_items_become_math(line, expected):
    assert spreadsheet_lines("=SQRT(4) → 2\n" + line).split("\n")[1] == expected


def test_notes_without_a_formula_are_unchanged():
    text = "tr K → 27\n\nK12 = 12 -> 12\n$K = J J^T$ = J*J^T\n"
    assert spreadsheet_lines(text) == text


def test_the_columns_letters_of_a_header():
    assert column_names("| x | B: w1_1 | C: w1_2 |") == "| x | w1_1 | w1_2 |"
    assert column_names("| x | w1_1 (B) | w1_2 (C) |") == "| x | w1_1 | w1_2 |"
    assert column_names("| x | K: kernel | b |") == "| x | K: kernel | b |"


def _verdicts(notes: str) -> dict[int, list[str]]:
    got: dict[int, list[str]] = {}
    for j in check_text(notes, "n.md").judgements:
        got.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return got


def test_spreadsheet_results_are_judged():
    notes = GIVEN + "\n".join([
        "K11: =SUMPRODUCT(B2:H2,B2:H2) → 8",           # 3
        "K12 =SUMPRODUCT(B2:H2,B3:H3) => 13",          # 4: 12
        "trace: =J2+K3 → 27",                          # 5
        "det: =MDETERM(J2:K3) → 8",                    # 6
        "discriminant =27^2-4*8 → 697",                # 7
        "=SQRT(698) → 26.4008",                        # 8: √698 = 26.4197
        "$\\lambda_1$ = (27+SQRT(697))/2 → 26.7004",   # 9
        "λ2 = (27-SQRT(697))/2 → 0.2996",              # 10
    ]) + "\n"
    got = _verdicts(notes)
    assert got[3] == ["correct"] and got[5] == ["correct"] and got[6] == ["correct"]
    assert "wrong" in got[4] and "wrong" in got[8]
    assert got[7] == ["correct", "correct"] and got[9] == ["correct", "correct"] and got[10] == ["correct", "correct"]


def test_a_result_on_the_next_line_and_a_colon():
    notes = GIVEN + "K12: =SUMPRODUCT(B2:H2,B3:H3)\n12\n=SQRT(697): 26.4008\n"
    got = _verdicts(notes)
    assert got == {3: ["correct"], 5: ["correct"]}


def test_a_german_sheet():
    notes = GIVEN + "K12: =SUMMENPRODUKT(B2:H2;B3:H3) → 12\n=WURZEL(697) → 26,4008\n" \
        "$\\lambda_2$ = (27-WURZEL(697))/2 → 0,31\n"
    got = _verdicts(notes)
    assert got[3] == ["correct"] and got[4] == ["correct"] and "wrong" in got[5]   # λ₂ = 0.29962, not 0.31


def test_the_table_after_a_gram_product_is_the_kernel():
    notes = GIVEN + "Check with =MMULT(B2:H3, TRANSPOSE(B2:H3)):\n\n| | | |\n|---|---|---|\n" \
        "| | 8 | 12 |\n| | 12 | 20 |\n"
    got = _verdicts(notes)
    assert got == {7: ["wrong"]}   # K22 = 19

"""What a wrong claim's feedback gives as the right value: the one eigenvalue a single written eigenvalue stands
for (the nearest; λ_min / λ_max their end), and, for a decimal claim, the exact value with its decimal to the digits
written. The true spectrum of the notes' K = [[8, 12], [12, 19]] is (27 ± √697)/2 ≈ 0.2996, 26.7004."""

import pytest

from symntk.check import check_text, render_report

from conftest import ROOT

PROBLEM = ROOT / "examples" / "notes.toml"


@pytest.mark.parametrize("line, right", [
    (r"$\lambda_1 \approx 26.71$", "(27 + √697)/2 ≈ 26.70"),
    (r"$\lambda_2 \approx 0.31$", "(27 - √697)/2 ≈ 0.30"),
    (r"$\lambda_{\min} \approx 0.3100$", "(27 - √697)/2 ≈ 0.2996"),
    (r"$\lambda_{\max} = 27$", "(27 + √697)/2"),
])
def test_a_wrong_eigenvalue_is_shown_the_one_it_stands_for(line, right):
    report = check_text(line + "\n", "n.md", PROBLEM)
    assert [j.verdict for j in report.judgements] == ["wrong"]
    text = render_report(report, "text", "en")
    assert f"The right value is {right}." in text
    assert "√697)/2, (" not in text   # not the whole spectrum


def test_both_eigenvalues_wrong_show_the_spectrum():
    report = check_text(r"$\lambda = 26.71, 0.31$" + "\n", "n.md", PROBLEM)
    assert [j.verdict for j in report.judgements] == ["wrong"]
    assert "((27 - √697)/2, (27 + √697)/2)" in render_report(report, "text", "en")


def test_icelandic_report_writes_the_decimal_with_a_comma():
    report = check_text(r"$\lambda_1 \approx 26{,}71$" + "\n", "n.md", PROBLEM)
    assert "(27 + √697)/2 ≈ 26,70" in render_report(report, "text", "is")

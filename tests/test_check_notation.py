"""The notation normaliser's rules: each example reads as its canonical spelling, and the README's table of
accepted notation is generated from the rules (kept in step here)."""

import pytest

from symntk.check.normalise import RULES, normalise, notation_table
from symntk.check.syntax import parse

from conftest import ROOT


@pytest.mark.parametrize("rule", RULES, ids=[r.about for r in RULES])
def test_each_spelling_reads_as_its_canonical_form(rule):
    for spelling, canonical in rule.pairs():
        assert normalise(spelling) == normalise(canonical), (spelling, canonical)


@pytest.mark.parametrize("rule", RULES, ids=[r.about for r in RULES])
def test_each_canonical_form_parses(rule):
    for _, canonical in rule.pairs():
        parse(canonical)


def test_readme_table_is_generated_from_the_rules():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- notation-table -->\n") + len("<!-- notation-table -->\n")
    end = readme.index("<!-- /notation-table -->")
    assert readme[start:end] == notation_table()


@pytest.mark.parametrize("written, read", [
    (r"\mathbf{W}^{(1)}_{11}", r"W^{[1]}_{11}"),
    (r"w_{11}^{(1)}", r"W_{11}^{[1]}"),
    (r"W^{1}_{1 1}", r"W^{[1]}_{1,1}"),
    (r"\partial_{\theta_5} f", r"\frac{\partial f}{\partial \theta_5}"),
    (r"∂f/∂θ_1", r"\frac{\partial f}{\partial \theta_1}"),
    (r"\lambda_{1,2} = \frac{27 ∓ \sqrt{697}}{2}", r"\lambda_{1,2} = \frac{27 \mp \sqrt{697}}{2}"),
    (r"\lambda_1 = 0,2996", r"\lambda_1 = 0{,}2996"),
])
def test_family_of_spellings(written, read):
    assert normalise(written) == normalise(read)


def test_the_sigmoid_spelled_out_is_sigma_and_a_word_is_not_a_product():
    from symntk.check import check_text

    head = (r"$f(x) = W^{[2]} \sigma(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = [1, -1]^T$, $b^{[1]} = [0, 0]^T$, "
            r"$W^{[2]} = [1, 1]$, $b^{[2]} = 0$, $x_1 = 0$, $x_2 = 1$" "\n\n")
    lines = [r"$sigmoid(1) \approx 0.7311$", r"$sig(-1) \approx 0.2689$", r"$sig'(0) = 0.25$",
             r"$\text{sig}(0) = 0.5$", r"$sig(1) \approx 0.2689$"]   # σ(1) ≈ 0.7311 (by hand): the last is wrong
    report = check_text(head + "\n\n".join(lines) + "\n", "n.md")
    assert [j.verdict for j in report.judgements if j.line > 2] == ["correct"] * 4 + ["wrong"]


def test_eigenvalues_as_a_set_read_as_the_spectrum():
    """``λ ∈ {…}`` lists K's eigenvalues (here K = [[8, 12], [12, 19]]: λ = (27 ± √697)/2 ≈ 0.2996, 26.7004)."""
    from check_helpers import notes_verdicts
    head = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = (1, 1)^T$, $b^{[1]} = (0, 1)^T$, "
            "$W^{[2]} = (1, 0)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")
    right, _ = notes_verdicts(head + "\\(\\lambda \\in \\{0.2996,\\ 26.7004\\}\\)\n")
    wrong, _ = notes_verdicts(head + "\\(\\lambda \\in \\{0.3996,\\ 26.7004\\}\\)\n")
    assert right[3] == ["correct"] and "wrong" in wrong[3]

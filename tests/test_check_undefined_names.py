"""A number said to equal a name the notes never define (``q(1) = 2``, a word read letter by letter) is unreadable,
with the name in the reason, never a wrong claim with a nonsense right value; a defined quantity stays judged."""

from symntk.check import check_text

from conftest import ROOT

PROBLEM = ROOT / "examples" / "notes.toml"


def test_a_value_of_an_undefined_name_is_unreadable_not_wrong():
    report = check_text("$q(1) = 2$\n\n$gis(1) = 0.73$\n\n$K_{12} = 12$\n", "n.md", PROBLEM)
    got = [(j.line, j.verdict) for j in report.judgements]
    assert got == [(1, "unreadable"), (3, "unreadable"), (5, "correct")]
    reasons = " ".join(f.params.get("reason", "") for j in report.judgements for f in j.feedback)
    assert "q has no value in these notes" in reasons and "g, i" in reasons
    assert report.first_mistake is None


def test_a_defined_unit_with_a_wrong_value_is_still_wrong():
    # the notes' net: h_2 = W^{[1]}_{21} x + b^{[1]}_2 = x + 1, so h_2 = 3 at x_2 = 2 (by hand)
    report = check_text("$h_2 = x + 1$\n\nAt $x_2 = 2$: $h_2 = 4$\n", "n.md", PROBLEM)
    assert [j.verdict for j in report.judgements][-1] == "wrong"


def test_a_known_value_said_to_equal_a_formula_in_undefined_names_is_unreadable_not_wrong():
    # K_11 = 8 and K_12 = 12 for the notes' exercise (by hand: gradients (1,0,1,0,1,2,1) and (2,0,1,0,2,3,1))
    text = ("$K_{11} = p + q$\n\ncol 3 = 2·col1 + col2, so $\\det K = -8$\n\n"
            "$K_{12} = W^{[2]}_{11} \\cdot 2 + 10$\n\n$K_{11} = 2 + 5$\n")
    report = check_text(text, "n.md", PROBLEM)
    got = [(j.line, j.verdict) for j in report.judgements]
    assert (1, "wrong") not in got and (3, "wrong") in got and (5, "correct") in got and (7, "wrong") in got
    assert not any(j.verdict == "wrong" and "col" in j.claim.claimed for j in report.judgements if j.claim)

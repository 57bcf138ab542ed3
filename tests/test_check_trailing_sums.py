"""Notes that stop in the middle of adding up a kernel entry's terms (invented notes).

The problem: x = (1, 3), f = W2(W1 x + b1) + b2 with W1 = (2, 1)ᵀ, b1 = (1, 0), W2 = (1, 1), b2 = 0, so by hand
∇f(x_1) = (1, 1, 1, 1, 3, 1, 1), ∇f(x_2) = (3, 3, 1, 1, 7, 3, 1), K_11 = 15, K_12 = 33.
"""

import pytest
from check_helpers import problem, verdicts

from symntk.check.trailing_sums import trailing_sum_blanked

LINEAR = problem([1, 2, 1], "identity", [1, 3], W1=[[2], [1]], b1=[1, 0], W2=[[1, 1]], b2=0)
START = [r"$$K_{11} = 1 + 1 + 1 + 1 + 9 + 1 + 1 = 15$$"]   # line 1: correct (sum and result)


def test_a_sum_the_notes_stop_in_is_not_judged(tmp_path):
    # 3 + 3 + 1 + 1 are the first four products of K_12's seven: the learner stopped adding, 8 is no claim
    notes = "\n\n".join([*START, r"$$K_{12} = 3 + 3 + 1 + 1$$", ""])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[1] == ["correct", "correct"]   # the sum and its result
    assert 3 not in out and first == 0


def test_the_same_sum_with_more_notes_after_it_is_judged(tmp_path):
    # followed by another statement, "K_12 = 3 + 3 + 1 + 1" says K_12 is 8, and it is 33
    notes = "\n\n".join([*START, r"$$K_{12} = 3 + 3 + 1 + 1$$", r"$$K_{21} = 33$$"])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[3] == ["wrong"] and first == 3
    assert out[5] == ["correct"]


def test_a_last_sum_with_its_result_is_judged(tmp_path):
    notes = "\n\n".join([*START, r"$$K_{12} = 3 + 3 + 1 + 1 = 8$$"])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert "wrong" in out[3] and first == 3


@pytest.mark.parametrize("last, blanked", [
    ("K₁₂ = 1 + 1 + 2 + 6", True),
    ("- $K_{12} = 1 \\cdot 1 + 0 \\cdot 0 + 1 \\cdot 2 +$", True),
    ("K12 = 1 + 1 + 2 + …", True),
    ("K₁₂ = 1 + 1 + 2 + 6 = 10", False),     # a result: a claim
    ("K₁₂ = 12", False),                     # one number: a claim
    ("K₁₂ = a + b + 2", False),              # names among the terms
    ("f(x) = v1 x + 2", False),
    ("$$\\dim(\\theta) = 2 + 2$$", False),      # a finished count, not a kernel entry
    ("$$\\Theta_{12} = 1 + 1 + 2$$", True),
])
def test_which_last_lines_are_unfinished_sums(last, blanked):
    text = "K₁₁ = 1 + 1 + 2 + 4 = 8\n\n" + last + "\n\n"
    got = trailing_sum_blanked(text)
    assert len(got) == len(text) and got.count("\n") == text.count("\n")
    assert (got.strip() == "K₁₁ = 1 + 1 + 2 + 4 = 8") is blanked


def test_notes_that_never_finish_a_sum_keep_the_bare_sum_as_their_answer():
    text = "K₁₁ = 8\n\nK₁₂ = 1 + 1 + 2 + 6\n"
    assert trailing_sum_blanked(text) == text


def test_only_the_last_statement_is_looked_at():
    text = "K₁₂ = 1 + 1 + 2 + 6\nK₂₂ = 19\n"
    assert trailing_sum_blanked(text) == text


def _report(tmp_path, notes):
    from symntk.check import check_text

    (tmp_path / "p.toml").write_text(LINEAR)
    return check_text(notes, "notes.md", problem=tmp_path / "p.toml")


def test_the_unfinished_sum_is_listed_as_context_with_its_reason(tmp_path):
    notes = "\n\n".join([*START, r"$$K_{12} = 3 + 3 + 1 + 1$$", ""])
    report = _report(tmp_path, notes)
    assert report.exit_code == 0 and [j.verdict for j in report.judgements] == ["correct", "correct"]
    aside = [c for c in report.context if c.why == "unfinished"]
    assert [(c.line, c.text, c.reason) for c in aside] == \
        [(3, r"K_{12} = 3 + 3 + 1 + 1", "unfinished sum: no result written")]
    listed = report.to_dict()["context"]
    assert {"line": 3, "text": r"K_{12} = 3 + 3 + 1 + 1", "why": "unfinished",
            "reason": "unfinished sum: no result written"} in listed
    assert all("reason" not in c for c in listed if c["why"] != "unfinished")
    assert report.to_dict(lang="is")["context"][-1]["reason"] == "ókláruð summa: engin niðurstaða skrifuð"


@pytest.mark.parametrize("fmt", ["text", "md", "tex", "html"])
@pytest.mark.parametrize("lang, said", [("en", "unfinished sum: no result written"),
                                        ("is", "ókláruð summa: engin niðurstaða skrifuð")])
def test_every_sheet_shows_the_unfinished_sum_and_why(tmp_path, fmt, lang, said):
    from symntk.check import render_report

    notes = "\n\n".join([*START, r"$$K_{12} = 3 + 3 + 1 + 1$$", ""])
    sheet = render_report(_report(tmp_path, notes), fmt, lang).replace(r"\allowbreak{}", "")   # tex's code breaks
    assert said in sheet and "3 + 3 + 1 + 1" in sheet


def test_a_sheet_without_a_set_aside_sum_has_no_such_list(tmp_path):
    from symntk.check import render_report

    sheet = render_report(_report(tmp_path, "\n\n".join([*START, r"$$K_{12} = 33$$"])), "md", "en")
    assert "Not judged" not in sheet


def test_an_earlier_mistake_still_gives_exit_1_with_the_sum_set_aside(tmp_path):
    notes = "\n\n".join([r"$$K_{11} = 1 + 1 + 1 + 1 + 9 + 1 + 1 = 16$$", r"$$K_{22} = 3 + 3 + 1$$"])
    report = _report(tmp_path, notes)
    assert report.exit_code == 1 and [c.line for c in report.context if c.why == "unfinished"] == [3]


@pytest.mark.parametrize("tail, blanked", [
    ("$$\nK_{12} = 1 + 1 + 2 + 6 = \\ldots\n$$\n\n(ran out of time, rest next week)\n", True),  # "= …", a remark
    ("\\[ K_{12} = 1 + 1 + 2 + 6 \\]\n% TODO finish K12\n\\end{document}\n", True),   # LaTeX closing lines
    ("K₁₂ = 1 + 1 + 2 + 6 = ?\n", True),
    ("K₁₂ = 1 + 1 + 2 + 6\n\nK₂₂ has 4 terms\n", False),      # a remark with a number: later text, read as usual
    ("K₁₂ = 1 + 1 + 2 + 6\n\nso $K_{22} = 9$\n", False),
    ("K₁₂ = 1 + 1 + 2 + 6 = 10 = …\n", False),              # a result written
])
def test_what_may_follow_an_unfinished_last_sum(tail, blanked):
    text = "K₁₁ = 1 + 1 + 2 + 4 = 8\n\n" + tail
    got = trailing_sum_blanked(text)
    assert len(got) == len(text) and got.count("\n") == text.count("\n")
    assert ("1 + 1 + 2 + 6" not in got) is blanked

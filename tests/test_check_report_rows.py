"""The check report's rows: one per line of the notes with the learner's own text, every row named (h₁(x₁),
the number of parameters, ∂f/∂b⁽¹⁾₁), its language from the notes, and learner text inert in every format."""

import json

import pytest

from symntk import notation
from symntk.check import check_text, render_report
from symntk.check.claim_names import parameter_names
from symntk.check.language import detect
from symntk.cli import main
from symntk.render.escape import tex

from conftest import ROOT

PROBLEM = ROOT / "examples" / "notes.toml"
NOTES = """# Heimadæmi

Fjöldi stika: 2 + 2 + 2 + 1 = 7

Faldi lagið: h₁ = W₁₁⁽¹⁾x + b₁⁽¹⁾, h₂ = W₂₁⁽¹⁾x + b₂⁽¹⁾

x₁ = 1: h₁ = 1, h₂ = 3

- ∂f/∂b₁⁽¹⁾ = 1
- ∂f/∂b⁽²⁾ = 1
- ∂f/∂W₁₁⁽¹⁾ = W₁₁⁽²⁾ · x = x
"""


def _report(text=NOTES):
    return check_text(text, "notes.md", PROBLEM)


def test_every_row_is_named():
    names = {(j.line, j.label or j.about) for j in _report().judgements}
    assert {(3, "count"), (5, "h₁"), (5, "h₂"), (7, "h₁(x₁)"), (7, "h₂(x₁)")} <= names
    assert all(j.label or j.about for j in _report().judgements)
    sheet = render_report(_report(), "text", "is")
    assert "h₂(x₁): rangt" in sheet   # the wrong claim's detailed row names it


def test_parameters_carry_the_problems_names():
    labels = {j.line: j.label for j in _report().judgements}
    assert labels[9] == "∂f/∂b⁽¹⁾₁" and labels[10] == "∂f/∂b⁽²⁾" and labels[11] == "∂f/∂W⁽¹⁾₁₁"
    widths = (1, 12, 1)
    assert parameter_names(notation.bias(1, 3), widths) == ("b_{3}^{[1]}", "b⁽¹⁾₃")
    assert parameter_names(notation.bias(2, 1), widths) == ("b^{[2]}", "b⁽²⁾")
    assert parameter_names(notation.weight(1, 11, 1), widths) == ("W_{11,1}^{[1]}", "W⁽¹⁾₁₁,₁")
    assert parameter_names(notation.weight(2, 1, 2), widths) == ("W_{12}^{[2]}", "W⁽²⁾₁₂")


def test_a_line_of_two_claims_is_one_row():
    sheet = render_report(_report(), "text", "en")
    rows = [r for r in sheet.splitlines() if "line  11" in r]
    assert len(rows) == 1 and "∂f/∂W₁₁⁽¹⁾ = W₁₁⁽²⁾ · x = x" in rows[0] and "2 correct" in rows[0]
    row7 = next(r for r in sheet.splitlines() if "line   7" in r)
    assert "x₁ = 1: h₁ = 1, h₂ = 3" in row7 and "1 correct" in row7 and "1 wrong" in row7
    assert sheet.count("line  ") == 6   # lines 3, 5, 7, 9, 10, 11: one row each
    for fmt in ("md", "html", "tex"):
        out = render_report(_report(), fmt, "en").replace(r"\allowbreak{}", "")   # tex: breakable code
        assert out.count(tex("W₁₁⁽²⁾ · x = x") if fmt == "tex" else "W₁₁⁽²⁾ · x = x") == 1, fmt


def test_you_wrote_is_the_learners_own_text():
    sheet = render_report(_report(), "text", "en")
    row7 = next(r for r in sheet.splitlines() if "line   7" in r)
    assert "x₁ = 1: h₁ = 1, h₂ = 3" in row7
    assert "you wrote" not in sheet   # the row shows the whole line already: no second copy
    assert "(this claim: 3)" in sheet
    data = _report().to_dict()
    claim = next(c for c in data["claims"] if c["verdict"] == "wrong")
    assert claim["text"] == "x₁ = 1: h₁ = 1, h₂ = 3" and claim["claimed"] == "3"
    assert {"id", "line", "kind", "target", "claimed", "expected", "verdict", "carried", "feedback",
            "codes"} <= set(claim)


def test_long_lines_are_shortened_in_the_row_and_whole_beneath():
    long = "- ∂f/∂b₁⁽¹⁾ = " + " + ".join(["0"] * 40) + " + 2\n"
    from rich.text import Text

    sheet = Text.from_markup(render_report(_report(long), "text", "en")).plain
    row = next(r for r in sheet.splitlines() if "line   1" in r)
    assert "…" in row and len(row) <= 100
    assert "you wrote: ∂f/∂b₁⁽¹⁾ = 0 + 0" in sheet and sheet.count(" + 2") == 1


@pytest.mark.parametrize("text, lang", [
    (NOTES, "is"),
    ("Við reiknum afleiðurnar og eigingildi kjarnans.\n\n$$K_{1,1} = 8$$\n", "is"),
    ("We compute the derivatives and the eigenvalues of the kernel.\n\n$$K_{1,1} = 8$$\n", "en"),
    ("Vi beräknar kärnan för båda punkterna och är klara.\n\n$$K_{1,1} = 8$$\n", "en"),
    ("Wir berechnen die Ableitungen für jeden Parameter.\n\n$$K_{1,1} = 8$$\n", "en"),
    ("$$K_{1,1} = 8 \\text{ og } K_{2,2} = 19$$\n", "en"),   # words inside math do not count
    ("Adım 1: gradyanı hesaplıyoruz, sonra özdeğerler ve çözüm; önce iki nokta, sonra özdeğerler.\n", "en"),
    ("Vlastní čísla matice jádra spočítáme ze stopy a determinantu; řešení je hotové.\n", "en"),
])
def test_language_of_the_notes(text, lang):
    assert detect(text) == lang


def test_report_language_follows_the_notes_unless_given(tmp_path, capsys):
    notes = tmp_path / "n.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert main(["check", str(notes), "--problem", str(PROBLEM)]) == 1
    assert "Fyrsta raunverulega villan" in capsys.readouterr().out
    assert main(["check", str(notes), "--problem", str(PROBLEM), "--lang", "en"]) == 1
    assert "First real mistake" in capsys.readouterr().out
    assert main(["check", str(notes), "--problem", str(PROBLEM), "--lang", "de"]) == 2


HOSTILE = "[red]x[/red] <script>alert(1)</script> \\input{/etc/passwd} \x1b[2J $K_{1,1} = 9$"


def test_hostile_line_text_stays_inert_in_every_format(tmp_path):
    report = check_text(f"{HOSTILE}\n", "n.md", PROBLEM)
    assert [(j.line, j.verdict) for j in report.judgements] == [(1, "wrong")]
    plain = render_report(report, "text", "en")
    from rich.text import Text

    shown = Text.from_markup(plain).plain
    assert "[red]x[/red]" in shown and "\x1b" not in shown and "\\x1b[2J" in shown
    html = render_report(report, "html", "en")
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html and "\x1b" not in html
    tex = render_report(report, "tex", "en")
    assert "\\input{/etc/passwd}" not in tex   # also with the break points between its characters
    tex = tex.replace(r"\allowbreak{}", "")
    assert "\\input{/etc/passwd}" not in tex and "\\textbackslash{}input\\{/etc/passwd\\}" in tex
    assert "\x1b" not in tex
    md = render_report(report, "md", "en")
    body = md.replace("`", "\0").split("\0")[::2]   # outside code spans, where Markdown renders HTML
    assert not any("<script" in part for part in body) and "\x1b" not in md
    data = json.loads(json.dumps(report.to_dict()))
    assert any(c["text"].startswith("[red]x[/red] <script>") for c in data["claims"])


def test_feedback_names_parameters_as_the_problem_does():
    sheet = render_report(check_text("$$\\frac{\\partial f}{\\partial \\theta_7} = 0$$\n", "n.md", PROBLEM), "text")
    assert "b⁽²⁾ is a bias" in sheet and "b⁽²⁾₁,₁" not in sheet
    md = render_report(check_text("$$\\frac{\\partial f}{\\partial \\theta_5} = b_{1,1}^{[1]}$$\n", "n.md", PROBLEM),
                       "md")
    assert "$W_{11}^{[1]} x + b_{1}^{[1]}$" in md and "= b_{1,1}^{[1]}`" in md   # the learner's own as written


TANH_PROBLEM = """
[network]
widths = [1, 1, 1]
activation = "tanh"
parameterization = "standard"

[parameters]
W1 = [[2]]
b1 = [[0]]
W2 = [[1]]
b2 = [[0]]

[data]
x = [0, 1]
"""
WORD_NOTES = """Word notes

tanh′(𝑧) = 1 − tanh(𝑧)
∂𝑓/∂𝑏^[1] = 𝑊^[2] (1 − tanh 𝑧)
"""


def test_rows_show_the_text_as_typed_and_carried_names_the_earlier_claim(tmp_path):
    """Word's math letters are converted for reading, but the report shows them as typed; the carried
    claim names the claim it follows from, and a 1 × 1 weight is named without indices."""
    problem = tmp_path / "tanh.toml"
    problem.write_text(TANH_PROBLEM, encoding="utf-8")
    report = check_text(WORD_NOTES, "word.md", problem)
    sheet = render_report(report, "text", "en")
    row3 = next(r for r in sheet.splitlines() if "line   3" in r)
    row4 = next(r for r in sheet.splitlines() if "line   4" in r)
    assert "tanh′(𝑧) = 1 − tanh(𝑧)" in row3 and "1 wrong" in row3   # tanh′ = 1 − tanh²
    assert "∂𝑓/∂𝑏^[1] = 𝑊^[2] (1 − tanh 𝑧)" in row4 and "1 carried" in row4
    assert "(tanh′(z) on line 3)" in sheet
    assert "∂f/∂b⁽¹⁾" in sheet and "W⁽²⁾₁₁" not in sheet


def test_a_long_path_in_the_tex_title_may_break_after_each_separator():
    source = "course_2026/submissions-week_7/a_student_with_a_very_long_name.final.md"
    tex = render_report(check_text("$K_{11} = 8$\n", source, PROBLEM), "tex", "en")
    title = next(line for line in tex.splitlines() if line.startswith("\\section*"))
    assert title.count(r"\allowbreak{}") == sum(source.count(ch) for ch in "/_-.")
    shown = title.replace(r"\allowbreak{}", "")
    assert shown.endswith(r"course\_2026/submissions-week\_7/a\_student\_with\_a\_very\_long\_name.final.md}")

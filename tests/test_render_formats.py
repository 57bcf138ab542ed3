"""tex, md and html from one Derivation: goldens, escaping, overrides, every template used."""

import importlib
from pathlib import Path

import pytest
import sympy
from render_helpers import check_golden, deep_derivation, loaded_templates, notes_derivation

import symntk
from symntk.cli import main
from symntk.errors import InputError
from symntk.render import escape, network_svg, render, render_collection

from conftest import ROOT

envmod = importlib.import_module("symntk.render.environment")
OTHERS = {"check", "worksheet", "present", "train", "kernel", "limit"}  # each covered by its own tests
OWNED = [p for p in (ROOT / "templates").rglob("*") if p.is_file()
         and not OTHERS & set(p.relative_to(ROOT / "templates").parts)]


@pytest.mark.parametrize("fmt, ext", [("tex", "tex"), ("md", "md")])
def test_notes_golden(fmt, ext):
    # Reviewed by hand against K = [[8, 12], [12, 19]], det = λ² − 27λ + 8, λ = (27 ∓ √697)/2.
    check_golden(f"notes.en.{ext}", render(notes_derivation(), fmt))


def test_golden_math_is_the_hand_calculation():
    md = (Path(__file__).parent / "golden" / "notes.en.md").read_text(encoding="utf-8")
    assert r"K_{1,2} &= [1 \cdot 2] + [0 \cdot 0] + [1 \cdot 1] + [0 \cdot 0] + [1 \cdot 2] + [2 \cdot 3]" \
           r" + [1 \cdot 1] = 12" in md
    assert r"K = \begin{bmatrix} 8 & 12 \\ 12 & 19 \end{bmatrix}" in md
    assert r"\lambda^{2} - 27 \lambda + 8 = 0" in md
    assert r"\frac{27 - \sqrt{697}}{2} \approx 0.29962" in md


def test_tex_document_and_fragment():
    doc = render(notes_derivation(), "tex", lang="is")
    assert doc.startswith(r"\documentclass") and r"\usepackage[icelandic]{babel}" in doc
    assert r"\usepackage[T1]{fontenc}" in doc and r"\begin{tikzpicture}" in doc
    frag = render(notes_derivation(), "tex", page="fragment")
    assert r"\documentclass" not in frag and r"\begin{document}" not in frag and r"\section*{1." in frag


def test_md_has_dollar_math_and_no_html():
    md = render(deep_derivation(), "md", lang="is")
    assert "$$\n\\begin{aligned}" in md and "<svg" not in md
    assert "## 1. Netið" in md


def test_jupyter_reprs_live_in_the_display_wrapper_not_in_the_data():
    shown = symntk.display(symntk.derive(symntk.notes_problem()), lang="is")
    assert "## 1. Netið" in shown._repr_markdown_() and "katex" not in shown._repr_markdown_().lower()
    assert r"\section*{1." in shown._repr_latex_()
    assert shown.render("md", page="fragment") == render(notes_derivation(), "md", "is", page="fragment")
    assert not any(hasattr(notes_derivation(), name) for name in ("render", "_repr_html_", "_repr_markdown_"))


def test_learner_text_is_escaped():
    problem = symntk.problem_from_dict({"title": r"50% of $x$ & {y} <b>\evil</b>", "network": {"widths": [1, 1]},
                                        "parameters": {"W1": 1, "b1": 0}, "data": {"x": [1]}})
    d = symntk.derivation(symntk.derive(problem))
    tex = render(d, "tex")
    assert r"50\% of \$x\$ \& \{y\} \textless{}b\textgreater{}\textbackslash{}evil" in tex
    html = render(d, "html")
    assert "<b>" not in html and "&lt;b&gt;" in html
    md = render(d, "md")
    assert "<b>" not in md and r"\$x\$" in md


@pytest.mark.parametrize("text, expected", [("a_b^c", r"a\_b\textasciicircum{}c"), ("~#", r"\textasciitilde{}\#")])
def test_tex_escape(text, expected):
    assert escape.tex(text) == expected


def test_network_svg_highlights_one_edge_and_one_bias():
    sol = symntk.derive(symntk.notes_problem())
    svg = network_svg(sol, highlight="W_2_1_2")
    assert svg.count('class="edge lit"') == 1 and 'class="edge lit" data-parameter="W_2_1_2"' in svg
    assert svg.count("<line") == 4  # W^{[1]} has 2 entries, W^{[2]} 2
    svg_b = network_svg(symntk.derivation(sol).step("network"), highlight=sympy.Symbol("b_1_2_1"))
    assert 'class="node lit" data-parameter="b_1_2_1"' in svg_b and 'class="edge lit"' not in svg_b


def test_teacher_override_and_strict_undefined(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "kernel_matrix.txt").write_text("((( number ))). MY KERNEL ((( step.matrix | matrix )))\n")
    out = render(notes_derivation(), "text", templates=tmp_path)
    assert "9. MY KERNEL [ 8  12]" in out.replace("⎡", "[").replace("⎤", "]")
    (tmp_path / "text" / "kernel_matrix.txt").write_text("((( step.no_such_field )))\n")
    with pytest.raises(InputError, match="kernel_matrix.txt"):
        render(notes_derivation(), "text", templates=tmp_path / ".")


def test_cli_writes_every_format(tmp_path, capsys):
    for fmt in ("tex", "md", "html", "text"):
        out = tmp_path / f"notes.{fmt}"
        assert main(["demo", "--format", fmt, "--lang", "is", "--out", str(out)]) == 0
        assert "12" in out.read_text(encoding="utf-8")
    assert main(["derive", str(ROOT / "examples" / "notes.toml"), "--format", "tex", "--fragment"]) == 0
    assert r"\documentclass" not in capsys.readouterr().out


@pytest.mark.slow
def test_every_owned_template_is_rendered():
    """Render every format, page and locale (plus the SVG) and record which files Jinja loaded."""
    with loaded_templates() as loaded:
        for lang in ("en", "is"):
            for fmt in ("text", "tex", "md", "html"):
                for page in ("document", "fragment"):
                    render(notes_derivation(), fmt, lang=lang, page=page)
                    render(deep_derivation(), fmt, lang=lang, page=page)
            network_svg(deep_derivation(), lang=lang)
            render_collection([("A", notes_derivation()), ("B", deep_derivation())], "tex", lang=lang, title="keys")
    missing = sorted(str(p.relative_to(ROOT)) for p in OWNED if p.resolve() not in loaded)
    assert not missing, f"templates never rendered: {missing}"

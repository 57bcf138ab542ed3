"""PDFs compile for real with the machine's TeX (pdflatex, no shell escape)."""

import shutil

import pytest
from render_helpers import deep_derivation, notes_derivation

from symntk.render import CompileError, compile_pdf, render
from symntk.render.pdf import log_errors

needs_tex = pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex is not installed (TeX Live)")


@pytest.mark.slow
@needs_tex
@pytest.mark.parametrize("which", ["notes", "deep"])
@pytest.mark.parametrize("lang", ["en", "is"])
def test_pdf_compiles(which, lang):
    derivation = notes_derivation() if which == "notes" else deep_derivation()
    pdf = render(derivation, "pdf", lang=lang)
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert len(pdf) > 20_000


@pytest.mark.slow
@needs_tex
def test_tex_fragment_compiles_inside_a_document():
    fragment = render(notes_derivation(), "tex", page="fragment")
    doc = ("\\documentclass{article}\\usepackage{amsmath,amssymb,tikz}\\usepackage[T1]{fontenc}"
           "\\DeclareUnicodeCharacter{03B8}{\\ensuremath{\\theta}}\\DeclareUnicodeCharacter{03BB}{\\ensuremath{\\lambda}}"
           "\\begin{document}\n" + fragment + "\n\\end{document}\n")
    assert compile_pdf(doc).startswith(b"%PDF-")


@needs_tex
def test_tex_errors_are_reported_with_log_lines():
    with pytest.raises(CompileError, match=r"Undefined control sequence"):
        compile_pdf("\\documentclass{article}\\begin{document}\\nosuchcommand\\end{document}\n")


@needs_tex
def test_shell_escape_is_off():
    doc = ("\\documentclass{article}\\begin{document}\\ifnum\\pdfshellescape=1 "
           "\\errmessage{shell escape is on}\\fi ok\\end{document}\n")
    assert compile_pdf(doc).startswith(b"%PDF-")


def test_log_errors_picks_error_lines():
    log = "This is pdfTeX\n(./doc.tex\n! Undefined control sequence.\nl.3 \\nosuch\n\nmore\n"
    assert log_errors(log) == ["! Undefined control sequence.", "l.3 \\nosuch"]


def test_missing_tex_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(CompileError, match="pdflatex was not found"):
        compile_pdf("\\documentclass{article}\\begin{document}x\\end{document}")


@pytest.mark.slow
@needs_tex
def test_cli_writes_pdf_file(tmp_path):
    from symntk.cli import main

    out = tmp_path / "notes.pdf"
    assert main(["demo", "--format", "pdf", "--lang", "is", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert not list(tmp_path.glob(".notes.pdf.*"))  # no temporary file left behind

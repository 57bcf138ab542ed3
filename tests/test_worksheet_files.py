"""A whole ``symntk worksheet`` run: every file, byte-identical for the same
arguments (PDFs included), PDFs that compile, and one-line errors for bad input."""

from __future__ import annotations

import csv
import io
import shutil
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import sympy

from symntk import derive, load_problem
from symntk.cli import main

ARGS = ["worksheet", "--seed", "42", "--variants", "2", "--activation", "relu", "--title", "Quiz 3"]
needs_tex = pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex (TeX Live) is not installed")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_same_arguments_give_byte_identical_text_outputs(tmp_path):
    assert main(ARGS + ["--out", str(tmp_path / "a"), "--no-pdf"]) == 0
    assert main(ARGS + ["--out", str(tmp_path / "b"), "--no-pdf"]) == 0
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert a == b
    expected = {"sheets.tex", "sheets.html", "moodle.xml", "overview.csv", "overview.md", "overview.html",
                ".symntk-run.json"}
    for label in ("01", "02"):
        expected |= {f"variants/{label}/{name}" for name in
                     ("problem.toml", "sheet.tex", "key.tex", "key.html", "key.md", "notes.md")}
    assert set(a) == expected
    c = tmp_path / "c"
    assert main(["worksheet", "--seed", "43", "--variants", "2", "--activation", "relu", "--out", str(c),
                 "--no-pdf"]) == 0
    assert _files(c)["moodle.xml"] != a["moodle.xml"]


@pytest.mark.slow
@needs_tex
def test_pdfs_compile_and_are_reproducible(tmp_path):
    assert main(ARGS + ["--out", str(tmp_path / "a")]) == 0
    assert main(ARGS + ["--out", str(tmp_path / "b")]) == 0
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    pdfs = sorted(name for name in a if name.endswith(".pdf"))
    assert pdfs == ["sheets.pdf", "variants/01/key.pdf", "variants/01/sheet.pdf", "variants/02/key.pdf",
                    "variants/02/sheet.pdf"]
    for name in pdfs:
        assert a[name].startswith(b"%PDF-") and b"%%EOF" in a[name][-32:]
    assert a == b


def test_problem_files_reproduce_the_keys(tmp_path):
    assert main(ARGS + ["--out", str(tmp_path), "--no-pdf"]) == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "overview.csv").read_text(encoding="utf-8"))))
    assert [r["variant"] for r in rows] == ["01", "02"]
    for row in rows:
        path = tmp_path / "variants" / row["variant"] / "problem.toml"
        assert tomllib.loads(path.read_text(encoding="utf-8"))["title"] == f"Quiz 3 — Variant {row['variant']}"
        K = derive(load_problem(path)).kernel
        n = K.rows
        assert [sympy.Integer(row[f"K_{r + 1}_{c + 1}"]) for r in range(n) for c in range(r, n)] == \
               [K[r, c] for r in range(n) for c in range(r, n)]
        key = (tmp_path / "variants" / row["variant"] / "key.tex").read_text(encoding="utf-8")
        assert key.startswith("\\documentclass") and "\\end{document}" in key
    ET.fromstring((tmp_path / "moodle.xml").read_bytes())
    sheet = (tmp_path / "sheets.tex").read_text(encoding="utf-8")
    assert sheet.count("\\section*{") == 2 and "Quiz 3" in sheet


def test_icelandic_run(tmp_path):
    assert main(["worksheet", "--seed", "1", "--variants", "1", "--lang", "is", "--out", str(tmp_path),
                 "--no-pdf"]) == 0
    sheet = (tmp_path / "sheets.tex").read_text(encoding="utf-8")
    assert "Afbrigði 01" in sheet and "Lítum á netið" in sheet and "Consider" not in sheet
    # no English left: the title is Icelandic and φ is written as a formula, not an English name
    assert "Neural Tangent Kernel" not in sheet and "identity" not in sheet and "\\varphi(z) = z" in sheet
    assert "vaxandi röð" in sheet  # the eigenvalues' order λ₁ ≤ λ₂ is stated
    assert "Afbrigði 01" in (tmp_path / "variants" / "01" / "problem.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("extra, message", [
    (["--widths", "1,x,1"], "--widths: expected comma-separated integers"),
    (["--param-range", "3"], "--param-range: expected LOW:HIGH"),
    (["--activation", "cosine"], "--activation: expected one of"),
    (["--points", "3"], "--points: expected at most 2 datapoints"),
    (["--lang", "fr"], "--lang: expected en or is"),
])
def test_bad_input_is_one_line_exit_2_and_nothing_written(tmp_path, capsys, extra, message):
    out = tmp_path / "out"
    assert main(["worksheet", "--out", str(out), "--no-pdf", *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("symntk: error: <options>: ") and message in err and err.count("\n") == 1
    assert not out.exists()


def test_letter_paper_and_bad_paper(tmp_path, capsys):
    assert main(["worksheet", "--seed", "2", "--variants", "1", "--paper", "letter", "--out", str(tmp_path),
                 "--no-pdf"]) == 0
    sheet = (tmp_path / "sheets.tex").read_text(encoding="utf-8")
    assert "letterpaper" in sheet and "a4paper" not in sheet and "\\fancyhead[L]" in sheet
    from symntk.errors import InputError
    from symntk.worksheet.options import WorksheetOptions

    with pytest.raises(InputError, match="--paper"):
        WorksheetOptions(paper="a3")

"""The combined answer key: every variant's key in one document, each starting on a new page
under the variant's name, which the page header repeats; it compiles with no overfull box
wider than 1 pt, and the run writes it (keys.tex, keys.pdf) only when asked."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from render_matrix import compile_log, overfull_boxes

from symntk.cli import main
from symntk.errors import InputError
from symntk.render import render
from symntk.steps import build_derivation
from symntk.worksheet import WorksheetOptions, combined_key, generate, run_files

needs_tex = pytest.mark.skipif(not shutil.which("pdflatex") or not shutil.which("pdftotext"),
                               reason="pdflatex and pdftotext are needed")


def _pages(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def test_the_combined_key_holds_each_variants_key_in_order():
    options = WorksheetOptions(seed=2, variants=3, numbers="halves")
    variants = generate(options)
    tex = combined_key(variants, options)
    start = 0
    for v in variants:
        body = render(build_derivation(v.solution), fmt="tex", page="fragment").split("\n", 1)[1]
        found = tex.find(body, start)
        assert found > start, v.label  # the variant's whole derivation, after the previous one's
        assert tex.count(f"\\renewcommand{{\\documentmark}}{{Variant {v.label}}}") == 1
        start = found + len(body)
    assert tex.count("\\clearpage") == len(variants) - 1


@needs_tex
@pytest.mark.parametrize("activation, widths, lang, name, title", [
    ("tanh", (1, 2, 1), "en", "Variant", "Neural Tangent Kernel: answer key"),
    ("identity", (1, 2, 2), "is", "Afbrigði", "Snertikjarni tauganets (NTK): lausnir")])
def test_the_combined_key_compiles_and_starts_each_variant_on_a_new_page(tmp_path, activation, widths, lang, name,
                                                                          title):
    options = WorksheetOptions(seed=1, variants=3, activation=activation, widths=widths, lang=lang)
    variants = generate(options)
    log = compile_log(combined_key(variants, options), tmp_path)
    assert [w for w in overfull_boxes(log) if w > 1] == []
    pages = _pages(tmp_path / "doc.pdf")
    headers = [page.strip().splitlines()[0] for page in pages]
    labels = [header.split(name)[-1].strip() for header in headers]
    assert all(name in header for header in headers)  # the variant on every page's header
    assert sorted(set(labels)) == [v.label for v in variants] and labels == sorted(labels)
    firsts = [k for k, label in enumerate(labels) if k == 0 or labels[k - 1] != label]
    for k in firsts:  # a key starts at the top of its first page: the title, then the variant's name
        lines = [line.strip() for line in pages[k].strip().splitlines()[1:] if line.strip()][:2]
        assert lines == [title, f"{name} {labels[k]}"], lines


def test_the_run_writes_the_combined_key_only_when_asked():
    options = WorksheetOptions(seed=2, variants=2)
    assert "keys.tex" not in run_files(generate(options), options, pdf=False)
    asked = WorksheetOptions(seed=2, variants=2, combined_key=True)
    files = run_files(generate(asked), asked, pdf=False)
    assert files["keys.tex"].decode() == combined_key(generate(asked), asked)


def test_cli_option_and_bad_value(tmp_path, capsys):
    assert main(["worksheet", "--seed", "2", "--variants", "2", "--combined-key", "--no-pdf",
                 "--out", str(tmp_path / "run")]) == 0
    assert (tmp_path / "run" / "keys.tex").is_file()
    with pytest.raises(InputError, match="--combined-key"):
        WorksheetOptions(combined_key="yes")


@needs_tex
def test_the_combined_key_pdf_from_python_is_reproducible():
    options = WorksheetOptions(seed=2, variants=2)
    variants = generate(options)
    first = combined_key(variants, options, "pdf")
    assert first.startswith(b"%PDF") and first == combined_key(variants, options, "pdf")
    with pytest.raises(InputError, match="--format"):
        combined_key(variants, options, "html")

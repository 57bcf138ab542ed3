"""Worksheet keys and sheets stay on the page: tanh keys (whose exact values are long) are
compiled with pdflatex and their logs parsed: no overfull box wider than 1 pt. Long exact
values are shown as decimals by the derivation's ``auto`` values (symntk.steps.shown)."""

import re
import shutil
import subprocess

import pytest

from symntk.worksheet import generate
from symntk.worksheet.documents import answer_key, student_sheet
from symntk.worksheet.options import WorksheetOptions

from conftest import ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
OVERFULL = re.compile(r"Overfull \\[hv]box \(([\d.]+)pt too (?:wide|high)")


def overfull(log: str) -> list[float]:
    """The widths of every overfull box a LaTeX log reports, in pt."""
    return [float(w) for w in OVERFULL.findall(log)]


def test_overfull_parser_reads_real_log_lines():
    log = "Overfull \\hbox (1114.9064pt too wide) in paragraph at lines 88--88\nUnderfull \\hbox (badness 10000)\n" \
          "Overfull \\vbox (3.2pt too high) has occurred while \\output is active"
    assert overfull(log) == [1114.9064, 3.2]


def _compile(tex: str, tmp_path, name: str) -> str:
    (tmp_path / f"{name}.tex").write_text(tex, encoding="utf-8")
    subprocess.run(["pdflatex", "-no-shell-escape", "-interaction=nonstopmode", f"{name}.tex"], cwd=tmp_path,
                   capture_output=True, timeout=120)
    assert (tmp_path / f"{name}.pdf").is_file(), (tmp_path / f"{name}.log").read_text(errors="replace")[-2000:]
    return (tmp_path / f"{name}.log").read_text(errors="replace")


@pytest.mark.slow
@pytest.mark.parametrize("activation, widths, lang", [("tanh", (1, 2, 1), "en"), ("sigmoid", (2, 2, 1), "is")])
def test_keys_and_sheets_have_no_overfull_box(tmp_path, activation, widths, lang):
    if not shutil.which("pdflatex"):
        pytest.skip("pdflatex is not installed")
    options = WorksheetOptions(seed=1, variants=2, activation=activation, widths=widths, lang=lang)
    variants = generate(options)
    for v in variants:
        log = _compile(answer_key(v, options, "tex"), tmp_path, f"key{v.label}")
        assert [w for w in overfull(log) if w > 1] == [], v.label
    log = _compile(student_sheet(variants, options, "tex"), tmp_path, "sheets")
    assert [w for w in overfull(log) if w > 1] == []
    if activation == "tanh" and shutil.which("pdftoppm"):
        ARTIFACTS.mkdir(exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "2", "-l", "2", str(tmp_path / "key01.pdf"),
                        str(ARTIFACTS / "worksheet-tanh-key01")], check=True)

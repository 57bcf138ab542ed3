"""Worksheet keys and sheets stay on the page: tanh keys (whose exact values are long) are
compiled with pdflatex and their logs parsed: no overfull box wider than 1 pt. Long exact
values are shown as decimals by the local exact-or-decimal rule (worksheet/decimals.py)."""

import re
import shutil
import subprocess

import pytest
import sympy

from symntk.worksheet import generate
from symntk.worksheet.decimals import MAX_EXACT, all_shown, decimal, is_short, shown
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


def test_exact_or_decimal_by_length():
    t = sympy.tanh(1)
    assert shown(sympy.Rational(3, 7)) == sympy.Rational(3, 7) and shown(1 - t ** 2) == 1 - t ** 2
    long = 3 - 3 * sympy.tanh(2) ** 2 + 5 * sympy.tanh(1) ** 4 - sympy.tanh(1) * sympy.tanh(2)
    assert len(sympy.sstr(long)) > MAX_EXACT and not is_short(long)
    d = shown(long)
    assert d.is_Float and abs(float(d) - float(sympy.N(long, 30))) < 1e-4 * abs(float(sympy.N(long)))
    values, exact = all_shown([sympy.Integer(2), long])
    assert not exact and all(v.is_Float for v in values)  # one step never mixes the two
    assert decimal(0) == 0


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

"""`symntk limit`: every format and locale, problems without [parameters], bad input, and the PDF."""

import json
import shutil
import subprocess

import pytest

from symntk.cli import main
from symntk.limit import derive_limit, render_limit
from symntk.problem import load_problem

from conftest import ROOT, write

NOTES_RELU = """
title = "The notes' network with relu"
[network]
widths = [1, 2, 1]
activation = "relu"
parameterization = "ntk"
[data]
x = [1, 2]
"""


@pytest.mark.parametrize("fmt", ["text", "md", "html", "tex", "json"])
@pytest.mark.parametrize("lang", ["en", "is"])
def test_formats(tmp_path, fmt, lang):
    path = write(tmp_path, NOTES_RELU)
    out = tmp_path / f"out.{fmt}"
    assert main(["limit", str(path), "--format", fmt, "--lang", lang, "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        data = json.loads(text)
        assert data["theta"][0][0] == "3" and data["theta"][1][1] == "6"
        assert data["theta_decimal"][0][1].startswith("3.85190579604319515829508699")
        return
    point = "." if lang == "en" else "," if fmt == "text" else "{,}"  # Icelandic: a decimal comma
    assert f"3{point}851905796" in text                            # Θ₁₂ to 10 digits
    assert ("arccos" in text) or ("\\arccos" in text)
    hidden = {"en": "hidden widths (2)", "is": "Huldubreiddir dæmisins (2)"}[lang]
    if fmt in ("text", "md", "tex"):
        assert hidden in text
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and "katex" in text.lower()


def test_notes_problem_with_parameters_and_standard_parameterization(capsys):
    assert main(["limit", str(ROOT / "examples" / "notes.toml")]) == 0
    text = capsys.readouterr().out
    assert "Its parameter values are not used either" in text
    assert "Θ₁,₁ = 5.0000" in text                               # identity: x² + 1 + x² + 1 + … = 5 at x = 1


def test_sigmas_and_errors(tmp_path, capsys):
    good = write(tmp_path, NOTES_RELU.replace('parameterization = "ntk"',
                                              'parameterization = "ntk"\nsigma_w = "3/2"\nsigma_b = 0.5'))
    assert main(["limit", str(good), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sigma_w"] == "3/2" and data["sigma_b"] == "1/2"
    bad = write(tmp_path, NOTES_RELU.replace('parameterization = "ntk"', 'parameterization = "standard"\nsigma_w = 2'),
                "bad.toml")
    assert main(["limit", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "network.sigma_w" in err and "bad.toml" in err
    negative = write(tmp_path, NOTES_RELU.replace('parameterization = "ntk"', 'parameterization = "ntk"\nsigma_b = -1'),
                     "neg.toml")
    assert main(["limit", str(negative)]) == 2
    assert "network.sigma_b" in capsys.readouterr().err
    assert main(["limit", str(good), "--format", "docx"]) == 2
    assert "--format" in capsys.readouterr().err
    assert main(["limit", str(tmp_path / "missing.toml")]) == 2


def test_tanh_says_there_is_no_closed_form(tmp_path, capsys):
    path = write(tmp_path, NOTES_RELU.replace('"relu"', '"tanh"'))
    assert main(["limit", str(path)]) == 0
    text = capsys.readouterr().out
    assert "no closed form" in text and "1.0·10^-13" in text


def overfull_boxes(tex: str, folder) -> int:
    (folder / "doc.tex").write_text(tex, encoding="utf-8")
    done = subprocess.run(["pdflatex", "-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"],
                          cwd=folder, capture_output=True)
    assert done.returncode == 0
    return (folder / "doc.log").read_text(encoding="utf-8", errors="replace").count("Overfull")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex is not installed")
@pytest.mark.parametrize("act", ["relu", "erf"])
def test_pdf_of_the_notes_architecture_has_no_overfull_boxes(tmp_path, act):
    path = write(tmp_path, NOTES_RELU.replace('"relu"', f'"{act}"'))
    derivation = derive_limit(load_problem(path, parameters_optional=True))
    for lang in ("en", "is"):
        folder = tmp_path / lang
        folder.mkdir()
        assert overfull_boxes(render_limit(derivation, "tex", lang), folder) == 0
        pdf = render_limit(derivation, "pdf", lang)
        assert pdf.startswith(b"%PDF")

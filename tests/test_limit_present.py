"""`symntk present --limit`: a slide with Θ and the sweep's table, then one slide per panel of its plot."""

import pytest

from symntk.cli import main

from conftest import write

PROBLEM = """
[network]
widths = [1, 2, 1]
activation = "erf"
parameterization = "ntk"
[random]
seed = 1
[data]
x = [1, 2]
"""


@pytest.mark.slow
@pytest.mark.parametrize("lang, title, activation", [("en", "Infinitely wide: the limit kernel", "erf"),
                                                     ("is", "Óendanlega breitt: markkjarninn", "erf")])
def test_limit_slides(tmp_path, lang, title, activation):
    pytest.importorskip("matplotlib")
    path = write(tmp_path, PROBLEM)
    out = tmp_path / "slides.html"
    assert main(["present", str(path), "--limit", "--lang", lang, "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    sections = html.split('<section class="slide')[1:]
    limit = [s for s in sections if 'data-figure="limit"' in s]
    plots = [s for s in sections if 'data-figure="limitplot"' in s]
    assert len(limit) == 1 and title in limit[0] and activation in limit[0]
    # the table: one row per width, numbers in the locale's decimal mark, the slope with a true minus
    assert limit[0].count("<tr>") == 5 and "<td>1024</td>" in limit[0]
    assert "−0" in limit[0] and "-0" not in limit[0].split("<table")[1]
    # Θ₁₁ of erf, depth 2, σ = 1 (2 arcsin(4/5)/π + 8/(3π) + 1), with the locale's decimal mark
    assert ("2.43916" in limit[0]) == (lang == "en")
    assert lang == "en" or "2{,}43916" in limit[0] or "2,43916" in limit[0]
    # then one slide per panel of the sweep's plot, each a projector-size SVG with a caption
    assert len(plots) == 2 and sections[-2:] == plots
    for slide in plots:
        assert slide.count("data:image/svg+xml;base64,") == 1 and "<figcaption>" in slide


def test_no_limit_slide_by_default(tmp_path):
    path = write(tmp_path, PROBLEM)
    out = tmp_path / "slides.html"
    assert main(["present", str(path), "--out", str(out)]) == 0
    assert 'data-figure="limit"' not in out.read_text(encoding="utf-8")

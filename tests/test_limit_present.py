"""`symntk present --limit`: the last slide shows Θ, the sweep's table and its plot."""

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
@pytest.mark.parametrize("lang, title", [("en", "Infinitely wide: the limit kernel"),
                                         ("is", "Óendanlega breitt: markkjarninn")])
def test_limit_slide(tmp_path, lang, title):
    pytest.importorskip("matplotlib")
    path = write(tmp_path, PROBLEM)
    out = tmp_path / "slides.html"
    assert main(["present", str(path), "--limit", "--lang", lang, "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    last = html[html.rindex('<section class="slide'):]
    assert title in last and 'data-figure="limit"' in last
    assert "1024" in last and "data:image/svg+xml;base64," in last
    # Θ₁₁ of erf, depth 2, σ = 1 (2 arcsin(4/5)/π + 8/(3π) + 1), with the locale's decimal mark
    assert ("2.43916" in last) == (lang == "en")
    assert lang == "en" or "2{,}43916" in last or "2,43916" in last


def test_no_limit_slide_by_default(tmp_path):
    path = write(tmp_path, PROBLEM)
    out = tmp_path / "slides.html"
    assert main(["present", str(path), "--out", str(out)]) == 0
    assert 'data-figure="limit"' not in out.read_text(encoding="utf-8")

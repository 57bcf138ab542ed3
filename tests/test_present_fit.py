"""Slides for a lecture hall, in Debian's headless Chromium: at 1280×720 and 1024×768 no slide
of any problem in the matrix (identity, relu, tanh, sigmoid, softplus, quadratic; depth 2–3; one
and two inputs and outputs; both parameterizations; en and is) overflows, and no formula, text
or figure label is set below 16 px (SVG text measured at its rendered scale). Screenshots of
three slides go to tests/artifacts/ for review."""

import shutil
from pathlib import Path

import pytest

import symntk
from symntk.present import present

from conftest import CHROMIUM, ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
VALUES = [1, -1, 2, 0.5, -2, 1.5, -0.5]

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package (test extra) is not installed")
if not (Path(CHROMIUM).is_file() or shutil.which("chromium")):
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium", allow_module_level=True)


def problem(activation, widths, parameterization="standard"):
    """A problem with small fixed values (a cycle through VALUES) and two labelled datapoints."""
    params = {}
    for l in range(1, len(widths)):
        params[f"W{l}"] = [[VALUES[(3 * i + j + l) % 7] for j in range(widths[l - 1])] for i in range(widths[l])]
        params[f"b{l}"] = [[VALUES[(i + l) % 7]] for i in range(widths[l])]
    n0, nL = widths[0], widths[-1]
    xs = [1, 2] if n0 == 1 else [[1] * n0, [0] + [1] * (n0 - 1)]
    ys = [0, 1] if nL == 1 else [[0] * nL, [1] * nL]
    return symntk.problem_from_dict({
        "network": {"widths": widths, "activation": activation, "parameterization": parameterization},
        "parameters": params, "data": {"x": xs, "y": ys}})


MATRIX = [
    ("identity", [1, 2, 1], "standard", "en"),
    ("relu", [2, 3, 2], "standard", "is"),
    ("tanh", [1, 2, 1], "ntk", "en"),
    ("tanh", [2, 3, 1], "standard", "is"),
    ("sigmoid", [2, 2, 1], "ntk", "en"),
    ("softplus", [1, 2, 2, 1], "standard", "en"),
    ("quadratic", [1, 2, 2], "standard", "is"),
    ("relu", [2, 2, 2, 1], "ntk", "en"),
]

MEASURE = """() => {
  const s = document.querySelector('.slide.active');
  const wide = [...s.querySelectorAll('.dm, .eq')].filter(e => e.scrollWidth > e.clientWidth + 1);
  const tall = s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1;
  let smallest = Infinity, what = '';
  for (const el of s.querySelectorAll('.katex, p, td, th, li, figcaption, h2, svg text')) {
    if (!el.getBoundingClientRect().width) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    const svg = el.closest('svg');
    if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width) {
      size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    }
    if (size < smallest) { smallest = size; what = el.textContent.slice(0, 30); }
  }
  return {overflow: tall || wide.length > 0, wide: wide.map(e => e.textContent.slice(0, 30)),
          smallest, what, title: s.dataset.title};
}"""


@pytest.mark.slow
@pytest.mark.parametrize("activation, widths, parameterization, lang", MATRIX,
                         ids=lambda v: "x".join(map(str, v)) if isinstance(v, list) else str(v))
def test_no_slide_overflows_or_sets_type_below_16px(browser, tmp_path, activation, widths, parameterization, lang):
    path = tmp_path / "slides.html"
    path.write_text(present(problem(activation, widths, parameterization), lang=lang, steps=20), encoding="utf-8")
    for width, height in ((1280, 720), (1024, 768)):
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(path.as_uri(), timeout=120_000)
        page.wait_for_function("document.body.dataset.slide === '1'", timeout=120_000)
        n = page.locator(".slide").count()
        bad = []
        for i in range(1, n + 1):
            page.wait_for_function(f"document.body.dataset.slide === '{i}'")
            m = page.evaluate(MEASURE)
            if m["overflow"] or m["smallest"] < 16:
                bad.append((width, i, m["title"], m["wide"], round(m["smallest"], 1), m["what"]))
            page.keyboard.press("ArrowRight")
        assert page.locator(".katex-error").count() == 0
        page.close()
        assert bad == []


@pytest.mark.slow
def test_a_long_step_continues_and_three_slides_are_saved(browser, tmp_path):
    # A [2,3,1] tanh net at 1024×768: the gradients do not fit one slide, so later ones say "(continued)";
    # no slide shrinks its type to fit (every .katex keeps the page's size).
    path = tmp_path / "tanh.html"
    path.write_text(present(problem("tanh", [2, 3, 1]), steps=20), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1024, "height": 768})
    page.goto(path.as_uri(), timeout=120_000)
    page.wait_for_function("document.body.dataset.slide === '1'", timeout=120_000)
    titles = page.eval_on_selector_all(".slide", "els => els.map(e => e.dataset.title)")
    assert any("(continued)" in t for t in titles)
    assert page.eval_on_selector_all(".slide", "els => els.filter(e => e.style.fontSize).length") == 0
    ARTIFACTS.mkdir(exist_ok=True)
    wanted = {"network": None, "kernel_matrix": None, "plot": None}
    for i in range(1, len(titles) + 1):
        figure = page.locator(f"#slide-{i}").get_attribute("data-figure")
        key = "network" if figure == "network" else "kernel_matrix" if figure == "heatmap" else figure
        if key in wanted and wanted[key] is None:
            wanted[key] = i
    for name, i in wanted.items():
        assert i is not None, name
        page.keyboard.type(str(i))
        page.keyboard.press("Enter")
        page.wait_for_function(f"document.body.dataset.slide === '{i}'")
        page.screenshot(path=str(ARTIFACTS / f"present-tanh-1024-{name}.png"))
        if name == "plot":  # tick labels are 18 pt in a 576 pt wide SVG: at least 16 px as shown
            shown = page.evaluate("() => document.querySelector('.slide.active img').getBoundingClientRect().width")
            assert 18 * shown / 576 >= 16
    page.close()

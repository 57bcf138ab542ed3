"""The step-through page in headless Chromium (Debian's /usr/bin/chromium via Playwright):
every slide reachable by keyboard, zero KaTeX errors, nothing loaded from the network,
screenshots saved under tests/artifacts/ for review."""

import shutil
from pathlib import Path

import pytest

import symntk
from symntk.present import present

from conftest import CHROMIUM, ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
NOTES_THETA = ["W_1_1_1", "W_1_2_1", "b_1_1_1", "b_1_2_1", "W_2_1_1", "W_2_1_2", "b_2_1_1"]

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package (test extra) is not installed")
if not (Path(CHROMIUM).is_file() or shutil.which("chromium")):
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium", allow_module_level=True)


def _open(browser, html, tmp_path, name):
    path = tmp_path / f"{name}.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1600, "height": 900})
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    page.wait_for_function("document.body.dataset.slide === '1'")
    return page, requests


def _state(page):
    return page.inner_text("#counter"), page.locator(".slide.active").get_attribute("id")


@pytest.mark.slow
def test_notes_page_every_slide_by_keyboard(browser, tmp_path):
    html = present(symntk.notes_problem(), labels=[0, 1], steps=30, lr=0.02)
    page, requests = _open(browser, html, tmp_path, "notes")
    n = page.locator(".slide").count()
    assert page.locator(".katex-error").count() == 0
    assert page.locator(".symntk .m, .symntk .dm").count() > 20
    assert page.locator(".symntk .m:not([data-done]), .symntk .dm:not([data-done])").count() == 0  # all typeset
    ARTIFACTS.mkdir(exist_ok=True)
    lit_seen = []
    keys = ["ArrowRight", " ", "PageDown"]
    for i in range(1, n + 1):
        assert _state(page) == (f"{i} / {n}", f"slide-{i}")
        assert page.locator(".slide:visible").count() == 1
        lit = page.locator(".slide.active svg line.lit, .slide.active svg circle.lit")
        if lit.count():
            lit_seen.append(lit.first.get_attribute("data-parameter"))
        if page.locator(".slide.active").get_attribute("data-figure") in ("network", "heatmap", "training"):
            page.screenshot(path=str(ARTIFACTS / f"present-notes-{i:02d}.png"))
        page.keyboard.press(keys[i % len(keys)])
    assert _state(page) == (f"{n} / {n}", f"slide-{n}")  # the last slide stays
    assert lit_seen == NOTES_THETA
    page.keyboard.press("ArrowLeft")
    assert _state(page) == (f"{n - 1} / {n}", f"slide-{n - 1}")
    page.keyboard.press("Home")
    assert _state(page)[0] == f"1 / {n}"
    page.mouse.click(800, 450)
    assert _state(page)[0] == f"2 / {n}"
    page.keyboard.type("12")
    page.keyboard.press("Enter")
    assert _state(page)[0] == f"12 / {n}"
    page.select_option("#jump", str(n - 1))
    assert _state(page)[0] == f"{n} / {n}"
    page.keyboard.press("End")
    assert page.evaluate("location.hash") == f"#{n}"
    assert all(url.startswith(("file:", "data:")) for url in requests), requests
    assert page.locator(".katex-error").count() == 0
    page.close()


@pytest.mark.slow
def test_icelandic_two_output_page(browser, tmp_path):
    problem = symntk.problem_from_dict({
        "network": {"widths": [2, 3, 2], "activation": "relu"},
        "parameters": {"W1": [[1, -1], [0.5, 1], [-1, 2]], "b1": [[0], [1], [0.5]],
                       "W2": [[1, 0, -1], [0.5, 1, 1]], "b2": [[0], [1]]},
        "data": {"x": [[1, 0], [0, 1], [1, 1]], "y": [[0, 1], [1, 0], [1, 1]]},
    })
    page, _ = _open(browser, present(problem, lang="is", steps=20), tmp_path, "relu")
    n = page.locator(".slide").count()
    for i in range(2, n + 1):
        page.keyboard.press("ArrowRight")
        assert _state(page) == (f"{i} / {n}", f"slide-{i}")
        assert page.locator(".slide.active .katex-error").count() == 0
    assert page.locator(".slide.active h2").inner_text().startswith("13")
    page.screenshot(path=str(ARTIFACTS / "present-relu-is-last.png"))
    page.close()


@pytest.mark.slow
def test_every_slide_fits_a_projector_screen(browser, tmp_path):
    # 1024 × 768: the page shrinks a slide's type until nothing overflows (never below half size).
    html = present(symntk.notes_problem(), labels=[0, 1], steps=30, lr=0.02)
    path = tmp_path / "fit.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1024, "height": 768})
    page.goto(path.as_uri())
    n = page.locator(".slide").count()
    for i in range(1, n + 1):
        page.wait_for_function(f"document.body.dataset.slide === '{i}'")
        overflow = page.evaluate("""() => {
          const s = document.querySelector('.slide.active');
          const wide = [...s.querySelectorAll('.dm')].some(e => e.scrollWidth > e.clientWidth + 1);
          return wide || s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1;
        }""")
        assert not overflow, f"slide {i} overflows"
        page.keyboard.press("ArrowRight")
    page.close()

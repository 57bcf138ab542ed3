"""HTML pages: self-contained, offline, and free of KaTeX errors in a real browser."""

import re
import shutil
from pathlib import Path

import pytest
from render_helpers import deep_derivation, notes_derivation

from symntk.render import katex_css, katex_version, render
from symntk.render.assets import KATEX_DIR


def test_katex_is_vendored_with_licence():
    assert (KATEX_DIR / "LICENSE").read_text().startswith("The MIT License")
    assert re.fullmatch(r"\d+\.\d+\.\d+", katex_version())
    css = katex_css()
    assert "url(fonts/" not in css and css.count("data:font/woff2;base64,") >= 19


@pytest.mark.parametrize("lang", ["en", "is"])
def test_page_is_self_contained(lang):
    html = render(notes_derivation(), "html", lang=lang)
    assert html.startswith("<!DOCTYPE html>") and f'<html lang="{lang}">' in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<svg" in html and html.count('class="dm"') >= 10


@pytest.mark.parametrize("which", ["notes", "deep"])
@pytest.mark.parametrize("lang", ["en", "is"])
@pytest.mark.parametrize("page", ["document", "fragment"])
def test_katex_renders_without_errors(browser, tmp_path, which, lang, page):
    derivation = notes_derivation() if which == "notes" else deep_derivation()
    html = render(derivation, "html", lang=lang, page=page)
    if page == "fragment":
        html = f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{html}</body></html>"
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    tab = browser.new_page()
    requests = []
    tab.on("request", lambda r: requests.append(r.url))
    console = []
    tab.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    tab.goto(path.as_uri())
    tab.wait_for_function("document.querySelectorAll('.m, .dm').length === "
                          "document.querySelectorAll('[data-done]').length")
    maths = tab.locator(".m, .dm").count()
    assert maths > 20
    assert tab.locator(".katex-error").count() == 0
    assert tab.locator(".katex").count() >= maths
    assert tab.locator("figure.network svg line.edge").count() > 0
    assert not console, console
    assert all(u.startswith(("file:", "data:")) for u in requests), requests
    tab.close()


def test_shutil_which_chromium_matches_path():
    if shutil.which("chromium") is None:
        pytest.skip("chromium is not installed")
    assert Path(shutil.which("chromium")).resolve().exists()

"""The HTML feedback sheet is one offline page whose math KaTeX renders without errors."""

from symntk.cli import main

from conftest import ROOT


def test_check_report_math_renders(browser, tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["check", str(ROOT / "examples" / "notes.md"), "--format", "html", "--out", str(out)]) == 1
    capsys.readouterr()
    tab = browser.new_page()
    requests = []
    tab.on("request", lambda r: requests.append(r.url))
    tab.goto(out.as_uri())
    tab.wait_for_function("document.querySelectorAll('.m').length === document.querySelectorAll('[data-done]').length")
    maths = tab.locator(".m").count()
    assert maths > 10
    assert tab.locator(".katex-error").count() == 0
    assert tab.locator(".katex").count() >= maths
    assert tab.locator("li.wrong").count() + tab.locator("li.carried").count() == 12  # 3 wrong, 9 carried
    assert all(u.startswith(("file:", "data:")) for u in requests), requests
    tab.close()

"""The vendored KaTeX (``assets/katex``: version in ``VERSION``, licence in
``LICENSE``) inlined into one offline HTML page.

The stylesheet's font URLs are replaced by ``data:`` URIs of the woff2 fonts
(the other font formats are dropped), so a page needs no network and no
files beside it.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path

KATEX_DIR = Path(__file__).resolve().parent / "assets" / "katex"
_SRC = re.compile(r"src:url\(fonts/([A-Za-z0-9_-]+)\.woff2\)[^;}]*")


def katex_version() -> str:
    """The vendored KaTeX version, e.g. ``0.19.1``."""
    return (KATEX_DIR / "VERSION").read_text(encoding="utf-8").strip()


@lru_cache(maxsize=1)
def katex_css() -> str:
    """katex.min.css with each font as a woff2 ``data:`` URI."""
    css = (KATEX_DIR / "katex.min.css").read_text(encoding="utf-8")

    def inline(match: re.Match) -> str:
        data = (KATEX_DIR / "fonts" / f"{match.group(1)}.woff2").read_bytes()
        return f'src:url(data:font/woff2;base64,{base64.b64encode(data).decode()}) format("woff2")'

    return _SRC.sub(inline, css)


@lru_cache(maxsize=1)
def katex_js() -> str:
    """katex.min.js, safe to place inside a ``<script>`` element."""
    return (KATEX_DIR / "katex.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script")


# Renders every element of class "m" (inline) or "dm" (display) from its text;
# errors are shown in place (class katex-error) rather than thrown.
RENDER_JS = """(function () {
  function run() {
    document.querySelectorAll('.symntk .m, .symntk .dm').forEach(function (el) {
      if (el.dataset.done) { return; }
      katex.render(el.textContent, el, {displayMode: el.classList.contains('dm'), throwOnError: false,
                                        strict: 'ignore', trust: false});
      el.dataset.done = '1';
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', run); } else { run(); }
})();"""


def katex_head() -> str:
    """``<style>`` and ``<script>`` elements that make a page render its math offline."""
    # An AMD loader on the page (classic Jupyter has require.js) would keep katex.min.js
    # from defining the global ``katex``; hide ``define`` while it runs.
    return (f"<style>{katex_css()}</style>\n"
            "<script>window.__symntkDefine = window.define; window.define = undefined;</script>\n"
            f"<script>{katex_js()}</script>\n"
            "<script>window.define = window.__symntkDefine;</script>\n"
            f"<script>{RENDER_JS}</script>")

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture
def root() -> Path:
    return ROOT


def write(tmp_path: Path, text: str, name: str = "problem.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium driven by Playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (Debian package chromium)")
    playwright = pytest.importorskip("playwright.sync_api", reason="the playwright package (test extra) is missing")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def grows_linearly(run, build, n: int) -> bool:
    """Whether ``run(build(size))`` takes time linear in ``size``: the best of two runs at ``8 n`` within 20 times
    the best at ``n``, plus half a second for a loaded machine (linear is 8 times; quadratic 64 times, and the sizes
    are chosen so that quadratic takes seconds). A ratio, not a wall-clock limit, so a busy CI machine does not
    fail it."""
    import time

    def best(size: int) -> float:
        data = build(size)
        times = []
        for _ in range(2):
            start = time.perf_counter()
            run(data)
            times.append(time.perf_counter() - start)
        return min(times)

    small, big = best(n), best(8 * n)
    return big < 20 * small + 0.5

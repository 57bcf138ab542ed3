"""How fast symntk refuses hostile problem files (tests/hostile/problems and the
generated huge cases): each one through the CLI in process, slowest first.

    python bench/hostile_speed.py
"""

import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_hostile_problems import CORPUS, GENERATED  # noqa: E402

from symntk.cli import main  # noqa: E402


def timed(path: Path) -> tuple[float, int]:
    err = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stderr(err):
        code = main(["derive", str(path)])
    return time.perf_counter() - started, code


def main_bench() -> None:
    main(["derive", str(ROOT / "examples" / "notes.toml"), "--format", "json", "--out", "/dev/null"])  # warm up
    rows = [(path.name, *timed(path)) for path in sorted(CORPUS.iterdir())]
    with tempfile.TemporaryDirectory() as tmp:
        for name, (make, _) in GENERATED.items():
            path = Path(tmp) / name
            path.write_bytes(make())
            rows.append((name, *timed(path)))
    rows.sort(key=lambda r: -r[1])
    for name, seconds, code in rows[:12]:
        print(f"{seconds * 1000:9.1f} ms  exit {code}  {name}")
    print(f"{len(rows)} files, total {sum(r[1] for r in rows):.2f} s, median {rows[len(rows) // 2][1] * 1000:.1f} ms")


if __name__ == "__main__":
    main_bench()

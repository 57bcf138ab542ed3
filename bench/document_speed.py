"""Time `symntk derive` in auto values for the issue-12 targets, in fresh processes (import included).

Targets (2 cores): every network the exact engine accepts renders in under 5 s in every format
(text, tex, pdf, html, md, json), among them a [1,8,8,1] tanh net with 3 points and a [3,6,6,6,1]
sigmoid net with 3 points; a refusal comes from the up-front estimate in under 1 s. The machine
is often shared: compare user CPU seconds with the wall-clock seconds printed beside them.

    python bench/document_speed.py                 # every problem, every format
    python bench/document_speed.py --formats json  # some formats only
    python bench/document_speed.py --root /other/checkout   # time another checkout's code
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("text", "tex", "pdf", "html", "md", "json")
PROBLEMS = {
    "tanh [1,8,8,1], 3 points": '[network]\nwidths = [1, 8, 8, 1]\nactivation = "tanh"\n[random]\nseed = 0\n'
                                '[data]\nx = [1, 0, -1]\n',
    "sigmoid [3,6,6,6,1], 3 points": '[network]\nwidths = [3, 6, 6, 6, 1]\nactivation = "sigmoid"\n[random]\n'
                                     'seed = 0\n[data]\nx = [[1, 0, 1], [0, 1, -1], [2, 1, 0]]\n',
    "tanh [2,3,1], 2 points": '[network]\nwidths = [2, 3, 1]\nactivation = "tanh"\n[random]\nseed = 0\n'
                              '[data]\nx = [[1, 2], [0, -1]]\n',
    "relu [4,30,30,1], 3 points": '[network]\nwidths = [4, 30, 30, 1]\nactivation = "relu"\n[random]\nseed = 0\n'
                                  '[data]\nx = [[1, 2, 0, -1], [0, -1, 2, 1], [2, 0, 1, 1]]\n',
    "refused: tanh [4,40,40,1]": '[network]\nwidths = [4, 40, 40, 1]\nactivation = "tanh"\n[random]\nseed = 0\n'
                                 '[data]\nx = [[1, 2, 3, 4], [0, -1, 0, 1]]\n',
}


def timed(args: list[str], root: Path = ROOT) -> tuple[float, float, int]:
    """(wall seconds, child user+system CPU seconds, exit code) of one run of ``root``'s code."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "symntk", *args], cwd=root, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated formats")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose code is timed")
    parser.add_argument("--only", default="", help="only problems whose name contains this text")
    opts = parser.parse_args()
    print(f"{'problem':34} {'format':6} {'wall s':>7} {'cpu s':>7} {'exit':>5}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in PROBLEMS.items():
            if opts.only not in name:
                continue
            path = Path(tmp) / "p.toml"
            path.write_text(text)
            for fmt in opts.formats.split(","):
                out = Path(tmp) / f"out.{fmt}"
                wall, cpu, code = timed(["derive", str(path), "--format", fmt, "--out", str(out)], opts.root)
                print(f"{name:34} {fmt:6} {wall:7.2f} {cpu:7.2f} {code:5d}", flush=True)
                if code:
                    break


if __name__ == "__main__":
    main()

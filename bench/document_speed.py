"""Time `symntk derive` in auto values for the issue-12 targets, in fresh processes (import included).

Targets (2 cores): every network the exact engine accepts renders in under 5 s, among them
`--format json` of a [1,8,8,1] tanh net with 3 points and a [3,6,6,6,1] sigmoid net with 3
points; a refusal comes from the up-front estimate in under 1 s. The machine is often shared:
compare user CPU seconds with the wall-clock seconds printed beside them.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBLEMS = {
    "tanh [1,8,8,1], 3 points": '[network]\nwidths = [1, 8, 8, 1]\nactivation = "tanh"\n[random]\nseed = 0\n'
                                '[data]\nx = [1, 0, -1]\n',
    "sigmoid [3,6,6,6,1], 3 points": '[network]\nwidths = [3, 6, 6, 6, 1]\nactivation = "sigmoid"\n[random]\n'
                                     'seed = 0\n[data]\nx = [[1, 0, 1], [0, 1, -1], [2, 1, 0]]\n',
    "tanh [2,3,1], 2 points": '[network]\nwidths = [2, 3, 1]\nactivation = "tanh"\n[random]\nseed = 0\n'
                              '[data]\nx = [[1, 2], [0, -1]]\n',
    "refused: tanh [4,40,40,1]": '[network]\nwidths = [4, 40, 40, 1]\nactivation = "tanh"\n[random]\nseed = 0\n'
                                 '[data]\nx = [[1, 2, 3, 4], [0, -1, 0, 1]]\n',
}


def timed(args: list[str]) -> tuple[float, float, int]:
    """(wall seconds, child user+system CPU seconds, exit code) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "symntk", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.returncode


def main() -> None:
    print(f"{'problem':34} {'format':6} {'wall s':>7} {'cpu s':>7} {'exit':>5}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in PROBLEMS.items():
            path = Path(tmp) / "p.toml"
            path.write_text(text)
            for fmt in ("json", "tex", "text"):
                wall, cpu, code = timed(["derive", str(path), "--format", fmt])
                print(f"{name:34} {fmt:6} {wall:7.2f} {cpu:7.2f} {code:5d}", flush=True)
                if code:
                    break


if __name__ == "__main__":
    main()

"""Time `symntk derive` in fresh processes (import time included).

Targets: the notes' exercise under 1 s; a [2,3,3,1] tanh problem under 5 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TANH = """
[network]
widths = [2, 3, 3, 1]
activation = "tanh"
[random]
seed = 0
[data]
x = [[1, 2], [0, -1], [2, 1]]
"""


def timed(args: list[str], repeat: int = 5) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "symntk", *args], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tanh = Path(tmp) / "tanh.toml"
        tanh.write_text(TANH)
        rows = [("notes' exercise (text)", ["derive", str(ROOT / "examples/notes.toml")], 1.0),
                ("notes' exercise (json)", ["derive", str(ROOT / "examples/notes.toml"), "--format", "json"], 1.0),
                ("[2,3,3,1] tanh, 3 points", ["derive", str(tanh)], 5.0)]
        print(f"{'problem':32} {'median s':>9} {'best s':>8} {'target s':>9}")
        for name, args, target in rows:
            median, best = timed(args)
            print(f"{name:32} {median:9.3f} {best:8.3f} {target:9.1f}  {'ok' if median < target else 'SLOW'}")


if __name__ == "__main__":
    main()

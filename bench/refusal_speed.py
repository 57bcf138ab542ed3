"""Time a refusal end to end: `symntk derive` of a problem far too large for exact mode, in fresh
processes, and the modules it imports (``python -X importtime``).

Target (issue 12): a refusal comes from the up-front estimate in under 1 s. The estimate reads the
file's shape with the standard library (symntk.sizes) and runs before SymPy is imported, which
alone takes about 0.8 s of CPU. The machine is often shared: the CPU seconds are the number to
compare; the wall-clock seconds beside them include waiting for a core.

    python bench/refusal_speed.py            # 5 runs, then the slowest imports of one run
    python bench/refusal_speed.py --runs 10
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBLEM = ('[network]\nwidths = [4, 40, 40, 1]\nactivation = "tanh"\n[random]\nseed = 0\n'
           '[data]\nx = [[1, 2, 3, 4], [0, -1, 0, 1]]\n')


def run(args: list[str], root: Path) -> tuple[float, float, int, str]:
    """(wall s, CPU s, exit code, stderr) of one fresh ``python ARGS`` run of ``root``'s code."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], cwd=root, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.returncode, done.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose code is timed")
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "huge.toml"
        path.write_text(PROBLEM)
        base = [run(["-c", "pass"], opts.root) for _ in range(opts.runs)]
        rows = [run(["-m", "symntk", "derive", str(path)], opts.root) for _ in range(opts.runs)]
        codes = {r[2] for r in rows}
        print(f"{'':28} {'wall s (median)':>15} {'cpu s (median)':>15} {'cpu s (max)':>12}")
        for name, data in (("python -c pass", base), ("symntk derive (refused)", rows)):
            print(f"{name:28} {statistics.median(r[0] for r in data):15.3f} "
                  f"{statistics.median(r[1] for r in data):15.3f} {max(r[1] for r in data):12.3f}")
        print(f"exit codes {sorted(codes)}; message: {rows[0][3].strip()[:120]}…")
        _, _, _, trace = run(["-X", "importtime", "-m", "symntk", "derive", str(path)], opts.root)
    imports = []
    for line in trace.splitlines():
        parts = line.split("|")
        if line.startswith("import time:") and len(parts) == 3 and parts[1].strip().isdigit():
            imports.append((int(parts[1]), parts[2].rstrip()))
    top = sorted(imports, reverse=True)[:12]
    print(f"sympy imported: {any(name.strip() == 'sympy' for _, name in imports)}; the 12 largest "
          "cumulative imports (µs):")
    for us, name in top:
        print(f"  {us:9d} {name}")


if __name__ == "__main__":
    main()

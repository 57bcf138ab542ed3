"""The up-front estimate against measured time: for every activation and a range of sizes, the
estimate's verdict and how long `symntk derive` (auto values) takes in a fresh process.

The target (issue 12): every network the estimate accepts renders in auto in under 5 s on 2 cores
(import included), and a refusal comes from the estimate in under 1 s. A row is flagged ``SLOW``
when an accepted network took 5 s or more, ``REFUSED LATE`` when a refusal took 1 s or more, and
``MISSED`` when the estimate accepted a network that then ran out of its symbolic-work budget.
The flags go by CPU seconds (the work is single-threaded, so on an idle machine they are the
wall-clock seconds): the machine is often shared, and then the wall clock says little.

    python bench/estimate_speed.py                         # every activation and size, json,tex,text
    python bench/estimate_speed.py --only relu --formats tex
    python bench/estimate_speed.py --estimate-only         # the verdicts alone (no runs)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACTIVATIONS = ("identity", "relu", "tanh", "sigmoid", "softplus", "quadratic")
SIZES = ([2, 3, 1], [1, 8, 8, 1], [2, 3, 3, 2], [4, 30, 1], [8, 60, 1], [2, 10, 10, 1], [3, 6, 6, 6, 1],
         [2, 10, 10, 2], [4, 30, 30, 1], [1, 40, 40, 1], [4, 12, 12, 12, 1], [4, 40, 40, 1], [3, 8, 8, 8, 8, 1],
         [6, 20, 20, 20, 1], [4, 45, 45, 1], [4, 48, 48, 1], [2, 30, 30, 2])
POINTS = 3
TIMEOUT = 30.0


def problem(widths: list[int], activation: str, points: int = POINTS) -> dict:
    """A problem with seeded random parameters and ``points`` small integer datapoints."""
    n0 = widths[0]
    xs = [[((i + 2 * j) % 5) - 2 for j in range(n0)] for i in range(points)]
    return {"network": {"widths": widths, "activation": activation}, "random": {"seed": 0},
            "data": {"x": [x[0] if n0 == 1 else x for x in xs]}}


def toml(data: dict) -> str:
    """The problem as TOML (JSON arrays and strings are TOML values)."""
    net, data_x = data["network"], data["data"]["x"]
    return (f"[network]\nwidths = {json.dumps(net['widths'])}\nactivation = \"{net['activation']}\"\n"
            f"[random]\nseed = 0\n[data]\nx = {json.dumps(data_x)}\n")


def verdict(data: dict, root: Path) -> tuple[int, bool]:
    """(the estimate, whether it accepts) from ``root``'s code, in a child process."""
    code = ("import json, sys; from symntk.problem import problem_from_dict; from symntk import budget; "
            "p = problem_from_dict(json.loads(sys.argv[1]))\ntry:\n budget.check_exact_budget(p); ok = 1\n"
            "except budget.TooLargeError:\n ok = 0\nprint(budget.estimate_work(p), ok)")
    out = subprocess.run([sys.executable, "-c", code, json.dumps(data)], cwd=root, capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": str(root)}, check=True).stdout.split()
    return int(out[0]), out[1] == "1"


def timed(args: list[str], root: Path) -> tuple[float, float, int, str]:
    """(wall s, child CPU s, exit code, last stderr line) of one ``symntk`` run in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", "symntk", *args], cwd=root, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, env=env, timeout=TIMEOUT)
        code, err = done.returncode, (done.stderr.strip().splitlines() or [""])[-1]
    except subprocess.TimeoutExpired:
        code, err = -1, f"killed after {TIMEOUT:.0f} s"
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), code, err


def flag(accepted: bool, seconds: float, code: int, err: str) -> str:
    """The row's verdict on ``seconds`` of CPU (the wall clock of a shared machine says little)."""
    if accepted and code == 0:
        return "SLOW" if seconds >= 5 else "ok"
    if accepted:
        return "MISSED" if "took longer" in err or code == -1 else f"exit {code}"
    return "REFUSED LATE" if seconds >= 1 else "refused"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", default="json,tex,text", help="comma-separated derive formats")
    parser.add_argument("--only", default="", help="only configurations whose name contains this text")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose code is timed")
    parser.add_argument("--estimate-only", action="store_true", help="print the verdicts without running")
    parser.add_argument("--refused", action="store_true", help="also time the refused configurations")
    parser.add_argument("--above", type=int, default=0, help="only configurations estimated above this")
    opts = parser.parse_args()
    print(f"{'configuration':32} {'work':>13} {'verdict':8} {'format':6} {'wall s':>7} {'cpu s':>7}  flag")
    with tempfile.TemporaryDirectory() as tmp:
        for widths in SIZES:
            for act in ACTIVATIONS:
                name = f"{act} [{','.join(map(str, widths))}]"
                if opts.only not in name:
                    continue
                data = problem(widths, act)
                work, accepted = verdict(data, opts.root)
                if work <= opts.above:
                    continue
                head = f"{name:32} {work:13,d} {'accept' if accepted else 'refuse':8}"
                if opts.estimate_only or not (accepted or opts.refused):
                    print(head, flush=True)
                    continue
                path = Path(tmp) / "p.toml"
                path.write_text(toml(data))
                for fmt in opts.formats.split(","):
                    wall, cpu, code, err = timed(["derive", str(path), "--format", fmt, "--out",
                                                  str(Path(tmp) / f"out.{fmt}")], opts.root)
                    print(f"{head} {fmt:6} {wall:7.2f} {cpu:7.2f}  {flag(accepted, cpu, code, err)}", flush=True)
                    if not accepted or code:
                        break


if __name__ == "__main__":
    main()

"""Time and peak memory of every hostile case: each problem file of tests/hostile/problems
and the generated huge ones (``symntk derive``), and each command line of
tests/hostile/cases.py. Every case runs in its own forked process (symntk already
imported, so the numbers are the case's own work), measured with ``wait4``: wall time
and the child's peak resident memory.

    python bench/hostile_speed.py            # every case, one line each, slowest first
    python bench/hostile_speed.py --fast     # without the cases that compile LaTeX
"""

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from hostile.cases import CASES  # noqa: E402
from test_hostile_problems import CORPUS, GENERATED  # noqa: E402

import symntk.cli  # noqa: E402, F401  (imported before forking: each child measures only its case)


def forked(args: list[str], cwd: Path) -> tuple[float, int, int]:
    """(seconds, exit code, peak resident MiB) of ``symntk ARGS`` in a forked child."""
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: run the command with its output thrown away
        try:
            os.chdir(cwd)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            code = symntk.cli.main(args)
        except BaseException:
            code = 99
        os._exit(code)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - started
    return seconds, os.waitstatus_to_exitcode(status), usage.ru_maxrss // 1024


def rows(fast: bool) -> list[tuple[str, float, int, int]]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(CORPUS.iterdir()):
            out.append((f"problems/{path.name}", *forked(["derive", str(path)], Path(tmp))))
        for name, (make, _) in GENERATED.items():
            path = Path(tmp) / name
            path.write_bytes(make())
            out.append((f"generated/{name}", *forked(["derive", str(path)], Path(tmp))))
            path.unlink()
    for case in CASES:
        if fast and case.slow:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            out.append((f"cases/{case.name}", *forked(case.make(Path(tmp)), Path(tmp))))
    return out


def main(argv: list[str]) -> None:
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    measured = rows("--fast" in argv)
    measured.sort(key=lambda r: -r[1])
    print(f"{'seconds':>8}  {'peak MiB':>8}  exit  case")
    for name, seconds, code, mib in measured:
        print(f"{seconds:8.2f}  {mib:8d}  {code:4d}  {name}")
    total = sum(r[1] for r in measured)
    print(f"{len(measured)} cases, total {total:.1f} s, slowest {measured[0][1]:.2f} s, "
          f"largest peak {max(r[3] for r in measured)} MiB (of which {base} MiB is Python with symntk imported)")


if __name__ == "__main__":
    main(sys.argv[1:])

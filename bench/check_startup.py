"""How long a learner waits for ``symntk check``: CLI wall time, import time by package, regex compiling, first claim.

    PYTHONPATH=. python bench/check_startup.py [FILE] [--runs 5]

Every number is the median of ``--runs`` fresh processes (FILE defaults to examples/notes.md):

* the wall time of ``python -m symntk check FILE`` (start-up, the checking child process and the report);
* the peer: the wall time of ``python -c "import sympy"``, the floor any SymPy-based checker pays;
* ``import symntk.check`` by ``-X importtime``: the modules' own time summed per top package (sympy with mpmath,
  lark, symntk.check.*, the rest of symntk, everything else);
* the time spent compiling regular expressions (``re``'s compiler, i.e. cache misses) while importing
  symntk.check and while checking FILE afterwards;
* the time from launching the process to the first judged claim, and to the end of ``check_path``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "examples" / "notes.md"
BUCKETS = ("sympy", "lark", "symntk.check", "symntk (other)", "other")

# Run in a fresh process: times re's compiler, the import, the first judged claim and the whole check.
_PROBE = r"""
import json, re, sys, time
launched = float(sys.argv[1])
spent = {"regex": 0.0, "count": 0}
_compile = re._compiler.compile
def timed(*args, **kwargs):
    start = time.perf_counter()
    try:
        return _compile(*args, **kwargs)
    finally:
        spent["regex"] += time.perf_counter() - start
        spent["count"] += 1
re._compiler.compile = timed
start = time.perf_counter()
import symntk.check as check
out = {"import": time.perf_counter() - start, "import_regex": spent["regex"], "import_patterns": spent["count"]}
spent.update(regex=0.0, count=0)
first = []
judge = check.judge
def judged(*args, **kwargs):
    found = judge(*args, **kwargs)
    if found is not None and not first:
        first.append(time.time() - launched)
    return found
check.judge = judged
check.check_path(sys.argv[2], None)
out.update(first_claim=first[0] if first else float("nan"), done=time.time() - launched,
           check_regex=spent["regex"], check_patterns=spent["count"])
print(json.dumps(out))
"""


def _env() -> dict[str, str]:
    """The environment with this checkout first on PYTHONPATH."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def wall(argv: list[str]) -> float:
    """Wall seconds of one fresh process running ``argv`` (its output discarded)."""
    start = time.perf_counter()
    subprocess.run(argv, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def median_wall(argv: list[str], runs: int) -> float:
    """Median wall seconds of ``runs`` fresh processes running ``argv``."""
    return statistics.median(wall(argv) for _ in range(runs))


def bucket(module: str) -> str:
    """The top package an imported module's own time is counted under."""
    top = module.split(".")[0]
    if top in ("sympy", "mpmath"):
        return "sympy"
    if top == "lark":
        return "lark"
    if module == "symntk.check" or module.startswith("symntk.check."):
        return "symntk.check"
    return "symntk (other)" if top == "symntk" else "other"


def import_split() -> dict[str, float]:
    """Seconds of ``import symntk.check`` per top package: the self times of ``-X importtime``, summed."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import symntk.check"], env=_env(),
                          capture_output=True, text=True, check=True)
    totals = dict.fromkeys(BUCKETS, 0.0)
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue   # the header line
        totals[bucket(parts[2].strip())] += int(parts[0]) / 1e6
    return totals


def probe(path: Path) -> dict[str, float]:
    """One fresh process's regex, import, first-claim and done times (see ``_PROBE``)."""
    launched = time.time()
    done = subprocess.run([sys.executable, "-c", _PROBE, repr(launched), str(path)], env=_env(),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def medians(samples: list[dict[str, float]]) -> dict[str, float]:
    """The median of every key over ``samples``."""
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def main() -> None:
    """Print the measurements."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(DEFAULT), help="a notes file (default: examples/notes.md)")
    ap.add_argument("--runs", type=int, default=5, help="fresh processes per measurement (median)")
    args = ap.parse_args()
    path, py, runs = Path(args.file), sys.executable, max(args.runs, 1)
    cli = median_wall([py, "-m", "symntk", "check", str(path)], runs)
    peer = median_wall([py, "-c", "import sympy"], runs)
    bare = median_wall([py, "-c", "pass"], runs)
    split = medians([import_split() for _ in range(runs)])
    probed = medians([probe(path) for _ in range(runs)])
    print(f"median of {runs} runs, {os.cpu_count()} cores, file {path.name}")
    print(f"symntk check {path.name} (CLI wall):      {cli:6.2f} s")
    print(f"peer: python -c 'import sympy' (wall):   {peer:6.2f} s")
    print(f"python -c pass (interpreter alone):      {bare:6.2f} s")
    print(f"check wall minus the sympy floor:        {cli - peer:6.2f} s")
    print(f"import symntk.check (in process):        {probed['import']:6.2f} s, by package (own time):")
    for name in BUCKETS:
        print(f"  {name:<16} {split[name]:6.3f} s")
    print(f"regex compiling at import:               {probed['import_regex']:6.3f} s "
          f"({probed['import_patterns']:.0f} patterns)")
    print(f"regex compiling while checking:          {probed['check_regex']:6.3f} s "
          f"({probed['check_patterns']:.0f} patterns)")
    print(f"launch to first judged claim:            {probed['first_claim']:6.2f} s")
    print(f"launch to end of check_path:             {probed['done']:6.2f} s")


if __name__ == "__main__":
    main()

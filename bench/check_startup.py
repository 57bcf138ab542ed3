"""How long a learner waits for ``symntk check``: CLI wall time, import time by package, regex compiling, first claim.

    PYTHONPATH=. python bench/check_startup.py [FILE] [--runs 5] [--root CHECKOUT]

Every number is the median of ``--runs`` fresh processes (FILE defaults to examples/notes.md), run as installed:
with compiled bytecode (pip compiles it at install; here it is kept in a cache outside the tree,
``PYTHONPYCACHEPREFIX``, warmed by one untimed run), except the one line that says it has none (the source
compiled at every start, as under ``PYTHONDONTWRITEBYTECODE`` in a fresh checkout):

* the wall time of ``python -m symntk check FILE`` (start-up, the checking child process, the report, the exit);
* the peer: the wall time of ``python -c "import sympy"``, the floor any SymPy-based checker pays;
* ``import symntk.check`` by ``-X importtime``: the modules' own time summed per top package (sympy with mpmath,
  lark, symntk.check.*, the rest of symntk, everything else);
* from one instrumented ``symntk check FILE``: the checker's import in the checking child process, the time spent
  compiling regular expressions (``re``'s compiler, i.e. cache misses) during that import and during the check,
  and the seconds from launch to the first judged claim, to the end of the check and report, and to the exit.

``--root`` measures another checkout (e.g. main's) with this script: before and after, under the same load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "examples" / "notes.md"
PYCACHE = Path(tempfile.gettempdir()) / "symntk-bench-pycache"
BUCKETS = ("sympy", "lark", "symntk.check", "symntk (other)", "other")

# One instrumented ``symntk check FILE`` (its report to /dev/null): times re's compiler, the checker's import in the
# checking child process, the first judged claim and the end of the check; the child writes them to stderr.
_PROBE = r"""
import json, os, re, sys, time
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
import symntk.cli.check as cli
checked = cli._checked
def probed(*args):
    base, start = dict(spent), time.perf_counter()
    import symntk.check as check
    out = {"import": time.perf_counter() - start, "import_regex": spent["regex"] - base["regex"],
           "import_patterns": spent["count"] - base["count"]}
    base, first, judge = dict(spent), [], check.judge
    def judged(*args, **kwargs):
        found = judge(*args, **kwargs)
        if found is not None and not first:
            first.append(time.time() - launched)
        return found
    check.judge = judged
    try:
        return checked(*args)
    finally:
        out.update(first_claim=first[0] if first else float("nan"), done=time.time() - launched,
                   check_regex=spent["regex"] - base["regex"], check_patterns=spent["count"] - base["count"])
        sys.stderr.write("PROBE " + json.dumps(out) + "\n")
cli._checked = probed
sys.argv = ["symntk", "check", sys.argv[2], "--out", os.devnull]
from symntk.cli import entry
entry()
"""


def _env(root: Path, bytecode: bool = True) -> dict[str, str]:
    """The environment with checkout ``root`` first on PYTHONPATH; with ``bytecode``, compiled modules are written
    to and read from :data:`PYCACHE`, else the checkout's modules are compiled from source at every start."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYTHONPYCACHEPREFIX", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if bytecode:
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def wall(argv: list[str], root: Path, bytecode: bool = True) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, with its child processes) of one fresh process running
    ``argv`` (its output discarded). CPU time moves far less than wall time on a busy shared machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=_env(root, bytecode), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def median_wall(argv: list[str], root: Path, runs: int, bytecode: bool = True) -> str:
    """Median wall seconds and median CPU seconds of ``runs`` fresh processes running ``argv``, as text."""
    samples = [wall(argv, root, bytecode) for _ in range(runs)]
    return f"{statistics.median(s[0] for s in samples):6.2f} s (CPU {statistics.median(s[1] for s in samples):.2f} s)"


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


def import_split(root: Path) -> dict[str, float]:
    """Seconds of ``import symntk.check`` per top package: the self times of ``-X importtime``, summed."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import symntk.check"], env=_env(root),
                          capture_output=True, text=True, check=True)
    totals = dict.fromkeys(BUCKETS, 0.0)
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue   # the header line
        totals[bucket(parts[2].strip())] += int(parts[0]) / 1e6
    return totals


def probe(path: Path, root: Path) -> dict[str, float]:
    """One instrumented CLI run's regex, import, first-claim, done and exit times (see ``_PROBE``)."""
    launched = time.time()
    done = subprocess.run([sys.executable, "-c", _PROBE, repr(launched), str(path)], env=_env(root),
                          capture_output=True, text=True, check=False)
    exited = time.time() - launched
    said = [line for line in done.stderr.splitlines() if line.startswith("PROBE ")]
    if not said:
        raise SystemExit(f"the probe failed: {done.stderr[-2000:]}")
    return {**json.loads(said[-1][len("PROBE "):]), "exited": exited}


def medians(samples: list[dict[str, float]]) -> dict[str, float]:
    """The median of every key over ``samples``."""
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def main() -> None:
    """Print the measurements."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(DEFAULT), help="a notes file (default: examples/notes.md)")
    ap.add_argument("--runs", type=int, default=5, help="fresh processes per measurement (median)")
    ap.add_argument("--root", default=str(ROOT), help="the checkout to measure (default: this one)")
    args = ap.parse_args()
    path, root, py, runs = Path(args.file).resolve(), Path(args.root).resolve(), sys.executable, max(args.runs, 1)
    check = [py, "-m", "symntk", "check", str(path)]
    wall(check, root)   # the untimed run that writes the bytecode
    cli = median_wall(check, root, runs)
    source = median_wall(check, root, runs, bytecode=False)
    peer = median_wall([py, "-c", "import sympy"], root, runs)
    bare = median_wall([py, "-c", "pass"], root, runs)
    split = medians([import_split(root) for _ in range(runs)])
    probed = medians([probe(path, root) for _ in range(runs)])
    print(f"{root}: median of {runs} runs, {os.cpu_count()} cores, file {path.name}")
    print(f"symntk check {path.name} (CLI wall):      {cli}")
    print(f"the same without cached bytecode:        {source}")
    print(f"peer: python -c 'import sympy' (wall):   {peer}")
    print(f"python -c pass (interpreter alone):      {bare}")
    print("import symntk.check by package (own time, -X importtime):")
    for name in BUCKETS:
        print(f"  {name:<16} {split[name]:6.3f} s")
    print(f"import symntk.check in the checking child: {probed['import']:6.2f} s")
    print(f"regex compiling at that import:          {probed['import_regex']:6.3f} s "
          f"({probed['import_patterns']:.0f} patterns)")
    print(f"regex compiling while checking:          {probed['check_regex']:6.3f} s "
          f"({probed['check_patterns']:.0f} patterns)")
    print(f"launch to first judged claim:            {probed['first_claim']:6.2f} s")
    print(f"launch to end of check and report:       {probed['done']:6.2f} s")
    print(f"launch to exit (instrumented CLI run):   {probed['exited']:6.2f} s")


if __name__ == "__main__":
    main()

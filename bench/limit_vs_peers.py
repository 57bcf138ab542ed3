"""symntk's infinite-width NTK Θ against neural-tangents' stax kernel_fn, on one machine.

Agreement: for identity, relu, erf and quadratic (``stax.Monomial(2)``) at
depths 2–5, with σ_w = 1.3, σ_b = 0.7, both compute Θ(X1, X2) between two
sets of random points and Θ(X1, X1); the table gives the largest relative
difference off the diagonal, and on the diagonal each tool's largest relative
error against a 60-digit mpmath evaluation of the diagonal recursion (where
arccos near 1 costs float formulas digits).

Speed: Θ(X, X) for N = 2000 points in R⁸, depth 4 relu, each tool in a fresh
subprocess: one call to compile and warm up, then the median of repeated
calls (neural-tangents' kernel_fn jitted with ``get`` static), and the
process's peak resident memory (``ru_maxrss``, imports included).

    python -m venv /tmp/peers && /tmp/peers/bin/pip install -r bench/requirements-peers.txt
    PYTHONPATH=. /tmp/peers/bin/python bench/limit_vs_peers.py
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

import mpmath
import numpy as np

ACTIVATIONS = ["identity", "relu", "erf", "quadratic"]
DEPTHS = [2, 3, 4, 5]
SIGMA_W, SIGMA_B = 1.3, 0.7
SPEED = (4, "relu", 2000, 8)
MIN_REPEATS, MIN_SECONDS = 3, 2.0


def nt_kernel_fn(depth, act, sigma_w=SIGMA_W, sigma_b=SIGMA_B):
    import jax

    jax.config.update("jax_enable_x64", True)
    from neural_tangents import stax

    phi = {"identity": stax.Identity, "relu": stax.Relu, "erf": stax.Erf,
           "quadratic": lambda: stax.Monomial(2)}[act]
    layers = []
    for _ in range(depth - 1):
        layers += [stax.Dense(512, W_std=sigma_w, b_std=sigma_b), phi()]
    layers.append(stax.Dense(1, W_std=sigma_w, b_std=sigma_b))
    return stax.serial(*layers)[2]


def symntk_kernel_fn(depth, act, sigma_w=SIGMA_W, sigma_b=SIGMA_B):
    import symntk

    return symntk.make_limit_kernel_fn(depth, act, sigma_w, sigma_b)


def worker_agreement(tool, data, out):
    saved = np.load(data)
    X1, X2 = saved["X1"], saved["X2"]
    results = {}
    for act in ACTIVATIONS:
        for depth in DEPTHS:
            if tool == "nt":
                kfn = nt_kernel_fn(depth, act)
                cross = np.asarray(kfn(X1, X2, "ntk"))
                same = np.asarray(kfn(X1, None, "ntk"))
            else:
                kfn = symntk_kernel_fn(depth, act)
                cross, same = kfn(X1, X2), kfn(X1)
            results[f"{act}-{depth}-cross"] = cross
            results[f"{act}-{depth}-diag"] = np.diag(same).copy()
    np.savez(out, **results)


def worker_speed(tool, out):
    depth, act, n, n0 = SPEED
    X = np.random.default_rng(0).normal(size=(n, n0))
    start = time.perf_counter()
    if tool == "nt":
        import jax

        fn = jax.jit(nt_kernel_fn(depth, act, 1.0, 1.0), static_argnames="get")

        def run():
            return np.asarray(fn(X, None, get="ntk").block_until_ready())
    else:
        kfn = symntk_kernel_fn(depth, act, 1.0, 1.0)

        def run():
            return kfn(X)
    K = run()
    first = time.perf_counter() - start
    times = []
    while len(times) < MIN_REPEATS or sum(times) < MIN_SECONDS:
        t0 = time.perf_counter()
        K = run()
        times.append(time.perf_counter() - t0)
    np.save(out, K)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"time": statistics.median(times), "first": first, "repeats": len(times), "peak": peak}))


def diagonal_reference(x, depth, act, sigma_w=SIGMA_W, sigma_b=SIGMA_B):
    """Θ(x, x) by the diagonal recursion in mpmath at 60 digits (no angles: θ = 0 exactly)."""
    with mpmath.workdps(60):
        c, b = mpmath.mpf(sigma_w) ** 2, mpmath.mpf(sigma_b) ** 2
        s = c * mpmath.fsum(mpmath.mpf(float(v)) ** 2 for v in x) / len(x) + b
        theta = s
        for _ in range(depth - 1):
            if act == "identity":
                e, d = s, mpmath.mpf(1)
            elif act == "relu":
                e, d = s / 2, mpmath.mpf(1) / 2
            elif act == "quadratic":
                e, d = 3 * s * s, 4 * s
            else:
                e, d = 2 / mpmath.pi * mpmath.asin(2 * s / (1 + 2 * s)), 4 / (mpmath.pi * mpmath.sqrt(1 + 4 * s))
            s = c * e + b
            theta = theta * c * d + s
        return float(theta)


def run(args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, env=env)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    ap.add_argument("--skip-speed", action="store_true")
    args = ap.parse_args()
    if args.worker:
        kind, tool, *rest = args.worker
        worker_agreement(tool, *rest) if kind == "agreement" else worker_speed(tool, *rest)
        return
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    rng = np.random.default_rng(1)
    X1, X2 = rng.normal(size=(60, 3)), rng.normal(size=(40, 3))
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "X.npz")
        np.savez(data, X1=X1, X2=X2)
        got = {}
        for tool in ("symntk", "nt"):
            out = os.path.join(tmp, f"{tool}.npz")
            proc = run(["--worker", "agreement", tool, data, out])
            if proc.returncode != 0:
                print(f"{tool} failed: {(proc.stderr.strip().splitlines() or ['?'])[-1]}")
                return
            got[tool] = np.load(out)
        print("\n| activation | depth | max rel ΔΘ off-diagonal (symntk vs nt) | diagonal rel error symntk | "
              "diagonal rel error nt |")
        print("| --- | --- | --- | --- | --- |")
        for act in ACTIVATIONS:
            for depth in DEPTHS:
                a, b = got["symntk"][f"{act}-{depth}-cross"], got["nt"][f"{act}-{depth}-cross"]
                cross = np.max(np.abs(a - b) / np.abs(b))
                ref = np.array([diagonal_reference(x, depth, act) for x in X1])
                ds = np.max(np.abs(got["symntk"][f"{act}-{depth}-diag"] - ref) / ref)
                dn = np.max(np.abs(got["nt"][f"{act}-{depth}-diag"] - ref) / ref)
                print(f"| {act} | {depth} | {cross:.1e} | {ds:.1e} | {dn:.1e} |", flush=True)
        if args.skip_speed:
            return
        depth, act, n, n0 = SPEED
        print(f"\nΘ(X, X), N = {n}, n₀ = {n0}, depth {depth} {act}:\n")
        print("| tool | steady time (s) | first call (s) | peak RSS (MB) |")
        print("| --- | --- | --- | --- |")
        kernels, times = {}, {}
        for tool in ("symntk", "nt"):
            out = os.path.join(tmp, f"speed-{tool}.npy")
            proc = run(["--worker", "speed", tool, out])
            lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
            if proc.returncode != 0 or not lines:
                print(f"| {tool} | failed: {(proc.stderr.strip().splitlines() or ['?'])[-1][:100]} | | |")
                continue
            r = json.loads(lines[-1])
            times[tool] = r["time"]
            kernels[tool] = np.load(out)
            print(f"| {tool} | {r['time']:.3f} | {r['first']:.3f} | {r['peak'] / 2**20:.0f} |", flush=True)
        if len(kernels) == 2:
            a, b = kernels["symntk"], kernels["nt"]
            off = ~np.eye(n, dtype=bool)
            X = np.random.default_rng(0).normal(size=(n, n0))
            ref = np.array([diagonal_reference(x, depth, act, 1.0, 1.0) for x in X])
            err_a, err_b = (np.max(np.abs(np.diag(k) - ref) / ref) for k in (a, b))
            print(f"\nsymntk ÷ nt time: {times['symntk'] / times['nt']:.2f}; max rel ΔΘ off the diagonal "
                  f"{np.max(np.abs(a - b)[off] / np.abs(b)[off]):.1e}; diagonal error against 60 digits: symntk "
                  f"{err_a:.1e}, nt (jitted) {err_b:.1e}")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

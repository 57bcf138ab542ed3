"""symntk's numeric NTK against JAX, neural-tangents and torch.func, on one machine.

Every (tool, config) runs in a fresh subprocess, which loads the same float64
parameters and points, computes K once (compilation, warm-up), then times
repeated calls (steady state: the median) and reports its peak resident memory
(``ru_maxrss``, imports included). The parent compares every K with JAX's.

    python -m venv /tmp/peers && /tmp/peers/bin/pip install -r bench/requirements-peers.txt
    PYTHONPATH=. /tmp/peers/bin/python bench/numeric_vs_peers.py [--configs 0,1] [--tools symntk,jax]

Tools: symntk (auto path), jax (vmap(jacrev) then J Jᵀ, jitted), nt-jc and
nt-sd (neural-tangents ``empirical_ntk_fn`` with JACOBIAN_CONTRACTION /
STRUCTURED_DERIVATIVES, jitted), torch (torch.func vmap(jacrev) then J Jᵀ).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

CONFIGS = [
    ([1, 2, 1], "identity", 1000),
    ([1, 64, 64, 1], "tanh", 1024),
    ([4, 256, 256, 1], "relu", 512),
    ([1, 512, 512, 1], "tanh", 1000),
]
TOOLS = ["symntk", "jax", "nt-jc", "nt-sd", "torch"]
MIN_REPEATS, MIN_SECONDS, MAX_REPEATS = 3, 2.0, 50


def make_inputs(widths, n, seed=0):
    """Identical float64 parameters (W ~ N(0, 1/n_{l-1}), b ~ N(0, 1)) and points for every tool."""
    rng = np.random.default_rng(seed)
    params = [(rng.normal(0, 1 / np.sqrt(widths[l - 1]), (widths[l], widths[l - 1])), rng.normal(0, 1, (widths[l], 1)))
              for l in range(1, len(widths))]
    return params, rng.normal(0, 1, (n, widths[0]))


# --- one builder per tool: returns a function of no arguments computing K as a NumPy array -----------------------

def build_symntk(widths, act, params, X):
    import symntk

    kfn = symntk.make_kernel_fn(widths, act, params)
    return lambda: kfn(X)


def _jax_model(act):
    import jax
    import jax.numpy as jnp

    phi = {"identity": lambda z: z, "tanh": jnp.tanh, "relu": jax.nn.relu}[act]

    def f(params, x):  # x: (n_0,) → (n_L,)
        a = x
        for W, b in params[:-1]:
            a = phi(W @ a + b[:, 0])
        W, b = params[-1]
        return W @ a + b[:, 0]
    return f


def build_jax(widths, act, params, X):
    import jax
    import jax.numpy as jnp

    jax.config.update("jax_enable_x64", True)
    f = _jax_model(act)
    p = [(jnp.asarray(W), jnp.asarray(b)) for W, b in params]
    x = jnp.asarray(X)

    @jax.jit
    def kernel(p, x):
        jac = jax.vmap(jax.jacrev(f), (None, 0))(p, x)
        J = jnp.concatenate([leaf.reshape(x.shape[0], -1) for leaf in jax.tree_util.tree_leaves(jac)], axis=1)
        return J @ J.T
    return lambda: np.asarray(kernel(p, x).block_until_ready())


def _build_nt(widths, act, params, X, implementation):
    import jax
    import jax.numpy as jnp

    jax.config.update("jax_enable_x64", True)
    import neural_tangents as nt

    single = _jax_model(act)

    def apply_fn(params, x):  # batch (N, n_0) → (N, n_L)
        return jax.vmap(single, (None, 0))(params, x)
    impl = getattr(nt.NtkImplementation, implementation)
    fn = jax.jit(nt.empirical_ntk_fn(apply_fn, trace_axes=(-1,), vmap_axes=0, implementation=impl))
    p = [(jnp.asarray(W), jnp.asarray(b)) for W, b in params]
    x = jnp.asarray(X)
    return lambda: np.asarray(fn(x, None, p).block_until_ready())


def build_nt_jc(widths, act, params, X):
    return _build_nt(widths, act, params, X, "JACOBIAN_CONTRACTION")


def build_nt_sd(widths, act, params, X):
    return _build_nt(widths, act, params, X, "STRUCTURED_DERIVATIVES")


def build_torch(widths, act, params, X):
    import torch
    from torch.func import jacrev, vmap

    torch.set_num_threads(os.cpu_count() or 1)
    phi = {"identity": lambda z: z, "tanh": torch.tanh, "relu": torch.relu}[act]
    p = tuple(torch.tensor(a, dtype=torch.float64) for W, b in params for a in (W, b[:, 0]))
    x = torch.tensor(X, dtype=torch.float64)

    def f(p, x):
        a = x
        for l in range(0, len(p) - 2, 2):
            a = phi(p[l] @ a + p[l + 1])
        return p[-2] @ a + p[-1]

    def kernel():
        with torch.no_grad():
            jac = vmap(jacrev(f), (None, 0))(p, x)
            J = torch.cat([j.reshape(x.shape[0], -1) for j in jac], dim=1)
            return (J @ J.T).numpy()
    return kernel


BUILDERS = {"symntk": build_symntk, "jax": build_jax, "nt-jc": build_nt_jc, "nt-sd": build_nt_sd,
            "torch": build_torch}


def worker(tool, config, data, out):
    widths, act, _ = CONFIGS[config]
    saved = np.load(data)
    params = [(saved[f"W{l}"], saved[f"b{l}"]) for l in range(1, len(widths))]
    X = saved["X"]
    start = time.perf_counter()
    run = BUILDERS[tool](widths, act, params, X)
    K = run()
    first = time.perf_counter() - start
    times = []
    while len(times) < MAX_REPEATS and (len(times) < MIN_REPEATS or sum(times) < MIN_SECONDS):
        t0 = time.perf_counter()
        K = run()
        times.append(time.perf_counter() - t0)
        if times[-1] > 20:
            break
    np.save(out, np.asarray(K, dtype=np.float64).reshape(X.shape[0], X.shape[0]))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"time": statistics.median(times), "first": first, "repeats": len(times), "peak": peak}))


def run_one(tool, config, data, out):
    proc = subprocess.run([sys.executable, __file__, "--worker", tool, str(config), data, out],
                          capture_output=True, text=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"error": tail[:120]}
    return json.loads(lines[-1])


def machine():
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import numpy
    try:
        import threadpoolctl
        blas = f"threadpoolctl {threadpoolctl.__version__}"
    except ImportError:  # symntk then cannot keep its small Gram products on one BLAS thread
        blas = "threadpoolctl MISSING (install bench/requirements-peers.txt)"
    return f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}, NumPy {numpy.__version__}, {blas}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--worker", nargs=4, metavar=("TOOL", "CONFIG", "DATA", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--configs", default=",".join(str(i) for i in range(len(CONFIGS))))
    ap.add_argument("--tools", default=",".join(TOOLS))
    args = ap.parse_args()
    if args.worker:
        tool, config, data, out = args.worker
        worker(tool, int(config), data, out)
        return
    tools = args.tools.split(",")
    print(f"machine: {machine()}")
    env = ", ".join(f"{k}={os.environ.get(k, 'unset')}" for k in ("OPENBLAS_NUM_THREADS", "OPENBLAS_CORETYPE"))
    print(f"load average at start: {os.getloadavg()[0]:.2f}; {env}")
    print("| config | N | tool | steady time (s) | peak RSS (MB) | max rel ΔK vs jax | symntk ÷ fastest peer |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for c in (int(v) for v in args.configs.split(",")):
            widths, act, n = CONFIGS[c]
            params, X = make_inputs(widths, n)
            data = os.path.join(tmp, f"in{c}.npz")
            np.savez(data, X=X, **{f"W{l}": W for l, (W, _) in enumerate(params, 1)},
                     **{f"b{l}": b for l, (_, b) in enumerate(params, 1)})
            results, kernels = {}, {}
            for tool in tools:
                out = os.path.join(tmp, f"K{c}_{tool}.npy")
                results[tool] = run_one(tool, c, data, out)
                if "error" not in results[tool]:
                    kernels[tool] = np.load(out)
            ref = kernels.get("jax")
            peers = [results[t]["time"] for t in tools if t != "symntk" and "time" in results[t]]
            name = f"[{','.join(map(str, widths))}] {act}"
            for tool in tools:
                r = results[tool]
                if "error" in r:
                    print(f"| {name} | {n} | {tool} | failed: {r['error']} | | | |")
                    continue
                delta = "—" if ref is None else f"{np.abs(kernels[tool] - ref).max() / np.abs(ref).max():.1e}"
                ratio = f"{r['time'] / min(peers):.2f}" if tool == "symntk" and peers else ""
                print(f"| {name} | {n} | {tool} | {r['time']:.4f} | {r['peak'] / 2**20:.0f} | {delta} | {ratio} |",
                      flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

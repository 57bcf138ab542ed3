"""``symntk kernel``: the numeric NTK of a problem file, or of a network given
by its widths with random parameters, at datapoints from a file."""

from __future__ import annotations

import io
import time
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from .. import api
from ..errors import InputError
from ..output import write_output

if TYPE_CHECKING:
    import numpy as np

SPECTRUM_LIMIT = 5000


def register(sub) -> None:
    p = sub.add_parser("kernel", help="the numeric NTK (float64) of a problem file or of a big random network")
    p.add_argument("problem", nargs="?", help="problem file (TOML); or give --widths")
    p.add_argument("--widths", help="n_0,…,n_L, e.g. 1,64,64,1 (random parameters from --seed)")
    p.add_argument("--activation", default="tanh", help="hidden activation(s), comma-separated per layer")
    p.add_argument("--parameterization", default="standard", choices=("standard", "ntk"))
    p.add_argument("--seed", type=int, default=0, help="seed of the random parameters (with --widths)")
    p.add_argument("--points", help="datapoints, one per row: X.npy or X.csv (replaces a problem's points)")
    p.add_argument("--points2", help="second set of datapoints for K(X1, X2)")
    p.add_argument("--kernel", choices=("full", "output", "trace"), default="full",
                   help="for several outputs: the full block kernel, one output's, or the trace average")
    p.add_argument("--output", type=int, default=None, help="the output o (1-based) for --kernel output")
    p.add_argument("--method", choices=("auto", "structured", "per-parameter"), default="auto")
    p.add_argument("--memory-limit", default=None, help='working memory cap besides K, e.g. "1GB" (default 2GB)')
    p.add_argument("--block-size", type=int, default=None, help="rows per block (default: from the memory cap)")
    p.add_argument("--progress", action="store_true", default=None, help="show a progress bar on stderr")
    p.add_argument("--spectrum", action="store_true", help=f"eigenvalues even when K has > {SPECTRUM_LIMIT} rows")
    p.add_argument("--out", default=None, help="write K to K.npy or K.csv (atomically)")
    p.set_defaults(func=run)


def read_points(path: str, option: str) -> np.ndarray:
    """Datapoints from .npy (an array) or .csv (comma-separated numbers, one point per line)."""
    import numpy as np

    file = Path(path)
    if not file.is_file():
        raise InputError(path, option, "an existing .npy or .csv file", "no such file")
    if file.suffix.lower() == ".npy":
        try:
            data = np.load(file, allow_pickle=False)
        except (ValueError, OSError) as exc:
            raise InputError(path, option, "a NumPy .npy array of numbers", str(exc).splitlines()[0]) from None
    elif file.suffix.lower() == ".csv":
        try:
            data = np.loadtxt(file, delimiter=",", dtype=np.float64, ndmin=2)
        except ValueError as exc:
            raise InputError(path, option, "comma-separated numbers, one datapoint per line",
                             str(exc).splitlines()[0]) from None
    else:
        raise InputError(path, option, "a file ending in .npy or .csv", file.suffix or "no extension")
    if data.dtype.kind not in "fiu":
        raise InputError(path, option, "an array of numbers", f"dtype {data.dtype}")
    return data


def _network(args):
    from ..numeric import api as numeric

    if args.problem and args.widths:
        raise InputError("<options>", "--widths", "either a problem file or --widths, not both", "both")
    if args.problem:
        problem = api.load_problem(args.problem)
        X = problem.points if args.points is None else None
        return SimpleNamespace(widths=problem.widths, activations=list(problem.activations),
                               params=numeric.problem_params(problem), parameterization=problem.parameterization,
                               points=numeric.problem_points(problem) if X is not None else None,
                               source=args.problem)
    if not args.widths:
        raise InputError("<options>", "PROBLEM", "a problem file, or --widths with --points", "neither")
    try:
        widths = [int(v) for v in args.widths.split(",")]
    except ValueError:
        raise InputError("<options>", "--widths", "comma-separated positive integers like 1,64,64,1",
                         args.widths) from None
    acts = args.activation.split(",")
    activation = acts[0] if len(acts) == 1 else acts
    from ..activations import get_activation
    from ..numeric.inputs import check_activations, check_widths

    for name in acts:
        get_activation(name, "<options>", "--activation")
    widths = check_widths(widths)
    check_activations(activation, len(widths) - 1)
    if args.points is None:
        raise InputError("<options>", "--points", "a file of datapoints (X.npy or X.csv) with --widths", "nothing")
    return SimpleNamespace(widths=widths, activations=activation,
                           params=numeric.init_params(widths, args.seed, args.parameterization),
                           parameterization=args.parameterization, points=None, source="--widths")


def run(args) -> int:
    import numpy as np

    from ..numeric import api as numeric

    if args.out is not None and Path(args.out).suffix.lower() not in (".npy", ".csv"):
        raise InputError(args.out, "--out", "a file name ending in .npy or .csv", Path(args.out).suffix or "none")
    net = _network(args)
    X1 = net.points if args.points is None else read_points(args.points, "--points")
    X2 = None if args.points2 is None else read_points(args.points2, "--points2")
    start = time.perf_counter()
    kfn = numeric.make_kernel_fn(net.widths, net.activations, net.params, parameterization=net.parameterization,
                                 kernel_mode=args.kernel, output=args.output, method=args.method,
                                 memory_limit=args.memory_limit, block_size=args.block_size, progress=args.progress)
    compiled = time.perf_counter()
    K = kfn(X1, X2)
    seconds = (compiled - start, time.perf_counter() - compiled)
    if args.out is not None:
        buffer = io.BytesIO()
        if args.out.lower().endswith(".npy"):
            np.save(buffer, K)
        else:
            np.savetxt(buffer, K, delimiter=",", fmt="%.17g")
        write_output(buffer.getvalue(), args.out)
    print(summary(kfn, K, X1, args, seconds), end="")
    return 0


def summary(kfn, K, X1, args, seconds) -> str:
    """The summary lines (template ``kernel/summary.txt``): size, time, eigenvalue range, condition number."""
    import numpy as np

    from ..numeric import api as numeric
    from ..render.environment import environment

    acts = kfn.activations
    s = SimpleNamespace(widths=kfn.widths, activations=", ".join(dict.fromkeys(acts)) if acts else "no hidden layer",
                        parameterization=kfn.parameterization, parameters=numeric.parameter_count(kfn.widths),
                        rows=K.shape[0], cols=K.shape[1], mode=args.kernel, points=len(np.atleast_1d(X1)),
                        method=kfn.method(), seconds=seconds, spectrum="", eig_min=None, eig_max=None,
                        condition=None, out=args.out)
    if K.shape[0] != K.shape[1]:
        s.spectrum = "rectangular"
    elif K.shape[0] > SPECTRUM_LIMIT and not args.spectrum:
        s.spectrum = "skipped"
    else:
        eig = np.linalg.eigvalsh(K)
        s.eig_min, s.eig_max = float(eig[0]), float(eig[-1])
        s.condition = s.eig_max / s.eig_min if s.eig_min > 0 else None
    return environment("text", "en").get_template("kernel/summary.txt").render(s=s)

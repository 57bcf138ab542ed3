"""``symntk kernel``: the numeric NTK of a problem file, or of a network given
by its widths with random parameters, at datapoints from a file.

Bounded before it starts: ``--widths`` and ``--points`` files obey the same
limits as problem files (widths, depth, parameters, datapoints), and the
memory of the whole run (K, the block working memory, the eigenvalues) is
estimated against ``--memory-cap`` before anything is computed. K written to
a ``.npy`` file is filled block by block in a memory-mapped temporary file
(never held whole, never copied); a ``.csv`` file is written row by row.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from ..errors import InputError, describe
from ..output import open_output, regular_target, temporary_sibling
from ..sizes import MAX_DEPTH, MAX_PARAMETERS, MAX_POINTS, MAX_WIDTH

if TYPE_CHECKING:
    import numpy as np

SPECTRUM_LIMIT = 5000
DEFAULT_CAP = "4GB"
MAX_CSV_BYTES = 256 * 2**20


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
    p.add_argument("--memory-cap", default=DEFAULT_CAP,
                   help=f"memory of the whole run: K, the working memory, the eigenvalues (default {DEFAULT_CAP})")
    p.add_argument("--block-size", type=int, default=None, help="rows per block (default: from the memory cap)")
    p.add_argument("--progress", action="store_true", default=None, help="show a progress bar on stderr")
    p.add_argument("--spectrum", action="store_true", help=f"eigenvalues even when K has > {SPECTRUM_LIMIT} rows")
    p.add_argument("--out", default=None, help="write K to K.npy (block by block, memory-mapped) or K.csv (atomically)")
    p.set_defaults(func=run)


def read_points(path: str, option: str) -> np.ndarray:
    """Datapoints from .npy (an array) or .csv (comma-separated numbers, one point per line)."""
    import numpy as np

    file = Path(path)
    if not file.is_file():
        raise InputError(path, option, "an existing .npy or .csv file", "no such file")
    if file.suffix.lower() == ".npy":
        try:
            data = np.load(file, allow_pickle=False, mmap_mode="r")  # the header first: shape before reading
        except (ValueError, OSError) as exc:
            raise InputError(path, option, "a NumPy .npy array of numbers", str(exc).splitlines()[0]) from None
        _check_count(data.shape, path, option)
        if data.dtype.kind in "fiu":
            data = np.array(data, dtype=np.float64)
    elif file.suffix.lower() == ".csv":
        if file.stat().st_size > MAX_CSV_BYTES:
            raise InputError(path, option, f"a .csv file of at most {MAX_CSV_BYTES // 2**20} MiB (or a .npy file)",
                             f"{file.stat().st_size:,} bytes")
        try:  # a UTF-8 byte-order mark (spreadsheet exports) and CR or CRLF line ends are read as written
            text = file.read_bytes().removeprefix(b"\xef\xbb\xbf").decode("utf-8")
            lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            data = np.loadtxt(lines, delimiter=",", dtype=np.float64, ndmin=2)
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputError(path, option, "comma-separated numbers, one datapoint per line",
                             str(exc).splitlines()[0].split("; use `usecols`")[0]) from None
    else:
        raise InputError(path, option, "a file ending in .npy or .csv", file.suffix or "no extension")
    if data.dtype.kind not in "fiu":
        raise InputError(path, option, "an array of numbers", f"dtype {data.dtype}")
    _check_count(data.shape, path, option)
    return data


def _check_count(shape: tuple, path: str, option: str) -> None:
    if len(shape) >= 1 and shape[0] > MAX_POINTS:
        raise InputError(path, option, f"at most {MAX_POINTS:,} datapoints (the limit of problem files)",
                         f"{shape[0]:,}")


def check_widths(text: str) -> list[int]:
    """``--widths n_0,…,n_L`` under the limits of a problem file's ``network.widths``:
    at most :data:`MAX_DEPTH` layers of 1 … :data:`MAX_WIDTH` units and at most
    :data:`MAX_PARAMETERS` parameters Σ_l n_l (n_{l-1} + 1)."""
    expected = "comma-separated positive integers like 1,64,64,1"
    try:
        widths = [int(v) for v in text.split(",")]
    except ValueError:
        raise InputError("<options>", "--widths", expected, describe(text)) from None
    if len(widths) < 2 or len(widths) > MAX_DEPTH + 1:
        raise InputError("<options>", "--widths", f"{expected}, 2 to {MAX_DEPTH + 1} of them", describe(text))
    for k, w in enumerate(widths):
        if not 1 <= w <= MAX_WIDTH:
            raise InputError("<options>", f"--widths[{k}]", f"an integer from 1 to {MAX_WIDTH}", str(w))
    count = sum(widths[l] * (widths[l - 1] + 1) for l in range(1, len(widths)))
    if count > MAX_PARAMETERS:
        raise InputError("<options>", "--widths", f"a network of at most {MAX_PARAMETERS:,} parameters "
                         "(the limit of problem files)", f"{count:,} parameters")
    return widths


def _network(args):
    from ..numeric import api as numeric

    if args.problem and args.widths:
        raise InputError("<options>", "--widths", "either a problem file or --widths, not both", "both")
    if args.problem:
        from .. import api

        problem = api.load_problem(args.problem)
        X = problem.points if args.points is None else None
        return SimpleNamespace(widths=problem.widths, activations=list(problem.activations),
                               params=numeric.problem_params(problem), parameterization=problem.parameterization,
                               points=numeric.problem_points(problem) if X is not None else None,
                               source=args.problem)
    if not args.widths:
        raise InputError("<options>", "PROBLEM", "a problem file, or --widths with --points", "neither")
    widths = tuple(check_widths(args.widths))
    acts = args.activation.split(",")
    activation = acts[0] if len(acts) == 1 else acts
    from ..activations import get_activation
    from ..numeric.inputs import check_activations

    for name in acts:
        get_activation(name, "<options>", "--activation")
    check_activations(activation, len(widths) - 1)
    if args.points is None:
        raise InputError("<options>", "--points", "a file of datapoints (X.npy or X.csv) with --widths", "nothing")
    return SimpleNamespace(widths=widths, activations=activation,
                           params=numeric.init_params(widths, args.seed, args.parameterization),
                           parameterization=args.parameterization, points=None, source="--widths")


def run(args) -> int:
    from ..numeric import api as numeric

    if args.out is not None and Path(args.out).suffix.lower() not in (".npy", ".csv") and _is_file(args.out):
        raise InputError(args.out, "--out", "a file name ending in .npy or .csv (or a device, a pipe, -)",
                         Path(args.out).suffix or "none")
    net = _network(args)
    X1 = net.points if args.points is None else read_points(args.points, "--points")
    X2 = None if args.points2 is None else read_points(args.points2, "--points2")
    stream = args.out is not None and args.out.lower().endswith(".npy") and regular_target(Path(args.out))
    check_memory(args, net.widths, X1, X2, streamed=bool(stream))
    start = time.perf_counter()
    kfn = numeric.make_kernel_fn(net.widths, net.activations, net.params, parameterization=net.parameterization,
                                 kernel_mode=args.kernel, output=args.output, method=args.method,
                                 memory_limit=args.memory_limit, block_size=args.block_size, progress=args.progress)
    compiled = time.perf_counter()
    if stream:
        with temporary_sibling(Path(args.out)) as tmp:
            K = _streamed(kfn, X1, X2, tmp, args)
            text = summary(kfn, K, X1, args, (compiled - start, time.perf_counter() - compiled))
            K.flush()
            del K
        print(text, end="")
        return 0
    K = kfn(X1, X2)
    seconds = (compiled - start, time.perf_counter() - compiled)
    if args.out is not None:
        write_matrix(K, args.out)
    print(summary(kfn, K, X1, args, seconds), end="", file=sys.stderr if args.out == "-" else sys.stdout)
    return 0


def _streamed(kfn, X1, X2, tmp: Path, args):
    """K computed block by block into a memory-mapped .npy file at ``tmp``."""
    import numpy as np

    rows, cols = _shape(kfn.widths[-1], args, len(X1), len(X1 if X2 is None else X2))
    K = np.lib.format.open_memmap(tmp, mode="w+", dtype=np.float64, shape=(rows, cols))
    kfn(X1, X2, out=K)
    return K


def _is_file(out: str) -> bool:
    """Whether ``--out`` names a regular or new file (not ``-``, a device or a pipe)."""
    return out != "-" and regular_target(Path(out)) is not None


def write_matrix(K, out: str) -> None:
    """K to .npy (written straight from the array; also to a device, pipe or ``-`` unless
    the name ends in .csv) or .csv (row by row, ``%.17g``): no second copy of K is made."""
    import numpy as np

    with open_output(out) as handle:
        if not out.lower().endswith(".csv"):
            np.lib.format.write_array(handle, K, allow_pickle=False)
        else:
            np.savetxt(handle, K, delimiter=",", fmt="%.17g")


def _shape(n_out: int, args, n1: int, n2: int) -> tuple[int, int]:
    k = n_out if args.kernel == "full" else 1
    return n1 * k, n2 * k


def estimate_memory(widths, n1: int, n2: int, args, streamed: bool) -> dict[str, int]:
    """Bytes the run will hold, by part: K (unless streamed to a memory-mapped .npy),
    the block working memory (``--memory-limit``, default 2 GiB, or less when all of K's
    factors fit), the eigenvalue computation (a copy of K when the spectrum is asked
    for), the parameters and the datapoints."""
    from ..numeric.blocking import kernel_bytes, parse_memory

    rows, cols = _shape(widths[-1], args, n1, n2)
    K = kernel_bytes(n1, n2, widths[-1], args.kernel)
    spectrum = rows == cols and (rows <= SPECTRUM_LIMIT or args.spectrum)
    parameters = sum(widths[l] * (widths[l - 1] + 1) for l in range(1, len(widths)))
    return {"K": 0 if streamed else K, "working memory": parse_memory(args.memory_limit),
            "eigenvalues": K + 8 * rows if spectrum else 0, "parameters": 3 * 8 * parameters,
            "datapoints": 8 * widths[0] * (n1 + n2)}


def check_memory(args, widths, X1, X2, streamed: bool) -> None:
    """Refuse, before any work, a run whose estimated memory is over ``--memory-cap``."""
    from ..numeric.blocking import parse_memory

    sizes = {}
    for option, value in (("--memory-cap", args.memory_cap), ("--memory-limit", args.memory_limit)):
        try:
            sizes[option] = parse_memory(value)
        except InputError as exc:
            raise InputError("<options>", option, 'a positive number of bytes or a size like "512MB"',
                             exc.got) from None
    cap = sizes["--memory-cap"]
    n1 = len(X1)
    parts = estimate_memory(widths, n1, n1 if X2 is None else len(X2), args, streamed)
    need = sum(parts.values())
    if need <= cap:
        return
    biggest = max(parts, key=parts.get)
    hints = []
    if parts["K"]:
        hints.append("write K block by block to a .npy file (--out K.npy)")
    if parts["eigenvalues"]:
        hints.append("leave out --spectrum")
    hints.append("lower --memory-limit (smaller blocks)")
    raise InputError("<options>", "--memory-cap", f"a run within {_size(cap)}: raise --memory-cap, or "
                     + ", or ".join(hints), f"an estimated {_size(need)} ({biggest}: {_size(parts[biggest])})")


def _size(n: int) -> str:
    return f"{n / 2**30:.1f} GiB" if n >= 2**30 else f"{n / 2**20:.0f} MiB"


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

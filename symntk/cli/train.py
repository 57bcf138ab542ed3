"""``symntk train PROBLEM.toml --steps N --lr η [--labels …] [--plot out.png|svg]``."""

from __future__ import annotations

from ..errors import InputError
from ..output import write_output


def register(sub) -> None:
    p = sub.add_parser("train", help="gradient descent on ½Σ(f − y)² next to the NTK's prediction")
    p.add_argument("problem", help="problem file (TOML); labels from [data] y unless --labels is given")
    p.add_argument("--steps", type=int, default=100, help="number of gradient-descent steps (default 100)")
    p.add_argument("--lr", type=float, default=None, help="learning rate η (default 1/λ_max of K_0)")
    p.add_argument("--labels", default=None,
                   help='labels y, one per datapoint: "0, 1" (several outputs: "1 2; 3 4")')
    p.add_argument("--test-points", default=None,
                   help='inputs for the kernel prediction: "0.5; 3" (several inputs each: "1 2; 0 1")')
    p.add_argument("--plot", default=None, help="write plots to this .png or .svg file (needs matplotlib)")
    p.add_argument("--lang", default="en", help="en or is")
    p.set_defaults(func=run)


def run(args) -> int:
    from .. import api
    from ..training.summary import summary

    problem = api.load_problem(args.problem)
    if args.plot:
        from ..plotting import plot_format

        fmt = plot_format(args.plot)
    labels = parse_rows(args.labels, "--labels") if args.labels is not None else None
    tests = parse_rows(args.test_points, "--test-points") if args.test_points is not None else None
    from ..training import train

    result = train(problem, steps=args.steps, lr=args.lr, labels=labels, test_points=tests)
    if args.plot:
        from ..training.plot import plot_bytes

        write_output(plot_bytes(result, fmt, args.lang), args.plot)
    write_output(summary(result, args.lang), None)
    return 0


def parse_rows(text: str, option: str) -> list[list[float]]:
    """``"1 2; 3 4"`` or ``"0, 1"`` → rows of exact numbers (as floats); ``;`` separates
    datapoints when there are several numbers per datapoint, else commas may too."""
    from ..values import exact

    groups = text.split(";") if ";" in text else text.split(",")
    rows = []
    for g, group in enumerate(groups, start=1):
        tokens = group.replace(",", " ").split()
        if not tokens:
            raise InputError("<options>", option, "numbers separated by commas or semicolons", repr(text))
        rows.append([float(exact(tok, "<options>", f"{option} item {g}")) for tok in tokens])
    return rows

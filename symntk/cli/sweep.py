"""``symntk sweep PROBLEM.toml --widths 16,64,256,1024 --seeds S``: finite networks approaching the limit Θ."""

from __future__ import annotations

import json

from ..errors import InputError
from ..output import write_output


def register(sub) -> None:
    p = sub.add_parser("sweep", help="the empirical NTK of random networks of growing width against the limit Θ")
    p.add_argument("problem", help="problem file (TOML): depth, activations, σ_w, σ_b and datapoints are used")
    p.add_argument("--widths", default="16,64,256,1024", help="hidden widths, comma-separated (default 16,64,256,1024)")
    p.add_argument("--seeds", type=int, default=5, help="random networks per width (default 5)")
    p.add_argument("--steps", type=int, default=100,
                   help="gradient-descent steps for the kernel drift (default 100)")
    p.add_argument("--lr", type=float, default=None, help="learning rate η of that training (default 1/λ_max(Θ))")
    p.add_argument("--plot", default=None, help="write the plot to this .png or .svg file (needs matplotlib)")
    p.add_argument("--format", default="text", help="text (default) or json")
    p.add_argument("--lang", default="en", help="en or is")
    p.add_argument("--out", default=None, help="output file (default: standard output)")
    p.set_defaults(func=run)


def run(args) -> int:
    """Run :func:`symntk.limit.sweep.sweep`; print its table or JSON, and write the plot."""
    from ..limit.sweep import parse_widths, sweep
    from ..problem import load_problem
    from ..render import LOCALES, environment

    if args.format not in ("text", "json"):
        raise InputError("<options>", "--format", "text or json", repr(args.format))
    if args.lang not in LOCALES:
        raise InputError("<options>", "--lang", "one of " + ", ".join(LOCALES), repr(args.lang))
    widths = parse_widths(args.widths)
    if args.plot:
        from ..plotting import plot_format

        fmt = plot_format(args.plot)
    problem = load_problem(args.problem, parameters_optional=True)
    result = sweep(problem, widths, args.seeds, args.steps, args.lr)
    if args.plot:
        from ..limit.plot import plot_bytes

        write_output(plot_bytes(result, fmt, args.lang, problem.title), args.plot)
    if args.format == "json":
        write_output(json.dumps(result.to_dict(), indent=2) + "\n", args.out)
    else:
        text = environment("text", args.lang).get_template("limit/sweep.txt").render(result=result, problem=problem)
        write_output(text, args.out)
    return 0

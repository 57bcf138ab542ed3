"""``symntk present [PROBLEM.toml]``: the step-through page for a lecture (the notes' exercise by default)."""

from __future__ import annotations

from pathlib import Path

from ..output import write_output
from .train import parse_rows


def register(sub) -> None:
    p = sub.add_parser("present", help="one offline step-through HTML page for a lecture (→/space/click to advance)")
    p.add_argument("problem", nargs="?", default=None, help="problem file (TOML); default: the notes' exercise")
    p.add_argument("--out", default=None, help="the HTML file to write (default: <problem>-slides.html here)")
    p.add_argument("--lang", default="en", help="en or is")
    p.add_argument("--templates", default=None, help="a folder of templates that override the built-in ones")
    p.add_argument("--labels", default=None,
                   help='labels y for a training slide, one per datapoint: "0, 1" (default: [data] y if given)')
    p.add_argument("--steps", type=int, default=100, help="gradient-descent steps on the training slide (default 100)")
    p.add_argument("--lr", type=float, default=None, help="learning rate η on the training slide (default 1/λ_max)")
    p.add_argument("--kernel", choices=("full", "output", "trace"), default="full",
                   help="for several outputs: the full block kernel, one output's, or the trace average")
    p.add_argument("--output", type=int, default=None, help="the output o (1-based) for --kernel output")
    p.add_argument("--limit", action="store_true",
                   help="add a slide with the infinite-width NTK Θ and random networks of growing width approaching it")
    p.add_argument("--open", action="store_true", help="open the page in the web browser")
    p.set_defaults(func=run)


def run(args) -> int:
    from .. import api
    from ..present import present

    problem = api.notes_problem() if args.problem is None else api.load_problem(args.problem)
    labels = parse_rows(args.labels, "--labels") if args.labels is not None else None
    html = present(problem, lang=args.lang, templates=args.templates, labels=labels, steps=args.steps, lr=args.lr,
                   kernel_mode=args.kernel, output=args.output, limit=args.limit)
    stem = "notes" if args.problem is None else Path(args.problem).stem
    out = Path(args.out) if args.out else Path(f"{stem}-slides.html")
    write_output(html, str(out))
    print(out)
    if args.open:
        import webbrowser

        webbrowser.open(out.resolve().as_uri())
    return 0

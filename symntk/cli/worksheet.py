"""``symntk worksheet --seed 42 --variants 30 --out DIR/``: exercise variants with answer keys."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("worksheet", help="seeded exercise variants with answer keys (LaTeX/PDF, HTML, Moodle XML)",
                       description="Write student sheets, answer keys, a Moodle question bank and a teacher's "
                                   "overview for VARIANTS distinct exercises drawn from SEED. Ranges that start "
                                   "with a minus sign are given as --param-range=-2:2.")
    p.add_argument("--seed", type=int, default=0, help="the run's seed (same arguments, same bytes)")
    p.add_argument("--variants", type=int, default=1, help="how many distinct exercises (default 1)")
    p.add_argument("--out", required=True, help="output directory (created if missing)")
    p.add_argument("--widths", default="1,2,1", help="n_0,…,n_L (default 1,2,1)")
    p.add_argument("--activation", default="identity", help="hidden-layer activation (default identity)")
    p.add_argument("--points", type=int, default=2, help="datapoints per exercise (default 2)")
    p.add_argument("--param-range", default="-2:2", help="parameters from LOW:HIGH (default -2:2)")
    p.add_argument("--x-range", default="-2:3", help="datapoint coordinates from LOW:HIGH (default -2:3)")
    p.add_argument("--numbers", choices=("integers", "halves"), default="integers",
                   help="integers, or multiples of 1/2 (default integers)")
    p.add_argument("--parts", default="all", help="which parts are asked: all, or a comma-separated list of "
                                                  "expansion,theta,gradients,gradient_values,kernel_entries,"
                                                  "kernel,characteristic,eigenvalues")
    p.add_argument("--max-entry", type=int, default=60, help="largest |K_ij| allowed (default 60)")
    p.add_argument("--integer-eigenvalues", action="store_true", help="only exercises whose eigenvalues are integers")
    p.add_argument("--tolerance", default="0.01", help="Moodle's absolute tolerance for non-integer answers")
    p.add_argument("--title", default="", help="a title for the sheets and the Moodle category")
    p.add_argument("--lang", default="en", help="en or is")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper of the student sheets (default a4)")
    p.add_argument("--parameterization", choices=("standard", "ntk"), default="standard",
                   help="standard (default, as in the notes) or ntk: z = W a/√n + b")
    p.add_argument("--combined-key", action="store_true",
                   help="also keys.tex/keys.pdf: every variant's answer key in one document, one after another")
    p.add_argument("--no-pdf", action="store_true", help="write the LaTeX only (no PDF compilation)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..worksheet.options import WorksheetOptions, parse_parts, parse_range, parse_widths
    from ..worksheet.writer import write_run

    options = WorksheetOptions(
        seed=args.seed, variants=args.variants, widths=parse_widths(args.widths), activation=args.activation,
        points=args.points, param_range=parse_range(args.param_range, "--param-range"),
        x_range=parse_range(args.x_range, "--x-range"), numbers=args.numbers, parts=parse_parts(args.parts),
        max_entry=args.max_entry, integer_eigenvalues=args.integer_eigenvalues, lang=args.lang, title=args.title,
        tolerance=args.tolerance, paper=args.paper, combined_key=args.combined_key,
        parameterization=args.parameterization)
    written = write_run(options, args.out, pdf=not args.no_pdf)
    print(f"symntk worksheet: {options.variants} variant(s), {len(written)} files in {args.out}", file=sys.stderr)
    return 0

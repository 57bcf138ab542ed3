"""``symntk demo`` and ``symntk derive PROBLEM.toml``."""

from __future__ import annotations

import json
import sys

from ..budget import check_file_budget
from ..errors import InputError
from ..output import write_output


def register(sub) -> None:
    demo = sub.add_parser("demo", help="the notes' exercise worked step by step (no files needed)")
    _options(demo)
    demo.set_defaults(func=run_demo)
    derive = sub.add_parser("derive", help="derive the NTK of a problem file step by step")
    derive.add_argument("problem", help="problem file (TOML)")
    _options(derive)
    derive.set_defaults(func=run_derive)


def _options(p) -> None:
    p.add_argument("--format", default="text",
                   help="text (default, for the terminal), tex, pdf (compiled with pdflatex), html (one offline "
                        "page), md (Markdown with $…$ math) or json")
    p.add_argument("--lang", default="en", help="en or is")
    p.add_argument("--out", default=None, help="output file (default: standard output)")
    p.add_argument("--templates", default=None, help="a folder of templates that override the built-in ones")
    p.add_argument("--kernel", choices=("full", "output", "trace"), default="full",
                   help="for several outputs: the full block kernel, one output's, or the trace average")
    p.add_argument("--output", type=int, default=None, help="the output o (1-based) for --kernel output")
    p.add_argument("--fragment", action="store_true", help="a fragment to \\input instead of a full document")
    p.add_argument("--values", default="auto",
                   help="exact, decimal or auto (default: exact values while they are short, else decimals)")
    p.add_argument("--decimals", type=int, default=5, help="decimals of numbers shown rounded (default 5)")


def run_demo(args) -> int:
    from .. import api

    return _emit(api.notes_problem(), args)


def run_derive(args) -> int:
    check_file_budget(args.problem)  # a problem far too large is refused before SymPy is imported
    from .. import api

    return _emit(api.load_problem(args.problem), args)


def _emit(problem, args) -> int:
    from .. import api
    from ..steps.shown import Shown

    Shown(args.values, args.decimals)
    solution = api.derive(problem, kernel_mode=args.kernel, output=args.output)
    if args.format == "json":
        text = json.dumps(api.solution_dict(solution), indent=2, ensure_ascii=False) + "\n"
        write_output(text, args.out)
        return 0
    if args.format == "pdf" and args.out in (None, "-") and sys.stdout.isatty():
        raise InputError("<options>", "--out", "a file for --format pdf (a PDF is not for the terminal)",
                         "standard output")
    data = api.render_solution(solution, fmt=args.format, lang=args.lang, templates=args.templates,
                               page="fragment" if args.fragment else "document", values=args.values,
                               decimals=args.decimals)
    write_output(data, args.out)
    return 0

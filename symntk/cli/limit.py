"""``symntk limit PROBLEM.toml``: the infinite-width NTK Θ derived step by step."""

from __future__ import annotations

import json
import sys

from ..errors import InputError
from ..output import write_output


def register(sub) -> None:
    p = sub.add_parser("limit", help="derive the infinite-width NTK Θ of a problem's architecture step by step")
    p.add_argument("problem", help="problem file (TOML); its hidden widths and parameter values are not used")
    p.add_argument("--format", default="text",
                   help="text (default), tex, pdf (compiled with pdflatex), html (one offline page), md or json")
    p.add_argument("--lang", default="en", help="en or is")
    p.add_argument("--out", default=None, help="output file (default: standard output)")
    p.add_argument("--templates", default=None, help="a folder of templates that override the built-in ones")
    p.set_defaults(func=run)


def run(args) -> int:
    """Derive Θ (:func:`symntk.limit.derive_limit`) and write it in the chosen format."""
    from .. import limit
    from ..problem import load_problem
    from ..render import FORMATS, LOCALES

    if args.format not in (*FORMATS, "json"):
        raise InputError("<options>", "--format", "one of " + ", ".join((*FORMATS, "json")), repr(args.format))
    if args.lang not in LOCALES:
        raise InputError("<options>", "--lang", "one of " + ", ".join(LOCALES), repr(args.lang))
    if args.format == "pdf" and args.out in (None, "-") and sys.stdout.isatty():
        raise InputError("<options>", "--out", "a file for --format pdf (a PDF is not for the terminal)",
                         "standard output")
    problem = load_problem(args.problem, parameters_optional=True)
    derivation = limit.derive_limit(problem)
    if args.format == "json":
        write_output(json.dumps(limit.limit_dict(derivation), indent=2, ensure_ascii=False) + "\n", args.out)
        return 0
    write_output(limit.render_limit(derivation, args.format, args.lang, args.templates), args.out)
    return 0

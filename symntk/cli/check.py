"""``symntk check NOTES|CLAIMS.toml|DIR/``: judge a hand calculation claim by claim."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import InputError
from ..output import write_output


def register(sub) -> None:
    p = sub.add_parser("check", help="check a learner's notes (or claims TOML, or a folder) claim by claim")
    p.add_argument("path", help="notes file (Markdown with $…$ math), claims TOML, or a folder of them")
    p.add_argument("--problem", default=None, help="problem file (TOML) that fixes the exercise")
    p.add_argument("--format", default="text", help="text (default, coloured), json, md, tex or html")
    p.add_argument("--lang", default="en", help="en or is")
    p.add_argument("--out", default=None, help="output file (default: standard output); a CSV for a folder")
    p.add_argument("--templates", default=None, help="a folder of templates that override the built-in ones")
    p.set_defaults(func=run)


def run(args) -> int:
    from .. import check

    path = Path(args.path)
    if path.is_dir():
        from ..check.batch import check_folder, gradebook

        results = check_folder(path, args.problem)
        if not results:
            raise InputError(str(path), "", "a folder with notes files (.md, .txt, …)", "none")
        write_output(gradebook(results), args.out)
        return 0 if all(r is not None and r.exit_code == 0 for _, r, _ in results) else 1
    report = check.check_path(path, args.problem)
    if args.format == "json":
        write_output(json.dumps(report.to_dict(args.lang, args.templates), indent=2, ensure_ascii=False) + "\n",
                     args.out)
        return report.exit_code
    text = check.render_report(report, args.format, args.lang, args.templates)
    if args.format == "text":
        from rich.console import Console
        from rich.text import Text

        if args.out is None or args.out == "-":
            Console(highlight=False, soft_wrap=True).print(Text.from_markup(text), end="")
            sys.stdout.flush()
        else:
            write_output(Text.from_markup(text).plain, args.out)
        return report.exit_code
    write_output(text, args.out)
    return report.exit_code

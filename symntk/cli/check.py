"""``symntk check NOTES|CLAIMS.toml|DIR/``: judge a hand calculation claim by claim.

The report's language is ``--lang`` (en or is); without it, Icelandic when the notes' prose is clearly
Icelandic (þ, ð, æ, ö in its words; og, er, fyrir, stika, eigingildi, …: :mod:`symntk.check.language`),
else English.
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

from ..errors import InputError
from ..output import write_output


def register(sub) -> None:
    p = sub.add_parser("check", help="check a learner's notes (or claims TOML, or a folder) claim by claim")
    p.add_argument("path", help="notes file (Markdown with $…$ math), claims TOML, or a folder of them")
    p.add_argument("--problem", default=None, help="problem file (TOML) that fixes the exercise")
    p.add_argument("--format", default="text", help="text (default, coloured), json, md, tex, html or pdf")
    p.add_argument("--lang", default=None,
                   help="the report's language, en or is (default: is when the notes' prose is clearly Icelandic, "
                        "else en)")
    p.add_argument("--out", default=None, help="output file (default: standard output); a CSV for a folder")
    p.add_argument("--templates", default=None, help="a folder of templates that override the built-in ones")
    p.set_defaults(func=run)


def _checked(path: Path, problem, fmt: str, lang: str | None, templates) -> tuple[str | bytes, int]:
    """The rendered report and the exit code (run in a child process with limits); without ``lang``, the
    language the notes are written in (:func:`symntk.check.language.detect`). The modules imported live to the
    end, so the garbage collector, off while they were imported (:func:`run`), is turned back on without them."""
    from .. import check
    from ..check.language import detect

    gc.freeze()
    gc.enable()
    try:
        report = check.check_path(path, problem)
    except InputError as exc:   # the exercise is not in the notes: said in the notes' language
        raise _worded(exc, path, lang, templates) from None
    lang = lang or detect("\n".join(report.lines))
    if fmt == "json":
        return json.dumps(report.to_dict(lang, templates), indent=2, ensure_ascii=False) + "\n", report.exit_code
    if fmt == "pdf":
        from ..render.pdf import compile_pdf

        return compile_pdf(check.render_report(report, "tex", lang, templates)), report.exit_code
    return check.render_report(report, fmt, lang, templates), report.exit_code


def _worded(exc: InputError, path: Path, lang: str | None, templates):
    """``exc`` in ``lang`` (or the notes' language): :mod:`symntk.check.error_words`."""
    from ..check.error_words import worded
    from ..check.language import detect
    from ..check.render import environment
    from ..check.source import read_text

    if lang is None:
        try:
            lang = detect(read_text(path)[:20_000])   # a bounded prefix: the refusal itself must stay quick
        except (InputError, UnicodeError):
            return exc
    return worded(exc, lang, environment("text", lang, templates)) if lang != "en" else exc


def run(args) -> int:
    path = Path(args.path)
    if path.is_dir():
        from ..check.batch import check_folder, gradebook

        results = check_folder(path, args.problem)
        if not results:
            raise InputError(str(path), "", "a folder with notes files (.md, .txt, .tex, .typ, …)", "none")
        write_output(gradebook(results), args.out)
        return 0 if all(r is not None and r["exit"] == 0 for _, r, _ in results) else 1
    if args.format not in ("text", "json", "md", "tex", "html", "pdf"):
        raise InputError("<options>", "--format", "one of text, json, md, tex, html, pdf", repr(args.format))
    if args.lang is not None and args.lang not in ("en", "is"):
        raise InputError("<options>", "--lang", "one of en, is", repr(args.lang))
    if args.format == "pdf" and args.out in (None, "-") and sys.stdout.isatty():
        raise InputError("<options>", "--out", "a file for --format pdf (a PDF is not for the terminal)",
                         "standard output")
    gc.disable()   # imports make next to no cyclic garbage: no collections over SymPy's and the checker's modules
    try:
        from ..limits import run_isolated

        text, code = run_isolated(_checked, path, args.problem, args.format, args.lang, args.templates,
                                  what=f"checking {path.name}")
    finally:
        gc.enable()
    if args.format in ("json", "pdf"):
        write_output(text, args.out)
        return code
    if args.format == "text":
        from rich.console import Console
        from rich.text import Text

        if args.out is None or args.out == "-":
            Console(highlight=False, soft_wrap=True).print(Text.from_markup(text), end="")
            sys.stdout.flush()
        else:
            write_output(Text.from_markup(text).plain, args.out)
        return code
    write_output(text, args.out)
    return code

"""A whole run on disk: every file is made in memory first (PDFs compiled too), then
the run is written into a hidden sibling folder and swapped in whole
(:func:`symntk.rundir.write_tree`), so that a failure or an interruption leaves
``DIR`` holding one complete run: the earlier one or the new one, never a mix.

Layout of ``DIR``::

    sheets.tex  sheets.pdf  sheets.html     every variant's student sheet, one per page
    keys.tex  keys.pdf                      every variant's answer key, one after another (--combined-key)
    moodle.xml                              the Moodle question bank
    overview.csv  overview.md  overview.html
    variants/NN/problem.toml                the exercise (``symntk derive`` reproduces its key)
    variants/NN/sheet.tex  sheet.pdf        the student sheet of variant NN
    variants/NN/key.tex  key.pdf  key.html  key.md   the step-by-step answer key (render engine)
    variants/NN/notes.md                    the key as notes, readable by ``symntk check``
    .symntk-run.json                        the manifest: the run's files (replaced by the next run;
                                            files not listed in it are never touched)
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..rundir import write_tree
from .documents import answer_key, combined_key, student_sheet
from .generator import Variant, generate
from .moodle import question_bank
from .notes import notes_key
from .options import WorksheetOptions
from .overview import overview_csv, overview_page
from .problems import problem_toml


def run_files(variants: list[Variant], options: WorksheetOptions, pdf: bool = True) -> dict[str, bytes]:
    """Every file of a run: relative path → bytes (byte-identical for the same options)."""
    files: dict[str, str | bytes] = {
        "sheets.tex": student_sheet(variants, options, "tex"),
        "sheets.html": student_sheet(variants, options, "html"),
        "moodle.xml": question_bank(variants, options),
        "overview.csv": overview_csv(variants, options),
        "overview.md": overview_page(variants, options, "md"),
        "overview.html": overview_page(variants, options, "html"),
    }
    if options.combined_key:
        files["keys.tex"] = combined_key(variants, options)
    for v in variants:
        base = f"variants/{v.label}"
        files[f"{base}/problem.toml"] = problem_toml(v, v.problem.title)
        files[f"{base}/sheet.tex"] = student_sheet([v], options, "tex")
        for fmt in ("tex", "html", "md"):
            files[f"{base}/key.{fmt}"] = answer_key(v, options, fmt)
        files[f"{base}/notes.md"] = notes_key(v, options)
    if pdf:
        from .pdf import compile_all

        sources = sorted(name for name in files if name.endswith(".tex"))
        for name, data in zip(sources, compile_all([files[n] for n in sources])):
            files[name[:-4] + ".pdf"] = data
    return {name: data.encode("utf-8") if isinstance(data, str) else data for name, data in sorted(files.items())}


def write_run(options: WorksheetOptions, out: str | Path, pdf: bool = True) -> list[Path]:
    """Generate the run's variants and write every file under ``out``; returns the paths written."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(str(out), "--out", "a directory (created if missing)", "an existing file")
    variants = generate(options)
    return write_tree(run_files(variants, options, pdf=pdf), out, what="symntk worksheet")

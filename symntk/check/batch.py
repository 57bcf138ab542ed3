"""Checking a folder of submissions and writing a gradebook table (CSV).

One row per file: ``file, correct, wrong, carried, unreadable, total, first_mistake_line, status``
(status ``checked``, or ``error: …`` for a file that could not be read at all).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..errors import SymntkError

SUFFIXES = {".md", ".txt", ".markdown", ".qmd", ".rmd", ".rst", ".tex", ".typ", ".org", ".html", ".htm", ".ipynb",
            ".toml", ".py", ".m", ".jl", ".sage"}
COLUMNS = ["file", "correct", "wrong", "carried", "unreadable", "total", "first_mistake_line", "status"]


def _row(path: Path, problem) -> dict:
    """One file's gradebook row (run in a child process with limits, see :func:`symntk.limits.run_isolated`)."""
    from . import check_path

    report = check_path(path, problem)
    first = report.first_mistake
    return {"summary": report.summary, "total": len(report.judgements), "first": first.line if first else "",
            "exit": report.exit_code}


def check_folder(folder: Path, problem=None):
    """(file, row or None, error or None) for every notes file in ``folder`` (sorted by name); each file is
    checked in its own child process under the limits of :func:`symntk.limits.run_isolated`."""
    from ..limits import run_isolated

    out = []
    inside = folder.resolve()
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES):
        if path.suffix.lower() == ".toml" and problem is None:
            continue
        if path.is_symlink() or inside not in path.resolve().parents:
            out.append((path, None, f"{path}: expected a file inside {folder}, got a link to outside it"))
            continue
        try:
            out.append((path, run_isolated(_row, path, problem, what=f"checking {path.name}"), None))
        except SymntkError as exc:
            out.append((path, None, str(exc)))
    return out


def cell(value) -> str:
    """A CSV cell that a spreadsheet cannot run: text starting with = + - @ (or a tab or CR) gets a leading '."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def gradebook(results) -> str:
    """The CSV table of :func:`check_folder`'s results (cells neutralised, see :func:`cell`)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for path, report, error in results:
        if report is None:
            writer.writerow([cell(path.name), "", "", "", "", "", "", cell(f"error: {error}")])
            continue
        s = report["summary"]
        writer.writerow([cell(path.name), s["correct"], s["wrong"], s["carried"], s["unreadable"],
                         report["total"], report["first"], "checked"])
    return buf.getvalue()

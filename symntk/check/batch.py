"""Checking a folder of submissions and writing a gradebook table (CSV).

One row per file: ``file, correct, wrong, carried, unreadable, total, first_mistake_line, status``
(status ``checked``, or ``error: …`` for a file that could not be read at all).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..errors import SymntkError

SUFFIXES = {".md", ".txt", ".markdown", ".tex", ".toml"}
COLUMNS = ["file", "correct", "wrong", "carried", "unreadable", "total", "first_mistake_line", "status"]


def check_folder(folder: Path, problem=None):
    """(file, report or None, error or None) for every notes file in ``folder`` (sorted by name)."""
    from . import check_path

    out = []
    inside = folder.resolve()
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES):
        if path.suffix.lower() == ".toml" and problem is None:
            continue
        if path.is_symlink() or inside not in path.resolve().parents:
            out.append((path, None, f"{path}: expected a file inside {folder}, got a link to outside it"))
            continue
        try:
            out.append((path, check_path(path, problem), None))
        except SymntkError as exc:
            out.append((path, None, str(exc)))
    return out


def gradebook(results) -> str:
    """The CSV table of :func:`check_folder`'s results."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for path, report, error in results:
        if report is None:
            writer.writerow([path.name, "", "", "", "", "", "", f"error: {error}"])
            continue
        s = report.summary
        first = report.first_mistake
        writer.writerow([path.name, s["correct"], s["wrong"], s["carried"], s["unreadable"],
                         len(report.judgements), first.claim.line if first else "", "checked"])
    return buf.getvalue()

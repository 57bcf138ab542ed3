"""The teacher's overview: variant → parameters, datapoints and key numbers
(CSV for a spreadsheet, Markdown and HTML tables to read)."""

from __future__ import annotations

import csv
import io

from .exercise import key_numbers
from .generator import Variant
from .options import WorksheetOptions
from .templates import number, render_page


def _plain(value) -> str:
    return str(value)


def _points(variant: Variant) -> str:
    pts = variant.problem.points
    return "; ".join(", ".join(map(_plain, p)) if len(p) > 1 else _plain(p[0]) for p in pts)


def _theta(variant: Variant) -> str:
    values = variant.solution.values
    return ", ".join(_plain(values[s]) for s in variant.solution.network.parameters())


def overview_rows(variants: list[Variant], options: WorksheetOptions) -> tuple[list, list, list[dict]]:
    """(LaTeX header, plain header, rows): one row per variant with its key numbers as typed answers."""
    items = key_numbers(variants[0], options)
    header = [item.latex for item in items]
    plain = [item.key for item in items]
    rows = [{"label": v.label, "points": _points(v), "theta": _theta(v), "key_html": f"variants/{v.label}/key.html",
             "cells": [number(item.value) for item in key_numbers(v, options)]} for v in variants]
    return header, plain, rows


def overview_csv(variants: list[Variant], options: WorksheetOptions) -> str:
    """``variant,datapoints,theta,<key numbers…>`` with one line per variant."""
    _, plain, rows = overview_rows(variants, options)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["variant", "datapoints", "theta", *plain])
    for row in rows:
        writer.writerow([row["label"], row["points"], row["theta"], *row["cells"]])
    return out.getvalue()


def overview_page(variants: list[Variant], options: WorksheetOptions, fmt: str) -> str:
    """The overview as a Markdown (``md``) or HTML (``html``) table."""
    header, plain, rows = overview_rows(variants, options)
    return render_page(f"overview.{fmt}", options.lang, fmt, options=options, header=header,
                       plain_header=plain, rows=rows)

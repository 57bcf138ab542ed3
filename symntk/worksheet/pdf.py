"""PDFs of a run through the render engine's :func:`symntk.render.compile_pdf`, made
reproducible: pdfTeX takes its dates and the PDF's /ID from ``SOURCE_DATE_EPOCH``
when ``FORCE_SOURCE_DATE=1``, so the same LaTeX gives the same bytes."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from ..render import compile_pdf

_FIXED = {"SOURCE_DATE_EPOCH": "0", "FORCE_SOURCE_DATE": "1"}


@contextmanager
def _fixed_dates():
    saved = {k: os.environ.get(k) for k in _FIXED}
    os.environ.update(_FIXED)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def compile_all(sources: list[str]) -> list[bytes]:
    """The PDFs of LaTeX documents (compiled in parallel, returned in order)."""
    with _fixed_dates(), ThreadPoolExecutor(max_workers=max(1, min(8, os.cpu_count() or 1))) as pool:
        return list(pool.map(compile_pdf, sources))

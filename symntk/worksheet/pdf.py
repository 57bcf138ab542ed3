"""PDFs of a run through the render engine's :func:`symntk.render.compile_pdf`, made
reproducible: pdfTeX takes its dates and the PDF's /ID from ``SOURCE_DATE_EPOCH``
when ``FORCE_SOURCE_DATE=1``, so the same LaTeX gives the same bytes."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from ..render import compile_pdf
from ..render.pdf import stop_compilations

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
    """The PDFs of LaTeX documents (compiled in parallel, returned in order). An
    interruption cancels the queued documents and stops the running compilers, so
    Ctrl-C or SIGTERM ends the run at once and leaves no temporary folder."""
    with _fixed_dates(), ThreadPoolExecutor(max_workers=max(1, min(8, os.cpu_count() or 1))) as pool:
        try:
            return list(pool.map(compile_pdf, sources))
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            stop_compilations()
            raise

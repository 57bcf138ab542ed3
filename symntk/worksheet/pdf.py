"""Stopgap until the render engine's compile function lands: LaTeX → PDF bytes with
latexmk/pdflatex, no shell escape, reproducible dates (SOURCE_DATE_EPOCH=0)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import SymntkError


def compile_pdf(tex: str) -> bytes:
    """The PDF of a LaTeX document (raises :class:`SymntkError` with the log's first error)."""
    if shutil.which("latexmk") is None:
        raise SymntkError("compiling PDF needs latexmk and pdflatex (TeX Live); none found on PATH")
    env = dict(os.environ, SOURCE_DATE_EPOCH="0", FORCE_SOURCE_DATE="1")
    with tempfile.TemporaryDirectory(prefix="symntk-ws-") as tmp:
        Path(tmp, "doc.tex").write_text(tex, encoding="utf-8")
        run = subprocess.run(["latexmk", "-pdf", "-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error",
                              "-quiet", "doc.tex"], cwd=tmp, env=env, capture_output=True, text=True, timeout=300)
        pdf = Path(tmp, "doc.pdf")
        if run.returncode != 0 or not pdf.is_file():
            log = Path(tmp, "doc.log")
            lines = log.read_text(errors="replace").splitlines() if log.is_file() else run.stdout.splitlines()
            first = next((ln for ln in lines if ln.startswith("!")), "see the LaTeX log")
            raise SymntkError(f"LaTeX failed: {first}")
        return pdf.read_bytes()

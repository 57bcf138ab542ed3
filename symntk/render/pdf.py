"""LaTeX → PDF with the TeX installed on the machine, never with shell escape.

``compile_pdf`` runs ``pdflatex`` once, and again (at most twice more) only when the log
asks for a rerun (cross-references, page counts; a derivation has none, and a second
pass doubled the time of a PDF), with ``-no-shell-escape -interaction=nonstopmode -halt-on-error`` in
a fresh temporary directory, and returns the PDF's bytes. A missing TeX or a
failed run raises :class:`CompileError` quoting the log's error lines.

The compiler runs in its own process group, killed whole when the caller is
interrupted (Ctrl-C, SIGTERM via :func:`symntk.output.signals_as_interrupts`)
or calls :func:`stop_compilations`; the temporary directory
(``symntk-tex-PID-…``) is removed on every way out, and one left by a process
killed outright (SIGKILL) is removed by the next compilation.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
from pathlib import Path

from ..errors import SymntkError

TIMEOUT = 180  # seconds for the whole compilation
_MATRIX = re.compile(r"\\begin\{([pbBvV]?matrix)\}(.*?)\\end\{\1\}", re.S)
_MAX_COLS = re.compile(r"\\setcounter\{MaxMatrixCols\}\{(\d+)\}")
_running: set[subprocess.Popen] = set()
_lock = threading.Lock()
PDFLATEX = ["pdflatex", "-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error", "-file-line-error"]


class CompileError(SymntkError):
    """TeX is missing or could not compile the document."""


def tex_available() -> bool:
    """Whether pdflatex is on the PATH."""
    return shutil.which("pdflatex") is not None


_RERUN = re.compile(r"Rerun to get|Label\(s\) may have changed|\(rerunfilecheck\).*Rerun|Rerun LaTeX")
RUNS = 3  # pdflatex passes at most


def needs_rerun(folder: Path) -> bool:
    """Whether the last pass's log asks for another (changed labels or page references)."""
    log = folder / "doc.log"
    return log.is_file() and bool(_RERUN.search(log.read_text(encoding="utf-8", errors="replace")))


def log_errors(log: str, context: int = 2) -> list[str]:
    """The lines of a TeX log that report errors (``!`` or ``file:line:``), each with
    ``context`` lines after it."""
    lines = log.splitlines()
    out: list[str] = []
    for n, line in enumerate(lines):
        if line.startswith("!") or (".tex:" in line and ": " in line and line.split(":")[1].isdigit()):
            out += [ln for ln in lines[n:n + 1 + context] if ln.strip() and ln not in out[-3:]]
    return out[:24]


def matrix_columns(tex: str) -> int:
    """The most columns of any row of any amsmath matrix in ``tex`` (1 + its unescaped ``&``)."""
    most = 0
    for match in _MATRIX.finditer(tex):
        for row in match.group(2).split("\\\\"):
            most = max(most, row.count("&") - row.count("\\&") + 1)
    return most


def fit_matrix_columns(tex: str) -> str:
    """``tex`` with amsmath's ``MaxMatrixCols`` (default 10; the preamble sets 40) raised to
    the widest matrix in the document, so a 1 × 60 weight matrix compiles; each matrix costs
    time in proportion to this setting, so it is only raised when a document needs it."""
    need = matrix_columns(tex)
    found = _MAX_COLS.search(tex)
    current = int(found.group(1)) if found else 10
    if need <= current:
        return tex
    if found:
        return tex[:found.start()] + f"\\setcounter{{MaxMatrixCols}}{{{need}}}" + tex[found.end():]
    head, sep, body = tex.partition("\\begin{document}")
    return head + f"\\setcounter{{MaxMatrixCols}}{{{need}}}\n" + sep + body if sep else tex


def compile_pdf(tex: str) -> bytes:
    """The PDF of a complete LaTeX document (UTF-8 source)."""
    if not tex_available():
        raise CompileError("pdflatex was not found: install TeX Live (Debian: latexmk texlive-latex-extra "
                           "texlive-lang-european texlive-pictures lmodern) or write --format tex instead")
    env = {**os.environ, "shell_escape": "f", "openout_any": "p", "openin_any": "p"}
    remove_stale_folders()
    with tempfile.TemporaryDirectory(prefix=f"symntk-tex-{os.getpid()}-") as tmp:
        folder = Path(tmp)
        (folder / "doc.tex").write_text(fit_matrix_columns(tex), encoding="utf-8")
        for _ in range(RUNS):
            done = _run(PDFLATEX + ["doc.tex"], folder, env)
            if done.returncode != 0 or not needs_rerun(folder):
                break
        pdf = folder / "doc.pdf"
        if done.returncode == 0 and pdf.is_file():
            return pdf.read_bytes()
        log_file = folder / "doc.log"
        log = log_file.read_text(encoding="utf-8", errors="replace") if log_file.is_file() else done.stdout
        errors = log_errors(log) or log.splitlines()[-10:]
        raise CompileError("LaTeX failed: " + " | ".join(line.strip() for line in errors))


def _run(command: list[str], folder: Path, env: dict) -> subprocess.CompletedProcess:
    """Run one compiler command in its own process group; the whole group is killed
    on a timeout, an interruption or :func:`stop_compilations`."""
    process = subprocess.Popen(command, cwd=folder, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, errors="replace", start_new_session=True)
    with _lock:
        _running.add(process)
    try:
        out, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        _kill(process)
        raise CompileError(f"LaTeX did not finish within {TIMEOUT} s") from None
    except BaseException:
        _kill(process)
        raise
    finally:
        with _lock:
            _running.discard(process)
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def _kill(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except OSError:
        pass
    process.communicate()


def stop_compilations() -> None:
    """Kill every compiler this process is running (their callers then fail and
    remove their temporary directories)."""
    with _lock:
        running = list(_running)
    for process in running:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except OSError:
            pass


def remove_stale_folders() -> None:
    """Remove ``symntk-tex-PID-*`` temporary directories whose process PID is gone."""
    for entry in Path(tempfile.gettempdir()).glob("symntk-tex-*-*"):
        pid = entry.name.split("-")[2]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            pass

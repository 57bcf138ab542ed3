"""Writing results: whole or not at all, and never over something that is not a file.

``write_output`` writes a regular file (or a new one) through a temporary
file in the same directory that is renamed over the target (``os.replace``,
atomic on POSIX): a reader sees the old file or the complete new one, never
a part. Character devices, FIFOs and sockets (``/dev/null``, ``/dev/stdout``,
a named pipe) and ``-`` are written straight: renaming over them would
replace the device or the link with a file. Batch modes name their outputs
with :func:`safe_child`, which keeps every name derived from a learner's
file inside the output directory. :func:`signals_as_interrupts` turns
SIGTERM and SIGHUP into the same clean-up path as Ctrl-C.
"""

from __future__ import annotations

import os
import re
import signal
import stat
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

from .errors import InputError

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
TEMP_STEM_BYTES = 60  # bytes of the target's name kept in a temporary name (any valid target name fits)


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived: unwinds like Ctrl-C, so every clean-up runs."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextmanager
def signals_as_interrupts():
    """Inside the block (main thread only), SIGTERM and SIGHUP raise :class:`Terminated`
    (a ``KeyboardInterrupt``), so temporary files and folders are removed as after
    Ctrl-C; the previous handlers come back afterwards."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum, frame):
        raise Terminated(signum)

    caught = [s for s in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None]
    previous = {s: signal.signal(s, _raise) for s in caught}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def temp_prefix(name: str) -> str:
    """``.NAME.`` with NAME cut to :data:`TEMP_STEM_BYTES` bytes of UTF-8, so the
    temporary name (prefix + 8 random characters + suffix) stays under the 255-byte
    limit of a file name for every valid target name."""
    stem = name.encode("utf-8", "surrogateescape")[:TEMP_STEM_BYTES].decode("utf-8", "ignore")
    return f".{stem}."


def write_output(data: str | bytes, out: str | Path | None) -> None:
    """Write ``data`` to ``out``: to stdout when ``out`` is None or ``-``; straight
    into a character device, FIFO or socket; otherwise atomically (temporary file
    + rename) into a regular or new file, through a symbolic link to its target.
    The new file gets the permissions of the file it replaces, or the usual ones
    (0666 minus the umask)."""
    if out is None or str(out) == "-":
        if isinstance(data, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        sys.stdout.flush()
        return
    with open_output(out) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextmanager
def open_output(out: str | Path):
    """A binary handle for streaming a large result to ``out`` piece by piece, with the
    guarantees of :func:`write_output`: a regular or new file appears whole at the end
    of the block (or not at all, if the block fails); a device, FIFO or ``-`` is
    written straight."""
    if str(out) == "-":
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    path = Path(out)
    target = regular_target(path)
    if target is None:
        flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            handle = os.fdopen(os.open(path, flags), "wb")
        except OSError as exc:
            raise InputError(str(path), "--out", "a writable file or device",
                             exc.strerror or type(exc).__name__) from None
        with _as_input_error(path), handle:
            yield handle
        return
    with temporary_sibling(path, target) as tmp, _as_input_error(path), open(tmp, "wb") as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


@contextmanager
def temporary_sibling(path: Path, target: Path | None = None):
    """A new temporary file beside ``target`` (``path`` or the regular file its links
    lead to), renamed over ``target`` when the block ends without an error and
    removed otherwise (Ctrl-C and SIGTERM included). For writers that need a file
    name (a memory-mapped array), not a handle."""
    target = target or regular_target(path)
    if target is None:
        raise InputError(str(path), "--out", "a regular file (or a new one) for this output", "a device or a pipe")
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(str(path), "--out", "a path in an existing directory", f"no directory {parent}")
    mode = _mode_for(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=".part", dir=parent)
        os.close(fd)
    except OSError as exc:
        raise InputError(str(path), "--out", "a writable directory", exc.strerror or type(exc).__name__) from None
    try:
        yield Path(tmp)
        with _as_input_error(path):
            os.chmod(tmp, mode)
            os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)


@contextmanager
def _as_input_error(path: Path):
    try:
        yield
    except OSError as exc:
        raise InputError(str(path), "--out", "a writable file", exc.strerror or type(exc).__name__) from None


def regular_target(path: Path) -> Path | None:
    """Where an atomic write of ``path`` renames its temporary file: ``path`` itself
    (a regular file or a new one) or the regular file at the end of its symbolic
    links; None for a character device, FIFO or socket, or a link the kernel makes
    up (``/dev/stdout`` → ``/proc/self/fd/1``): those are written straight.
    Raises :class:`InputError` for a directory."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise InputError(str(path), "--out", "a writable file", exc.strerror or type(exc).__name__) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError(str(path), "--out", "a file path", "a directory")
    if mode is not None and not stat.S_ISREG(mode):
        return None
    if not path.is_symlink():
        return path
    real = Path(os.path.realpath(path))
    if real.parts[:2] == ("/", "proc"):
        return None
    return real


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def safe_child(directory: str | Path, name: str, suffix: str = "") -> Path:
    """The output path for ``name`` (e.g. a learner's file name or a title)
    inside ``directory``: every character outside ``A-Za-z0-9._-`` becomes
    ``_``, leading dots are dropped, so ``../../etc/passwd`` or an absolute
    path can never point outside ``directory``. Raises :class:`InputError`
    for a name with nothing usable left."""
    base = Path(directory)
    cleaned = _SAFE_NAME.sub("_", str(name)).lstrip("._")[:120]
    if not cleaned.strip("_"):
        raise InputError(str(name), "name", "a file name with letters or digits", "nothing usable")
    target = base / f"{cleaned}{suffix}"
    resolved_base = base.resolve()
    if target.resolve().parent != resolved_base:
        raise InputError(str(name), "name", f"a file name inside {base}", "a path leading outside it")
    return target

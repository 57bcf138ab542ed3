"""Writing results: atomically, so a failure never leaves a half-written file.

``write_output`` writes to a temporary file in the target's directory and
renames it over the target (``os.replace``, atomic on POSIX and Windows): a
reader sees the old file or the complete new one, never a part. Batch modes
name their outputs with :func:`safe_child`, which keeps every name derived
from a learner's file inside the output directory.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

from .errors import InputError

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def write_output(data: str | bytes, out: str | Path | None) -> None:
    """Write ``data`` to ``out`` atomically (temp file + rename), or to stdout
    when ``out`` is None or ``-``. The new file gets the permissions of the
    file it replaces, or the usual ones (0666 minus the umask)."""
    if out is None or str(out) == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        sys.stdout.flush()
        return
    path = Path(out)
    if path.is_dir():
        raise InputError(str(path), "--out", "a file path", "a directory")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(str(path), "--out", "a path in an existing directory", f"no directory {parent}")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    mode = _mode_for(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=parent)
    except OSError as exc:
        raise InputError(str(path), "--out", "a writable directory", exc.strerror or type(exc).__name__) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InputError(str(path), "--out", "a writable file", exc.strerror or type(exc).__name__) from None
        raise


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

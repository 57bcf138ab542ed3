"""Writing results: atomically, so a failure never leaves a half-written file."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .errors import InputError


def write_output(data: str | bytes, out: str | Path | None) -> None:
    """Write ``data`` to ``out`` atomically (temp file + rename), or to stdout
    when ``out`` is None or ``-``."""
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
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

"""A multi-file run written whole: built in a hidden sibling folder, swapped in at the end.

``write_tree(files, out)`` writes every file of a run (relative path → bytes)
into ``.OUT.symntk-run-XXXXXXXX`` beside ``out``, together with a manifest
(:data:`MANIFEST`, the list of the run's files). At the end the new folder
takes the place of ``out`` in one step (Linux ``renameat2`` with
``RENAME_EXCHANGE``; elsewhere two renames). What was in ``out`` before:

* files named in the earlier run's manifest are symntk's own output: replaced
  (an old variant the new run does not have disappears);
* every other file (the teacher's own, or a run without a manifest) is kept:
  hard-linked into the new folder before the swap, unless the new run writes
  a file of the same name.

So at every moment ``out`` holds one complete run, the old or the new one, and
an interruption (Ctrl-C, SIGTERM, even SIGKILL) leaves at most a hidden
sibling folder, which the next run removes once its owner is gone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import shutil
import tempfile
from pathlib import Path

from .errors import InputError
from .output import temp_prefix

MANIFEST = ".symntk-run.json"
_SUFFIX = ".symntk-run-"
_OWNER = ".owner"


def write_tree(files: dict[str, bytes], out: str | Path, what: str = "symntk") -> list[Path]:
    """Write ``files`` (relative path → bytes) as the folder ``out``, whole or not
    at all (see the module doc); returns the paths of the files written."""
    shown, out = str(out), Path(os.path.abspath(out))
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise InputError(shown, "--out", "a directory (created if missing)", "an existing file or link")
    if Path.cwd() == out or out in Path.cwd().parents:
        raise InputError(shown, "--out", "a folder that is not the current directory or above it (the run "
                         "replaces the folder whole)", "the current directory")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(str(out), "--out", "a path in an existing directory", f"no directory {parent}")
    _remove_stale(parent, out.name)
    try:
        build = Path(tempfile.mkdtemp(prefix=temp_prefix(out.name)[:-1] + _SUFFIX, dir=parent))
    except OSError as exc:
        raise InputError(str(out), "--out", "a writable directory", exc.strerror or type(exc).__name__) from None
    try:
        (build / _OWNER).write_text(str(os.getpid()), encoding="ascii")
        for name, data in files.items():
            _check_name(name)
            path = build / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (build / MANIFEST).write_text(json.dumps({"by": what, "files": sorted(files)}, indent=1) + "\n",
                                      encoding="utf-8")
        if out.is_dir():
            _keep_unrelated(out, build, set(files))
        (build / _OWNER).unlink()
        os.chmod(build, out.stat().st_mode & 0o7777 if out.is_dir() else 0o777 & ~_umask())  # the folder's mode
        _swap_in(build, out)
    except BaseException as exc:
        shutil.rmtree(build, ignore_errors=True)
        if isinstance(exc, OSError):
            raise InputError(str(out), "--out", "a writable directory", exc.strerror or type(exc).__name__) from None
        raise
    return [out / name for name in files]


def _check_name(name: str) -> None:
    parts = Path(name).parts
    if not parts or Path(name).is_absolute() or ".." in parts or name in (MANIFEST, _OWNER):
        raise ValueError(f"a run file name must be a relative path inside the run, not {name!r}")


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _earlier_run(out: Path) -> set[str]:
    """The files of the earlier run in ``out`` (its manifest), or none."""
    try:
        listed = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return set()
    return {name for name in listed if isinstance(name, str)}


def _keep_unrelated(out: Path, build: Path, new: set[str]) -> None:
    """Hard-link every file of ``out`` that is not symntk's earlier output (and not
    overwritten by the new run) into ``build``, at the same relative path."""
    old = _earlier_run(out) | {MANIFEST}
    for folder, dirs, names in os.walk(out):
        rel_folder = Path(folder).relative_to(out)
        for d in dirs:
            (build / rel_folder / d).mkdir(parents=True, exist_ok=True)
        for name in names:
            rel = (rel_folder / name).as_posix()
            if rel in old or rel in new:
                continue
            target = build / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(Path(folder) / name, target, follow_symlinks=False)
            except OSError:
                shutil.copy2(Path(folder) / name, target, follow_symlinks=False)
    _drop_empty_dirs(build, keep=out)


def _drop_empty_dirs(build: Path, keep: Path) -> None:
    """Remove folders created in ``build`` only to mirror ``keep`` that stayed empty,
    unless they were empty in ``keep`` too (a teacher's empty folder stays)."""
    for folder, _dirs, _names in sorted(os.walk(build), key=lambda entry: -len(entry[0])):
        rel = Path(folder).relative_to(build)
        if rel != Path(".") and not any(Path(folder).iterdir()):
            original = keep / rel
            if original.is_dir() and any(original.iterdir()):
                Path(folder).rmdir()


def _swap_in(build: Path, out: Path) -> None:
    if not out.exists():
        os.rename(build, out)
        return
    if _exchange(build, out):
        shutil.rmtree(build, ignore_errors=True)  # now holds the earlier run
        return
    old = Path(tempfile.mkdtemp(prefix=temp_prefix(out.name)[:-1] + _SUFFIX, dir=out.parent))
    os.rename(out, old / "old")
    os.rename(build, out)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2(RENAME_EXCHANGE)``); False where unsupported."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    done = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return done == 0


def _remove_stale(parent: Path, name: str) -> None:
    """Remove hidden build folders of earlier runs into ``name`` whose process is gone
    (left by SIGKILL or a power cut)."""
    prefix = temp_prefix(name)[:-1] + _SUFFIX
    for entry in parent.glob(glob_escape(prefix) + "*"):
        owner = entry / _OWNER
        try:
            pid = int(owner.read_text(encoding="ascii"))
        except (OSError, ValueError):
            pid = None
        if pid is None and owner.exists():
            continue
        if pid is not None and _alive(pid):
            continue
        shutil.rmtree(entry, ignore_errors=True)


def glob_escape(text: str) -> str:
    """``text`` with glob's special characters taken literally."""
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in text)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

"""Interrupted worksheet runs: the output folder always holds exactly one complete run
(the earlier one or the new one, never a mix), the teacher's own files survive, and no
temporary file or folder is left behind (SIGKILL's leftovers are removed by the next run)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from symntk.cli import main
from symntk.render import pdf

from conftest import ROOT

OLD = ["worksheet", "--seed", "1", "--variants", "3", "--no-pdf"]
NEW = ["worksheet", "--seed", "2", "--variants", "2", "--no-pdf"]
# Slows every file write of the child down, so that the signal lands while the run is being written.
SLOW_WRITES = """
import sys, time
from pathlib import Path
real = Path.write_bytes
def slow(self, data):
    time.sleep(0.05)
    return real(self, data)
Path.write_bytes = slow
from symntk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, dict[str, bytes]]:
    """The complete earlier (OLD) and new (NEW) runs, made once without interruption."""
    folder = tmp_path_factory.mktemp("reference")
    out = {}
    for name, args in (("old", OLD), ("new", NEW)):
        assert main(args + ["--out", str(folder / name)]) == 0
        out[name] = _files(folder / name)
    return out


def _copy_run(files: dict[str, bytes], out: Path) -> None:
    for name, data in files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)


def _start(args: list[str], out: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", SLOW_WRITES, *args, "--out", str(out)], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(condition, seconds: float = 120) -> None:
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "the run never reached the point to interrupt"
        time.sleep(0.01)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_an_interrupted_run_leaves_one_complete_run(tmp_path, signum, runs):
    old, new = runs["old"], runs["new"]
    work = tmp_path / "work"
    out = work / "run"
    work.mkdir()
    _copy_run(old, out)  # the earlier run, as `symntk worksheet` wrote it (manifest included)
    (out / "my-notes.txt").write_text("the teacher's own file\n", encoding="utf-8")
    (out / "variants" / "01" / "comments.md").write_text("kept\n", encoding="utf-8")
    mine = {"my-notes.txt": b"the teacher's own file\n", "variants/01/comments.md": b"kept\n"}

    child = _start(NEW, out)
    _wait_for(lambda: any(p.name != "run" and any(p.rglob("key.md")) for p in work.iterdir()))
    child.send_signal(signum)
    _, err = child.communicate(timeout=60)
    assert "Traceback" not in err
    if signum != signal.SIGKILL:
        assert child.returncode == 128 + signum and err.count("\n") == 1
        assert sorted(p.name for p in work.iterdir()) == ["run"]
    assert _files(out) == {**old, **mine}, "the folder must still hold the earlier run, whole"
    if signum != signal.SIGKILL:
        return
    assert main(NEW + ["--out", str(out)]) == 0
    assert sorted(p.name for p in work.iterdir()) == ["run"], "a later run removes what SIGKILL left"
    assert _files(out) == {**new, **mine}
    assert json.loads((out / ".symntk-run.json").read_text())["files"] == sorted(set(new) - {".symntk-run.json"})


def test_files_of_the_earlier_run_that_the_new_one_lacks_are_removed(tmp_path, runs):
    out = tmp_path / "run"
    _copy_run(runs["old"], out)
    assert (out / "variants" / "03" / "key.md").is_file()
    assert main(NEW + ["--out", str(out)]) == 0
    assert not (out / "variants" / "03").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run"]


@pytest.mark.slow
@pytest.mark.skipif(not pdf.tex_available(), reason="pdflatex is not installed")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_no_tex_folder_survives_a_signal(tmp_path, signum):
    out = tmp_path / "run"
    child = _start(["worksheet", "--variants", "2"], out)
    tmp = Path(tempfile.gettempdir())

    def tex_folders():
        return list(tmp.glob(f"symntk-tex-{child.pid}-*"))

    _wait_for(lambda: bool(tex_folders()))
    child.send_signal(signum)
    _, err = child.communicate(timeout=60)
    assert "Traceback" not in err and not out.exists()
    if signum != signal.SIGKILL:
        assert tex_folders() == []
    else:
        pdf.remove_stale_folders()
        assert tex_folders() == []


def test_write_tree_keeps_the_folder_mode_and_the_teachers_folders(tmp_path, monkeypatch):
    from symntk.errors import InputError
    from symntk.rundir import MANIFEST, write_tree

    out = tmp_path / "run"
    write_tree({"a.txt": b"1", "sub/b.txt": b"2"}, out)
    out.chmod(0o750)
    (out / "empty").mkdir()
    (out / "sub" / "mine.txt").write_text("kept")
    write_tree({"a.txt": b"3"}, out)
    assert out.stat().st_mode & 0o777 == 0o750
    assert _files(out) == {"a.txt": b"3", "sub/mine.txt": b"kept",
                           MANIFEST: (out / MANIFEST).read_bytes()} and (out / "empty").is_dir()
    monkeypatch.chdir(out)
    with pytest.raises(InputError, match="not the current directory"):
        write_tree({"a.txt": b"4"}, ".")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run"]

"""Start-up of ``symntk check``: what is imported for every notes file, and the garbage collector in the CLI."""

import gc
import json
import os
import subprocess
import sys

import symntk.check as check
from symntk.cli.check import _checked

from conftest import ROOT

NOTES = ROOT / "examples" / "notes.md"


def test_readers_of_other_notations_are_not_imported_with_the_checker():
    # Maple's claims and StarMath's reader are only needed for notes pasted from them (read on demand).
    code = ("import sys, symntk.check; print([m for m in ('symntk.check.maple_claims', 'symntk.check.starmath_reader')"
            " if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.strip() == "[]"


def test_checking_runs_with_the_collector_on_and_the_modules_frozen(monkeypatch):
    # The CLI turns the collector off for the imports (run); the check itself must run with it on again, and the
    # objects alive before it (the modules) moved out of its way.
    seen = []
    real = check.check_path

    def spy(*args):
        seen.append((gc.isenabled(), gc.get_freeze_count() > 0))
        return real(*args)

    monkeypatch.setattr(check, "check_path", spy)
    gc.disable()
    try:
        text, code = _checked(NOTES, None, "json", "en", None)
    finally:
        gc.unfreeze()
        gc.enable()
    assert seen == [(True, True)]
    assert json.loads(text)["claims"]


def test_cli_exit_code_and_report_unchanged_by_the_exit_path(tmp_path):
    # entry() freezes the collector before exiting: the exit code (1: the example notes hold mistakes) and the
    # report written are those of main().
    out = tmp_path / "report.json"
    done = subprocess.run([sys.executable, "-m", "symntk", "check", str(NOTES), "--format", "json", "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["claims"]

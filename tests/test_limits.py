"""Deadlines for symbolic work, the exact-mode budget, atomic output and the CLI's last-resort handling."""

import math
import os
import stat
import subprocess
import sys
import threading

import pytest
import sympy

import symntk
from symntk import limits
from symntk.budget import Budget
from symntk.cli import main
from symntk.errors import DeadlineError, InputError, TooLargeError
from symntk.output import safe_child, write_output

from conftest import ROOT

x, y = sympy.symbols("x y")


def _spin():
    while True:
        pass


def test_deadline_interrupts_a_running_computation():
    with pytest.raises(DeadlineError, match="expanding"):
        with limits.deadline(0.2, "expanding"):
            _spin()


def test_nested_deadlines_the_inner_one_fires_and_the_outer_one_survives():
    with limits.deadline(30, "outer"):
        with pytest.raises(DeadlineError, match="inner"):
            with limits.deadline(0.1, "inner"):
                _spin()
        assert sympy.expand((x + 1) ** 3) == x ** 3 + 3 * x ** 2 + 3 * x + 1
    with pytest.raises(DeadlineError, match="outer"):
        with limits.deadline(0.1, "outer"):
            with limits.deadline(30, "inner"):
                _spin()


def test_a_finished_block_leaves_no_timer_behind():
    with limits.deadline(0.05):
        pass
    import time

    time.sleep(0.15)  # a leftover SIGALRM would raise or kill the process here
    assert limits._stack == []


def test_a_foreign_timer_is_given_back():
    """Code that set its own SIGALRM timer (e.g. the checker's) keeps it across a deadline block."""
    import signal
    import time

    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *args: fired.append(time.monotonic()))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.4)
        started = time.monotonic()
        with limits.deadline(10):
            sympy.expand((x + y) ** 5)
        assert signal.getsignal(signal.SIGALRM) is not limits._on_alarm
        while not fired and time.monotonic() - started < 10:
            time.sleep(0.01)
        assert fired
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_call_with_deadline_in_a_thread_uses_a_process():
    results = []

    def worker():
        try:
            results.append(limits.call_with_deadline(_spin, seconds=0.3, what="spinning"))
        except DeadlineError as exc:
            results.append(exc)
        results.append(limits.call_with_deadline(sympy.factorint, 2 ** 64 - 1, seconds=30))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(60)
    assert isinstance(results[0], DeadlineError) and "spinning" in str(results[0])
    assert results[1] == {3: 1, 5: 1, 17: 1, 257: 1, 641: 1, 65537: 1, 6700417: 1}


def test_check_stops_loops_where_the_timer_cannot_interrupt():
    errors = []

    def worker():
        try:
            with limits.deadline(0.1):
                while True:
                    limits.check("looping")
        except DeadlineError as exc:
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(30)
    assert errors and "looping" in str(errors[0])


@pytest.mark.parametrize("a,b,verdict", [
    (sympy.sin(x) ** 2 + sympy.cos(x) ** 2, 1, True),
    ((x + y) ** 2, x ** 2 + 2 * x * y + y ** 2, True),
    (sympy.tanh(x), (sympy.exp(2 * x) - 1) / (sympy.exp(2 * x) + 1), True),
    (1 - sympy.tanh(x) ** 2, 1 / sympy.cosh(x) ** 2, True),
    (x + 1, x, False),
    (sympy.Rational(1, 3), sympy.Rational(1, 2), False),
    ((x + 1) ** 2, x ** 2 + 1, False),
])
def test_equivalent(a, b, verdict):
    """Without a time limit, so the verdict does not depend on the machine's load."""
    assert limits.equivalent(a, b, seconds=math.inf) is verdict


def test_equivalent_gives_up_in_time_and_refuses_text():
    big = sympy.expand((x + y + 1) ** 8)
    hard = sympy.factor(big) * sympy.sin(x) ** 2 + sympy.cos(x) ** 2 * big
    assert limits.equivalent(hard, big + sympy.Rational(1, 10 ** 9) * sympy.sin(x), seconds=0) is None
    with pytest.raises(TypeError):
        limits.equivalent("__import__('os')", 1)


def test_simplified_returns_the_input_when_out_of_time():
    expr = sympy.expand((x + y + 1) ** 30) / sympy.expand((x + y + 1) ** 29)
    assert limits.simplified(expr, seconds=0.0) == expr
    assert limits.simplified(sympy.sin(x) ** 2 + sympy.cos(x) ** 2, seconds=math.inf) == 1


def test_a_spent_budget_stops_the_block_before_it_starts():
    ran = []
    with pytest.raises(DeadlineError, match="nothing"):
        with limits.deadline(0, "nothing"):
            ran.append(1)
    assert ran == [] and limits._stack == []


def test_budget_interrupts_a_stage_and_names_the_numeric_path():
    problem = symntk.notes_problem()
    budget = Budget(problem, seconds=0.2)
    with pytest.raises(TooLargeError, match="numeric path"):
        with budget.stage():
            _spin()
    assert budget.spent >= 0.2
    with pytest.raises(TooLargeError, match="took longer than"):
        with budget.stage():
            pass


def test_write_output_is_atomic_and_keeps_permissions(tmp_path):
    target = tmp_path / "out.txt"
    write_output("first\n", target)
    mode = stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask
    target.chmod(0o640)
    write_output("second\n", target)
    assert target.read_text() == "second\n" and stat.S_IMODE(target.stat().st_mode) == 0o640

    class BoomError(Exception):
        pass

    real_fsync = os.fsync

    def failing_fsync(fd):  # the data is in the temporary file when the failure comes
        real_fsync(fd)
        raise BoomError

    os.fsync = failing_fsync
    try:
        with pytest.raises(BoomError):
            write_output("third\n", target)
    finally:
        os.fsync = real_fsync
    assert target.read_text() == "second\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_write_output_errors_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="a directory"):
        write_output("x", tmp_path)
    with pytest.raises(InputError, match="existing directory"):
        write_output("x", tmp_path / "no" / "such.txt")


@pytest.mark.parametrize("name,expected", [
    ("../../etc/passwd", "etc_passwd.pdf"),
    ("/abs/path", "abs_path.pdf"),
    ("ok-name_1.toml", "ok-name_1.toml.pdf"),
    ("..\\..\\windows", "windows.pdf"),
    ("\u202eexe.txt", "exe.txt.pdf"),
    ("a/../../b", "a_.._.._b.pdf"),
])
def test_safe_child_keeps_names_inside(tmp_path, name, expected):
    path = safe_child(tmp_path, name, ".pdf")
    assert path.name == expected and path.parent == tmp_path


def test_safe_child_refuses_empty_names_and_symlinks_out(tmp_path):
    with pytest.raises(InputError):
        safe_child(tmp_path, "..")
    (tmp_path / "link.pdf").symlink_to("/etc/passwd")
    with pytest.raises(InputError, match="outside"):
        safe_child(tmp_path, "link", ".pdf")


def test_internal_errors_are_one_line_with_exit_3(monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("deliberate")

    monkeypatch.setattr("symntk.api.derive", broken)
    assert main(["demo"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bug in symntk" in err and "ZeroDivisionError" in err


def test_closed_stdout_ends_quietly():
    run = subprocess.run(f"{sys.executable} -m symntk demo | head -c 10", shell=True, capture_output=True,
                         text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.stderr == "" and len(run.stdout) == 10


def test_devices_and_fifos_are_written_straight_and_stay_what_they_are(tmp_path):
    write_output("gone\n", "/dev/null")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_output("through the pipe\n", fifo)
    reader.join(10)
    assert received == [b"through the pipe\n"] and stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_dev_stdout_stays_a_link_and_the_output_arrives(tmp_path):
    before = os.readlink("/dev/stdout")
    captured = tmp_path / "captured.txt"
    with captured.open("w") as handle:
        run = subprocess.run([sys.executable, "-m", "symntk", "derive", str(ROOT / "examples" / "notes.toml"),
                              "--format", "md", "--out", "/dev/stdout"], stdout=handle, stderr=subprocess.PIPE,
                             text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0 and run.stderr == ""
    assert os.readlink("/dev/stdout") == before and "W_{1,1}^{[1]}" in captured.read_text()
    piped = subprocess.run([sys.executable, "-m", "symntk", "derive", str(ROOT / "examples" / "notes.toml"),
                            "--format", "md", "--out", "/dev/stdout"], capture_output=True, text=True, cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert piped.returncode == 0 and "W_{1,1}^{[1]}" in piped.stdout


def test_a_link_to_a_regular_file_is_kept_and_its_target_replaced(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old\n")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_output("new\n", link)
    assert link.is_symlink() and real.read_text() == "new\n"


@pytest.mark.parametrize("name", ["k" * 250 + ".txt", "é" * 125 + "x.md"])
def test_the_longest_valid_target_names_work(tmp_path, name):
    assert len(name.encode()) == 254
    write_output("long\n", tmp_path / name)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]

"""Deadlines for symbolic work.

SymPy can take minutes (or forever) on a call that looks small: ``simplify``,
``equals``, ``factor`` or ``expand`` of a large expression. Everything symntk
runs on a learner's or a user's input goes through one of these helpers, so
no single call can hang the program:

* :func:`deadline` — a context manager: the block raises
  :class:`~symntk.errors.DeadlineError` (a ``TooLargeError``) once it has run
  for ``seconds``. In the main thread of a POSIX process it interrupts the
  running SymPy call with a real-time timer signal (``SIGALRM``); deadlines
  nest (the earliest one wins), and a timer someone else had set is given
  back, minus the time spent, when the outermost block ends. A block given
  ``seconds <= 0`` raises at once; ``math.inf`` (or ``None``) sets no limit.
  Elsewhere (other threads, Windows) it cannot interrupt and only
  :func:`check` calls inside the block stop the work.
* :func:`call_with_deadline` — runs ``fn(*args)`` under a deadline that is
  enforced everywhere: under :func:`deadline` where that interrupts, else in
  a separate process that is killed when the time is up.
* :func:`equivalent` — whether two expressions are equal, trying cheap exact
  tests first and ``simplify`` under a deadline last; ``None`` when the answer
  is not known in time (the checker reports "could not decide", never a guess).
* :func:`simplified` — ``simplify(expr)`` or, after the deadline, ``expr``.
"""

from __future__ import annotations

import math
import multiprocessing
import signal
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from fractions import Fraction

import sympy

from .errors import DeadlineError

SIMPLIFY_SECONDS = 2.0
_stack: list[tuple[float, float, str | None]] = []  # (effective end, own end, what) per active block, main thread


def _interrupts() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _on_alarm(signum, frame):
    now = time.monotonic()
    if _stack and now >= _stack[-1][0] - 1e-3:
        expired = min(_stack, key=lambda entry: entry[1])
        raise DeadlineError(_message(expired[2]))
    _arm()


def _arm() -> None:
    if _stack:
        signal.setitimer(signal.ITIMER_REAL, max(_stack[-1][0] - time.monotonic(), 1e-3))
    else:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _message(what: str | None) -> str:
    return f"{what or 'a symbolic computation'} ran out of time"


@contextmanager
def deadline(seconds: float, what: str | None = None):
    """Run the block for at most ``seconds`` (see module doc); raises
    :class:`DeadlineError` naming ``what`` when the time is up."""
    if seconds is None or math.isinf(seconds):
        yield
        return
    if seconds <= 0:  # a spent budget stops the block before it starts (deterministic, whatever the load)
        raise DeadlineError(_message(what))
    end = time.monotonic() + max(float(seconds), 0.0)
    if not _interrupts():
        _local.ends = [*getattr(_local, "ends", []), end]
        try:
            yield
        finally:
            _local.ends = _local.ends[:-1]
        return
    previous = signal.getsignal(signal.SIGALRM) if not _stack else None
    foreign = signal.getitimer(signal.ITIMER_REAL)[0] if not _stack else 0.0  # someone else's pending timer
    started = time.monotonic()
    if not _stack:
        signal.signal(signal.SIGALRM, _on_alarm)
    _stack.append((min(end, _stack[-1][0]) if _stack else end, end, what))
    depth = len(_stack)
    _arm()
    try:
        yield
    finally:
        _block_alarm()
        try:
            del _stack[depth - 1:]
            _arm()
            if not _stack:
                signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
                if foreign > 0:  # give back the timer that was running before, minus the time spent
                    signal.setitimer(signal.ITIMER_REAL, max(foreign - (time.monotonic() - started), 1e-3))
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGALRM])


def _block_alarm() -> None:
    """Block SIGALRM while a deadline is taken down. An alarm that arrives just
    before (the block finished as its time ran out) is dropped: the block's
    work is complete, and an outer deadline re-checks the clock when the
    blocked signal is delivered."""
    while True:
        try:
            signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
            return
        except DeadlineError:
            continue


_local = threading.local()


def check(what: str | None = None) -> None:
    """Raise :class:`DeadlineError` if the innermost deadline of this thread
    has passed (for loops that run where the timer cannot interrupt)."""
    ends = getattr(_local, "ends", [])
    if (ends and time.monotonic() >= min(ends)) or (_stack and time.monotonic() >= _stack[-1][0]):
        raise DeadlineError(_message(what))


def call_with_deadline(fn: Callable, *args, seconds: float, what: str | None = None):
    """``fn(*args)``, or :class:`DeadlineError` after ``seconds`` — enforced in
    every thread: by :func:`deadline` where it interrupts, else in a child
    process (``fn``, the arguments and the result must pickle)."""
    if _interrupts():
        with deadline(seconds, what):
            return fn(*args)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(1) as pool:
        pending = pool.apply_async(fn, args)
        try:
            return pending.get(timeout=seconds)
        except multiprocessing.TimeoutError:
            pool.terminate()
            raise DeadlineError(_message(what)) from None


def _difference_is_zero(a: sympy.Expr, b: sympy.Expr) -> bool | None:
    diff = sympy.expand(a - b)
    if diff == 0 or sympy.cancel(diff.rewrite(sympy.exp)) == 0:
        return True
    diff = sympy.simplify(diff)
    if diff == 0:
        return True
    if diff.is_number and diff.is_zero is False:
        return False
    return None


def equivalent(a: sympy.Expr, b: sympy.Expr, seconds: float = SIMPLIFY_SECONDS) -> bool | None:
    """Whether a = b as expressions: ``True``, ``False`` (a − b is a non-zero
    number, or differs at a random rational point), or ``None`` if neither
    could be shown within ``seconds``. Never evaluates text: both sides are
    SymPy expressions built by symntk's own parsers."""
    a, b = _as_expr(a), _as_expr(b)
    if a == b:
        return True
    try:
        with deadline(seconds, "checking that two expressions are equal"):
            verdict = _difference_is_zero(a, b)
            if verdict is None:
                verdict = _differs_somewhere(a - b)
            return verdict
    except DeadlineError:
        return None


def _as_expr(value) -> sympy.Expr:
    """A SymPy expression from an expression or an exact number; text is refused
    (turning text into an expression is the job of an explicit grammar)."""
    if isinstance(value, sympy.Basic):
        return value
    if isinstance(value, int | Fraction) and not isinstance(value, bool):
        return sympy.Rational(value.numerator, value.denominator)
    raise TypeError(f"expected a SymPy expression or an exact number, got {type(value).__name__}")


def _differs_somewhere(diff: sympy.Expr) -> bool | None:
    """``False`` if a − b is clearly non-zero at some rational point (then
    a ≠ b as functions), else ``None``."""
    symbols = sorted(diff.free_symbols, key=str)
    for k in range(3):
        point = {s: sympy.Rational(2 * i + 3 + k, 7 + k) for i, s in enumerate(symbols)}
        value = diff.subs(point).evalf(30)
        if value.is_Number and abs(value) > sympy.Float("1e-20"):
            return False
    return None


def simplified(expr: sympy.Expr, seconds: float = SIMPLIFY_SECONDS) -> sympy.Expr:
    """``sympy.simplify(expr)``, or ``expr`` unchanged when that takes longer than ``seconds``."""
    try:
        with deadline(seconds, "simplifying an expression"):
            return sympy.simplify(expr)
    except DeadlineError:
        return expr


CHECK_SECONDS = 60.0
CHECK_MEMORY = 2 * 1024 ** 3


def _child(conn, fn, args, seconds, memory) -> None:
    """Run ``fn(*args)`` under CPU and address-space limits and send back ("ok", result) or ("error", exc)."""
    import resource

    cpu = max(int(seconds) + 1, 1)
    for limit, value in ((resource.RLIMIT_CPU, cpu), (resource.RLIMIT_AS, memory)):
        try:
            resource.setrlimit(limit, (value, value))
        except (ValueError, OSError):
            pass
    from .errors import SymntkError

    try:
        conn.send(("ok", fn(*args)))
    except SymntkError as exc:  # its one-line message is what the parent needs
        conn.send(("symntk", str(exc)))
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent as it is
        try:
            conn.send(("error", exc))
        except Exception:  # noqa: BLE001 - an exception that does not pickle is sent as its text
            conn.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        conn.close()


def run_isolated(fn: Callable, *args, seconds: float = CHECK_SECONDS, memory: int = CHECK_MEMORY,
                 what: str | None = None):
    """``fn(*args)`` in a child process with a CPU-time and a memory limit, killed at ``seconds`` of wall
    time (:class:`DeadlineError`): a limit no single computation inside can ignore (a big-integer power, a
    runaway simplify). Falls back to :func:`call_with_deadline` where processes cannot be forked."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return call_with_deadline(fn, *args, seconds=seconds, what=what)
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(child, fn, args, seconds, memory), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(seconds):
            raise DeadlineError(_message(what))
        try:
            status, value = parent.recv()
        except EOFError:
            raise DeadlineError(f"{what or 'the work'} was stopped at its CPU or memory limit") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        parent.close()
    if status == "symntk":
        from .errors import SymntkError

        raise SymntkError(value)
    if status == "error":
        if isinstance(value, MemoryError):
            raise DeadlineError(f"{what or 'the work'} needed more than {memory // 1024 ** 2} MiB") from None
        raise value
    return value

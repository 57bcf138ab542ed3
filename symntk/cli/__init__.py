"""The ``symntk`` command line: a thin layer over the Python API.

Each subcommand lives in its own module exposing ``register(subparsers)``,
which adds its parser and sets ``func`` to a function ``run(args) -> int``.
Errors of the library (:class:`~symntk.errors.SymntkError`) print one line
and exit with code 2. Any other exception is a bug in symntk: it prints one
line saying so (the traceback only with ``SYMNTK_DEBUG=1``) and exits with
code 3. Ctrl-C, SIGTERM and SIGHUP unwind the same way (temporary files
and folders removed) and exit with 128 + the signal number. A closed standard output
(``symntk demo | head``) ends quietly.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys

from ..errors import SymntkError
from ..output import Terminated, signals_as_interrupts
from . import check, derive, kernel, limit, present, sweep, train, worksheet

COMMANDS = [derive, check, kernel, worksheet, train, present, limit, sweep]


def parser() -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand."""
    top = argparse.ArgumentParser(prog="symntk", description="Exact, step-by-step Neural Tangent Kernels.")
    from .. import __version__

    top.add_argument("--version", action="version", version=f"symntk {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module in COMMANDS:
        module.register(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 a check found mistakes, 2 bad input)."""
    args = parser().parse_args(argv)
    try:
        with signals_as_interrupts():
            return args.func(args)
    except SymntkError as exc:
        print(f"symntk: error: {exc}", file=sys.stderr)
        return 2
    except Terminated as exc:  # SIGTERM/SIGHUP: cleaned up like Ctrl-C, exit 128 + signal number
        print(f"symntk: stopped by {exc}", file=sys.stderr)
        return 128 + exc.signum
    except KeyboardInterrupt:
        print("symntk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except Exception as exc:  # a bug: one line, not a traceback (SYMNTK_DEBUG=1 shows it)
        if os.environ.get("SYMNTK_DEBUG"):
            raise
        text = " ".join(str(exc).split())[:200]
        print(f"symntk: internal error ({type(exc).__name__}: {text}); this is a bug in symntk, please report "
              "it with the input file (SYMNTK_DEBUG=1 shows the traceback)", file=sys.stderr)
        return 3


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's exit flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def entry() -> None:
    """Console-script entry point. Before exiting, the cyclic garbage collector is told to leave every object still
    alive alone (``gc.freeze``): the process ends right after, and a last collection over SymPy's objects and the
    modules' tables took a third of a second of a short run on a busy machine."""
    code = main()
    gc.freeze()
    sys.exit(code)

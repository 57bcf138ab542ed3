"""The ``symntk`` command line: a thin layer over the Python API.

Each subcommand lives in its own module exposing ``register(subparsers)``,
which adds its parser and sets ``func`` to a function ``run(args) -> int``.
Errors of the library (:class:`~symntk.errors.SymntkError`) print one line
and exit with code 2.
"""

from __future__ import annotations

import argparse
import sys

from ..errors import SymntkError
from . import check, derive, kernel, present, train, worksheet

COMMANDS = [derive, check, kernel, worksheet, train, present]


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
        return args.func(args)
    except SymntkError as exc:
        print(f"symntk: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("symntk: interrupted", file=sys.stderr)
        return 130


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())

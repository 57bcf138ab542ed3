"""Which output of f a line or a section of the notes is about (``output 2: …``, ``** K for output 2``), and
which claims name no output of their own and so are read as that one."""

from __future__ import annotations

import re

from .claims import Claim, DerivativeClaim, GradientClaim
from .output_subject import is_heading, output_named
from .world import World

_NAMES_OUTPUT = re.compile(r"(?:f|y)\s?(?:_\s?\{?\s?[1-9]|\^\s?\{?\s?[(\[]?\s?[1-9]|[1-9₁₂₃])")


def line_output(line: str, world: World) -> int | None:
    """The output a line is about by its first words (``output 2: …``), when there is such an output."""
    named = output_named(line)
    return named[0] if named and named[0] <= world.n_out else None


def output_subjects(lines: list, scanned: int, upto: int, section: int | None, world: World) -> tuple:
    """Read lines scanned+1 … upto for the outputs they name (:mod:`symntk.check.output_subject`):
    (the section's output, the output line ``upto`` itself names, upto). A section ends at the next heading;
    a section's output also makes the kernels that follow that output's."""
    on_line = None
    for number in range(scanned + 1, upto + 1):
        line = lines[number - 1]
        named = output_named(line)
        if named and named[0] <= world.n_out:
            if named[1]:   # a heading: the kernels under it are that output's
                section = world.reading = named[0]
            elif number == upto:
                on_line = named[0]
        elif is_heading(line):
            section = None
    return section, on_line, upto


def output_unnamed(claim: Claim) -> bool:
    """A gradient or derivative whose text names no output (``g(x1)``, ``∇f(x_1)``, ``df/dw1``): read as the output
    the line or section is about."""
    return isinstance(claim, (GradientClaim, DerivativeClaim)) and claim.output == 1 and \
        not _NAMES_OUTPUT.search(claim.source) and not _NAMES_OUTPUT.search(claim.claimed or "")

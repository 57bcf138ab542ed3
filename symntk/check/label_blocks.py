"""Blocks of notes under a datapoint label: ``### x₁ = 0`` (or ``**at x_2:**``) heads the lines after it, up to
the next heading or the next datapoint named.

A learner who heads a block with the datapoint and then writes ``σ = 0.5`` or ``σ' = 0.25`` without argument
means that datapoint's hidden units, as on a line that names the datapoint itself (:mod:`symntk.check.
unit_at_point`). A markdown heading that names no datapoint (``### K``) ends the block, and so does math that
names a datapoint (the Context the checker reads it as; see :func:`symntk.check.check_reading`).
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


def block_marks(text: str, labels: dict[int, int]) -> list[tuple[int, int | None]]:
    """(line, point) for each line that starts a block (``labels``: line → the datapoint its label names), and
    (line, None) for each heading that names no datapoint; in line order."""
    marks = dict(labels)
    for number, line in enumerate(text.splitlines(), start=1):
        if number not in marks and _HEADING.match(line):
            marks[number] = None
    return sorted(marks.items())


def here(world, line: int) -> int | None:
    """The datapoint a claim on ``line`` is at: named on the line itself, else the label heading its block."""
    if world.current_point_line == line:
        return world.current_point
    return world.label_point

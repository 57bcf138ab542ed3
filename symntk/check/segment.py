"""One piece of math read from a notes file (:class:`Segment`): its line, its text and how it was written."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """One piece of math: its 1-based line, its text, whether it was display math, and why it
    cannot be read (``error``) when it is not closed."""

    line: int
    text: str
    display: bool
    error: str | None = None
    soft: bool = False
    fact: str | None = None
    general: bool = False   # an instance of a formula with index letters i, j, k put in

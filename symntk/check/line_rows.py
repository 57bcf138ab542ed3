"""The report's rows: one per line of the notes, with the learner's own text of the line and its claims' verdicts.

A line that holds several claims (``∂f/∂W = W⁽²⁾ · x = x``) is one row; its claims that are not correct keep
their own detailed rows beneath it (what was written, what was expected, the feedback).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

WIDTH = 64   # the learner's text in a text report's row (≈ 100 columns with the mark, line and verdicts)


def shorten(text: str, width: int = WIDTH) -> str:
    """Whitespace collapsed, cut with … to ``width`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


_BULLET = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+")
_BARE = re.compile(r"\s*(?:\$\$|\\\[|\\\]|\\begin\{[a-z*]{1,20}\}(?:\{[^{}]{0,20}\})?)?\s*")
_DISPLAY = re.compile(r"^(?:\$\$|\\\[)\s*(.*?)\s*(?:\$\$|\\\])$")


def line_text(text: str) -> str:
    """A line of the notes as the row shows it: whitespace collapsed, without a list's bullet or the
    ``$$ … $$`` / ``\\[ … \\]`` that only wrap the whole line."""
    text = _BULLET.sub("", " ".join(text.split()))
    m = _DISPLAY.match(text)
    return m.group(1) if m and "$$" not in m.group(1) else text


def as_written(latex: str) -> str:
    """A claim's normalised member made closer to how it was written: 0{,}5 → 0,5."""
    return re.sub(r"\{,\}", ",", latex)


@dataclass
class LineRow:
    """One line of the notes: its number, the learner's text, and its claims' (judgement, feedback) pairs."""

    line: int
    text: str
    items: list = field(default_factory=list)

    @property
    def verdict(self) -> str:
        """The row's mark: wrong (a real mistake), carried, unreadable, or correct."""
        js = [j for j, _ in self.items]
        if any(j.verdict == "wrong" and not j.carried for j in js):
            return "wrong"
        if any(j.verdict == "wrong" for j in js):
            return "carried"
        return "unreadable" if any(j.verdict == "unreadable" for j in js) else "correct"

    @property
    def counts(self) -> list[tuple[int, str]]:
        """(how many, verdict word key) in the order correct, wrong, carried, unreadable, leaving out zeros."""
        js = [j for j, _ in self.items]
        keys = ["carried" if j.verdict == "wrong" and j.carried else j.verdict for j in js]
        return [(keys.count(k), k) for k in ("correct", "wrong", "carried", "unreadable") if k in keys]

    @property
    def details(self) -> list:
        """The (judgement, feedback) pairs that are not correct."""
        return [(j, fb) for j, fb in self.items if j.verdict != "correct"]


def line_rows(report, items: list) -> list[LineRow]:
    """``items`` ((judgement, feedback) in order) grouped by line; a line's text is the learner's own
    (a claims TOML, which has no lines, shows the claims' names and members)."""
    rows: dict[int, LineRow] = {}
    for j, fb in items:
        row = rows.get(j.line)
        if row is None:
            text = line_text(report.line_text(j.line))
            if _BARE.fullmatch(text):   # the line only opens the math: the claim's own member
                text = ""
            text = text or " ".join(
                filter(None, [j.label, "=" if j.label else "", as_written(j.claimed)]))
            row = rows[j.line] = LineRow(j.line, text)
        row.items.append((j, fb))
    return list(rows.values())

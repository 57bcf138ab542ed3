"""Math segments of a notes file, with their line numbers.

A notes file is Markdown (any extension) with ``$$…$$`` (or ``\\[…\\]``) display
math and ``$…$`` (or ``\\(…\\)``) inline math; everything else is prose and is
ignored, as are code blocks and inline code. A display block is split at
``\\quad``/``\\qquad`` into segments (``x_1 = 1 \\quad x_2 = 2`` holds two
claims); a block that ends in ``=`` continues in the next block (the notes
write ``f = W^{[2]}(…) + b^{[2]} =`` and the expansion on the next line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

MAX_BYTES = 512 * 1024
MAX_SEGMENTS = 400

_MATH = re.compile(r"\$\$(.+?)\$\$|\\\[(.+?)\\\]|\\\((.+?)\\\)|(?<![\\$])\$(?!\$)([^$\n]+?)(?<!\\)\$", re.S)
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
_CODE = re.compile(r"`[^`\n]*`")
_SPLIT = re.compile(r"\\q?quad(?![a-zA-Z])")


@dataclass(frozen=True)
class Segment:
    """One piece of math: its 1-based line, its text, and whether it was display math."""

    line: int
    text: str
    display: bool


def read_text(path: Path) -> str:
    """The file's text; too large, binary or missing files raise :class:`InputError`."""
    source = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(source, "", "an existing notes file", "no such file") from None
    except OSError as exc:
        raise InputError(source, "", "a readable notes file", exc.strerror or str(exc)) from None
    if size > MAX_BYTES:
        raise InputError(source, "", f"a notes file of at most {MAX_BYTES // 1024} KiB", f"{size // 1024} KiB")
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise InputError(source, "", "a notes file", "a directory") from None
    except OSError as exc:
        raise InputError(source, "", "a readable notes file", exc.strerror or str(exc)) from None
    if b"\x00" in raw:
        raise InputError(source, "", "a text file (Markdown with LaTeX math)", "binary data")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(source, "", "a UTF-8 text file", "non-UTF-8 bytes") from None


def _blank(match: re.Match) -> str:
    """Code is not math: replace it by spaces, keeping line breaks (and so line numbers)."""
    return re.sub(r"[^\n]", " ", match.group(0))


def segments(text: str, source: str = "<notes>") -> list[Segment]:
    """The math segments of a notes text, in order (see the module doc)."""
    text = _CODE.sub(_blank, _FENCE.sub(_blank, text))
    blocks: list[tuple[int, str, bool]] = []
    for m in _MATH.finditer(text):
        body = next(g for g in m.groups() if g is not None)
        line = text.count("\n", 0, m.start()) + 1
        display = m.group(1) is not None or m.group(2) is not None
        if not body.strip():
            continue
        if blocks and blocks[-1][1].rstrip().endswith("=") and display and blocks[-1][2]:
            first_line, previous, _ = blocks[-1]
            blocks[-1] = (first_line, previous + " " + body.strip(), True)
            continue
        blocks.append((line, body.strip(), display))
    out: list[Segment] = []
    for line, body, display in blocks:
        for piece in _SPLIT.split(body):
            piece = piece.strip().rstrip(",.;").strip()  # punctuation that ends a sentence is prose
            if piece:
                out.append(Segment(line, " ".join(piece.split()), display))
    if len(out) > MAX_SEGMENTS:
        raise InputError(source, "", f"at most {MAX_SEGMENTS} pieces of math", f"{len(out)}")
    return out

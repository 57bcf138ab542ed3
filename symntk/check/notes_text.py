"""A notes file's text: read bounded from a regular file, every editor line break as ``\\n``, a LaTeX
document's body only (comments blanked, so line numbers stay)."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from ..errors import InputError
from .row_continuations import blanked

MAX_BYTES = 512 * 1024

_LINE_BREAKS = re.compile("\r\n|\r|\x85|\u2028|\u2029")
LATEX_COMMENT = re.compile(r"(?<!\\)%[^\n]*")


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory")):
        if test(mode):
            return name
    return "not a regular file"


def read_text(path: Path, what: str = "notes file", limit: int = MAX_BYTES) -> str:
    """The text of a regular file of at most ``limit`` bytes (UTF-8), with every line break as ``\\n``;
    anything else (missing, a FIFO or device, too large, binary) raises :class:`InputError`."""
    source = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(source, "", f"an existing {what}", "no such file") from None
    except OSError as exc:
        raise InputError(source, "", f"a readable {what}", exc.strerror or str(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(source, "", f"a {what} (a regular file)", _kind(info.st_mode))
    if info.st_size > limit:
        raise InputError(source, "", f"a {what} of at most {limit // 1024} KiB", f"{info.st_size // 1024} KiB")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputError(source, "", f"a {what} (a regular file)", "not a regular file")
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(source, "", f"a readable {what}", exc.strerror or str(exc)) from None
    if len(raw) > limit:
        raise InputError(source, "", f"a {what} of at most {limit // 1024} KiB", "more")
    if b"\x00" in raw:
        raise InputError(source, "", "a text file (Markdown with LaTeX math)", "binary data")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(source, "", "a UTF-8 text file", "non-UTF-8 bytes") from None
    return editor_lines(text)


def editor_lines(text: str) -> str:
    """Every line break an editor counts (CRLF, CR, NEL, U+2028, U+2029) as one ``\\n``."""
    return _LINE_BREAKS.sub("\n", text)



def document_body(text: str) -> str:
    """For a LaTeX document: the body only, comments dropped (blanked, so line numbers stay)."""
    begin = text.find("\\begin{document}")
    if begin < 0 and "\\documentclass" not in text:
        return text
    text = LATEX_COMMENT.sub(lambda m: blanked(m.group(0)), text)
    begin = text.find("\\begin{document}")
    if begin >= 0:
        text = blanked(text[:begin + len("\\begin{document}")]) + text[begin + len("\\begin{document}"):]
    end = text.find("\\end{document}")
    if end >= 0:
        text = text[:end] + blanked(text[end:])
    return text

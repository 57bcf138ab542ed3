"""Reading a TOML file safely: a regular UTF-8 file of bounded size, its decimals kept exact, and every failure
an InputError that names the file, the line and a look-alike or control character that is the likely cause."""

from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path

from .errors import InputError, printable
from .sizes import MAX_FILE_BYTES
from .values import TomlFloat, non_ascii_note

_AT_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


def read_toml(path: Path, what: str) -> dict:
    """Read a UTF-8 TOML file of at most :data:`MAX_FILE_BYTES` bytes.

    Every failure is an :class:`InputError` (no such file, a directory or a
    device, too large, binary or UTF-16, invalid TOML, nesting too deep for
    the parser, integers too long to convert) naming the file and, for TOML
    errors, the line; a look-alike character on that line is named."""
    source = str(path)
    noun = what.removeprefix("a ").removeprefix("an ")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO swapped in after a check must not block
    except FileNotFoundError:
        raise InputError(source, "", f"an existing {noun}", "no such file") from None
    except OSError as exc:
        raise InputError(source, "", f"a readable {noun}", exc.strerror or type(exc).__name__) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        got = "a directory" if stat.S_ISDIR(mode) else "not a regular file"
        raise InputError(source, "", f"an existing {noun}", got)
    with os.fdopen(fd, "rb") as handle:
        try:
            raw = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise InputError(source, "", f"a readable {noun}", exc.strerror or type(exc).__name__) from None
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(source, "", f"a file of at most {MAX_FILE_BYTES // 2**20} MiB", "a larger file")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "", "a UTF-8 text file (TOML)", "UTF-16 text (save it as UTF-8)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(source, f"line {line}", "a UTF-8 text file (TOML)", "binary or non-UTF-8 bytes") from None
    text = text.removeprefix("\ufeff")
    try:
        return tomllib.loads(text, parse_float=TomlFloat.parse)  # decimals kept exactly as written
    except tomllib.TOMLDecodeError as exc:
        raise InputError(source, _toml_line(exc), "valid TOML", _toml_problem(exc, text)) from None
    except RecursionError:
        raise InputError(source, "", "arrays and tables nested less deeply",
                         "nesting too deep for the TOML parser") from None
    except ValueError as exc:  # int() refuses integers of more than 4300 digits
        raise InputError(source, "", "numbers of at most 60 digits", printable(exc, 60)) from None


def _toml_line(exc: tomllib.TOMLDecodeError) -> str:
    match = _AT_LINE.search(str(exc))
    return f"line {match.group(1)}" if match else ""


def _control_note(ch: str) -> str:
    if ch and (ord(ch) < 32 or ord(ch) == 127) and ch != "\t":
        return f" (U+{ord(ch):04X} is a control character)"
    return ""


def _toml_problem(exc: tomllib.TOMLDecodeError, text: str) -> str:
    """tomllib's message without its position, plus the look-alike character
    (non-ASCII space, fullwidth or Cyrillic letter, invisible mark) that is
    the likely cause, if the offending line has one."""
    message = _AT_LINE.sub("", str(exc)).strip()
    match = _AT_LINE.search(str(exc))
    if match:
        lines = text.split("\n")
        row, col = int(match.group(1)), int(match.group(2))
        line = lines[row - 1] if 0 < row <= len(lines) else ""
        at = line[col - 1: col] if col >= 1 else ""
        note = _control_note(at) or non_ascii_note(at) or non_ascii_note("".join(c for c in line if not c.isalpha()))
        message = f"{message} at column {col}{note}"
    return message

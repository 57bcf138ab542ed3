"""Rows of numbers written with spaces in plain text: ``[1 1]``, and ``[8 12; 12 19]`` with semicolons between rows."""


def spaced_rows(numbers: str) -> str:
    """``1 1`` → ``1, 1``; ``8 12; 12 19`` → ``[8, 12], [12, 19]`` (rows of one length, else as written)."""
    if ";" not in numbers:
        return ", ".join(numbers.split())
    rows = [r.split() for r in numbers.split(";")]
    if len({len(r) for r in rows}) != 1 or len(rows[0]) < 2:
        return numbers
    return "[" + "], [".join(", ".join(r) for r in rows) + "]"

"""Tuple assignments ``a, b = 1.0, 2.0`` / ``w1, w2 = 1, 1`` (Python's way of giving several names their values on one
line) rewritten as the assignments they make, ``a = 1.0, b = 2.0``: k names, then k plain numbers, nothing after."""

from __future__ import annotations

import re

_SCRIPT = r"(?:[_^](?:\{(?:[^{}]|\{[^{}]*\})*\}|\w))"
_NAME = rf"(?:\\[A-Za-z]+|[A-Za-z]\d*){_SCRIPT}{{0,3}}"
_NUM = r"[-−]?\s*(?:\d+(?:\.\d+)?|\\frac\{-?\d+(?:\.\d+)?\}\{\d+(?:\.\d+)?\})"
_SPLIT = re.compile(r"\s*,\s*")
_TUPLE = re.compile(rf"(?<![\w\\}}])({_NAME}(?:\s*,\s*{_NAME})+)\s*=\s*({_NUM}(?:\s*,\s*{_NUM})+)"
                    rf"(?![\w{{^/(\[]|\.\d|\s*,\s*[-−]?\s*\d|\s*[=+*/-])")
_OPEN_BEFORE = re.compile(r"[,=(\[{+\-*/]\s*$")
MAX_NAMES = 16


def _pairs(match: re.Match) -> str:
    before = match.string[:match.start()]
    names = _SPLIT.split(match.group(1).strip())
    numbers = _SPLIT.split(match.group(2).strip())
    if len(names) != len(numbers) or len(names) > MAX_NAMES or _OPEN_BEFORE.search(before.split("\n")[-1]):
        return match.group(0)   # a, b = 1, 2, 3 or x, a, b = 1, 2: not unambiguous, left as written
    return ", ".join(f"{n} = {v}" for n, v in zip(names, numbers))


def tuple_assignments(text: str) -> str:
    """``text`` with every tuple assignment of k names to k plain numbers written as k assignments
    (``x_1, x_2 = 1, -1`` → ``x_1 = 1, x_2 = -1``); any other comma list is left as written."""
    if "=" not in text or "," not in text:
        return text
    return _TUPLE.sub(_pairs, text)

"""A remark in brackets after a value in prose: ``c = 0 (W^{[2]})``, ``W2 = [1, 0]  (v1, v2)``, ``b2 = 0  (c)``.

The remark is no factor of the value (a number, a bracketed vector or matrix, ``…^T``, then a space and a
bracket of names only): it is blanked. When the last run of names in it has as many names as the value has
entries (``(call the entries w1, w2)``, ``(entries b1, b2 … I'll call them p1, p2)``) the value's entries get
those names: ``W1 = [1, 1]^T  (w1, w2)`` also says ``W1 = [w1, w2]^T``.
"""

from __future__ import annotations

import re

_NAME = r"(?:\\[A-Za-z]+|[A-Za-z])(?:_\{?[\w,]{1,4}\}?|\d{1,2}(?:_\d{1,2})?)?(?:\^\{?[\w\[\]()]{1,6}\}?)?"
_VALUE = re.compile(r"(?<![\w\\/])([A-Za-z][\w^{}\[\]]{0,12})[ \t]*=[ \t]*(-?\d+(?:\.\d+)?|\[[^\[\]=()]{1,80}\]"
                    r"(?:\^\s*T)?|\[\[[^=()]{1,160}\]\])(?=[ \t]+\()")
_REMARK = re.compile(r"[ \t]+\(([^()\n]{1,120})\)(?=[\s,.;:]|$)")
_NAMES_ONLY = re.compile(rf"\s*{_NAME}\s*(?:,\s*{_NAME}\s*)*")
_LAST_RUN = re.compile(rf"{_NAME}(?:\s*,\s*{_NAME})*\s*$")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_POINT = re.compile(r"x(?:_?\{?\d{0,2}\}?)")   # (x_1) after a value is the datapoint it is at, no entry


def entry_remarks(line: str) -> tuple[str, list[str]]:
    """``line`` with every remark after a value blanked (same length), and the claims naming the value's
    entries (see the module doc)."""
    named = []
    for m in reversed(list(_VALUE.finditer(line))):
        r = _REMARK.match(line, m.end())
        if r is None:
            continue
        inner = r.group(1).strip().rstrip(".")
        names_only = _NAMES_ONLY.fullmatch(inner) is not None
        run = _LAST_RUN.search(re.sub(r"\.{2,}|…", " ", inner))
        entries = list(_NUMBER.finditer(m.group(2)))
        names = [n.strip() for n in run.group(0).split(",")] if run else []
        if entries and len(names) == len(entries) and (names_only or len(names) > 1) and \
                not any(_POINT.fullmatch(n) or n == m.group(1) for n in names):
            value, at = m.group(2), 0
            pieces = []
            for e, name in zip(entries, names):
                pieces += [value[at:e.start()], name]
                at = e.end()
            named.append(f"{m.group(1)} = {''.join(pieces) + value[at:]}")
        if names_only or named and len(names) == len(entries):
            line = line[:r.start()] + " " * (r.end() - r.start()) + line[r.end():]
    return line, named

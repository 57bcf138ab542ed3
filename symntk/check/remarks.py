"""A remark in brackets after a value in prose: ``c = 0 (W^{[2]})``, ``W2 = [1, 0]  (v1, v2)``, ``b2 = 0  (c)``.

The remark is no factor of the value (a number, a bracketed vector or matrix, ``…^T``, then a space and a
bracket of names only): it is blanked. When the last run of names in it has as many names as the value has
entries (``(call the entries w1, w2)``, ``(entries b1, b2 … I'll call them p1, p2)``) the value's entries get
those names: ``W1 = [1, 1]^T  (v1, v2)`` also says ``W^{[1]} = [v_{1}, v_{2}]^T`` (unless a name clashes with a
layer's casual name: :func:`kept_names`).
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


_CASUAL = re.compile(r"^([A-Za-z])(\d{1,2})$")   # w1 → w_{1}
_LAYER = re.compile(r"^([Wb])_?\{?([1-9])\}?$")   # W1, b_2: a whole layer, as the values W1 = [1, 1]^T are read


def _layer(name: str) -> str:
    m = _LAYER.match(name)
    return f"{m.group(1)}^{{[{m.group(2)}]}}" if m else name


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
                pieces += [value[at:e.start()], _CASUAL.sub(r"\1_{\2}", name)]
                at = e.end()
            named.append(f"{_layer(m.group(1))} = {''.join(pieces) + value[at:]}")
        if names_only or named and len(names) == len(entries):
            line = line[:r.start()] + " " * (r.end() - r.start()) + line[r.end():]
    return line, named


_WHOLE_LAYER = re.compile(r"(?<![\w\\])([WwBb])_?\{?([1-9])\}?(?![\w])")
_ENTRY = re.compile(r"(?<![\w\\])([A-Za-z])_\{?(\d{1,2})\}?")


def kept_names(named: list, text: str) -> list:
    """The entry-naming segments; none when a layer's casual name is used in a formula of the notes
    (``f(x) = W2 (W1 x + b1)`` is then read in the entries' names) or one of their names is also a layer's
    casual name (``W1 = [1, 1]^T  (w1, w2)``: w1 and W1 would be read as one name)."""
    layers = set()
    for m in _WHOLE_LAYER.finditer(text):
        if not re.match(r"[ \t]*=", text[m.end():]):   # f(x) = W2 (W1 x + b1) + b2: a layer in a formula
            return []
        layers.add(f"{m.group(1).lower()}{m.group(2)}")
    for seg in named:
        value = seg.text.split("=", 1)[1]
        if any(f"{m.group(1).lower()}{m.group(2)}" in layers for m in _ENTRY.finditer(value)):
            return []
    return named

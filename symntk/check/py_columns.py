"""``J = np.column_stack([X, 0*X, np.ones(2), X + 1])`` (also ``np.stack([…], axis=1)``) read as the matrix it
builds, ``J = [[…], […]]``, its columns the pieces taken entry by entry (for :mod:`.code_files`).

The lists and numbers assigned at the top level above the statement (``X = np.array([1, 2])``, ``np.zeros(2)``)
are put in first (:func:`symntk.check.code_gradients.module_values`); a piece with anything else (a call, a name
with no value, a product ``@``) leaves the statement as it is. No code is run; sizes are bounded.
"""

from __future__ import annotations

import re

from .py_vectors import MAX_TEXT, piece_entries, split_top

_STACK = re.compile(r"^([A-Za-z_]\w{0,20})\s{0,4}=\s{0,4}(?:np|numpy|jnp)\.(?:column_stack\s{0,4}\(\s{0,4}"
                    r"[\[(](.{1,2000})[\])]\s{0,4}\)|stack\s{0,4}\(\s{0,4}[\[(](.{1,2000})[\])]\s{0,4},\s{0,4}axis\s{0,4}=\s{0,4}"
                    r"(?:1|-1)\s{0,4}\))$")
_FILLED = re.compile(r"(?:np|numpy|jnp)\.(zeros|ones)\s{0,4}\(\s{0,4}([1-9]\d?)\s{0,4}(?:,\s{0,4}dtype\s{0,4}=\s{0,4}"
                     r"[\w.]{1,30}\s{0,4})?\)")


def stacked_columns(code: str, put_in) -> str | None:
    """``J = np.column_stack([p1, p2, …])`` as ``J = [[…], …]`` (rows of the pieces' k-th entries), with
    ``put_in(text)`` putting the learner's values in (None when one is not known); None when it is no such
    statement or a piece is not read."""
    m = _STACK.match(code.strip()) if len(code) <= MAX_TEXT else None
    if not m:
        return None
    parts = split_top(m.group(2) or m.group(3))
    if not parts or len(parts) < 2:
        return None
    columns = []
    for part in parts:
        filled = _FILLED.sub(lambda f: "[" + ", ".join(["0" if f.group(1) == "zeros" else "1"] * int(f.group(2)))
                             + "]", part)
        text = put_in(filled)
        entries = piece_entries(text) if text is not None and "PIECE" not in text else None
        if entries is None or len(entries) < 2 or entries == [text.strip()]:   # a scalar is no column
            return None
        columns.append(entries)
    if len({len(c) for c in columns}) != 1:
        return None
    rows = ["[" + ", ".join(c[k] for c in columns) + "]" for k in range(len(columns[0]))]
    return f"{m.group(1)} = [" + ", ".join(rows) + "]"

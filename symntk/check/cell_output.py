"""A notebook code cell pasted with what it printed in the same fence: the code, then its output lines.

Notes written in Org-mode (a ``#+begin_src python`` block and its ``: …`` results, see :mod:`symntk.check.org`)
or pasted from a terminal keep a program and its output in one block. When a Python cell's statements are code
first and outputs after it (nothing but outputs after the first one), the outputs are read as the cell's
output (:func:`symntk.check.pasted.output_claims`): the n-th printed line is what the n-th ``print`` shows, and
``print(a, b)`` prints its values side by side.
"""

from __future__ import annotations

from .pasted import _statements, displayed, output_claims


def cell_output_claims(body: str) -> list[tuple[int, str, bool]] | None:
    """(offset in ``body``, claim, certain) of the outputs after a code cell's code in one fence body, or None
    when the body is not code followed by outputs only (or the outputs do not fit what the code shows)."""
    statements = list(_statements(body))
    first = next((n for n, (_, _, is_output, _) in enumerate(statements) if is_output), None)
    if not first or any(not is_output for _, _, is_output, _ in statements[first:]):
        return None
    start = statements[first][0]
    shown = displayed(body[:start])
    if not shown:
        return None
    found = output_claims(body[start:], shown)
    return None if found is None else [(start + offset, claim, certain) for offset, claim, certain in found]

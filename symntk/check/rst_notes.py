"""reStructuredText (Sphinx) notes read as the Markdown the checker reads, line for line (no line added or removed).

In a ``.rst`` file:

* the role ``:math:`…``` is inline math ``$…$``;
* a ``.. math::`` directive is display math: its indented body, each paragraph of it (Sphinx's one equation
  each), becomes one ``$$ … $$`` block, so that a formula broken over several lines (``&=`` rows ending in ``\\\\``,
  a ``pmatrix`` over three lines, a line that goes on with ``+ …``) is read whole; the directive's options
  (``:label: eq1``, ``:nowrap:``) are blanked, and math written on the directive's own line
  (``.. math:: f(x) = 2x``) is one block of its own.

Other directives (``.. note::``) and titles are left as they are (their text is prose). Every pattern is anchored
and bounded (linear in the text).
"""

from __future__ import annotations

import re

_ROLE = re.compile(r":math:`([^`\n]{1,2000})`")
_DIRECTIVE = re.compile(r"^([ \t]{0,12})\.\.[ \t]{1,4}math::[ \t]{0,8}([^\n]{0,2000})$")
_OPTION = re.compile(r"^[ \t]{1,16}:[A-Za-z-]{1,30}:[^\n]{0,200}$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def rst_markdown(text: str, source: str) -> str:
    """``text`` (a ``.rst`` file's) with its math roles and directives written as Markdown math (see the module
    doc); any other text is returned unchanged."""
    if not source.lower().endswith(".rst"):
        return text
    lines = _ROLE.sub(lambda m: f"${m.group(1)}$", text).split("\n")
    i = 0
    while i < len(lines):
        m = _DIRECTIVE.match(lines[i])
        if not m:
            i += 1
            continue
        base = len(m.group(1))
        lines[i] = f"$${m.group(2)}$$" if m.group(2).strip() else ""
        i += 1
        while i < len(lines) and _OPTION.match(lines[i]):
            lines[i] = ""
            i += 1
        i = _body(lines, i, base)
    return "\n".join(lines)


def _body(lines: list[str], i: int, base: int) -> int:
    """Wrap each paragraph of the directive body starting at line ``i`` (indented deeper than ``base``) in ``$$``;
    the index of the first line after the body."""
    opener = i - 1   # the line before a paragraph: the directive's, an option's or a blank one, all blank now
    while i < len(lines):
        if not lines[i].strip():
            opener = i
            i += 1
            continue
        if _indent(lines[i]) <= base:
            break
        start = i
        while i < len(lines) and lines[i].strip() and _indent(lines[i]) > base:
            i += 1
        if lines[opener].strip():
            lines[start] = "$$ " + lines[start].lstrip()
        else:
            lines[opener] = "$$"
        if i < len(lines) and not lines[i].strip():
            lines[i] = "$$"
            opener = i
            i += 1
        else:
            lines[i - 1] += " $$"
    return i

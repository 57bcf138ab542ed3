"""Emacs Org-mode notes read as the Markdown the checker reads, line for line (no line added or removed).

Org is a family of plain-text notes (``.org`` files, or Org pasted into ``.md``): ``*`` headings, ``\\( \\)`` and
``\\[ \\]`` math (read as they are), and

* source blocks ``#+begin_src python`` … ``#+end_src`` (any language), with what they printed after them: a
  ``#+RESULTS:`` line and/or fixed-width ``: …`` lines. The block and its results become one code fence (the
  program, then its output), which :mod:`symntk.check.pasted` reads as a notebook cell and its output; the
  fence closes on the first line after the results (a blank line, or glued before the line's text, which stays
  where it is);
* ``#+begin_example`` / ``#+begin_verse`` blocks: a fence (a listing, never a claim of its own);
* ``#+begin_export latex`` / ``#+begin_equation`` blocks: their LaTeX is read as it is; the markers are blanked;
* tables whose rules are ``|---+---|``: the rule becomes Markdown's ``|---|---|``;
* keyword lines (``#+TITLE:``, ``#+OPTIONS:``, ``#+NAME:``, ``#+CAPTION:``): blanked.

A text is Org only when it has an Org marker line (``#+begin_…``, ``#+RESULTS:``, a ``|---+`` rule, a
``#+KEYWORD:`` line); otherwise it is returned unchanged. Every pattern is anchored and linear.
"""

from __future__ import annotations

import re

_BEGIN = re.compile(r"^[ \t]{0,8}#\+begin_(\w{1,20})[ \t]{0,8}([^\n]{0,200})$", re.I)
_END = re.compile(r"^[ \t]{0,8}#\+end_(\w{1,20})[ \t]{0,8}$", re.I)
_RESULTS = re.compile(r"^[ \t]{0,8}#\+results(?:\[[^\]\n]{0,80}\])?:[ \t]{0,8}$", re.I)
_KEYWORD = re.compile(r"^[ \t]{0,8}#\+[A-Za-z_]{1,30}:[^\n]{0,400}$")
_FIXED = re.compile(r"^[ \t]{0,8}:(?:[ \t]([^\n]{0,4000}))?$")
_RULE = re.compile(r"^[ \t]{0,8}\|[-+|: \t]{2,2000}$")
_MARKER = re.compile(r"^[ \t]{0,8}(?:#\+(?:begin_|end_|results)|\|-{1,200}\+|#\+[A-Za-z_]{1,30}:)", re.I | re.M)
_LATEX_BLOCKS = ("export", "equation", "latex")


def is_org(text: str) -> bool:
    """Whether the text has Org markup: a block marker, a results line, a ``|---+`` rule or a keyword line."""
    return _MARKER.search(text) is not None


def org_markdown(text: str) -> str:
    """The text with its Org markup turned into Markdown, line for line (see the module's docstring)."""
    if not is_org(text):
        return text
    lines = text.split("\n")
    out = list(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        begin = _BEGIN.match(line)
        if begin:
            i = _block(lines, out, i, begin.group(1).lower(), begin.group(2).split()[:1])
            continue
        if _RESULTS.match(line):   # results without their block (a #+CALL:): a fence of their own
            first, last = _result_lines(lines, i + 1)
            if last is not None and first == i + 1 and not (last + 1 < len(lines) and _MARKER.match(lines[last + 1])):
                out[i] = "```"
                _read_results(lines, out, i + 1, last)
                _close(lines, out, last + 1)
                i = last + 1
                continue
            out[i] = ""
        if _RULE.match(line) and "+" in line:
            out[i] = out[i].replace("+", "|")
        elif _KEYWORD.match(line):
            out[i] = ""
        i += 1
    return "\n".join(out)


def _block(lines: list, out: list, i: int, kind: str, language: list) -> int:
    """Rewrite the block opened on line ``i``; the index of the line after what was rewritten."""
    end = next((k for k in range(i + 1, len(lines)) if _END.match(lines[k])), None)
    if end is None:   # never closed: left as it is
        return i + 1
    if kind in _LATEX_BLOCKS:
        out[i] = out[end] = ""
        return end + 1
    out[i] = "```" + (language[0] if kind == "src" and language else "")
    out[end] = "```"
    if kind != "src":
        return end + 1
    first, last = _result_lines(lines, end + 1)
    if last is None:
        return end + 1
    close = last + 1
    if close < len(lines) and lines[close].strip() and _MARKER.match(lines[close]):
        return end + 1   # the next block starts right under the results: they stay outside the fence
    out[end] = ""
    _read_results(lines, out, end + 1, last)
    _close(lines, out, close)
    return close


def _result_lines(lines: list, i: int) -> tuple:
    """(first, last) line of the ``: …`` results that follow line ``i`` (after blank and ``#+RESULTS:`` lines,
    at most three), or (None, None)."""
    k = i
    while k < len(lines) and k < i + 3 and (not lines[k].strip() or _RESULTS.match(lines[k])):
        k += 1
    if k >= len(lines) or not _FIXED.match(lines[k]):
        return None, None
    first = k
    while k + 1 < len(lines) and _FIXED.match(lines[k + 1]):
        k += 1
    return first, k


def _read_results(lines: list, out: list, i: int, last: int) -> None:
    """Lines ``i`` … ``last`` as the fence's output: ``#+RESULTS:`` blanked, ``: `` taken off."""
    for k in range(i, last + 1):
        fixed = _FIXED.match(lines[k])
        out[k] = (fixed.group(1) or "") if fixed else ""


def _close(lines: list, out: list, close: int) -> None:
    """Close the fence on line ``close``: a blank line becomes the fence; a line with text keeps its text after
    it; past the end, a fence line is added after the last line."""
    if close >= len(lines):
        out[-1] = out[-1] + "\n```"
    elif not lines[close].strip():
        out[close] = "```"
    else:
        out[close] = "```" + lines[close]

"""A pasted Maple session (``> K := J . Transpose(J);`` with Maple's centred output below it) rewritten as lines of
notes with inline math, line for line.

Notes hold a Maple session when at least two lines are Maple prompts: ``>`` then statements each ending in ``;``
(output shown) or ``:`` (output suppressed), one of them an assignment ``name := …`` — in a code fence, an
indented block or bare in the text, never an R (``<-``) line. Maple's output is the indented lines below a
prompt (two spaces deeper than the prompt, or anywhere inside a fence) up to the next prompt or blank line: one
line per output (``g1 := [1, 0, 1]``, ``27, 8`` for an expression sequence), or a 2-D Matrix or column Vector (as
``Eigenvalues`` returns) drawn over several ``[ … ]`` rows; an equation label ``(1)`` at the right end is dropped.
Outputs are matched with the prompt's ``;`` statements in order.

Each statement becomes claims (:mod:`symntk.check.maple_claims`) placed as the teacher marks them: on the output
line when Maple echoes the result, else on the prompt line (a value the learner typed, ``g1 := [1, 2, 1]:``).
A ``#`` comment after a statement stays as prose; the fences around a session are blanked, the session lines
lose their indentation (so they are no Markdown code block). Nothing is evaluated; sizes are bounded and every
pattern is linear and anchored.
"""

from __future__ import annotations

import re

MAX_LINES = 3000
MAX_LINE = 2000
EVIDENCE = 2
_PROMPT = re.compile(r"^(\s{0,12})>(?!>)\s?(.{1,2000})$")
_ROW = re.compile(r"^\s*(?:([A-Za-z]\w{0,20})\s*:=\s*)?\[([^\[\]]{0,400})\]\s*$")
_ROWS = re.compile(r"^\s{2,80}\[[^\[\],]{0,400}\]\s*$")
_NUMBER = re.compile(r"-?\d{1,20}(?:\.\d{0,20})?(?:/\d{1,20})?")
_LABEL = re.compile(r"\s{3,}\(\d{1,4}\)\s*$")   # the worksheet's equation label at the right: (1)
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_R_MARK = re.compile(r"<-|%\*%|\bc\s*\(")


def _statements(code: str) -> tuple[list[tuple[str, str]], str]:
    """A prompt's code cut into (statement, terminator) pairs at top-level ``;`` and ``:`` (not ``:=``, ``:-``,
    ``::``), and its trailing ``#`` comment."""
    out: list[tuple[str, str]] = []
    depth, start, quote, i = 0, 0, "", 0
    while i < len(code):
        ch = code[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"`":
            quote = ch
        elif ch == "#":
            break
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0 and (ch == ";" or (ch == ":" and code[i + 1:i + 2] not in ("=", "-", ":")
                                           and code[i - 1:i] != ":")):
            out.append((code[start:i].strip(), ch))
            start = i + 1
        i += 1
    rest = code[start:i].strip()
    if rest:
        out.append((rest, ""))
    return [s for s in out if s[0]], code[i + 1:].strip() if i < len(code) else ""


def _is_maple_prompt(line: str) -> bool:
    """Whether ``line`` is a Maple prompt: ``>`` and statements each ending in ``;`` or ``:``."""
    m = _PROMPT.match(line[:MAX_LINE])
    if not m or _R_MARK.search(m.group(2)):
        return False
    said, _ = _statements(m.group(2))
    code = m.group(2).split("#", 1)[0].rstrip()
    return bool(said) and code.endswith((";", ":")) and all(term for _, term in said)


def is_maple(text: str) -> bool:
    """Whether notes hold a Maple session: :data:`EVIDENCE` Maple prompt lines, one with ``:=``."""
    prompts = [line for line in text.split("\n")[:MAX_LINES] if _is_maple_prompt(line)]
    return len(prompts) >= EVIDENCE and any(":=" in line for line in prompts)


def maple_notes(text: str) -> str:
    """Notes with their Maple session lines rewritten as notes (see the module doc); other text unchanged."""
    if not is_maple(text):
        return text
    from .maple_claims import Session, claims  # imported only for notes that paste a Maple session

    lines = text.split("\n")
    fenced = _fences(lines)
    session = Session()
    i = 0
    while i < len(lines) and i < MAX_LINES:
        m = _PROMPT.match(lines[i][:MAX_LINE])
        if not m or not _is_maple_prompt(lines[i]):
            i += 1
            continue
        indent = len(m.group(1))
        said, comment = _statements(m.group(2))
        j = i + 1
        while j < len(lines) and j < MAX_LINES and lines[j].strip() and not _PROMPT.match(lines[j]) \
                and not _FENCE.match(lines[j]) \
                and (j in fenced or len(lines[j]) - len(lines[j].lstrip()) >= indent + 2):
            j += 1
        if j == i + 1 and any(term == ";" for _, term in said):   # Maple's 2-D output after a blank line
            j = _after_gap(lines, j, indent)
        shown = outputs_of([_LABEL.sub("", line) for line in lines[i + 1:j]])
        placed: dict[int, list[str]] = {}
        k = 0
        for code, term in said:
            out = None
            if term == ";" and k < len(shown):
                out = shown[k]
                k += 1
            at = i if out is None else i + 1 + out[0]
            made = claims(code, None if out is None else out[1], session)
            placed.setdefault(at, []).extend(made)
        for n in range(i, j):
            lines[n] = ", ".join(f"${c}$" for c in placed.get(n, []))
        if comment:
            lines[i] = (lines[i] + " " + comment).strip()
        i = j
    for n in fenced.get("fences", []):
        lines[n] = ""
    return "\n".join(lines)


def _after_gap(lines: list[str], j: int, indent: int) -> int:
    """The end of a 2-D matrix output (indented ``[ … ]`` rows) that follows a prompt after blank lines, else
    ``j`` (the prompt shows nothing)."""
    k = j
    while k < len(lines) and k < j + 2 and not lines[k].strip():
        k += 1
    end = k
    while end < len(lines) and _ROWS.match(lines[end]) and len(lines[end]) - len(lines[end].lstrip()) >= indent + 2:
        end += 1
    return end if end - k >= 2 else j


def outputs_of(lines: list[str]) -> list[tuple[int, str]]:
    """Maple's printed outputs below a prompt as (offset of its first line, text): one line each, or a 2-D matrix
    or column drawn over ``[ … ]`` rows read as ``[[…], […]]`` (rows of blanks only are dropped)."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        if not lines[k].strip():
            k += 1
            continue
        rows, name, first = [], None, k
        while k < len(lines) and (m := _ROW.match(lines[k])) and "," not in m.group(2):
            name = m.group(1) or name
            if m.group(2).strip():
                cells = m.group(2).split()
                rows.append(cells if all(_NUMBER.fullmatch(c) for c in cells) else [m.group(2).strip()])
            k += 1
        if len(rows) > 1 or (rows and k - first > 1):
            body = "[" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "]"
            if all(len(r) == 1 for r in rows):
                body = "[" + ", ".join(r[0] for r in rows) + "]"
            out.append((first, f"{name} := {body}" if name else body))
            continue
        if k == first:
            out.append((k, lines[k].strip()))
            k += 1
        else:
            out.append((first, lines[first].strip()))
    return out


def _fences(lines: list[str]) -> dict:
    """Line indices inside code fences that hold a Maple prompt (as keys), and under ``"fences"`` the lines of
    those fences' markers (blanked once the session is read)."""
    inside: dict = {"fences": []}
    open_at = None
    for n, line in enumerate(lines[:MAX_LINES]):
        if _FENCE.match(line):
            if open_at is None:
                open_at = n
                continue
            body = range(open_at + 1, n)
            if any(_is_maple_prompt(lines[b]) for b in body):
                inside.update({b: True for b in body})
                inside["fences"] += [open_at, n]
            open_at = None
    return inside

"""Corrections that name what they replace, on a line right below the statement they correct: ``second entry
should be $W^{[2]}_{12}x$`` (an entry of the vector just written, by its ordinal), ``$W_{21}$ should be $W_{12}$``
(an expression of it, by itself); also ``should read``, German ``… sollte $…$ sein`` / ``muss $…$ heißen``,
Icelandic ``á að vera`` / ``ætti að vera``, French ``devrait être``, Spanish ``debería ser``.

The statement above (the nearest line of text with a relation, at most :data:`BACK` lines of text up, lines that
are only display delimiters skipped) is taken back and restated, corrected, on the correction's line, so the
corrected value is what is judged. Nothing is done unless the correction is exact: the named entry exists in the
one vector of the statement, or the named expression occurs exactly once in its value; the correction's line
states nothing else; the new value holds no relation. A wrong statement that nothing corrects stays as written.
"""

from __future__ import annotations

import re

BACK = 2
_SHOULD = (r"(?:should\s+(?:be|read|say)|must\s+be|sollte|müsste|muss|á\s+að\s+vera|ætti\s+að\s+vera"
           r"|devrait\s+être|debería\s+ser|dovrebbe\s+essere|powinno\s+być|powinien\s+być|powinna\s+być"
           r"|mělo\s+by\s+být|malo\s+by\s+byť|bi\s+moralo\s+biti|trebalo\s+bi\s+biti)")
_ORDINALS = {w: n for n, words in enumerate((
    ("first", "1st", "erste", "erster", "ersten", "fyrsta", "premier", "première", "primera", "primer", "primo"),
    ("second", "2nd", "zweite", "zweiter", "zweiten", "annað", "annar", "önnur", "deuxième", "seconde", "segunda",
     "segundo", "secondo"),
    ("third", "3rd", "dritte", "dritter", "dritten", "þriðja", "þriðji", "troisième", "tercera", "tercer", "terzo"),
    ("fourth", "4th", "vierte", "vierter", "vierten", "fjórða", "fjórði", "quatrième", "cuarta", "cuarto", "quarto"),
    ("fifth", "5th", "fünfte", "fünfter", "fünften", "fimmta", "fimmti", "cinquième", "quinta", "quinto"),
    ("sixth", "6th", "sechste", "sechster", "sechsten", "sjötta", "sjötti", "sixième", "sexta", "sexto", "sesto"),
    ("seventh", "7th", "siebte", "siebter", "siebten", "sjöunda", "sjöundi", "septième", "séptima", "séptimo",
     "settimo"),
    ("eighth", "8th", "achte", "achter", "achten", "áttunda", "huitième", "octava", "octavo", "ottavo"),
    ("ninth", "9th", "neunte", "neunter", "neunten", "níunda", "neuvième", "novena", "noveno", "nono"),
), start=1) for w in words}
_ENTRY_WORD = (r"(?:entry|entries|component|element|coordinate|term|eintrag|komponente|element|stak\w{0,4}|hnit\w{0,3}"
               r"|lið\w{0,4}|liður\w{0,3}|composante|entrée|élément|componente|entrada|elemento)")
_ORDINAL = r"(?P<ord>" + "|".join(sorted((re.escape(w) for w in _ORDINALS), key=len, reverse=True)) + r")"
_NAMED = (r"(?:(?<![^\W_])" + _ORDINAL + r"\s+" + _ENTRY_WORD + r"|(?<![^\W_])" + _ENTRY_WORD + r"\s+(?P<num>[1-9])"
          r"|\$(?P<old>[^$\n]{1,80})\$)")
_CORRECTION = re.compile(r"(?<![^\W_])" + r"(?:" + _NAMED + r")(?:\s+(?:here|hier|hér))?\s+" + _SHOULD
                         + r"(?:\s+(?:eigentlich|wohl))?\s*:?\s*\$(?P<new>[^$\n]{1,300})\$"
                         r"(?:\s+(?:sein|heißen|lauten))?", re.I)
_RELATION = re.compile(r"=|\\approx(?![A-Za-z])|≈")
_DELIMITER = re.compile(r"^\s*(?:\\\[|\\\]|\$\$|\\begin\{[a-z*]+\}|\\end\{[a-z*]+\})?\s*$")
_OPENER = re.compile(r"(?:\\(?:big|Big|bigg|Bigg)l?|\\left)?\s*([(\[])")
_CLOSE = {"(": ")", "[": "]"}


def named_corrections(lines: list[str]) -> None:
    """Every correction that names what it replaces (see the module doc), applied in place."""
    for i, line in enumerate(lines):
        if "$" not in line:
            continue
        m = _CORRECTION.search(line)
        if m is None or _RELATION.search(m.group("new")):
            continue
        rest = line[:m.start()] + line[m.end():]
        if _RELATION.search(rest):
            continue
        j = _above(lines, i)
        if j is None:
            continue
        found = _statement(lines[j])
        if found is None:
            continue
        start, end, statement = found
        fixed = _corrected(statement, m)
        if fixed is None or fixed == statement:
            continue
        lines[j] = lines[j][:start] + " " * (end - start) + lines[j][end:]
        indent = line[:len(line) - len(line.lstrip())]
        lines[i] = f"{indent}${fixed}$"


def _above(lines: list[str], i: int) -> int | None:
    """The nearest line of text above ``i`` (display delimiters skipped) when it holds a relation."""
    seen = 0
    for k in range(i - 1, -1, -1):
        if _DELIMITER.match(lines[k]):
            continue
        seen += 1
        if seen > BACK:
            return None
        if _RELATION.search(lines[k]):
            return k
    return None


def _statement(line: str) -> tuple[int, int, str] | None:
    """(start, end, text) of the one statement of a line: its one ``$…$`` span with a relation, or the whole line
    when it has no dollars (a line inside a display block)."""
    if "$" not in line:
        body = line.strip()
        start = line.index(body) if body else 0
        return (start, start + len(body), body) if body and _RELATION.search(body) else None
    spans = [(s.start(), s.end()) for s in re.finditer(r"\$\$?[^$\n]{1,2000}?\$\$?", line)]
    related = [(s, e) for s, e in spans if _RELATION.search(line, s, e)]
    if len(related) != 1:
        return None
    s, e = related[0]
    inner = line[s:e].strip("$")
    return s, e, inner


def _corrected(statement: str, m: re.Match) -> str | None:
    """The statement with the named entry or expression replaced by the new value, or None when not exact."""
    relations = list(_RELATION.finditer(statement))
    if not relations:
        return None
    value_at = relations[0].end()
    new = m.group("new").strip()
    if m.group("old") is not None:
        old = m.group("old").strip()
        places = [k for k in _find_all(statement, old, value_at) if _whole(statement, k, k + len(old))]
        if len(places) != 1 or statement.count(old, value_at) != 1:
            return None
        at = places[0]
        return statement[:at] + new + statement[at + len(old):]
    n = _ORDINALS[m.group("ord").lower()] if m.group("ord") else int(m.group("num"))
    vectors = _vectors(statement, relations[-1].end())
    if len(vectors) != 1:
        return None
    cells = vectors[0]
    if n > len(cells):
        return None
    s, e = cells[n - 1]
    cell = statement[s:e]
    lead = cell[:len(cell) - len(cell.lstrip())]
    if cell.lstrip().startswith("\\ "):
        lead += "\\ "
    return statement[:s] + lead + new + statement[e:]


def _find_all(text: str, part: str, start: int) -> list[int]:
    out, at = [], text.find(part, start)
    while at >= 0:
        out.append(at)
        at = text.find(part, at + 1)
    return out


def _whole(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is no piece of a longer name or number (``2`` in ``12``, ``W_2`` in ``W_21``)."""
    before, after = text[s - 1:s], text[e:e + 1]
    return not (before.isalnum() or before in "_^.\\") and not (after.isalnum() or after in "_^{.'")


def _vectors(text: str, start: int) -> list[list[tuple[int, int]]]:
    """The bracketed groups with two or more top-level entries (commas) in ``text[start:]``, each as the spans of
    its entries."""
    out = []
    at = start
    while True:
        m = _OPENER.search(text, at)
        if m is None:
            return out
        close = _closing(text, m.end(1) - 1)
        if close is None:
            return out
        cells = _entries(text, m.end(1), close)
        if len(cells) >= 2:
            out.append(cells)
        at = close + 1


def _closing(text: str, open_at: int) -> int | None:
    """The position of the bracket that closes the one at ``open_at``."""
    depth = 0
    for k in range(open_at, len(text)):
        if text[k] in "([{":
            depth += 1
        elif text[k] in ")]}":
            depth -= 1
            if depth == 0:
                return k if text[k] == _CLOSE.get(text[open_at]) else None
    return None


def _entries(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the top-level comma-separated entries of ``text[lo:hi]`` (a trailing ``\\big`` before the
    closing bracket left out)."""
    cells, depth, begin = [], 0, lo
    for k in range(lo, hi):
        ch = text[k]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            cells.append((begin, k))
            begin = k + 1
    last_end = hi
    tail = re.search(r"\\(?:big|Big|bigg|Bigg)r?\s*$|\\right\s*$", text[begin:hi])
    if tail:
        last_end = begin + tail.start()
    cells.append((begin, last_end))
    return cells

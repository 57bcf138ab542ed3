"""The eigenvector part of a learner's notes read piece by piece: which eigenvalue each line is about (a heading
``**$\\lambda_1 \\approx 26.7004$:**``, ``For $\\lambda_2$:``, a row led by ``\\lambda_1:``), the vectors the
learner names there (``v^{(1)} = (…)``, ``v_1 = (…)``, ``\\hat v \\approx (…)``), and each claim about them
written so the judges can read it.

After the first line that names eigenvectors in words:

* ``NAME = column`` (a column of numbers) is ``\\operatorname{eigvec}(λ) = column`` for the line's eigenvalue (the
  number it is given, else the learner's λ_i); a hatted name, or a vector the line calls unit/normalised, is also
  the claim ``\\sqrt{c_1^2 + … + c_n^2} \\approx 1``; a column in λ (``v = (12, λ − 8)^T``) is the general form
  ``\\operatorname{eigvec} = column``;
* ``\\|v\\|^2 = …`` and ``\\|v\\| = …`` are arithmetic on the numbers of the learner's own v;
* a normalisation ``\\hat v = \\frac{v}{d} = (…)`` is one chain per entry (``\\frac{12}{d} = 0.0590``), the claim
  that d is ‖v‖ (``\\sqrt{12^2 + (-7.7004)^2} = d``) and the unit vector as above;
* a check ``K v = (…) = (…) ≈ λ v`` is one chain per row (the row of the learner's own K times v, each written
  column's entry, λ times v's entry) and ``\\operatorname{eigvec}(λ) = v``: a false ✓ is wrong;
* a row of (K − λI) v = 0, a check said in words and unit vectors said to be orthogonal are read by
  :mod:`symntk.check.eigen_rows`; a general form is judged by :mod:`symntk.check.eigen_forms`.

Every pattern is bounded (:mod:`symntk.check.eigen_columns`); nothing is evaluated here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .eigen_checks import check_pieces, kernel_rows, norm_text, normalised_pieces
from .eigen_columns import MAX_TEXT, clean, column, members, name, number, numbers
from .eigen_rows import row_entries, said_checks, said_orthogonal
from .segment import Segment
from .word_results import EIGENVECTOR_WORDS

_HEADING = re.compile(r"\s{0,3}(?:\\lambda|λ)\s{0,3}(?:_\s{0,3}\{?\s{0,3}([1-9])\s{0,3}\}?|([₁-₉]))?\s{0,3}"
                      r"(?:(?:=|\\approx|≈)\s{0,3}([-−]?\d{1,9}(?:\.\d{1,12})?)\s{0,3})?:?\s{0,3}")
_LEAD = re.compile(r"\s{0,3}(?:\\lambda|λ)\s{0,3}(?:_\s{0,3}\{?\s{0,3}([1-9])\s{0,3}\}?|([₁-₉]))\s{0,3}"
                   r"(?:(?:=|\\approx|≈)\s{0,3}([-−]?\d{1,9}(?:\.\d{1,12})?)\s{0,3})?:\s{0,3}")
_WORD = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in EIGENVECTOR_WORDS) + r")", re.I)
_UNIT = re.compile(r"unit|normali[sz]|normed|einheits|normier|unitaire|normé|unitario|normalizado", re.I)
_SECTION = re.compile(r"^\s{0,3}(?:#{1,6}\s|\\(?:sub){0,2}section\*?\{|\*\*[^*$]{1,60}\*\*\s*$)")
_NAMED = re.compile(r"(\\(?:hat|widehat|tilde)\s{0,3}\{?\s{0,3})?(?:\\(?:mathbf|vec|bm|boldsymbol)\s{0,3}\{?\s{0,3})?"
                    r"([a-zA-Z])\s{0,3}\}?\s{0,3}\}?"
                    r"(?:_\s{0,3}\{?\s{0,3}\(?([1-9])\)?\s{0,3}\}?|\^\s{0,3}\{\s{0,3}\(([1-9])\)\s{0,3}\})?"
                    r"\s{0,3}(?:&\s{0,3})?(?:=|\\approx)\s{0,3}(?:\\left\s{0,3})?(?:\\begin\{|\()")


class _State:
    """Where the reading is: the eigenvalue of the current line (its index and number), the learner's vectors."""

    def __init__(self, kernels: dict):
        self.index: str | None = None
        self.value: str | None = None
        self.bound: dict[str, list[str]] = {}
        self.kernels = kernels
        self.values: dict[str, str] = {}   # the number the learner last gave each λ_i
        self.last: list[str] | None = None   # the last vector named
        self.here = False   # whether the current line states its λ itself
        self.units: list[list[str]] = []   # the unit vectors named, in order

    def bind(self, key: str, entries: list[str]) -> None:
        """The learner's vector ``key`` is now ``entries``."""
        self.bound[key] = entries
        self.last = entries

    def unit(self, entries: list[str]) -> str:
        """A unit vector named: remembered, and its claim ‖c‖ = 1 (:func:`unit_claim`)."""
        self.units.append(entries)
        return unit_claim(entries)

    def fits(self, entries: list) -> bool:
        """Whether a vector has one entry per row of the learner's K (any length when no K is written out)."""
        return not self.kernels or any(len(k) == len(entries) for k in self.kernels.values())

    def spec(self, index: str | None = None) -> str | None:
        """The eigenvalue claims on this line are about (the line's, else the one of a vector named with index
        ``index``): its number, else λ_i, else None."""
        if self.index is None and index is None:
            return None
        if self.index is not None:
            index = self.index
        value = self.value if self.index is not None and self.value else self.values.get(index)
        return value or (f"\\lambda_{{{index}}}" if index else None)

_ROWS = " \\\\ "


def eigen_pieces(text: str, pieces: list) -> list:
    """The pieces with each eigenvector claim after the first line naming eigenvectors written for the judges
    (see the module doc); other pieces as they are."""
    lines = text.split("\n")
    start = next((n for n, line in enumerate(lines, start=1) if _WORD.search(line)), None)
    if start is None:
        return pieces
    state = _State({})
    out: list = []
    line_now = None
    texts: dict[int, list[str]] = {}
    for p in pieces:
        if not p.error:
            texts.setdefault(p.line, []).append(p.text)
    for piece in pieces:
        if piece.error or piece.fact or len(piece.text) > MAX_TEXT:
            out.append(piece)
            continue
        found = kernel_rows(piece.text)
        if found is not None:
            state.kernels[found[0]] = found[1]
        given = _said(_HEADING.fullmatch(clean(piece.text)))
        if given is not None and given[0] and given[1]:
            state.values[given[0]] = given[1]
        if piece.line < start:
            out.append(piece)
            continue
        if piece.line != line_now:
            out.extend(_prose(lines, max(line_now or start, start), piece.line, texts, state))
            line_now = piece.line
            _enter_line(state, lines[piece.line - 1] if piece.line <= len(lines) else "", texts.get(piece.line, []))
        out.extend(_read(piece, state, lines[piece.line - 1] if piece.line <= len(lines) else ""))
    return out + _prose(lines, max(line_now or start, start), len(lines) + 1, texts, state)


def _prose(lines: list[str], after: int, before: int, texts: dict, state: _State) -> list:
    """The claims of the prose lines after one line of math up to the next (that one too): a check said in
    words, unit vectors said to be orthogonal (:mod:`symntk.check.eigen_rows`)."""
    out = []
    for n in range(after + 1, min(before + 1, len(lines) + 1)):
        if _SECTION.match(lines[n - 1]) and n not in texts:
            state.index = state.value = None
        said = said_orthogonal(lines[n - 1], state.units) or \
            (said_checks(lines[n - 1], state.spec(), state.last) if n not in texts else None)
        if said is not None:
            out.append(Segment(n, said, False))
    return out


def _said(m) -> tuple[str, str | None] | None:
    """(λ's index or "", its number or None) from a match of :data:`_HEADING` or :data:`_LEAD`."""
    if m is None:
        return None
    index = m.group(1) or (str("₁₂₃₄₅₆₇₈₉".index(m.group(2)) + 1) if m.group(2) else "")
    return index, m.group(3).replace("−", "-") if m.group(3) else None


def _enter_line(state: _State, line: str, texts: list[str]) -> None:
    """The eigenvalue a new line is about: one λ_i it states alone (a heading), or the one leading its rows."""
    said = set()
    for t in texts:
        m = _said(_HEADING.fullmatch(clean(t)) or _LEAD.match(clean(t)))
        if m is not None and (m[0] or m[1]):   # λ_1, λ_1 ≈ 26.70, λ = 26.70
            said.add(m)
    indices = {i for i, _ in said}
    state.here = len(indices) == 1
    if len(indices) == 1:
        index = indices.pop()
        values = {v for i, v in said if v}
        state.index, state.value = index, (values.pop().replace("−", "-") if len(values) == 1 else None)
        if not index and state.value is None:
            state.index = None
    elif len(indices) > 1 or _SECTION.match(line):
        state.index = state.value = None


def _read(piece, state: _State, line: str) -> list:
    """The pieces one piece of the eigenvector part is read as (see the module doc)."""
    text = clean(piece.text)
    lead = _LEAD.match(text)
    if lead is not None:
        text = text[lead.end():]
    if text.startswith("\\operatorname{eigvec}"):   # read by eigen_vectors already: remember the name it sets
        _bind_said(state, text, line)
        said = re.match(r"\\operatorname\{eigvec\}(?:\(([^()]{1,40})\))?\s{0,3}=", text)
        spec = state.spec() if state.here else None   # a λ this line states, not one of a heading before
        if said is None or spec is None or said.group(1) and number(said.group(1)) is not None or \
                number(spec) is None and said.group(1):
            return [piece]
        return [_at(piece, f"\\operatorname{{eigvec}}({spec}) " + text[said.end() - 1:])]   # this line's λ
    row = row_entries(re.split(r"\\Rightarrow|\\implies|⇒", text)[0])
    if row is not None:   # (8 − λ) v_1 + 12 v_2 = 0: row 1 of (K − λI) v = 0 claims K_{11} = 8, K_{12} = 12
        return [piece] + [_at(piece, t) for t in row]
    chain = members(text)
    if chain is None:
        return [piece]
    parts, rels = chain
    spec = state.spec()
    if len(parts) == 1:
        entries = numbers(column(parts[0]))
        unit = entries is not None and unit_said(line, entries[0])
        if entries is None or spec is None or lead is None and not unit or not state.fits(entries):
            return [piece]
        return [_at(piece, _eigvec(spec, entries))] + ([_at(piece, state.unit(entries))] if unit else [])
    checked = check_pieces(parts, rels, state)
    if checked is not None:
        return [_at(piece, t) for t in checked]
    named = name(parts[0])
    if named is None:
        norm = norm_text(parts[0], state)
        if norm is not None:
            return [_at(piece, " ".join([norm] + [f"{r} {p}" for r, p in zip(rels, parts[1:])]))]
        named, parts, rels = (False, ""), [""] + parts, [""] + rels   # \frac{v}{d} = (…): a nameless normalisation
    hat, key = named
    spec = state.spec(key.partition("_")[2] or None)
    last = numbers(column(parts[-1]))
    unit = hat or last is not None and unit_said(line, last[0])
    if len(parts) == 2:
        written = column(parts[1])
        entries = numbers(written)
        if entries is None:
            if written is not None and re.search(r"\\lambda|λ", parts[1]) and state.fits(written):   # (12, λ − 8)^T
                return [_at(piece, f"\\operatorname{{eigvec}} = {parts[1]}")]
            return [piece]
        if not state.fits(entries):
            return [piece]
        if not hat:
            state.bind(key, entries)
        if spec is None:
            return [piece]
        said = [_at(piece, _eigvec(spec, entries))]
        return said + [_at(piece, state.unit(entries))] if unit else said
    made = normalised_pieces(parts[1:], rels[1:], state)
    if made is None:
        return [piece]
    texts, last = made
    if last is not None and not state.fits(last):
        return [piece]
    if last is not None:
        if key and not hat and not unit:
            state.bind(key, last)
        if spec is not None:
            texts.append(_eigvec(spec, last))
        if unit:
            texts.append(state.unit(last))
    return [_at(piece, t) for t in texts] or [piece]


def unit_said(line: str, first: str) -> bool:
    """Whether the line calls the vector whose first entry is written ``first`` a unit vector: a word (unit,
    normalised, …) before it with at most one ``$`` between."""
    at = line.find(first)
    if at < 0:
        return False
    window = line[max(0, at - 120):at]
    said = [m.end() for m in _UNIT.finditer(window)]
    return bool(said) and window[said[-1]:].count("$") <= 1


def _bind_said(state: _State, text: str, line: str) -> None:
    """``\\operatorname{eigvec}(…) = column`` made from ``v = column``: the name v is bound to the column."""
    chain = members(text)
    entries = numbers(column(chain[0][-1])) if chain else None
    m = _NAMED.search(line)
    if entries is not None and m is not None and not m.group(1):
        key = m.group(2) + (f"_{m.group(3) or m.group(4)}" if m.group(3) or m.group(4) else "")
        if name(key) is not None:
            state.bind(key, entries)


def unit_claim(entries: list[str]) -> str:
    """A unit vector's claim ‖c‖ = 1: ``\\sqrt{c_1^2 + … + c_n^2} \\approx 1``."""
    return "\\sqrt{" + " + ".join(f"({e})^2" for e in entries) + "} \\approx 1"


def _eigvec(spec: str, entries: list[str]) -> str:
    return f"\\operatorname{{eigvec}}({spec}) = \\begin{{pmatrix}} {_ROWS.join(entries)} \\end{{pmatrix}}"


def _at(piece, text: str):
    return replace(piece, text=text)

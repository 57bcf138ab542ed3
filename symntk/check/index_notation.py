"""Index notation: a formula for every unit at once (``z_i = W_{i1} x + b_i``) read as one claim per index value.

* A formula with index letters i, j, k in its subscripts stands for every value of them: it becomes one
  *soft* segment per value (1 … 3, or the values a condition on the same line gives), and only the
  instances inside the network are judged.
* A condition ``(i = 1, 2)``, ``for j = 1, 2``, ``j ∈ {1, 2}``, ``i, j = 1, 2`` scopes the formulas of its
  line; it is context, never a claim of its own.
* The Kronecker delta ``δ_{ij}`` (two index letters, or a letter and a value: ``δ_{k1}``) is 1 where they take
  the same value, else 0; a ``δ_{k1}`` that opens the formula is the quantity it states (unit k's error in
  layer 1: ``δ_{k1} = W^{[2]}_{1k}``), not a Kronecker delta.
* A letter a Σ binds (``Σ_i W_i δ_{ij}``) is not put in: only the free ones are. Nor is a letter that an
  equation has on its right side only (``f(x) = W_i (V_i x + c_i) + d``, summation implied): it is summed.

Every pattern is linear (no nested repetition) and the number of instances is bounded
(:data:`MAX_INSTANCES`).
"""

from __future__ import annotations

import itertools
import re

from .source import Segment

MAX_INSTANCES = 27

_INDEX_SUB = re.compile(r"_\s*(\{[^{}]{0,12}\}|[ijk](?![a-wyz]))")   # W_jx, W_jH_j: the index, then a name
_BARE_PAIR = re.compile(r"_([0-9ijk])([0-9ijk])(?![A-Za-z0-9])")
_SPACED_PAIR = re.compile(r"_\s*\{\s*([ijk])(?:\s|\\[,; ]|~){1,4}([ijk])\s*\}")
_LETTER = re.compile(r"(?<![A-Za-hl-z\\])([ijk])(?![A-Za-hl-z])")
_KRONECKER = re.compile(r"\\delta\s*_\s*\{\s*([ijk1-9])\s*,?\s*([ijk1-9])\s*\}")
_FOR = r"(?:\\text\s*\{\s*(?:for|for all|für|fyrir|pour|með)\s*\}|\\forall|for|für|fyrir|pour)"
_VALUES = r"(?:\\\{\s*)?([1-9](?:\s*,\s*(?:[1-9]|\\[lc]?dots|n|N)){0,6})(?:\s*\\\})?"
_RANGE = re.compile(r"^\(?\s*(?:" + _FOR + r"\s*)?([ijk](?:\s*,\s*[ijk]){0,2})\s*(?:=|\\in)\s*" + _VALUES +
                    r"\s*\)?\.?$")


def index_range(text: str) -> dict[str, list[int]] | None:
    """``(i = 1, 2)``, ``for j = 1,2``, ``j \\in \\{1, 2\\}`` → {letter: values}; None for anything else."""
    m = _RANGE.match(text.strip())
    if m is None:
        return None
    values = [int(v) for v in re.findall(r"[1-9]", m.group(2))]
    if re.search(r"dots|n|N", m.group(2)):
        values = list(range(1, max(values) + 3))   # 1, …, n: every unit there is (instances outside are not judged)
    letters = re.findall(r"[ijk]", m.group(1))
    return {letter: values for letter in letters}


def ranges_by_line(segments: list[Segment]) -> dict[int, dict[str, list[int]]]:
    """The index ranges the conditions on each line give."""
    out: dict[int, dict[str, list[int]]] = {}
    for seg in segments:
        found = index_range(seg.text)
        if found:
            out.setdefault(seg.line, {}).update(found)
    return out


_SUM = re.compile(r"\\sum(?![A-Za-z])|Σ|∑|(?<![A-Za-z\\])[Ss]um(?=\s*_)")   # sum_(k=1)^7: AsciiMath
_BOUND = re.compile(r"(?:\\sum(?![A-Za-z])|Σ|∑|(?<![A-Za-z\\])[Ss]um)\s*_\s*[{(]?\s*([ijk])(?:\s*,\s*([ijk]))?"
                    r"(?![A-Za-z])")


def _kronecker(text: str, table: dict[str, str]) -> str:
    """δ_{ij} (or δ_{k1}: a letter and a value) with its letters put in → 1 or 0; a δ with a letter a Σ binds, or
    with no letter, stays (its sum decides)."""
    def value(m: re.Match) -> str:
        a, b = (table.get(g, g if g.isdigit() else None) for g in m.groups())
        if a is None or b is None or m.group(1).isdigit() and m.group(2).isdigit():
            return m.group(0)
        if (m.group(1).isdigit() or m.group(2).isdigit()) and not text[:m.start()].strip():
            return m.group(0)   # "δ_{k1} = W^{[2]}_{1k}": the quantity stated (unit k's error in layer 1), no δ
        return "1" if str(a) == str(b) else "0"

    return _KRONECKER.sub(value, text)


_UNIT_SUB = re.compile(r"(?<![A-Za-z\\])[Wbzah]\s*(?:\^\s*\{[^{}]{0,8}\}\s*)?_\s*(\{[^{}]{0,12}\}|[ijk])")


def _unit_letters(text: str) -> set[str]:
    """The index letters in the subscripts of parameters and units (W, b, z, a, h)."""
    return {m.group(1) for sub in _UNIT_SUB.finditer(text) for m in _LETTER.finditer(sub.group(1))}


def bound_letters(text: str) -> set[str] | None:
    """The index letters a Σ binds (``\\sum_i``, ``\\sum_{j,k}``, ``\\sum_{j=1}^{2}``): they are not put in; None
    when a Σ binds no letter the notes name (then nothing is put in)."""
    sums = len(_SUM.findall(text))
    found = [m.groups() for m in _BOUND.finditer(text)]
    if len(found) < sums:
        return None
    return {letter for pair in found for letter in pair if letter}


def _left_side(text: str) -> str:
    """The text before the first ``=`` of an equation, stripped; "" when there is no ``=`` or nothing before it."""
    head, sep, _ = text.partition("=")
    return head.strip() if sep else ""


def instances(seg: Segment, ranges: dict[str, list[int]] | None = None, largest: int = 3) -> list[Segment]:
    """A claim about unit i (``z_i = W_{i1} x + b_i``) as one claim per value of its index letters (each soft:
    only the instances inside the network are judged); other segments as they are."""
    text = _SPACED_PAIR.sub(r"_{\1\2}", _BARE_PAIR.sub(r"_{\1\2}", seg.text))   # w_{j k} typesets as w_{jk}
    seg = Segment(seg.line, text, seg.display, seg.error, seg.soft)
    letters = sorted({m.group(1) for sub in _INDEX_SUB.finditer(seg.text) for m in _LETTER.finditer(sub.group(1))})
    bound = bound_letters(seg.text)
    letters = [letter for letter in letters if bound is not None and letter not in bound]
    left = _left_side(seg.text)
    if left:   # f(x) = W_i (W_i x + b_i) + b (sum over i implied): a letter only on the right is summed
        letters = [letter for letter in letters if letter in _LETTER.findall(left)]
    if not letters or len(letters) > 3 or bound and not set(letters) <= _unit_letters(seg.text):
        return [seg]   # Σ_k ∂f(x_i)/∂θ_k ∂f(x_j)/∂θ_k: a formula for every entry, not one per unit
    listed = _listed_values(seg.text) if len(letters) == 1 else None
    if listed is not None:   # h(x_i) = 1, 3, 5: the i-th value for i = 1, 2, 3
        head, values = listed
        return [_put(Segment(seg.line, f"{head}= {value}", seg.display, seg.error, seg.soft), {letters[0]: str(n)})
                for n, value in enumerate(values, start=1)]
    ranges = ranges or {}
    choices = [ranges.get(letter, list(range(1, largest + 1))) for letter in letters]
    return [_put(seg, dict(zip(letters, (str(v) for v in values))))
            for values in itertools.islice(itertools.product(*choices), MAX_INSTANCES)]


def _put(seg: Segment, table: dict[str, str]) -> Segment:
    """The soft instance of ``seg`` with the index letters of ``table`` put in."""
    def put(sub):
        return _LETTER.sub(lambda m: table.get(m.group(1), m.group(1)), sub.group(0))

    return Segment(seg.line, _INDEX_SUB.sub(put, _kronecker(seg.text, table)), seg.display, soft=True, general=True)


def _listed_values(text: str) -> tuple[str, list[str]] | None:
    """``h(x_i) = 1, 3, 5`` → ("h(x_i) ", ["1", "3", "5"]): an equation whose right side is a bare list of two to
    nine values (commas outside every bracket, no other ``=``, no dots); None otherwise."""
    head, sep, rest = text.partition("=")
    if not sep or not head.strip() or "=" in rest or len(rest) > 200:
        return None
    parts, depth, start = [], 0, 0
    for n, c in enumerate(rest):
        depth += 1 if c in "({[" else -1 if c in ")}]" else 0
        if c == "," and depth == 0 and rest[n - 1:n] != "\\":   # \, is a thin space
            parts.append(rest[start:n])
            start = n + 1
    values = [p.strip() for p in parts + [rest[start:]]]
    if not 2 <= len(values) <= 9 or not all(values) or any("dots" in v or "..." in v for v in values):
        return None
    return head, values

"""Notes that count from zero: each index family the notes number from 0 (θ_0, x_0, K_{00}, λ_0) read one higher.

Computer-science students number parameters, datapoints, kernel entries, eigenvalues, outputs and units from 0. The
decision is per family and taken from the notes themselves: a family is zero-based when the notes write an index 0
for it (θ_0 listed or differentiated, a datapoint x_0 given a value or put into f, ∇f, K or Θ, K_{00} or K_{0,1},
λ_0, g_0 or g^{(0)} beside g_1 or g^{(1)}, f_0 or "output 0", a unit index W^{[1]}_0, b^{[1]}_0, h_0); then every
index of that family is rewritten one higher (θ_0 → θ_{1}, K_{01} → K_{12}, K[0,1] → K_{1,2}) before anything else
is read, so the rest of the checker reads 1-based notes. A family that shows no 0 is never shifted. Guards keep a 0
that is not an index of the family: θ_0 or f_0 beside θ_t / f_t (training from an initial value), an x_0 with no
value of its own when x_2 is given a value (the sheet's x_1, x_2 with another x_0), and bare unit letters in notes
that write the layer as a subscript (W_1, h_0 = x). Code (fences, `inline code`) is not touched: its indexing is
read where code is read. Line breaks are kept. Every pattern is a plain regular expression without nested
repetition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SUBS = "₀₁₂₃₄₅₆₇₈₉"
_TO_SUB = str.maketrans("0123456789", _SUBS)
_FROM_SUB = str.maketrans(_SUBS, "0123456789")

_END = r"(?!\d|[.,]\d)"   # x_0 = 1, not x_0.5 or x_{01}
_GLUED_END = r"(?!\d|[.,]\d|[A-Za-z_])"   # x0 in plain text: a digit straight after the letter, then no letter
# one index after a name: _{0}, _0, ₀, [0]; in plain text x0, K00
_ONE = (rf"(?:_\{{\s?(?P<a>\d{{1,2}})\s?\}}|_(?P<b>\d){_END}|(?P<c>[₀-₉])(?![₀-₉])|\[(?P<d>\d{{1,2}})\](?!\s?\[)|"
        rf"(?P<e>\d){_GLUED_END})")
# two indices after a name: _{01}, _{0,1}, _01, ₀₁, ₀,₁, [0,1], [0][1]
_TWO = (r"(?:_\{\s?(?P<a>\d)[\s,]{0,3}(?P<b>\d)\s?\}|_(?P<c>\d)(?P<d>\d)(?!\d)|(?P<e>[₀-₉]),?(?P<f>[₀-₉])(?![₀-₉])|"
        rf"\[\s?(?P<g>\d)\s?,\s?(?P<h>\d)\s?\]|\[(?P<i>\d)\]\[(?P<j>\d)\]|(?P<k>\d)(?P<l>\d){_GLUED_END})")
_TWO_SCRIPT = _TWO[:_TWO.rindex("|(?P<k>")] + ")"   # a layer's two indices, never glued: W100 is no W^{[1]}_{00}
_SUPER = r"\^\{?\((?P<a>\d)\)\}?"   # x^{(0)}, x^(0)
# one one-digit index (a layer's units: W^{[2]}_{12} is two indices, never index 12)
_ONE_DIGIT = rf"(?:_\{{\s?(?P<a>\d)\s?\}}|_(?P<b>\d){_END}|(?P<c>[₀-₉])(?![₀-₉])|\[(?P<d>\d)\](?!\s?\[))"
_ONE_GLUED = rf"(?:{_ONE_DIGIT[3:-1]}|(?P<e>\d){_GLUED_END})"   # h0, h1 in plain text too


@dataclass(frozen=True)
class Family:
    """One index family: its name in the report, the pattern of its indexed names (group ``pre`` is kept, the
    index groups are shifted) and whether the indices come in pairs."""

    name: str
    pattern: re.Pattern
    pair: bool = False
    veto: re.Pattern | None = None   # a sign that a 0 of this family is not an index (θ_t beside θ_0)


def _family(name: str, pre: str, index: str = _ONE, pair: bool = False, veto: str | None = None) -> Family:
    return Family(name, re.compile(f"(?P<pre>{pre}){index}"), pair, re.compile(veto) if veto else None)


_LAYER = r"(?:\^\{?[\[(]\d[\])]\}?|\^\{\d\}|\d)"   # W^{[1]}, b^{(2)}, W^{1}, W1
THETA = _family("θ", r"(?:(?<![A-Za-z])|(?<=d))(?:\\vartheta|\\theta|θ|theta)",
                veto=r"(?:\\theta|θ|theta)\s?_\s?\{?\s?t\b|(?:\\theta|θ)\^\{?\(t")
_X = r"(?:\\(?:mathbf|boldsymbol|vec|bm)\{x\}|(?<![A-Za-z\\])x)"
POINTS = _family("x", _X)
POINTS_UP = _family("x⁽ⁱ⁾", _X, _SUPER)
GRADIENTS = _family("g", r"(?<![A-Za-z\\])g")
GRADIENTS_UP = _family("g⁽ⁱ⁾", r"(?<![A-Za-z\\])g", _SUPER)   # g^{(0)}, g^{(1)}: the gradients at x^{(0)}, x^{(1)}
KERNEL = _family("K", r"(?<![A-Za-z\\])(?:\\mathbf\{K\}|\\mathrm\{K\}|\\Theta|Θ|K)(?:\^\{[^{}$\n]{1,12}\}|\^\(\d\))?",
                 _TWO, pair=True)
EIGEN = _family("λ", r"(?<![A-Za-z])(?:\\lambda|λ|lambda)")
EIGEN_PAIR = _family("λ", r"(?<![A-Za-z])(?:\\lambda|λ|lambda)", r"_\{\s?(?P<a>\d)\s?,\s?(?P<b>\d)\s?\}", pair=True)
OUTPUTS = _family("f", r"(?<![A-Za-z\\])f", veto=r"(?<![A-Za-z\\])f_\{?t\b")
OUTPUT_WORDS = _family("f", r"(?i:\b(?:output|úttak|úttaks|ausgabe|ausgang|sortie)\s?#?)", r"(?P<a>\d)\b")
OUTPUT_KERNELS = _family("f", r"(?<![A-Za-z\\])(?:K|\\Theta|Θ|J)", r"\^\{?[\[(](?P<a>\d)[\])]\}?")
# unit indices of a layer's parameters and values: W^{[1]}_0, b^{(1)}_{0}, W1_0, W^{[2]}_{01}, h^{[1]}_0
_UNIT_LETTERS = "Wwbhvuzac"
_LAYERED = [(ch, _family(ch, rf"(?<![A-Za-z\\]){ch}{_LAYER}", _TWO_SCRIPT, pair=True),
             _family(ch, rf"(?<![A-Za-z\\]){ch}{_LAYER}", _ONE_DIGIT)) for ch in _UNIT_LETTERS]
# a unit letter with no layer (h_0, h_1; z_0, a_0; w_0, v_1 as the notes' own names; r_0 = relu'(z_0)), never W:
# not in notes that write the layer as a subscript (W_1, b_1; a_0 = x), where z_1, a_1 are layers
_BARE = [(ch, _family(ch, rf"(?<![A-Za-z\\]){ch}", _ONE_GLUED if ch in "hza" else _ONE_DIGIT)) for ch in "hzarwbvu"]
_LAYER_SUBSCRIPT = re.compile(r"(?<![A-Za-z\\])W_\{?[12]\}?(?![\d}])|"
                               r"(?:^|[$,;(]\s?)[a-z]_\{?0\}?\s?=\s?x\s?(?=$|[$,;.)])", re.M)

_CODE = re.compile(r"^[ \t]{0,3}(?:```|~~~)[^\n]*\n.*?^[ \t]{0,3}(?:```|~~~)[ \t]*$|`[^`\n]{1,400}`", re.M | re.S)
_DIGIT_GROUPS = "abcdefghijkl"


def _indices(m: re.Match) -> list[tuple[str, int, int]]:
    """The index groups that matched: (text, start, end) in the order written."""
    return [(m.group(g), *m.span(g)) for g in _DIGIT_GROUPS if g in m.re.groupindex and m.group(g) is not None]


def _values(m: re.Match) -> list[int]:
    return [int(t.translate(_FROM_SUB)) for t, _, _ in _indices(m)]


def _shifted(m: re.Match) -> str:
    """The name with each index one higher; ``_0`` and ``[0]`` become ``_{1}``, unicode subscripts stay unicode."""
    found = _indices(m)
    values = [str(int(t.translate(_FROM_SUB)) + 1) for t, _, _ in found]
    rest = m.group(0)[len(m.group("pre")):]
    if found[0][0].isascii() and rest.startswith(("_", "[")):
        return m.group("pre") + "_{" + ",".join(values) + "}" if len(values) > 1 and (
            "," in rest or rest.startswith("[") or any(len(v) > 1 for v in values)) else \
            m.group("pre") + "_{" + "".join(values) + "}"
    if not found[0][0].isascii():
        return m.group("pre") + ("," if "," in rest else "").join(v.translate(_TO_SUB) for v in values)
    out, at = [], m.start()
    for (_, start, end), value in zip(found, values):
        out.append(m.string[at:start] + value)
        at = end
    return "".join(out) + m.string[at:m.end()]


def _outside_code(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are not code (fences, inline code)."""
    spans, at = [], 0
    for m in _CODE.finditer(text):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(text)))
    return spans


def _has_zero(family: Family, prose: str) -> bool:
    return any(0 in _values(m) for m in family.pattern.finditer(prose))


_VALUE_AFTER = re.compile(r"\s?(?:=|:=)\s?(?:[-−+(\[{]|\d|\\(?:begin|left|frac|bigl?|Bigl?|pmatrix|bmatrix))")
_ARGUMENT_BEFORE = re.compile(r"(?:[(,=]|\\left\()\s?$")


def _datapoint_zero(family: Family, prose: str) -> bool:
    """x_0 (or x^{(0)}) used as a datapoint: given a value or put into f, ∇f, K, Θ (after ``(``, ``,``, ``=``);
    not when it has no value of its own while x_2 has one (then the sheet's datapoints are x_1, x_2)."""
    valued, used = set(), False
    for m in family.pattern.finditer(prose):
        index = _values(m)[0]
        if _VALUE_AFTER.match(prose, m.end()):
            valued.add(index)
        elif index == 0 and _ARGUMENT_BEFORE.search(prose[max(0, m.start() - 8):m.start()]):
            used = True
    if 0 not in valued and 2 in valued:
        return False
    return 0 in valued or used


_AT_INITIAL = re.compile(r"(?:;|_\{?|\\mathrm\{init\}|\bat)\s?$")   # f(x; θ_0), J_{θ_0}, f_{θ_0}: the initial θ


def _theta_zero(prose: str) -> bool:
    """θ_0 as a parameter's index: written beside some θ_k with k ≥ 1 (θ_0, …, θ_6; ∂f/∂θ_0 and ∂f/∂θ_4), not as
    the initial parameters (the paper's f(x; θ_0), J_{θ_0}) and not beside θ_t (training)."""
    if THETA.veto.search(prose):
        return False
    indices = set()
    for m in THETA.pattern.finditer(prose):
        index = _values(m)[0]
        if index or not _AT_INITIAL.search(prose[max(0, m.start() - 14):m.start()]):
            indices.add(index)
    return 0 in indices and max(indices) >= 1


def _given(family: Family, prose: str) -> bool:
    """Some name of the family is given a value (x^{(1)} = (1, 0)^T: the datapoints are written this way)."""
    return any(_VALUE_AFTER.match(prose, m.end()) for m in family.pattern.finditer(prose))


def _prose(text: str) -> str:
    return "\n".join(text[a:b] for a, b in _outside_code(text))


def _numbered(family: Family, prose: str) -> bool:
    """Both 0 and 1 written as the family's index (λ_0 and λ_1, not λ_0 beside λ_±)."""
    return {0, 1} <= {v for m in family.pattern.finditer(prose) for v in _values(m)}


_COEFFICIENT = re.compile(r"_\{?\d\}?\s?(?:\\lambda|λ)")   # c_1 \lambda: a polynomial's coefficient, not a unit


def _zero_families(prose: str) -> list[Family]:
    found: list[Family] = []
    if _theta_zero(prose):
        found.append(THETA)
    if _numbered(OUTPUTS, prose) and not OUTPUTS.veto.search(prose) or _numbered(OUTPUT_WORDS, prose):
        found += [OUTPUTS, OUTPUT_WORDS, OUTPUT_KERNELS]
    if _datapoint_zero(POINTS_UP, prose):
        found.append(POINTS_UP)
    if _datapoint_zero(POINTS, prose) or _has_zero(POINTS, prose) and _given(POINTS_UP, prose):
        found.append(POINTS)   # x^{(0)} = (1, 0)^T, … W_{00} x_0 + W_{01} x_1: the input's components from 0
    if _numbered(GRADIENTS, prose):
        found.append(GRADIENTS)
    if _numbered(GRADIENTS_UP, prose):
        found.append(GRADIENTS_UP)
    if _has_zero(KERNEL, prose):
        found.append(KERNEL)
    if _numbered(EIGEN, prose) or _has_zero(EIGEN_PAIR, prose):
        found += [EIGEN_PAIR, EIGEN]
    for _, two, one in _LAYERED:
        if _has_zero(two, prose) or _has_zero(one, prose):
            found += [two, one]
    if not _LAYER_SUBSCRIPT.search(prose):
        for ch, bare in _BARE:
            if _numbered(bare, prose) and not re.search(rf"(?<![A-Za-z\\]){ch}{_COEFFICIENT.pattern}", prose):
                found.append(bare)
    return found


def zero_based(text: str) -> tuple[str, list[str]]:
    """``text`` with every index of each zero-based family one higher (outside code), and those families'
    names (none: ``text`` unchanged)."""
    zero = _zero_families(_prose(text))
    if not zero:
        return text, []
    names = list(dict.fromkeys(f.name for f in zero))
    zero.sort(key=lambda f: f is not KERNEL)   # K^{(f_0)}_{00}: the entry's indices before the output's
    out, at = [], 0
    for a, b in _outside_code(text):
        out.append(text[at:a])   # the code before this span, as written
        piece = text[a:b]
        for family in zero:
            piece = family.pattern.sub(_shifted, piece)
        out.append(piece)
        at = b
    return "".join(out), names

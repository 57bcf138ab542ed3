"""LaTeX written with the siunitx package: every number macro read as the number it typesets.

A whole-file reader, like :mod:`symntk.check.physics_pkg`, with its rules as data (:data:`MACROS`, what each macro
takes; :data:`NOTATION`, the README rows). Nothing is executed and nothing else is touched:

* a number ``\\num{0,2996}``, ``\\num{0.2996}`` → ``0.2996``: as siunitx's ``input-decimal-markers``, a comma or a
  point (``{,}`` too) is the decimal marker; spaces, ``\\,``, ``~`` and ``{}`` between digits only group them
  (``1 234,5`` → ``1234.5``); a leading or trailing marker gets its zero (``,5`` → ``0.5``); a sign, ``+-``
  (``\\pm``) and a comparator (``<``, ``\\approx``, ``\\le`` …) before the number are kept;
* an exponent ``\\num{1e-3}`` (``E``, ``d``, ``D`` too), ``\\num{1,5 x 10^3}``, ``1.5 \\times 10^{3}`` →
  ``1 \\times 10^{-3}``, ``1.5 \\times 10^{3}``; an uncertainty ``1,5 +- 0,2`` → ``1.5 \\pm 0.2`` and the concise
  ``1,52(3)`` → ``1.52 \\pm 0.03``;
* lists ``\\numlist{0;44,51;1,49}`` → ``0, 44.51, 1.49`` (siunitx's list separator), products
  ``\\numproduct{2 x 3}`` → ``2 \\times 3``, ranges ``\\numrange{1}{2}`` → ``1 \\text{ to } 2``, and
  ``\\tablenum{…}`` as ``\\num``;
* quantities ``\\SI{0,5}{\\metre}``, ``\\qty{0,5}{\\metre}`` (and ``\\SIlist``, ``\\qtylist``, ``\\SIrange``,
  ``\\qtyrange``, ``\\qtyproduct``) → their numbers; a unit is no part of a kernel's value and is dropped, except
  ``\\percent`` → ``\\%`` (``\\si{…}``, ``\\unit{…}`` alone likewise); ``\\ang{30}`` → ``30^{\\circ}``. The physics
  package's ``\\qty{…}`` (one group, braces as parentheses) is left to :mod:`.physics_pkg`: here ``\\qty`` is read
  only when two groups follow and the first is a number;
* options, in ``\\sisetup{…}`` (from where it stands on, as TeX does) or a macro's own ``[…]``, that change the
  number typeset: ``round-mode = places | figures`` with ``round-precision`` (default 2) and ``round-half = up |
  even``; ``drop-exponent``, ``drop-uncertainty``. ``\\sisetup{…}`` itself typesets nothing and is blanked.

A number siunitx would not parse is read as what it holds (the braces dropped). Line breaks inside arguments are
kept, so line numbers stay; groups are scanned within :func:`.physics_groups.scan_group`'s shared budget.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

from .physics_groups import MAX_GROUP, rewrite_uses, scan_group

SCAN_BUDGET = 4   # characters scanned in all, per character of the text
MAX_DIGITS = 40   # a mantissa or uncertainty of more digits is read as written, not rounded

NOTATION = (   # (what, as siunitx writes it, as it is read): rows of the README's notation table, tested
    ("siunitx numbers", r"\num{0,2996} ; \num{1e-3} ; \num{1,5 x 10^3} ; \num[round-mode=places]{3,14159}",
     r"0.2996 ; 1 \times 10^{-3} ; 1.5 \times 10^{3} ; 3.14"),
    ("siunitx lists and quantities", r"\numlist{21,7703;0,2297} ; \qty{0,5}{\metre} ; \SI{12}{\percent}",
     r"21.7703, 0.2297 ; 0.5 ; 12\%"),
)

# name → (how many number groups, how they are joined, whether a unit group follows)
MACROS = {
    "num": ("one", None, False), "tablenum": ("one", None, False),
    "numlist": ("list", ", ", False), "numproduct": ("product", r" \times ", False),
    "numrange": ("two", r" \text{ to } ", False),
    "SI": ("one", None, True), "qty": ("one", None, True),
    "SIlist": ("list", ", ", True), "qtylist": ("list", ", ", True), "qtyproduct": ("product", r" \times ", True),
    "SIrange": ("two", r" \text{ to } ", True), "qtyrange": ("two", r" \text{ to } ", True),
    "ang": ("one", None, False), "si": ("unit", None, False), "unit": ("unit", None, False),
    "sisetup": ("setup", None, False),
}
COMPARATORS = {"<": "<", ">": ">", "=": "=", r"\approx": r"\approx", r"\sim": r"\sim", r"\le": r"\le",
               r"\leq": r"\le", r"\ge": r"\ge", r"\geq": r"\ge", r"\ll": r"\ll", r"\gg": r"\gg", "≈": r"\approx"}
SIGNS = {"+-": r"\pm ", r"\pm": r"\pm ", "-+": r"\mp ", r"\mp": r"\mp ", "-": "-", "+": "", "−": "-"}
PRODUCTS = ("x", r"\times", r"\cdot", "×", "·")
GROUPING = re.compile(r"\\[,;: ]|~|\{\}|\s+")   # between digits: only groups them
_BRACED_MARKER = re.compile(r"\{([.,])\}")   # 0{,}5: the marker in braces, as LaTeX writes a decimal comma
_ROUNDING = {"up": ROUND_HALF_UP, "even": ROUND_HALF_EVEN}
_USE = re.compile(r"\\(" + "|".join(sorted(MACROS, key=len, reverse=True)) + r")(?![A-Za-z])")
_NUMBER = re.compile(
    r"^(?P<cmp>" + "|".join(re.escape(c) for c in sorted(COMPARATORS, key=len, reverse=True)) + r")?"
    r"(?P<sign>\+-|-\+|\\pm|\\mp|[-+−])?(?P<int>\d*)(?:[.,](?P<frac>\d*))?"
    r"(?:\((?P<concise>\d+)\)|(?:\+-|\\pm)(?P<unc>\d*(?:[.,]\d*)?))?"
    r"(?:[eEdD](?P<exp1>[-+−]?\d+)|(?:" + "|".join(re.escape(p) for p in PRODUCTS) +
    r")10\^(?:\{(?P<exp2>[-+−]?\d+)\}|(?P<exp3>[-+−]?\d)))?$")
_PERCENT = re.compile(r"\\percent(?![A-Za-z])|%")


def writes_siunitx(text: str) -> bool:
    """Whether a text uses any macro this module reads."""
    return _USE.search(text) is not None


def siunitx_latex(text: str) -> str:
    """The text with siunitx's number macros rewritten as the numbers they typeset (see the module doc)."""
    if not writes_siunitx(text):
        return text
    budget = [SCAN_BUDGET * len(text) + MAX_GROUP]
    options: dict[str, str] = {}
    return rewrite_uses(text, _USE, lambda m: _rewrite(text, m.group(1), m.end(), options, budget))


def _rewrite(text: str, name: str, at: int, options: dict[str, str], budget: list[int]) -> tuple[str, int] | None:
    """The LaTeX one use of ``\\name`` typesets, with its arguments from ``at`` on, and where the use ends."""
    kind, joiner, has_unit = MACROS[name]
    own = dict(options)
    bracket = scan_group(text, at, "[", "]", budget)
    if bracket is not None:
        own.update(parse_options(bracket[0]))
        at = bracket[1]
    first = scan_group(text, at, "{", "}", budget)
    if first is None:
        return None
    body, at = first
    if kind == "setup":
        options.update(parse_options(body))
        return "".join(ch for ch in body if ch == "\n") or " ", at
    if kind == "unit":
        return _unit(body), at
    second = scan_group(text, at, "{", "}", budget) if kind == "two" or has_unit else None
    if name == "qty" and (second is None or number_latex(body, own) is None):   # physics' \qty{…}: not siunitx
        return None
    if kind == "two":
        if second is None:
            return None
        shown = joiner.join(_read(part, own) for part in (body, second[0]))
        at = second[1]
        second = scan_group(text, at, "{", "}", budget) if has_unit else None
    elif kind == "list":
        shown = joiner.join(_read(part, own) for part in body.split(";"))
    elif kind == "product":
        shown = joiner.join(_read(part, own) for part in re.split(r"\s+x\s+|\\times", body))
    else:
        shown = _read(body, own) + (r"^{\circ}" if name == "ang" else "")
    if has_unit and second is not None:
        shown, at = shown + _unit(second[0]), second[1]
    breaks = (body + (second[0] if second else "")).count("\n")
    return shown + "\n" * breaks, at


def _unit(unit: str) -> str:
    """What a unit adds to a number read here: ``\\%`` for a percentage, else nothing (see the module doc)."""
    return r"\%" if _PERCENT.search(unit) else ""


def _read(body: str, options: dict[str, str]) -> str:
    """One number as :func:`number_latex` reads it, or what it holds when siunitx would not parse it."""
    read = number_latex(body, options)
    return read if read is not None else " ".join(body.split())


def parse_options(text: str) -> dict[str, str]:
    """siunitx's ``key = value`` options (``round-mode=places, round-precision=2``), braces around a value dropped."""
    found = {}
    for part in _top_level(text):
        key, _, value = part.partition("=")
        value = value.strip()
        if value.startswith("{") and value.endswith("}"):
            value = value[1:-1].strip()
        found[key.strip()] = value or "true"
    return found


def _top_level(text: str) -> list[str]:
    """The parts of ``text`` between its commas outside braces."""
    parts, depth, start = [], 0, 0
    for n, ch in enumerate(text):
        depth += (ch == "{") - (ch == "}")
        if ch == "," and depth == 0:
            parts.append(text[start:n])
            start = n + 1
    parts.append(text[start:])
    return [p for p in parts if p.strip()]


def number_latex(body: str, options: dict[str, str] | None = None) -> str | None:
    """The number siunitx typesets for ``body`` (``0,2996``, ``1e-3``, ``1.5 x 10^3``, ``1,52(3)``) as plain LaTeX
    with a decimal point (``0.2996``, ``1 \\times 10^{-3}``), rounded as the options say, or None when siunitx would
    not read it as a number."""
    options = options or {}
    m = _NUMBER.match(GROUPING.sub("", _BRACED_MARKER.sub(r"\1", body)))
    if m is None or not (m.group("int") or m.group("frac")):
        return None
    whole, frac = m.group("int") or "0", m.group("frac") or ""
    mantissa = _rounded(whole + ("." + frac if frac else ""), options)
    comparator = COMPARATORS.get(m.group("cmp") or "", "")
    shown = (comparator + " " if comparator else "") + SIGNS.get(m.group("sign") or "", "") + mantissa
    uncertainty = _uncertainty(m.group("concise"), m.group("unc"), frac)
    if uncertainty and options.get("drop-uncertainty", "false") != "true":
        shown += r" \pm " + uncertainty
    exponent = next((m.group(g) for g in ("exp1", "exp2", "exp3") if m.group(g)), None)
    if exponent is not None and options.get("drop-exponent", "false") != "true":
        shown += r" \times 10^{" + str(int(exponent.replace("−", "-"))) + "}"
    return shown


def _uncertainty(concise: str | None, written: str | None, frac: str) -> str | None:
    """The uncertainty of a number: ``(3)`` after ``1,52`` is 0.03 (its digits in the last places); ``+- 0,2`` is
    0.2."""
    if concise:
        if not frac:
            return concise
        digits = concise.rjust(len(frac), "0")
        point = len(digits) - len(frac)
        return (digits[:point] or "0") + "." + digits[point:]
    if written:
        whole, _, part = written.replace(",", ".").partition(".")
        return (whole or "0") + ("." + part if part else "")
    return None


def _rounded(number: str, options: dict[str, str]) -> str:
    """``number`` (digits, maybe a point) rounded as siunitx's ``round-mode`` says: to ``round-precision`` decimal
    places or significant figures, halves up (or to even); padded with zeros to that precision, as ``round-pad``."""
    mode = options.get("round-mode", "none")
    if mode not in ("places", "figures") or len(number) > MAX_DIGITS:
        return number
    try:
        precision = int(options.get("round-precision", "2"))
        value = Decimal(number)
    except (ValueError, InvalidOperation):
        return number
    if not 0 <= precision <= MAX_DIGITS:
        return number
    rounding = _ROUNDING.get(options.get("round-half", "up"), ROUND_HALF_UP)
    if mode == "figures":
        if value == 0 or precision == 0:
            return number
        places = precision - value.adjusted() - 1
    else:
        places = precision
    quantum = Decimal(1).scaleb(-places)
    return format(value.quantize(quantum, rounding=rounding), "f")

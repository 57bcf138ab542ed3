"""Math typed in Word's equation editor and pasted as Unicode (UnicodeMath, Word's linear format) as plain text.

Word writes its letters in the Mathematical Alphanumeric Symbols block (``𝑓 𝑥 𝑊 𝜃 𝝀 𝐊``, U+1D400–U+1D7FF,
and ``ℎ``, U+210E): each is the plain letter or Greek letter it styles (NFKC of that code point only). Its
linear format builds structures from single characters, read here as the spellings the rest of the checker
knows:

* a matrix ``■(1&0@0&1)``: ``@`` ends a row, ``&`` a column; the brackets around it say which matrix
  (``(■(…))`` pmatrix, ``[■(…)]`` bmatrix, ``|■(…)|`` vmatrix; ``⒨(…)`` and ``⒱(…)`` are shorthands);
* a square root ``√(729 − 32)`` is ``\\sqrt{729 − 32}`` (``√697`` is left to the normaliser);
* a script whose argument is in parentheses ``𝑒^(−𝑧)``, ``∑_(i=1)^n`` takes the parentheses as its braces
  (``e^{−z}``, ``∑_{i=1}^n``); a bare layer number in them (``𝑊^(1)``) stays as written, for the layer rules;
* an equation array ``█(a&=b@&=c)`` is one chain ``a = b = c`` (rows that stand alone: separated by commas);
* a derivative as a linear fraction ``(∂𝑓)/(∂𝑊_11^([1]) )`` loses the parentheses of its parts (``∂f/∂W…``);
* in notes with Word's letters a script's operand is a run of digits or letters (``𝑊_11`` is ``W_{11}``,
  ``𝜆_max`` is ``λ_{max}``, ``𝜆_1,2 =`` is ``λ_{1,2} =``); in any notes a prime as a superscript
  (``𝜎^′``, ``relu^' (z)``) is a prime (``σ′``, ``relu'(z)``);
* the grouping brackets ``〖…〗`` are braces (around a name such as ``〖tanh〗^2`` or ``〖W〗^((1))`` they go),
  ``┬`` and ``┴`` (below, above) are ``_`` and ``^``, the linear fraction ``⊘`` and the fraction slash ``⁄`` are ``/``;
* the invisible operators: function application (U+2061) and invisible times (U+2062) are a space (nothing
  before a bracket), the invisible separator (U+2063) a comma, the invisible plus (U+2064) ``+``.

Line breaks are kept, so line numbers stay. Every structure is found by one forward scan with a bracket
depth (no regular expression with nested repetition), so reading is linear in the text's size apart from
nested matrices, whose depth is bounded by :data:`MAX_DEPTH`.
"""

from __future__ import annotations

import re
import unicodedata

MAX_DEPTH = 8
_STYLED = re.compile("[\U0001D400-\U0001D7FF\u210E]")
_INVISIBLE = {"\u2063": ",", "\u2064": "+", "\u200b": "", "\u2060": ""}
_SIMPLE = {"〖": "{", "〗": "}", "┬": "_", "┴": "^", "⊘": "/", "⁄": "/", "∙": "⋅", "∗": "*", "≔": ":="}
_FUNCTION_GAP = re.compile("[\u2061\u2062]{1,8}")
_OPENERS = {"(": ")", "[": "]", "|": "|", "{": "}"}
_KIND = {"(": "pmatrix", "[": "bmatrix", "|": "vmatrix", "{": "Bmatrix"}
_SHORT = {"⒨": "pmatrix", "⒱": "vmatrix", "■": "matrix"}
_LAYER = re.compile(r"\s*[0-9]{1,2}\s*")
_WORD_SCRIPT = re.compile(r"(?<=[A-Za-z\u0391-\u03c9)\]}])([_^])([0-9]{2,3}|[A-Za-z]{2,3}|[0-9],[0-9](?=\s?[=≈]))"
                          r"(?![0-9A-Za-z])")
_PRIME = re.compile(r"(?<=[A-Za-z\u0391-\u03c9)])\^\s?([′″'])\s?")
_NAME_GROUP = re.compile(r"〖([A-Za-z\u0391-\u03c9]{1,8})〗")

NOTATION = (   # (what, as Word writes it, as it is read): rows of the README's notation table, tested
    ("Word's math letters (Mathematical Alphanumeric Symbols)", "𝑓(𝑥) ; 𝜃 ; 𝝀 ; 𝐊", "f(x) ; θ ; λ ; K"),
    ("Word's matrices (■, @ ends a row, & a column)", "(■(1@1)) ; [■(8&12@12&19)] ; ⒨(1@2)",
     r"\begin{pmatrix} 1 \\ 1 \end{pmatrix} ; \begin{bmatrix} 8 & 12 \\ 12 & 19 \end{bmatrix} ; "
     r"\begin{pmatrix} 1 \\ 2 \end{pmatrix}"),
    ("Word's roots and scripts with a bracketed argument", "√(729 − 32) ; 𝑒^(−𝑧) ; 𝑊₁₁^[1] ; ∑_(𝑖=1)^𝑛",
     r"\sqrt{729 − 32} ; e^{−z} ; W₁₁^{[1]} ; ∑_{i=1}^n"),
    ("Word's grouping, function application and invisible times", "〖(𝑥+1)〗^2 ; tanh⁡(𝑧) ; tr⁡𝐾 ; 2⁢𝑥",
     "{(x+1)}^2 ; tanh(z) ; tr K ; 2 x"),
    ("Word's grouped one-letter names and primes as superscripts", "〖W〗^((1)) ; 𝜎^′ (𝑧) ; relu^' (z)",
     "W^{(1)} ; σ′(z) ; relu'(z)"),
)


def plain_letters(text: str) -> str:
    """Every styled math letter (``𝑊``, ``𝜃``, ``𝝀``, ``ℎ``) as its plain letter: NFKC of those code points only
    (``𝑊`` → ``W``, ``𝜆`` → ``λ``, ``𝜕`` → ``∂``); other characters (``½``, ``²``, ``ᵀ``) stay."""
    return _STYLED.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def linear_format(text: str) -> str:
    """A text with Word's UnicodeMath read as plain text (see the module doc); text without any of it unchanged."""
    word = _STYLED.search(text) is not None
    text = plain_letters(text)
    if not any(ch in text for ch in "■⒨⒱█√^_〖〗┬┴⊘⁄∙∗≔\u2061\u2062\u2063\u2064\u200b\u2060"):
        return text
    if word:   # Word's scripts: a run of digits or letters is one operand (𝑊_11 is W_{11}, 𝜆_1,2 = …)
        text = _WORD_SCRIPT.sub(r"\1{\2}", text)
    text = _PRIME.sub(r"\1", text)   # a prime as a superscript: 𝜎^′ and relu^' (z) are σ′ and relu'(z)
    text = _NAME_GROUP.sub(r"\1", text)
    text = _FUNCTION_GAP.sub(lambda m: _gap(text, m.end()), text)
    text = "".join(_INVISIBLE.get(ch, _SIMPLE.get(ch, ch)) for ch in text)
    return _structures(text, 0, len(text), bracket_pairs(text), 0)


def _gap(text: str, end: int) -> str:
    """Nothing before a bracket (``tanh⁡(z)``), else a space (``tr⁡K``, ``2⁢x``)."""
    rest = text[end:end + 8].lstrip()
    return "" if rest[:1] in "([{" else " "


def bracket_pairs(text: str) -> dict[int, int]:
    """Where each ``(``, ``[``, ``{`` of a line is closed, in one pass with a stack per kind (unclosed: absent)."""
    pairs: dict[int, int] = {}
    stacks: dict[str, list[int]] = {")": [], "]": [], "}": []}
    for at, ch in enumerate(text):
        if ch == "\n":
            stacks = {")": [], "]": [], "}": []}
        elif ch in _OPENERS and ch != "|":
            stacks[_OPENERS[ch]].append(at)
        elif ch in stacks and stacks[ch]:
            pairs[stacks[ch].pop()] = at
    return pairs


def _split_top(text: str, start: int, end: int, sep: str, pairs: dict[int, int]) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` between the ``sep`` that are outside brackets."""
    parts, last, at = [], start, start
    while at < end:
        if at in pairs and pairs[at] < end:
            at = pairs[at] + 1
            continue
        if text[at] == sep:
            parts.append((last, at))
            last = at + 1
        at += 1
    parts.append((last, end))
    return parts


def _matrix(text: str, start: int, end: int, kind: str, pairs: dict[int, int], depth: int) -> str:
    """The rows ``a&b@c&d`` of a linear-format matrix as a LaTeX matrix of that kind."""
    rows = [" & ".join(_structures(text, a, b, pairs, depth + 1).strip()
                       for a, b in _split_top(text, r0, r1, "&", pairs))
            for r0, r1 in _split_top(text, start, end, "@", pairs)]
    return f"\\begin{{{kind}}} " + " \\\\ ".join(rows) + f" \\end{{{kind}}}"


def _rows(text: str, start: int, end: int, pairs: dict[int, int], depth: int) -> str:
    """An equation array ``█(a&=b@&=c)`` as one line: ``a = b = c`` when a row goes on with a relation, rows
    that stand alone separated by commas (``█(x_1=1@x_2=2)`` is ``x_1=1, x_2=2``)."""
    out = ""
    for a, b in _split_top(text, start, end, "@", pairs):
        cells = (_structures(text, c, d, pairs, depth + 1).strip() for c, d in _split_top(text, a, b, "&", pairs))
        row = " ".join(cell for cell in cells if cell)
        out += ("" if not out else " " if row.lstrip().startswith(("=", "≈", "<", ">", "≤", "≥")) else ", ") + row
    return out


def _derivative_part(text: str, start: int, close: int, out: list[str]) -> bool:
    """Whether the parentheses at ``start`` hold the numerator or denominator of a derivative written as a linear
    fraction (``(∂𝑓)/(∂𝑊_11^[1])``): they start with ∂ and stand right before or after ``/``."""
    if close < 0 or not text[start + 1:min(close, start + 40)].lstrip().startswith("∂"):
        return False
    before = "".join(out[-3:]).rstrip()
    return text[close + 1:close + 2] == "/" or before.endswith("/")


def _structures(text: str, start: int, end: int, pairs: dict[int, int], depth: int) -> str:
    """Matrices, square roots and scripts with a bracketed argument in ``text[start:end]``, in one forward scan."""
    if depth > MAX_DEPTH:
        return text[start:end]
    out: list[str] = []
    at = start
    while at < end:
        ch = text[at]
        if ch == "(" and _derivative_part(text, at, pairs.get(at, -1), out):   # (∂𝑓)/(∂𝜃_1) is ∂f/∂θ_1
            out.append(_structures(text, at + 1, pairs[at], pairs, depth + 1))
            at = pairs[at] + 1
            continue
        close = pairs.get(at + 1, -1) if text[at + 1:at + 2] in "([" else -1
        if close < 0 or close >= end:
            out.append(ch)
            at += 1
            continue
        if ch == "█" and text[at + 1] == "(":
            out.append(_rows(text, at + 2, close, pairs, depth))
            at = close + 1
        elif ch in _SHORT and text[at + 1] == "(":
            kind, after = _SHORT[ch], close + 1
            opener = out[-1] if out else ""
            if ch == "■" and opener in _OPENERS and text[after:after + 1] == _OPENERS[opener]:
                out.pop()
                kind, after = _KIND[opener], after + 1
            out.append(_matrix(text, at + 2, close, kind, pairs, depth))
            at = after
        elif ch == "√" and text[at + 1] == "(":
            out.append("\\sqrt{" + _structures(text, at + 2, close, pairs, depth + 1) + "}")
            at = close + 1
        elif ch in "^_" and text[at + 1] == "[":
            out.append(ch + "{[" + _structures(text, at + 2, close, pairs, depth + 1) + "]}")
            at = close + 1
        elif ch in "^_" and text[at + 2:close].strip() and not _LAYER.fullmatch(text[at + 2:close]):
            out.append(ch + "{" + _structures(text, at + 2, close, pairs, depth + 1) + "}")
            at = close + 1
        else:
            out.append(ch)
            at += 1
    return "".join(out)

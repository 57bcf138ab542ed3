"""Notes typed in Wolfram Language (Mathematica) notation, rewritten line by line as Markdown with LaTeX math.

A file writes Wolfram when at least :data:`EVIDENCE` of its lines show a Wolfram-only feature (``(* … *)``
comments, ``==`` beside a call ``Name[…]``, ``f[x_] :=``, ``D[f, w]``, ``{{…}}``) and it has no LaTeX math.
Each line keeps its number. A line is split into pieces at top-level ``,`` ``;`` and wide gaps; a piece that is
Wolfram math (:mod:`symntk.check.wolfram_math`) becomes inline math, anything else stays prose. Claim shapes:

* ``Eigenvalues[K] == {a, b}`` → ``λ_1 = a``, ``λ_2 = b``; ``N[%] == {…}`` after it, ``Eigenvalues[K] // N``
  and ``N[x] == v`` / ``x // N == v`` are ≈ claims;
* the given data inside a comment (``W1 = {{1},{1}}, b1 = {0, 1}``) is read as data: ``W``/``b`` with one
  digit are the sheet's layers (``W^{[1]}``), a flat list is a column; the rest of a comment is prose. The same
  assignment of a list in the working (``W1 = {{1, 0}, {2, 1}}``, ``I wrote W1 out as {…}``) is the learner's value
  of that layer.

Nothing of the learner's text is evaluated.
"""

from __future__ import annotations

import re

from .wolfram_math import wolfram_latex

EVIDENCE = 2
MAX_LINES = 3000
_FEATURES = re.compile(r"\(\*.{0,400}?\*\)|==[^=\n]{0,200}\b[A-Z][A-Za-z]{0,20}\[|\b[A-Za-z]\w{0,20}\[[a-z]\w{0,5}_\]"
                       r"\s*:=|\bD\[[^\n,]{1,80},|\{\{|\b(?:Sqrt|Eigenvalues|Det|Tr|Tanh|Exp)\[")
_LATEX = re.compile(r"\$|\\(?:frac|begin|partial|lambda|theta|sqrt)\b")
_COMMENT = re.compile(r"\(\*(.{0,600}?)\*\)")
_EIGEN = re.compile(r"^\s*(?:N\[\s*)?Eigenvalues\[[^\]]{1,40}\]\s*(\]\s*)?(//\s*N\s*)?==\s*\{(.{1,400})\}\s*$")
_PERCENT = re.compile(r"^\s*N\[\s*%\s*\]\s*==\s*\{(.{1,400})\}\s*$")
_APPROX = re.compile(r"^\s*(?:N\[(.{1,200})\]|(.{1,200}?)\s*//\s*N)\s*==\s*(.{1,300})$")
_GIVEN_NAME = re.compile(r"^\s*([Wb])(\d)\s*$")
_MATHY = re.compile(r"==|:=|=|\[|\{|\^|\d")
_PROSE_WORD = re.compile(r"\b[a-z]{4,}\b")
_PROSE_LEAD = re.compile(r"^(\s*(?:[A-Za-z]{1,20}[.,]?[ \t]+){2,30})(?=\S)")
_PROSE_TAIL = re.compile(r"((?:[ \t]+->)?(?:[ \t]+\d{1,6})?(?:[ \t]+[A-Za-z]{2,20}[.,!?]?){1,30}[ \t]*)$")
_LEAD_VALUE = re.compile(r"\b([A-Za-z]{1,3}\d{0,3})\s*=\s*(-?\d{1,8}(?:\.\d{1,8})?)\b")
_ASIDE = re.compile(r"[ \t]*\([^()]{1,80}\)[ \t]*$")
_POINTS = re.compile(r"(?<![\w=])x\s*=\s*(-?\d{1,6}(?:\.\d{1,6})?(?:[ \t]*,[ \t]*-?\d{1,6}(?:\.\d{1,6})?){1,8})"
                     r"(?=[ \t]*(?:;|$))")
_LETTER_POINT = re.compile(r"(?<![\w])x([A-Z])\s*=")
_LETTERED = re.compile(r"(?<![\w])([a-zK])([A-Z]{1,2})(?![\w])")
_SELF_CORRECTED = re.compile(r"^([^=\n]{1,80}==)[^\n]{1,200}?[ \t]*\.{2,3}[ \t]*no[:,][ \t]*(\S.{0,400})$")
_WRITTEN_AS = re.compile(r"(?<![\w\[{])([A-Za-z]\w{0,6})[ \t]+(?:out[ \t]+)?as[ \t]+\{")
_CODE = re.compile(r"[\[{]|==|:=")
_GIVEN_PIECE = re.compile(r"^(\s*(?:[A-Za-z][A-Za-z ]{0,30}:\s*)?)((?:[A-Za-z]\w{0,6}\s*=\s*){1,6})(.{1,300}?)"
                          r"(\s*(?:\(\w{1,12}\))?\s*)$")
_LAYER = re.compile(r"(?<![\w\\])([Wb])(\d)(?![\w\[])")
# W1 = {{1, 0}, {2, 1}}, b1 = {0, 1}: a whole layer's weights or bias given as a list
_LAYER_LIST = re.compile(r"^([Wb])([1-9])\s*=\s*(\{[-\d\s.,{}/]{1,300}\})$")


def is_wolfram(text: str) -> bool:
    """Whether notes are written in Wolfram notation: :data:`EVIDENCE` lines with a Wolfram-only feature and no
    LaTeX math."""
    if _LATEX.search(text):
        return False
    lines = text.split("\n")[:MAX_LINES]
    return sum(1 for line in lines if _FEATURES.search(line)) >= EVIDENCE


def _split(line: str) -> list[str]:
    """``line`` cut at top-level ``,`` and ``;`` and at gaps of three spaces or more, separators kept as pieces."""
    pieces, depth, start, i = [], 0, 0, 0
    while i < len(line):
        ch = line[i]
        if ch in "[{(":
            depth += 1
        elif ch in "]})":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in ",;" or line.startswith("   ", i)):
            end = i + 1
            while end < len(line) and line[end] in " \t":
                end += 1
            pieces += [line[start:i], line[i:end]]
            start = i = end
            continue
        i += 1
    pieces.append(line[start:])
    return pieces


def _eigen_list(items: str, approx: bool) -> str | None:
    """``λ_1 = a``, ``λ_2 = b`` … (≈ when ``approx``) for the list body ``items``."""
    values = wolfram_latex("{" + items + "}")
    if values is None or not values.startswith("("):
        return None
    parts = _split(items)
    sign = r"\approx" if approx else "="
    out = []
    for k, part in enumerate(parts[0::2], 1):
        tex = wolfram_latex(part.strip())
        if tex is None:
            return None
        out.append(rf"$\lambda_{{{k}}} {sign} {tex}$")
    return ", ".join(out)


def _piece(piece: str, state: dict) -> str:
    """One piece of a line as inline math, or unchanged when it is not math."""
    core = piece.strip()
    if not core or not _MATHY.search(core):
        return piece
    m = _EIGEN.match(core)
    if m:
        state["eigen"] = True
        got = _eigen_list(m.group(3), core.startswith("N[") or bool(m.group(2)))
        return got if got else piece
    m = _PERCENT.match(core)
    if m and state.get("eigen"):
        got = _eigen_list(m.group(1), True)
        return got if got else piece
    m = _APPROX.match(core)
    if m:
        left, right = wolfram_latex(m.group(1) or m.group(2)), wolfram_latex(m.group(3))
        if left is not None and right is not None:
            return f"${left} \\approx {right}$"
    aside = _ASIDE.search(piece)
    if aside and _PROSE_WORD.search(aside.group()) and aside.start() > 0:
        return _piece(piece[:aside.start()], state) + aside.group()
    lead_words = _PROSE_LEAD.match(piece)
    if lead_words and _PROSE_WORD.search(lead_words.group(1)):
        return lead_words.group(1) + _piece(piece[lead_words.end(1):], state)
    if len(_PROSE_WORD.findall(re.sub(r"\b[A-Za-z]\w*\[", "", core))) > 0 and "==" not in core and ":=" not in core:
        if not re.match(r"^\s*[A-Za-z]\w{0,20}'{0,2}(?:\[[^\]]{0,20}\])?\s*=[^=]", core):
            return piece
    tail = _PROSE_TAIL.search(piece)
    if tail and _PROSE_WORD.search(tail.group(1)) and tail.start() > 0:
        return _piece(piece[:tail.start()], state) + tail.group(1)
    listed = re.match(r"^([A-Z]\w{0,20}\[[^\[\]]{1,80}(?:\[[^\[\]]{0,20}\])?[^\[\]]{0,40}\])\s*==\s*\{", core)
    state["lhs"] = listed.group(1) if listed else None
    core = core.rstrip(":").rstrip()
    if core.endswith("=") or core.startswith("="):
        if core.startswith("==") and len(core) > 2:
            core = core[2:]
            tex = wolfram_latex(core)
            return piece if tex is None else piece[:len(piece) - len(piece.lstrip())] + f"$= {tex}$"
        return piece
    lead = piece[:len(piece) - len(piece.lstrip())]
    layer = _LAYER_LIST.match(core)
    if layer:   # W1 = {{1, 0}, {2, 1}} in the working: the learner's own value of the sheet's whole W^{[1]}
        value = _given_value(layer.group(3))
        if value is not None:
            return f"{lead}${layer.group(1)}^{{[{layer.group(2)}]}} = {value}$"
    tex = wolfram_latex(core)
    if tex is None:
        return piece
    return f"{lead}${tex}$"


def _code(text: str, state: dict) -> str:
    """A line (or comment-free part of one) with its Wolfram math pieces as inline math; a prose lead ending in
    ``:`` stays prose."""
    lead = ""
    m = re.match(r"^(.{0,80}?:)(?!=)(\s+.*)$", text)
    if m and not re.search(r"[\[\]{}]|==", m.group(1)):
        lead, text = _LEAD_VALUE.sub(lambda v: f"${wolfram_latex(v.group(1))} = {v.group(2)}$", m.group(1)), m.group(2)
        bare = re.match(r"^\s*\{[^{}]{1,400}\}\s*$", text)
        if bare and "=" not in lead and state.get("lhs"):
            text = " " + state["lhs"] + " == " + text.strip()
    return lead + "".join(_piece(p, state) if k % 2 == 0 else p for k, p in enumerate(_split(text)))


def _remark(body: str) -> str:
    """A comment that is no given data: only its pieces with Wolfram code (a call, a list, ``==``, ``:=``) as
    math, the rest prose."""
    pieces = _split(body)
    return "".join(_piece(p, {}) if k % 2 == 0 and _CODE.search(p) else p for k, p in enumerate(pieces))


def _given_value(raw: str) -> str | None:
    """A given value as LaTeX: a flat list ``{0, 1}`` is a column, ``{{1, 2}, {0, 1}}`` a matrix by rows."""
    value = wolfram_latex(raw)
    if value is not None and value.startswith("(") and value.endswith(")") and "{" not in raw[1:]:
        value = r"\begin{pmatrix} " + value[1:-1].replace(",", r" \\") + r" \end{pmatrix}"
    return value


def _given(body: str) -> str:
    """A comment's text with the assignments in it as math; ``W1``/``b1`` there are the sheet's layers."""
    def one(piece: str) -> str:
        m = _GIVEN_PIECE.match(piece)
        if not m or not re.match(r"^[-\d{.]", m.group(3).strip()):
            return piece
        names = [n.strip() for n in m.group(2).split("=") if n.strip()]
        value = _given_value(m.group(3).strip())
        if value is None:
            return piece
        texts = [_LAYER.sub(r"\1^{[\2]}", n) if _GIVEN_NAME.match(n) else wolfram_latex(n) or n for n in names]
        return m.group(1) + "$" + " = ".join(texts) + " = " + value + "$" + m.group(4)
    body = _POINTS.sub(lambda m: ", ".join(f"x{k} = {v.strip()}" for k, v in enumerate(m.group(1).split(","), 1)),
                       body)
    pieces = _split(body)
    return "".join(one(p) if k % 2 == 0 else p for k, p in enumerate(pieces))


def lettered_points(text: str) -> str:
    """``text`` with datapoints the given data names by capital letters (``xA = {1, 0}, xB = …`` in a comment)
    numbered in their order there, in every name that carries the letters: ``xA`` → ``x1``, ``KAB`` → ``K12``,
    ``gB`` → ``g2``."""
    order: list[str] = []
    for comment in _COMMENT.finditer(text):
        for m in _LETTER_POINT.finditer(comment.group(1)):
            if m.group(1) not in order:
                order.append(m.group(1))
    if len(order) < 2:
        return text
    number = {letter: str(k) for k, letter in enumerate(order, 1)}

    def renumber(m: re.Match) -> str:
        if any(letter not in number for letter in m.group(2)):
            return m.group()
        return m.group(1) + "".join(number[letter] for letter in m.group(2))
    return _LETTERED.sub(renumber, text)


def wolfram_markdown(text: str) -> str:
    """Notes in Wolfram notation rewritten as Markdown with inline LaTeX math, line for line (see the module doc)."""
    state: dict = {}
    text = lettered_points(text)
    out = []
    for line in text.split("\n"):
        if len(line) > 2000:
            out.append(line)
            continue
        parts, last = [], 0
        line = _SELF_CORRECTED.sub(r"\1 \2", _WRITTEN_AS.sub(r"\1 = {", line))
        for m in _COMMENT.finditer(line):
            parts.append(_code(line[last:m.start()], state))
            body = m.group(1)
            parts.append(_given(body) if re.search(r"\b[Wb]\d\s*=", body) else _remark(body))
            last = m.end()
        parts.append(_code(line[last:], state))
        out.append("".join(parts))
    return "\n".join(out)

"""Notes written in Typst (``.typ`` files, or Typst math pasted in Markdown), translated to the LaTeX the grammar reads.

Typst writes math between dollar signs (``$ x $`` with spaces inside is display math, ``$x$`` inline; either
may span lines) with words for symbols and calls for structures. A whole-file reader, like
:mod:`symntk.check.mathpix` and :mod:`symntk.check.unicode_math`, rewrites them before the notes are split:

* the math of each piece: :mod:`symntk.check.typst_math` (symbols by name, ``W^([1])``, ``vec``/``mat``,
  ``partial f / partial theta_k``, quoted operator names, …), with the names a one-line
  ``#let name = $…$`` gives math expanded (:func:`definitions`), and the calls of ``#let dd(a) = $…$``
  functions, names used in markup (``#th $= …$``) and ``"tr" $K$`` joined to their math
  (:mod:`symntk.check.typst_code`);
* a ``#table(columns: n, …)`` as a LaTeX ``tabular`` the table reader reads (:mod:`symntk.check.typst_tables`);
* the markup around the math, in a ``.typ`` file, as Markdown: ``= Heading`` lines are ``#`` headings,
  ``*strong*`` is ``**strong**``, ``+ item`` is ``1. item``; ``//`` and ``/* */`` comments and ``#set``,
  ``#let``, ``#import``, ``#show`` lines are blanked;
* math that stands alone on its lines is display math (``$$…$$``), math inside a paragraph is inline.

A file is a Typst document by its ``.typ`` suffix or by Typst code lines with Typst math (:func:`is_typst`).
In a Markdown file math is translated only when the file :func:`writes_typst_math` (at least
:data:`EVIDENCE` pieces of math with a Typst-only spelling) and only pieces of math without a LaTeX command
(LaTeX is left alone). Line breaks are kept, so line numbers stay. Reading is linear in the text's size.
"""

from __future__ import annotations

import re

from .typst_code import expand_code, inside_test
from .typst_math import CALLS, SYMBOLS, math_latex
from .typst_tables import typst_tables

EVIDENCE = 2

NOTATION = (   # (what, as Typst writes it, as it is read): rows of the README's notation table, tested
    ("Typst math (.typ notes, or Typst math in Markdown): scripts, vectors, matrices",
     "W^([1]) ; w_1^([2]) ; K_(1 2) ; vec(1, 2) ; mat(8, 12; 12, 19)",
     r"W^{[1]} ; w_{1}^{[2]} ; K_{1 2} ; \begin{pmatrix} 1 \\ 2 \end{pmatrix} ; "
     r"\begin{pmatrix} 8 & 12 \\ 12 & 19 \end{pmatrix}"),
    ("Typst fractions and derivatives (a slash takes the operands beside it)",
     "partial f / partial theta_1 ; (27 plus.minus sqrt(697)) / 2 ; frac(1, 2)",
     r"\frac{\partial f}{\partial \theta_{1}} ; \frac{27 \pm \sqrt{697}}{2} ; \frac{1}{2}"),
    ("Typst symbols, operators and quoted names",
     "lambda approx 0.30 ; x_1 = 1 arrow.r y = 2 ; \"tr\" K ; op(\"tr\") K ; \"relu\"'(z) ; sum_(k=1)^7",
     r"\lambda \approx 0.30 ; x_{1} = 1 \Rightarrow y = 2 ; \operatorname{tr} K ; \operatorname{tr} K ; "
     r"\operatorname{relu}'(z) ; \sum_{k=1}^{7}"),
)
_TYPST_ONLY = re.compile(r"\b(?:vec|mat|sqrt|cases|lr|op|frac|abs|root)\(|[_^]\(|\b(?:plus\.minus|minus\.plus|"
                         r"arrow\.[a-z]{1,6}|dot\.op|partial|approx|nabla)\b")
_HEADING = re.compile(r"^([ \t]*)(=+)(?=[ \t])", re.M)
_CODE_LINE = re.compile(r"^[ \t]*#(?:set|let|import|include|show|page|pagebreak|align|v|h|outline|bibliography)"
                        r"\b[^\n]*", re.M)
_STRONG = re.compile(r"(?<![*\w\\])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![*\w])")
_NUMBERED = re.compile(r"^([ \t]*)\+(?=[ \t])", re.M)
_LINE_BREAK = re.compile(r"(?<=\S)[ \t]+\\[ \t]*$", re.M)
_LET = re.compile(r"^[ \t]*#let[ \t]+([A-Za-z][A-Za-z0-9]{0,30})[ \t]*=[ \t]*\$([^$\n]{1,400})\$[ \t]*$", re.M)
_LET_LINE = re.compile(r"[ \t]*#let\b")
MAX_MACROS = 100
MAX_SPANS = 2000
_NEAR = 400
_LATEX = re.compile(r"\\[A-Za-z{},;!\\]")   # a LaTeX command (Typst's backslash ends a line or escapes a sign)
_PIECE = re.compile(r"(\$\$)([^$]{1,4000}?)\$\$|\$([^$\n]{1,2000})\$|\$([ \t]*\n[^$]{1,4000}?\n[ \t]*)\$")
_WORD = re.compile(r"(?<![A-Za-z\\])[A-Za-z]+(?:\.[A-Za-z]+){0,3}")
_RAW_OR_MATH = re.compile(r"```|`|//|/\*|(?<!\\)\$")
_TYPST_MARKUP = re.compile(r"^[ \t]*#(?:set|let|import|show)[ \t]", re.M)


def _pieces(text: str):
    """The pieces of math of a Markdown text, paired as :mod:`symntk.check.source` pairs them: ``$$…$$``, inline
    ``$…$`` on one line, and a block between a ``$`` alone at a line's end and a ``$`` alone on a later line."""
    return _PIECE.finditer(text)


def writes_typst_math(text: str) -> bool:
    """Whether Markdown notes write their math in Typst: at least :data:`EVIDENCE` pieces of math without a
    LaTeX command that use a Typst-only spelling (``vec(``, ``mat(``, ``W^([1])``, ``plus.minus``, ``partial``)."""
    found = 0
    for m in _pieces(text):
        body = m.group(2) or m.group(3) or m.group(4) or ""
        if not _LATEX.search(body) and _TYPST_ONLY.search(body):
            found += 1
            if found >= EVIDENCE:
                return True
    return False


def is_typst(text: str, source: str = "<notes>") -> bool:
    """Whether a notes file is a Typst document: its name ends in ``.typ``, or it has Typst's code lines
    (``#set``, ``#let``, ``#import``, ``#show``) and Typst math (``= Heading`` alone is no evidence: a line of
    Markdown notes may start with ``=`` that continues a chain)."""
    if source.lower().endswith(".typ"):
        return True
    return bool(_TYPST_MARKUP.search(text)) and writes_typst_math(text)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _markup(prose: str, line_start: bool) -> str:
    """Typst markup between math as Markdown: headings, numbered items; code lines and comments
    blanked; a trailing ``\\`` line break dropped. Only lines that begin in ``prose`` are markup lines (unless it
    starts at a ``line_start``: ``$ w $ = weights`` is no heading)."""
    prose = _LINE_BREAK.sub("", prose)
    if not line_start:
        first = prose.find("\n")
        if first < 0:
            return prose
        return prose[:first] + _markup(prose[first:], True)
    prose = _CODE_LINE.sub(lambda m: _blank(m.group(0)), prose)
    prose = _HEADING.sub(lambda m: m.group(1) + "#" * len(m.group(2)), prose)
    return _NUMBERED.sub(r"\g<1>1.", prose)


def _math_spans(text: str) -> list[tuple[int, int]]:
    """The spans ``$…$`` of a Typst document (the dollar signs included), outside raw text and comments; at most
    :data:`MAX_SPANS` (the rest is left as written)."""
    spans: list[tuple[int, int]] = []
    at = 0
    while True:
        m = _RAW_OR_MATH.search(text, at)
        if m is None or len(spans) >= MAX_SPANS:   # more math than the checker reads (source.MAX_SEGMENTS)
            return spans
        tok = m.group(0)
        if tok == "$":
            close = m.end()
            while True:
                close = text.find("$", close)
                if close < 0 or text[close - 1] != "\\":
                    break
                close += 1
            if close < 0:
                return spans
            spans.append((m.start(), close + 1))
            at = close + 1
            continue
        if tok == "//" and m.start() and text[m.start() - 1] == ":":   # a URL
            at = m.end()
            continue
        closer = {"```": "```", "`": "`", "//": "\n", "/*": "*/"}[tok]
        end = text.find(closer, m.end())
        at = len(text) if end < 0 else end + len(closer)


def _comments(text: str) -> str:
    """Typst comments outside math and raw text (``// …``, ``/* … */``) blanked."""
    out, at = [], 0
    while True:
        start = text.find("/*", at)
        end = text.find("*/", start + 2) if start >= 0 else -1
        if end < 0:
            break
        out.append(text[at:start] + _blank(text[start:end + 2]))
        at = end + 2
    text = "".join(out) + text[at:]
    return re.sub(r"(?<![:/\\])//[^\n]*", lambda m: _blank(m.group(0)), text)


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the span ``start:end`` has nothing but spaces beside it on its first and last line."""
    return not _line_before(text, start).strip() and not _line_after(text, end).strip()


def _line_before(text: str, at: int) -> str:
    """The text of ``at``'s line before it (only the last :data:`_NEAR` characters: a longer line is not alone)."""
    begin = text.rfind("\n", max(0, at - _NEAR), at)
    return text[begin + 1:at] if begin >= 0 or at <= _NEAR else "…"


def _line_after(text: str, at: int) -> str:
    """The text of ``at``'s line after it (at most :data:`_NEAR` characters)."""
    end = text.find("\n", at, at + _NEAR)
    return text[at:end] if end >= 0 or len(text) - at <= _NEAR else "…"


def definitions(text: str) -> dict[str, str]:
    """The document's names for math, ``#let th = $theta$`` (one line each, at most :data:`MAX_MACROS`), as
    LaTeX; a later definition of a name replaces an earlier one."""
    macros: dict[str, str] = {}
    for m in _LET.finditer(text):
        if len(macros) >= MAX_MACROS:
            break
        latex = math_latex(m.group(2), macros)
        macros[m.group(1)] = "{" + latex + "}" if re.search(r"[\s+\-=,/]", latex) else latex
    return macros


def typst_document(text: str) -> str:
    """A Typst document as Markdown with LaTeX math (see the module doc), line for line."""
    out, at = [], 0
    text = typst_tables(text, inside_test(_math_spans(text)))   # #table(…): a tabular
    text = expand_code(text, _math_spans(text))
    macros = definitions(text)
    for start, end in _math_spans(text):
        out.append(_markup(_comments(text[at:start]), at == 0 or text[at - 1] == "\n"))
        body = text[start + 1:end - 1]
        if _LET_LINE.match(_line_before(text, start)):   # the math of a #let line is blanked with it
            out.append(_blank(text[start:end]))
            at = end
            continue
        latex = math_latex(body, macros)
        display = "\n" in body.strip() or (body[:1].isspace() and body[-1:].isspace() and _alone(text, start, end))
        fence = "$$" if display else "$"
        out.append(f"{fence}{latex}{fence}" + "\n" * max(body.count("\n") - latex.count("\n"), 0))
        at = end
    out.append(_markup(_comments(text[at:]), at == 0 or text[at - 1] == "\n"))
    return _STRONG.sub(r"**\1**", "".join(out))


def typst_math_in_markdown(text: str) -> str:
    """Markdown notes with their Typst math translated (pieces of math with a Typst spelling and without a LaTeX
    command; a block between lone ``$`` lines is display math), delimiters kept."""
    def one(m: re.Match) -> str:
        display, inline, block = m.group(2), m.group(3), m.group(4)
        body = display if display is not None else inline if inline is not None else block
        if _LATEX.search(body) or not _typst_spelling(body):
            return m.group(0)
        fence = "$" if inline is not None else "$$"
        latex = math_latex(body)
        return f"{fence}{latex}{fence}" + "\n" * max(body.count("\n") - latex.count("\n"), 0)

    return _PIECE.sub(one, text)


def _typst_spelling(body: str) -> bool:
    """Whether a piece of math has a Typst spelling: a Typst-only one, a symbol's name (``theta``, ``dot``), or a
    parenthesised script."""
    return bool(_TYPST_ONLY.search(body)) or any(
        len(word) > 1 and (word in SYMBOLS or word in CALLS) for word in _WORD.findall(body))


def typst_latex(text: str, source: str = "<notes>") -> str:
    """Notes text with Typst read as Markdown and LaTeX: a Typst document whole (:func:`is_typst`), Markdown
    that :func:`writes_typst_math` its math only; any other text unchanged."""
    if is_typst(text, source):
        return typst_document(text)
    if writes_typst_math(text):
        return typst_math_in_markdown(text)
    return text

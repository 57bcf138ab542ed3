"""Escaping of plain text (titles, learner text) for each output format."""

from __future__ import annotations

import html
import unicodedata

from markupsafe import Markup

_TEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#", "%": r"\%",
        "_": r"\_", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}", "<": r"\textless{}",
        ">": r"\textgreater{}", "|": r"\textbar{}", '"': r"\textquotedbl{}"}
# What pdflatex with T1 fonts and utf8 inputenc typesets: ASCII, Latin-1 and Latin Extended-A
# (measured with TeX Live: these nine code points of U+00A0-U+017F are not set up).
_T1_MISSING = {0x126, 0x127, 0x138, 0x13F, 0x140, 0x149, 0x166, 0x167, 0x17F}
# Math signs beyond Latin-1 that learners and titles write: their math commands.
_MATH = {"∂": r"\partial", "∇": r"\nabla", "−": "-", "≈": r"\approx", "√": r"\surd", "ᵀ": r"^{T}", "→": r"\to",
         "⇒": r"\Rightarrow", "∑": r"\sum", "≤": r"\le", "≥": r"\ge", "∈": r"\in", "ℝ": r"\mathbb{R}",
         "…": r"\dots", "φ": r"\varphi"}
# Unicode sub- and superscripts (W₁₁⁽¹⁾, λ², xᵢ): each its own small formula, so that a run of them compiles
_SUBSCRIPT = dict(zip("₀₁₂₃₄₅₆₇₈₉₊₋₍₎ᵢⱼₖₗₙ", "0123456789+-()ijkln"))
_SUPERSCRIPT = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ⁿ′″", ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "+", "-", "(", ")",
                                                "n", r"\prime", r"\prime\prime"]))
_GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lamda", "mu", "nu",
          "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"}
# Chinese ideographs, CJK punctuation and full-width forms: typeset by the CJK package's gbsn font where a document
# sets it up (``\symntkcjk``, see the check report's preamble), else shown by their code point
_CJK = ((0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF01, 0xFF5E))
_MD = set("\\`*_{}[]<>()#+-.!|$")


def tex(text) -> str:
    """Plain text made safe inside LaTeX: every special character becomes its text command
    (``"`` too: babel's Icelandic makes it active); a character pdflatex cannot typeset
    becomes its math sign or Greek letter (``\\ensuremath{\\partial}``), a Chinese character its CJK glyph where
    the document defines ``\\symntkcjk``, or a visible code point ``[U+2603]``, so any text compiles."""
    return "".join(_TEX.get(ch) or _tex_char(ch) for ch in str(text))


def _tex_char(ch: str) -> str:
    code = ord(ch)
    if ch in _SUPERSCRIPT:   # also ¹ ² ³ of Latin-1: with ⁽ ⁾ around them they are one superscript
        return rf"\ensuremath{{^{{{_SUPERSCRIPT[ch]}}}}}"
    if code < 0x80 or (0xA0 <= code <= 0x17F and code not in _T1_MISSING):
        return ch
    if ch in _MATH:
        return rf"\ensuremath{{{_MATH[ch]}}}"
    if ch in _SUBSCRIPT:
        return rf"\ensuremath{{_{{{_SUBSCRIPT[ch]}}}}}"
    name = unicodedata.name(ch, "").split()
    if len(name) == 4 and name[:2] == ["GREEK", "SMALL"] and name[3].lower() in _GREEK:
        letter = name[3].lower().replace("lamda", "lambda")
        return rf"\ensuremath{{\{letter}}}"
    if len(name) == 4 and name[:2] == ["GREEK", "CAPITAL"] and name[3].lower() in _GREEK:
        letter = name[3].lower().replace("lamda", "lambda")
        capital = letter.capitalize()
        if capital in {"Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega"}:
            return rf"\ensuremath{{\{capital}}}"
    if any(low <= code <= high for low, high in _CJK):
        return rf"\ifdefined\symntkcjk\symntkcjk{{{ch}}}\else{{\ttfamily[U+{code:04X}]}}\fi{{}}"
    return rf"{{\ttfamily[U+{code:04X}]}}"


def markdown(text) -> str:
    """Plain text made safe inside Markdown: punctuation with a meaning is backslash-escaped,
    HTML-significant characters become entities."""
    return "".join(html.escape(ch) if ch in "<>&" else ("\\" + ch if ch in _MD else ch) for ch in str(text))


def html_text(text) -> Markup:
    """Plain text made safe inside HTML."""
    return Markup.escape(str(text))


def plain(text) -> str:
    """Terminal text is printed as it is."""
    return str(text)

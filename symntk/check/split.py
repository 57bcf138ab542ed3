"""Splitting one block of display math into the claims it holds, each with its own line.

* Markup that says nothing (``\\boxed``, ``\\underbrace``, ``\\intertext`` ending a row, ``\\eqref``) is
  removed first (:mod:`symntk.check.markup`).
* Alignment and grouping environments (``aligned``, ``align*`` inside ``$$``, ``gathered``, ``split``)
  and ``\\label``/``\\tag``/``\\nonumber`` are dropped; ``&`` outside matrices is alignment.
* The comment column of an ``align`` row (after ``&&``: ``\\text{(chain rule)}``, ``\\text{(a)}\\cdot\\text{(b)}``,
  ``\\because …``, or anything without a relation) is dropped; a column after ``&&`` that holds a relation
  (``x_1 &= 1 && x_2 &= 2``) is a claim of its own. Brackets inside ``\\text{…}`` do not nest with the math's.
* ``\\therefore``, ``\\because``, ``\\hence`` and an arrow (``\\implies``) before a row's own relation are connectives.
* Rows (``\\\\`` outside matrices, and a new line that starts with a relation) are claims of their own; a row
  that starts with a relation (``&= 8``) continues the chain above it and is read with that chain's left side
  (``K_{1,1} = 8``), on its own line.
* A row that starts with an operator (``&\\quad + 6 + 1 = 12``) or follows one that ends with one, and every
  row of ``multline``, is the rest of the claim above (:mod:`symntk.check.row_continuations`).
* Inside a row, top-level ``\\quad``, ``;``, the words of :data:`CONJUNCTIONS` (``\\text{and}``,
  ``\\text{ og }``, …) and a comma followed by another relation (``x_1 = 1, x_2 = 2``) separate claims.

Every scan is one pass over the block's tokens by one scanner (:mod:`symntk.check.block_scan`), with what nests
in it as data (``ROW_NESTING``, ``CHAIN_NESTING``, …: bracket sets differ from scan to scan).
"""

from __future__ import annotations

import bisect
import re

from .block_scan import (
    CHAIN_NESTING,
    COLUMN_NESTING,
    COMMENT_NESTING,
    ENVIRONMENT_NESTING,
    LEAD_RELATIONS,
    RELATIONS,
    ROW_NESTING,
    after_relation,
    block_tokens,
    relation_ahead,
    relation_in_row,
    starts_relation,
    top_level,
)
from .cjk_words import CONJUNCTIONS as CJK_CONJUNCTIONS
from .linking_words import LINKING_WORDS
from .markup import brace_pairs, clean_markup
from .row_continuations import MULTLINE, blanked, continues, system_rows
from .segment import Segment

CONJUNCTIONS = ("and", "og", "und", "or", "eða", "oder", "so", "thus", "then", "hence", "therefore", "gives",
                "which gives", "where", "with", "þá", "því", "svo", "sem gefur", "also", "dann", "daher", "und somit",
                "i.e.", "resp.", "respectively", "hence also", "so that", "that is", "þ.e.", "d.h.", "und"
                ) + CJK_CONJUNCTIONS + LINKING_WORDS
_WRAPPER = re.compile(r"\\(begin|end)\s*\{\s*(aligned|alignedat|x?alignat\*?|gathered|split|align\*?|gather\*?|"
                      r"equation\*?|multline\*?|eqnarray\*?|flalign\*?)\s*\}(\{[^{}\n]{0,40}\})?")
_DROP = re.compile(r"\\(label|tag)\s*\{[^{}\n]{0,200}\}|\\(nonumber|notag)(?![a-zA-Z])"   # and \\[2pt]'s spacing
                   r"|(?<=\\\\)\s*\[\s*-?\d{1,3}(?:\.\d{1,3})?\s*(?:pt|em|ex|mm|cm|mu|bp)\s*\]")
_TEXT = re.compile(r"\\(?:text|mbox|textrm|textnormal|mathrm)\s*\{([^{}\n]{0,80})\}")
_INDEX_RANGE = re.compile(r"^\(?\s*(?:\\text\s*\{[^{}]{0,20}\}\s*)?[ijklmn]\s*(?:=|\\in)\s*(?:\\\{)?\s*\d{1,2}"
                          r"(?:\s*(?:,|\{,\}|\.\.\.?)\s*(?:\d{1,2}|\\[lc]?dots|[nNPmk])){1,8}\s*(?:\\\})?\s*\)?$")
_IMPLIES = re.compile(r"^(?:\\Rightarrow|\\implies|\\Longrightarrow|⇒|\\therefore|\\because|\\hence|∴|∵)"
                      r"(?![A-Za-z])\s*")
_CONNECTIVE = re.compile(r"^(?:\\therefore|\\because|\\hence|∴|∵)(?![A-Za-z])")
_TEXT_OPEN = re.compile(r"\\(?:text|mbox|textrm|textnormal|textit|textbf|textsf|mathrm)\s*\{")
_COMMENT_OPENERS = ("\\text", "\\mbox", "\\textrm", "\\textnormal", "\\textit", "\\textbf", "\\textsf", "\\tag",
                    "\\because", "∵", "(", "[", "\\left", "\\big", "\\Big", "\\bigl", "\\Bigl", "\\footnotesize",
                    "\\small", "\\scriptsize", "\\color", "\\textcolor", "\\emph", "\\mathrm", "\\mathit")
_LABELS_ONLY = re.compile(r"(?:\\(?:text|mbox|textrm|textit|textbf|textsf|textnormal)\s*\{[\s()\[\].,]{0,4}"
                          r"(?:[A-Za-z]{1,2}|\d{1,2}|[ivx]{1,4})?[\s()\[\].,]{0,4}\}|\\(?:cdot|times|checkmark|quad|qquad|"
                          r"small|footnotesize|scriptsize)(?![A-Za-z])|\\[,;:! ]|[\s()\[\],.;:*])+")
_BRACKET_WORDS = re.compile(r"[(\[]\s*\\(?:text|mbox|textrm|textit|textbf|textsf|textnormal)\s*\{")
_GAPS = ("\\quad", "\\qquad", "\\,", "\\;", "\\:", "\\!", "\\ ", "\\hfill")
_SPACERS = (*_GAPS, "&")
_SPACING = re.compile(r"^(?:\\[ ,;:!]|\\q?quad(?![A-Za-z])|\s)+")


def _blank(m: re.Match) -> str:
    return blanked(m.group(0))


def _conjunction(m: re.Match) -> str:
    words = " ".join(m.group(1).replace(",", " ").split()).lower().strip(",;: ")   # "\text{, i.e. }" is "i.e."
    return "\\quad" + " " * (len(m.group(0)) - 5) if words in CONJUNCTIONS else m.group(0)


def _cuts(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Row breaks ((position, width) of a top-level ``\\\\`` or of a line break before a relation) and claim
    separators ((start, end) spans) of a block."""
    rows, seps = [], []
    related = False   # a relation seen at top level since the last row break or separator
    tokens = block_tokens(text)
    for n in top_level(tokens, ROW_NESTING):
        at, tok = tokens[n]
        if tok in RELATIONS:
            related = True
        elif tok == "\\\\":
            rows.append((at, 2))
            related = False
        elif "\n" in tok and starts_relation(tokens, n + 1):
            rows.append((at + tok.index("\n"), 1))   # a new line that starts with "=" continues the chain
            related = False
        elif tok in ("\\quad", "\\qquad", ";", "\\text{;}"):
            seps.append((at, at + len(tok)))
            related = False
        elif tok == "," and relation_ahead(tokens, n + 1):
            seps.append((at, at + 1))
            related = False
        elif tok == "&" and related and not after_relation(tokens, n) and not starts_relation(tokens, n + 1) \
                and relation_in_row(tokens, n + 1):
            seps.append((at, at + 1))   # "A &= B & C &= D": a second pair of align columns, a claim of its own
            related = False
    return rows, seps


def lead_and_rest(text: str) -> tuple[str, str] | None:
    """A chain's first member and the rest (from its first top-level relation on), or None."""
    tokens = block_tokens(text)
    for n in top_level(tokens, CHAIN_NESTING):
        at, tok = tokens[n]
        if tok in LEAD_RELATIONS:
            return text[:at], text[at:]
    return None


def _pieces(text: str, start: int, end: int, seps) -> list[tuple[int, str]]:
    out, at = [], start
    for a, b in seps:
        if start <= a < end:
            out.append((at, text[at:a]))
            at = b
    out.append((at, text[at:end]))
    return out


def _quiet_text(text: str) -> str:
    """Brackets inside ``\\text{…}`` arguments blanked (``\\text{(at } x_1 = 1\\text{)}``), so they do not nest."""
    if "\\" not in text:
        return text
    pairs = brace_pairs(text)
    chars = list(text)
    for m in _TEXT_OPEN.finditer(text):
        close = pairs.get(m.end() - 1)
        if close is not None and close - m.end() <= 400:
            for n in range(m.end(), close):
                if chars[n] in "()[]":
                    chars[n] = " "
    return "".join(chars)


def _comment_columns(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with each ``&&`` comment column blanked to its row's end (see the module doc), and the
    ``&&`` that start a column holding a claim, as separators."""
    tokens = block_tokens(text)
    chars, seps, columns, ends = list(text), [], [], []
    for n in top_level(tokens, COLUMN_NESTING):
        tok = tokens[n][1]
        if tok == "\\\\" or ("\n" in tok and starts_relation(tokens, n + 1)):
            ends.append(n)
        elif tok == "&" and n > 0 and tokens[_last_solid(tokens, n - 1)][1] != "&":
            after = _next_solid(tokens, n + 1, _GAPS)
            if after < len(tokens) and tokens[after][1] == "&":
                columns.append((n, after))
    ends.append(len(tokens))
    blanked_to = -1
    for i, (n, after) in enumerate(columns):
        if n < blanked_to:
            continue
        end = ends[bisect.bisect_left(ends, after)]
        nxt = columns[i + 1][0] if i + 1 < len(columns) and columns[i + 1][0] < end else end
        if _is_comment(tokens[after + 1:nxt]):
            stop = tokens[end][0] if end < len(tokens) else len(text)
            for k in range(tokens[n][0], stop):
                if chars[k] != "\n":
                    chars[k] = " "
            blanked_to = end
        else:
            seps.append((tokens[n][0], tokens[after][0] + 1))
    return "".join(chars), seps


def _next_solid(tokens, start: int, spacers=()) -> int:
    """The index of the first token from ``start`` that is not white space (nor one of ``spacers``)."""
    while start < len(tokens) and (tokens[start][1].isspace() or tokens[start][1] in spacers):
        start += 1
    return start


def _last_solid(tokens, start: int) -> int:
    """The index of the last token up to ``start`` that is not white space (0 when none)."""
    while start > 0 and tokens[start][1].isspace():
        start -= 1
    return start


def _is_comment(column) -> bool:
    """A column after ``&&`` that is a comment: it opens with words, a reason or a bracket, or holds no relation."""
    solid = [(at, tok) for at, tok in column if not tok.isspace() and tok not in _SPACERS]
    if not solid or solid[0][1] in _COMMENT_OPENERS:
        return True
    return not any(solid[n][1] in RELATIONS for n in top_level(solid, COMMENT_NESTING))


def _remark(body: str) -> bool:
    """Whether a piece of a row is a remark, not a claim: labels in words only (``\\text{(a)}\\cdot\\text{(b)}``),
    or a bracket that opens with words and closes at the piece's end (``(\\text{by symmetry } K_{21} = K_{12})``)."""
    if _LABELS_ONLY.fullmatch(body):
        return True
    opens = _BRACKET_WORDS.match(body)
    if not opens:
        return False
    close = {"(": ")", "[": "]"}[body[0]]
    depth = 0
    for at, ch in enumerate(body):
        depth += (ch == body[0]) - (ch == close)
        if not depth:
            return at == len(body) - 1
    return False


def split_block(seg: Segment) -> list[Segment]:
    """The claims of one math block (see the module doc), each on the line where it is written."""
    text = _DROP.sub(_blank, _WRAPPER.sub(_blank, system_rows(clean_markup(seg.text))))
    text = _COUNT_IN_WORDS.sub(r"P = \1", text)   # "θ = (…),\ 4\ \text{Parameter}": a claim of its own after the comma
    text, columns = _comment_columns(_quiet_text(text))
    text = _TEXT.sub(_conjunction, text)
    rows, seps = _cuts(text)
    seps = sorted(seps + columns)
    out: list[Segment] = []
    lead = None
    starts = [0, *(at + width for at, width in rows)]
    ends = [*(at for at, _ in rows), len(text)]
    multline = bool(MULTLINE.search(seg.text))
    for row_start, row_end in zip(starts, ends):
        first = row_start > 0   # the row's first claim may be the rest of the one above
        for at, piece in _pieces(text, row_start, row_end, seps):
            body = _clean(piece)
            if first and body:
                first = False
                if out and (multline or continues(out[-1].text, body, text[row_start:at + len(piece)].lstrip(
                        " \t\n").startswith("&"), lead_and_rest(body) is not None)):
                    above = out.pop()
                    body = above.text + " " + body
                    split = lead_and_rest(body)
                    lead = split[0].strip() if split else body
                    out.append(Segment(above.line, body, seg.display, soft=seg.soft))
                    continue
            rest = _SPACING.sub("", _IMPLIES.sub("", body, count=1))
            if rest != body and (lead is None or _CONNECTIVE.match(body)) and lead_and_rest(rest):
                body = rest   # "⇒ ∇f(x) = …" opening a block, "∴ K = …": a connective before a claim
            if not body or not rest or _INDEX_RANGE.match(body) or _remark(body):   # a connective alone
                continue   # ("∴ \\quad K = …"), (i = 1,2): the range of an index, a remark
            if body.startswith(LEAD_RELATIONS) and lead is not None:
                body = lead + " " + body
            else:
                split = lead_and_rest(body)
                lead = split[0].strip() if split else body
            skip = len(piece) - len(piece.lstrip(" \t\n&"))
            line = seg.line + text.count("\n", 0, at + skip)
            out.append(Segment(line, body, seg.display, soft=seg.soft))
    return out


# a count of parameters in words inside math (``\Rightarrow 6 \text{ parametri}``, ``\qquad 7 \text{ parametrów.}``,
# ``,\ 4\ \text{Parameter}`` with LaTeX spaces):
# the claim P = 6, not prose at the claim's end
_COUNT_IN_WORDS = re.compile(r"(?<![\w.{])(\d{1,4})(?:\s|\\[ ,;:]|~)*\\(?:text|mathrm|textrm|textit)\s*\{\s*"
                             r"(?:parameters?|params|Parameter[n]?|"
                             r"parametri|parametr(?:y|ów|a|ar|ern|ach)|parámetros|parametros|paramètres|parâmetros|"
                             r"parametre(?:ne|r)?|stika(?:r|rnir)?)\s*[.,;]?\s*\}")
_PROSE_EDGE = re.compile(r"^\s*\\text\s*\{[^{}]{0,80}\}\s+(?=[A-Za-z\\])|(?<=\S)\s*\\text\s*\{[^{}]{0,80}\}\s*$")


def _clean(piece: str) -> str:
    """One claim's text: alignment marks and prose at its ends (``\\text{here } f(x) = …``) dropped, sentence
    punctuation at its end dropped, spaces collapsed."""
    body = _COUNT_IN_WORDS.sub(r"P = \1", _strip_alignment(piece))
    body = " ".join(_PROSE_EDGE.sub(" ", body).split())
    body = _SPACING.sub("", body)
    while body and (body[-1] in ",.;:" and not body.endswith("\\,") and not body.endswith("\\;")
                    or body.endswith("\\") and not body.endswith("\\\\")):   # "8,\ " (LaTeX's space) at the end
        body = body[:-1].rstrip()
    while body.endswith(("\\,", "\\;", "\\!", "\\ ", "\\quad", "\\qquad")):
        body = body.rsplit("\\", 1)[0].rstrip()
    return body


def _strip_alignment(piece: str) -> str:
    """``&`` outside matrix environments is an alignment mark, not math."""
    out, last = [], 0
    tokens = block_tokens(piece)
    for n in top_level(tokens, ENVIRONMENT_NESTING):
        at, tok = tokens[n]
        if tok == "&":
            out.append(piece[last:at] + " ")
            last = at + 1
    out.append(piece[last:])
    return "".join(out)

"""Reading a notes file: its text (bounded, regular files only) and its math segments with line numbers.

A notes file is Markdown (any extension) or a small LaTeX document. Math is
``$…$``, ``$$…$$``, ``\\[…\\]``, ``\\(…\\)`` and the display environments
``equation``, ``align``, ``gather``, ``multline``, ``eqnarray``, ``flalign``,
``displaymath`` (starred or not, bare or inside ``$$``); everything else is
prose. Code blocks and inline code are not math unless they hold a relation and nothing only a
program has (inline code such as df/dw1 = v1*x, and the statements of an untagged fence, are soft
math: :mod:`symntk.check.plain_text`). In a ``.tex`` document only
the body between ``\\begin{document}`` and ``\\end{document}`` is read and
``%`` comments are dropped; the document's own simple macros (``\\newcommand{\\R}{\\mathbb{R}}``) are
expanded as text (:mod:`symntk.check.macros`). Lines are numbered as editors do (LF, CRLF, CR,
NEL, U+2028 and U+2029 each end a line).

Reading is linear in the size of the text: every closer is looked up with a
memoised forward search (:class:`_Finder`), so a file of a thousand
unclosed ``\\[`` is read in one pass. A display block is split into claims by
:mod:`symntk.check.split`.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import InputError
from .octave import is_session, session_claims, unfenced_runs
from .own_gradients import gradient_letter, own_gradient_pairs
from .pasted import CODE_CELLS, MAX_PASTED, displayed, fence_claims, inline_claims, is_cell, output_claims
from .plain_text import AT_POINT, MATH_FENCES, fenced_math, gradient_names, is_math_code, point_letter

MAX_BYTES = 512 * 1024
MAX_SEGMENTS = 600

_LINE_BREAKS = re.compile("\r\n|\r|\x85|\u2028|\u2029")
_ENVIRONMENTS = "equation|align|alignat|gather|multline|eqnarray|flalign|displaymath|math"
_OPENER = re.compile(r"\\\$|\$\$|\$|\\\[|\\\(|\\begin\s*\{(" + _ENVIRONMENTS + r")(\*?)\}|^[ \t]*(```|~~~)|`", re.M)
_LEADS = ("=", "\\approx", "≈", "\\Rightarrow", "\\implies")
_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
_COLUMNS = re.compile(r"^\s{0,3}\{\s{0,3}\d{1,2}\s{0,3}\}")


@dataclass(frozen=True)
class Segment:
    """One piece of math: its 1-based line, its text, whether it was display math, and why it
    cannot be read (``error``) when it is not closed."""

    line: int
    text: str
    display: bool
    error: str | None = None
    soft: bool = False
    fact: str | None = None
    general: bool = False   # an instance of a formula with index letters i, j, k put in


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory")):
        if test(mode):
            return name
    return "not a regular file"


def read_text(path: Path, what: str = "notes file", limit: int = MAX_BYTES) -> str:
    """The text of a regular file of at most ``limit`` bytes (UTF-8), with every line break as ``\\n``;
    anything else (missing, a FIFO or device, too large, binary) raises :class:`InputError`."""
    source = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(source, "", f"an existing {what}", "no such file") from None
    except OSError as exc:
        raise InputError(source, "", f"a readable {what}", exc.strerror or str(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(source, "", f"a {what} (a regular file)", _kind(info.st_mode))
    if info.st_size > limit:
        raise InputError(source, "", f"a {what} of at most {limit // 1024} KiB", f"{info.st_size // 1024} KiB")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputError(source, "", f"a {what} (a regular file)", "not a regular file")
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(source, "", f"a readable {what}", exc.strerror or str(exc)) from None
    if len(raw) > limit:
        raise InputError(source, "", f"a {what} of at most {limit // 1024} KiB", "more")
    if b"\x00" in raw:
        raise InputError(source, "", "a text file (Markdown with LaTeX math)", "binary data")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(source, "", "a UTF-8 text file", "non-UTF-8 bytes") from None
    return editor_lines(text)


def editor_lines(text: str) -> str:
    """Every line break an editor counts (CRLF, CR, NEL, U+2028, U+2029) as one ``\\n``."""
    return _LINE_BREAKS.sub("\n", text)


class _Finder:
    """``text.find(needle, start)`` for starts that only grow, in linear total time: a search that
    found nothing, or found a place at or after the new start, is not repeated."""

    def __init__(self, text: str):
        self.text = text
        self.cache: dict[str, tuple[int, int]] = {}

    def find(self, needle: str, start: int) -> int:
        """The first index ≥ ``start`` where ``needle`` occurs, or -1."""
        cached = self.cache.get(needle)
        if cached is not None and cached[0] <= start and (cached[1] == -1 or cached[1] >= start):
            return cached[1]
        at = self.text.find(needle, start)
        self.cache[needle] = (start, at)
        return at


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def document_body(text: str) -> str:
    """For a LaTeX document: the body only, comments dropped (blanked, so line numbers stay)."""
    begin = text.find("\\begin{document}")
    if begin < 0 and "\\documentclass" not in text:
        return text
    text = _COMMENT.sub(lambda m: _blank(m.group(0)), text)
    begin = text.find("\\begin{document}")
    if begin >= 0:
        text = _blank(text[:begin + len("\\begin{document}")]) + text[begin + len("\\begin{document}"):]
    end = text.find("\\end{document}")
    if end >= 0:
        text = text[:end] + _blank(text[end:])
    return text


def blocks(text: str, covered: list | None = None) -> list[Segment]:
    """The math blocks of a notes text in order: (line of the opener, body, display); the spans of math
    and code are appended to ``covered``."""
    covered = [] if covered is None else covered
    finder = _Finder(text)
    out: list[Segment] = []
    pos = pasted = 0
    cell = None   # (end, body) of a notebook code cell right before, whose output may follow
    while True:
        m = _OPENER.search(text, pos)
        if m is None or len(out) > MAX_SEGMENTS:
            return out
        token = m.group(0)
        start = m.end()
        if token == "\\$":
            pos = start
            continue
        if m.group(3):  # a code fence: skip to the closing fence (an untagged one may hold math)
            close = finder.find("\n" + m.group(3), start)
            pos = len(text) if close < 0 else close + 1 + len(m.group(3))
            covered.append((m.start(), pos))
            tag = text[start:_line_end(text, start)].strip().lower()
            if close >= 0 and is_session(text[_line_end(text, start) + 1:close]):
                out.extend(_session(text, _line_end(text, start) + 1, close))
                continue
            if close >= 0 and tag in MATH_FENCES:
                out.extend(Segment(_line(text, at), body, False, soft=True)
                           for at, body in fenced_math(text, _line_end(text, start), close))
            if close >= 0:
                shown = displayed(cell[1]) if cell and tag in MATH_FENCES and not text[cell[0]:m.start()].strip() \
                    else None
                out.extend(_pasted(text, m.start(), _line_end(text, start) + 1, close, tag not in MATH_FENCES, shown))
                code = text[_line_end(text, start) + 1:close]
                cell = (pos, code) if is_cell(tag, code) else None
            continue
        if token == "`":
            close = text.find("`", start, _line_end(text, start))
            pos = start if close < 0 else close + 1
            covered.append((m.start(), pos, "code"))   # blanked for prose, but the line's prose is still read
            body = text[start:close] if close > start else ""
            point = AT_POINT.search(text[max(0, text.rfind("\n", max(0, m.start() - 60), m.start()) + 1,
                                                m.start() - 60):m.start()])
            if body and is_math_code(body):
                out.append(Segment(_line(text, m.start()), body, False, soft=True))
            elif point and re.fullmatch(r"\s*\[[^`]{1,400}\]\s*", body):   # at x1 = 0: `[0, 0, 1]`
                out.append(Segment(_line(text, m.start()), f"∇f({point.group(3)}) = {body}", False, soft=True))
            elif body and pasted < MAX_PASTED:   # inline output read with what printed it (bounded per file)
                pasted += 1
                made, certain = inline_claims(body, _producer(text, m.start()))
                out.extend(Segment(_line(text, m.start()), claim, False, soft=not certain) for claim in made)
            continue
        if token == "$":
            close = _inline_close(text, start)
            if close < 0:
                pos = start
                continue
            body = text[start:close]
            labelled = _labelled_vector(text, m.start(), body)
            named = labelled or _named(text, m.start(), body)
            begin, named = _name_before(text, m.start(), named) if named == body else (m.start(), named)
            out.append(Segment(_line(text, m.start()), named, False,
                               soft=labelled is not None or _after_a_word(text, m.start(), named)))
            covered.append((begin, close + 1))
            pos = close + 1
            continue
        closer = {"$$": "$$", "\\[": "\\]", "\\(": "\\)"}.get(token)
        if closer is None:
            closer = f"\\end{{{m.group(1)}{m.group(2)}}}"
        close = finder.find(closer, start)
        line = _line(text, m.start())
        if close < 0:
            out.append(Segment(line, token, True, error=f"unclosed:{closer}"))
            pos = start
            continue
        body = text[start:close]
        if m.group(1):   # \begin{alignat}{2}: the number of columns is no math
            body = _COLUMNS.sub(lambda c: " " * len(c.group(0)), body, count=1)
        out.append(Segment(line, body, token != "\\("))
        covered.append((m.start(), close + len(closer)))
        pos = close + len(closer)


QUANTITY_WORDS = {"spor": r"\operatorname{tr} K", "sporið": r"\operatorname{tr} K", "trace": r"\operatorname{tr} K",
                  "spur": r"\operatorname{tr} K", "traza": r"\operatorname{tr} K", "traccia": r"\operatorname{tr} K",
                  "spår": r"\operatorname{tr} K", "spåret": r"\operatorname{tr} K", "sporet": r"\operatorname{tr} K",
                  "ákveða": r"\det K", "ákveðan": r"\det K", "determinanten": r"\det K",
                  "determinant": r"\det K", "determinante": r"\det K",
                  "spoor": r"\operatorname{tr} K", "det": r"\det K", "tr": r"\operatorname{tr} K",
                  **dict.fromkeys(("ślad", "śladu", "traço", "traco", "trazo"), r"\operatorname{tr} K"),
                  **dict.fromkeys(("wyznacznik", "wyznacznika", "déterminant", "determinant"), r"\det K"),
                  **dict.fromkeys(("gradient", "gradienten", "gradiënt", "gradiente", "grad", "stigull", "stigullinn"),
                                  r"\nabla_\theta f"),
                  **dict.fromkeys(("discriminant", "diskriminant", "diskriminante", "diskriminanten", "discriminante",
                                   "discriminante"), r"\Delta")}
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W{0,3}$")
# ``Spur $K = 46$``, ``trace de $K = 46$``, ``det $K = 704$``: a word for tr or det right before inline math that
# starts with the bare matrix name K and a relation
_K_AFTER_WORD = re.compile(r"\s*K\s*(?==|\\approx(?![A-Za-z])|≈)")
# ``Le polynôme caractéristique est $λ^2 − 27λ + 8$``, ``Charakteristisches Polynom: $…$``: the polynomial in λ
# named in words right before math with no relation of its own
_CHARPOLY_BEFORE = re.compile(r"(?:characteristic polynomial|charakteristische[sn]? Polynom"
                              r"|polyn[ôo]me caract[ée]ristique|polinomio caracter[íi]stico|polinômio característico)"
                              r"[ \t]{0,3}"
                              r"(?:(?:is|ist|lautet|est|es|é|:)[ \t]{0,3})?:?[ \t]{0,3}$", re.I)
_WORD_OF_K = re.compile(r"(?<![\w\\])([^\W\d_]+)(?:[ \t]+(?:von|der|de|of|du|di|da|del|af))?[ \t]{0,3}$")


# ``Spor $K$ er $24$``, ``the determinant of $K$ is $7$``, ``ákveða $8 \cdot 16 - 121 = 7$``: a word for tr or det
# (with K in math after it, and a verb) right before inline math that is only numbers (the Danish pronoun "det" with a
# verb and no K excepted)
_SAID_OF_K = re.compile(r"(?<![\w\\])([^\W\d_]+)(?:[ \t]+(?:of|af|von|de|du|di))?([ \t]{0,3}\$\s*K\s*\$)?[ \t]{1,3}"
                        r"((?:er|is|ist|est|es|är|equals|=)[ \t]{1,3})?$", re.I)
_ARITHMETIC = re.compile(r"^\s*[-−(]?\d(?:[-−+*/·=(). ,{}\d]|\\cdot|\\times|\\approx){0,80}$")
_GLUED = {"relu": r"\operatorname{relu}", "tanh": r"\tanh", "sigma": r"\sigma", "sigmoid": r"\sigma",
          "sech": r"\operatorname{sech}", "softplus": r"\operatorname{softplus}"}


def _named(text: str, at: int, body: str) -> str:
    """``spor $= 27$``: inline math that starts with a relation takes the quantity named just before it (and
    ``Spur $K = 46$``, ``det $K = 24$``: math that starts with ``K =`` after a word for tr or det is tr K, det K);
    ``relu$(z) = …$``: a function name glued to the math belongs to it."""
    glued = re.search(r"([A-Za-z]+)$", text[max(0, at - 12):at])
    if glued and glued.group(1).lower() in _GLUED and body[:1] in ("(", "'", "′"):
        return _GLUED[glued.group(1).lower()] + body
    if "\\lambda" in body and not _RELATION_IN.search(body) and _CHARPOLY_BEFORE.search(text[max(0, at - 60):at]):
        monic = not body.lstrip().startswith("-")   # a leading +λ^n: the monic convention det(λI − K)
        return ("\\det(\\lambda I - K) = " if monic else "\\det(K - \\lambda I) = ") + body
    word_k = _K_AFTER_WORD.match(body)
    if word_k and "\\begin" not in body:
        m = _WORD_OF_K.search(text[max(0, at - 40):at])
        name = QUANTITY_WORDS.get(m.group(1).lower()) if m else None
        return f"{name} {body[word_k.end():]}" if name and name not in (r"\nabla_\theta f", r"\Delta") else body
    said = _SAID_OF_K.search(text[max(0, at - 50):at]) if _ARITHMETIC.match(body) else None
    if said and not (said.group(1).lower() == "det" and said.group(2) is None and said.group(3)):
        name = QUANTITY_WORDS.get(said.group(1).lower())   # Spor $K$ er $24$, ákveða $8 \cdot 16 - 121 = 7$
        if name and name != r"\nabla_\theta f":
            return f"{name} = {body}"
    if not body.lstrip().startswith(("=", "\\approx", "≈")):
        return body
    m = _WORD_BEFORE.search(text[max(0, at - 40):at])
    name = QUANTITY_WORDS.get(m.group(1).lower()) if m else None
    return f"{name} {body}" if name else body


_NAME_BEFORE = re.compile(r"(?<![\w\\{}^])([A-Za-z](?:_\{?[\w,]{1,4}\}?)?(?:\^\{?[\w\[\]()]{1,6}\}?)?"
                          r"(?:\([^()$\n=]{1,12}\))?)[ \t]{0,3}=[ \t]{0,3}$")
_RELATION_IN = re.compile(r"=|\\approx(?![A-Za-z])|≈|\\Rightarrow|\\implies|<|>|\\le|\\ge|\\to(?![A-Za-z])")


def _name_before(text: str, at: int, body: str) -> tuple[int, str]:
    """``f(x) = $θ_5(θ_1 x + θ_3) + θ_7$``, ``K_{11} = $1 + 4 + 1$``: a name and ``=`` typed in prose right before
    inline math with no relation of its own belong to it. (start of the math with its name, its text)"""
    if _RELATION_IN.search(body):
        return at, body
    start = text.rfind("\n", 0, at) + 1
    m = _NAME_BEFORE.search(text[max(start, at - 40):at])
    if m is None:
        return at, body
    return at - len(m.group(0)), f"{m.group(1)} = {body}"


_BARE_VECTOR = re.compile(r"^\s*(?:\\(?:left|bigl?|Bigl?|biggl?|Biggl?)\s*)?[(\[][^=<>]*[)\]]"
                          r"\s*(?:\^\s*\{?\s*(?:T|\\top|\\intercal)\s*\}?)?\s*$|"
                          r"^\s*\\begin\{[pbB]matrix\}[^=<>]*\\end\{[pbB]matrix\}\s*(?:\^\s*\{?\s*(?:T|\\top)\s*\}?)?\s*$")
_LABEL = re.compile(r"(?:x_\{?\d{1,2}\}?|x\^\{?\(\d{1,2}\)\}?|x[₁-₉]|\bgrad\w*|\\nabla|∇|stigul\w*|gradient\w*)"
                    r"[^:\n]{0,40}:\s*$|"   # a label ending in a colon, or the gradient word right before the vector
                    r"(?<![\w\\])(?:grad|gradient|gradienten|gradiënt|gradiente|stigull)(?:\s+(?:is|er|ist|é|är|es|=))?\s*$|"
                    # a row of the Jacobian (at a general x): ∇f(x)ᵀ
                    r"(?<!\w)(?:row|lína|línan|zeile|ligne|fila|rad|raden|række)\s+(?:of|af|í|der|de|du|av|i)\s+"
                    r"(?:the\s+|la\s+)?(?:\$?J\$?|jacobi[\w-]{0,12}|jakobi[\w-]{0,12})"
                    r"(?:\s+(?:is|er|ist|est|es|är|=))?\s*$",
                    re.I)


def _labelled_vector(text: str, at: int, body: str) -> str | None:
    """``Í $x_1 = 1$: $(1, 0, 1, 0, 1, 2, 1)$``, ``gradient at $x_2$: $(…)^T$``: a bare vector of two or more
    entries after a label that names a datapoint or the gradient and ends in a colon is the gradient (at the
    datapoint of the context, see :func:`symntk.check.judge.judge_gradient`), of the output f_k the last
    gradient written before it names (``∇_θ f_2 = (…)`` then ``x_1: (…)``)."""
    if len(body) > 2000 or not _BARE_VECTOR.match(body) or (body.count(",") + body.count("\\\\")) < 1:
        return None
    start = text.rfind("\n", 0, at) + 1
    if not _LABEL.search(text[max(start, at - 80):at]):
        return None
    outputs = [m.group(1) or m.group(2) for m in _GRADIENT_OF.finditer(text[max(0, start - 3000):start])]
    output = outputs[-1] if outputs else None
    name = f"f_{_SUBS.get(output, output)}" if output else "f"
    return f"\\nabla_\\theta {name} = {body}"


_SUBS = {ch: str(n) for n, ch in enumerate("₁₂₃₄₅₆₇₈₉", start=1)}
_GRADIENT_OF = re.compile(r"(?:\\nabla|∇)[^$\n=]{0,40}?(?<![A-Za-z\\])f(?![A-Za-z])(?:_\{?(\d)\}?|([₁-₉]))?")


_SUM_WORDS = {"minors", "hauptminoren", "minoren", "mineurs", "minorer", "minores",   # principal minors: c₂, not tr
              "sum", "summe", "somme", "summa", "samtals", "suma", "product", "produkt", "produit", "margfeldi",
              "producto", "total", "som", "totaal", "somma", "soma", "prodotto", "produto", "iloczyn", "razem",
              "totale"}


# the weights or the biases named in words (English, Icelandic, German, Nordic, Romance)
_KIND_WORDS = re.compile(r"weights?|biases?|vogir(?:nar)?|vigtir(?:nar)?|hliðranir(?:nar)?|skekkjur(?:nar)?|"
                         r"gewichte|bias(?:e|werte)?|vikter(?:na)?|vægte(?:ne)?|vekter|poids|biais|pesos?|pesi|sesgos?")


def _after_a_word(text: str, at: int, body: str) -> bool:
    """``Sum $= 46$``, ``Produkt $= 8$``, ``all weights $= 1$``, ``hliðranir $= 0$``: inline math that starts with a
    relation right after a word for a sum, a product, the weights or the biases is a remark about what the word
    names, not a continuation of the previous formula (it is read softly)."""
    if not body.lstrip().startswith(_LEADS):
        return False
    m = _WORD_BEFORE.search(text[max(0, at - 40):at])
    return bool(m and (m.group(1).lower() in _SUM_WORDS or _KIND_WORDS.fullmatch(m.group(1).lower())))


def _line_before(text: str, at: int) -> str:
    """The last line before position ``at`` that is not blank (at most 2000 characters back)."""
    lines = [line for line in text[max(0, at - 2000):at].split("\n") if line.strip()]
    return lines[-1] if lines else ""


def _producer(text: str, at: int) -> str:
    """What printed inline output at ``at``: the line up to it (`` `K.eigenvals()` → ``), else the line before."""
    start = text.rfind("\n", 0, at) + 1
    own = text[max(start, at - 200):at]
    return own if re.search(r"\w", own) else _line_before(text, start)


def _pasted(text: str, opener: int, body: int, close: int, assignments: bool,
            shown: list | None = None) -> list[Segment]:
    """The claims of the outputs pasted in a code fence (:mod:`symntk.check.pasted`), one line each; ``shown``:
    what the notebook code cell right above it shows, when it is that cell's output."""
    found = output_claims(text[body:close], shown) if shown else None
    if found is None:
        tag = text[opener:body].strip().lstrip("`~").strip().lower()
        found = fence_claims(text[body:close], _line_before(text, opener), assignments, tag in CODE_CELLS)
    return [Segment(_line(text, body + offset), claim, False, soft=not certain) for offset, claim, certain in found]


def _session(text: str, body: int, close: int) -> list[Segment]:
    """The claims of a pasted MATLAB/Octave session (:mod:`symntk.check.octave`), one line each."""
    return [Segment(_line(text, body + offset), claim, False, soft=not certain)
            for offset, claim, certain in session_claims(text[body:close])]


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _inline_close(text: str, start: int) -> int:
    """The ``$`` that closes inline math opened before ``start`` on the same line (not ``\\$``), or -1."""
    end = _line_end(text, start)
    at = start
    while True:
        at = text.find("$", at, end)
        if at < 0:
            return -1
        if text[at - 1] != "\\":
            return at if at > start else -1
        at += 1


class _Lines:
    """Line numbers of positions, counted once (positions are asked in increasing order)."""

    def __init__(self):
        self.text = None
        self.pos = 0
        self.line = 1


_LINES = _Lines()


def _line(text: str, pos: int) -> int:
    state = _LINES
    if state.text is not text or pos < state.pos:
        state.text, state.pos, state.line = text, 0, 1
    state.line += text.count("\n", state.pos, pos)
    state.pos = pos
    return state.line


def segments(text: str, source: str = "<notes>") -> list[Segment]:
    """The math segments of a notes text, in order, split into claims (see :mod:`symntk.check.split`)."""
    from .arrows import arrow_pieces
    from .at_value import at_datapoints, row_points
    from .decimal_comma import mark_decimal_commas, writes_decimal_commas
    from .facts import fact_segments
    from .fullwidth import ascii_punctuation
    from .macros import definitions, expand, without_definitions
    from .mathpix import mathpix_latex
    from .physics_pkg import physics_latex
    from .point_labels import labelled_results
    from .prose import prose_segments
    from .split import lead_and_rest, split_block
    from .subscript_layers import layers_as_superscripts, writes_subscript_layers
    from .tables import data_points
    from .unicode_math import linear_format

    text = linear_format(ascii_punctuation(editor_lines(text)))
    macros = definitions(_COMMENT.sub("", text))
    text = document_body(text)
    if macros:
        text = expand(without_definitions(text), macros)
    text = mathpix_latex(physics_latex(text))
    if writes_decimal_commas(text):
        text = mark_decimal_commas(text)
    covered: list = []
    found = blocks(text, covered)
    for start, end in unfenced_runs(text, covered):   # a MATLAB/Octave session pasted without a fence
        found.extend(_session(text, start, end))
        covered.append((start, end))
    if len(found) > MAX_SEGMENTS:
        raise InputError(source, "", f"at most {MAX_SEGMENTS} pieces of math", "more")
    found = sorted(found + prose_segments(text, covered, MAX_SEGMENTS) + fact_segments(text, MAX_SEGMENTS),
                   key=lambda s: s.line)
    found = labelled_results(text, found)
    letter = point_letter(text)
    if letter is not None:
        own = re.compile(rf"(?<![A-Za-z\\]){letter}_(?=\{{?[1-9])")
        found = [Segment(s.line, own.sub("x_", s.text), s.display, s.error, s.soft, s.fact) for s in found]
    named = gradient_names(text)
    if named is not None:   # g_1 = (1, 0, 1), then K_(12) = g_1 . g_2: g_i is ∇f(x_i)
        found = [Segment(s.line, named.sub(r"\\nabla_\\theta f(x_{\1})", s.text), s.display, s.error, s.soft,
                         s.fact) for s in found]
    letter = gradient_letter(text)
    if letter is not None:   # g_1 = (…), g_2 = (…), then K_{12} = ⟨g_1, g_2⟩: the pair is ⟨∇f(x_1), ∇f(x_2)⟩
        found = [replace(s, text=own_gradient_pairs(s.text, letter)) for s in found]
    if writes_subscript_layers(text):   # W_1 = [1, 1]^T, (W_1)_{21}: the subscript is the layer
        found = [Segment(s.line, layers_as_superscripts(s.text), s.display, s.error, s.soft, s.fact) for s in found]
    points = data_points(text) or row_points(text) or _unindexed(text)
    if points and all(len(value) == 1 for value in points):   # ∇f(2): the gradient at the datapoint x_i = 2
        found = [Segment(s.line, at_datapoints(s.text, points), s.display, s.error, s.soft, s.fact) for s in found]
    out: list[Segment] = []
    lead = None
    for seg in _join_open_ends(found):
        if seg.error or seg.fact:
            out.append(seg)
            continue
        for piece in [cut for whole in split_block(seg) for cut in arrow_pieces(whole)]:
            if piece.text.startswith(_LEADS) and lead is not None and not piece.soft:
                piece = Segment(piece.line, lead + " " + piece.text, piece.display, soft=piece.soft)
            elif not piece.soft:
                split = lead_and_rest(piece.text)
                lead = split[0].strip() if split else None
            out.append(piece)
        if len(out) > MAX_SEGMENTS:
            raise InputError(source, "", f"at most {MAX_SEGMENTS} pieces of math", "more")
    return out


def _unindexed(text: str) -> dict:
    """Values → index of the datapoints written without an index (``points x = 0 and x = 1``, ``x = 0, 1, 2``)."""
    from fractions import Fraction

    from .unindexed_points import listed_points, stated_points

    values = stated_points(text) or listed_points(text)
    return {tuple(Fraction(v) for v in value) if isinstance(value, tuple) else (Fraction(value),): i
            for i, value in enumerate(values, start=1)}


def _join_open_ends(found: list[Segment]) -> list[Segment]:
    """A display block that ends in ``=`` continues in the next display block."""
    out: list[Segment] = []
    for seg in found:
        prev = out[-1] if out else None
        if (prev is not None and seg.display and prev.display and not prev.error and not seg.error
                and prev.text.rstrip().endswith(("=", "+", "-", "\\cdot", "\\\\"))):
            gap = "\n" * max(seg.line - prev.line - prev.text.count("\n"), 0)
            out[-1] = Segment(prev.line, prev.text.rstrip() + gap + " " + seg.text.strip(), True)
            continue
        out.append(seg)
    return out

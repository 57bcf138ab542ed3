"""Math written without dollar signs: formulas in prose lines, Markdown tables, and counts in words.

* A prose line (outside math and code) that holds a relation (``=``, ``≈``) is cut into runs of
  tokens that are not words of prose (``∂f/∂W^{(2)} = W^{(3)} h_1``, ``θ = (…) = (1, 1, 0)``); each
  run is read as math.
* A Markdown table is read cell by cell: the cell's row and column headers say what it is
  (a parameter and ∂f_o/∂θ_k; a datapoint x_i and a quantity such as ∇f_1 or f).
* ``7 parameters`` (and its Icelandic, German, Scandinavian, … words) is the claim P = 7.
* Results said with a verb (``K_{11} er 8``, ``eigingildin eru 26.7 og 0.3``): :mod:`symntk.check.word_results`.

Everything found here is *soft*: math that cannot be read is context, never unreadable. A number set equal to a
datapoint's name (``row 1 = x^(1)``) numbers the rows of a matrix: a label, not a claim.
"""

from __future__ import annotations

import re

from .bar_rows import bar_matrices
from .count_labels import labelled_counts
from .matrix_tables import matrix_table
from .plain_rows import MAX_ROWS, finished, is_row
from .plain_text import AT_POINT, BARE_ENTRIES, named_gradient
from .plain_words import (
    ARROW_END,
    ASCII_IMPLIES,
    ORDINAL,
    derivative_in_words,
    eigenvalue_pair,
    eigenvalues_in_words,
    quantity_run,
    word_operators,
)
from .remarks import entry_remarks, kept_names
from .source import Segment
from .tables import data_points, table_segments
from .word_results import word_results
from .zipped import zipped_claims

COUNT_WORDS = ("parameters", "parameter", "params", "stikar", "stika", "stikum", "stikana", "stikarnir",
               "parametern", "parametrar", "parametra", "gewichte und biases", "weights and biases",
               "parámetros", "parametros", "paramètres", "parâmetros", "parametri", "parametrów", "parametry",
               "parametre", "parametrene", "parametere", "parameterne", "vægte og bias", "vekter og bias")
PROSE_QUANTITIES = {"grad": r"\nabla_\theta f", "gradient": r"\nabla_\theta f", "trace": r"\operatorname{tr} K",
                    "tr": r"\operatorname{tr} K", "spor": r"\operatorname{tr} K", "spur": r"\operatorname{tr} K",
                    "det": r"\det K", "traza": r"\operatorname{tr} K", "traccia": r"\operatorname{tr} K",
                    "determinant": r"\det K", "ákveða": r"\det K", "determinante": r"\det K",
                    "spår": r"\operatorname{tr} K", "spåret": r"\operatorname{tr} K", "determinanten": r"\det K",
                    "traço": r"\operatorname{tr} K", "traco": r"\operatorname{tr} K",
                    "迹": r"\operatorname{tr} K", "跡": r"\operatorname{tr} K", "トレース": r"\operatorname{tr} K",
                    "行列式": r"\det K", "梯度": r"\nabla_\theta f", "勾配": r"\nabla_\theta f",
                    "sporet": r"\operatorname{tr} K", "gradienten": r"\nabla_\theta f",
                    "spoor": r"\operatorname{tr} K", "ślad": r"\operatorname{tr} K", "wyznacznik": r"\det K",
                    "déterminant": r"\det K", "discriminant": r"\Delta"}
CONDITIONS = {"if", "for", "when", "ef", "þegar", "fyrir", "für", "wenn", "falls", "otherwise", "annars", "sonst",
              "hvis", "når", "ellers"}
MATH_WORDS = {"tanh", "sech", "cosh", "sinh", "det", "tr", "exp", "ln", "log", "max", "min", "relu", "eig", "df",
              "sigma", "sqrt", "frac", "cdot", "approx", "theta", "lambda", "partial", "nabla"}
GREEK_NAMES = dict.fromkeys(("theta", "lambda", "sigma"))   # "theta = […]": a quantity, not a function
_RELATION = re.compile(r"=|≈|\\approx")
# "(is) approx", "approximately", "ca.", ≃, ≅ and a plain-text tilde (~, ~=) before a number: ≈ in prose
_APPROX = re.compile(r"(?<![\\\w])(?:(?:is|are|was)\s+)?(?:approx(?:imately)?\.?|ca\.)(?=\s)|\s?[≃≅]\s?|"
                     r"(?<=\s)~=?(?=\s?[-−]?\d)")
_OPERATORS = ("=", "≈", "⟹", "⇒", "+", "-", "−", "·", "×", "*", "/", "(", "\\cdot", "\\times", "\\approx", "±", "∓")
_POWER = re.compile(r"(?<=[\w)\]])\*\*(?=[\w(])")   # 54**2 (Markdown bold is **word**)
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+")
_COUNT = re.compile(r"(?<![\w.])(\d{1,4})\s*\$?\s*(?:\\text\{\s*)?(" + "|".join(COUNT_WORDS) + r")\b", re.I)

_BARS = re.compile(r"^\s*\|[^|]{1,60}\|\s*(?:=|≈|~)")   # |K - lambda I| = …: a determinant, not a table row
_OWN_COUNT = re.compile(r"^\s*(?:[a-zA-OQ-Z]|\\#)\s*=\s*$")   # p, n, d: the learner's own letter for the count


def _uncovered(text: str, covered: list) -> list[tuple[int, str, bool]]:
    """(line, text, has_math) of every line, with math and code spans blanked."""
    chars = list(text)
    math_lines = set()
    line_starts = [0]
    for at, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(at + 1)
    import bisect

    for span in covered:
        a, b = span[0], span[1]
        if len(span) < 3:   # math (inline code leaves the rest of its line to be read as prose)
            math_lines.add(bisect.bisect_right(line_starts, a))
        for k in range(a, min(b, len(chars))):
            if chars[k] != "\n":
                chars[k] = " "
    blank = "".join(chars).split("\n")
    return [(n, line, n in math_lines) for n, line in enumerate(blank, start=1)]


def prose_segments(text: str, covered: list, limit: int = 600) -> list[Segment]:
    """Soft segments for math written in prose, tables and counts in words (see the module doc)."""
    out: list[Segment] = []
    raw_lines = text.split("\n")
    lines = _uncovered(text, covered)
    table: list[tuple[int, str]] = []
    pending = carry = lead = output = None
    rows: list[str] = []
    points = data_points(text)
    entry_names: list[Segment] = []
    bars = bar_matrices(raw_lines) if "|" in text else {}
    bar_end = 0
    for n, line, has_math in lines:
        if len(out) > limit:
            break
        raw = raw_lines[n - 1]
        if n in bars and not has_math:   # K = | 31 −1 | ↵ | −1 23 |: a matrix typed row by row between bars
            out.append(bars[n][0])
            bar_end = bars[n][1]
            continue
        if n <= bar_end:
            continue
        if raw.lstrip().startswith("|") and not _BARS.match(raw):
            table.append((n, raw))
            continue
        if table:
            matrix = matrix_table(raw_lines, table)   # K = / | 13 | 8 | …: a matrix typed as a table
            out.extend([matrix] if matrix else table_segments(table, text))
            pending = None if matrix and pending and pending[0] == matrix.line else pending
            table = []
        for m in _COUNT.finditer(raw.replace("$", " ")):
            math_before = raw[:m.start(1)].rsplit("$", 1)[-1]
            if not line[m.start(1):m.end(1)].strip() and "=" in math_before and not _OWN_COUNT.match(math_before):
                continue  # $P = 7$ parameters: the math says it already ($p = 7$ parameters: the words say it)
            out.append(Segment(n, f"P = {m.group(1)}", False, soft=True))
            if len(line) == len(raw):   # "θ = (…), 7 parameters": the count is no entry of the math before it
                line = line[:m.start(1)] + " " * (m.end(1) - m.start(1)) + line[m.end(1):]
        for count, start, end in labelled_counts(raw) if not _COUNT.search(raw.replace("$", " ")) else []:
            out.append(Segment(n, f"P = {count}", False, soft=True))   # Number of parameters: 7
            if len(line) == len(raw):
                line = line[:start] + " " * (end - start) + line[end:]
        for claims, (start, end) in zipped_claims(line, points) if "=" in line else []:
            out.extend(Segment(n, claim, False, soft=True) for claim in claims)   # h = 1, 3 for x = 0, 1
            line = line[:start] + " " * (end - start) + line[end:]
        for claim, (start, end) in word_results(line):   # K_{11} er 8, eigingildin eru 26.7 og 0.3
            out.append(Segment(n, claim, False, soft=True))
            line = line[:start] + " " * (end - start) + line[end:]
        output = _last_output(raw, output)
        line, named = entry_remarks(line)   # W2 = [1, 0]  (v1, v2): a remark names the entries
        entry_names.extend(Segment(n, claim, False, soft=True) for claim in named)
        line = _plain_words(line, output)
        if carry is not None:   # J = [[0, 1], ↵ [1, 1]]: a statement runs on while its brackets are open
            line, n, joined = carry[1] + " " + line.strip(), carry[0], carry[2] + 1
            carry = None
            if _open(line) > 0 and joined < 12:
                carry = (n, line, joined)
                continue
        elif not has_math and _RELATION.search(line) and _open(line) > 0:
            carry = (n, line, 1)
            continue
        if not _RELATION.search(line):
            if pending is not None and is_row(line) and len(rows) < MAX_ROWS:   # J = ↵ [0 1] ↵ [1 1]
                rows.append(line)
                continue
            out.extend(finished(pending, rows))
            pending, rows = None, []
            lead = lead if not line.strip() else None   # a blank line keeps a chain's lead
            continue
        if lead and line.lstrip().startswith(("=", "≈")) and not line.lstrip().startswith("=>"):   # a continued
            # chain: its lead is the line above's ("=> λ = 3" is a new claim after an arrow)
            line = lead + " " + line.strip()
        runs = _runs(line)
        lead = runs[-1].split("=")[0].strip() if runs and "=" in runs[-1] else None
        if pending is not None and runs and not rows:
            runs[0] = pending[1] + " " + runs[0]
            n = pending[0]
        elif pending is not None:
            out.extend(finished(pending, rows))
        pending, rows = None, []
        if runs and runs[-1].rstrip().endswith(("=", "≈")) and line.rstrip().endswith(("=", "≈")):
            pending = (n, runs.pop())
            if has_math and not raw.rstrip().endswith(("=", "≈")):   # df/dv = $a$: the math it names came after
                pending = None
        for run in runs:
            out.append(Segment(n, run, False, soft=True))
    out.extend(finished(pending, rows))
    if table:
        out.extend(table_segments(table, text))
    return out + kept_names(entry_names, text)


_OUTPUT = re.compile(r"(?:∂|\\partial|∇|\\nabla|(?<![A-Za-z])grad(?:ient)?)(?:_\\?theta|_\{\\?theta\}|θ)?\s*f\s*"
                     r"(?:_\{?([1-9])\}?|([₁₂₃₄₅₆₇₈₉]))")


def _last_output(raw: str, output: str | None) -> str | None:
    """The output of the last derivative or gradient written so far (``∂f₂/∂θ``, ``\\partial f_2``, ``grad f_2``,
    ``∇f₂``), or ``output``."""
    found = _OUTPUT.findall(raw[:2000])
    if not found:
        return output
    a, b = found[-1]
    return a or str("₁₂₃₄₅₆₇₈₉".index(b) + 1)


def _plain_words(line: str, output: str | None) -> str:
    """A prose line with its words for math as math: an activation's derivative in words, a datapoint's label
    before its gradient (``x_1 = 1 => (…)``, ``grad at x1: […]``), approximately, and arithmetic words."""
    line = _at_point((eigenvalue_pair(eigenvalues_in_words(derivative_in_words(line)))), output)
    return word_operators(_APPROX.sub(" ≈ ", named_gradient(line, output)))


_SAYS = re.compile(r"\s*(?:(?:the|its|my)\s+)?(?:row|gradient|grad|vector|result)\s+(?:is|=)\s*(?=[(\[])", re.I)


def _at_point(line: str, output: str | None = None) -> str:
    """``grad at x1: [1, 0]`` / ``At x2 = 3: [3, 0] = …`` as ``∇f(x1) = [1, 0]``; a datapoint with no word before
    it is a label only for numbers (``x₁ = 1: (1, 0)``, ``x₁: (1, 0), x₂: (0, 1)``, each vector its own, also after
    a word saying what it is: ``x₁ = 1: row is (1, 0)``), the gradient of the output whose derivatives came last
    (``∇f_2(x₁)`` after ``∂f₂/∂…``)."""
    f = f"f_{{{output}}}" if output else "f"
    pieces, done = [], 0
    cut, tries = line.find(":"), 0
    while 0 <= cut < len(line) - 1 and tries < 8:   # the first few colons, each with a short window
        start = max(done, cut - 60) if cut > 60 else done
        m = AT_POINT.search(line[start:cut + 1])
        said = _SAYS.match(line[cut + 1:cut + 40])   # "at x_1 = 1 : row is (1, 0, 2)"
        skip = said.end() if said else 0
        rest = line[cut + 1 + skip:]
        if m and rest.lstrip().startswith(("[", "(")):
            if m.group(1) or m.group(2):
                return "".join(pieces) + line[done:start + m.start()] + f" ∇{f}({m.group(3)}) = " + rest
            vector = BARE_ENTRIES.match(rest)
            if vector and re.match(r"\s*(?:$|[,;.]\s)", rest[vector.end():]):
                pieces.append((line[done:start + m.start()] or ("," if done else "")) + f" ∇{f}({m.group(3)}) = "
                              + vector.group(0).strip())
                done = cut + 1 + skip + vector.end()
        cut, tries = line.find(":", cut + 1), tries + 1
    return "".join(pieces) + line[done:]


def _open(text: str) -> int:
    """How many brackets a text leaves open."""
    return sum(text.count(c) for c in "([") - sum(text.count(c) for c in ")]")


# "W1 = [1; 1]     b1 = [0; 1]": definitions side by side, apart by two spaces or more after a value
_SIDE_BY_SIDE = re.compile(r"([\])\d])[ \t]{2,}(?=[A-Za-z][\w{}^\[\]]{0,12}[ \t]*=(?!=))")


# "K₁₂ (fixed) = …", "λ₁ (the bigger one) ≈ 26.7": a remark in parentheses between a name and its relation
_NAME_REMARK = re.compile(r"(?<=\S)\s?\(([^()=≈\n]{2,40})\)(?=\s*(?:=|≈))")


def _without_name_remarks(line: str) -> str:
    """``K₁₂ (fixed) = 12`` as ``K₁₂ = 12``: a remark of prose words only; a group with math stays."""
    def one(m: re.Match) -> str:
        words = [w.strip(".,:;!?").lower() for w in m.group(1).split()]
        return "" if all(_is_word(w) and w not in MATH_WORDS for w in words) else m.group(0)

    return _NAME_REMARK.sub(one, line)


def _runs(line: str) -> list[str]:
    """The runs of math tokens in a prose line that hold a relation."""
    line = _without_name_remarks(line)
    line = _POWER.sub("^", _LIST.sub("", _SIDE_BY_SIDE.sub(r"\1, ", line))).replace("**", " ").replace("__", " ")
    line = ASCII_IMPLIES.sub("⇒", line)
    if line.lstrip().startswith("#"):
        return []
    tokens = line.split()
    runs, current = [], []
    for n, tok in enumerate(tokens):
        bare = tok.strip("()[].,:;!?").lower()
        named = bare in MATH_WORDS and bare not in PROSE_QUANTITIES | GREEK_NAMES.keys() and n + 1 < len(tokens) \
            and tokens[n + 1].startswith(("=", "≈"))   # "sqrt = 10": a function's name is no quantity
        if _is_word(bare) and (bare not in MATH_WORDS or named or _activation_said(tokens, n)) or \
                _conjunction(tokens, n, current) or _preposition(tokens, n, current):
            if current and bare not in CONDITIONS:
                runs.append(current)
            elif current:   # "a = 1, b = z if j = k": the claims before the conditional one stand
                ends = [k for k, t in enumerate(current) if t.endswith(",")]
                if ends:
                    runs.append(current[:ends[-1] + 1])
            current = [PROSE_QUANTITIES[bare]] if bare in PROSE_QUANTITIES and tok[-1:] not in ",;" else []
        elif (tok.endswith(":") or tok.endswith(".") and n + 1 < len(tokens) and tok[-2:-1].isalnum()) \
                and len(tok) > 1:   # "…: …" and a sentence's end ("= 0. x1 = 1") end a run
            current.append(tok[:-1])
            runs.append(current)
            current = []
        elif tok == ":":   # "x_1 = 1 : g_1 = (…)": a colon standing alone ends a run too
            runs.append(current)
            current = []
        else:
            current.append(tok)
    if current:
        runs.append(current)
    out = []
    for run in _aside(runs):
        if run and run[0] in PROSE_QUANTITIES.values():
            run = quantity_run(run, PROSE_QUANTITIES["grad"])
        text = ARROW_END.sub("", " ".join(run).strip(" ,.;:")).strip(" ,.;:")
        if _RELATION.search(text) and not text.startswith(("=", "≈")) and not ORDINAL.match(_balanced(text)):
            out.append(_balanced(text))
    return out


_ACTIVATION_NAMES = {"relu", "tanh", "sigma", "softplus"}


def _activation_said(tokens: list[str], n: int) -> bool:
    """``b = 0, relu hidden layer``, ``tanh units``, ``(tanh activation)``: an activation's name with no argument,
    right before a word of prose, names the activation in words; it is no factor of the math before it."""
    tok = tokens[n].lstrip("([").rstrip(".,:;!?)]")
    if tok.lower() not in _ACTIVATION_NAMES or n + 1 >= len(tokens):
        return False
    after = tokens[n + 1].strip("()[].,:;!?").lower()
    return not tokens[n].endswith((",", ";")) and _is_word(after) and after not in MATH_WORDS


_ONE_LETTER_AND = {"y", "e", "i", "a", "o", "u"}   # and/or in Spanish, Italian, Portuguese, Czech, Polish …


def _conjunction(tokens: list[str], n: int, current: list[str]) -> bool:
    """``W = [1, 3] y b = 1``: a one-letter "and" between a finished relation and the next one (the name
    right after it is followed by ``=``) is prose, not a factor."""
    if tokens[n] not in _ONE_LETTER_AND or not current or not any(_RELATION.search(t) for t in current):
        return False
    if current[-1].endswith(_OPERATORS) or n + 2 >= len(tokens) or not tokens[n + 2].startswith(("=", "≈")):
        return False
    return not tokens[n + 1].startswith(_OPERATORS)


_ONE_LETTER_AT = {"i", "í", "à", "a", "w", "v", "u"}   # at/in: no, da, sv, is; fr; es, it; pl; cs; sk
_INDEXED_POINT = re.compile(r"^\$?(?:x|\\mathbf\{x\})(?:_\{?\d|\^\{?\(\d|[₁-₉⁽])")


def _preposition(tokens: list[str], n: int, current: list[str]) -> bool:
    """``gradient i x₁ = 1: …``, ``à x_2 = 2``: a one-letter "at" before an indexed datapoint (or, for the letters
    that are no variable's name, before ``x =``) that does not follow an operator is prose, not a factor."""
    if tokens[n] not in _ONE_LETTER_AT or n + 1 >= len(tokens) or (current and current[-1].endswith(_OPERATORS)):
        return False
    after = tokens[n + 1]
    return bool(_INDEXED_POINT.match(after)) or (tokens[n] in ("i", "í", "à") and after == "x" and
                                                  n + 2 < len(tokens) and tokens[n + 2].startswith("="))


def _aside(runs: list[list[str]]) -> list[list[str]]:
    """A run cut around every remark in parentheses with its own relation: ``= 0 (b = 0)``,
    ``W = [w1, w2]ᵀ (w1 = 2, w2 = 1), b = …``; a remark left open by the words that follow it, with no relation
    (``= 0 (b⁽²⁾ is a constant)``), is dropped."""
    out = []
    for run in runs:
        current: list[str] = []
        n = 0
        while n < len(run):
            tok = run[n]
            if current and tok.startswith("(") and not current[-1].endswith(_OPERATORS) and \
                    any(_RELATION.search(t) for t in current):
                end = _closing(run, n)   # an aside left open runs to the end of the run
                if end is None and not any(_RELATION.search(t) for t in run[n:]):
                    break   # "= 0 (b⁽²⁾ is just a constant)": a remark in words, cut off by its words
                end = len(run) - 1 if end is None else end
                if any(_RELATION.search(t) for t in run[n:end + 1]):
                    out += [current, run[n:end + 1]]
                    current, n = [], end + 1
                    continue
            current.append(tok)
            n += 1
        if current:
            out.append(current)
    return [_without_label(run) for run in out]


def _closing(run: list[str], start: int) -> int | None:
    """The index of the token that closes the parenthesis opened at ``run[start]``."""
    depth = 0
    for n in range(start, len(run)):
        depth += run[n].count("(") - run[n].count(")")
        if depth <= 0:
            return n
    return None


_NUMBER = re.compile(r"^[-−]?\d+(?:[.,]\d+)?,?$")
_LABEL = re.compile(r"^\([^()=+*/·\s]{1,20}\)[.,;:]?$")


def _without_label(run: list[str]) -> list[str]:
    """``b2 = 2 (b^[1])``: a name in parentheses after a number labels it (it multiplies nothing)."""
    out = []
    for n, tok in enumerate(run):
        if n > 1 and _LABEL.match(tok) and _NUMBER.match(run[n - 1]) and not _NUMBER.match(tok.strip(".,;:")[1:-1]):
            if tok.endswith(","):
                out[-1] += ","
            continue
        out.append(tok)
    return out


def _is_word(token: str) -> bool:
    """A word of prose: two or more Latin letters (English, Icelandic, German), nothing else; a contraction
    (``that's``, ``don't``, ``we're``) is a word too."""
    head, sep, tail = token.partition("'")
    if sep and len(head) >= 2 and 1 <= len(tail) <= 2 and tail.isalpha():
        token = head + tail
    return len(token) >= 2 and all(ch.isalpha() and (ch.isascii() or "\u00c0" <= ch <= "\u024f") for ch in token)


def _balanced(text: str) -> str:
    """Drop an opening or closing bracket that has no partner at the ends of a run."""
    for a, b in ("()", "[]"):
        if text.startswith(a) and text.count(a) > text.count(b):
            text = text[1:]
        if text.endswith(b) and text.count(b) > text.count(a):
            text = text[:-1]
    if text.startswith("(") and text.endswith(")") and _outer(text) and "=" in text:
        text = text[1:-1]   # "(b1 = 0, b2 = 1)": an aside of relations in parentheses
    return text.strip()


def _outer(text: str) -> bool:
    """Whether the first bracket of ``text`` closes at its very end."""
    depth = 0
    for n, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return n == len(text) - 1
    return False

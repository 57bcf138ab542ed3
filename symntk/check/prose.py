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
from .eigen_linked import linked_eigenvalues
from .eigen_sums import line_above, prose_eigen_sums
from .matrix_tables import matrix_table
from .minor_sum_words import prose_minor_sum
from .ordinal_eigen import ordinal_eigenvalues, size_eigenvalues
from .output_gradient_words import output_gradient
from .plain_rows import MAX_ROWS, finished, is_row
from .plain_text import AT_POINT, BARE_ENTRIES, named_gradient
from .plain_words import (
    derivative_in_words,
    eigenvalue_pair,
    eigenvalues_in_words,
    trailing_connective,
    word_operators,
)
from .prose_runs import RELATION, math_runs
from .remarks import entry_remarks, kept_names
from .source import Segment
from .tables import data_points, table_segments
from .word_results import word_results
from .zipped import zipped_claims

COUNT_WORDS = ("parameters", "parameter", "params", "stikar", "stika", "stikum", "stikana", "stikarnir",
               "parametern", "parametrar", "parametra", "gewichte und biases", "weights and biases",
               "parámetros", "parametros", "paramètres", "parâmetros", "parametri", "parametrów", "parametry",
               "parametre", "parametrene", "parametere", "parameterne", "vægte og bias", "vekter og bias",
               "parametria", "parametrit", "painoa ja biasia", "db paraméter", "darab paraméter",
               r"tham số(?!\s(?:còn lại|khác|đầu|cuối|của|trong|ở|thuộc))", "paraméter", "paramétert",
               "paraméterünk", "paraméterből", "paraméterrel", "पैरामीटर्स", "पैरामीटर",
               "параметров", "параметра", "параметры",   # Russian
               "параметрів", "параметри", "параметраў", "параметъра", "параметара",   # uk, be, bg, sr
               "پارامترها", "پارامتر‌ها", "پارامتر", "پیرامیٹرز", "پیرامیٹر",   # Persian, Urdu
               "معاملات", "معاملاً", "بارامترات",   # Arabic
               "parameta", "parametri", "টা প্যারামিটার", "টি প্যারামিটার", "প্যারামিটার",   # Swahili, Romanian, Bengali
               "พารามิเตอร์")   # Thai
# "(is) approx", "approximately", "ca.", ≃, ≅ and a plain-text tilde (~, ~=) before a number: ≈ in prose
_APPROX = re.compile(r"(?<![\\\w])(?:(?:is|are|was)\s+)?(?:approx(?:imately)?\.?|ca\.)(?=\s)|\s?[≃≅]\s?|"
                     r"(?<=\s)~=?(?=\s?[-−]?\d)")
_COUNT = re.compile(r"(?<![\w.])(\d{1,4})\s*\$?\s*(?:\\text\{\s*)?(" + "|".join(COUNT_WORDS) + r")\b", re.I)

_BARS = re.compile(r"^\s*\|[^|]{1,60}\|\s*(?:=|≈|~)")   # |K - lambda I| = …: a determinant, not a table row
_NUMBER_WORDS = {w: n for n, w in enumerate(("two three four five six seven eight nine ten eleven twelve thirteen "
                                               "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split(),
                                              start=2)}
# "seven parameters.", "θ = (…) — seven parameters", "Nine parameters: θ = …": the count in a word that opens a
# clause (at the line's start or after punctuation, also after a word that concludes: ", so nine parameters");
# "its three parameters", "with four parameters" say no count
_WORD_COUNT = re.compile(r"(?:^|(?<=[,:;—–(.$]))\s*(?:(?:so|hence|thus|i\.e\.|that's|that\s+is|giving|"
                         r"which\s+(?:gives|makes))\s+)?(" + "|".join(_NUMBER_WORDS) + r")\s+(?:parameters|params)\b",
                         re.I)
_MARKS = re.compile(r"[$`]|\\[()]")   # inline math ($, \( \)) and (AsciiMath) inline code: `p = 7` params


def _unmarked(raw: str) -> str:
    """A prose line with its inline-math and inline-code marks blanked, lengths kept (``\\( 7 \\)`` → ``   7   ``)."""
    return _MARKS.sub(lambda m: " " * len(m.group(0)), raw)


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
    bars = bar_matrices(raw_lines) if "|" in text or "[" in text else {}
    bar_end = 0
    for n, line, has_math in lines:
        if len(out) > limit:
            break
        raw = raw_lines[n - 1]
        if n in bars and not has_math:   # K = | 31 −1 | ↵ | −1 23 |: a matrix typed row by row
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
        for m in _COUNT.finditer(_unmarked(raw)):
            math_before = _MARKS.split(raw[:m.start(1)])[-1]
            if not line[m.start(1):m.end(1)].strip() and "=" in math_before and not _OWN_COUNT.match(math_before):
                continue  # $P = 7$ parameters: the math says it already ($p = 7$ parameters: the words say it)
            out.append(Segment(n, f"P = {m.group(1)}", False, soft=True))
            if len(line) == len(raw):   # "θ = (…), 7 parameters": the count is no entry of the math before it
                line = line[:m.start(1)] + " " * (m.end(1) - m.start(1)) + line[m.end(1):]
        for m in _WORD_COUNT.finditer(raw) if not _COUNT.search(_unmarked(raw)) else []:
            out.append(Segment(n, f"P = {_NUMBER_WORDS[m.group(1).lower()]}", False, soft=True))
        for count, start, end in labelled_counts(raw) if not _COUNT.search(_unmarked(raw)) else []:
            out.append(Segment(n, f"P = {count}", False, soft=True))   # Number of parameters: 7
            if len(line) == len(raw):
                line = line[:start] + " " * (end - start) + line[end:]
        for claims, (start, end) in zipped_claims(line, points) if "=" in line else []:
            out.extend(Segment(n, claim, False, soft=True) for claim in claims)   # h = 1, 3 for x = 0, 1
            line = line[:start] + " " * (end - start) + line[end:]
        for claim, (start, end) in prose_eigen_sums(line, line_above(raw_lines, n)) if "=" in line or "≈" in line \
                else []:   # Sum = 33 = trace: the eigenvalues checked by their sum
            out.append(Segment(n, claim, False, soft=True))
            line = line[:start] + " " * (end - start) + line[end:]
        minors = prose_minor_sum(line) if "=" in line else None   # sum of principal minors = (36 − 25) + … = 66
        if minors is not None:
            out.append(Segment(n, minors[0], False, soft=True))
            line = line[:minors[1][0]] + " " * (minors[1][1] - minors[1][0]) + line[minors[1][1]:]
        for claim, (start, end) in ordinal_eigenvalues(line) if "{,}" in line or "." in line else []:
            out.append(Segment(n, claim, False, soft=True))   # the first eigenvalue is about 5.97 and the second …
            line = line[:start] + " " * (end - start) + line[end:]
        for claim, (start, end) in size_eigenvalues(raw) if len(line) == len(raw) else []:
            out.append(Segment(n, claim, False, soft=True))   # the larger eigenvalue is about $23{,}70$, …
            line = line[:start] + " " * (end - start) + line[end:]
        for claim, (start, end) in linked_eigenvalues(raw) if len(line) == len(raw) else []:
            out.append(Segment(n, claim, False, soft=True))   # $λ = 11 ± √116$, which is about 21.77 and 0.23
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
        elif not has_math and RELATION.search(line) and _open(line) > 0:
            carry = (n, line, 1)
            continue
        if not RELATION.search(line):
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
        runs = math_runs(line)
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
    line = _at_point((eigenvalue_pair(eigenvalues_in_words(derivative_in_words(trailing_connective(line))))), output)
    line = output_gradient(line)   # "Jacobian of output 1 wrt theta: […]": ∇f_1 = […]
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

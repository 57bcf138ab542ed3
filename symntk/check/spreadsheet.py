"""Results pasted from a spreadsheet (``K12: =SUMPRODUCT(B2:H2,B3:H3) → 12``) rewritten as the math they claim.

In notes that paste spreadsheet formulas (:data:`~symntk.check.sheet_formulas.SIGNAL`), a line holds items
``LABEL FORMULA MARK RESULT``: a label (a quantity's name: ``K12``, ``$K_{12}$``, ``trace``, ``det``,
``discriminant``, ``Δ``, ``λ1``, ``$\\lambda_1$`` — :data:`LABELS`), then ``:``/``=``/``→`` and a formula (``=``
optional before a known function), then its result after ``→``, ``->``, ``=>``, ``⇒``, "gives" (:data:`MARKS`) or
``:``, or alone on the next line. Each item becomes inline math the checker reads: a formula of explicit numbers
is kept as its arithmetic (``$\\Delta = {27}^{2} - 4 \\cdot 8 = 697$``, ``$\\sqrt{697} = 26.4008$``), a formula over
cells only says the result is the labelled quantity (``$K_{12} = 12$``; unlabelled ``MDETERM`` → ``\\det K``); a
label with its result and no formula (``trace → 7.0347``) is that quantity too. A Markdown table right after a
``MMULT(X, TRANSPOSE(X))`` line is the kernel matrix. Line numbers are kept; sizes are bounded.
"""

from __future__ import annotations

import re

from .sheet_formulas import QUANTITY_OF, SIGNAL, parse_formula

MAX_LINES = 5000
MAX_LINE = 1000
MAX_TABLE = 12

MARKS = r"(?:→|->|=>|⇒|⟹|\\to|\\Rightarrow|\bgives\b|\bgibt\b|\bdonne\b|\bda\b|\bgeeft\b)"
_NUMBER = {False: r"[-−]?\d{1,15}(?:\.\d{1,15})?", True: r"[-−]?\d{1,15}(?:[.,]\d{1,15})?"}
_SEPARATOR = {False: r"\s?[,;]\s?|\s", True: r"\s?;\s?|,\s|\s"}


def _result(comma: bool) -> str:
    """A result: one number, or a bracketed row of numbers (``(1, 0, 1)``, ``[1; 0; 1]`` with decimal commas)."""
    number, sep = _NUMBER[comma], _SEPARATOR[comma]
    return rf"{number}|[(\[]\s?{number}(?:(?:{sep}){number}){{1,40}}\s?[)\]]"
# (pattern anchored at the end of the text before the formula, its LaTeX; a group "i"/"j" is an index)
LABELS: tuple[tuple[str, str], ...] = (
    (r"\$\s*(?P<math>[^$=]{1,40}?)\s*\$", "{math}"),
    (r"\b(?:K|Θ|\\Theta)_?\{?(?P<i>[1-9]),?\s?(?P<j>[1-9])\}?", "K_{{{i}{j}}}"),
    (r"\b(?:tr|trace|spur|spor|traza)(?:\s?\(?K\)?)?", r"\operatorname{{tr}} K"),
    (r"\b(?:det|determinant|determinante|Det)(?:\s?\(?K\)?)?", r"\det K"),
    (r"(?:\b(?:discriminant|diskriminante|discriminante|disc)|Δ|\\Delta)", r"\Delta"),
    (r"(?:λ|\\lambda|\blambda|\bl)_?\{?(?P<i>[1-9])\}?", r"\lambda_{i}"),
    (r"(?:(?<=\s)|^)(?P<raw>(?:∂|d)f(?:_?\d)?\s?/\s?(?:∂|d)[^\s=:]{1,30})", "{raw}"),
    (r"(?:(?<=\s)|^)(?P<raw>(?:∇|\\nabla)[^\s=:]{0,30})", "{raw}"),
    (r"\bgrad(?:ient)?\s?(?:f\s?)?(?:at\s?)?\(?x_?\{?(?P<i>[1-9])\}?\)?", r"\nabla_\theta f(x_{{{i}}})"),
)
_LABEL_RE = [(re.compile(rf"(?:{pattern})\s*$", re.I if "tr|" in pattern or "det|" in pattern else 0), latex)
             for pattern, latex in LABELS]
_KNOWN = re.compile(r"\\lambda|λ|K_|\\det|\\operatorname|\\Delta|Δ|\\Theta|∂|\\partial|∇|\\nabla")
_MATH = re.compile(r"\$[^$]{0,400}\$")
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_GRAM = re.compile(r"(?:MMULT|PRODUITMAT|MATR\.PRODOTTO|PRODUCTMAT)\s?\(\s?([^,;()]{1,20})[,;]\s?"
                   r"(?:TRANSPOSE|MTRANS|TRANSPONER|MATR\.TRASPOSTA|TRANSPOR)\s?\(\s?\1\s?\)\s?\)", re.I)
_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")


def writes_formulas(text: str) -> bool:
    """Whether the notes paste at least one spreadsheet formula (``=SQRT(…``, ``=J2+K3``, ``=B2:H2…``)."""
    return SIGNAL.search(text) is not None


def _outside_math(line: str) -> list[tuple[int, int]]:
    """The spans of a line outside ``$…$``."""
    spans, pos = [], 0
    for m in _MATH.finditer(line):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(line)))
    return spans


def _label(prefix: str) -> tuple[str, str] | None:
    """The label at the end of ``prefix`` (separators stripped) as (text before it, its LaTeX), or ``None``."""
    stripped = re.sub(r"[\s:=→]*(?:->|=>)?[\s:=→]*$", "", prefix)
    for pattern, latex in _LABEL_RE:
        m = pattern.search(stripped)
        if m is None:
            continue
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        if "math" in groups and any(c in groups["math"] for c in "<>≈≤≥"):
            return None
        return stripped[:m.start()], latex.format(**groups)
    return None


def _formula_start(piece: str, spans: list[tuple[int, int]], comma: bool):
    """The last ``=`` outside math in ``piece`` whose rest parses as a formula: (position, Formula)."""
    for pos in range(len(piece) - 1, -1, -1):
        if piece[pos] != "=" or not any(a <= pos < b for a, b in spans):
            continue
        if pos + 1 < len(piece) and piece[pos + 1] in "=>":
            continue
        body = piece[pos + 1:].strip()   # the notes' own separators first, then the other locale's
        formula = parse_formula(body, comma) or parse_formula(body, not comma)
        if formula is not None and formula.latex is not None and re.fullmatch(r"[-−]?[\d.,]+", body):
            return None   # x_1 = 1: (…) — one number is no formula
        if formula is not None:
            return pos, formula
        return None
    return None


def _item(piece: str, result: str, comma: bool) -> str | None:
    """One ``[LABEL] FORMULA`` piece and its result as text with inline math, or ``None`` when it is no item."""
    spans = _outside_math(piece)
    found = _formula_start(piece, spans, comma)
    if found is None:
        bare = re.search(r"(?:^|[\s:=])([A-Z][A-Z.]{1,24}\s?\([^()]{0,200}(?:\([^()]{0,100}\)[^()]{0,100}){0,4}\))\s*$",
                         piece)
        formula = (parse_formula(bare.group(1), comma) or parse_formula(bare.group(1), not comma)) if bare else None
        if formula is not None and formula.function is not None:
            found = (bare.start(1), formula)
    value = _value(result, comma)
    if found is None:   # LABEL → RESULT
        label = _label(piece)
        if label is None or not _KNOWN.search(label[1]):
            return None
        before, latex = label
        return f"{before} ${latex} = {value}$" if before.strip() else f"${latex} = {value}$"
    pos, formula = found
    label = _label(piece[:pos])
    before = piece[:pos] if label is None else label[0]
    if label is None and formula.latex is None:
        quantity = QUANTITY_OF.get(formula.function or "")
        if quantity is None:
            return None
        before = re.sub(r"[\s=]*$", "", before)
        label = (before, quantity)
    if label is not None and formula.latex is None and formula.function in QUANTITY_OF and not _KNOWN.search(label[1]):
        label = (label[0], QUANTITY_OF[formula.function])   # $c_0$ = =MDETERM(K): the function says what it is
    sides = [label[1]] if label is not None else []
    if formula.latex is not None:
        sides.append(formula.latex)
    sides.append(value)
    math = "$" + " = ".join(sides) + "$"
    return f"{before.rstrip()} {math}" if before.strip() else math


def _value(result: str, comma: bool) -> str:
    """A result as math: ``−3`` → ``-3``, ``4,9050`` → ``4.9050`` (decimal commas), ``(1; 0,5)`` → ``(1, 0.5)``."""
    result = result.replace("−", "-")
    if comma:
        result = re.sub(r"\s?;\s?", ", ", re.sub(r"(\d),(\d)", r"\1.\2", result))
    return result


def _rewrite_line(line: str, comma: bool, following: str | None) -> tuple[str, bool]:
    """A line with its items rewritten, and whether ``following`` (the next line, a bare number) was used."""
    number = _result(comma)
    mark = re.compile(rf"\s*(?:{MARKS}|:(?=\s))\s*({number})(?=$|[\s,;)]|\.(?!\d))")
    out, pos, changed = [], 0, False
    for m in mark.finditer(line):
        if not any(a <= m.start() < b for a, b in _outside_math(line)) or m.start() < pos:
            continue
        piece = line[pos:m.start()]
        cut = max(piece.rfind(", "), piece.rfind("; "), piece.rfind(" ; "))
        head, piece = (piece[:cut + 2], piece[cut + 2:]) if cut >= 0 and _outside(piece, cut) else ("", piece)
        item = _item(piece, m.group(1), comma)
        if item is None:
            continue
        out.append(head + item)
        pos = m.end()
        changed = True
    if changed:
        return "".join(out) + line[pos:], False
    if following is not None and re.fullmatch(rf"\s*({number})\s*", following):
        item = _item(line.rstrip(), following.strip(), comma)
        if item is not None and "=" in line:
            return item, True
    return line, False


def _outside(piece: str, cut: int) -> bool:
    return any(a <= cut < b for a, b in _outside_math(piece))


def _gram_table(lines: list[str], start: int) -> None:
    """A Markdown table of numbers after ``MMULT(X, TRANSPOSE(X))``: its first data row becomes ``K = (…)``."""
    i = start + 1
    while i < len(lines) and i <= start + 2 and not lines[i].strip():
        i += 1
    rows, first = [], None
    while i < len(lines) and len(rows) < MAX_TABLE + 2:
        m = _TABLE_ROW.match(lines[i])
        if m is None:
            break
        cells = [c.strip() for c in m.group(1).split("|")]
        numbers = [c for c in cells if c]
        if numbers and all(re.fullmatch(r"[-−]?\d{1,15}(?:\.\d{1,15})?", c) for c in numbers):
            first = i if first is None else first
            rows.append((i, [c.replace("−", "-") for c in numbers]))
        elif first is not None or any(c and not re.fullmatch(r":?-{1,}:?", c) for c in cells):
            return
        i += 1
    if len(rows) < 2 or any(len(r) != len(rows) for _, r in rows):
        return
    body = r" \\ ".join(" & ".join(r) for _, r in rows)
    for j in range(start + 1, i):
        lines[j] = ""
    lines[rows[0][0]] = r"$$K = \begin{pmatrix} " + body + r" \end{pmatrix}$$"


_COLUMN_LETTER = re.compile(r"(?<=\|)(\s*)(?:[A-Z]{1,2}\s?:\s(?=\S)|(?=[^|]*?\S\s\([A-Z]{1,2}\)\s*\|))([^|]*?)"
                            r"(?:\s\([A-Z]{1,2}\))?(\s*)(?=\|)")


def column_names(header: str) -> str:
    """A table header with the sheet's column letters dropped (``| B: w1_1 | C: w1_2 |`` → ``| w1_1 | w1_2 |``,
    ``| w1_1 (B) |`` too) when at least two cells carry one; else the header as it is."""
    cells = header.strip().strip("|").split("|")
    lettered = sum(1 for c in cells if re.fullmatch(r"\s*(?:[A-Z]{1,2}\s?:\s\S.*|.*\S\s\([A-Z]{1,2}\))\s*", c))
    return _COLUMN_LETTER.sub(r"\1\2\3", header) if lettered >= 2 else header


def spreadsheet_lines(text: str, comma_decimal: bool = False) -> str:
    """The notes with every pasted spreadsheet item rewritten as inline math (see the module doc); unchanged when
    the notes paste no spreadsheet formula."""
    if not writes_formulas(text):
        return text
    comma = comma_decimal or re.search(r"=\s?[A-Z][A-Z.]{1,24}\s?\([^()\n]{0,80};", text) is not None
    lines = text.split("\n")
    if len(lines) > MAX_LINES:
        return text
    fenced = False
    for k, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or len(line) > MAX_LINE:
            continue
        if "|" in line and _TABLE_ROW.match(line):
            if k + 1 < len(lines) and re.fullmatch(r"\s*\|(?:\s*:?-{1,}:?\s*\|){1,40}\s*", lines[k + 1]):
                lines[k] = column_names(line)
            continue
        if _GRAM.search(line) and not re.search(MARKS + r"\s*[-−]?\d", line):
            _gram_table(lines, k)
            continue
        following = lines[k + 1] if k + 1 < len(lines) else None
        lines[k], used = _rewrite_line(line, comma, following)
        if used:
            lines[k + 1] = ""
    return "\n".join(lines)

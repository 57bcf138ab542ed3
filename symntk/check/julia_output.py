"""What Julia printed (REPL or Pluto output pasted as comments below a statement, or in an output fence below a
``julia`` fence) read as claims of the statement that printed it.

Julia's display forms (``show`` for the REPL's ``text/plain``):

* ``2-element Vector{Float64}:`` with one entry a line below it (``Array{Float64,1}`` in old versions);
* ``2×2 Matrix{Int64}:`` (``3x3 Array{Float64,2}:`` in old versions, ``adjoint(::Vector{Int64})``, ``Symmetric{…}``)
  with a row a line; ``eigen(K)`` prints ``Eigen{…}`` with a ``values:`` block (read) and a ``vectors:`` block;
* a compact value on one line: ``[1, 0, 1]``, a tuple ``([1, 0], [2, 0])`` of several results, a number;
  learners also glue a compact vector to its header (``7-element Vector{Int64}:  [1, 0, 1]``) or put a remark
  in brackets beside a value (``[0.0, 2.0]    (tanh(0) = 0)``), which stays as prose.

The statement gives the subject: ``eigvals(K)`` (``eigen(K).values``) the eigenvalues, ``det``, ``tr``, a call of a
gradient (``∇f(1)``, or ``g(1)`` of a function the notes define as a list, ``g(x) = […]``) the gradient at that
input, a tuple of such calls one gradient each, ``length(θ)`` the count; an assignment or a bare name says it by
its name (K, J, g₁ → ∇f(x_1), λ: :func:`symntk.check.printed_values.kind_by_name`); ``J*J'`` is the kernel.
Claims stand where a teacher marks them: a matrix on its header line, a column of eigenvalues one a row, any
other value on its first line. Every pattern is linear and anchored; sizes are bounded.
"""

from __future__ import annotations

import re

from .printed_values import NUMBER, claims, kind_by_name, number

MAX_ROWS = 60
_HEADER = re.compile(r"^(\d{1,4})(?:-element|[×x](\d{1,4}))\s+[\w.]{1,40}(?:\{[^{}]{0,80}\}|\([^()]{0,80}\))?"
                     r"[^:]{0,80}:\s*(.{0,2000})$")
_ROW = re.compile(rf"^\s*{NUMBER}(?:\s+{NUMBER}){{0,60}}\s*$")
_SUBSCRIPT = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_ASSIGN = re.compile(r"^\s*([^\W\d][\w′]{0,20})\s*=(?!=)\s*(.{1,2000})$")
_CALL = re.compile(r"^(∇\s?\w{1,6}|[A-Za-z]\w{0,8})\s*\(\s*([-\d.]{1,12}(?:\s*,\s*[-\d.]{1,12}){0,8})\s*\)$")
_FUNCTION_DEF = re.compile(r"^\s*([A-Za-z∇]\w{0,8})\s*\(\s*x\s*\)\s*=\s*\[")
_WRAP = re.compile(r"^(eigvals|eigen|det|tr|length|Symmetric|round|collect|Matrix|vec)\s*\((.{1,400})\)(\.values)?$")
_COMMENT = re.compile(r"^\s{0,40}#(?![=#])\s?(.{0,2000})$")
_PARTIAL_NAME = re.compile(r"∂([^\W\d]\w{0,3})∂(?=\w)")
_TUPLE_ASSIGN = re.compile(r"^(\s{0,8})((?:[^\W\d][\w′]{0,12}\s*,\s*){1,12}[^\W\d][\w′]{0,12})\s*=(?!=)\s*"
                           r"([^=#\n]{1,400}?)(\s*(?:#.{0,400})?)$")
_NOISE = re.compile(r"^[-+]?\d(?:\.\d{1,20})?[eE]-(?:1\d|[2-9]\d)$")
_ASIDE = re.compile(r"\s{2,}(\([^()]{0,200}(?:\([^()]{0,40}\)[^()]{0,200}){0,4}\))\s*$")
_KERNEL = re.compile(r"^(\w{1,4})\s*\*\s*(?:\1'|transpose\(\s*\1\s*\))$")


def julia_spelling(line: str) -> str:
    """A line of Julia code or comment in the notes' spelling: a derivative named as Julia allows, ``∂f∂W¹₁₁`` (no
    ``/`` in an identifier), is ``∂f/∂W¹₁₁``; a tuple assignment ``a, b = 1.0, 0.0`` is ``a = 1.0, b = 0.0``."""
    line = _PARTIAL_NAME.sub(r"∂\1/∂", line)
    m = _TUPLE_ASSIGN.match(line)
    if m:
        names, values = comma_items(m.group(2)), comma_items(m.group(3))
        if len(names) == len(values) > 1:
            return m.group(1) + ", ".join(f"{n} = {v}" for n, v in zip(names, values)) + m.group(4)
    return line


def plain_name(name: str) -> str:
    """A Julia identifier with Unicode subscript digits as plain digits (``g₁`` → ``g1``)."""
    return name.translate(_SUBSCRIPT)


def comma_items(text: str) -> list[str]:
    """``text`` cut at its top-level commas (outside (), [] and {})."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += 1 if ch in "([{" else -1 if ch in ")]}" else 0
        if ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return parts


def _subject(code: str, gradients: set[str]) -> str | None:
    """What a statement computes: ``eigen``, ``det``, ``trace``, ``count``, ``kernel``, ``grad@<input>``, a name's
    kind, or None."""
    code = code.strip().rstrip(";").strip()
    assign = _ASSIGN.match(code)
    if assign:
        kind = kind_by_name(plain_name(assign.group(1)).replace("λ", "lambda"))
        if kind is not None:
            return "gradient@" + plain_name(assign.group(1)) if kind == "gradient" else kind
        code = assign.group(2).strip()
    while (wrap := _WRAP.match(code)) is not None:
        call = wrap.group(1)
        if call in ("eigvals", "eigen"):
            return "eigen" if call == "eigvals" or wrap.group(3) else None
        if call in ("det", "tr", "length"):
            return {"det": "det", "tr": "trace", "length": "count"}[call]
        code = wrap.group(2).strip()
    call = _CALL.match(code)
    if call and (call.group(1).startswith("∇") or call.group(1) in gradients):
        return f"at:{call.group(2)}"
    if _KERNEL.match(code):
        return "kernel"
    return kind_by_name(plain_name(code).replace("λ", "lambda")) if re.fullmatch(r"[^\W\d]\w{0,20}", code) else None


def _values(text: str) -> list[list[str]] | None:
    """Rows of a compact printed value: ``[1, 0, 1]`` → one row, ``27`` → one number, else None."""
    text = text.strip()
    if text.startswith("[") and text.endswith("]") and "[" not in text[1:]:
        cells = [c for c in re.split(r"[,;\s]+", text[1:-1]) if c]
        return [cells] if cells and all(re.fullmatch(NUMBER, c) for c in cells) else None
    return [[text]] if re.fullmatch(NUMBER, text) else None


def _claims(subject: str, rows: list[list[str]], lines: list[int], column: bool) -> list[tuple[int, str]]:
    """(line, claim) of printed ``rows`` as ``subject``; ``column``: one entry a line (a Vector)."""
    rows = [["0" if _NOISE.match(c) else number(c, None) for c in row] for row in rows]   # 1e-16: rounding noise
    if subject.startswith(("at:", "gradient@")):
        values = [r[0] for r in rows] if column else rows[0]
        if len(values) < 2 or (len(rows) > 1 and not column):
            return []
        rel = r"\approx" if any("." in v for v in values) else "="
        if subject.startswith("at:"):
            return [(lines[0], rf"\nabla f({subject[3:]}) {rel} ({', '.join(values)})")]
        point = re.search(r"(\d)$", subject)
        return [(lines[0], rf"\nabla_\theta f(x_{{{point.group(1)}}}) {rel} ({', '.join(values)})")] if point else []
    if subject == "count":
        return [(lines[0], f"P = {rows[0][0]}")] if len(rows) == 1 and rows[0][0].isdigit() else []
    if subject == "kernel" and len(rows) == 1 and not column:
        return []
    made = claims(subject, rows if not column else [[r[0]] for r in rows], lines, "")
    return made


def printed_claims(code: str, shown: list[tuple[int, str]], gradients: set[str]) -> dict[int, str]:
    """Claims (as inline math, by line index) that the output ``shown`` (its lines as (index, text without the
    comment mark)) makes of the statement ``code``; every output line is a key (``""`` when it claims nothing).
    Empty when ``shown`` is no Julia output."""
    if not shown:
        return {}
    subject = _subject(code, gradients)
    if shown[0][1].strip().startswith("Eigen{"):   # eigen(K): its values: block (the vectors: block is no claim)
        at = next((n for n, (_, t) in enumerate(shown) if t.strip() == "values:"), None)
        if at is None or at + 1 >= len(shown):
            return {}
        made = printed_claims("eigvals(K)", shown[at + 1:], gradients)
        return {k: made.get(k, "") for k, _ in shown}
    head = _HEADER.match(shown[0][1].strip())
    out: dict[int, str] = {}
    made: list[tuple[int, str]] = []
    aside = None
    if head:
        rest = head.group(3).strip()
        body = []
        for k, t in shown[1:MAX_ROWS + 1]:   # the rows right below the header
            if not _ROW.match(t):
                break
            body.append((k, t))
        if rest:
            rows = _values(rest)
            made = _claims(subject, rows, [shown[0][0]], False) if rows and subject else []
            shown = shown[:1]
        else:
            shown = shown[:1] + body
            rows = [t.split() for _, t in body]
            column = head.group(2) is None
            if rows and subject:
                lines = [k for k, _ in body] if column else [shown[0][0]] * len(rows)
                made = _claims(subject, rows, lines, column)
                if subject == "eigen" or not column:   # one eigenvalue a row; a matrix on its header line
                    made = made if subject == "eigen" else [(shown[0][0], c) for _, c in made[:1]]
                else:
                    made = [(shown[0][0], c) for _, c in made[:1]]
    else:
        text = shown[0][1].strip()
        aside = _ASIDE.search(text)   # [0.0, 2.0]     (tanh(0) = 0): the learner's remark beside the value
        if aside:
            text = text[:aside.start()]
        shown = shown[:1]
        if text.startswith("(") and text.endswith(")") and subject is None:   # g(1), g(2) → ([…], […])
            parts, values = comma_items(code.strip()), comma_items(text[1:-1])
            if len(parts) == len(values) > 1:
                for part, value in zip(parts, values):
                    rows = _values(value)
                    sub = _subject(part, gradients)
                    if rows and sub:
                        made += _claims(sub, rows, [shown[0][0]], False)
        elif (rows := _values(text)) and subject:
            made = _claims(subject, rows, [shown[0][0]], False)
        elif _values(text) is None and not text.startswith("("):
            return {}
    for k, _ in shown:
        out[k] = ""
    for k, claim in made:
        out[k] = (out[k] + ", " if out[k] else "") + f"${claim}$"
    if not head and aside and made:
        out[shown[0][0]] += "   " + aside.group(1)
    return out


def gradient_functions(lines: list[str]) -> set[str]:
    """Names the code defines as a function of x returning a list (``g(x) = [W²[1]*x, …]``): gradients."""
    return {m.group(1) for line in lines[:3000] if (m := _FUNCTION_DEF.match(line[:2000]))}


def printed_in_comments(lines: list[str], max_lines: int = 3000) -> dict[int, str]:
    """Julia output pasted as comments below a statement (``K = J*J'`` then ``# 2×2 Matrix{Int64}:``, ``#   8  12``
    …) as claims by line index (see :func:`printed_claims`); lines of no such output are no keys."""
    gradients = gradient_functions(lines)
    out: dict[int, str] = {}
    i = 0
    while i < len(lines) and i < max_lines:
        code = lines[i][:2000]
        if not code.strip() or code.lstrip().startswith("#"):
            i += 1
            continue
        j = i + 1
        shown = []
        while j < len(lines) and j < max_lines and (m := _COMMENT.match(lines[j][:2000])) and len(shown) <= MAX_ROWS:
            shown.append((j, m.group(1)))
            j += 1
        made = printed_claims(code.split("#", 1)[0], shown, gradients)
        if any(made.values()) or (shown and _HEADER.match(shown[0][1].strip())):
            out.update(made)
        i = j if made else i + 1
    return out

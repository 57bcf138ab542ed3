"""A pasted MATLAB/Octave session (``>> K = J*J'``, then ``K =`` and the printed matrix) read as claims.

A session is a code fence (tagged or not) with ``>>`` prompts, or with a printed block ``NAME =`` over rows of
numbers. A statement typed at a prompt is code: it is a claim only when it gives one of the checker's quantities
a literal value (``>> J = [1 0 1; 2 0 1]``, the learner's own record). A printed block ``NAME =`` (a blank line,
then rows of numbers up to the next blank line or prompt; ``ans = 27`` on one line) claims the quantity its name
says (K, K1 → the kernel; J → the Jacobian; g1, grad → a gradient; lambda, ev → the eigenvalues), and ``ans``
the quantity its statement computes (``eig(K)`` → the eigenvalues, ``J*J'`` → K, ``trace``, ``det``); the
``D`` of ``[V, D] = eig(K)`` holds the eigenvalues on its diagonal. The echo of a literal just typed is no new
claim. Printed decimals (``format short``: 0.2996) are ≈ claims at their printed precision; a common factor
(``1.0e+03 *``) scales the rows. A matrix claim stands on its ``NAME =`` line, an eigenvalue on its own row.
Every pattern is linear and anchored; sizes are bounded.
"""

from __future__ import annotations

import re

from .printed_values import NUMBER, approx, claims, kind_by_name, line_offsets, matrix, number, with_output

MAX_LINES = 400
MAX_ROWS = 40
_PROMPT = re.compile(r"^\s*>>(?!>)\s?")
_OUTPUT = re.compile(r"^\s*([A-Za-z]\w{0,20})\s*=\s*(.*)$")
_ROW = re.compile(rf"^\s*{NUMBER}(?:\s+{NUMBER}){{0,60}}\s*$")
_SCALE = re.compile(r"^\s*(\d(?:\.\d{1,6})?[eE][-+]?\d{1,3})\s*\*\s*$")
_SKIP = re.compile(r"^\s*(?:Diagonal Matrix|Columns? \d{1,4}.{0,30})\s*$", re.I)
_LITERAL = re.compile(rf"^\[\s*{NUMBER}(?:(?:\s*[,;]\s*|\s+){NUMBER}){{0,400}}\s*;?\s*\]('?)$")
_ASSIGN = re.compile(r"^\s*([A-Za-z]\w{0,20})\s*=(?!=)\s*(.{1,4000}?)\s*;?\s*$")
MULTI = re.compile(r"^\s*\[\s*([A-Za-z]\w{0,20})\s*,?\s*([A-Za-z]\w{0,20})\s*\]\s*=\s*eigs?\s*\(")
_GRAM = re.compile(r"([A-Za-z]\w{0,20})\s*\*\s*(?:\1\s*\.?'|transpose\s*\(\s*\1\s*\)|\1\.T\b)")
_CODE_KINDS = (("eigen", re.compile(r"^\s*eigs?\s*\(")), ("trace", re.compile(r"^\s*trace\s*\(")),
               ("det", re.compile(r"^\s*det\s*\(")))


def is_session(body: str) -> bool:
    """A fence body that is a MATLAB/Octave session: a ``>>`` prompt, or a ``NAME =`` line over a row of numbers."""
    lines = body.split("\n")[:MAX_LINES]
    if any(_PROMPT.match(line) for line in lines):
        return True
    for i, line in enumerate(lines):
        out = _OUTPUT.match(line)
        if out and not out.group(2).strip():
            rest = [x for x in lines[i + 1:i + 4] if x.strip()]
            if rest and _ROW.match(rest[0]):
                return True
    return False


def _printed_name(line: str, lines: list[str], i: int) -> bool:
    """``NAME =`` alone on ``line`` (index ``i``) with a row of numbers on the next line that is not blank."""
    out = _OUTPUT.match(line)
    if not out or out.group(2).strip():
        return False
    rest = [x for x in lines[i + 1:i + 4] if x.strip()]
    return bool(rest) and bool(_ROW.match(rest[0]) or _SCALE.match(rest[0]))


def unfenced_runs(text: str, covered: list) -> list[tuple[int, int]]:
    """(start, end) of every session pasted without a fence: from a ``>>`` prompt or a printed ``NAME =`` block
    on, through prompts, printed names, rows of numbers and blank lines, up to the last of them before anything
    else; lines inside ``covered`` spans (math, code) are never part of one."""
    spans = sorted((span[0], span[1]) for span in covered)
    lines = text.split("\n")
    starts = line_offsets(lines)
    inside = [False] * len(lines)
    k = 0
    for n, start in enumerate(starts):
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        inside[n] = k < len(spans) and spans[k][0] <= start
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if inside[i] or not (_PROMPT.match(lines[i]) or _printed_name(lines[i], lines, i)):
            i += 1
            continue
        first, last = i, i
        while i < len(lines) and not inside[i]:
            line = lines[i]
            out = _OUTPUT.match(line)
            if _PROMPT.match(line) or _ROW.match(line) or _SCALE.match(line) or _SKIP.match(line) or \
                    (out and (not out.group(2).strip() or _ROW.match(out.group(2)))):
                last = i
            elif line.strip():
                break
            i += 1
        runs.append((starts[first], starts[last] + len(lines[last])))
        i = last + 1
    return runs


def literal(text: str) -> tuple[tuple[str, ...], ...] | None:
    """A MATLAB matrix literal as rows of number texts: ``[1 0; 2 1]``, ``[1, 0; 2, 1]``, ``[1; 2]`` (a column),
    ``[1 2]'`` (transposed: a column); None for anything else."""
    text = text.strip()
    if len(text) > 4000 or not _LITERAL.match(text):
        return None
    transposed = text.endswith("'")
    inner = text.rstrip("'").strip()[1:-1].strip().rstrip(";")
    rows = [tuple(t for t in re.split(r"[\s,]+", row.strip()) if t) for row in inner.split(";")]
    if not rows or any(not r for r in rows) or len({len(r) for r in rows}) != 1:
        return None
    if transposed:
        rows = [tuple(r[i] for r in rows) for i in range(len(rows[0]))]
    return tuple(tuple(number(t, None) for t in r) for r in rows)


def _of_the_kernel(argument: str) -> str | None:
    """``eig(K)``, ``trace(J*J')``: the argument is the kernel (``""``), or one output's (``K1``: ``"1"``)."""
    inner = argument.split(")")[0].strip()
    named = re.match(r"^(?:K|Theta|NTK|ntk|kernel)_?([1-9]?)$", inner)
    if named:
        return named.group(1)
    gram = _GRAM.fullmatch(inner)
    return re.sub(r"^\D*", "", gram.group(1))[:1] if gram else None


def kind_of(name: str, code: str) -> str | None:
    """The quantity a printed ``name`` is (``kind`` or ``kind:output`` for one output's kernel, Jacobian or
    eigenvalues): what the statement that printed it computes (``eig(K)``, ``J*J'``), else what its name says."""
    assigned = _ASSIGN.match(code)
    computed = (assigned.group(2) if assigned and assigned.group(1) == name else code if name == "ans" else "").strip()
    for kind, pattern in _CODE_KINDS:
        if pattern.match(computed):
            output = _of_the_kernel(computed[computed.index("(") + 1:])
            return None if output is None or (output and kind != "eigen") else with_output(kind, output)
    by_name = None if name == "ans" else kind_by_name(name)
    if _GRAM.match(computed):
        output = _of_the_kernel(computed)
        kernel = with_output("kernel", output) if output is not None else None
        return kernel if kernel is not None and by_name in (None, kernel) else None
    return None if "*" in computed or "(" in computed else by_name


def _block(lines: list[str], start: int) -> tuple[list[tuple[str, ...]], list[int], int]:
    """The rows printed from line ``start`` on (blank lines, ``Diagonal Matrix`` and a scale line skipped), the
    index of each row's line, and the index where the block ends."""
    rows, where, scale, i = [], [], None, start
    while i < len(lines) and len(rows) <= MAX_ROWS:
        line = lines[i]
        if _PROMPT.match(line) or _OUTPUT.match(line):
            break
        if _SKIP.match(line) and "column" in line.lower():
            return [], [], i + 1   # a matrix printed in column chunks: not read
        if _ROW.match(line):
            rows.append(tuple(number(t, scale) for t in line.split()))
            where.append(i)
        elif _SCALE.match(line):
            scale = _SCALE.match(line).group(1)
        elif line.strip() and not _SKIP.match(line):
            break
        elif not line.strip() and rows:
            break
        i += 1
    if rows and len({len(r) for r in rows}) != 1:
        return [], [], i
    return rows, where, i


_PIECE = re.compile(rf"\s*(?:([Wb])([1-9])(?!\w)|x_?([1-9])(?!\w)|(\[[^\[\]]{{1,400}}\]'?)|({NUMBER})|([*+-]))\s*")


def parameter_expression(code: str) -> str | None:
    """Arithmetic on the network's parameters, datapoints and literals (``W1*[1;0] + b1``, ``W2*x1``) in the
    grammar's spelling (``W^{[1]} \\cdot [[1], [0]] + b^{[1]}``); None for anything else (a call, another name)."""
    out, at = [], 0
    while at < len(code):
        m = _PIECE.match(code, at)
        if m is None or m.end() == at:
            return None
        at = m.end()
        if m.group(1):
            out.append(f"{m.group(1)}^{{[{m.group(2)}]}}")
        elif m.group(3):
            out.append(f"x_{{{m.group(3)}}}")
        elif m.group(4):
            rows = literal(m.group(4))
            if rows is None:
                return None
            out.append(matrix(rows))
        elif m.group(5):
            out.append(m.group(5))
        else:
            out.append("\\cdot" if m.group(6) == "*" else m.group(6))
    names = sum(1 for piece in out if piece.startswith(("W^", "b^")))
    return " ".join(out) if names and len(out) > 1 else None


def _statement(line: str) -> str:
    """A typed statement without its comment (``%`` or ``#``)."""
    return re.split(r"[%#]", _PROMPT.sub("", line), maxsplit=1)[0].strip()


def session_claims(body: str) -> list[tuple[int, str, bool]]:
    """(offset in ``body``, claim, certain) of a MATLAB/Octave session: literal assignments at a prompt and the
    printed blocks, each read as the quantity its name or statement says."""
    lines = body.split("\n")[:MAX_LINES]
    offsets = line_offsets(lines)
    found: list[tuple[int, str, bool]] = []
    code, echo, multi = "", None, {}
    i = 0
    while i < len(lines):
        line = lines[i]
        if _PROMPT.match(line):
            code = _statement(line)
            echo, multi = None, {}
            both = MULTI.match(code)
            if both:
                multi = {both.group(2): "eigen", both.group(1): None}
            assigned = _ASSIGN.match(code)
            if assigned and not both:
                rows = literal(assigned.group(2))
                kind = kind_by_name(assigned.group(1))
                if rows is not None:
                    echo = assigned.group(1) if not code.endswith(";") else None
                    if kind is not None:
                        found.extend((offsets[i], c, True) for _, c in claims(kind, rows, [i], assigned.group(1)))
            i += 1
            continue
        out = _OUTPUT.match(line)
        if out:
            name, inline = out.group(1), out.group(2).strip()
            if inline:
                rows, where, end = ([tuple(number(t, None) for t in inline.split())], [i], i + 1) \
                    if _ROW.match(inline) else ([], [], i + 1)
            else:
                rows, where, end = _block(lines, i + 1)
            kind = multi[name] if name in multi else kind_of(name, code)
            product = parameter_expression(code) if name == "ans" and kind is None and rows else None
            if product is not None:
                rel = "\\approx" if approx(rows) else "="
                value = rows[0][0] if len(rows) == len(rows[0]) == 1 else matrix(rows)
                found.append((offsets[i], f"{product} {rel} {value}", True))
            elif rows and kind is not None and name != echo:
                anchor = [i] + where[1:] if not kind.startswith("eigen") or len(where) != len(rows) else where
                made = claims(kind, tuple(rows), anchor, name if name != "ans" else code)
                found.extend((offsets[k], c, True) for k, c in made)
            echo = None if name == echo else echo
            i = max(end, i + 1)
            continue
        i += 1
    return found

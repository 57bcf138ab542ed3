"""A pasted R session (``> K <- J %*% t(J)``, then ``[,1] [,2]`` / ``[1,]`` rows, or ``[1] 26.70 0.30``) read as claims.

The R counterpart of :mod:`symntk.check.octave`. A session is a code fence whose lines are R statements (typed
at ``>`` prompts with ``+`` continuations, or bare as in an R Markdown chunk, a statement running on while its
brackets are open) and what R printed: a matrix under a ``[,1] [,2]`` header with ``[1,]`` row labels, a vector
``[1] 8 12`` (``[6] …`` continuing it), a list item ``$values`` / ``$vectors``; knitr's ``##`` and reprex's
``#>`` before printed lines are dropped. A statement is code: it is a claim only when it gives one of the
checker's quantities a literal value (``J <- rbind(c(1,0,1), c(2,0,1))``, ``cbind``, ``matrix(c(…), nrow = 2,
byrow = TRUE)``: the learner's own record). What R prints claims what the statement that printed it computes:
``J %*% t(J)``, ``tcrossprod(J)``, ``crossprod(t(J))`` → K; ``eigen(K)$values`` (or the ``$values`` of
``eigen(K)``) → the eigenvalues; ``det(K)``; ``sum(diag(K))`` → the trace; a bare name → what it was assigned
(``M <- J %*% t(J)``), else what its name says (K, J, g1, lambda); ``print``, ``round``, ``signif``,
``zapsmall`` and ``unname`` around it change nothing; statements on one line (``sum(diag(K)); det(K)``) print
in turn. Printed decimals are ≈ claims at their printed precision; an eigenvalue
printed as rounding noise (``1.256912e-15`` beside ``42.1``) is no claim. A matrix claim stands on its header
line, printed values on their ``[1]`` line, a literal on the line its statement starts. Every pattern is linear
and anchored; sizes are bounded.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .code_gradients import r_claim
from .printed_values import NUMBER, claims, kind_by_name, line_offsets
from .r_built import built_kind, column_gram, plus_minus_roots, row_gram, theta_claim, theta_function
from .r_literals import MAX_STATEMENT, call_args, literal, open_function, top_split
from .r_printout import output_lines, printout
from .r_printout import printed as _printed

MAX_LINES = 400
_PROMPT = re.compile(r"^\s{0,8}>(?!>)\s?")
_MORE = re.compile(r"^\s{0,8}\+\s?")
_ASSIGN = re.compile(r"^([A-Za-z][\w.]{0,20})\s*(?:<<?-|=(?!=))\s*(.+)$", re.S)
_ASSIGN_RIGHT = re.compile(r"^(.+?)\s*->\s*([A-Za-z][\w.]{0,20})$", re.S)
_R_MARK = re.compile(r"<-|%\*%|\b(?:rbind|cbind|tcrossprod|crossprod)\s*\(|\bmatrix\s*\(\s*c\s*\(|"
                     r"\beigen\s*\(|^\s*\[(?:\d{1,4},?|,\d{1,4})\]\s")
_WRAP = re.compile(r"^(?:print|round|signif|zapsmall|as\.vector|drop|unname)\s*\((.*)\)$", re.S)
_TRAILING_ARG = re.compile(rf"^(.*?)\s*,\s*(?:digits\s*=\s*)?{NUMBER}$", re.S)
_NAME = re.compile(r"^[A-Za-z][\w.]{0,20}$")
_NOISE = Decimal("1e-9")
_SILENT = re.compile(r"^(?:[A-Za-z][\w.]{0,20}\s*(?:<<?-|=(?!=))|.*->\s*[A-Za-z][\w.]{0,20}$|(?:library|require|"
                     r"set\.seed|source|options|invisible|suppress\w*)\s*\()", re.S)   # statements that print nothing


def is_r_session(body: str) -> bool:
    """A fence body that is an R session: R's own marks (``<-``, ``%*%``, ``rbind(``, ``eigen(``, printed
    ``[1]``/``[1,]``/``[,1]``) on some line, and a printed line, a literal matrix or a function assigned."""
    lines = body.split("\n")[:MAX_LINES]
    if not any(_R_MARK.search(_printed(line)) for line in lines):
        return False
    return bool(output_lines(lines)) or any(
        re.search(r"<-\s*(?:rbind|cbind|matrix|function)\s*\(", line) for line in lines)


def _depth(text: str) -> int:
    return text.count("(") - text.count(")") + text.count("[") - text.count("]")


def _code(line: str) -> str:
    """A statement line without its comment."""
    return line.split("#", 1)[0].rstrip()


def _statements(lines: list[str]) -> list[tuple[int, str] | tuple[int, None]]:
    """(index of the first line, statement) in order, with (index, None) for each printed line."""
    printed_at = output_lines(lines)
    prompted = any(_PROMPT.match(line) and i not in printed_at for i, line in enumerate(lines))
    out: list = []
    current, first = "", -1

    def flush():
        nonlocal current, first
        if current.strip():
            for part in top_split(current, ";"):
                out.append((first, part.strip()))
        current, first = "", -1

    for i, line in enumerate(lines):
        if i in printed_at:
            flush()
            out.append((i, None))
            continue
        if prompted:
            if _PROMPT.match(line):
                flush()
                current, first = _code(_PROMPT.sub("", line, count=1)), i
            elif _MORE.match(line) and first >= 0:
                current += " " + _code(_MORE.sub("", line, count=1))
            elif current and _depth(current) > 0 and line.strip():
                current += " " + _code(line)
            else:
                flush()
            continue
        code = _code(line)
        if not code.strip():
            if not (current and _depth(current) > 0):
                flush()
            continue
        if current and (_depth(current) > 0 or open_function(current)) and len(current) < MAX_STATEMENT:
            current += ("; " if open_function(current) else " ") + code.strip()   # a function's body in { … }
        else:
            flush()
            current, first = code.strip(), i
    flush()
    return out


def _unwrap(text: str) -> str:
    """``print(round(eigen(K)$values, 4))`` → ``eigen(K)$values``; a statement in brackets prints its value."""
    for _ in range(6):
        text = text.strip()
        if text.startswith("(") and text.endswith(")") and call_args("f" + text, "f") is not None:
            text = text[1:-1]
            continue
        m = _WRAP.match(text)
        if not m or call_args(text, text[:text.index("(")].strip()) is None:
            return text
        inner = m.group(1).strip()
        trailing = _TRAILING_ARG.match(inner)
        text = trailing.group(1) if trailing else inner
    return text


def _kind_of(expr: str, names: dict[str, str | None]) -> str | None:
    """The quantity an expression computes: K from J, eigenvalues, trace or det of K; a name's own kind."""
    expr = _unwrap(expr)
    if _NAME.match(expr):
        kind = names[expr] if expr in names else kind_by_name(expr)
        return f"gradient@{expr}" if kind == "gradient" else kind
    if (built := built_kind(expr, names)) is not None:
        return built
    if (rows := row_gram(expr)) is not None:   # rbind(g1, g2) %*% cbind(g1, g2)
        return "kernel" if _kind_of(rows, names) == "jacobian" else None
    gram = re.match(r"^([A-Za-z][\w.]{0,20})\s*%\*%\s*t\s*\(\s*\1\s*\)$", expr) or \
        re.match(r"^tcrossprod\s*\(\s*([A-Za-z][\w.]{0,20})\s*\)$", expr) or \
        re.match(r"^crossprod\s*\(\s*t\s*\(\s*([A-Za-z][\w.]{0,20})\s*\)\s*\)$", expr)
    if gram:
        jac = _kind_of(gram.group(1), names)
        return "kernel" + jac[len("jacobian"):] if jac and jac.startswith("jacobian") else None
    item = re.match(r"^([A-Za-z][\w.]{0,20})\s*\$\s*val(?:ues)?$", expr)   # e <- eigen(K); e$values
    if item:
        listed = names.get(item.group(1))
        return "eigen" + listed[len("eigenlist"):] if listed and listed.startswith("eigenlist") else None
    for kind, pattern in (("eigen", r"^eigen\s*\((.*)\)\s*(?:\$\s*val(?:ues)?)?$"), ("det", r"^det\s*\((.*)\)$"),
                          ("trace", r"^sum\s*\(\s*diag\s*\((.*)\)\s*\)$")):
        m = re.match(pattern, expr, re.S)
        if m:
            inner = top_split(m.group(1), ",")[0].strip()
            if call_args(expr.split("$")[0].strip(), expr[:expr.index("(")].strip()) is None and kind != "trace":
                return None
            of = _kind_of(inner, names)
            if of is None or not of.startswith("kernel"):
                return None
            output = of[len("kernel"):]
            if kind == "eigen":
                return ("eigen" if "$" in expr else "eigenlist") + output
            return kind if not output else None
    return None


def _decimal(token: str) -> Decimal | None:
    try:
        return Decimal(token)
    except InvalidOperation:
        return None


def session_claims(body: str, state: dict | None = None) -> list[tuple[int, str, bool]]:
    """(offset in ``body``, claim, certain) of an R session: literal assignments of the checker's quantities and
    every printout, read as what the statement that printed it computes. ``state`` carries what was assigned from
    one fence to the next of the same notes (knitr's chunks share one R session)."""
    state = {} if state is None else state
    lines = body.split("\n")[:MAX_LINES]
    offsets = line_offsets(lines)
    found: list[tuple[int, str, bool]] = []
    names: dict[str, str | None] = state.setdefault("names", {})
    vectors: dict[str, tuple[str, ...]] = state.setdefault("vectors", {})   # for a gradient written as a function
    kept: dict[str, tuple] = state.setdefault("kept", {})   # literals of no kind by name: (rows, line)
    shown: str | None = None   # the kind of what the last printing statement computes
    pending: list[str | None] = []   # sum(diag(K)); det(K): what each statement before the printouts prints
    popped = False
    statements = _statements(lines)
    k = 0
    while k < len(statements):
        i, code = statements[k]
        k += 1
        if code is not None:
            if k >= 2 and statements[k - 2][1] is None:
                pending, popped = [], False
            shown = _statement(code, i, names, found, offsets, vectors, kept)
            if not _SILENT.match(code):
                pending.append(shown)
            continue
        if len(pending) > 1 or pending and popped:   # one printout per statement: the next statement's
            shown, popped = pending.pop(0), True
        kind, values, where, end = printout(lines, i)
        while k < len(statements) and statements[k][1] is None and statements[k][0] < end:
            k += 1
        if kind == "item":
            shown = ("eigen" + shown[len("eigenlist"):]) if shown and shown.startswith("eigenlist") and \
                values[0] in ("values", "val") else (shown if shown and shown.startswith("eigenlist") else None)
            continue
        if kind == "" or shown is None or shown.startswith("eigenlist") or shown == "echo":
            continue
        rows = tuple(values) if kind == "matrix" else (tuple(values),)
        if shown.startswith("eigen"):
            rows = _without_noise(rows)
            if not rows:
                continue
        anchor = where if kind == "matrix" and not shown.startswith("eigen") else where[:1] * max(len(rows), 1)
        kind, _, at = shown.partition("@")   # gradient@g2: at x_2; gradient@(1): at the input 1
        made = claims(kind, rows, anchor, at)
        found.extend((offsets[line], claim, True) for line, claim in made)
    return found


def _without_noise(rows) -> tuple:
    """Eigenvalues without the ones printed as rounding noise (``1.256912e-15`` beside ``42.14582``)."""
    values = [(t, _decimal(t)) for t in rows[0]] if len(rows) == 1 else []
    if not values or any(v is None for _, v in values):
        return rows
    top = max(abs(v) for _, v in values)
    kept = tuple(t for t, v in values if top == 0 or abs(v) > top * _NOISE)
    return (kept,) if kept else ()


def _statement(code: str, line: int, names: dict, found: list, offsets: list[int], values: dict,
               kept: dict) -> str | None:
    """Record one statement (a literal assignment of a named quantity is a claim); the kind of what it prints,
    ``"echo"`` for a literal, None for nothing the checker reads."""
    right = _ASSIGN_RIGHT.match(code)
    assigned = _ASSIGN.match(code) if not right else None
    if right or assigned:
        name, expr = (right.group(2), right.group(1)) if right else (assigned.group(1), assigned.group(2))
        rows = literal(expr)
        said = r_claim(name, expr, rows, values) or theta_claim(name, rows) or theta_function(name, expr)
        if said:   # grad <- function(x) c(W2 * x, W2, W1 * x + b1); th <- c(2, -1, 1); f <- function(th, x) …
            found.append((offsets[line], said, True))
        by_name = kind_by_name(name) if rows is None or name != "e" else None   # e <- c(0, 1e-6): no eigenvalues
        if rows is not None:
            names[name] = by_name
            if by_name is None:
                kept[name] = (rows, line)
            if by_name is not None:
                found.extend((offsets[at], claim, True) for at, claim in claims(by_name, rows, [line] * len(rows),
                                                                                    name))
        else:
            computed = _kind_of(expr, names)
            built = re.match(r"^(?:rbind|cbind|matrix|c)\s*\(", expr)   # J <- rbind(c(ds(1), …), …): still J
            called = re.match(r"^([A-Za-z][\w.]{0,20})\s*\(", expr)   # g1 <- grad_relu(1, c(1, 1)): still g1
            built = built or called and names.get(called.group(1)) == "function"
            if re.match(r"^function\s*\(", expr):
                computed = "function"
            elif (gram := column_gram(expr)) is not None and gram in kept:   # K <- crossprod(G): G's columns
                computed = _columns(gram, kept, found, offsets)
            names[name] = computed if computed is not None else (   # K <- crossprod(G): what its name says
                by_name if built or not re.search(r"[(%*+/^-]", expr) or by_name in ("kernel", "eigen") else None)
        return None
    if literal(_unwrap(code)) is not None:
        return "echo"
    inner = _unwrap(code)
    right = _ASSIGN_RIGHT.match(inner) if inner != code.strip() else None
    assigned = right or (_ASSIGN.match(inner) if inner != code.strip() else None)
    if assigned:   # (K <- J %*% t(J)) assigns K and prints it; the echo of a literal is no new claim
        _statement(inner, line, names, found, offsets, values, kept)
        name, expr = (right.group(2), right.group(1)) if right else (assigned.group(1), assigned.group(2))
        return "echo" if literal(expr) is not None else names.get(name)
    if (roots := plus_minus_roots(code)) is not None:   # 10 + c(1, -1) * sqrt(58): both eigenvalues
        found.append((offsets[line], roots, True))
        return "eigen"
    return _kind_of(code, names)


def _columns(name: str, kept: dict, found: list, offsets: list[int]) -> str | None:
    """The claim J = Gᵀ of a literal G whose columns' Gram matrix is taken (``crossprod(G)``, so J = Gᵀ);
    the kind "kernel" of what it computes, None when G is no matrix."""
    rows, line = kept.pop(name)
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    columns = tuple(tuple(r[j] for r in rows) for j in range(len(rows[0])))
    found.extend((offsets[at], claim, True) for at, claim in claims("jacobian", columns, [line], name))
    return "kernel"


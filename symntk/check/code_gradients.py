"""A learner's gradient written as a function in code, read as the claim of the general gradient ∇θ f(x).

* Python: ``def grad(x):`` whose body is one ``return np.array([…])`` (or ``[…]``, ``np.array((…))``, docstring and
  comments allowed) → ``∇f(x) = […]`` on the return line (the line the function's value is written on), also ``def
  grad(x): return […]`` on one line, and ``grad = lambda x: np.array([…])``; ``def jac(x):`` returning rows
  ``np.array([[…], […]])`` → ``∇f_1(x) = […], ∇f_2(x) = […]`` (one row per output); Julia's ``g(x) = […]``. Local
  assignments before the return (``z1 = W1[0]*x + b1[0]``, ``h = [x, x + 1]``) and the lists and numbers assigned at
  the top level above the function (``W2 = np.array([1, 0])``) are put into the entries (``W2[0]*x`` is ``1*x``,
  ``h[1]`` is ``(x + 1)``); a name giving an output (``def grad_f2(x)``) makes it that output's gradient ``∇f_2(x)``;
* R: ``grad <- function(x) c(…)`` (or ``{ c(…) }``, ``{ return(c(…)) }``, on the line or over several lines with
  local assignments ``z <- W1 * x + b1`` before the value) → ``∇θ f(x) = (…)``, R's ``c`` flattening a vector
  the learner assigned before (``W2 <- c(1, 0)``; ``W2 * x`` is the two entries ``1 * x``, ``0 * x``, taken entry
  by entry with the other vectors in the same entry).

The function's name says it is a gradient (``grad``, ``gr``, ``grad_f``, ``gradf``, ``nabla_f``, ``df``, ``jac``,
``g``); its one argument is the free input x (renamed x when the learner calls it otherwise). No code is run:
entries are rewritten as text. Every pattern is linear and anchored; sizes are bounded.
"""

from __future__ import annotations

import re

from .general_gradients import bracket_entries
from .py_vectors import concatenated_entries
from .r_literals import top_split

MAX_BODY = 12
_GRADIENT = "∇f(x) = [{}]"
MAX_ENTRIES = 200
_NAME = r"(?:gr(?:ad\w{0,20})?|\w{1,20}_grad\w{0,10}|nabla\w{0,10}|df(?:_?dtheta)?|jac\w{0,10}|g(?:_?f)?)"
_PY_DEF = re.compile(rf"^(\s{{0,40}})def\s+{_NAME}\s{{0,4}}\(\s{{0,4}}([A-Za-z_]\w{{0,10}})\s{{0,4}}\)\s{{0,4}}"
                     r"(?:->\s{0,4}[\w.\[\], ]{1,40})?:\s{0,4}(.{0,2000})$")
_PY_LAMBDA = re.compile(rf"^\s{{0,8}}{_NAME}\s{{0,4}}=\s{{0,4}}lambda\s+([A-Za-z_]\w{{0,10}})\s{{0,4}}:\s{{0,4}}"
                        r"(.{1,2000})$")
_RETURN = re.compile(r"^\s{0,40}return\s+(.{1,2000})$")
_ARRAY = re.compile(r"^(?:(?:np|jnp|numpy|torch|sp|sympy)\.(?:array|asarray|tensor|Matrix)\s{0,4}\(\s{0,4}"
                    r"([\[(].{0,2000}[\])])\s{0,4}(?:,\s{0,4}dtype\s{0,4}=\s{0,4}[\w.]{1,30}\s{0,4})?\)"
                    r"|(\[.{0,2000}\]))$")
_R_FUNCTION = re.compile(rf"^{_NAME}$")
_JULIA_SHORT = re.compile(rf"^\s{{0,8}}(?:{_NAME}|∇f|∇_?θf)\s{{0,4}}\(\s{{0,4}}(x\w{{0,3}})\s{{0,4}}\)\s{{0,4}}"
                          r"=(?!=)\s{0,4}(\[.{1,2000}\])$")   # g(x) = […]: the argument x (not MATLAB's g(k) = …)
_R_BODY = re.compile(r"^function\s{0,4}\(\s{0,4}([A-Za-z][\w.]{0,10})\s{0,4}\)\s{0,4}(.{1,2000})$")
_R_BRACED = re.compile(r"^\{\s{0,4}(?:return\s{0,4}\(\s{0,4}(.{1,2000})\)|(.{1,2000}?))\s{0,4};?\s{0,4}\}$")
_R_LOCAL = re.compile(r"^([A-Za-z][\w.]{0,20})\s{0,4}(?:<-|=)\s{0,4}(.{1,1000})$")
_R_RETURN = re.compile(r"^return\s{0,4}\((.{1,2000})\)$")
_PY_LOCAL = re.compile(r"^\s{0,40}([A-Za-z_]\w{0,20})\s{0,4}=(?!=)\s{0,4}(.{1,500})$")
_PY_OUTPUT = re.compile(r"^\s{0,40}def\s+(?:gr(?:ad(?:ient)?)?|nabla|g|df|jac)_?(?:f|out|output|y)_?([1-9])\s{0,4}\(")
MAX_LOCAL = 4000
MAX_ABOVE = 300
_ATOM = re.compile(r"^[\w.]{1,40}$")
_NUMBER = re.compile(r"^-?\d{1,12}(?:\.\d{1,12})?$")
_SKIP = re.compile(r"^\s{0,40}(?:#.{0,2000}|[rRuU]?(?:\"\"\"|''').{0,2000})?$")
_WORD = re.compile(r"[A-Za-z_][\w.]{0,40}")
_FILLED = re.compile(r"^(?:np|numpy|jnp)\.(zeros|ones)\s{0,4}\(\s{0,4}([1-9]\d?)\s{0,4}\)$")


def top_entries(text: str) -> list[str] | None:
    """The comma-separated entries of one bracket ``[a, b]`` / ``(a, b)`` (split at its top level), or None."""
    split = bracket_entries(text) if len(text) >= 2 and text[0] in "[(" and text[-1] in "])" else None
    if split is None or split[1]:
        return None
    out = [e.strip() for e in split[0]]
    return out if len(out) >= 2 and all(out) and len(out) <= MAX_ENTRIES else None


def _free_input(entry: str, arg: str) -> str:
    """An entry with the function's argument renamed x."""
    return entry if arg == "x" else re.sub(rf"(?<![\w.]){re.escape(arg)}(?![\w])", "x", entry)


def python_entries(expr: str, arg: str) -> list[str] | None:
    """The entries of a Python function's value ``np.array([…])`` / ``[…]``, its argument renamed x."""
    m = _ARRAY.match(expr.strip().rstrip(";").strip())
    if not m:
        return None
    entries = top_entries((m.group(1) or m.group(2)).strip())
    if entries is None or any("[" in e for e in entries):   # a nested list is a matrix, not a gradient
        return None
    return [_free_input(e, arg) for e in entries]


def python_gradient(lines: list[str], i: int, depth, spell, out: list[str]) -> None:
    """For a ``def grad(x):`` on line ``i``: ``∇f(x) = […]`` (entries in ``spell``'s math spelling) put in ``out``
    on the line its value is returned on; nothing when the body is anything but (docstring, comments, local
    assignments put into what follows them and) one return of a list. A name giving an output (``grad_f2``,
    ``grad_out2``) makes it that output's gradient, ``∇f_2(x)``. ``depth`` counts the brackets a code text leaves
    open."""
    found = _python_gradient(lines, i, depth)
    if found and isinstance(found[1][0], list):   # def jac(x): one row per output
        out[found[0]] = ", ".join(_GRADIENT.replace("∇f(x)", f"∇f_{o}(x)").format(", ".join(spell(e) for e in row))
                                  for o, row in enumerate(found[1], 1))
    elif found:
        output = _PY_OUTPUT.match(lines[i])
        head = _GRADIENT if output is None else _GRADIENT.replace("∇f(x)", f"∇f_{output.group(1)}(x)")
        out[found[0]] = head.format(", ".join(spell(e) for e in found[1]))


def _python_gradient(lines: list[str], i: int, depth) -> tuple[int, list[str]] | None:
    """(the line a ``def grad(x):``'s value is returned on, its entries) or None."""
    m = _PY_DEF.match(lines[i])
    if not m:
        return None
    indent, arg, rest = len(m.group(1)), m.group(2), m.group(3).strip()
    if rest and not rest.startswith("#"):
        ret = _RETURN.match(rest)
        entries = python_entries(ret.group(1), arg) if ret else None
        return (i, entries) if entries else None
    found, local, after = None, module_values(lines, i), 0
    for j in range(i + 1, min(len(lines), i + 1 + MAX_BODY)):
        line = lines[j]
        if j < after:   # the return's value continued on this line
            continue
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        if _SKIP.match(line) and found is None:
            continue
        ret = _RETURN.match(line) if found is None else None
        pieces = top_split(line.split("#", 1)[0], ";") if found is None and not ret else []
        assigns = [_PY_LOCAL.match(piece.strip()) for piece in pieces if piece.strip()]
        if assigns and all(a and depth(a.group(2)) == 0 and a.group(1) != arg for a in assigns):
            for assign in assigns:   # z1 = w11*x + b1; s = sig(z1): put in later
                local[assign.group(1)] = put_in(assign.group(2).strip(), local)
            continue
        if not ret:
            return None if line.strip() and found is not None and not line.strip().startswith("#") else found
        code, k = ret.group(1).split("#", 1)[0].strip(), j + 1
        while depth(code) > 0 and k < len(lines) and k - j < 40:
            code += " " + lines[k].split("#", 1)[0].strip()
            k += 1
        code, after = put_in(code, local), k
        entries = python_entries(code, arg) or _joined(code, arg) or _output_rows(lines[i], code, arg) \
            if code is not None else None
        if not entries:
            return None
        found = (j, entries)
    return found


def _output_rows(define: str, code: str, arg: str) -> list[list[str]] | None:
    """The rows of ``def jac(x): return np.array([[…], […]])``, one per output (same length, 2 to 9 rows), or None."""
    m = _ARRAY.match(code.strip()) if re.match(r"^\s{0,40}def\s+jac", define) else None
    rows = top_entries((m.group(1) or m.group(2)).strip()) if m else None
    if not rows or len(rows) > 9:
        return None
    found = [python_entries(row, arg) for row in rows]
    if any(r is None for r in found) or len({len(r) for r in found}) != 1:
        return None
    return found


def _joined(code: str, arg: str) -> list[str] | None:
    """The entries of ``np.concatenate([W2 * x, W2, h, [1]])`` (:mod:`.py_vectors`), its argument renamed x."""
    entries = concatenated_entries(_free_input(code, arg))
    return entries


def module_values(lines: list[str], i: int) -> dict[str, str]:
    """The lists and numbers assigned at the top level above line ``i`` (``W2 = np.array([1, 0]); b2 = 0``)."""
    values: dict[str, str] = {}
    for line in lines[max(0, i - MAX_ABOVE):i]:
        if line[:1].isspace():
            continue
        for piece in top_split(line.split("#", 1)[0], ";"):
            m = _PY_LOCAL.match(piece.strip())
            filled = _FILLED.match(m.group(2).strip()) if m else None
            if filled:   # b1 = np.zeros(2): the list [0, 0]
                values[m.group(1)] = "[" + ", ".join(["0" if filled.group(1) == "zeros" else "1"] *
                                                     int(filled.group(2))) + "]"
            elif m and (_NUMBER.match(m.group(2).strip()) or python_entries(m.group(2), "x")):
                values[m.group(1)] = m.group(2).strip()
    return values


def _bracketed(value: str) -> str:
    """A value put in for a name: in brackets unless it is one name or number."""
    return value if _ATOM.match(value.strip()) else f"({value})"


def put_in(expr: str | None, local: dict[str, str | None]) -> str | None:
    """``expr`` with each local name replaced by its value in brackets, ``h[k]`` of a local list by its entry k;
    None when a local is used in a way not read (an entry of a local that is no list, or one not read)."""
    if expr is None or len(expr) > MAX_LOCAL:
        return None
    failed = False

    def one(m: re.Match) -> str:
        nonlocal failed
        value = local[m.group(1)]
        if value is None:
            failed = True
            return m.group(0)
        if m.group(2) is None:
            return _bracketed(value)
        entries = python_entries(value, "x")
        k = int(m.group(2))
        if entries is None or k >= len(entries):
            failed = True
            return m.group(0)
        return _bracketed(entries[k])

    names = "|".join(re.escape(n) for n in sorted(local, key=len, reverse=True))
    if not names:
        return expr
    out = re.sub(rf"(?<![\w.])({names})(?:\s{{0,2}}\[\s{{0,2}}(\d{{1,2}})\s{{0,2}}\])?(?![\w(\[])", one, expr)
    return None if failed or len(out) > MAX_LOCAL else out


def julia_short(code: str, spell) -> str | None:
    """Julia's one-line function ``g(x) = [W²[1]*x, W²[1], 1]`` as ``∇f(x) = […]`` (entries in ``spell``'s math
    spelling; Julia's ``W²[1]`` is an entry, 1-based), or None."""
    m = _JULIA_SHORT.match(code)
    entries = top_entries(m.group(2).strip()) if m else None
    if not entries or any(e.startswith(("[", "(")) or ";" in e for e in entries):   # rows of a matrix: no gradient
        return None
    return _GRADIENT.format(", ".join(spell(_free_input(e, m.group(1))) for e in entries))


def python_lambda(code: str, spell) -> str | None:
    """``grad = lambda x: np.array([…])`` as ``∇f(x) = […]`` (entries in ``spell``'s math spelling), or None."""
    m = _PY_LAMBDA.match(code)
    entries = python_entries(m.group(2), m.group(1)) if m else None
    return _GRADIENT.format(", ".join(spell(e) for e in entries)) if entries else None


def r_gradient(name: str, expr: str, values: dict[str, tuple[str, ...]]) -> list[str] | None:
    """The entries of R's ``name <- function(x) c(…)``: each argument of ``c`` one entry, or as many as the
    vectors in it (``values``: the learner's vectors by name) have entries, the k-th of each put in; None when
    it is no gradient written so."""
    m = _R_BODY.match(expr.strip()) if _R_FUNCTION.match(name) else None
    if not m:
        return None
    arg, body = m.group(1), m.group(2).strip()
    braced = _R_BRACED.match(body)
    if braced:
        body = (braced.group(1) or braced.group(2)).strip()
    values = dict(values)
    *steps, body = [part.strip() for part in top_split(body, ";") if part.strip()] or [""]
    if len(steps) > MAX_BODY:
        return None
    for step in steps:   # z <- W1 * x + b1: a local value, entry by entry, put into what comes after it
        local = _R_LOCAL.match(step)
        entries = _r_entries(_free_input(local.group(2), arg), values) if local else None
        if not entries or local.group(1) == arg:
            return None
        values[local.group(1)] = tuple(entries)
    ret = _R_RETURN.match(body)
    body = ret.group(1).strip() if ret else body
    if not body.startswith("c") or not body[1:].lstrip().startswith("("):
        return None
    parts = top_entries(body[1:].lstrip())
    if parts is None:
        return None
    out: list[str] = []
    for part in parts:
        entries = _r_entries(_free_input(part, arg), values)
        if entries is None:
            return None
        out.extend(entries)
        if len(out) > MAX_ENTRIES:
            return None
    return out


def _r_entries(part: str, values: dict[str, tuple[str, ...]]) -> list[str] | None:
    """The entries of one R expression: one, or as many as the vectors in it have (the k-th of each put in); a
    name of one value is that value. None when its vectors differ in length."""
    vectors = {w for w in _WORD.findall(part) if w != "x" and len(values.get(w, ())) > 1}
    sizes = {len(values[w]) for w in vectors}
    if len(sizes) > 1:
        return None
    part = _WORD.sub(lambda w: f"({values[w.group(0)][0]})" if w.group(0) != "x" and
                     len(values.get(w.group(0), ())) == 1 else w.group(0), part)   # b2 <- 0: its value
    if not sizes:
        return [part]
    return [_WORD.sub(lambda w, k=k: f"({values[w.group(0)][k]})" if w.group(0) in vectors else w.group(0), part)
            for k in range(min(sizes.pop(), MAX_ENTRIES))]


def r_claim(name: str, expr: str, rows, values: dict[str, tuple[str, ...]]) -> str | None:
    """Record R's ``name <- expr`` in ``values`` when ``rows`` (its literal) is one vector; the claim
    ``∇θ f(x) = (…)`` when it is a gradient written as a function (:func:`r_gradient`), else None."""
    if rows is not None:
        if len(rows) == 1:
            values[name] = tuple(rows[0])
        return None
    entries = r_gradient(name, expr, values)
    return f"\\nabla_\\theta f(x) = ({', '.join(e.replace('*', ' ') for e in entries)})" if entries else None

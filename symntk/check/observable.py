"""An Observable (JavaScript) notebook exported as text read as notes, line for line.

Notes are an Observable notebook when at least :data:`EVIDENCE` lines open a Markdown cell (``md`…```) or hold a
TeX literal (``${tex`…`}``). A cell is a run of lines up to a blank line:

* a Markdown cell (``md`…```, over several lines until its closing backtick) is Markdown: ``${tex`X`}`` is the
  inline math ``$X$``, ``${tex.block`X`}`` (or a ``tex`X``` cell) the display ``$$X$$``;
* a code cell is its code (``name = expr``, an expression, a function ``name = x => …``) and, below it, what
  Observable displays: ``ƒ(x)`` for a function and ``Object {…}`` for a module (no claim), ``Array(7) [1, 0, …]``
  or a number for a value, an array of arrays over one row a line (``  0: Array(2) [7, 11]``) or collapsed
  (``Array(2) [Array(2), Array(2)]``, which shows no value).

Code is spelt as Python by the rules :data:`JS_RULES` (``Math.sqrt`` is sqrt, ``math.multiply(J,
math.transpose(J))`` is ``J @ J.T``, ``math.eigs(K).values`` the eigenvalues, rounding dropped) and read as a code
file's (:func:`symntk.check.code_files.code_notes`): a value the learner typed (``K = [[8, 12], [12, 19]]``) is a
claim on its code line, a gradient written as a function (``grad = x => [x, 0, 1]``, or a ``{ … return […] }``
body) is ``∇f(x) = […]`` on its first line. A displayed value is what the code computes
(:mod:`symntk.check.observable_values`), claimed on the line it is shown on. Nothing is run; sizes are bounded and
every pattern is linear and anchored.
"""

from __future__ import annotations

import re

from .code_files import code_notes
from .observable_values import displayed, of_output, shown_claims
from .printed_values import kind_by_name

MAX_LINES = 3000
MAX_LINE = 4000
MAX_CELL = 60
EVIDENCE = 2
_MD_OPEN = re.compile(r"^\s{0,4}(?:md|html)`")
_TEX_CELL = re.compile(r"^\s{0,4}tex(?:\.block)?`(.{0,4000})`\s*$")
_TEX_OPEN = re.compile(r"^\s{0,4}tex(?:\.block)?`")
_TEX = re.compile(r"\$\{\s{0,2}tex(\.block)?`([^`]{0,4000})`\s{0,2}\}")
_OTHER_EXPR = re.compile(r"\$\{([^{}`]{0,200})\}")   # ${K[0][1]}: a value shown in the prose, not read
_ARROW = re.compile(r"^([A-Za-z_$][\w$]{0,40})\s{0,4}=\s{0,4}\(?\s{0,4}([A-Za-z_]\w{0,10})\s{0,4}\)?\s{0,4}=>\s{0,4}"
                    r"(.{0,2000})$")
_DECLARE = re.compile(r"^\s{0,40}(?:const|let|var)\s+")
_LITERAL = re.compile(r"^[\d\s.,+\-*/()\[\]]{1,4000}$")   # typed numbers, or arithmetic of them
_HIDDEN = re.compile(r"^(?:h|hidden|hid|a1|h1|act|acts)$", re.I)
_MAPPED = re.compile(r"^\[[-\d\s.,]{1,400}\]\.map\(\s{0,4}\(?\s{0,4}([A-Za-z_]\w{0,10})\s{0,4}\)?\s{0,4}=>\s{0,4}"
                     r"(\[.{1,2000}\])\s{0,4}\)$")
_ASSIGN = re.compile(r"^([A-Za-z_$][\w$]{0,40})\s{0,4}=(?![=>])\s{0,4}(.{1,4000})$")
JS_RULES: tuple[tuple[re.Pattern[str], str], ...] = (   # JavaScript / math.js spellings → the Python code reader's
    (re.compile(r";\s{0,4}$"), ""),
    (re.compile(r"\.map\(\s{0,4}(\w{1,8})\s{0,4}=>\s{0,4}\1\.map\(\s{0,4}(\w{1,8})\s{0,4}=>\s{0,4}"
                r"(?:math\.round\(\s{0,4}\2\s{0,4},\s{0,4}\d{1,2}\s{0,4}\)|\+?\2\.toFixed\(\s{0,4}\d{1,2}\s{0,4}\))"
                r"\s{0,4}\)\s{0,4}\)\s{0,4}$"), ""),   # .map(r => r.map(v => math.round(v, 4)))
    (re.compile(r"\.map\(\s{0,4}(\w{1,8})\s{0,4}=>\s{0,4}(?:math\.round\(\s{0,4}\1\s{0,4},\s{0,4}\d{1,2}\s{0,4}\)"
                r"|\+?\1\.toFixed\(\s{0,4}\d{1,2}\s{0,4}\))\s{0,4}\)\s{0,4}$"), ""),   # .map(v => math.round(v, 6))
    (re.compile(r"^math\.round\((.{1,2000}),\s{0,4}\d{1,2}\s{0,4}\)$"), r"\1"),   # math.round(Math.sqrt(605), 6)
    (re.compile(r"^\+?\((.{1,2000})\)\.toFixed\(\s{0,4}\d{1,2}\s{0,4}\)$"), r"\1"),   # (27 + Math.sqrt(697)).toFixed(3)
    (re.compile(r"^\+?([\w.]{1,60}(?:\([^()]{0,200}\))?)\.toFixed\(\s{0,4}\d{1,2}\s{0,4}\)$"), r"\1"),
    (re.compile(r"\bmath\.multiply\(\s{0,4}(\w{1,20})\s{0,4},\s{0,4}math\.transpose\(\s{0,4}(\w{1,20})\s{0,4}\)"
                r"\s{0,4}\)"), r"\1 @ \2.T"),
    (re.compile(r"\bmath\.multiply\(\s{0,4}(\w{1,20})\s{0,4},\s{0,4}(\w{1,20})\s{0,4}\)"), r"\1 @ \2"),
    (re.compile(r"\bmath\.transpose\(\s{0,4}(\w{1,20})\s{0,4}\)"), r"\1.T"),
    (re.compile(r"\bmath\.eigs\(\s{0,4}(\w{1,20})\s{0,4}\)(?:\.values\b)?(?!\.)"), r"eigvals(\1)"),
    (re.compile(r"\bmath\.(det|trace|dot|sqrt|exp|tanh)\("), r"\1("),
    (re.compile(r"\bMath\.(sqrt|exp|tanh|log|abs|max|min)\("), r"\1("),
    (re.compile(r"\bMath\.pow\(\s{0,4}([\w.]{1,20})\s{0,4},\s{0,4}([\w.]{1,20})\s{0,4}\)"), r"\1 ** \2"),
)


def is_observable(text: str) -> bool:
    """Whether notes are an Observable notebook: :data:`EVIDENCE` lines or more open a ``md``` cell or hold a
    ``${tex`…`}`` literal."""
    lines = text.split("\n")[:MAX_LINES]
    return sum(1 for line in lines if _MD_OPEN.match(line) or "${tex`" in line or "${tex.block`" in line) >= EVIDENCE


def js_spelling(code: str) -> str:
    """One line of JavaScript in the Python code reader's spelling, by the rules :data:`JS_RULES`."""
    code = _DECLARE.sub("", code.strip())
    for pattern, repl in JS_RULES:
        code = pattern.sub(repl, code)
    return code.strip()


def _markdown(line: str) -> str:
    """A Markdown cell's line: TeX literals as ``$…$`` / ``$$…$$``, other embedded values dropped."""
    line = _TEX.sub(lambda m: f"$${m.group(2)}$$" if m.group(1) else f"${m.group(2)}$", line)
    return _OTHER_EXPR.sub("", line)


def _markdown_cell(lines: list[str], i: int, out: list[str], opening: re.Pattern[str] = _MD_OPEN) -> int:
    """Rewrite the Markdown cell opening on line ``i`` (a ``tex``` cell over several lines: one display, ``$$``
    at its start and end); returns the index after it."""
    j = i
    math = opening is not _MD_OPEN
    while j < len(lines) and j - i < MAX_CELL:
        text = _markdown(lines[j][:MAX_LINE])
        if j == i:
            text = ("$$" if math else "") + opening.sub("", text, count=1)
        ends = text.rstrip().endswith("`") and text.count("`") % 2 == 1
        out[j] = text.rstrip()[:-1] + ("$$" if math else "") if ends else text
        j += 1
        if ends:
            break
    return j


def _cell_end(lines: list[str], i: int) -> int:
    """The index after the code cell opening on line ``i``: its code runs on while braces are open, its display
    up to the next blank line."""
    j = i
    while j < len(lines) and j - i < MAX_CELL and lines[j].strip():
        j += 1
    return j


def _code_lines(lines: list[str], i: int, end: int) -> int:
    """How many of the cell's lines are code: the first, and more while its brackets stay open."""
    depth, k = 0, i
    while k < end:
        depth += sum(lines[k].count(c) for c in "([{") - sum(lines[k].count(c) for c in ")]}")
        k += 1
        if depth <= 0:
            break
    return k - i


def _inline(code: str, own: dict[str, tuple[str, str]]) -> str:
    """``code`` with each call of a one-line function the notebook defines (``dtanh = z => 1 - Math.tanh(z)``)
    replaced by its body, in brackets, the argument put in: the learner's own function, not the name's."""
    for name, (arg, body) in own.items():
        if not arg or body.startswith("["):   # a list, or a function returning one: spread, not put in
            continue

        def put(m: re.Match, arg=arg, body=body) -> str:
            return "(" + re.sub(rf"(?<![\w.]){re.escape(arg)}(?![\w(])", f"({m.group(1).strip()})", body) + ")"
        code = re.sub(rf"(?<![\w.]){re.escape(name)}\(([^()]{{1,60}})\)", put, code)
    return code if len(code) <= MAX_LINE else code[:MAX_LINE]


def _spread(body: str, own: dict[str, tuple[str, str]]) -> str:
    """A list's spread entries written out: ``...W2`` (a list the notebook typed, ``W2 = [1, 0]``) is its entries,
    ``...h(x)`` (a function returning a list) the entries it returns, the argument put in; others stay."""
    def entries(m: re.Match) -> str:
        arg, value = own.get(m.group(1), ("", ""))
        if not value.startswith("[") or value.startswith("[[") or (m.group(2) is None) != (arg == ""):
            return m.group(0)
        if m.group(2) is not None:
            value = re.sub(rf"(?<![\w.]){re.escape(arg)}(?![\w(])", f"({m.group(2).strip()})", value)
        return value.strip()[1:-1]
    return re.sub(r"\.\.\.([A-Za-z_]\w{0,30})(?:\(([^()]{1,40})\))?", entries, body)


def _function(code: list[str], own: dict[str, tuple[str, str]]) -> str:
    """A function cell (``name = x => …``) as Python the code reader reads: a ``lambda`` of one expression, a
    ``def`` of a ``{ … return … }`` body; a function of an activation's name as its definition
    ``name(z) = …``."""
    m = _ARROW.match(js_spelling(code[0]))
    if not m:
        return ""
    name, arg, body = m.groups()
    if body.strip() and body.strip() != "{" and "=>" not in body and len(own) < 40:
        own[name] = (arg, body.strip())
    body = _inline(_spread(body, own), own) if body.lstrip().startswith("[") else body
    if body.strip() != "{":
        if body.lstrip().startswith("[") and _HIDDEN.match(name):   # hidden = x => [x + 0, x + 1]: h(x)
            return f"h({arg}) = {code_notes(body, 'cell.py')}"
        if body.lstrip().startswith("["):   # a gradient's function as ∇f(x) = […]; another list function: code
            read = code_notes(f"{name} = lambda {arg}: {body}", "cell.py")
            return read if read.startswith("∇") else ""
        return code_notes(f"{name}({arg}) = {body}", "cell.py") if "=>" not in body else ""
    python = [f"def {name}({arg}):"]
    python += ["    " + _inline(js_spelling(line), own) for line in code[1:] if line.strip() not in ("}", "};")]
    read = [t for t in code_notes("\n".join(python), "cell.py").split("\n") if t.strip()]
    return read[0] if read else ""


def observable_notes(text: str) -> str:
    """Notes with their Observable cells rewritten as lines of notes (see the module doc); other text
    unchanged."""
    if not is_observable(text):
        return text
    lines = text.split("\n")
    out = list(lines)
    functions: set[str] = set()
    own: dict[str, tuple[str, str]] = {}
    i = 0
    while i < len(lines) and i < MAX_LINES:
        line = lines[i][:MAX_LINE]
        if not line.strip():
            i += 1
            continue
        if _MD_OPEN.match(line):
            i = _markdown_cell(lines, i, out)
            continue
        if tex := _TEX_CELL.match(line):
            out[i] = f"$${tex.group(1)}$$"
            i += 1
            continue
        if _TEX_OPEN.match(line):
            i = _markdown_cell(lines, i, out, _TEX_OPEN)
            continue
        end = _cell_end(lines, i)
        n = _code_lines(lines, i, end)
        code = [c[:MAX_LINE] for c in lines[i:i + n]]
        for k in range(i, end):
            out[k] = ""
        arrow = _ARROW.match(js_spelling(code[0]))
        if arrow:
            out[i] = _function(code, own)
            if "[" in arrow.group(3) or arrow.group(3).strip() == "{":
                functions.add(arrow.group(1))
        else:
            statement = js_spelling(" ".join(c.strip() for c in code))
            assign = _ASSIGN.match(statement)
            shown = displayed(lines[i + n:end])
            mapped = _MAPPED.match(assign.group(2)) if assign else None
            if mapped and kind_by_name(assign.group(1)) == "jacobian":   # J = [0, 1, 2].map(x => [x, 1, 2 * x])
                out[i] = code_notes(f"grad = lambda {mapped.group(1)}: {mapped.group(2)}", "cell.py")
            if assign and _LITERAL.match(assign.group(2)):   # a value the learner typed: claimed as typed
                if len(own) < 40:
                    own[assign.group(1)] = ("", assign.group(2).strip())
                typed = shown_claims(statement, shown, functions) if shown is not None else []
                if of_output(kind_by_name(assign.group(1)) or ""):   # K2 = [[…]]: output 2's kernel
                    typed = [(0, f"K{of_output(kind_by_name(assign.group(1)))} = {assign.group(2).strip()}")]
                out[i] = ", ".join(f"${c}$" for k, c in typed if k == 0) if typed else code_notes(statement, "cell.py")
            elif shown is not None:
                for k, claim in shown_claims(statement, shown, functions):
                    out[i + n + k] = (out[i + n + k] + ", " if out[i + n + k] else "") + f"${claim}$"
        i = end
    return "\n".join(out)

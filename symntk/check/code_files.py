"""Working written as code (a Python, SageMath, MATLAB/Octave or Julia file, never run) turned into plain notes,
line for line.

A notes file is code by its suffix (``.py``, ``.sage``, ``.m``, ``.jl``; a pasted Sage session with ``sage:``
prompts is read by :mod:`symntk.check.sage_session` instead) or by its shape (:func:`is_code`: import or function
lines and several ``name = …`` assignments, no ``$`` math). The file is never run: each line is rewritten as text.

* a docstring (``\"\"\"…\"\"\"``) or block comment (``%{ … %}``, ``#= … =#``) is prose, its quotes dropped;
* Julia's output pasted as comments below a statement is what it computes (:mod:`symntk.check.julia_output`), and
  so is MATLAB's or Octave's command-window output pasted below one, bare or as comments (:mod:`.matlab_output`);
* a comment line (``#``, ``%``) is a line of notes (``# df/dW1 = W2 x`` is a claim as it would be on paper), except
  commented-out code (``# g2 = [1, 0, 2]``: a literal list assigned) and a take-back, which are not read (a
  comment giving θ as a list of the parameters, ``% theta = [W1(1,1); b1(1); …]``, states their order: read);
* an assignment ``name = expr`` is the claim ``name = expr``: string quotes dropped (``"w2 * x"`` is the formula),
  code spellings as math (``dot(a, b)`` and ``a @ b`` → ``a · b``, ``np.array(…)``/``torch.tensor(…)`` and Sage's
  ``vector(QQ, […])``, ``matrix(QQ, [[…]])`` → their values,
  ``**`` and ``.^`` → ``^``, ``'`` after a name or bracket → ``^T``, ``[8 12; 12 19]`` → ``[[8, 12], [12, 19]]``),
  and the learner's names as the notes' names (``df_dw11`` → ``df/dw11``, ``lam1`` → ``λ_1``, ``lam2_K1`` → output
  1's ``λ_2``, ``eig`` → the eigenvalues); an assignment running on over lines while its brackets are open is one
  claim on its first line;
* its comment ``# = v`` / ``# ~ v`` states the assignment's value (``name = expr = v`` / ``≈ v``); a comment that is
  arithmetic (``# 1 + 4 + 1 = 6``, ``# 2 * 0.24``) is the working that gives it (``name = 1 + 4 + 1 = 6``); any
  other comment stays beside it as prose;
* a line whose comment takes it back (``# wrong``, ``# scrap``) is not read; in a comment that says the line was
  fixed (``# oops, first had 2, fixed``) the comment is not read, the corrected line is;
* ``import``, ``function``/``def`` lines and their bodies (up to a line back at the def's indent), ``return``, ``end``
  and ``print`` are code only, but for a gradient written as a function (:mod:`symntk.check.code_gradients`).
"""

from __future__ import annotations

import re

from .code_comments import PLUS_MINUS, SPACED, after_theta, block_comment, comment_math, docstring
from .code_gradients import julia_short, module_values, put_in, python_gradient, python_lambda
from .code_spellings import CODE_RULES, NAME_RULES
from .julia_output import julia_spelling, printed_in_comments
from .matlab_output import is_matlab, printed_below
from .py_columns import stacked_columns

MAX_LINES = 2000
MAX_LINE = 2000
SUFFIXES = (".py", ".m", ".jl", ".ipy", ".sage")
_MARKED_UP = (".md", ".markdown", ".tex", ".typ", ".org", ".rst", ".html", ".ipynb")
_HEADING = re.compile(r"^#{2,6} |^\*\*\w")
_CODE_ONLY = re.compile(
    r"^\s{0,40}(?:import\s|from\s+[\w.]{1,60}\s+import\s|using\s|return\b|end\b|print\s{0,4}\(|disp\s{0,4}\(|"
    r"format\s|clc\b|clear\b|close\s|pass\b|@\w|var\s{0,4}\()")
_DEF = re.compile(r"^(\s{0,40})(?:def\s+\w{1,40}\s{0,4}\(|function\s{1,4}[\w\[])")
_PROGRAM = re.compile(r"^(?:import\s+\w|from\s+[\w.]{1,60}\s+import\s|using\s+[A-Z]\w|def\s+\w{1,40}\s{0,4}\("
                      r"|function\s)")
_ASSIGN = re.compile(r"^\s{0,8}([A-Za-z_]\w{0,40})\s{0,8}=(?!=)\s{0,8}(.{1,2000})$")
_LOCAL = re.compile(r"^\s{1,40}([A-Za-z_]\w{0,20})\s{0,4}=(?!=)\s{0,4}([^;#=]{1,400})(?:#.{0,400})?$")   # one local
_COMMENT_LINE = re.compile(r"^\s{0,40}(#|%)(?![{}=])\s?(.{0,2000})$")
_TRIPLE = re.compile(r'^\s{0,40}[rRuU]?("""|\'\'\')')
_BLOCK_OPEN = re.compile(r"^\s{0,40}(%\{|#=)\s*$")
_BLOCK_CLOSE = re.compile(r"^\s{0,40}(%\}|=#)\s*$")
_TAKE_BACK = re.compile(r"\b(?:wrong|scrap|ignore(?: this)?|not this|discard|crossed out|mistake)\b", re.I)
_FIXED = re.compile(r"\b(?:oops|fixed|corrected|first had|was wrong)\b", re.I)
_ARITH = re.compile(r"^[\d\s.+\-*/^()√,;]{1,400}(?:=\s{0,4}[-\d.]{1,30})?$")
_VALUE = re.compile(r"^(=|~|≈|~=)\s{0,4}(.{1,400})$")
_ARROW = re.compile(r"^.{0,200}->\s{0,4}(?:~|≈)\s{0,4}(-?\d{1,12}(?:\.\d{1,12})?)\s{0,4}$")
_FORMULA = re.compile(r"^(?=.{0,200}[*/^()+\-])[\w\s.+\-*/^()·'=]{1,200}$")
_FUNCTIONS = {"tanh", "sqrt", "relu", "sigma", "sigmoid", "exp"}
_MATRIX_NAME = re.compile(r"^K([1-9])\s{0,8}=\s{0,8}(?:np\.array\(\s{0,4})?\[\s{0,4}\[")
_GRAM_NAME = re.compile(r"^K([1-9])\s{0,8}=\s{0,8}([A-Za-z]\w{0,8})\s{0,4}(?:\*|@)\s{0,4}\2\s{0,4}(?:\.?'|\.T\b)")
_FACTOR = re.compile(r"(?<![\w^])[A-Za-z]\w{0,8}(?!\w)")
_KERNEL_NUMBER = re.compile(r"(?<![\w^])K([1-9])(?!\w)")
_COUNT = re.compile(r"^(?:n_?|num_?|number_?of_?)?(?:params?|parameters)$|^n_?theta$|^P$", re.I)
_NAME_TUPLE = re.compile(r"^\(?\s{0,4}([A-Za-z]\w{0,20}(?:\s{0,4},\s{0,4}[A-Za-z]\w{0,20}){1,60})\s{0,4}\)?$")
_THETA_VALUES = re.compile(r"^(?:theta_?(?:vals?|values|num|numbers|0)|th_?0?|params)$", re.I)
_THETA_ORDER = re.compile(r"^theta\s{0,4}=\s{0,4}[\[(]\s{0,4}[Wb]\d[^=]{0,400}[\])](?:'|\.')?"
                          r"(?:\s{1,12}.{0,200})?$", re.I)
_BARE_COUNT = re.compile(r"^[nN]$")
_STRING = re.compile(r"""(?<![\w\]\)])(["'])([^"'\n]{0,200})\1""")
_ROWS = re.compile(r"^\[([^\[\]]{1,1500})\]$")


def is_code(text: str, source: str = "<notes>") -> bool:
    """Whether a notes file is working written as code: its suffix is a program's (.py, .m, .jl), or it is no
    marked-up document (not .md/.tex/.typ/.org, no ``$`` math, no code fences, no ``##`` headings or ``**bold**``)
    and it has an import or function line and at least four ``name = …`` assignment lines."""
    if source.lower().endswith(SUFFIXES):
        return True
    if source.lower().endswith(_MARKED_UP) or any(mark in text for mark in ("$", "\\begin", "```", "~~~")):
        return False
    lines = text.split("\n")[:MAX_LINES]
    if any(_HEADING.match(line) for line in lines):
        return False
    program = any(_PROGRAM.match(line) for line in lines)
    assigns = sum(1 for line in lines if _ASSIGN.match(line) and not line.startswith(" "))
    return program and assigns >= 4


def code_notes(text: str, source: str = "<notes>") -> str:
    """The text of a code file as plain notes, line for line (see the module's docstring); other text unchanged."""
    if not is_code(text, source):
        return text
    lines = [julia_spelling(line[:MAX_LINE]) for line in text.split("\n")]
    out = [""] * len(lines)
    matlab = printed_below(lines, _code_of, math_spelling, MAX_LINES) if is_matlab(lines, source) else {}
    _per_output(lines)
    live = {m.group(1) for line in lines[:MAX_LINES] if (m := _ASSIGN.match(line)) and not _COMMENT_LINE.match(line)}
    printed = printed_in_comments(lines, MAX_LINES)   # Julia's output in comments: claims of what printed it
    printed.update(matlab)   # MATLAB/Octave command-window output below its statement
    i = 0
    body_indent: int | None = None
    reading_body = False
    while i < len(lines) and i < MAX_LINES:
        line = lines[i][:MAX_LINE]
        stripped = line.strip()
        if body_indent is not None:
            if stripped and len(line) - len(line.lstrip()) <= body_indent:   # a comment back at the def's indent too
                body_indent = None
            else:
                if reading_body and _LOCAL.match(line) and not out[i]:   # h = W1 * x + b1 in def grad(x): its formula
                    out[i] = _claim(_split_comment(line)[0].strip().rstrip(";"), "")
                i += 1
                continue
        if i in printed:
            out[i] = printed[i]
            i += 1
            continue
        triple = _TRIPLE.match(line)
        if triple:
            i = docstring(lines, out, i, triple.group(1))
            continue
        if _BLOCK_OPEN.match(line):
            i = block_comment(lines, out, i, _BLOCK_CLOSE, MAX_LINES)
            continue
        define = _DEF.match(line)
        if define:
            before = sum(1 for said in out[i:i + 40] if said)
            python_gradient(lines, i, _depth, math_spelling, out)   # def grad(x): return […] → ∇f(x) = […]
            body_indent = len(define.group(1)) if lines[i].rstrip().endswith(":") else None
            reading_body = sum(1 for said in out[i:i + 40] if said) > before   # a gradient read: its locals too
            i += 1
            continue
        if not stripped or _CODE_ONLY.match(line):
            i += 1
            continue
        comment = _COMMENT_LINE.match(line)
        if comment:
            said = comment.group(2).strip()
            out[i] = "" if _commented_code(said, live) or _TAKE_BACK.search(said) else comment_math(said)
            i += 1
            continue
        i = _statement(lines, out, i)
    return "\n".join(out)


def _code_of(line: str) -> str | None:
    """A line's code without its comment; None for a comment line, a blank line or a line that is code only."""
    code = not (not line.strip() or _COMMENT_LINE.match(line) or _CODE_ONLY.match(line))
    return (_split_comment(line)[0].strip() or None) if code else None


def _per_output(lines: list[str]) -> None:
    """Kernels numbered by output (``K1 = [[…]]``, ``K2 = [[…]]`` or ``K1 = G1*G1'``) renamed ``K^(1)``, ``K^(2)``
    (``G1`` then ``J^(1)``) in code and comments, where ``K1`` alone would read as the entry K_1."""
    numbered, factors = set(), {}
    for line in lines[:MAX_LINES]:
        if m := _MATRIX_NAME.match(line) or _GRAM_NAME.match(line):
            numbered.add(m.group(1))
            if m.lastindex == 2 and not m.group(2).startswith("J"):
                factors[m.group(2)] = m.group(1)
    if len(numbered) < 2:
        return
    for k, line in enumerate(lines[:MAX_LINES]):
        line = _KERNEL_NUMBER.sub(lambda m: f"K^({m.group(1)})" if m.group(1) in numbered else m.group(0), line)
        lines[k] = _FACTOR.sub(lambda m: f"J^({factors[m.group(0)]})" if m.group(0) in factors else m.group(0), line)


def _commented_code(said: str, live: set[str]) -> bool:
    """Whether a comment's text is a commented-out statement: one assignment of a name the code also assigns
    (``# g2 = [1, 0, 2]`` above ``g2 = [1, 0, 3]``), or a statement ending in ``;``."""
    assign = _ASSIGN.match(said)
    if assign and _THETA_ORDER.match(said):   # theta = [W1(1,1); b1(1); …]: the order stated, not code
        return False
    if assign and assign.group(1) in live and said.count("=") == 1 and not SPACED.search(said):
        return True
    return said.rstrip().endswith(";") and "=" in said


def _split_comment(line: str) -> tuple[str, str]:
    """A code line's statement and its trailing comment (``#`` or ``%`` outside quotes), both stripped."""
    quote = ""
    for k, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'" and not (ch == "'" and k and (line[k - 1].isalnum() or line[k - 1] in ")]_")):
            quote = ch
        elif ch == "#" or (ch == "%" and not line[k + 1:k + 2] == "{"):
            return line[:k].rstrip(), line[k + 1:].strip()
    return line.rstrip(), ""


def _depth(code: str) -> int:
    """How many brackets ``code`` leaves open."""
    return sum(code.count(c) for c in "([{") - sum(code.count(c) for c in ")]}")


def _statement(lines: list[str], out: list[str], i: int) -> int:
    """Rewrite the statement starting at line ``i`` (and its continuation lines) onto line ``i``; returns the next
    index."""
    code, comment = _split_comment(lines[i][:MAX_LINE])
    j = i + 1
    while _depth(code) > 0 and j < len(lines) and j < MAX_LINES and j - i < 40:
        more, _ = _split_comment(lines[j][:MAX_LINE])
        code = code + " " + more.strip()
        j += 1
    code = code.rstrip(";").rstrip()
    code = stacked_columns(code, lambda text: put_in(text, module_values(lines, i))) or code   # np.column_stack
    if comment and _TAKE_BACK.search(comment) and not _FIXED.search(comment):
        return j
    if comment and _FIXED.search(comment):
        comment = ""
    out[i] = python_lambda(code, math_spelling) or julia_short(code, math_spelling) or \
        _claim(code, comment, after_theta(lines, i))
    return j


def _claim(code: str, comment: str, counting: bool = False) -> str:
    """One statement and its comment as a line of notes; ``counting``: the line above assigns θ or names the
    parameters, so a bare ``n = 7`` is their number."""
    assign = _ASSIGN.match(code)
    if not assign:
        spelled = math_spelling(code)
        if comment and _ARITH.match(comment) and re.search(r"=\s{0,4}\[", spelled):   # K^(1) = [[…]]  # 1+4 ; 2+6
            return spelled
        return spelled + (f"   ({comment})" if comment else "")
    name, expr = _name(assign.group(1)), math_spelling(assign.group(2).strip())
    if expr.isdigit() and (_COUNT.match(name) or (counting and _BARE_COUNT.match(name))):
        name = "P"   # n_params = 7: how many parameters
    elif _THETA_VALUES.match(name) and expr.startswith("["):   # theta_val = [1, 0, 2]: θ with its values
        name = "θ"
    said = f"{name} = {expr}"
    if not comment:
        return said
    value = _VALUE.match(comment)
    if value:
        sign = "=" if value.group(1) == "=" else "≈"
        return f"{said} {sign} {math_spelling(value.group(2).strip())}"
    arrow = _ARROW.match(comment)
    if arrow:
        return f"{said} ≈ {arrow.group(1)}"
    if _ARITH.match(comment) and re.search(r"[+\-*/]", comment):
        work = math_spelling(comment)
        if "=" in work:
            return f"{name} = {work}"
        if re.fullmatch(r"-?[\d.]{1,30}", expr):
            return f"{name} = {work} = {expr}"
    names = _NAME_TUPLE.match(comment)
    if names and expr.startswith("[") and names.group(1).count(",") == expr.count(",") and "[[" not in expr:
        return f"{name} = ({names.group(1)}) = ({expr[1:-1]})"
    if expr.startswith("[") and _ARITH.match(comment):   # the working of a list's entries, not one value
        return said
    words = re.findall(r"[A-Za-z]{4,40}", comment)
    if _FORMULA.match(comment) and all(w in _FUNCTIONS for w in words):
        work = math_spelling(comment)
        if "=" not in work:
            return f"{name} = {work} = {expr}"
        if work.rsplit("=", 1)[1].replace(" ", "") == expr.replace(" ", ""):
            return f"{name} = {work}"
    return f"{said}   ({comment})"


def _name(name: str) -> str:
    """A learner's variable name as the notes' name (``df_dw11`` → ``df/dw11``, ``lam2`` → ``λ_2``)."""
    for pattern, repl in NAME_RULES:
        name = pattern.sub(repl, name)
    return name


def math_spelling(expr: str) -> str:
    """A code expression in the notes' math spelling: quotes, calls and operators as math; names as notes' names."""
    expr = _STRING.sub(lambda m: m.group(2), expr)
    expr = PLUS_MINUS.sub("±", expr)
    for pattern, repl in CODE_RULES:
        expr = pattern.sub(repl, expr)
    rows = _ROWS.match(expr.strip())
    if rows and ";" in rows.group(1):
        cells = [re.split(r"\s*,\s*|\s+", row.strip()) for row in rows.group(1).split(";") if row.strip()]
        expr = "[" + ", ".join("[" + ", ".join(c for c in row if c) + "]" for row in cells) + "]"
    elif rows and "," not in rows.group(1) and not re.search(r"\bfor\b", rows.group(1)):   # not [g(x) for x in xs]
        expr = "[" + ", ".join(rows.group(1).split()) + "]"
    return " ".join(_name(word) for word in expr.split(" "))

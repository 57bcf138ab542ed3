"""Notes typed in Maxima / Moodle STACK answer-box notation, rewritten line by line as Markdown with LaTeX math.

A file writes Maxima when it has no LaTeX math and at least :data:`EVIDENCE` of its lines show a Maxima-only
feature (``matrix([…])``, ``ident(n)``, ``determinant(…)``, ``%e``/``%pi``, ``charpoly(…)``) or ``diff(f, w)``
beside one, or, with no such call, :data:`WEAK_EVIDENCE` lines with ``diff(f, w)`` and no sign of Python
code. Each line keeps its number. A line is cut into math runs and prose: a word of two letters or more that
is no known name (:data:`MATH_WORDS`, a call ``name(``, a name with digits, a name before ``=``) is prose; runs are
also cut at the breaks in :data:`BREAKS` (top-level ``,`` and ``;``, a label's ``:``, ``->``, table bars, bold
marks, wide gaps). A run that reads as an expression (:mod:`symntk.check.maxima_math`) and has an ``=``, a call,
a list or an operator becomes inline math; an unbalanced bracket cuts it. ``v = 26.4008 (approx)`` is ``≈``.
Nothing of the learner's text is evaluated.
"""

from __future__ import annotations

import re

from .maxima_math import CONSTANTS, FUNCTIONS, WORDS, maxima_latex, name_latex

EVIDENCE = 2
WEAK_EVIDENCE = 3   # lines with diff(f, w) when no line has a Maxima-only call
MAX_LINES = 3000
MAX_LINE = 2000
MAX_NESTING = 6   # brackets of prose and values read inside each other, at most
_STRONG = re.compile(r"(?<![\w.])(?:matrix\(\s*\[|ident\(\s*\d|determinant\(|charpoly\(|mat_trace\(|transpose\()|"
                     r"%(?:e|pi)\b")
_DIFF = re.compile(r"(?<![\w.])diff\(\s*[A-Za-z]\w{0,10}(?:\([^()]{0,20}\))?\s*,")
_WEAK = re.compile(_DIFF.pattern + r"|\b[A-Za-z]\w{0,5}\[[1-9],[1-9]\]")
_PYTHON = re.compile(r"^\s*(?:import\s|from\s+\w+\s+import\s|def\s|>>>)|\b(?:np|sp|sympy|numpy)\.|\bprint\(",
                     re.M)   # SymPy or NumPy code writes diff(f, w) and K[1,2] too
_LATEX = re.compile(r"\$|\\(?:frac|begin|partial|lambda|theta|sqrt)\b")
MATH_WORDS = frozenset(FUNCTIONS) | frozenset(CONSTANTS) | frozenset(WORDS) | {
    "diff", "ident", "matrix", "charpoly", "grad", "gradient", "jacobian"}
BREAKS = re.compile(r"\*\*|->|=>|\||;|[ \t]{3,}|:(?=[ \t*]|$)|(?<=[\w)\]])\.(?=\s|$)")
_APPROX = re.compile(r"\s*=\s*(-?\d{1,12}(?:\.\d{1,12})?)\s*\((?:approx\.?|approximately|rounded|ca\.?)\)")
_TOKEN = re.compile(r"%?[A-Za-z_][A-Za-z0-9_]{0,40}'{0,2}|\d{1,30}(?:\.\d{1,30})?|\s+|.", re.S)
_BULLET = re.compile(r"^(\s*(?:[-*+]|\d{1,2}[.)])\s+|\s*#{1,6}\s+|\s*>\s*)(?=\S)")
_SAID_VALUE = re.compile(r"(?<![\w%])((?i:trace|tr|determinant|det|discriminant|disc))(?::?[ \t]+|:)(?=-?\d)")
# trace 22, Discriminant: 27^2 - 4*140: the quantity named is that value
_LAYER_VECTOR = re.compile(r"(?<![\w\[])([zha])(\d)\s*[:=]\s*(?:matrix\(|[^=\n]{0,40}?\bW\d(?![\w\[]))")
_TAGGED = re.compile(r"(?<![\w\[])([A-Za-z]{1,3})(\d{1,2})\[")
_KERNEL_RULE = re.compile(r"\bK\s*(?:\[\s*i\s*,\s*j\s*\]|_\{?ij\}?|\(i,\s*j\))\s*=\s*([a-z])_?i\s*\.\s*\1_?j\b")
_PROMPT = re.compile(r"^\s*\(%([io])\d{1,5}\)[ \t]*", re.M)
_TERMINATOR = re.compile(r"(?<=[\w)\]'])[ \t]*\$(?=[ \t]|$)", re.M)   # W1: matrix([1],[1])$ b1: …
_COMMENT = re.compile(r"/\*(.{0,600}?)\*/")
_EIGEN_LIST = re.compile(r"^(\s*(?:[A-Za-z ]{0,30}:\s*)?)(float\(\s*)?eigenvalues\(\s*\w{1,6}\s*\)\s*\)?\s*=\s*"
                         r"(?:\[\s*\[([^\[\]]{1,300})\]\s*,\s*\[[\d,\s]{1,40}\]\s*\]|\[([^\[\]]{1,300})\])\s*$")
_SOLVED = re.compile(r"^(\s*)(?:solve|float|realroots|allroots)\((?:[^\n]{0,300})\)\s*=\s*\[([^\[\]]{1,300})\]\s*$")
_OPERATOR = re.compile(r"[=≈<>#(\[+*/^:]|(?<=\w)\s*-\s*(?=\w)|±")


def is_maxima(text: str) -> bool:
    """Whether notes are written in Maxima notation: no LaTeX math, one line or more with a Maxima-only call and
    :data:`EVIDENCE` lines with one or with ``diff(f, w)`` / a 1-based bracket pair ``K[1,2]``."""
    if _LATEX.search(_TERMINATOR.sub("", text)):
        return False
    lines = text.split("\n")[:MAX_LINES]
    strong = sum(1 for line in lines if _STRONG.search(line))
    weak = sum(1 for line in lines if not _STRONG.search(line) and _WEAK.search(line))
    if strong >= 1:
        return strong + weak >= EVIDENCE
    derivatives = sum(1 for line in lines if _DIFF.search(line))
    return derivatives >= WEAK_EVIDENCE and not _PYTHON.search(text)


def _is_prose(tokens: list[str], k: int) -> bool:
    """Whether token ``k`` is an English word: two letters or more, no digit, no known name, not called, indexed
    or assigned."""
    word = tokens[k]
    if not re.fullmatch(r"[A-Za-z]{2,40}", word) or word in MATH_WORDS or word.rstrip("'") in MATH_WORDS:
        return False
    after = "".join(tokens[k + 1:k + 4]).lstrip(" \t")
    if after.startswith(("(", "[")) and not tokens[k + 1:k + 2] == [" "]:
        return False
    if re.match(r"=(?!=)", after) and len(word) <= 6 and not (k > 0 and _prev_word(tokens, k)):
        return False   # tr = 54, det = 712: a short name assigned
    return True


def _prev_word(tokens: list[str], k: int) -> bool:
    """Whether a prose-like word comes just before token ``k`` (``Third row = …``)."""
    j = k - 1
    while j >= 0 and tokens[j].isspace():
        j -= 1
    return j >= 0 and bool(re.fullmatch(r"[A-Za-z]{3,40}", tokens[j])) and tokens[j] not in MATH_WORDS


def _balanced_runs(run: str) -> list[str]:
    """``run`` cut at brackets that do not close (or open) inside it, so every piece is balanced."""
    stack: list[int] = []
    cuts: set[int] = set()
    pairs = {")": "(", "]": "["}
    for i, ch in enumerate(run):
        if ch in "([":
            stack.append(i)
        elif ch in ")]":
            if stack and run[stack[-1]] == pairs[ch]:
                stack.pop()
            else:
                cuts.add(i)
    cuts.update(stack)
    if not cuts:
        return [run]
    pieces, start = [], 0
    for c in sorted(cuts):
        pieces += [run[start:c], run[c]]
        start = c + 1
    pieces.append(run[start:])
    return pieces


def _math(run: str, renamed: dict[str, str], depth: int = 0) -> str:
    """A run of the line as inline math when it reads and is math, else unchanged."""
    core = run.strip()
    if not core or not _OPERATOR.search(core) or re.fullmatch(r"\(?[A-Za-z]?\)?", core):
        return run
    lead, trail = run[:len(run) - len(run.lstrip())], run[len(run.rstrip()):]
    end = re.search(r"[.,:?!]+$", core)
    if end:
        core, trail = core[:end.start()].rstrip(), end.group() + trail
    if core.startswith(("+", "*", "/", "^")) or core.endswith(("+", "-", "*", "/", "^", "(", "[")):
        return run
    if core.endswith("="):
        core, trail = core[:-1].rstrip(), " =" + trail
    tex = maxima_latex(core, renamed)
    group = re.match(r"^(.{1,200}?[ \t])(\([^()]{0,400}(?:\([^()]{0,100}\)[^()]{0,100}){0,8}\))$", core)
    if tex is None and group and depth < MAX_NESTING:   # A (x[1] = 1, x[2] = 2): a word, then values listed in brackets
        return lead + _math(group.group(1), renamed, depth + 1) + _math(group.group(2), renamed, depth + 1) + trail
    if tex is None and core.startswith("(") and core.endswith(")") and len(_balanced_runs(core[1:-1])) == 1 \
            and depth < MAX_NESTING:
        inner = "".join(_runs(p, renamed, depth + 1) if k % 2 == 0 else p for k, p in enumerate(_split(core[1:-1])))
        return f"{lead}({inner}){trail}"   # (u1 = 1, u2 = 1): values listed in brackets
    if tex is None or not tex:
        return run
    return f"{lead}${tex}${trail}"


def _runs(text: str, renamed: dict[str, str], depth: int = 0) -> str:
    """A stretch of a line between breaks, its math runs as inline math."""
    tokens = _TOKEN.findall(text)
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            joined = "".join(run)
            out.extend(_math(p, renamed, depth) if k % 2 == 0 else p for k, p in enumerate(_balanced_runs(joined)))
            run.clear()
    for k, token in enumerate(tokens):
        if _is_prose(tokens, k):
            flush()
            out.append(token)
        else:
            run.append(token)
    flush()
    return "".join(out)


def _split(line: str) -> list[str]:
    """``line`` cut at the :data:`BREAKS` and at top-level commas, separators kept as odd pieces."""
    pieces, depth, start, i = [], 0, 0, 0
    while i < len(line):
        ch = line[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        m = BREAKS.match(line, i) if depth == 0 else None
        if m and m.group() == ":" and re.search(r"(?<![A-Za-z])(?:[A-Za-z]{1,3}|[A-Za-z]\w{0,5}[\d_]\w*)\s*$",
                                                line[start:i]) and not re.match(r"[^;]*[=≈]", line[i:]):
            m = None   # K: matrix(…), Maxima's assignment
        if depth == 0 and (m or ch == ","):
            end = m.end() if m else i + 1
            pieces += [line[start:i], line[i:end]]
            start = i = end
            continue
        i += 1
    pieces.append(line[start:])
    return pieces


def _line(line: str, renamed: dict[str, str]) -> str:
    """One line of Maxima notes as Markdown with inline math (see the module doc); a ``/* comment */`` is read
    apart from the code around it."""
    if len(line) > MAX_LINE or not line.strip():
        return line
    comment = _COMMENT.search(line)
    if comment:
        return (_line(line[:comment.start()], renamed) + "/* " + _line(comment.group(1).strip(), renamed) + " */"
                + _line(line[comment.end():], renamed))
    line = _results(line)
    line = _SAID_VALUE.sub(r"\1 = ", _APPROX.sub(r" ≈ \1", line))
    bullet = _BULLET.match(line)
    lead = bullet.group(1) if bullet else ""
    body = line[len(lead):]
    if not lead and body.startswith((" ", "\t")) and body.lstrip()[:1] not in ("", "|"):
        body = body.lstrip()   # an indented block of working is read, not shown as code
    return lead + "".join(_runs(p, renamed) if k % 2 == 0 else p for k, p in enumerate(_split(body)))


def _items(body: str) -> list[str]:
    """The top-level comma-separated items of a list's body."""
    pieces = _split(body)
    return [p.strip() for p in pieces[0::2]] if all(p.strip() == "," for p in pieces[1::2]) else []


def _results(line: str) -> str:
    """A line whose right side is a list of results, as the claims it makes: ``eigenvalues(K) = [a, b]`` (or
    Maxima's ``[[a, b], [1, 1]]`` with multiplicities) → ``lambda[1] = a, lambda[2] = b``; ``solve(…) =
    [lambda = a, lambda = b]`` → ``lambda = a, lambda = b``."""
    m = _EIGEN_LIST.match(line)
    if m:
        values = _items(m.group(3) or m.group(4))
        sign = "≈" if m.group(2) else "="
        if len(values) >= 2 and all(values):
            return m.group(1) + ", ".join(f"lambda[{k}] {sign} {v}" for k, v in enumerate(values, 1))
    m = _SOLVED.match(line)
    if m:
        values = _items(m.group(2))
        if values and all(re.match(r"[A-Za-z]\w{0,8}\s*=[^=]", v) for v in values):
            return m.group(1) + ", ".join(values)
    return line


def own_names(text: str) -> dict[str, str]:
    """The LaTeX of names the notes' own use decides: a ``z``/``h``/``a`` with one digit assigned a matrix or the
    layer's formula (``z1 = W1*x + b1``) is that layer's vector ``z^{[1]}``; a name with trailing digits the notes
    also index (``K1`` beside ``K1[1,2]``) is one of a numbered family, ``K^{(1)}``."""
    renamed = {}
    for m in _LAYER_VECTOR.finditer(text):
        renamed[m.group(1) + m.group(2)] = f"{m.group(1)}^{{[{m.group(2)}]}}"
    for m in _TAGGED.finditer(text):
        name = m.group(1) + m.group(2)
        if name not in renamed and not re.fullmatch(r"[Wb]\d", name):
            renamed[name] = f"{name_latex(m.group(1))}^{{({m.group(2)})}}"
    return renamed


def kernel_dots(text: str) -> str:
    """``text`` with a dot product of two numbered gradients (``g1 . g2 = 12``) labelled as the kernel entry it is
    (``K[1,2] = g1 . g2 = 12``) when the notes state the kernel that way (``K[i,j] = g_i . g_j``)."""
    stated = _KERNEL_RULE.search(text)
    if not stated:
        return text
    letter = re.escape(stated.group(1))
    dot = re.compile(rf"^(\s*(?:[-*+]\s+)?)({letter})_?(\d)\s*\.\s*{letter}_?(\d)(?=\s*=)", re.M)
    return dot.sub(lambda m: f"{m.group(1)}K[{m.group(3)},{m.group(4)}] = {m.group(2)}{m.group(3)} . "
                             f"{m.group(2)}{m.group(4)}", text)


def session_lines(text: str) -> str:
    """``text`` with a Maxima session's prompts read: ``(%i3) K: J . transpose(J);`` keeps its statement, the
    output ``(%o3) matrix([8,12],[12,19])`` after it becomes the claim ``K = matrix([8,12],[12,19])`` (an input
    that only computes, ``determinant(K);``, gives ``determinant(K) = …``); ``$`` and ``;`` ending a statement
    are dropped. Line breaks are kept."""
    if not _PROMPT.search(text) and not _TERMINATOR.search(text):
        return text
    out, last = [], None
    for line in text.split("\n"):
        line = _TERMINATOR.sub(";", line).rstrip().rstrip(";")
        m = _PROMPT.match(line)
        if not m:
            out.append(line)
            continue
        body = line[m.end():].rstrip().rstrip(";").rstrip()
        if m.group(1) == "i":
            assigned = re.match(r"^([A-Za-z]\w{0,12}(?:\[[^\[\]]{1,12}\])?)\s*:(?!=)\s*(.+)$", body)
            last = assigned.group(1) if assigned else (body if "=" not in body and ":" not in body else None)
            out.append(line[:len(line) - len(line.lstrip())] + body)
        else:
            out.append(f"{last} = {body}" if last and body else body)
            last = None
    return "\n".join(out)


def maxima_markdown(text: str) -> str:
    """Notes in Maxima notation rewritten as Markdown with inline LaTeX math, line for line (see the module
    doc)."""
    text = kernel_dots(session_lines(text))
    renamed = own_names(text)
    return "\n".join(_line(line, renamed) for line in text.split("\n"))

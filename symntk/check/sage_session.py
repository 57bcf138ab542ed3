"""A SageMath session handed in as notes (``sage: K = J*J.transpose(); K`` with Sage's output below it, ``#``
comments with the hand working) rewritten as lines of notes with inline math, line for line.

Notes hold a Sage session when at least :data:`EVIDENCE` lines are ``sage:`` prompts. A prompt's code runs on over
the ``....:`` continuation lines below it; Sage's output is the lines below those up to the next prompt, comment or
blank line: one line per printed value (``(1, 0, 1)``, ``x^2 - 27*x + 8``, ``[32, 22]``), or a matrix drawn over
``[ 8 12]`` rows read as ``[[8, 12], [12, 19]]`` (:func:`symntk.check.maple_session.outputs_of`). The statements
of a prompt (cut at top-level ``;``) that print — expressions, not assignments — are matched with the outputs in
order.

Each statement becomes claims (:mod:`symntk.check.sage_claims`) placed as a teacher marks them: on its output line
when Sage prints the result, else on the prompt line (a value the learner typed, ``g1 = vector(QQ, [1, 2, 1])``);
a typed value echoed on the same prompt (``K = matrix(QQ, [[8, 12], …]); K``) is claimed once, as typed; θ typed
as the same list of names the notes already wrote out is no new claim.

A comment line (``# K_11 = 1 + 4 + 1 = 6``) is a line of notes, its ``#`` dropped and its math spelt as a code
file's comment's (:func:`symntk.check.code_comments.comment_math`: ``+-`` is ±, ``lam`` λ) and by
:data:`_COMMENT_RULES` (``lam_1`` is λ_1, ``~`` is ≈; a wide gap parts two claims). An activation defined under
the learner's own name (``s(z) = 1/(1 + exp(-z))``) is read by the name the reader knows (:func:`own_activations`).
A comment after a statement stays as prose beside its claims; a ``def`` and its body are code only. Nothing is
evaluated; sizes are bounded and every pattern is linear and anchored.
"""

from __future__ import annotations

import re

from .code_comments import comment_math
from .maple_session import outputs_of

MAX_LINES = 3000
MAX_LINE = 2000
EVIDENCE = 2
_PROMPT = re.compile(r"^\s{0,12}sage:(?:\s(.{0,2000}))?$")
_MORE = re.compile(r"^\s{0,12}\.{3,4}:(?:\s(.{0,2000}))?$")
_COMMENT = re.compile(r"^\s{0,40}#{1,6}(?:\s(.{0,2000}))?$")
_DEF = re.compile(r"^def\s+([A-Za-z]\w{0,20})\s*\(")
_ASSIGNS = re.compile(r"^\s*[A-Za-z]\w{0,20}(?:\s*\([\w\s,]{0,60}\))?\s*=(?!=)")
_GAP = re.compile(r"(?<=[\w)\]])[ \t]{4,40}(?=[A-Za-z])")
_ITEMS = re.compile(r"[\[(]\s*([^\[\]()]{1,600})\s*[\])]\s*\]?$")
_COMMENT_RULES: tuple[tuple[re.Pattern[str], str], ...] = (   # a comment's own spellings, as the notes' math
    (re.compile(r"(?<![\w\\])(?:lam|lambda|lmbda)_?(\d)(?![\w.])"), r"λ_\1"),   # lam_1, lam2 → λ_1, λ_2
    (re.compile(r"(?<=[\w)\]])[ \t]{1,4}~=?[ \t]{0,4}(?=[-\d(.√])"), " ≈ "),   # sqrt(89) ~ 9.43398
)
_ACTIVATION_DEF = re.compile(r"^\s{0,12}sage:\s{0,4}([A-Za-z]\w{0,7})\s*(?:\(\s*([a-z])\s*\)\s*=(?!=)"
                             r"|=\s*lambda\s+([a-z])\s*:)\s*(.{1,200}?)\s*(?:#.{0,200})?$")
_SIGMOID = r"1\s*/\s*\(\s*1\s*\+\s*(?:exp\(\s*-\s*{v}\s*\)|e\s*\^\s*\(\s*-\s*{v}\s*\))\s*\)"
_KNOWN = {"sigma", "sigmoid", "tanh", "relu", "ReLU", "softplus", "f", "exp", "max", "n", "N"}
_NAME = re.compile(r"^\s*([A-Za-z]\w{0,20})\s*(?:\([\w\s,]{0,60}\))?\s*=(?!=)")


def is_sage(text: str) -> bool:
    """Whether notes hold a Sage session: :data:`EVIDENCE` lines or more that are ``sage:`` prompts."""
    return sum(1 for line in text.split("\n")[:MAX_LINES] if _PROMPT.match(line[:MAX_LINE])) >= EVIDENCE


def own_activations(text: str) -> str:
    """``text`` with an activation the session defines under its own name (``s(z) = 1/(1 + exp(-z))``, ``act =
    lambda z: tanh(z)``, ``r(z) = max(z, 0)``) renamed to the name the notes' reader knows (``sigma``, ``tanh``,
    ``relu``) wherever it is applied (``s(``, ``s'(``), in code and comments alike."""
    renamed: dict[str, str] = {}
    for line in text.split("\n")[:MAX_LINES]:
        m = _ACTIVATION_DEF.match(line[:MAX_LINE])
        if not m or m.group(1) in _KNOWN:
            continue
        v, body = re.escape(m.group(2) or m.group(3)), m.group(4).strip()
        if re.fullmatch(_SIGMOID.format(v=v), body):
            renamed[m.group(1)] = "sigma"
        elif re.fullmatch(rf"tanh\(\s*{v}\s*\)", body):
            renamed[m.group(1)] = "tanh"
        elif re.fullmatch(rf"max(?:_symbolic)?\(\s*(?:{v}\s*,\s*0|0\s*,\s*{v})\s*\)", body):
            renamed[m.group(1)] = "relu"
    for name, known in renamed.items():
        text = re.sub(rf"(?<![\w.]){re.escape(name)}(?=\s?[('′])", known, text)
    return text


def _comment(said: str) -> str:
    """A comment line's text as a line of notes (see the module doc)."""
    said = comment_math(_GAP.sub("; ", said.strip()))
    for pattern, repl in _COMMENT_RULES:
        said = pattern.sub(repl, said)
    return said


def split_code(code: str) -> tuple[list[str], str]:
    """A prompt's code cut into statements at top-level ``;`` (outside brackets and quotes), and its trailing
    ``#`` comment."""
    out: list[str] = []
    depth, start, quote = 0, 0, ""
    for i, ch in enumerate(code):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            out.append(code[start:i])
            return [s.strip() for s in out if s.strip()], code[i + 1:].strip()
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == ";" and depth == 0:
            out.append(code[start:i])
            start = i + 1
    out.append(code[start:])
    return [s.strip() for s in out if s.strip()], ""


def _prints(statement: str) -> bool:
    """Whether Sage prints the statement's value: an expression, not an assignment or a ``for``/``if`` line."""
    return not _ASSIGNS.match(statement) and not re.match(r"^(?:for|if|while|import|from|load|reset)\b", statement)


def sage_notes(text: str) -> str:
    """Notes with their Sage session rewritten as notes (see the module doc); other text unchanged."""
    if not is_sage(text):
        return text
    from .maple_claims import Session
    from .sage_claims import claims, values_given

    lines = own_activations(text).split("\n")
    original = list(lines)   # the notes' own lines before each prompt (its prompts and outputs blanked)
    session = Session()
    i = 0
    while i < len(lines) and i < MAX_LINES:
        m = _PROMPT.match(lines[i][:MAX_LINE])
        if not m:
            comment = _COMMENT.match(lines[i][:MAX_LINE])
            if comment:   # wide gaps between two claims of a comment line: the claims apart
                lines[i] = _comment(comment.group(1) or "")
            i += 1
            continue
        code = [m.group(1) or ""]
        j = i + 1
        while j < len(lines) and j < MAX_LINES and j - i < 60 and (more := _MORE.match(lines[j][:MAX_LINE])):
            code.append(more.group(1) or "")
            j += 1
        end = j
        while end < len(lines) and end < MAX_LINES and lines[end].strip() and not _PROMPT.match(lines[end]) \
                and not _COMMENT.match(lines[end]) and end - j < 200:
            end += 1
        placed = _placed(code, lines[j:end], session, claims, values_given)
        placed[0] = [c for c in placed.get(0, []) if not (c.startswith("\\theta") and _repeated(c, original[:i]))]
        original[i:end] = [""] * (end - i)
        for n in range(i, end):
            lines[n] = ", ".join(f"${c}$" for c in placed.get(n - i, []))
        said, comment_text = split_code(code[0])
        if comment_text and not _DEF.match(code[0].strip()):
            lines[i] = (lines[i] + " " + comment_text).strip()
        i = end
    return "\n".join(lines)


def _repeated(claim: str, before: list[str]) -> bool:
    """Whether a typed claim's list (``θ = (w1, b1, w2)``) is already written out on an earlier line of the notes,
    the same items in the same order: the input repeats the order stated, it claims nothing new."""
    m = _ITEMS.search(claim)
    if not m or "," not in m.group(1):
        return False
    items = ",".join(t.strip() for t in m.group(1).split(","))
    said = re.compile(r"(?<![\w.])" + re.escape(items) + r"(?![\w.])")
    return any(said.search(re.sub(r"\s+", "", line)) for line in before[-MAX_LINES:])


def _placed(code: list[str], shown_lines: list[str], session, claims, values_given) -> dict[int, list[str]]:
    """The claims of one prompt by line offset from the prompt: a printed result's on its output line, a typed
    value's on the prompt line."""
    first = code[0].strip()
    if _DEF.match(first):   # def grad(p): … a function's body is code only
        if re.match(r"^def\s+(?:grad\w{0,8}|g|G|gradient|nabla\w{0,4})\s*\(", first):
            session.derivatives[_DEF.match(first).group(1)] = "f"
        return {}
    said, _ = split_code(" ".join(c.strip() for c in code))
    shown = outputs_of(shown_lines)
    base = len(code)
    echoed = {s.strip() for s in said if re.fullmatch(r"[A-Za-z]\w{0,20}", s.strip())}
    placed: dict[int, list[str]] = {}
    typed: set[str] = set()
    k = 0
    for statement in said:
        out = None
        if _prints(statement) and k < len(shown):
            out = shown[k]
            k += 1
        name = _NAME.match(statement)
        if out is not None and statement.strip() in typed:   # K = matrix(QQ, [[8, 12], …]); K — claimed as typed
            continue
        made = claims(statement, None if out is None else out[1], session)
        if out is None and name and name.group(1) in echoed and len(made) > len(values_given(statement)):
            typed.add(name.group(1))
        at = 0 if out is None else base + out[0]
        placed.setdefault(at, []).extend(made)
    return placed

"""Quarto (``.qmd``) and knitr-style Python chunks read as the notes a teacher marks, line for line.

* a chunk ```` ```{python} ```` … ```` ``` ```` (options in the braces or as ``#|`` lines) is the learner's
  working written as code: its lines are read as a code file's (:func:`symntk.check.code_files.code_notes`:
  assignments are claims, comments notes; ``dtanh = lambda z: 1 - np.tanh(z)`` is ``tanh'(z) = 1 - tanh(z)``), its
  ``#| echo: false`` option lines and fence lines blank;
* inline code ``{python} expr`` is a value Quarto fills in when rendering, so the source shows only what the
  learner typed beside it: ``$K_{12}$ = `{python} int(K[0,1])` = 12`` and ``… `{python} int(K[0,1])` (I get 12)``
  are ``$K_{12} = 12$``; ``{python} lam` gives $[32, 22]$`` is ``λ = [32, 22]`` (the expression's name as a
  notebook's), ``{python} K.tolist()` = [[12, 7], [7, 19]]`` is ``K = [[12, 7], [7, 19]]``, and a value typed
  after ``≈`` is an approximation; any other inline expression stays as it is;
* a label after display math (``$$ {#eq-kernel}``) goes; fenced divs (``::: {.callout-note}``, ``:::``) are blank.

Nothing is run. Every pattern is anchored or bounded and linear.
"""

from __future__ import annotations

import re

MAX_LINES = 20000
_CHUNK = re.compile(r"^\s{0,3}(`{3,}|~{3,})\s*\{\s*(?:python|py)\b[^}\n]{0,200}\}\s*$", re.I)
_FLOAT_DOT = re.compile(r"(?<=\d)\.(?![\w.])")
_OPTION = re.compile(r"^\s*#\|")
_LAMBDA = re.compile(r"^(\s{0,8})([A-Za-z_]\w{0,30})\s{0,4}=\s{0,4}lambda\s{1,4}([A-Za-z_]\w{0,10})\s{0,4}:\s{0,4}")
_DIV = re.compile(r"^\s{0,3}:{3,}\s*(?:\{[^}\n]{0,200}\}|[\w-]{1,40})?\s*$")
_EQ_LABEL = re.compile(r"(\$\$)\s*\{#[\w:-]{1,60}\}\s*$")
_INLINE = r"`\{(?:python|py|r)\}\s+([^`\n]{1,200})`"
_NUMBER = (r"(\$?-?\d+(?:\.\d+)?(?:e-?\d+)?\$?|\$\[[^$\n]{1,200}\]\$|\[[-\d., ]{1,200}\]"
           r"|\[\s?\[[-\d., \[\]]{1,400}\]\s?\])")   # a number, a list, a list of rows (K.tolist())
_AFTER_MATH = re.compile(r"\$([^$\n]{1,80})\$\s*=\s*" + _INLINE +
                         r"\s*(=\s*|≈\s*|\(\s*(?:I\s+get\s+|=\s*|≈\s*|gives\s+)?)" + _NUMBER + r"\)?")
_GIVES = re.compile(_INLINE + r"\s*(gives|=|is|returns|≈)\s+" + _NUMBER)
_WRAP = re.compile(r"^(?:int|float|round|abs|np\.round|np\.array)\((.+?)(?:,\s*\d+)?\)$|^(.+?)\.tolist\(\)$")
_INDEX = re.compile(r"^([A-Za-z]\w{0,10})\[\s*(\d)\s*,\s*(\d)\s*\]$")


def is_quarto(text: str, source: str) -> bool:
    """A ``.qmd`` file, or notes with a Quarto Python chunk or inline expression."""
    return source.lower().endswith(".qmd") or "```{python" in text or "`{python} " in text


def _bare(value: str) -> str:
    return value.strip().strip("$").strip()


def _expression_name(expression: str) -> str:
    """What an inline expression shows: ``int(K[0,1])`` → ``K_{12}`` (Python counts from 0), ``lam`` → λ."""
    from .python_output import call_name

    expression = expression.strip()
    while m := _WRAP.match(expression):
        expression = (m.group(1) or m.group(2)).strip()
    if m := _INDEX.match(expression):
        return f"{m.group(1)}_{{{int(m.group(2)) + 1}{int(m.group(3)) + 1}}}"
    name = call_name(expression)
    return "\\lambda" if name in ("lam", "lambda", "lams", "eigs", "eigvals") else name


def _inline(line: str) -> str:
    """A line's inline expressions with a value typed beside them read as that value (see the module doc)."""
    line = _AFTER_MATH.sub(lambda m: f"${m.group(1)} {_relation(m.group(3))} {_bare(m.group(4))}$", line)
    return _GIVES.sub(lambda m: f"${_expression_name(m.group(1))} {_relation(m.group(2))} {_bare(m.group(3))}$", line)


def _relation(said: str) -> str:
    """``≈`` typed beside an inline expression is an approximation, anything else an equality."""
    return "\\approx" if "≈" in said else "="


def _chunk(lines: list[str], start: int, fence: str) -> int | None:
    """Rewrite the chunk opened on line ``start`` as code notes; the index of its closing line, or None."""
    from .code_files import code_notes
    from .code_gradients import _PY_LAMBDA

    end = next((k for k in range(start + 1, min(len(lines), MAX_LINES)) if lines[k].strip() == fence), None)
    if end is None:
        return None
    body = ["" if _OPTION.match(line) else line if _PY_LAMBDA.match(line) else _LAMBDA.sub(r"\1\2(\3) = ", line)
            for line in lines[start + 1:end]]
    body = [_FLOAT_DOT.sub("", line) for line in body]   # NumPy's 1. and 0. are 1 and 0
    read = code_notes("\n".join(body), "cell.py").split("\n")
    lines[start] = lines[end] = ""
    lines[start + 1:end] = (read + [""] * len(body))[:len(body)]
    return end


def quarto_notes(text: str, source: str = "") -> str:
    """The Quarto notes as the Markdown the checker reads, line for line (see the module doc); other text as it is."""
    if not is_quarto(text, source):
        return text
    lines = text.split("\n")
    i = 0
    while i < min(len(lines), MAX_LINES):
        line = lines[i]
        if m := _CHUNK.match(line):
            end = _chunk(lines, i, m.group(1))
            i = i + 1 if end is None else end + 1
            continue
        if _DIV.match(line):
            lines[i] = ""
        else:
            lines[i] = _inline(_EQ_LABEL.sub(r"\1", line))
        i += 1
    return "\n".join(lines)

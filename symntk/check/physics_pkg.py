"""LaTeX written with the physics package (and physics2, derivative, commath): its macros as the LaTeX they typeset.

A whole-file reader, like :mod:`symntk.check.mathpix`: every use of a known macro is rewritten, with its
arguments read as balanced groups (``{…}``, or the delimiters ``(…)``, ``[…]``, ``|…|`` where the macro takes
them), inner macros first. Nothing is executed and nothing else is touched:

* derivatives ``\\pdv{f}{x}`` → ``\\frac{\\partial f}{\\partial x}``; ``\\pdv[n]{f}{x}`` (also
  ``[order=n]``) → ``\\frac{\\partial^{n} f}{\\partial x^{n}}``; ``\\pdv{f}{x}{y}`` and ``\\pdv{f}{x,y}`` (mixed)
  → ``\\frac{\\partial^{2} f}{\\partial x \\partial y}``; ``\\pdv{x}`` → ``\\frac{\\partial}{\\partial x}``; the
  same for ``\\dv``, ``\\odv`` (derivative) and ``\\pd``, ``\\od`` (commath), starred or not; a derivative
  of f with its point after it, ``\\pdv{f}{b}(x_2)``, ``\\pdv{f}{b}\\qty(1)``, ``\\pdv{f}{b}|_{x=1}``, is
  ``\\frac{\\partial f(x_2)}{\\partial b}``;
* matrices ``\\mqty(…)``, ``\\pmqty{…}`` → ``pmatrix``; ``\\mqty[…]``, ``\\bmqty{…}`` → ``bmatrix``;
  ``\\mqty|…|``, ``\\vmqty{…}`` → ``vmatrix``; ``\\mqty{…}`` → ``matrix``; inside them ``\\dmat{a,b}``,
  ``\\admat{a,b}``, ``\\imat{n}``, ``\\zmat{m}{n}`` and ``\\xmat{x}{m}{n}`` as rows;
* brackets ``\\qty(…)``, ``\\qty[…]``, ``\\qty|…|`` (sized ``\\qty\\Big(…)`` too), ``\\pqty``, ``\\bqty``,
  ``\\vqty`` (commath ``\\del{…}``, ``\\sbr{…}``); braces ``\\qty{…}``, ``\\Bqty{…}`` group as parentheses do,
  except a set after ``\\in``; ``\\abs{…}`` → ``|…|``, ``\\norm{…}`` → ``\\|…\\|``; ``\\eval{…}_{x=1}`` and
  ``\\eval{…}|_{x=1}`` → ``\\left. … \\right|_{x=1}`` (a bare ``f\\eval_{x=1}`` is the bar ``f\\Big|_{x=1}``; at
  ``_{x}`` itself, nothing), and of f, its gradient or one derivative of it at ``x = v`` or ``x_i``, that quantity
  at the point: ``\\eval{\\grad_\\theta f}_{x=1}`` → ``\\nabla_\\theta f(1)``;
* fonts of vectors ``\\vb{x}``, ``\\vb*{x}``, ``\\va{x}``, ``\\vu{x}`` → ``x``; operators ``\\Tr``, ``\\tr``,
  ``\\trace`` → ``\\operatorname{tr}``, ``\\grad`` and physics' ``\\del`` → ``\\nabla``, ``\\dd`` → ``d``,
  ``\\ip{a}{b}`` and ``\\braket{a}{b}`` → ``\\langle a, b \\rangle`` (``\\braket{a}``: ⟨a, a⟩), ``\\vdot`` →
  ``\\cdot``, ``\\cross`` → ``\\times``; powers of functions in brackets ``\\tanh[2](z)`` → ``\\tanh^{2}(z)``; a
  transpose written ``^\\dagger`` is read by the normaliser's transpose rule.

Line breaks inside arguments are kept, so line numbers stay. Each group is at most :data:`MAX_GROUP`
characters, nesting at most :data:`MAX_DEPTH` deep, and all groups together scan at most :data:`SCAN_BUDGET`
characters per character of the text (uses beyond these are left as written), so reading is linear.
"""

from __future__ import annotations

import re

from .physics_groups import MAX_GROUP, next_char, rewrite_uses, scan_group, star_end, top_level_split
from .physics_matrices import DELIMITED, MATRICES, ROWS, matrix_macro, rows_macro

MAX_DEPTH = 8
SCAN_BUDGET = 16   # characters scanned in all, per character of the text

NOTATION = (   # (what, as the physics package writes it, as it is read): rows of the README's notation table, tested
    ("physics / derivative / commath derivatives", r"\pdv{f}{W_{11}} ; \pdv[2]{f}{x} ; \dv{f}{\theta} ; "
     r"\pdv{f}{x}{y}", r"\frac{\partial f}{\partial W_{11}} ; \frac{\partial^{2} f}{\partial x^{2}} ; "
     r"\frac{\partial f}{\partial \theta} ; \frac{\partial^{2} f}{\partial x \partial y}"),
    ("physics matrices", r"\mqty(1 & 0 \\ 0 & 1) ; \bmqty{8 & 12 \\ 12 & 19} ; \mqty(\dmat{1,2})",
     r"\begin{pmatrix}1 & 0 \\ 0 & 1\end{pmatrix} ; \begin{bmatrix}8 & 12 \\ 12 & 19\end{bmatrix} ; "
     r"\begin{pmatrix}1 & 0 \\ 0 & 2\end{pmatrix}"),
    ("physics brackets, bars and evaluation", r"\qty(x + 1) ; \abs{x} ; \norm{v} ; \eval{\pdv{f}{b}}_{x=x_1}",
     r"(x + 1) ; |x| ; \|v\| ; \left. \frac{\partial f}{\partial b} \right|_{x=x_1}"),
    ("physics vector fonts and operators", r"\vb{x} ; \vb*{\theta} ; \Tr K ; \grad_\theta f",
     r"x ; \theta ; \operatorname{tr} K ; \nabla_\theta f"),
)

_DERIVATIVES = {"pdv": r"\partial", "dv": r"\partial", "odv": r"\partial", "pd": r"\partial", "od": r"\partial",
                "fdv": r"\partial", "partialderivative": r"\partial", "derivative": r"\partial"}
_BRACKETS = {"qty": None, "quantity": None, "pqty": ("(", ")"), "bqty": ("[", "]"), "vqty": ("|", "|"),
             "Bqty": ("(", ")"), "abs": ("|", "|"), "absolutevalue": ("|", "|"), "norm": (r"\|", r"\|"),
             "sbr": ("[", "]"), "cbr": ("(", ")")}
_QTY_DELIMITERS = {"(": ("(", ")"), "[": ("[", "]"), "|": ("|", "|"), "{": ("(", ")")}
_SET = (r"\{", r"\}")   # braces after \in are a set (x ∈ {1, 2}); elsewhere they group, as parentheses do
_FONTS = ("vb", "va", "vu", "vectorbold", "vectorarrow", "vectorunit")
_WORDS = {"Tr": r"\operatorname{tr}", "tr": r"\operatorname{tr}", "trace": r"\operatorname{tr}",
          "Trace": r"\operatorname{tr}", "grad": r"\nabla", "gradient": r"\nabla", "dd": "d", "dif": "d",
          "Rank": r"\operatorname{rank}", "rank": r"\operatorname{rank}", "vdot": r"\cdot", "dotproduct": r"\cdot",
          "cross": r"\times", "cp": r"\times", "crossproduct": r"\times"}
_NAMES = sorted(set(_DERIVATIVES) | set(MATRICES) | set(_BRACKETS) | set(_FONTS) | set(_WORDS) | set(ROWS)
                | {"eval", "evaluated", "ip", "innerproduct", "braket", "del"}, key=len, reverse=True)
_USE = re.compile(r"\\(" + "|".join(_NAMES) + r")(?![A-Za-z])")
_GENERAL = re.compile(r"[ \t]*\|?[ \t]*_[ \t]*(?:\{[ \t]*x[ \t]*\}|x(?![A-Za-z0-9_]))(?![ \t]*\^)")
_POINT = re.compile(r"\s*_\s*\{\s*(?:x\s*=\s*([^{}=]{1,20}?)|(x_(?:\{\d{1,2}\}|\d)))\s*\}(?!\s*\^)")
_AT_POINT = (   # the network's output, its gradient or one derivative of it, at the point x = @
    (re.compile(r"^((?:\\nabla|\\grad)\s*(?:_\s*(?:\\theta|\{\s*\\theta\s*\})\s*)?f|f)\s*(?:\(\s*x\s*\))?$"),
     r"\1(@)"),
    (re.compile(r"^\\frac\{\\partial\s*f\s*(?:\(\s*x\s*\))?\}\{([^{}]{0,40}(?:\{[^{}]{0,20}\}[^{}]{0,20}){0,3})\}$"),
     r"\\frac{\\partial f(@)}{\1}"),
)
_OUTPUT = re.compile(r"^f(?:_\{?\d\}?)?$")
_VALUE = r"(?:x_(?:\{\d{1,2}\}|\d)|-?\d{1,6}(?:\.\d{1,6})?)"
_AFTER = re.compile(rf"[ \t]*(?:\\qty[ \t]*)?\([ \t]*({_VALUE})[ \t]*\)"
                    rf"|[ \t]*(?:\\(?:right|big|Big|bigg|Bigg)[ \t]*)?\|[ \t]*_[ \t]*\{{[ \t]*"
                    rf"(?:x[ \t]*=[ \t]*({_VALUE})|({_VALUE}))[ \t]*\}}(?![ \t]*\^)")
_POWER = re.compile(r"\\(sin|cos|tan|sinh|cosh|tanh|sech|exp|log|ln)[ \t]*\[[ \t]*(\d)[ \t]*\]")
_ORDER = re.compile(r"^\s*(?:order\s*=\s*)?\{?\s*([0-9]{1,2}|[a-z])\s*\}?\s*$")


def writes_physics(text: str) -> bool:
    """Whether a text uses any macro this module reads."""
    return _USE.search(text) is not None or _POWER.search(text) is not None


def physics_latex(text: str) -> str:
    """The text with the physics package's macros rewritten as plain LaTeX (see the module doc)."""
    if not writes_physics(text):
        return text
    return _POWER.sub(r"\\\1^{\2}", _translate(text, 0, [SCAN_BUDGET * len(text) + MAX_GROUP]))


class _Reading:
    """One level of a reading: its depth, and the scanning budget all levels share (so reading stays linear)."""

    def __init__(self, budget: list[int], depth: int):
        self.budget, self.depth = budget, depth

    def __call__(self, text: str) -> str:
        """The inside of a group, read one level deeper."""
        return _translate(text, self.depth + 1, self.budget)

    def group(self, text: str, at: int, opening: str, closing: str) -> tuple[str, int] | None:
        """The group opened at ``at`` (see :func:`.physics_groups.scan_group`), scanned within the budget."""
        return scan_group(text, at, opening, closing, self.budget)


def _translate(text: str, depth: int, budget: list[int]) -> str:
    if depth >= MAX_DEPTH or "\\" not in text:
        return text
    return rewrite_uses(text, _USE, lambda m: _rewrite(text, m.group(1), m.end(), _Reading(budget, depth)))


def _rewrite(text: str, name: str, at: int, inner: _Reading) -> tuple[str, int] | None:
    """The plain LaTeX for one use of ``\\name`` whose arguments start at ``at``, and where the use ends."""
    begin = at - len(name) - 1
    if name == "del":   # commath: \del{…} is (…); physics: \del is ∇
        group = inner.group(text, at, "{", "}")
        return (f"({inner(group[0])})", group[1]) if group else (r"\nabla" + (" " if text[at:at + 1].isalpha()
                                                                               else ""), at)
    if name in _WORDS:
        word = _WORDS[name]
        if name in ("dd", "dif"):
            group = inner.group(text, at, "{", "}")
            if group is not None:
                return f"d {inner(group[0])}", group[1]
        return word + (" " if text[at:at + 1].isalpha() else ""), at
    star = star_end(text, at)
    at = star if star is not None else at
    if name in _FONTS:
        group = inner.group(text, at, "{", "}")
        return (inner(group[0]), group[1]) if group else None
    if name in _DERIVATIVES:
        return _derivative(text, at, inner)
    if name in _BRACKETS:
        return _bracket(text, at, name, inner, begin)
    if name in MATRICES:
        return matrix_macro(text, at, name, inner)
    if name in ROWS:
        return rows_macro(text, at, name, inner)
    if name in ("eval", "evaluated"):
        return _evaluated(text, at, inner)
    first = inner.group(text, at, "{", "}")
    second = inner.group(text, first[1], "{", "}") if first else None
    if second is None and first is not None and name == "braket":   # \braket{a}: ⟨a|a⟩
        return rf"\langle {inner(first[0])}, {inner(first[0])} \rangle", first[1]
    if second is None:
        return None
    return rf"\langle {inner(first[0])}, {inner(second[0])} \rangle", second[1]


def _derivative(text: str, at: int, inner) -> tuple[str, int] | None:
    """``\\pdv[n]{f}{x}{y}``: the order in brackets, the function, the variables (more than one: mixed)."""
    order = None
    bracket = inner.group(text, at, "[", "]")
    if bracket is not None:
        m = _ORDER.match(bracket[0])
        if m is None:
            return None
        order, at = m.group(1), bracket[1]
    groups: list[str] = []
    while len(groups) < 3:
        group = inner.group(text, at, "{", "}")
        if group is None:
            break
        groups.append(inner(group[0]).strip())
        at = group[1]
    if not groups or len(groups) < 3 and next_char(text, at) == "{":   # none, or one left open
        return None
    if len(groups) == 1:
        power = f"^{{{order}}}" if order and order != "1" else ""
        return rf"\frac{{\partial{power}}}{{\partial {groups[0]}{power}}}", at
    function, variables = groups[0], groups[1:]
    if len(variables) == 1:
        variables = top_level_split(variables[0])
    if len(variables) > 1:
        bottom = " ".join(rf"\partial {v}" for v in variables)
        return rf"\frac{{\partial^{{{len(variables)}}} {function}}}{{{bottom}}}", at
    if order and order != "1":
        return rf"\frac{{\partial^{{{order}}} {function}}}{{\partial {variables[0]}^{{{order}}}}}", at
    point = _OUTPUT.match(function) and _point_after(text, at)
    if point:
        return rf"\frac{{\partial {function}({point[0]})}}{{\partial {variables[0]}}}", point[1]
    return rf"\frac{{\partial {function}}}{{\partial {variables[0]}}}", at


def _point_after(text: str, at: int) -> tuple[str, int] | None:
    """The point a derivative of f is taken at, written after it: ``(x_2)``, ``\\qty(1)``, ``|_{x=1}``,
    ``\\Big|_{x = x_1}``: (the point, where it ends), or None."""
    m = _AFTER.match(text, at)
    if m is None:
        return None
    value = m.group(1) or m.group(2) or m.group(3)
    return value.strip(), m.end()


_SIZE = re.compile(r"[ \t]*\\(?:big|Big|bigg|Bigg)[lr]?(?![A-Za-z])")
_AFTER_IN = re.compile(r"\\in\s{0,3}\\q(?:uanti)?ty\*?\s{0,3}$")


def _bracket(text: str, at: int, name: str, inner, begin: int) -> tuple[str, int] | None:
    """``\\qty(…)`` and its kin: the inside between the delimiters the macro stands for (braces as
    parentheses, except a set after ``\\in``, which starts ``begin`` characters into the text)."""
    pair = _BRACKETS[name]
    sized = _SIZE.match(text, at)   # \qty\Big( … ): the size only scales the delimiters
    at = sized.end() if sized else at
    if pair is None:
        opening = next_char(text, at)
        if opening not in _QTY_DELIMITERS:
            return None
        is_set = opening == "{" and _AFTER_IN.search(text, max(0, begin - 12), at)
        pair = _SET if is_set else _QTY_DELIMITERS[opening]
        group = inner.group(text, at, opening, DELIMITED[opening][1])
    else:
        group = inner.group(text, at, "{", "}")
    return (f"{pair[0]}{inner(group[0])}{pair[1]}", group[1]) if group else None


def _evaluated(text: str, at: int, inner) -> tuple[str, int] | None:
    """``\\eval{…}_{x=1}``, ``\\eval{…}|_{x=1}``, ``\\eval(…|_{x=1}``: the inside, then a bar before the limits."""
    opening = next_char(text, at)
    if opening == "{":
        group = inner.group(text, at, "{", "}")
        if group is None:
            return None
        end = group[1]
        while end < len(text) and text[end] in " \t":
            end += 1
        if text.startswith("|", end):
            end += 1
        inside = inner(group[0]).strip()
        general = _GENERAL.match(text, group[1])
        if general is not None:   # \eval{\grad f}_{x}: at every x, the quantity itself
            return inside, general.end()
        point = _POINT.match(text, end)
        if point is not None:
            for pattern, replace in _AT_POINT:
                m = pattern.match(inside)
                if m is not None:
                    return m.expand(replace).replace("@", (point.group(1) or point.group(2)).strip()), point.end()
        return rf"\left. {inside} \right|", end
    if opening in ("(", "["):
        group = inner.group(text, at, opening, "|")
        return (rf"\left. {inner(group[0])} \right|", group[1]) if group else None
    if opening in ("_", "|"):   # f\eval_{x=1}, f\eval|_{x=1}: only the bar after what it evaluates
        general = _GENERAL.match(text, at)
        if general is not None:   # f\eval_{x}: at every x, nothing to put in
            return "", general.end()
        bar = text.index(opening, at)
        return r"\Big|", bar + (opening == "|")
    return None

"""The TI-Nspire CAS notation as the notes' plain text: rules as data (for :mod:`symntk.check.nspire_session`).

* derivatives: ``d/dw11(f(x))``, ``d/dw1 f1``, ``derivative(f(p,q),a11)`` and ``∂/∂w(f(x))`` are ``df/dw11``,
  ``df1/dw1``, ``df/da11``;
* matrices: the calculator's rows side by side, ``[[8,12][12,19]]``, are ``[[8,12],[12,19]]``; its lists
  ``{1, 0, 1}`` are ``(1, 0, 1)``;
* names the calculator forces to lower case: ``k`` (and ``k1`` … of one output each) is the kernel K, ``j`` the
  Jacobian J, where a calculator statement uses them (``k:=``, ``det(k-λ*identity(2))``, ``eigVl(k)``);
* ``det(k-λ*identity(n))`` and ``charPoly(k,λ)`` are det(K − λI); ``det(k)``, ``trace(k)`` are det K and tr K;
  ``define f(x)=…`` and ``name:=…`` are ``f(x) = …``, ``name = …``; ``f(x)|w11=1 and …`` is f(x) with the values
  put in (``|x=1`` puts in a datapoint);
* ``max(z,0)`` and ``max(0,z)`` (the calculator has no ReLU) are ``relu(z)``; its tanh′, ``/(cosh(z))^2``, is
  ``*sech(z)^2``.

Every pattern is linear and anchored or bounded; nothing is evaluated.
"""

from __future__ import annotations

import re

_VAR = r"[A-Za-z]\w{0,10}"
_FN = r"[A-Za-z]\w{0,5}"
_ARGS = r"\(\s*[a-z]\w{0,5}(?:\s*,\s*[a-z]\w{0,5}){0,8}\s*\)"

# (pattern, replacement): the calculator's spellings as the notes' plain text, applied in order
NOTATION: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(rf"(?<![\w/])d/d({_VAR})\s*\(\s*({_FN})\s*(?:{_ARGS})?\s*\)"), r"d\2/d\1"),
    (re.compile(rf"(?<![\w/])∂/∂({_VAR})\s*\(\s*({_FN})\s*(?:{_ARGS})?\s*\)"), r"d\2/d\1"),
    (re.compile(rf"(?<![\w/])d/d({_VAR})\s+({_FN})(?:{_ARGS})?(?=\s*(?:=|▸|$))"), r"d\2/d\1"),
    (re.compile(rf"\bderivative\s*\(\s*({_FN})\s*(?:{_ARGS})?\s*,\s*({_VAR})\s*\)"), r"d\1/d\2"),
    (re.compile(r"\bdet\s*\(\s*[kK]\s*-\s*(?:λ|lambda|x|t)\s*\*?\s*identity\s*\(\s*\d{1,2}\s*\)\s*\)"), "det(K - λI)"),
    (re.compile(r"\bdet\s*\(\s*[kK](\d)\s*-\s*(?:λ|lambda|x|t)\s*\*?\s*identity\s*\(\s*\d{1,2}\s*\)\s*\)"),
     r"det(K^(\1) - λI)"),
    (re.compile(r"\bcharPoly\s*\(\s*[kK]\s*,\s*(?:λ|lambda|x|t)\s*\)"), "det(K - λI)"),
    (re.compile(r"\bcharPoly\s*\(\s*[kK](\d)\s*,\s*(?:λ|lambda|x|t)\s*\)"), r"det(K^(\1) - λI)"),
    (re.compile(r"\bdet\s*\(\s*[kK]\s*\)"), "det K"),
    (re.compile(r"\btrace\s*\(\s*[kK]\s*\)"), "tr K"),
    (re.compile(r"^(\s*)define\s+"), r"\1"),
    (re.compile(r"/\s*\(\s*cosh\s*\(([^()]{1,200})\)\s*\)\s*\^\s*2"), r"*sech(\1)^2"),
    (re.compile(r"/\s*cosh\s*\(([^()]{1,200})\)\s*\^\s*2"), r"*sech(\1)^2"),
    (re.compile(r"\bmax\s*\(\s*([^(),]{1,200}?)\s*,\s*0\s*\)"), r"relu(\1)"),
    (re.compile(r"\bmax\s*\(\s*0\s*,\s*([^(),]{1,200}?)\s*\)"), r"relu(\1)"),
    (re.compile(r"(?<![\w.])k(\d?)\s*:=\s*"), r"K\1 = "),
    (re.compile(r"(?<![\w.])j\s*:=\s*"), "J = "),
    (re.compile(r"(?<![\w.])([A-Za-z]\w{0,10})\s*:=\s*"), r"\1 = "),
)
_ROWS = re.compile(r"\]\s*\[")
_MATRIX = re.compile(r"\[\s*\[[^\[\]]{0,400}\](?:\s*,?\s*\[[^\[\]]{0,400}\]){1,40}\s*\]")
_BRACES = re.compile(r"\{([^{}]{0,600})\}")
_WITH = re.compile(r"^(.{0,200}?\))\s*\|\s*\w{1,12}\s*=.{0,1000}$")
_AT_INPUT = re.compile(r"(?<![\w.])x\s*=\s*(-?\d{1,6}(?:\.\d{1,6})?)(?![\d.])")
_NUMBER = re.compile(r"^-?\d{1,20}(?:\.\d{1,20})?$")
_DECIMAL = re.compile(r"\d\.\d")


def matrices(text: str) -> str:
    """``[[8,12][12,19]]`` (rows side by side) as ``[[8,12],[12,19]]``."""
    return _MATRIX.sub(lambda m: _ROWS.sub("],[", m.group(0)), text)


def notation(text: str) -> str:
    """One line of calculator text in the notes' plain-text spelling (see the module doc)."""
    for pattern, replacement in NOTATION:
        text = pattern.sub(replacement, text)
    return matrices(text)


def items(text: str) -> list[str] | None:
    """The entries of a calculator list or row ``{26.7004,0.299621}`` / ``[1, 0, 1]`` / ``(1, 2)``, else None."""
    text = text.strip()
    if len(text) < 2 or text[0] + text[-1] not in ("{}", "[]", "()") or "[" in text[1:-1]:
        return None
    out = [t.strip() for t in text[1:-1].split(",")]
    return out if all(out) else None


def relation(statement: str, result: str) -> str:
    """The relation of ``statement`` and the calculator's ``result``: ``≈`` for a decimal result (the screen
    rounds to six digits), else ``=``."""
    return "≈" if _DECIMAL.search(result) and "=" not in result else "="


def put_in(statement: str) -> tuple[str, str | None]:
    """``f(x)|w11=1 and x=2``: the statement before ``|`` (the parameters' values put in say which network it
    is) and the input's value put in (``2``), or None when the statement holds for every x."""
    m = _WITH.match(statement.strip())
    if not m:
        return statement, None
    at = _AT_INPUT.search(statement[m.end(1):])
    return m.group(1), at.group(1) if at else None


def is_number(text: str) -> bool:
    """Whether ``text`` is one plain decimal number."""
    return bool(_NUMBER.match(text.strip()))


def lists(text: str) -> str:
    """A calculator list ``{1, 0, 1}`` written as the tuple ``(1, 0, 1)``."""
    return _BRACES.sub(r"(\1)", text)

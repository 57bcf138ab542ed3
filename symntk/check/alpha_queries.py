"""What a Wolfram|Alpha query's result claims, by the kind of query (for :mod:`symntk.check.wolfram_alpha`).

Kinds, as rules (:data:`QUERIES`, tried in order): ``eigenvalues M`` (its results ``λ_1 = … ≈ …`` as written, a
bare list of numbers as λ_1, λ_2, …); ``solve p(l) = 0`` of one letter (its roots ``l = …`` as the eigenvalues);
``u.v`` of two number lists (``⟨u, v⟩ = r``); ``M.Transpose[M]``, ``J.J^T with J = M``, ``M.M^T`` (``K = r``);
``characteristic polynomial M`` (``det(K − λI) = r``, its variable λ); ``det M``
(``det K = r``); ``d/dz σ(z)`` or ``tanh`` (``σ'(z) = r``), ``d/dw11 (…)``, ``…, derivative wrt w11``, ``derivative of …
wrt w11``, ``D[…, w11]`` (``df/dw11
= r``); else arithmetic of numbers (and of the input x:
``1*(2x+1) + 3*(-x) + 1`` is ``2 - x``), one or a list (``N[27 + sqrt(17)], N[27 - sqrt(17)]``: ``27 + sqrt(17) ≈
31.1231`` one a result). Alpha's ``1/2 (27 + sqrt(697))`` is ``(27 + sqrt(697))/2``; a result cut short with
``...`` is ≈; a result that names
the eigenvalues (``λ_1 = …``) is theirs whatever the query. Every pattern is linear and anchored.
"""

from __future__ import annotations

import re

from .julia_output import comma_items

_NUMBER = r"-?\d{1,20}(?:\.\d{1,20})?"
_MATRIX = r"\{\s{0,4}\{[-\d.,\s{}]{1,2000}\}\s{0,4}\}"
_EIGEN = re.compile(rf"^(?:eigenvalues|eigenvalues of|Eigenvalues\[)\s{{0,4}}({_MATRIX})\]?\s*$", re.I)
_SOLVE = re.compile(r"^(?:solve|roots of|roots)\s+(.{1,200}?)(?:\s*=\s*0)?\s*(?:for\s+\w)?\s*$", re.I)
_DOT = re.compile(r"^\{([-\d.,\s]{1,1000})\}\s{0,4}\.\s{0,4}\{([-\d.,\s]{1,1000})\}$")
_GRAM = re.compile(rf"^(?:({_MATRIX})\s{{0,4}}\.?\s{{0,4}}(?:Transpose\[\s{{0,4}}\1\s{{0,4}}\]|\1\s{{0,4}}\^\s{{0,4}}T"
                   rf"|transpose\s{{0,4}}\(?\s{{0,4}}\1\s{{0,4}}\)?)|([A-Z])\s{{0,4}}\.?\s{{0,4}}(?:Transpose\[\s{{0,4}}\2"
                   rf"\s{{0,4}}\]|\2\s{{0,4}}\^\s{{0,4}}T)\s{{0,4}},?\s{{1,4}}(?:with|where)\s+\2\s{{0,4}}=\s{{0,4}}({_MATRIX}))$")
_DET = re.compile(rf"^(?:det|determinant|determinant of|Det\[)\s{{0,4}}({_MATRIX})\]?\s*$", re.I)
_CHARPOLY = re.compile(rf"^(?:characteristic polynomial|charpoly|CharacteristicPolynomial\[)\s{{0,4}}(?:of\s{{1,4}})?"
                       rf"({_MATRIX})\s{{0,4}}(?:,\s{{0,4}}[a-zλ]\s{{0,4}})?\]?\s*$", re.I)
_MATHEMATICA_D = re.compile(r"^D\[\s{0,4}(.{1,400}),\s{0,4}([A-Za-z]\w{0,8})\s{0,4}\]$")
_DERIVATIVE_OF = re.compile(r"^(?:derivative|differentiate|d/d\w{1,8})\s+(?:of\s+)?(.{1,400}?)\s+"
                            r"(?:wrt|with respect to|w\.r\.t\.)\s+([A-Za-z]\w{0,8})$", re.I)
_DERIVATIVE = re.compile(r"^(?:d/d([A-Za-z]\w{0,8})\s{0,4}(.{1,400})|(?:f\s{0,4}=\s{0,4})?(.{1,400}?),\s{0,4}"
                         r"(?:derivative|differentiate|d/d\w{1,8})\s+(?:wrt|with respect to|w\.r\.t\.)\s+"
                         r"([A-Za-z]\w{0,8}))$", re.I)
_SIGMOID = re.compile(r"^\(?\s{0,4}1\s{0,4}/\s{0,4}\(\s{0,4}1\s{0,4}\+\s{0,4}(?:e\^\(?\s{0,4}-\s{0,4}([a-z])\s{0,4}\)?"
                      r"|exp\(\s{0,4}-\s{0,4}([a-z])\s{0,4}\))\s{0,4}\)\s{0,4}\)?$")
_TANH = re.compile(r"^\(?\s{0,4}tanh\(\s{0,4}([a-z])\s{0,4}\)\s{0,4}\)?$")
_ARITH = re.compile(r"^(?:N\[)?[\d\s.+\-*/^()]{0,200}(?:(?:sqrt|tanh|exp|e)\b[\d\s.+\-*/^()]{0,200}){0,6}\]?$")
_IN_X = re.compile(r"^[\dx\s.+\-*/^()]{1,400}$")   # arithmetic of numbers and the input x
_HALF = re.compile(r"(?<![\w.)])(\d{1,6})/(\d{1,6})\s{0,2}\(([^()]{1,200}(?:\([^()]{0,60}\)[^()]{0,200}){0,4})\)")
_LETTER_ROOT = re.compile(r"^\s{0,4}([a-zA-Zλ])\s{0,4}(=|≈)")
_VALUES = re.compile(rf"^\{{?\s{{0,4}}({_NUMBER}(?:\.{{3}})?(?:\s{{0,4}},\s{{0,4}}{_NUMBER}(?:\.{{3}})?){{0,20}})"
                     r"\s{0,4}\}?$")
_MARKS = re.compile(r"\s{1,8}(?:✓|✔|ok|good|\(.{0,80}\))\s*$")


def alpha_math(text: str) -> str:
    """A result in the notes' plain math: ``1/2 (27 + sqrt(697))`` → ``(27 + sqrt(697))/2``, lists in
    brackets, a value cut short (``0.7615941559...``) read as the digits shown."""
    text = _MARKS.sub("", text.strip())
    text = _HALF.sub(lambda m: f"{'' if m.group(1) == '1' else m.group(1) + ' '}({m.group(3)})/{m.group(2)}", text)
    text = text.replace("{", "[").replace("}", "]")
    return re.sub(r"(\d)\.{3}", r"\1", text)


def _rel(value: str) -> str:
    return "≈" if "." in value else "="


def _numbers(text: str) -> list[str] | None:
    m = _VALUES.match(_MARKS.sub("", text.strip()))
    return [v.strip() for v in m.group(1).split(",")] if m else None


def _eigen(results: list[str]) -> list[str]:
    made = []
    for line in results:
        values = _numbers(line)
        if values is not None:
            made.append(", ".join(f"λ_{k} {_rel(v)} {alpha_math(v)}" for k, v in enumerate(values, start=1)))
        elif re.match(r"^\s{0,4}(?:λ|lambda|l)\s{0,2}_?\d?\s{0,4}(?:=|≈)", line):
            made.append(alpha_math(re.sub(r"^\s{0,4}(?:lambda|l)(?=\s{0,2}_?\d?\s{0,4}(?:=|≈))", "λ", line)))
        else:
            made.append("")
    return made


def _roots(letter_query: str, results: list[str]) -> list[str]:
    """The roots of a solved quadratic in one letter as eigenvalues (``l = …`` → ``λ = …``)."""
    letters = set(re.findall(r"(?<![A-Za-z])[A-Za-zλ](?![A-Za-z(])", letter_query))
    if len(letters) != 1 or not re.search(r"\^\s{0,2}2", letter_query):
        return [""] * len(results)
    made = []
    for line in results:
        m = _LETTER_ROOT.match(line)
        made.append(alpha_math("λ" + line[m.end(1):]) if m and m.group(1) in letters else "")
    return made


def _one(results: list[str], claim) -> list[str]:
    """The first result's claim by ``claim`` (of the result's text), the other lines nothing."""
    if not results or not results[0].strip():
        return [""] * len(results)
    return [claim(alpha_math(results[0]))] + [""] * (len(results) - 1)


def _derivative(var: str, expr: str, results: list[str]) -> list[str]:
    expr = expr.strip()
    if len(var) == 1 and (m := _SIGMOID.match(expr)) and var in m.groups():
        return _one(results, lambda r: f"σ'({var}) = {r}")
    if len(var) == 1 and (m := _TANH.match(expr)) and m.group(1) == var:
        return _one(results, lambda r: f"tanh'({var}) = {r}")
    return _one(results, lambda r: f"df/d{var} = {r}")


def _arithmetic(query: str, results: list[str]) -> list[str]:
    if results and _IN_X.match(query) and "x" in query and _IN_X.match(alpha_math(results[0])):
        return _one(results, lambda r: f"{query} = {r}")   # 1*(2x+1) + 3*(-x) + 1 → 2 - x: the same polynomial
    items = [re.sub(r"^N\[(.{1,400})\]$", r"\1", item.strip()) for item in comma_items(query)]
    if not all(_ARITH.match(item) and re.search(r"\d", item) for item in items) or not results:
        return [""] * len(results)
    values = _numbers(results[0]) if len(items) > 1 else [alpha_math(results[0])]
    if not values or len(values) != len(items) or not all(re.fullmatch(_NUMBER + r"(?:\.{3})?", v) for v in values):
        return [""] * len(results)
    rel = "≈" if "..." in results[0] or any("." in v for v in values) else "="
    claims = ", ".join(f"{item} {rel} {alpha_math(v)}" for item, v in zip(items, values))
    return [claims] + [""] * (len(results) - 1)


def result_claims(query: str, results: list[str]) -> list[str]:
    """One claim (or ``""``) per line of a query's result (see the module doc)."""
    query = query.strip()
    if _EIGEN.match(query):
        return _eigen(results)
    if m := _SOLVE.match(query):
        return _roots(m.group(1), results)
    if m := _DOT.match(query):
        return _one(results, lambda r: f"⟨({m.group(1).strip()}), ({m.group(2).strip()})⟩ = {r}")
    if _GRAM.match(query):
        return _one(results, lambda r: f"K = {r}")
    if _DET.match(query):
        return _one(results, lambda r: f"det K = {r}")
    if m := _CHARPOLY.match(query):   # its variable is λ: x^2 - 27 x + 8 → det(K − λI) = λ^2 - 27 λ + 8
        return _one(results, lambda r: "det(K - λI) = " + re.sub(r"(?<![A-Za-z])[xλt](?![A-Za-z])", "λ", r))
    if m := _MATHEMATICA_D.match(query) or _DERIVATIVE_OF.match(query):
        return _derivative(m.group(2), m.group(1), results)
    if m := _DERIVATIVE.match(query):
        var, expr = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return _derivative(var, expr, results)
    if results and re.match(r"^\s{0,4}(?:λ|lambda)\s{0,2}_?\d?\s{0,4}(?:=|≈)", results[0]):
        return _eigen(results)   # a query not read (an interpretation only) whose result names the eigenvalues
    return _arithmetic(query, results)


def _entries(text: str) -> list[str]:
    return re.findall(_NUMBER, text)


def adopted_matrix(query: str, before: list[str]) -> str | None:
    """``K = M`` for an eigenvalue query of a matrix ``M`` that is no copy of the K the notes wrote last (the
    numbers on the line of the last ``K =`` and the lines right below it); None when it is, or there is none."""
    m = _EIGEN.match(query.strip())
    if not m:
        return None
    for k in range(len(before) - 1, max(-1, len(before) - 400), -1):
        if re.match(r"^\s{0,8}K\s{0,4}=", before[k]):
            said = " ".join(before[k:k + 4])
            typed = _entries(m.group(1))
            if f" {' '.join(typed)} " in f" {' '.join(_entries(said))} ":
                return None
            return f"K = {alpha_math(m.group(1))}"
    return None

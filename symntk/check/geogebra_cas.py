"""GeoGebra's CAS view pasted into plain-text notes (``1  f(x) := w21 (w11 x + b11) + b2`` with its output
``→  f(x) := …`` below it) read as claims, line for line.

Notes hold a CAS view when at least :data:`EVIDENCE` numbered rows have an output line (``→ …``) right below them.
A row is claimed where a teacher marks it: what the learner typed (a formula ``f(x) := …``, a gradient ``g(x) :=
{…}``, a matrix ``K := {{…}}``) on the row's line, its output then an echo and no claim (but a formula's
expanded form, which says more); what GeoGebra computed
(:mod:`symntk.check.geogebra_rows`) on the output line: ``Derivative(f(x), w11)`` → ``df/dw11 = …``,
``Substitute(g(1), p)`` → ``∇f(1) = (…)``, ``g1 := …`` → the gradient at x_1, ``K := J Transpose(J)`` → ``K =
[[…]]``, ``Eigenvalues(K)`` → the eigenvalues, ``Numeric($15, 4)`` → the values of row 15 (≈),
``Determinant``, ``CharacteristicPolynomial`` (its x is λ), ``Solve``/``NSolve`` of a quadratic (its roots as
eigenvalues). An output ``?`` (a row typed wrong) claims nothing, and neither do lists of the parameters' values
(``p := {w11 = 1, …}``: the sheet's data). GeoGebra's lists ``{…}`` are vectors ``(…)`` and matrices ``[[…]]``,
``ℯ`` is e. The other lines are the notes' own. Nothing is evaluated; every pattern is linear and anchored.
"""

from __future__ import annotations

import re

from .geogebra_rows import Row, output_claim, typed_claim

MAX_LINES = 3000
MAX_LINE = 2000
EVIDENCE = 2
_ROW = re.compile(r"^\s{0,3}(\d{1,3})\s{1,6}(\S.{0,2000})$")
_OUTPUT = re.compile(r"^\s{0,3}→\s{0,6}(.{0,2000})$")
_OWN_ACTIVATION = re.compile(r"^\s{0,3}\d{1,3}\s{1,6}([A-Za-z]\w{0,6})\(\s{0,2}([a-z])\s{0,2}\)\s{0,4}:=\s{0,4}"
                             r"(.{1,200})$")
_ACTIVATIONS = (("sigma", r"1\s{0,2}/\s{0,2}\(\s{0,2}1\s{0,2}\+\s{0,2}(?:exp\(\s{0,2}-\s{0,2}{v}\s{0,2}\)|[eℯ]\s{0,2}\^"
                           r"\s{0,2}\(\s{0,2}-\s{0,2}{v}\s{0,2}\))\s{0,2}\)"),
                ("tanh", r"tanh\(\s{0,2}{v}\s{0,2}\)"),
                ("relu", r"max\(\s{0,2}(?:{v}\s{0,2},\s{0,2}0|0\s{0,2},\s{0,2}{v})\s{0,2}\)"))
_GRAM = re.compile(r"^\s{0,3}\d{1,3}\s{1,6}(K\d?)\s{0,4}:=\s{0,4}([A-Za-z]\w{0,8})\s{0,4}Transpose\s{0,4}\(?\s{0,4}\2")


def is_geogebra(text: str) -> bool:
    """Whether notes hold a pasted GeoGebra CAS view: :data:`EVIDENCE` numbered rows with an output right below."""
    lines = [line[:MAX_LINE] for line in text.split("\n")[:MAX_LINES]]
    rows = sum(1 for i in range(len(lines) - 1) if _ROW.match(lines[i]) and _OUTPUT.match(lines[i + 1]))
    return rows >= EVIDENCE


def _own_activations(lines: list[str]) -> dict[str, str]:
    """Activations a CAS row defines under the learner's own name (``s(z) := 1 / (1 + exp(-z))``): name → sigma,
    tanh or relu."""
    named = {}
    for line in lines[:MAX_LINES]:
        m = _OWN_ACTIVATION.match(line)
        if m and m.group(1) not in ("sigma", "tanh", "relu", "f", "g"):
            for known, body in _ACTIVATIONS:
                if re.fullmatch(body.replace("{v}", re.escape(m.group(2))), m.group(3).strip()):
                    named[m.group(1)] = known
    return named


def geogebra_notes(text: str) -> str:
    """Notes with their CAS rows rewritten as claims (see the module doc); the other lines unchanged."""
    if not is_geogebra(text):
        return text
    lines = [line[:MAX_LINE] for line in text.split("\n")]
    out = list(lines)
    for name, known in _own_activations(lines).items():   # s(z1), s'(z1) in the rows: σ's
        for k, line in enumerate(lines[:MAX_LINES]):
            if _ROW.match(line) or _OUTPUT.match(line):
                lines[k] = re.sub(rf"(?<![\w.]){re.escape(name)}(?=['(])", known, line)
    jacobians = {m.group(2): m.group(1)[1:] for line in lines[:MAX_LINES] if (m := _GRAM.match(line))}
    two_outputs = any(re.match(r"^\s{0,3}\d{1,3}\s{1,6}f2\s{0,2}\(", line) for line in lines[:MAX_LINES])
    rows: dict[str, Row] = {}
    i = 0
    while i < len(lines) and i < MAX_LINES:
        m = _ROW.match(lines[i])
        if not m or not (i + 1 < len(lines) and _OUTPUT.match(lines[i + 1])) and ":=" not in m.group(2):
            i += 1
            continue
        number, command = m.group(1), m.group(2).strip()
        shown = []
        j = i + 1
        while j < len(lines) and j - i < 12 and (o := _OUTPUT.match(lines[j])):
            shown.append((j, o.group(1).strip()))
            j += 1
        typed = typed_claim(command, jacobians, two_outputs)
        out[i] = typed or ""
        for k, _ in shown:
            out[k] = ""
        formula = typed and re.match(r"^f(?:_\d)?\(", typed)   # f(x) := …: GeoGebra's expanded form says more
        if shown and (not typed or formula):
            row = output_claim(command, shown[0][1], rows, two_outputs)
            out[shown[0][0]] = row.claim
            rows[number] = row
        elif typed:
            rows[number] = Row(typed, "", "")
        i = j
    return "\n".join(out)

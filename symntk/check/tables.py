"""Markdown tables of values read as claims: each cell says what its row and column headers name, at a datapoint.

Learners tabulate forward passes and gradients either way round — one row per datapoint and one column per
quantity, or one row per parameter and one column per datapoint — with headers in plain text or LaTeX. A header
is read as one of:

* a **datapoint**: ``x_1``, ``x1 = 1``, ``x^{(2)}``, ``x₂``, ``at x_1``, ``Punkt 2``, ``f_1 at x_2`` (an output and
  a point), a whole gradient at a datapoint (``∇f(x_1)``, ``∂f(x_2)/∂θ_k``: its rows are parameters), or the
  datapoint's value (``at (1, 0)``, or a row ``| 0 | …`` under a column headed ``x``) when the
  notes define ``x_i = value``;
* a **quantity**: f or f_o, ∇f, ∂f/∂θ_k in any spelling (``∂f/∂w1``, ``\\partial/\\partial W^{[1]}_{1,1}``,
  ``\\frac{\\partial f}{\\partial θ_3}``), a parameter (``θ_3``, ``W^{[1]}_{1}``, ``w11``, ``b1``, ``v2``: the
  derivative of f by it; ``θ_1 (W_{11})``: the name before the note), or a unit and anything else (``z_1``,
  ``σ'(z_1)``, ``tanh'(z)``); a header that defines its quantity (``z = W^{(1)}x + b^{(1)}``) names the left
  side, and its definition is itself a claim;
* a **formula column** (``symbolic``, ``∂f/∂θ_k``, ``Formel``): the row's derivative as a formula in x.

A cell between a datapoint and a quantity is ``quantity(x_i) = cell``; between two datapoints, ``K(x_i, x_j)``;
between a parameter and a formula column, ``∂f/∂parameter = cell``. A cell written ``≈ 0.42`` is an
approximation. Every claim is soft: a cell that cannot be read is context, never unreadable.
"""

from __future__ import annotations

import re

from .quantity_rows import quantity_row
from .source import Segment
from .table_headers import (
    GRADIENT,
    SUBS,
    column_output,
    derivative_of,
    f_name,
    formula_column,
    header_defines,
    header_definition,
    header_point,
)
from .table_headers import data_points as data_points

_PARAMETER = re.compile(r"^(?:\\mathbf\{)?(?:W|b|w|\\theta|θ)\s*(?:[_^₁₂₃₄₅₆₇₈₉⁽¹²³⁴⁵⁶⁷⁸⁹]|\\_)")
# a learner's own name for a parameter (w1, v_2, c, W1, w11, W2_1): one letter that is not the input, the output,
# a unit (h, z, a, g, s) or the kernel, with an optional index or two
_OWN_NAME = re.compile(r"^(?![xyfhzagsKJ])[A-Za-z](?:_?\{?\d{1,2}\}?(?:_\{?\d{1,2}\}?)?|[₀-₉]{1,2})?$")
# any one-letter name with an index (``a_1``, ``h2``, ``z_{12}``): a parameter's name in a row of a parameters table
# (or a Greek letter, ``\alpha_2``, ``β_1``, ``\delta``: the learner's own letters in a parameters table)
_INDEX = r"(?:_?\{?\d{1,2}\}?(?:_\{?\d{1,2}\}?)?|[₀-₉]{1,2})"   # w_1, w_{12}, w₁₂
_ANY_NAME = re.compile(r"^(?:(?![xyfKJ])[A-Za-z]" + _INDEX + r"|(?:\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|eta|"
                       r"mu|nu|kappa|rho|tau|omega|xi|zeta|psi|chi)(?![A-Za-z])\s*|[αβγδεημνκρτωξζψχ])(?:" + _INDEX
                       + r")?)$")
_OUTPUT = re.compile(r"^(?:f|y|\\hat\s*\{?y\}?)\s*(?:_?\{?(\d)\}?|([₁₂₃]))?(?:\s*\(x\))?$")
_VECTOR = re.compile(r"^(?:=|\\approx)\s*[\[(][^\[\]()]{1,400},[^\[\]()]{1,400}[\])]$")   # = (1, 2, 0)
_VALUE_HEADERS = ("", "value", "values", "gildi", "gildið", "wert", "werte", "=", "valore", "valori", "wartość",
                  "wartości", "valor", "valores", "valeur", "valeurs")
_PARAMETER_CORNERS = ("θ_k", "\\theta_k", "θₖ", "k", "parameter", "parameters", "param", "stiki", "stikar",
                      "derivative", "ableitung", "afleiða", "parametro", "parametri", "parametr", "parametry",
                      "parámetro", "parámetros", "paramètre", "paramètres", "parâmetro", "parâmetros", "derivata",
                      "pochodna", "derivada", "dérivée", "tham số", "paraméter", "파라미터", "매개변수", "पैरामीटर",
                      "параметр", "параметры", "параметри", "производная", "похідна",   # ru, uk
                      "پارامتر", "پارامترها", "مشتق", "معامل", "المعامل", "المعاملات", "مشتقة", "پیرامیٹر")
_POINT_CORNERS = ("x", "i", "x_i", "point", "punkt", "punktur", "datapoint", "input", "eingabe", "inntak", "punto",
                  "ponto", "ingresso", "wejście", "entrada", "entrée", "điểm", "pont", "adatpont", "데이터", "점")
# a whole layer's matrix in a "given" table: W⁽¹⁾, W^{[1]}, W^(2), b^{(1)}, \mathbf{W}^{[2]} (the markup is gone)
_LAYER = re.compile(r"^[Wb]\s*(?:⁽[¹²³⁴⁵⁶⁷⁸⁹]⁾|\^\s*\{?\s*[\[(]\s*[1-9]\s*[\])]\s*\}?|\^\s*\{?[1-9]\}?)$")
# a value cell that states the datapoints itself: x₁ = 1, x₂ = −1 / x_1 = 0; x_2 = (1, 2)
_GIVEN_POINTS = re.compile(r"^x\s*(?:_\{?[1-9]\}?|[₁₂₃₄₅₆₇₈₉]|\^\{?\([1-9]\)\}?|⁽[¹²³⁴⁵⁶⁷⁸⁹]⁾)\s*=\s*[^=]")
_MARKUP = re.compile(r"\*\*|__|\\mathbf\{([^{}]{1,20})\}|\\boldsymbol\{([^{}]{1,20})\}|\\text\{([^{}]{1,40})\}|"
                     r"\\(?:mathbf|boldsymbol|bm)(?![A-Za-z])\s*(?=\\?[A-Za-z])")   # \mathbf x^{(1)}: bold x


_INLINE = re.compile(r"\$|`|\\\(|\\\)")   # a cell's math delimiters: $…$, \(…\) or `…` (AsciiMath)


_PIPE = re.compile(r"(?<!\\)\|")   # a cell ends at a bar; ``\\|`` is a bar inside a cell (GitHub's tables)


def split_row(row: str) -> list[str]:
    """The cells of a Markdown table row as written, split at its unescaped bars (``\\|`` is a bar in a cell)."""
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [c.replace("\\|", "|") for c in _PIPE.split(row)]


def _cells(row: str) -> list[str]:
    return [" ".join(_INLINE.sub("", _MARKUP.sub(lambda m: m.group(1) or m.group(2) or m.group(3) or "", c))
                     .split()) for c in split_row(row)]


def _plain_numbers(cell: str) -> bool:
    """``[2, −1]ᵀ``, ``1``, ``(1, 0)^T``: numbers only (no letter but a transpose's)."""
    return not re.search(r"[^\W\d_]", re.sub(r"\^\s*\{?(?:T|\\top)\}?|ᵀ", "", cell))


def _value(cell: str) -> str:
    """A cell's value as the right side of a claim (``≈ 0.42`` is an approximation)."""
    cell = cell.strip()
    if cell.startswith(("≈", "\\approx")):
        return "\\approx " + cell.removeprefix("≈").removeprefix("\\approx").strip()
    return "= " + cell


def _claim(point: tuple[int | None, str], quantity: str, value: str, points: dict,
           parameter: bool = False) -> str | None:
    """What a cell at a datapoint claims about a quantity (``parameter``: the quantity is a row of a table of
    parameters, so a name such as ``a_1`` or ``h_2`` there is a parameter's, not a unit's: ∂f(x_i)/∂a_1)."""
    output, x = point
    if parameter and re.fullmatch(r"[1-9][0-9]?", quantity):   # | k | … | at x_1 |: row k is θ_k
        quantity = f"\\theta_{{{quantity}}}"
    if parameter and _ANY_NAME.match(quantity):
        return f"\\frac{{\\partial {f_name(output)}({x})}}{{\\partial {quantity}}} {value}"
    other = header_point(quantity, points)
    if other is not None:
        return f"K({x}, {other[1]}) {value}"
    quantity, _ = header_defines(quantity)
    bare = re.sub(r"\s*\([^()]{1,30}\)$", "", quantity)   # θ_1 (W_{11}): the name before the note
    if bare != quantity and (_PARAMETER.match(bare) or _OWN_NAME.match(bare)):
        quantity = bare
    derivative = derivative_of(quantity)
    if derivative is not None:
        return f"\\frac{{\\partial {f_name(derivative[0] or output)}({x})}}{{\\partial {derivative[1]}}} {value}"
    if _PARAMETER.match(quantity) or _OWN_NAME.match(quantity):
        return f"\\frac{{\\partial {f_name(output)}({x})}}{{\\partial {quantity}}} {value}"
    gradient = GRADIENT.match(quantity)
    if gradient:
        o = gradient.group(2) or (str(SUBS.index(gradient.group(3)) + 1) if gradient.group(3) else None)
        return f"\\nabla_\\theta {f_name(int(o) if o else output)}({x}) {value}"
    out = _OUTPUT.match(quantity)
    if out:
        o = out.group(1) or (str(SUBS.index(out.group(2)) + 1) if out.group(2) else None)
        if o and _VECTOR.match(value):   # | f_1 | (1, 1, 2, 0, 1, 0) |: one output's value is a number, so a
            return f"\\nabla_\\theta f_{{{o}}}({x}) {value}"   # vector there is its gradient
        return f"{f_name(int(o) if o else output)}({x}) {value}"
    return f"{quantity}({x}) {value}"


def _cell(row: str, column: str, cell: str, points: dict, corner: str, formulas: bool = False,
          named: tuple[bool, bool] = (False, False)) -> str | None:
    """What one table cell claims, from its row and column headers, as math (None: nothing). With ``formulas``
    (the table has a formula column) a ``value`` column beside it is the same derivative with the data put in.
    ``named`` says whether the rows, and the columns, are mostly the learner's parameter names (see
    :func:`_names_parameters`)."""
    if not cell:
        return None
    value = _value(cell)
    for name, other in ((column, row), (row, column)):   # | w1 | w2 | ↵ | 1 | 1 |: values by name
        if _OWN_NAME.match(name) and other.lower() in _VALUE_HEADERS:
            return f"{name} {value}"
        if _LAYER.match(name) and other.lower() in _VALUE_HEADERS and not formulas and _plain_numbers(cell):
            return f"{name} {value}"   # | W⁽¹⁾ | [2, −1]ᵀ |: a given layer (beside a formula column: ∂f/∂W⁽¹⁾)
    if column.lower() in _VALUE_HEADERS and _GIVEN_POINTS.match(cell):   # | data | x₁ = 1, x₂ = −1 |
        return cell
    if not row or not column:
        return None
    unit = _unit_cell(row, column, value, points, corner)
    if unit is not None:
        return unit
    by_value = corner.lower() in _POINT_CORNERS
    by_parameter = formulas or corner.lower() in _PARAMETER_CORNERS
    for point_header, quantity, values, parameter in ((row, column, by_value, named[1]),
                                                      (column, row, False, by_parameter or named[0])):
        point = header_point(point_header, points, values)
        if point is not None:
            return _claim(point, quantity, value, points, parameter)
    by_output = _output_cell(row, column, value)
    if by_output is not None:
        return by_output
    parameter = header_defines(row)[0]
    if re.fullmatch(r"[1-9][0-9]?", parameter) and corner.lower() in _PARAMETER_CORNERS:
        parameter = f"\\theta_{{{parameter}}}"   # row k of a table of θ_k
    if formula_column(column) or formulas and column.lower() in _VALUE_HEADERS:
        if corner.lower() in _PARAMETER_CORNERS or _PARAMETER.match(parameter) or _OWN_NAME.match(parameter):
            return f"\\frac{{\\partial {f_name(column_output(column))}}}{{\\partial {parameter}}} {value}"
    return None


def _output_cell(row: str, column: str, value: str) -> str | None:
    """``| f_1 | x |`` under ``∂/∂W^{[1]} = δ^{[1]} x`` (one row per output, one column per parameter's
    derivative), or the other way round: ∂f_o/∂parameter = cell, as a formula in x."""
    for output, derivative in ((row, column), (column, row)):
        out, found = _OUTPUT.match(output), derivative_of(header_defines(derivative)[0])
        if out and (out.group(1) or out.group(2)) and found is not None and found[0] is None:
            o = out.group(1) or str(SUBS.index(out.group(2)) + 1)
            return f"\\frac{{\\partial f_{{{o}}}}}{{\\partial {found[1]}}} {value}"
    return None


_UNIT_CORNERS = ("unit", "units", "hidden unit", "neuron", "node", "j", "eining", "nóða", "einheit")
_UNIT_AT = re.compile(r"^([zah](?:\^\{\[\d\]\})?)\s?(?:at|bei|an|í|für)\s(.{1,30})$")


def _unit_cell(row: str, column: str, value: str, points: dict, corner: str) -> str | None:
    """``| unit | z at x=1 |`` (one row per hidden unit j): the cell is z_j at that datapoint."""
    m = _UNIT_AT.match(column)
    if m is None or corner.lower() not in _UNIT_CORNERS or not re.fullmatch(r"[1-9]", row):
        return None
    point = header_point(m.group(2), points, True) or header_point("at " + m.group(2), points, True)
    return f"{m.group(1)}_{{{row}}}({point[1]}) {value}" if point else None


def _names_parameters(names: list[str]) -> bool:
    """Whether the headers along one side of a table are mostly parameter names (``| a_1 | a_2 | c_1 | c_2 | v_1 |
    v_2 | d |``): then a name there whose letter is also a unit's (a, z, h) is a parameter of the learner's, and its
    cell at a datapoint is ∂f/∂ of it."""
    own = sum(bool(_PARAMETER.match(n) or _OWN_NAME.match(n)) for n in names)
    return own >= 2 and 2 * own >= len(names)


def table_segments(rows: list[tuple[int, str]], text: str = "") -> list[Segment]:
    """The cells of a Markdown table as soft claims (see the module doc); ``text`` holds the notes' datapoints."""
    if len(rows) < 3 or not set(rows[1][1].replace("|", "").strip()) <= set("-: "):
        return []
    header = _cells(rows[0][1])
    points = data_points(text)
    raw = split_row(rows[0][1])
    out = [Segment(rows[0][0], d, False, soft=True)   # a definition in $…$ is read with the notes' math
           for d in (header_definition(h) for h, r in zip(header[1:], raw[1:]) if "$" not in r and "`" not in r) if d]
    # | w1 | w2 | c |: every column is a name; with a single row of values any indexed letter is a name there
    # (| a_1 | a_2 | b_1 | d |: a_1 = 2 says the same whether a_1 is the learner's weight or a unit)
    named = all(_OWN_NAME.match(h) for h in header) or len(rows) == 3 and all(
        _OWN_NAME.match(h) or _ANY_NAME.match(h) for h in header)
    formulas = any(formula_column(h) for h in header[1:])
    sides = (_names_parameters([_cells(r)[0] for _, r in rows[2:] if _cells(r)]), _names_parameters(header[1:]))
    for n, row in rows[2:]:
        cells = _cells(row)
        if len(cells) != len(header):   # a short row's missing cells are empty: only its own chain is read
            chain = quantity_row(cells) if len(cells) < len(header) else None
            out += [Segment(n, chain, False, soft=True)] if chain else []
            continue
        found = len(out)
        for col in range(0 if named else 1, len(cells)):
            claim = f"{header[col]} {_value(cells[col])}" if named and cells[col] else \
                _cell(cells[0], header[col], cells[col], points, header[0], formulas, sides)
            if claim:
                out.append(Segment(n, claim, False, soft=True))
        chain = quantity_row(cells) if len(out) == found else None   # | K_{12} | 2 + 1 + … | 12 |
        if chain:
            out.append(Segment(n, chain, False, soft=True))
    return out

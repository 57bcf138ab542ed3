"""--values exact|decimal|auto, --decimals k, parenthesised products, no RootOf in documents,
and JSON exact strings that plain SymPy reads back as the same numbers."""

from __future__ import annotations

import json
import re

import mpmath
import pytest
import sympy
from render_matrix import MATRIX, problem

from symntk import api
from symntk.cli import main
from symntk.export import plain
from symntk.steps.shown import decimal, short


def test_short_values_are_the_readable_ones():
    t = sympy.tanh(1)
    assert all(short(v) for v in (sympy.Rational(3, 4), (27 - sympy.sqrt(697)) / 2, t, 1 - t ** 2, 2 - 2 * t ** 2))
    assert not short(55 - 47 * sympy.tanh(2) ** 2 + 24 * sympy.tanh(2) ** 4 - 11 * sympy.tanh(4) ** 2)


@pytest.mark.parametrize("value, digits, text", [
    (sympy.tanh(1), 5, "0.76159"), (sympy.Rational(31, 10), 5, "3.10000"), (sympy.Rational(-1, 3), 3, "-0.333"),
    (sympy.Rational(2, 3), 2, "0.67"),
])
def test_decimals_print_exactly_k_digits(value, digits, text):
    assert str(decimal(value, digits)) == text
    assert abs(float(decimal(value, digits)) - float(value)) <= 0.5 * 10 ** -digits


def _text(prob, values="auto", decimals=5, fmt="text"):
    return api.render_solution(api.derive(prob), fmt=fmt, values=values, decimals=decimals)


def test_auto_keeps_short_gradients_exact_and_gives_long_kernel_entries_as_decimals():
    out = _text(problem([2, 3, 1], "tanh"))
    gradients = out.split("The gradient vector")[1].split("The kernel entries")[0]
    assert "tanh" in gradients and "≈" not in gradients
    kernel = out.split("The kernel matrix")[1].split("The characteristic")[0]
    assert "tanh" not in kernel and "K ≈" in kernel
    assert "rounded to 5 decimals" in out
    # every product of the kernel entries reads correctly: sums and negatives in parentheses
    assert "[(2 − 2·tanh²(" in out and "· (−" in out


def test_decimal_and_exact_modes():
    prob = problem([2, 3, 1], "tanh")
    assert "tanh" not in _text(prob, "decimal").split("The gradient vector")[1]
    exact = _text(prob, "exact")
    assert "K = " in exact and "tanh²(2)" in exact.split("The kernel matrix")[1]
    assert "0.764" in _text(prob, "decimal", 3) or "≈" in _text(prob, "decimal", 3)


def test_linear_notes_exercise_stays_exact_in_auto():
    out = api.render_solution(api.derive(api.notes_problem()))
    assert "≈" not in out.split("The eigenvalues")[0].split("The kernel entries")[1]
    assert "27 ± √697" in out and "[1 · 2]" in out


def test_negative_factors_are_parenthesised_in_tex():
    tex = _text(problem([2, 3, 1], "identity", seed=3), fmt="tex")
    assert "\\left(-" in tex
    assert not re.search(r"\\cdot -|\[-[\d\\]", tex)


@pytest.mark.parametrize("fmt", ["text", "tex", "md", "html"])
def test_no_rootof_in_any_document(fmt):
    prob = problem([2, 3, 2], "identity", seed=1)
    assert any(isinstance(e.exact, sympy.CRootOf) for e in api.derive(prob).eigenvalues)
    out = _text(prob, fmt=fmt)
    assert "RootOf" not in out and "roots of" in out


def test_bad_values_option_is_one_clear_line(capsys):
    assert main(["demo", "--values", "rounded"]) == 2
    err = capsys.readouterr().err
    assert "--values" in err and len(err.strip().splitlines()) == 1
    assert main(["demo", "--decimals", "0"]) == 2


def _close(text: str, exact: sympy.Expr) -> bool:
    """Plain sympify of the text equals the engine's exact value (to 40 digits)."""
    read = sympy.sympify(text.replace("lam", "lam_"))  # plain SymPy, no private names
    with mpmath.workdps(50):
        return abs(sympy.N(read - exact, 45)) <= sympy.Float("1e-38") * max(1, abs(sympy.N(exact, 20)))


@pytest.mark.parametrize("name", ["identity-2-out", "relu-ntk", "tanh-231", "sigmoid-2-out", "softplus"])
def test_every_json_exact_string_sympifies_to_the_same_number(name, tmp_path):
    widths, act, param = MATRIX[name]
    prob = problem(widths, act, param)
    sol = api.derive(prob)
    data = api.solution_dict(sol)
    json.dumps(data)
    for r, row in enumerate(data["jacobian"]):
        for c, text in enumerate(row):
            assert _close(text, sol.jacobian[r, c]), (r, c, text)
            assert abs(data["jacobian_decimal"][r][c] - float(sympy.N(sol.jacobian[r, c], 30))) < 1e-9
    for r, row in enumerate(data["kernel"]):
        for c, text in enumerate(row):
            assert _close(text, sol.kernel[r, c]), (r, c, text)
            assert abs(data["kernel_decimal"][r][c] - float(sympy.N(sol.kernel[r, c], 30))) < 1e-9
    for item, e in zip(data["eigenvalues"], sol.eigenvalues):
        if item["exact"] is not None:
            assert _close(item["exact"], e.value)
    assert "sigmoid(" not in json.dumps(data["jacobian"]) + json.dumps(data["kernel"])


def test_plain_printer_writes_private_functions_in_plain_sympy():
    from symntk.activations import relu, sigmoid, softplus, step

    z = sympy.Rational(3, 2)
    for value, expected in ((sigmoid(z), 1 / (1 + sympy.exp(-z))), (softplus(z), sympy.log(1 + sympy.exp(z)))):
        assert sympy.N(sympy.sympify(plain(value)) - expected, 40) == 0
    x = sympy.Symbol("x")
    assert sympy.sympify(plain(relu(x))) == sympy.Max(0, x)
    assert sympy.sympify(plain(step(x))) == sympy.Heaviside(x, 0)


@pytest.mark.parametrize("fmt", ["tex", "md"])
def test_tanh_golden_in_auto_values(fmt):
    from render_helpers import check_golden

    sol = api.derive(problem([2, 3, 1], "tanh"))
    check_golden(f"tanh-auto.en.{fmt}", api.render_solution(sol, fmt=fmt, values="auto"))


def test_notes_exercise_golden_in_icelandic():
    from render_helpers import check_golden

    check_golden("notes.is.tex", api.render_solution(api.derive(api.notes_problem()), fmt="tex", lang="is"))

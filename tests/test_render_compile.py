"""Every derive format over the matrix of problems, in en and is: the LaTeX compiles with no
overfull box wider than 1 pt and no RootOf anywhere (the full matrix is slow; one tanh problem
runs always)."""

from __future__ import annotations

import pytest
from render_matrix import MATRIX, compile_log, overfull_boxes, problem

from symntk import api
from symntk.render.pdf import tex_available

needs_tex = pytest.mark.skipif(not tex_available(), reason="pdflatex is not installed")


def _check(name: str, lang: str, tmp_path) -> None:
    widths, act, param = MATRIX[name]
    sol = api.derive(problem(widths, act, param))
    for fmt in ("text", "md", "html", "tex"):
        out = api.render_solution(sol, fmt=fmt, lang=lang)
        assert "RootOf" not in out, (name, fmt)
    log = compile_log(out, tmp_path)
    assert "Output written" in log, (name, lang)
    wide = [w for w in overfull_boxes(log) if w > 1.0]
    assert not wide, f"{name} ({lang}): overfull boxes {wide} pt"


@needs_tex
def test_tanh_document_fits_the_page(tmp_path):
    _check("tanh-231", "en", tmp_path)


@needs_tex
@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "is"])
@pytest.mark.parametrize("name", sorted(MATRIX))
def test_every_problem_fits_the_page(name, lang, tmp_path):
    _check(name, lang, tmp_path)


WIDE = {  # (widths, activation, datapoints): matrices too wide for the page
    "tanh-8-points": ([1, 2, 1], "tanh", [[v] for v in (1, 2, 3, -1, -2, 0, 4, 5)]),
    "tanh-2-out-8-points": ([1, 2, 2], "tanh", [[v] for v in (1, 2, 3, -1, -2, 0, 4, 5)]),
    "relu-width-16": ([1, 16, 16, 1], "relu", [[1], [0], [-1]]),
}


def _wide(name: str):
    widths, act, points = WIDE[name]
    return api.derive(problem(widths, act, points=points))


@pytest.mark.parametrize("name", sorted(WIDE))
def test_wide_matrices_are_written_entry_by_entry_in_every_latex_format(name):
    sol = _wide(name)
    for fmt in ("tex", "md", "html"):
        out = api.render_solution(sol, fmt=fmt)
        if name != "relu-width-16":
            assert "K \\approx \\begin{bmatrix}" not in out and "K_{1,2} \\approx" in out, fmt
            assert "only the entries with" in out, fmt
        else:  # W^{[2]} alone fits the page: b^{[2]} goes below it (html escapes the &)
            assert "W^{[2]} &= \\begin{bmatrix}" in out.replace("&amp;", "&"), fmt
            assert "b^{[2]} &= \\begin{bmatrix}" in out.replace("&amp;", "&"), fmt


@needs_tex
@pytest.mark.parametrize("lang", ["en", pytest.param("is", marks=pytest.mark.slow)])
@pytest.mark.parametrize("name", sorted(WIDE))
def test_wide_matrices_fit_the_page(name, lang, tmp_path):
    log = compile_log(api.render_solution(_wide(name), fmt="tex", lang=lang), tmp_path)
    assert "Output written" in log, (name, lang)
    wide = [w for w in overfull_boxes(log) if w > 1.0]
    assert not wide, f"{name} ({lang}): overfull boxes {wide} pt"


def test_short_derivations_are_kept_on_one_page():
    out = api.render_solution(api.derive(api.notes_problem()), fmt="tex")
    kept = out.split("\\setbox0=\\vbox{")[1].split("\\unvbox0")[0]
    assert "characteristic polynomial" in kept and "\\det(K - \\lambda I)" in kept and "\\sqrt{697}" in kept
    assert "\\needspace{\\dimexpr\\ht0+\\dp0\\relax}" in kept

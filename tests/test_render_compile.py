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

"""LaTeX payloads: escaped when placed into tex/html/md, inert when compiled.

Two layers are tested separately: learner text (the title) is escaped by the
renderers, and the compiler itself (no shell escape, paranoid file access)
refuses to read or write outside its temporary directory even if a payload
reached it unescaped.
"""

import tempfile
from pathlib import Path

import pytest

import symntk
from symntk.cli import main
from symntk.render import pdf
from symntk.render.environment import FORMATS, environment

from conftest import ROOT

BASE = (ROOT / "examples" / "notes.toml").read_text(encoding="utf-8")
PAYLOADS = [
    r"\input{/etc/passwd}",
    r"\include{/etc/passwd}",
    r"\immediate\write18{touch /tmp/symntk_pwned_marker}",
    r"\immediate\openout5=/tmp/symntk_openout.tex",
    r"\catcode`\^=7 \def\x{\x}\x",
    r"$\csname input\endcsname{/etc/passwd}$",
    r"<script>alert(1)</script> & % # _ { } ~ ^",
]


def _problem(tmp_path, title):
    title_toml = title.replace("\\", "\\\\").replace('"', '\\"')
    path = tmp_path / "p.toml"
    path.write_text(BASE.replace('title = "The notes\' exercise: a linear 1-2-1 network"', f'title = "{title_toml}"'),
                    encoding="utf-8")
    problem = symntk.load_problem(path)
    assert problem.title == title
    return problem


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("fmt", ["tex", "md", "html"])
def test_title_payload_is_escaped(tmp_path, payload, fmt):
    out = symntk.render_solution(symntk.derive(_problem(tmp_path, payload)), fmt=fmt)
    if fmt == "html":  # LaTeX means nothing to a browser, so a LaTeX payload may stay; markup (<) must be escaped
        assert "<script>alert" not in out and ("<" not in payload or payload not in out)
    else:
        assert payload not in out


@pytest.mark.slow
@pytest.mark.skipif(not pdf.tex_available(), reason="pdflatex is not installed")
def test_title_payloads_compile_to_an_inert_pdf(tmp_path):
    short = Path(tempfile.mkdtemp(prefix="s", dir="/tmp"))  # absolute paths short enough for any title limit
    marker = short / "marker"
    secret = short / "secret.tex"
    secret.write_text(r"\errmessage{LEAKED-SECRET}", encoding="utf-8")
    title = rf"\input{{{secret}}} \immediate\write18{{touch {marker}}}"
    out = tmp_path / "doc.pdf"
    assert main(["derive", str(ROOT / "examples" / "notes.toml"), "--format", "pdf", "--out", str(out)]) == 0
    problem_file = tmp_path / "p.toml"
    _problem(tmp_path, title)
    assert main(["derive", str(problem_file), "--format", "pdf", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and not marker.exists()
    secret.unlink()
    short.rmdir()


@pytest.mark.skipif(not pdf.tex_available(), reason="pdflatex is not installed")
def test_the_compiler_reads_and_writes_nothing_outside_even_unescaped(tmp_path):
    """Raw payloads handed straight to the compiler (as if escaping had failed)."""
    secret = tmp_path / "secret.tex"
    secret.write_text(r"\gdef\leaked{yes}", encoding="utf-8")
    written = tmp_path / "written.tex"
    marker = tmp_path / "marker"
    body = (rf"\immediate\write18{{touch {marker}}}"
            rf"\immediate\openout5={written}\immediate\write5{{x}}\immediate\closeout5"
            rf"\IfFileExists{{{secret}}}{{\input{{{secret}}}}}{{}}"
            r"\ifdefined\leaked\errmessage{LEAKED}\fi ok")
    tex = r"\documentclass{article}\begin{document}" + body + r"\end{document}"
    try:
        result = pdf.compile_pdf(tex)
    except pdf.CompileError as exc:
        assert "LEAKED" not in str(exc)
    else:
        assert result.startswith(b"%PDF")
    assert not marker.exists()
    assert not written.exists()


@pytest.mark.skipif(not pdf.tex_available(), reason="pdflatex is not installed")
def test_compile_errors_are_one_line():
    with pytest.raises(pdf.CompileError) as info:
        pdf.compile_pdf(r"\documentclass{article}\begin{document}\undefinedmacro\end{document}")
    assert "\n" not in str(info.value)


def test_no_render_filter_executes_text(tmp_path):
    import jinja2

    builtin = set(jinja2.Environment().filters)
    marker = tmp_path / "pwned"
    payload = f"__import__('pathlib').Path({str(marker)!r}).touch()"
    executed = []
    for fmt in FORMATS:
        for name, fn in environment(fmt).filters.items():
            if name in builtin:
                continue
            try:
                fn(payload)
            except Exception:  # a refusal is fine; running the payload is not
                pass
            if marker.exists():
                executed.append(f"{fmt}:{name}")
                marker.unlink()
    assert executed == []



@pytest.mark.parametrize("title,expected", [
    ('Verkefni "3"', r"Verkefni \textquotedbl{}3\textquotedbl{}"),
    ("λ-kerfið ☃ ħ Ω", r"\ensuremath{\lambda}-kerfið {\ttfamily[U+2603]} {\ttfamily[U+0127]} \ensuremath{\Omega}"),
])
def test_tex_escaping_leaves_only_what_pdflatex_typesets(title, expected):
    """`"` is active under Icelandic babel; λ needs math mode; ☃ and ħ have no T1 glyph (shown as code points)."""
    assert environment("tex", "is").filters["esc"](title) == expected


WIDE = """title = "Kjarni λ ☃ ħ, tilvitnun \\""
[network]
widths = [1, 45, 1]
activation = "identity"
[random]
seed = 3
[data]
x = [1, 2]
"""


@pytest.mark.slow
@pytest.mark.skipif(not pdf.tex_available(), reason="pdflatex is not installed")
@pytest.mark.parametrize("lang", ["is", "en"])
def test_titles_and_wide_matrices_compile(tmp_path, lang):
    path = tmp_path / "p.toml"
    path.write_text(WIDE, encoding="utf-8")
    assert symntk.load_problem(path).title.endswith('"')
    tex, out = tmp_path / "doc.tex", tmp_path / "doc.pdf"
    assert main(["derive", str(path), "--format", "tex", "--lang", lang, "--out", str(tex)]) == 0
    text = tex.read_text(encoding="utf-8")
    assert pdf.matrix_columns(text) <= 10   # the 1 × 45 W^{[2]} is too wide for a matrix: listed entry by entry
    assert "W_{1,45}^{[2]} = " in text
    assert main(["derive", str(path), "--format", "pdf", "--lang", lang, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")

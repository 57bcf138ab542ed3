"""``symntk present``: the step-through page's content, without a browser."""

import re

import pytest
import sympy
from render_helpers import loaded_templates

import symntk
from symntk.cli import main
from symntk.present import present

from conftest import ROOT, write

# θ in the notes' order (DESIGN.md): W^{[1]} row-major, b^{[1]}, W^{[2]}, b^{[2]}; symbols W_l_i_j, b_l_i_1.
NOTES_THETA = ["W_1_1_1", "W_1_2_1", "b_1_1_1", "b_1_2_1", "W_2_1_1", "W_2_1_2", "b_2_1_1"]


@pytest.fixture(scope="module")
def notes_page():
    return present(symntk.notes_problem(), labels=[0, 1], steps=20, lr=0.02)


def _slides(html):
    return re.findall(r'<section class="slide[^"]*" id="slide-(\d+)"(.*?)</section>', html, re.S)


def test_one_slide_per_step_and_per_parameter_and_training(notes_page):
    # The gradients step becomes one slide per θ_k; the training slide and one slide per plot panel come last.
    steps = len(symntk.derivation(symntk.derive(symntk.notes_problem())).steps)
    slides = _slides(notes_page)
    assert [int(n) for n, _ in slides] == list(range(1, steps - 1 + len(NOTES_THETA) + 1 + 4 + 1))
    assert 'data-figure="training"' in slides[-5][1]
    assert all('data-figure="plot"' in body and "data:image/svg+xml;base64," in body for _, body in slides[-4:])


def test_gradient_slides_light_the_parameter_in_theta_order(notes_page):
    gradient_slides = [body for _, body in _slides(notes_page) if 'data-figure="network"' in body]
    assert len(gradient_slides) == len(NOTES_THETA)
    for k, (body, name) in enumerate(zip(gradient_slides, NOTES_THETA), start=1):
        lit = re.findall(r'<(?:line|circle) class="(?:edge|node) lit" data-parameter="([^"]*)"', body)
        assert lit == [name], (k, lit)
        assert f'data-title="6. ∂f/∂θ{"₀₁₂₃₄₅₆₇"[k]} = ∂f/∂' in body
        assert body.count(r"\partial \theta_") == k  # lines 1..k revealed so far


def test_heatmap_and_spectrum_show_the_kernel(notes_page):
    # K = [[8, 12], [12, 19]] (worked out by hand in test_notes_exercise); λ = (27 ∓ √697)/2.
    heat = re.search(r'<svg class="heatmap".*?</svg>', notes_page, re.S).group(0)
    values = re.findall(r'class="value">([^<]*)<', heat)
    assert values == ["8", "12", "12", "19"]
    fills = dict(zip(values, re.findall(r'<rect [^>]*fill="(#[0-9a-f]{6})"', heat)))
    assert fills["19"] == "#b0171f" and fills["8"] != fills["19"]
    spectrum = re.search(r'<svg class="spectrum".*?</svg>', notes_page, re.S).group(0)
    small, large = (27 - 697 ** 0.5) / 2, (27 + 697 ** 0.5) / 2
    assert re.findall(r'class="value">([^<]*)<', spectrum) == [f"{small:.4f}", f"{large:.4f}"]


def test_decay_curves_follow_one_minus_eta_lambda(notes_page):
    # η = 1/λ_max: the λ_max direction is gone after one step, λ_min's shrinks by (1 − λ_min/λ_max)^t.
    small, large = (27 - 697 ** 0.5) / 2, (27 + 697 ** 0.5) / 2
    svg = re.search(r'<svg class="decay".*?</svg>', notes_page, re.S).group(0)
    curves = dict(re.findall(r'data-k="(\d)" [^>]*points="([^"]*)"', svg))
    top, bottom = 20, 260
    for k, rate in (("1", small / large), ("2", 1.0)):
        points = [tuple(map(float, p.split(","))) for p in curves[k].split()]
        values = [(bottom - y) / (bottom - top) for _, y in points]
        steps = len(points) - 1
        assert steps == 200  # 3 / −ln(1 − λ_min/λ_max) ≈ 266 steps, capped at 200
        for t in (0, 1, 50, steps):
            assert values[t] == pytest.approx((1 - rate) ** t, abs=1e-4)


def _markup(html):
    """The page without its inline scripts and styles (KaTeX's code holds src= strings)."""
    return re.sub(r"<(script|style)>.*?</\1>", "", html, flags=re.S)


def test_page_is_self_contained(notes_page):
    assert not re.search(r'(?:src|href)="(?!data:|#)', _markup(notes_page))
    assert "url(http" not in notes_page and "@import" not in notes_page
    assert notes_page.count("<script") >= 2 and "katex" in notes_page
    assert re.search(r'<img src="data:image/svg\+xml;base64,', notes_page)


def test_no_training_slide_without_labels():
    html = _markup(present(symntk.notes_problem()))
    assert 'data-figure="training"' not in html and 'data-figure="heatmap"' in html


def test_icelandic_page_and_labels_from_file(tmp_path):
    problem = write(tmp_path, """
[network]
widths = [1, 2, 2]
activation = "tanh"
[parameters]
W1 = [[1], [-1]]
b1 = [[0], [0.5]]
W2 = [[1, 1], [0.5, -1]]
b2 = [[0], [0]]
[data]
x = [-1, 2]
y = [[0, 1], [1, 0]]
""")
    html = present(symntk.load_problem(problem), lang="is", steps=10)
    assert '<html lang="is">' in html and "Fara á glæru" in html and "stigulsigi" in html
    assert 'data-figure="training"' in _markup(html)
    heat = re.search(r'<svg class="heatmap".*?</svg>', html, re.S).group(0)
    assert heat.count("<rect") == 16  # (2 points × 2 outputs)² cells of the full kernel


def test_cli_writes_the_page_and_opens_it(tmp_path, monkeypatch, capsys):
    opened = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    out = tmp_path / "slides.html"
    assert main(["present", "--out", str(out), "--open", "--labels", "0, 1", "--steps", "5"]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert opened == [out.resolve().as_uri()]
    monkeypatch.chdir(tmp_path)
    assert main(["present", str(ROOT / "examples" / "notes.toml")]) == 0
    assert (tmp_path / "notes-slides.html").is_file()


@pytest.mark.parametrize("argv, message", [
    (["present", "missing.toml"], "missing.toml"),
    (["present", "--labels", "0"], "--labels"),
    (["present", "--lang", "de"], "--lang"),
])
def test_cli_errors(argv, message, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("symntk: error:") and message in err and "\n" not in err
    assert list(tmp_path.iterdir()) == []


def test_every_present_and_train_template_is_used():
    from symntk.training import train
    from symntk.training.plot import labels
    from symntk.training.summary import summary

    with loaded_templates() as loaded:
        for lang in ("en", "is"):
            present(symntk.notes_problem(), lang=lang, labels=[0, 1], steps=3)
            summary(train(symntk.notes_problem(), steps=3, labels=[0, 1], test_points=[0]), lang)
    owned = [p for p in (ROOT / "templates").rglob("*") if p.is_file() and p.parent.name in ("present", "train")
             and p.suffix != ".toml"]
    assert sorted(str(p) for p in owned if p.resolve() not in loaded) == []
    assert labels("is")["drift_title"] != labels("en")["drift_title"]
    assert set(labels("is")) == set(labels("en"))


def test_training_slide_says_linearised_and_shows_clean_numbers():
    # η = 1/λ_max (the default): the largest mode's factor 1 − ηλ_max is 0, so it is gone after one step.
    html = _markup(present(symntk.notes_problem(), labels=[0, 1], steps=10))
    slide = re.search(r'data-figure="training".*?</section>', html, re.S).group(0)
    assert "linearised model" in slide and "e^{-\\eta K_0 t}" in slide and "\\eta &lt; 2/\\lambda_{\\max}" in slide
    assert "gone after one step" in slide and "e-folding" not in slide
    cells = re.findall(r"<td>([^<]*)", slide)
    assert cells and not any(c.strip() in ("-0", "+0", "−0") or re.search(r"e-1\d", c) for c in cells)
    assert re.search(r"moved during training: by up to \d+\.\d%", slide)


def test_heatmap_ink_has_enough_contrast_on_every_fill():
    # WCAG 2 contrast computed here from the definition, independently of figures.contrast.
    from symntk.present.figures import _mix, heatmap

    def lum(c):
        ch = [int(c[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in ch]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    def ratio(a, b):
        hi, lo = sorted((lum(a), lum(b)), reverse=True)
        return (hi + 0.05) / (lo + 0.05)

    K = symntk.derive(symntk.notes_problem()).kernel
    grid = [t / 100 for t in range(-100, 101)]
    column = sympy.Matrix([[v] for v in grid])
    cells = heatmap(column, [(i, None) for i in range(len(grid))]).cells
    assert len(cells) == len(grid)
    assert min(ratio(c.fill, c.ink) for c in cells) >= 4.5
    assert all(ratio(_mix(t), c.ink) >= 4.5 for t, c in zip(grid, cells))
    notes = heatmap(K, [(1, None), (2, None)]).cells
    assert min(ratio(c.fill, c.ink) for c in notes) >= 4.5


def test_every_svg_has_an_accessible_name(notes_page):
    svgs = re.findall(r"<svg\b[^>]*>.*?</svg>", _markup(notes_page), re.S)
    assert len(svgs) > 5
    for svg in svgs:
        head = svg[:svg.index(">") + 1]
        assert re.search(r'aria-label="[^"]{8,}"', head) and re.search(r"<title>[^<]{8,}</title>", svg), head


@pytest.mark.parametrize("widths", [(1, 2, 1), (2, 3, 1), (2, 3, 2), (3, 3, 2), (2, 2, 2, 1), (1, 4, 1)])
def test_drawing_labels_never_cover_each_other_or_a_node(widths):
    # Boxes recomputed here: a label of c characters is 0.14·c + 0.08 wide and 0.3 high (layout units),
    # a node a 0.6 square; weights near the source end of their edge (at most 62 % along it).
    from symntk.render.drawing import layout

    weights = [sympy.Matrix(m, n, lambda i, j: sympy.Rational((-1) ** (i + j) * (i + 2 * j + 1), 2))
               for n, m in zip(widths, widths[1:])]
    biases = [sympy.Matrix(m, 1, lambda i, j: i - 1) for m in widths[1:]]
    L = layout(widths, weights, biases)
    assert L.labelled

    def box(x, y, w, h):
        return (x - w / 2, y - h / 2, x + w / 2, y + h / 2)

    def hit(a, b):
        return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]

    labels = [box(e.lx, e.ly, 0.14 * len(symntk.render.mathtext.unicode(e.value)) + 0.08, 0.3) for e in L.edges]
    nodes = [box(n.x, n.y, 0.6, 0.6) for n in L.nodes]
    for k, (e, b) in enumerate(zip(L.edges, labels)):
        t = (e.lx - e.x1) / (e.x2 - e.x1)
        assert 0.1 <= t <= 0.62 and abs(e.y1 + t * (e.y2 - e.y1) - e.ly) < 1e-9  # on its edge, source half
        assert not any(hit(b, other) for other in labels[:k] + labels[k + 1:]), (e.layer, e.i, e.j)
        assert not any(hit(b, n) for n in nodes), (e.layer, e.i, e.j)


def test_labelled_example_ends_with_training_slides():
    problem = symntk.load_problem(ROOT / "examples" / "labelled.toml")
    assert problem.labels is not None
    html = _markup(present(problem, steps=5))
    assert html.count('data-figure="plot"') == 4 and 'data-figure="training"' in html


def test_icelandic_figures_use_a_decimal_comma():
    problem = symntk.load_problem(ROOT / "examples" / "labelled.toml")
    html = _markup(present(problem, lang="is", steps=5))
    for cls in ("heatmap", "spectrum"):
        svg = re.search(rf'<svg class="{cls}".*?</svg>', html, re.S).group(0)
        values = re.findall(r'class="value">([^<(]*)', svg)
        assert values and all("." not in v for v in values) and any("," in v for v in values), values
    slide = re.search(r'data-figure="training".*?</section>', html, re.S).group(0)
    cells = re.findall(r"<td>([^<]*)", slide)
    assert any("," in c for c in cells) and not any(re.search(r"\d\.\d", c) for c in cells)

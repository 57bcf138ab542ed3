"""HTML notes (Moodle/Canvas answers, Google Docs exports, MathML, tables): read as the plain notes they show.

Expected verdicts are worked out by hand for the linear lecture example f = W2(W1 x + b1) + b2, W1 = (1, 1)ᵀ,
b1 = (0, 1)ᵀ, W2 = (1, 0), b2 = 0, x_1 = 1, x_2 = 2: ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1), ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1),
so K = [[8, 12], [12, 19]], tr K = 27, det K = 8.
"""

import pytest

from symntk.check import check_text
from symntk.check.html_notes import html_notes, is_html
from symntk.check.layer_words import layer_words
from symntk.check.mathml import Node, latex

HEAD = ("<p>f(x) = W<sup>[2]</sup>(W<sup>[1]</sup>x + b<sup>[1]</sup>) + b<sup>[2]</sup>, W<sup>[1]</sup> = [1, 1]"
        "<sup>T</sup>, b<sup>[1]</sup> = [0, 1]<sup>T</sup>, W<sup>[2]</sup> = [1, 0], b<sup>[2]</sup> = 0, "
        "x<sub>1</sub> = 1, x<sub>2</sub> = 2</p>\n")


def _verdicts(text: str, source: str = "answer.html") -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(text, source).judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


@pytest.mark.parametrize("html, text", [
    ("<p>K<sub>11</sub> = 8</p>", "K_{11} = 8"),
    ("<p>&lambda;<sub>1</sub> &asymp; 26.70, &#955;<sub>2</sub> &#x2248; 0.30</p>", "λ_{1} ≈ 26.70, λ_{2} ≈ 0.30"),
    ("<p>&Delta; = 54<sup>2</sup> &minus; 4&middot;704</p>", "Δ = 54^{2} − 4·704"),
    ("<p>&part;f/&part;b = 1&nbsp;&nbsp;&nbsp; &part;f/&part;c = x</p>", "∂f/∂b = 1 ; ∂f/∂c = x"),
    ("<p>b = 0.&nbsp; x = 1</p>", "b = 0.  x = 1"),
    ("<p>a = 1 &nbsp; b = 2</p>", "a = 1 ; b = 2"),
    ("<p>K = 8</p><p>L = 9</p>", "K = 8 : L = 9"),
    ("<p>tr K = 27<br>det K = 8</p>", "tr K = 27 : det K = 8"),
    ("<h2>Kernel</h2>", "## Kernel"),
    ("<p>K = \\(\\begin{bmatrix}13 &amp; 6\\\\ 6 &amp; 12\\end{bmatrix}\\)</p>",
     "K = \\(\\begin{bmatrix}13 & 6\\\\ 6 & 12\\end{bmatrix}\\)"),
])
def test_tags_and_entities_as_the_text_they_show(html, text):
    assert html_notes(html, "a.html") == text


def test_google_docs_spans_styled_as_scripts():
    html = ('<html><head><style>.c3{vertical-align:super;font-size:7pt}.c5{vertical-align:sub}</style></head>'
            '<body><p>K<span class="c5">12</span> = 12, &lambda;<span style="vertical-align: super">2</span></p>'
            '</body></html>')
    assert html_notes(html, "doc.html") == "K_{12} = 12, λ^{2}"


def test_head_script_and_comments_show_nothing_and_lines_stay():
    html = ("<html>\n<head><title>K = 5</title>\n<script>K = 7</script></head>\n<body>\n"
            "<!-- K = 6 -->\n<p>K<sub>11</sub>\n= 8</p>\n</body></html>\n")
    out = html_notes(html, "a.htm")
    assert out.count("\n") == html.count("\n")
    lines = out.split("\n")
    assert lines[5] == "K_{11} = 8" and lines[6] == ""   # a paragraph wrapped in the source is one line
    assert "5" not in out and "7" not in out and "6" not in out


def test_word_html_wraps_paragraphs_and_prefixes_mathml():
    html = ('<p class=MsoNormal>K<sub>11</sub> = 1 + 0 + 1 +\n0 = 8<o:p></o:p></p>\n'
            '<p>x<br>\n<mml:math><mml:msup><mml:mi>λ</mml:mi><mml:mn>2</mml:mn></mml:msup></mml:math></p>\n')
    lines = [t.strip() for t in html_notes(html, "a.htm").split("\n")]
    assert lines == ["K_{11} = 1 + 0 + 1 + 0 = 8", "", "x", "\\(λ^{2}\\)", ""]


def test_only_html_files_or_documents_are_read_as_html():
    assert is_html("<p>x</p>", "notes.HTM") and is_html("<!DOCTYPE html>\n<p>x</p>", "notes.txt")
    assert not is_html("$0<b<1$ <b>bold</b>", "notes.md")
    assert html_notes("$0<b<1$", "notes.md") == "$0<b<1$"


@pytest.mark.parametrize("html, text", [
    ("<table><tr><td>K =</td><td>8</td><td>12</td></tr>\n<tr><td></td><td>12</td><td>19</td></tr></table>",
     "K = [[8, 12], [12, 19]]\n"),
    ("<table><caption>Kernel K</caption><tr><td>8</td><td>&minus;3</td></tr>\n<tr><td>&minus;3</td><td>0.5</td>"
     "</tr></table>", "K = [[8, −3], [−3, 0.5]]\n"),
    ("<p>Jacobian J:</p>\n<table>\n<tr><td>1</td><td>0</td></tr>\n<tr><td>2</td><td>0</td></tr>\n</table>",
     "Jacobian J:\n\nJ = [[1, 0], [2, 0]]\n\n"),
    ("<table>\n<tr><td>8</td><td>12</td></tr>\n<tr><td>12</td><td>19</td></tr>\n</table>\n<p>(that is K)</p>",
     "\nK = [[8, 12], [12, 19]]\n\n\n(that is K)"),
    ("<table>\n<tr><th>x</th><th>f(x)</th></tr>\n<tr><td>1</td><td>2</td></tr>\n</table>",
     "\n| x | f(x) |\n| 1 | 2 |\n"),
])
def test_tables_as_matrices_on_their_first_row(html, text):
    assert html_notes(html, "a.html") == text


def _m(tag, *children, **attrs):
    return Node(tag, dict(attrs), list(children))


@pytest.mark.parametrize("node, tex", [
    (_m("math", _m("mfrac", _m("mn", "1"), _m("mn", "2"))), "\\frac{1}{2}"),
    (_m("math", _m("msubsup", _m("mi", "W"), _m("mn", "11"), _m("mrow", _m("mo", "["), _m("mn", "1"),
                                                                  _m("mo", "]")))), "W_{11}^{[1]}"),
    (_m("math", _m("msqrt", _m("mn", "697")), _m("mo", "\u2062"), _m("mi", "x")), "\\sqrt{697} x"),
    (_m("math", _m("mrow", _m("mo", "["), _m("mtable", _m("mtr", _m("mtd", _m("mn", "8")), _m("mtd", _m("mn", "12"))),
                                            _m("mtr", _m("mtd", _m("mn", "12")), _m("mtd", _m("mn", "19")))),
                   _m("mo", "]"))), "\\begin{bmatrix}8 & 12 \\\\ 12 & 19\\end{bmatrix}"),
    (_m("math", _m("mfenced", _m("mi", "a"), _m("mi", "b"))), "(a,b)"),
    (_m("math", _m("mover", _m("mi", "x"), _m("mo", "¯"))), "\\bar{x}"),
    (_m("math", _m("semantics", _m("mi", "λ"), _m("annotation", "\\lambda_1", encoding="application/x-tex"))),
     "\\lambda_1"),
])
def test_mathml_as_latex(node, tex):
    assert latex(node).strip() == tex


def test_mathml_inside_html_is_inline_math():
    html = ('<p>tr K = <math xmlns="http://www.w3.org/1998/Math/MathML"><mn>8</mn><mo>+</mo><mn>19</mn>'
            '<mo>=</mo><mn>27</mn></math></p>')
    assert html_notes(html, "a.html") == "tr K =  \\(8+19=27\\)"


@pytest.mark.parametrize("text, out", [
    ("x_1 = 1: hidden = (2·1+1, −1·1+0) = (3, −1)", "x_1 = 1: a = (2·1+1, −1·1+0) = (3, −1)"),
    ("pre-activations = [1, 2]", "z = [1, 2]"),
    ("the hidden layer is wide; hidden units: 2", "the hidden layer is wide; hidden units: 2"),
])
def test_layer_named_by_a_word(text, out):
    assert layer_words(text) == out


def test_moodle_answer_is_judged_line_by_line():
    body = ("<p>&nabla;<sub>&theta;</sub>f(x<sub>1</sub>) = (1, 0, 1, 0, 1, 2, 1)</p>\n"          # line 2
            "<p>x<sub>2</sub> = 2: hidden = (2, 3)</p>\n"                                      # line 3
            "<p>K<sub>11</sub> = 8&nbsp;&nbsp; K<sub>22</sub> = 18</p>\n"                       # line 4: K_22 = 19
            "<table>\n<tr><td>K =</td><td>8</td><td>12</td></tr>\n"                            # line 6
            "<tr><td></td><td>12</td><td>19</td></tr>\n</table>\n"
            "<p>K<sub>12</sub> &asymp; \\( 12 \\)</p>\n")                                          # line 9
    verdicts = _verdicts(HEAD + body)
    assert verdicts[2] == ["correct"]
    assert verdicts[3] == ["correct"]
    assert sorted(verdicts[4]) == ["correct", "wrong"]
    assert verdicts[6] == ["correct"]
    assert verdicts[9] == ["correct"]


@pytest.mark.parametrize("text, named", [
    (r"λ = $\frac{25 \pm \sqrt{145}}{2} = 3$", r"λ = \frac{25 \pm \sqrt{145}}{2} = 3"),
    (r"K \approx $\begin{pmatrix}5 & 2\\2 & 3\end{pmatrix}$", r"K \approx \begin{pmatrix}5 & 2\\2 & 3\end{pmatrix}"),
    (r"so $K_{12} = 12$", r"K_{12} = 12"),                     # no name before: as written
    (r"λ = $x_1 = 2$", r"x_1 = 2"),                            # a chain that opens with a name: its own
])
def test_a_name_typed_before_inline_math(text, named):
    from symntk.check.inline_names import name_before

    at = text.index("$")
    assert name_before(text, at, text[at + 1:-1])[1].strip() == named


@pytest.mark.parametrize("html, text", [
    ("<table><tr><td>K =<td>8<td>12\n<tr><td><td>12<td>19</table>", "K = [[8, 12], [12, 19]]\n"),   # no </td>
    ("<table><tr><td>K =<td>8<td>12\n<tr><td><td>12<td>19", "K = [[8, 12], [12, 19]]\n"),   # left open
    ("<p>K<sub>12</p>\n<p>y = 3</p>", "K_{12}\ny = 3"),
    ("<p><math><mi>x</mi><mo>=</mo><mn>2</mn>", "\\(x=2\\)"),
])
def test_elements_left_open(html, text):
    assert html_notes(html, "a.html").strip(" ") == text


@pytest.mark.parametrize("html, text", [
    ("<p>a <b> c</p>", "a  c"),
    ("<p>0 < b < 1</p>", "0 < b < 1"),                       # a < that opens no tag is text
    ("<p>K<!-- 5\n -->\n= 8</p>", "K  = 8"),                 # a comment shows nothing
    ("<p>K <!-- = 5</p>", "K <!-- = 5"),                     # an open comment is text
    ('<p><img class="equation_image" data-equation-content="K_{11} = 8" alt="x"></p>', "\\(K_{11} = 8\\)"),
])
def test_markup_guarded_before_the_parser(html, text):
    assert html_notes(html, "a.html").strip() == text


def test_hostile_markup_is_read_in_linear_time():
    # nested MathML written once per node; open tags and comments never rescanned (a quadratic parser would hang)
    for html in ("<math>" + "<mrow>" * 20000, "<a " * 20000, "<!-- " * 20000, "<math>" + "<mfenced><mtable><mtr>"
                 "<mtd>" * 200 + "1"):
        assert isinstance(html_notes(html, "a.html"), str)

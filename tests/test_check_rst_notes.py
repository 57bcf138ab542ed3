"""reStructuredText notes: ``:math:`…``` roles and ``.. math::`` directives (options, several lines, several
paragraphs) read as Markdown math, line for line."""

from check_helpers import first_mistake, line_verdicts

from symntk.check import check_text
from symntk.check.rst_notes import rst_markdown

HEAD = ("Homework\n"
        "========\n"
        "\n"
        "W1 = 2, b1 = 1, W2 = 3, b2 = 0 ; x_1 = 1, x_2 = 2\n"
        "\n"
        ":math:`f(x) = \\theta_3(\\theta_1 x + \\theta_2) + \\theta_4`\n"
        "\n")


def test_roles_and_directives_become_markdown_math_line_for_line():
    """A role becomes $…$; a directive's option is blanked, each body paragraph is one $$ block; no line moves."""
    text = (":math:`a = 1` and :math:`b = 2`\n"
            ".. math::\n"
            "   :label: first\n"
            "\n"
            "   c &= 1 \\\\\n"
            "     &= 1\n"
            "\n"
            "   d = 4\n"
            "Text after.\n"
            ".. math:: e = 5\n")
    out = rst_markdown(text, "n.rst").split("\n")
    assert out[0] == "$a = 1$ and $b = 2$"
    assert out[1:4] == ["", "", "$$"] and out[4] == "   c &= 1 \\\\" and out[6] == "$$" and out[7] == "$$ d = 4 $$"
    assert out[8] == "Text after." and out[9] == "$$e = 5$$" and len(out) == len(text.split("\n"))
    assert rst_markdown(text, "n.md") == text   # only .rst files


def test_a_formula_over_two_directive_lines_is_read_whole():
    """θ = (2, 1, 3, 0): f(x) = 3(2x + 1) = 6x + 3; the continued line (+ 0) is part of it: right on line 10;
    written 6x + 4 in the second directive: wrong on line 15."""
    notes = HEAD + (".. math::\n"
                    "\n"
                    "   f(x) = 6x + 3\n"
                    "        + 0\n"
                    "\n"
                    ".. math::\n"
                    "\n"
                    "   f(x) = 6x\n"
                    "        + 4\n")
    report = check_text(notes, "notes.rst")
    lines = line_verdicts(report)
    assert lines[10] == ["correct"] and lines[15] == ["wrong"] and first_mistake(report) == 15


def test_a_matrix_over_several_lines_in_a_directive_is_read():
    """θ = (2, 1, 3, 0), x = (1, 2): ∇f = (3x, 3, 2x + 1, 1): (3, 3, 3, 1) and (6, 3, 5, 1); K = [[28, 43], [43, 71]]
    over three lines with a :label: option: right (line 11)."""
    notes = HEAD + (".. math::\n"
                    "   :label: kernel\n"
                    "\n"
                    "   K = \\begin{pmatrix}\n"
                    "       28 & 43 \\\\\n"
                    "       43 & 71\n"
                    "       \\end{pmatrix}\n")
    report = check_text(notes, "notes.rst")
    assert line_verdicts(report)[11] == ["correct"] and first_mistake(report) == 0

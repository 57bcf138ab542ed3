"""A line or a section that names one output in words (``output 2: g(x1) = …``, ``## Kernel of the second
output``): its gradients and kernel entries are that output's (invented notes).

Expected values worked out by hand and checked with NumPy. The network h = w1 x + b1, f_1 = w2_1 h + b2_1,
f_2 = w2_2 h + b2_2 with w1 = 1, b1 = 1, w2 = (1, 2), b2 = (0, 0), θ = (w1, b1, w2_1, w2_2, b2_1, b2_2),
x1 = 1, x2 = 2 (h = 2, 3): ∇f_1(x) = (x, 1, h, 0, 1, 0), ∇f_1(x1) = (1, 1, 2, 0, 1, 0), ∇f_1(x2) = (2, 1, 3, 0, 1, 0);
∇f_2(x) = (2x, 2, 0, h, 0, 1), ∇f_2(x1) = (2, 2, 0, 2, 0, 1), ∇f_2(x2) = (4, 2, 0, 3, 0, 1).
K^(1) = [[7, 10], [10, 15]], K^(2) = [[13, 19], [19, 30]].
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.output_subject import is_heading, output_named

HEAD = """w1 = 1, b1 = 1, w2 = [1, 2]^T, b2 = [0, 0]^T, x1 = 1, x2 = 2
I do the 2x2 kernel of each output separately.

$h = w1 x + b1$, $f_1 = w2_1 h + b2_1$, $f_2 = w2_2 h + b2_2$
$\\theta = (w1, b1, w2_1, w2_2, b2_1, b2_2)$
"""


@pytest.mark.parametrize("line, expected", [
    ("** K for output 2", (2, True)),
    ("## Kernel of the second output", (2, True)),
    ("output 1: g(x1) = (1, 2)", (1, False)),
    ("Output 2:", (2, True)),
    ("- für Ausgang 2: K_11 = 13", (2, False)),
    ("the output is 2", None),
    ("outputs 1 and 2 together", None),
    ("K_11 = 13", None),
    ("For output 2 the gradient is $(2, 2, 0, 2, 0, 1)$ at $x_1$", (2, False)),
    ("For output 2, the entries are $K_{11} = 13$", (2, False)),
    ("For the second output we get $g(x_1) = (2, 2, 0, 2, 0, 1)$", (2, False)),
    ("for output 2 weights $w = 2$", None),
    ("outputs 1, 2 the gradients are", None),
    ("Output 2: f_2 = u2 (w1 x + b1) + c2", (2, True)),      # that output's formula: and the section on
    ("Output 2: f_1 = u1 h + c1", (2, False)),
])
def test_a_line_that_starts_by_naming_one_output(line, expected):
    assert output_named(line) == expected


def test_headings_of_markdown_and_org():
    assert is_heading("## Eigenvalues") and is_heading("** gradients")
    assert not is_heading("**bold** text") and not is_heading("#+begin_src python")


def test_a_gradient_after_output_2_on_its_line_is_output_2s():
    verdicts, first = notes_verdicts(HEAD + "\noutput 1: $g(x1) = (1, 1, 2, 0, 1, 0)$\n"
                                            "\noutput 2: $g(x1) = (2, 2, 0, 2, 0, 1)$, $g(x2) = (4, 2, 0, 3, 0, 1)$\n")
    assert verdicts[7] == ["correct"]
    assert verdicts[9] == ["correct", "correct"]
    assert first == 0


def test_output_1s_gradient_written_under_output_2_is_wrong():
    verdicts, first = notes_verdicts(HEAD + "\noutput 2: $g(x1) = (1, 1, 2, 0, 1, 0)$\n")
    assert verdicts[7] == ["wrong"]
    assert first == 7


def test_kernel_entries_under_a_heading_for_output_2_are_output_2s_until_the_next_heading():
    notes = HEAD + ("\n## Kernel of the second output\n$K_{11} = 13$\n$K_{12} = 8 + 4 + 6 + 1 = 19$\n$K_{22} = 30$\n"
                    "\n## Kernel of output 1\n$K_{12} = 10$\n")
    verdicts, first = notes_verdicts(notes)
    assert verdicts[8] == ["correct"] and verdicts[10] == ["correct"]
    assert verdicts[9] == ["correct", "correct"]
    assert verdicts[13] == ["correct"]
    assert first == 0


def test_a_slip_in_output_2s_kernel_is_the_first_mistake_there():
    notes = HEAD + "\n** K for output 2\n$K_{11} = 4 + 4 + 4 + 1 = 13$\n$K_{12} = 8 + 4 + 6 + 1 = 17$\n$K_{22} = 30$\n"
    verdicts, first = notes_verdicts(notes)
    assert verdicts[8] == ["correct", "correct"]
    assert "wrong" in verdicts[9]
    assert verdicts[10] == ["correct"]
    assert first == 9


def test_a_sentence_that_opens_with_output_2_judges_its_gradients_as_output_2s():
    """``For output 2 the gradient is …``: a sentence naming the output before what it states (by hand: ∇f_2)."""
    verdicts, first = notes_verdicts(HEAD + "\nFor output 1 the gradient is $(1, 1, 2, 0, 1, 0)$ at $x_1$.\n"
                                            "For output 2 the gradient is $(2, 2, 0, 2, 0, 1)$ at $x_1$ and "
                                            "$(4, 2, 0, 3, 0, 1)$ at $x_2$.\n")
    assert verdicts[7] == ["correct"] and verdicts[8] and set(verdicts[8]) == {"correct"} and first == 0


def test_output_1s_gradient_in_a_sentence_about_output_2_is_wrong():
    verdicts, first = notes_verdicts(HEAD + "\nFor output 2, the gradient is $(1, 1, 2, 0, 1, 0)$ at $x_1$.\n")
    assert verdicts[7] == ["wrong"] and first == 7


def test_gradients_below_an_output_line_with_its_formula_are_that_outputs():
    verdicts, first = notes_verdicts(HEAD + "\nOutput 2: $f_2 = w2_2 (w1 x + b1) + b2_2$\n"
                                            "$g(x1) = (2, 2, 0, 2, 0, 1)$\n$g(x2) = (4, 2, 0, 3, 0, 1)$\n")
    assert verdicts[8] == ["correct"] and verdicts[9] == ["correct"]
    assert first == 0

"""Emacs Org-mode notes (src blocks with their ``: `` results, ``|---+---|`` tables, keyword lines) read as the
Markdown the checker reads, line for line (invented notes).

Expected values worked out by hand and checked with NumPy. The network f(x) = w2 (w1 x + b1) + b2 with w1 = 3,
b1 = 1, w2 = 2, b2 = 0, θ = (w1, b1, w2, b2), datapoints x1 = 1, x2 = 2: ∇f(x) = (w2 x, w2, w1 x + b1, 1)
= (2x, 2, 3x + 1, 1), so ∇f(x1) = (2, 2, 4, 1), ∇f(x2) = (4, 2, 7, 1); K = [[25, 41], [41, 70]];
eigenvalues (95 ± √8749)/2 ≈ 0.73195535, 94.26804465.
"""

from check_helpers import notes_verdicts

from symntk.check.org import is_org, org_markdown

HEAD = """* Exercise
#+TITLE: NTK notes
given w1 = 3, b1 = 1, w2 = 2, b2 = 0, x1 = 1, x2 = 2
\\( f = w2 (w1 x + b1) + b2 \\)
"""
TABLE = """| param | df(x1) | df(x2) |
|-------+--------+--------|
| w1    |      2 |      4 |
| b1    |      2 |      2 |
| w2    |      4 |      7 |
| b2    |      1 |      1 |
"""
CELL = """#+begin_src python
import numpy as np
J = np.array([[2, 2, 4, 1], [4, 2, 7, 1]])
print(J @ J.T)
#+end_src

#+RESULTS:
: [[25 41]
:  [41 70]]
"""


def _lines(text: str) -> int:
    return text.count("\n")


def test_plain_markdown_is_not_org_and_is_left_as_it_is():
    text = "# Notes\n\n$K_{11} = 25$\n\n| x | f |\n|---|---|\n| 1 | 2 |\n"
    assert not is_org(text)
    assert org_markdown(text) == text


def test_every_line_keeps_its_number_and_a_src_block_with_its_results_becomes_one_fence():
    text = HEAD + CELL + "\nnext line\n"
    out = org_markdown(text)
    assert _lines(out) == _lines(text)
    lines = out.split("\n")
    assert lines[4] == "```python"                    # #+begin_src python
    assert lines[8] == "" and lines[10] == ""          # #+end_src and #+RESULTS: inside the fence
    assert lines[11:13] == ["[[25 41]", " [41 70]]"]   # ": " taken off the results
    assert lines[13] == "```"                          # the blank line after the results closes the fence
    assert lines[1] == ""                              # #+TITLE: is no text


def test_results_right_above_text_close_the_fence_before_that_text_on_its_own_line():
    text = "#+begin_src python\nprint(1 + 1)\n#+end_src\n: 2\n\\( K_{11} = 25 \\)"
    out = org_markdown(text).split("\n")
    assert len(out) == 5
    assert out[4] == "```\\( K_{11} = 25 \\)"


def test_results_on_the_last_line_close_the_fence_after_it():
    out = org_markdown("#+begin_src python\nprint(2)\n#+end_src\n: 2")
    assert out.endswith(": 2".removeprefix(": ") + "\n```")


def test_a_block_without_results_is_a_plain_fence_and_an_org_table_rule_is_a_markdown_rule():
    out = org_markdown("#+begin_src octave\nK = J*J'\n#+end_src\n| a | b |\n|---+---|\n").split("\n")
    assert out[:3] == ["```octave", "K = J*J'", "```"]
    assert out[4] == "|---|---|"


def test_an_export_latex_block_is_read_as_its_latex():
    out = org_markdown("#+begin_export latex\n\\[ K_{11} = 25 \\]\n#+end_export\n").split("\n")
    assert out[:3] == ["", "\\[ K_{11} = 25 \\]", ""]


def test_org_notes_are_read_table_cells_and_printed_kernel_included():
    verdicts, first = notes_verdicts(HEAD + "\n" + TABLE + "\n" + CELL)
    # lines: 6-11 table (8-11 rows), 13-17 the block (15: J), 19 #+RESULTS:, 20-21 the printed K
    for line in (8, 9, 10, 11):
        assert verdicts[line] == ["correct", "correct"], line
    assert verdicts[20] == ["correct"]
    assert first == 0


def test_a_wrong_table_cell_is_found_and_a_printed_kernel_that_j_j_t_does_not_give_is_wrong():
    notes = HEAD + "\n" + TABLE.replace("| w2    |      4 |      7 |", "| w2    |      4 |      6 |") + "\n" + \
        CELL.replace(":  [41 70]]", ":  [41 71]]")
    verdicts, first = notes_verdicts(notes)
    assert verdicts[10] == ["correct", "wrong"]   # ∂f(x2)/∂w2 = 3·2 + 1 = 7, not 6
    assert first == 10
    assert "correct" not in verdicts[20]           # [[25 41] [41 71]] is not J Jᵀ


DOTS = """#+begin_src python
import numpy as np
g1 = np.array([2, 2, 4, 1]); g2 = np.array([4, 2, 7, 1])
print(g1 @ g1, g1 @ g2, g2 @ g2)
#+end_src
: 25 41 70
"""


def test_a_print_of_several_inner_products_of_the_gradients_is_read_value_by_value():
    verdicts, first = notes_verdicts(HEAD + "\n" + DOTS)   # line 11: the printed values, right under the block
    assert verdicts[11] == ["correct", "correct", "correct"]   # K_11, K_12, K_22
    assert first == 0


def test_one_printed_inner_product_that_is_off_is_wrong_and_the_others_stay_right():
    verdicts, first = notes_verdicts(HEAD + "\n" + DOTS.replace(": 25 41 70", ": 25 41 71"))
    assert verdicts[11] == ["correct", "correct", "wrong"]   # g2·g2 = 16 + 4 + 49 + 1 = 70
    assert first == 11


ROOTS = """\\[ \\lambda = \\frac{95 \\pm \\sqrt{8749}}{2} \\]
#+begin_src python
import numpy as np
print((95 + np.sqrt(8749))/2, (95 - np.sqrt(8749))/2)
#+end_src
: 94.26804465 0.73195535
"""


def test_a_numeric_check_of_the_closed_form_right_before_the_block_claims_what_that_line_names():
    verdicts, first = notes_verdicts(HEAD + "\n" + CELL + "\n" + ROOTS)   # line 16: λ, line 21: the printed roots
    assert verdicts[16] == ["correct"]
    assert verdicts[21] == ["correct", "correct"]
    assert first == 0


def test_a_printed_root_that_is_off_is_wrong():
    verdicts, first = notes_verdicts(HEAD + "\n" + CELL + "\n" + ROOTS.replace("0.73195535", "0.83195535"))
    assert verdicts[21] == ["correct", "wrong"]
    assert first == 21


def test_a_session_with_prompts_in_a_python_fence_keeps_its_typed_record():
    notes = HEAD + "\n```python\n>>> J = np.array([[2, 2, 4, 1], [4, 2, 7, 1]])\n>>> J @ J.T\narray([[25, 41],\n" \
        "       [41, 70]])\n```\n"
    verdicts, first = notes_verdicts(notes)
    assert verdicts[7] == ["correct"]   # the typed J, a claim of its own
    assert verdicts[9] == ["correct"]   # what J @ J.T printed
    assert first == 0

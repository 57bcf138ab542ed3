"""A long sum broken over the rows of a display block is one claim, judged whole on the line where it starts.

Invented exercise (IDENTITY_1_2_1, by hand in check_helpers): ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1), ∇f(x_2) =
(2, 0, 1, 0, 2, 3, 1), K_11 = 1 + 1 + 1 + 4 + 1 = 8, K_12 = 2 + 1 + 2 + 6 + 1 = 12, K_22 = 4 + 1 + 4 + 9 + 1 = 19,
det(K − λI) = (8 − λ)(19 − λ) − 144 = λ² − 27λ + 8.
"""

import pytest
from check_helpers import IDENTITY_1_2_1, NETWORK_HEAD, verdicts

from symntk.check.row_continuations import continues
from symntk.check.segment import Segment
from symntk.check.split import split_block


def _claims(block: str) -> list[tuple[int, str]]:
    return [(s.line, s.text) for s in split_block(Segment(1, block, True))]


def test_a_row_that_starts_with_an_operator_continues_the_claim_above():
    found = _claims("K_{12} &= 2 + 1 + 2 \\\\\n&\\quad + 6 + 1 = 12 \\\\\nK_{22} &= 19")
    assert [line for line, _ in found] == [1, 3]
    assert found[0][1].replace(" ", "") == "K_{12}=2+1+2+6+1=12"


def test_a_row_after_an_open_operator_or_relation_continues():
    assert len(_claims("K_{11} = 1 + 1 + 1 + \\\\\n4 + 1 = 8")) == 1
    assert len(_claims("K_{11} = \\\\\n8")) == 1
    # a chain left open above a claim of its own stays two claims
    assert len(_claims("K_{11} = 1 + 1 + 1 + 4 + 1 = \\\\\nK_{22} = 19")) == 2


def test_a_minus_row_continues_only_under_the_alignment_or_without_a_relation():
    assert continues("(8 - \\lambda)(19 - \\lambda)", "- 144", aligned=True, has_relation=False)
    assert continues("(8 - \\lambda)(19 - \\lambda)", "- 144 = \\lambda^2 - 27\\lambda + 8", True, True)
    assert not continues("K_{11} = 8", "-\\lambda^2 + 27\\lambda - 8 = 0", aligned=False, has_relation=True)
    assert not continues(None, "+ 1", aligned=True, has_relation=False)


def test_every_row_of_multline_is_one_claim():
    found = _claims("\\begin{multline}\nK_{12} = 2 + 1 \\\\\n2 + 6 \\\\\n+ 1 = 12\n\\end{multline}")
    assert len(found) == 1 and found[0][0] == 2


@pytest.mark.parametrize("block, expected", [
    ("\\begin{align*}\nK_{12} &= 2 + 1 + 2 \\\\\n&\\quad + 6 + 1 = 12\n\\end{align*}", ["correct", "correct"]),
    ("\\begin{align*}\nK_{12} &= 2 + 1 + 2 \\\\\n&\\quad + 6 + 1 = 13\n\\end{align*}", ["correct", "wrong"]),
    ("\\begin{align*}\nK_{22} &= 4 + 1 + 4 + 9 \\\\\n&\\qquad + 2\n\\end{align*}", ["wrong"]),
    ("\\begin{align*}\n\\det(K - \\lambda I) &= (8 - \\lambda)(19 - \\lambda) \\\\\n&\\quad - 144 "
     "= \\lambda^2 - 27\\lambda + 8\n\\end{align*}", ["correct", "correct"]),
])
def test_the_claim_is_judged_whole_on_its_first_line(tmp_path, block, expected):
    found, _ = verdicts(tmp_path, IDENTITY_1_2_1, NETWORK_HEAD + block + "\n")
    assert {line for line in found} == {4} and found[4] == expected


def test_a_system_in_cases_or_a_braced_array_holds_one_claim_per_row():
    found = _claims("\\begin{cases}\nz_1 = x \\\\\nz_2 = x + 1\n\\end{cases}")
    assert found == [(2, "z_1 = x"), (3, "z_2 = x + 1")]
    found = _claims("\\left\\{\\begin{array}{l} K_{11} = 8 \\\\ K_{12} = 13 \\end{array}\\right.")
    assert [text for _, text in found] == ["K_{11} = 8", "K_{12} = 13"]


def test_cases_after_a_relation_is_a_piecewise_formula():
    found = _claims("r'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}")
    assert {line for line, _ in found} == {1} and "\\text{ if } z > 0" in found[0][1]   # its cases, in words


def test_a_system_is_judged_row_by_row(tmp_path):
    # K_11 = 8 is right, K_12 = 13 is not (12, by hand in the module doc)
    found, first = verdicts(tmp_path, IDENTITY_1_2_1, NETWORK_HEAD + "$$\\begin{cases} K_{11} = 8 \\\\\n"
                            "K_{12} = 13 \\end{cases}$$\n")
    assert found == {3: ["correct"], 4: ["wrong"]} and first == 4


def test_long_equivalence_arrows_link_a_chain(tmp_path):
    # λ² − 27λ + 8 = 0 has the roots (27 ± √697)/2; √698 is a slip
    found, _ = verdicts(tmp_path, IDENTITY_1_2_1, NETWORK_HEAD +
                        "$$\\lambda^2 - 27\\lambda + 8 = 0 \\Longleftrightarrow "
                        "\\lambda = \\frac{27 \\pm \\sqrt{697}}{2}$$\n\n"
                        "$$\\lambda^2 - 27\\lambda + 8 = 0 \\longleftrightarrow "
                        "\\lambda = \\frac{27 \\pm \\sqrt{698}}{2}$$\n")
    assert found[3] == ["correct", "correct"] and found[5] == ["correct", "wrong"]

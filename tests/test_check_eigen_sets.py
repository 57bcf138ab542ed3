"""Eigenvalues written as a set in braces (``\\{a;\\ b\\}``, ``\\lbrace a, b \\rbrace``) and named by the spectrum
of an output's kernel (``\\operatorname{spec} K^{(2)}``, ``\\operatorname{eig}(K^{[1]})``).

Two outputs (by hand): W^{[1]} = 1, b^{[1]} = 0, W^{[2]} = (1, 2)^T, b^{[2]} = 0, x = 1, 2 give K^{[1]} = [[4, 6],
[6, 10]] (tr 14, det 4, λ = 7 ± √45 ≈ 13.7082, 0.2918) and K^{[2]} = [[10, 15], [15, 25]] (tr 35, det 25,
λ = (35 ± √1125)/2 ≈ 34.2705, 0.7295 (0.72949)).
"""

import pytest
from check_helpers import NETWORK_HEAD, problem, verdicts

from symntk.check.kernel_targets import eigen_output
from symntk.check.normalise import normalise
from symntk.check.syntax import parse

TWO = problem([1, 1, 2], "identity", [1, 2], W1=[[1]], b1=[0], W2=[[1], [2]], b2=[0, 0])
KERNELS = ("$K^{(1)} = \\begin{pmatrix} 4 & 6 \\\\ 6 & 10 \\end{pmatrix}$\n\n"
           "$K^{(2)} = \\begin{pmatrix} 10 & 15 \\\\ 15 & 25 \\end{pmatrix}$\n\n")


def _node(text: str):
    return parse(normalise(text)).members[0].node


def test_a_set_in_braces_is_a_list():
    last = parse(normalise("\\lambda \\in \\{21{,}77;\\ 0{,}23\\}")).members[-1].node
    assert [item.text for item in last.items] == ["21.77", "0.23"]
    assert len(parse("\\left\\lbrace 1, 2 \\right\\rbrace").members[0].node.items) == 2


def test_the_spectrum_names_its_output():
    assert eigen_output(_node("\\operatorname{spec}K^{(2)}")) == 2
    assert eigen_output(_node("\\operatorname{eig}(K^{[1]})")) == 1
    assert eigen_output(_node("\\lambda^{(2)}")) == 2
    assert eigen_output(_node("\\operatorname{spec}K")) is None


@pytest.mark.parametrize("line, expected", [
    ("$\\operatorname{spec}K^{(1)} \\approx \\{13{,}708;\\ 0{,}292\\}$, "
     "$\\quad \\operatorname{spec}K^{(2)} \\approx \\{34{,}271;\\ 0{,}729\\}$", ["correct", "correct"]),
    ("$\\operatorname{spec}K^{(2)} \\approx \\{13{,}708;\\ 0{,}292\\}$", ["wrong"]),   # output 1's, named 2
    ("$\\operatorname{eig}(K^{(1)}) = \\lbrace 7 + \\sqrt{45}, 7 - \\sqrt{45} \\rbrace$", ["correct"]),
    ("$\\operatorname{eig}(K^{(1)}) = \\lbrace 7 + \\sqrt{46}, 7 - \\sqrt{46} \\rbrace$", ["wrong"]),
])
def test_spectra_judged_against_the_named_kernel(tmp_path, line, expected):
    found, _ = verdicts(tmp_path, TWO, NETWORK_HEAD + KERNELS + line + "\n")
    assert found.get(7) == expected

"""Wolfram|Alpha queries and results pasted into plain-text notes, read as claims on the result's lines
(invented notes).

Expected values worked out by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = 1, W2 = 2, b2 = 0, datapoints 1
and 2: ∇f(1) = (2, 2, 4, 1), ∇f(2) = (4, 2, 7, 1); ⟨∇f(1), ∇f(2)⟩ = 8 + 4 + 28 + 1 = 41; K = [[25, 41], [41, 70]];
λ = (95 ± √8749)/2, √8749 ≈ 93.5361, so λ ≈ 94.2680, 0.7320; det K = 69.
"""

from check_helpers import problem
from check_helpers import verdicts as _verdicts

from symntk.check.alpha_queries import alpha_math, result_claims
from symntk.check.wolfram_alpha import alpha_notes, is_alpha

LINEAR = problem([1, 1, 1], "identity", [1, 2], W1=3, b1=1, W2=2, b2=0)

NOTES = """Invented exercise
f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = 1, W2 = 2, b2 = 0
x_1 = 1, x_2 = 2

g1 = (2, 2, 4, 1)
g2 = (4, 2, 7, 1)

Input: {2,2,4,1}.{4,2,7,2}
Result: 42
(oops, typo in the last entry, retype)
Input: {2,2,4,1}.{4,2,7,1}
Result: 41

K = {{25, 41}, {41, 70}}

Input: eigenvalues {{25,41},{41,70}}
Input interpretation: eigenvalues | (25 | 41
                                     41 | 70)
Result: λ_1 = 1/2 (95 + sqrt(8749)) ≈ 94.2680
        λ_2 = 1/2 (95 - sqrt(8749)) ≈ 0.731955
"""


def test_results_are_claims_and_a_retyped_query_is_not(tmp_path):
    verdicts, first = _verdicts(tmp_path, LINEAR, NOTES)
    assert 9 not in verdicts                          # the query taken back claims nothing
    assert verdicts[12] == ["correct"]                # u.v: the inner product
    assert verdicts[14] == ["correct"]                # {{…}} in the notes is a matrix
    assert 16 not in verdicts                         # the query of the K the notes wrote is no new claim
    assert set(verdicts[19]) == {"correct"} and set(verdicts[20]) == {"correct"}
    assert first == 0


def test_an_adopted_query_with_a_mistyped_matrix_is_the_mistake(tmp_path):
    typo = NOTES.replace("eigenvalues {{25,41},{41,70}}", "eigenvalues {{25,41},{41,7}}")
    verdicts, first = _verdicts(tmp_path, LINEAR, typo)
    assert verdicts[16] == ["wrong"] and first == 16


def test_query_kinds_and_alpha_spellings():
    assert alpha_math("1/2 (27 + sqrt(697)) ≈ 26.7004") == "(27 + sqrt(697))/2 ≈ 26.7004"
    assert alpha_math("0.761594155955764888...") == "0.761594155955764888"
    assert result_claims("solve l^2 - 25 l + 5 = 0", ["l = 1/2 (25 - 11 sqrt(5)) ≈ 0.201626"]) == \
        ["λ = (25 - 11 sqrt(5))/2 ≈ 0.201626"]
    assert result_claims("det {{25,41},{41,70}}", ["69"]) == ["det K = 69"]
    assert result_claims("J.J^T with J = {{2,2,4,1},{4,2,7,1}}", ["{{25, 41}, {41, 70}}"]) == \
        ["K = [[25, 41], [41, 70]]"]
    assert result_claims("d/dz 1/(1+e^(-z))", ["e^z/(e^z + 1)^2"]) == ["σ'(z) = e^z/(e^z + 1)^2"]
    assert result_claims("N[27 + sqrt(17)], N[27 - sqrt(17)]", ["31.1231, 22.8769"]) == \
        ["27 + sqrt(17) ≈ 31.1231, 27 - sqrt(17) ≈ 22.8769"]
    assert is_alpha("Input: 2 + 2\nResult: 4\n")               # one query with its result right below
    assert not is_alpha("Input: x = 1\nthe notes go on\nResult: 2\n")
    assert alpha_notes("no queries here {{1, 2}}") == "no queries here {{1, 2}}"


def test_more_query_spellings_and_other_pods():
    assert result_claims("characteristic polynomial {{25,41},{41,70}}", ["x^2 - 95 x + 69"]) == \
        ["det(K - λI) = λ^2 - 95 λ + 69"]
    assert result_claims("D[w2 (w1 x + b1) + b2, w1]", ["w2 x"]) == ["df/dw1 = w2 x"]
    assert result_claims("{{2,2,4,1},{4,2,7,1}}.{{2,2,4,1},{4,2,7,1}}^T", ["{{25, 41}, {41, 70}}"]) == \
        ["K = [[25, 41], [41, 70]]"]
    text = alpha_notes("Input: 2 + 2\nResult: 4\nAlternate form:\n        2^2\nback to notes")
    assert text.split("\n") == ["", "2 + 2 = 4", "", "", "back to notes"]


def test_an_interpretation_pasted_alone_is_the_query():
    text = alpha_notes("Input interpretation: eigenvalues | (25 | 41\n                        41 | 70)\n"
                       "Result: λ_1 = 1/2 (95 + sqrt(8749)) ≈ 94.2680\n        λ_2 = 1/2 (95 - sqrt(8749)) ≈ 0.731955")
    assert text.split("\n") == ["", "", "λ_1 = (95 + sqrt(8749))/2 ≈ 94.2680", "λ_2 = (95 - sqrt(8749))/2 ≈ 0.731955"]

"""GeoGebra's CAS view pasted into plain-text notes: rows typed by the learner claimed on their lines, what
GeoGebra computed claimed on the output line below (invented notes).

Expected values worked out by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = 1, W2 = 2, b2 = 0, written
f(x) = v (w x + b) + c, θ = (w, b, v, c), datapoints 1 and 2: ∂f/∂w = v x, ∂f/∂b = v, ∂f/∂v = w x + b, ∂f/∂c = 1;
∇f(1) = (2, 2, 4, 1), ∇f(2) = (4, 2, 7, 1); K = [[25, 41], [41, 70]]; det(K − λI) = λ² − 95λ + 69,
λ = (95 ± √8749)/2 ≈ 0.7320, 94.2680.
"""

from check_helpers import problem
from check_helpers import verdicts as _verdicts

from symntk.check.geogebra_cas import geogebra_notes, is_geogebra
from symntk.check.geogebra_rows import output_claim, spelt

LINEAR = problem([1, 1, 1], "identity", [1, 2], W1=3, b1=1, W2=2, b2=0)

CAS = """f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = 1, W2 = 2, b2 = 0, x1 = 1, x2 = 2
my names: w = W1, b = b1, v = W2, c = b2; theta = (w, b, v, c)

1  f(x) := v (w x + b) + c
→  f(x) := b v + c + v w x
2  Derivative(f(x), w)
→  v x
3  g(x) := {v x, v, w x + b, 1}
→  g(x) := {v x, v, b + w x, 1}
4  p := {w = 3, b = 1, v = 2, c = 0}
5  g1 := Substitute(g(1), p)
→  g1 := {2, 2, 4, 1}
6  Substitute(g(2), p)
→  {4, 2, 7, 1}
7  K := {g1, $6} Transpose({g1, $6})
→  K := {{25, 41}, {41, 70}}
8  Eigenvalues(K
→  ?
9  Eigenvalues(K)
→  {95/2 - sqrt(8749)/2, 95/2 + sqrt(8749)/2}
10 Numeric($9, 4)
→  {0.732, 94.27}
"""


def test_rows_typed_and_computed_are_claims_where_they_stand(tmp_path):
    verdicts, first = _verdicts(tmp_path, LINEAR, CAS)
    assert verdicts[4] == ["correct"] and verdicts[5] == ["correct"]   # typed f, and its expanded form
    assert verdicts[7] == ["correct"]                                  # Derivative(f(x), w)
    assert verdicts[8] == ["correct"] and 9 not in verdicts            # typed gradient; its echo no claim
    assert verdicts[12] == ["correct"] and verdicts[14] == ["correct"]
    assert verdicts[16] == ["correct"]
    assert 17 not in verdicts and 18 not in verdicts                   # a row typed wrong: ?
    assert set(verdicts[20]) == {"correct"} and set(verdicts[22]) == {"correct"}
    assert first == 0


def test_a_wrong_output_is_wrong_and_spellings():
    assert is_geogebra(CAS) and not is_geogebra("1  a\n2  b\n→ c\n")
    assert geogebra_notes("no CAS") == "no CAS"
    assert spelt("{{1, 2}, {3, 4}}") == "[[1, 2], [3, 4]]" and spelt("{1, ℯ}") == "(1, e)"
    assert output_claim("Determinant(K - λ Identity(2))", "λ² - 95λ + 69", {}, False).claim == \
        "det(K - λI) = λ² - 95λ + 69"


def test_a_wrong_computed_value_is_the_first_mistake(tmp_path):
    verdicts, first = _verdicts(tmp_path, LINEAR, CAS.replace("→  {4, 2, 7, 1}", "→  {4, 2, 7, 2}"))
    assert verdicts[14] == ["wrong"] and first == 14


def test_lists_of_calls_and_an_activation_under_the_learners_own_name():
    from symntk.check.geogebra_cas import geogebra_notes as notes
    text = notes("1  s(z) := 1 / (1 + exp(-z))\n→  s(z) := 1 / (1 + ℯ^(-z))\n"
                 "2  Numeric({s(0), s'(0)}, 4)\n→  {0.5, 0.25}\n"
                 "3  {Derivative(f(x), w), Derivative(f(x), b)}\n→  {v x, v}\n"
                 "4  {h(1), h(2)}\n→  {{4, 1}, {7, 2}}\n"
                 "5  J := {$1, $2}\n→  J := {{2, 2}, {4, 2}}\n").split("\n")
    assert text[3] == "sigma(0) ≈ 0.5, sigma'(0) ≈ 0.25"   # 0.5, 0.25: σ(0) and σ'(0) = 1/4, by hand
    assert text[5] == "∇f(x) = (v x, v)"
    assert text[7] == "h(1) = (4, 1), h(2) = (7, 2)"
    assert text[9] == "J = [[2, 2], [4, 2]]"


def test_the_characteristic_polynomial_and_its_roots_solved_by_row():
    from symntk.check.geogebra_cas import geogebra_notes as notes
    text = notes("1  CharacteristicPolynomial(K)\n→  x² - 95x + 69\n2  Solve($1 = 0)\n"
                 "→  {x = -sqrt(8749) / 2 + 95 / 2, x = sqrt(8749) / 2 + 95 / 2}\n3  Numeric($2, 4)\n"
                 "→  {x = 0.732, x = 94.27}\n").split("\n")
    assert text[1] == "det(K - λI) = λ² - 95λ + 69"
    assert text[3] == "λ = -sqrt(8749) / 2 + 95 / 2, λ = sqrt(8749) / 2 + 95 / 2"
    assert text[5] == "λ ≈ 0.732, λ ≈ 94.27"

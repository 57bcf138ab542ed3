"""Julia working: output pasted as comments in a .jl file (Pluto) and julia fences with their output fence in
Markdown, read as claims of the statement that printed them (invented notes).

Expected values worked out by hand and checked with NumPy. LINEAR: f(x) = W2 (W1 x + b1) + b2 with W1 = 3,
b1 = 1, W2 = 2, b2 = 0, θ = (W¹, b¹, W², b²), datapoints 1 and 2: ∇f(x) = (2x, 2, 3x + 1, 1), so
∇f(1) = (2, 2, 4, 1), ∇f(2) = (4, 2, 7, 1); K = [[25, 41], [41, 70]]; λ = (95 ± √8749)/2 ≈ 0.7319553496,
94.26804465 (Julia prints 0.7319553495962 and 94.2680446504038).
"""

from check_helpers import problem
from check_helpers import verdicts as _verdicts

from symntk.check import check_text
from symntk.check.julia_output import julia_spelling, printed_claims

LINEAR = problem([1, 1, 1], "identity", [1, 2], W1=3, b1=1, W2=2, b2=0)

PLUTO = """### A Pluto.jl notebook ###
using LinearAlgebra
W¹, b¹, W², b² = 3, 1, 2, 0
# ∂f∂W¹ = W² x
∇f(x) = [W²*x, W², W¹*x + b¹, 1]
∇f(1)
# 4-element Vector{Int64}:  [2, 2, 4, 1]
J = [∇f(1)'; ∇f(2)']
K = J*J'
# 2×2 Matrix{Int64}:
#  25  41
#  41  70
eigvals(K)
# 2-element Vector{Float64}:
#   0.7319553495962
#  94.2680446504038
"""

CELLS = """# HW

```julia
g(x) = [W²*x, W², W¹*x + b¹, 1]
g(1), g(2)
```
```
([2, 2, 4, 1], [4, 2, 7, 1])
```

```julia
K = J*J'
```
```
2×2 Matrix{Int64}:
 25  41
 41  70
```
"""


def _jl(tmp_path, text: str):
    path = tmp_path / "p.toml"
    path.write_text(LINEAR, encoding="utf-8")
    report = check_text(text, "notes.jl", path)
    out: dict[int, list[str]] = {}
    for j in report.judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


def test_output_in_comments_claims_what_the_statement_above_computes(tmp_path):
    verdicts = _jl(tmp_path, PLUTO)
    assert verdicts[4] == ["correct"]                  # ∂f∂W¹: a derivative named as Julia allows
    assert verdicts[7] == ["correct"]                  # ∇f(1) printed glued to its header
    assert verdicts[10] == ["correct"]                 # the matrix on its header line
    assert verdicts[15] == ["correct"] and verdicts[16] == ["correct"]   # one eigenvalue a row


def test_a_wrong_printed_row_is_wrong(tmp_path):
    verdicts = _jl(tmp_path, PLUTO.replace("#  41  70", "#  41  71"))
    assert verdicts[10] == ["wrong"]


def test_julia_fences_and_the_output_fence_below_them(tmp_path):
    verdicts, first = _verdicts(tmp_path, LINEAR, CELLS)
    assert verdicts[8] == ["correct", "correct"]       # g(1), g(2): one gradient each, g defined as a list
    assert verdicts[15] == ["correct"]
    assert first == 0


def test_spelling_of_derivative_names_and_tuple_assignments():
    assert julia_spelling("# ∂f∂W¹₁₁ = W²₁₁ * x") == "# ∂f/∂W¹₁₁ = W²₁₁ * x"
    assert julia_spelling("W¹, b¹ = 1.0, 0.0") == "W¹ = 1.0, b¹ = 0.0"
    assert julia_spelling("a, b = f(1)") == "a, b = f(1)"   # one value: no tuple to spread


def test_rounding_noise_of_an_eigenvalue_is_zero_and_other_text_is_no_output():
    made = printed_claims("eigvals(K)", [(1, "3-element Vector{Float64}:"), (2, " -2.1e-16"), (3, " 1.5"),
                                         (4, " 44.5")], set())
    assert made[2] == r"$\lambda \approx 0$"   # a Float64 column: ≈ at its printed digits
    assert printed_claims("K = J*J'", [(1, "now the eigenvalues")], set()) == {}

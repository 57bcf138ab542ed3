"""Pasted Jupyter/SymPy/NumPy output read as claims about the code that printed it (invented notes).

Expected verdicts are worked out by hand. LINEAR: f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = 1, W2 = 2, b2 = 0,
θ = (W1, b1, W2, b2), datapoints 1 and 2: ∇f(x) = (W2 x, W2, W1 x + b1, 1) = (2x, 2, 3x + 1, 1), so
∇f(1) = (2, 2, 4, 1), ∇f(2) = (4, 2, 7, 1); K_11 = 4 + 4 + 16 + 1 = 25, K_12 = 8 + 4 + 28 + 1 = 41,
K_22 = 16 + 4 + 49 + 1 = 70; tr K = 95, det K = 1750 − 1681 = 69, det(K − λI) = λ² − 95λ + 69,
λ = (95 ± √8749)/2 (8749 = 13·673), λ_min ≈ 0.7319554, λ_max ≈ 94.2680446.
"""

from check_helpers import NETWORK_HEAD, problem
from check_helpers import verdicts as _verdicts

from symntk.check.pasted import claims, fence_claims
from symntk.check.reprs import parse_repr

LINEAR = problem([1, 1, 1], "identity", [1, 2], W1=3, b1=1, W2=2, b2=0)
HEAD = NETWORK_HEAD


def _check(tmp_path, body: str):
    return _verdicts(tmp_path, LINEAR, HEAD + body)


def test_a_sympy_matrix_printed_by_the_kernel_product_is_k(tmp_path):
    notes = "Notebook: `K = J*J.T`\n\n```\nMatrix([[25, 41], [41, 70]])\n```\n\n`K2 = J2*J2.T`\n\n```\nMatrix([\n" \
            "[25, 41],\n[41, 71]])\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[6] == ["correct"]
    assert verdicts[12] == ["wrong"]   # K_22 is 70
    assert first == 12


def test_sympy_eigenvals_dict_keys_are_the_eigenvalues(tmp_path):
    notes = "`K.eigenvals()` gives\n\n```\n{95/2 - sqrt(8749)/2: 1, sqrt(8749)/2 + 95/2: 1}\n```\n\n" \
            "and a typo: `{95/2 - sqrt(8747)/2: 1}`\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[6] == ["correct", "correct"]
    assert verdicts[9] == ["wrong"]
    assert first == 9


def test_numpy_floats_in_e_notation_are_rounded_claims(tmp_path):
    notes = "`np.linalg.eigvalsh(K)` → `array([7.3196e-01, 9.4268045e+01])`\n\n" \
            "`lam = np.linalg.eigvals(K)`; `lam` → `array([0.7318, 94.2680])`\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[3] == ["correct", "correct"]
    assert verdicts[5] == ["wrong", "correct"]   # 0.7319554 is 0.7320 to 4 decimals
    assert first == 5


def test_a_python_session_code_is_no_claim_its_output_and_literal_assignments_are(tmp_path):
    notes = "```python\n>>> J = np.array([[2, 2, 4, 1], [4, 2, 7, 1]], dtype=float)\n>>> J @ J.T\n" \
            "array([[25., 41.],\n       [41., 70.]])\n>>> np.trace(J @ J.T)\nnp.float64(96.0)\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[4] == ["correct"]   # J
    assert 5 not in verdicts            # J @ J.T is code
    assert verdicts[6] == ["correct"]   # K
    assert verdicts[9] == ["wrong"]     # tr K is 95
    assert first == 9


def test_a_list_of_gradients_is_one_per_datapoint(tmp_path):
    notes = "`grads = [[d.subs(x, v) for d in derivs] for v in (1, 2)]` printed\n\n```\n" \
            "[[2, 2, 4, 1], [4, 2, 6, 1]]\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[6] == ["correct", "wrong"]   # ∂f/∂b1... entry 3 at x = 2 is 7
    assert first == 6


def test_a_gradient_at_a_point_named_by_the_code_or_a_label(tmp_path):
    notes = "`[d.subs(x, 2) for d in grad]` → `[4, 2, 7, 1]`\n\n**x = 1:** the cell printed\n\n" \
            "```\narray([2., 2., 4., 1.])\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[3] == ["correct"]
    assert verdicts[8] == ["correct"]
    assert first == 0


def test_the_characteristic_polynomial_as_sympy_prints_it(tmp_path):
    notes = "`K.charpoly()`:\n\n```\nPurePoly(lambda**2 - 95*lambda + 69, lambda, domain='ZZ')\n```\n\n" \
            "`(K - lam*eye(2)).det()` → `lambda**2 - 95*lambda + 59`\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[6] == ["correct"]
    assert verdicts[9] == ["wrong"]   # det K is 69
    assert first == 9


def test_round_off_below_the_arrays_scale_is_zero():
    value = parse_repr("array([ 6.1e-17, 1.5e+00, 4.45e+01])")
    assert value.items == ("0", "1.5", "44.5") and value.approx
    assert parse_repr("array([1e-3, 2e-3])").items == ("0.001", "0.002")   # small, but not against its array


def test_code_strings_and_calls_are_not_reprs():
    for code in ("grad(x1)", "K.eigenvals()", "'abc'", "x = 3", "print(K)", "J @ J.T", "np.linalg.eig(K)"):
        assert parse_repr(code) is None, code
    assert parse_repr("Matrix([[1, 2], [2, 5]])").items == (("1", "2"), ("2", "5"))
    assert parse_repr("sqrt(5)/2 + 3/2").items == ("sqrt(5)/2 + 3/2",)


def test_what_the_output_claims_comes_from_its_producer_then_its_shape():
    eig, _ = claims("lam", parse_repr("[1, 4]"))
    assert eig == ["\\lambda = 1", "\\lambda = 4"]
    assert claims("", parse_repr("[1, 4]")) == ([], False)           # a bare list says nothing
    assert claims("", parse_repr("[[1, 2], [2, 5]]")) == (["K = [[1, 2], [2, 5]]"], False)
    assert claims("", parse_repr("[[1, 2], [3, 5]]")) == ([], False)  # not symmetric: not a kernel
    assert fence_claims("K = J @ J.T\nprint(K)\n", "", True) == []
    assert fence_claims("K = [[1, 2], [2, 5]]\n", "", True) == []   # a program's statement: no claim
    assert fence_claims(">>> K = [[1, 2], [2, 5]]\n", "", True) == [(0, "K = [[1, 2], [2, 5]]", True)]


def test_e_notation_in_math_reads_as_plain_decimals(tmp_path):
    notes = "$\\lambda_{\\min} \\approx 7.3196e-01$\n\n$\\lambda_{\\max} \\approx 9.4269e+01$\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[3] == ["correct"]
    assert verdicts[5] == ["wrong"]   # 94.2680446 is 94.268 to 3 decimals
    assert first == 5


def test_torch_tensors_eig_pairs_and_rationals(tmp_path):
    notes = "`J @ J.T` → `tensor([[25., 41.], [41., 70.]])`\n\n" \
            "`np.linalg.eig(K)` → `(array([ 0.73195535, 94.26804465]), array([[-0.85, -0.53], [ 0.53, -0.85]]))`\n\n" \
            "`K.eigenvals()` → `{Rational(95, 2) - sqrt(8749)/2: 1}`\n"
    verdicts, first = _check(tmp_path, notes)
    assert [verdicts.get(n) for n in (3, 5, 7)] == [["correct"], ["correct", "correct"], ["correct"]]
    assert first == 0


def test_values_follow_from_a_pasted_gradient_with_an_entry_missing(tmp_path):
    notes = "`[sp.diff(f, p) for p in params]` printed\n\n```\n[W2*x, W2, W1*x + b1]\n```\n\n" \
            "$\\nabla_\\theta f(x_1) = (2, 2, 4)$\n\n$\\nabla_\\theta f(x_2) = (4, 2, 8)$\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[6] == ["wrong"]     # ∂f/∂b2 = 1 is missing
    assert verdicts[9] == ["carried"]   # (2x, 2, 3x + 1) at x = 1
    assert verdicts[11] == ["wrong"]    # 3·2 + 1 is 7
    assert first == 6


def test_an_output_prompt_alone_on_its_line_owns_the_repr_below(tmp_path):
    """LINEAR: ∇f(x_1) = (2, 2, 4, 1), ∇f(x_2) = (4, 2, 7, 1), K = [[25, 41], [41, 70]]. ``Out[3]:`` alone, the
    array of K on the two lines below: the claim is on the Out line (line 5) and right; a typo K_22 = 71 under
    ``Out[4]:`` (line 12) is wrong there."""
    notes = "```\nIn [3]: J @ J.T\nOut[3]:\narray([[25, 41],\n       [41, 70]])\n```\n\n" \
            "```\nIn [4]: J @ J.T\nOut[4]:\narray([[25, 41],\n       [41, 71]])\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[5] == ["correct"] and 6 not in verdicts
    assert verdicts[12] == ["wrong"] and first == 12


def test_the_last_statement_of_a_line_prints_the_output(tmp_path):
    """LINEAR: ∇f(x_2) = (4, 2, 7, 1), so K_22 = 16 + 4 + 49 + 1 = 70. ``In [5]: g2 = …; g2.dot(g2)`` prints
    ``Out[5]: 70``: the dot product after the ``;`` names K_22 (right); 69 on a second such cell is wrong."""
    notes = "```\nIn [5]: g2 = sp.Matrix([4, 2, 7, 1]); g2.dot(g2)\nOut[5]: 70\n```\n\n" \
            "```\nIn [6]: g2 = sp.Matrix([4, 2, 7, 1]); g2.dot(g2)\nOut[6]: 69\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[5] == ["correct"] and verdicts[10] == ["wrong"] and first == 10


def test_an_empty_output_prompt_does_not_own_the_next_input(tmp_path):
    """LINEAR: tr K = 95. ``Out[3]:`` with nothing after it, then ``In [4]: np.trace(K)`` and ``Out[4]: 96``: the
    next cell is code, not Out[3]'s repr, so 96 is read as tr K and wrong (line 7)."""
    notes = "```\nIn [3]: J @ J.T\nOut[3]:\nIn [4]: np.trace(K)\nOut[4]: 96\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[7] == ["wrong"] and first == 7

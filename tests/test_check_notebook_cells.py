"""A notebook exported to Markdown: an output cell claims what the code cell right above it shows (invented notes).

Expected verdicts are worked out by hand (and with NumPy, independently of the checker). LINEAR: f(x) =
W2 (W1 x + b1) + b2 with W1 = 3, b1 = 1, W2 = 2, b2 = 0, θ = (W1, b1, W2, b2), datapoints 1 and 2:
∇f(x) = (2x, 2, 3x + 1, 1), so ∇f(1) = (2, 2, 4, 1), ∇f(2) = (4, 2, 7, 1); K = [[25, 41], [41, 70]],
tr K = 95, det K = 1750 − 1681 = 69, λ = (95 ± √8749)/2 ≈ 0.73195535, 94.26804465.
"""

from check_helpers import verdicts as _verdicts

from symntk.check.pasted import displayed, output_claims

LINEAR = """[network]
widths = [1, 1, 1]
activation = "identity"
[parameters]
W1 = 3
b1 = 1
W2 = 2
b2 = 0
[data]
x = [1, 2]
"""
HEAD = "Network $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$.\n\n"


def _check(tmp_path, body: str):
    return _verdicts(tmp_path, LINEAR, HEAD + body)


def test_each_print_of_a_cell_is_one_printed_value_in_numpy_str_form(tmp_path):
    notes = "```python\nimport numpy as np\nJ = np.vstack([g(1), g(2)])\nprint(J)\nK = J @ J.T\nprint(K)\n```\n\n" \
            "```\n[[2. 2. 4. 1.]\n [4. 2. 7. 1.]]\n[[25. 41.]\n [41. 71.]]\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[12] == ["correct"]   # J
    assert verdicts[14] == ["wrong"]     # K_22 is 70
    assert first == 14


def test_the_last_expression_of_a_cell_is_displayed_and_claims_what_it_computes(tmp_path):
    notes = "```python\nK = J @ J.T\nK\n```\n\n```\narray([[25., 41.],\n       [41., 70.]])\n```\n\n" \
            "```python\nnp.linalg.eigvalsh(K)\n```\n\n```\narray([ 0.73195535, 94.26804465])\n```\n\n" \
            "```python\nnp.linalg.eigvalsh(K)\n```\n\n```\n[ 0.7391 94.2680]\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert 4 not in verdicts             # code that only computes claims nothing
    assert verdicts[9] == ["correct"]    # K
    assert verdicts[18] == ["correct", "correct"]
    assert verdicts[26] == ["wrong", "correct"]   # 0.73195535 is not 0.7391
    assert first == 26


def test_a_printed_tuple_is_its_producers_in_order(tmp_path):
    notes = "```python\ngrad(1), grad(2)\n```\n\n```\n(array([2., 2., 4., 1.]), array([4., 2., 6., 1.]))\n```\n\n" \
            "```python\nJ[0]\n```\n\n```\narray([2., 2., 4., 1.])\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[8] == ["correct", "wrong"]   # ∂f/∂W2 at x = 2 is 7
    assert verdicts[16] == ["correct"]           # J[0] is the gradient at x_1
    assert first == 8


def test_a_labelled_print_and_full_precision_floats(tmp_path):
    notes = "```python\nprint(\"K =\", K)\nprint(\"trace:\", np.trace(K))\nnp.linalg.det(K)\n```\n\n" \
            "```\nK = [[25. 41.]\n [41. 70.]]\ntrace: 95.0\n68.9999999999999\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[10] == ["correct"]   # K
    assert verdicts[12] == ["correct"]   # tr K
    assert verdicts[13] == ["correct"]   # det K, float64 round-off past 8 significant digits
    assert first == 0


def test_a_literal_typed_into_a_notebook_cell_claims_its_value(tmp_path):
    notes = "```python\nJ = np.array([[2, 2, 4, 1],\n              [4, 2, 7, 2]], dtype=float)\nK = J @ J.T\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[4] == ["wrong"]   # ∂f/∂b2 at x_2 is 1
    assert 6 not in verdicts
    assert first == 4


def test_what_a_cell_shows():
    assert displayed("import numpy as np\nJ = f(1)\nprint(J)\nK = J @ J.T\nK\n") == [("J", ""), ("K", "")]
    assert displayed("print('eigenvalues:', lam, sep=' ')") == [("lam", "eigenvalues:")]
    assert displayed("K = J @ J.T") == []
    assert displayed("def g(x):\n    return x\n\ng(1)") == [("g(1)", "")]
    assert displayed("for K in (K1, K2):\n    print(K)\n") is None   # a print in a loop: count unknown
    assert displayed("x = 1; x == 1") == [("x == 1", "")]


def test_an_output_cell_whose_count_differs_from_the_shown_values_is_not_paired():
    assert output_claims("[1 2]\n[3 4]\n", [("lam", "")]) is None
    assert output_claims("[[25 41]\n [41 70]]\n", [("K", "")]) == [(0, "K = [[25, 41], [41, 70]]", True)]
    assert output_claims("array([1., 4.])\n", [("np.linalg.eigvalsh(K)", "")]) == \
        [(0, "\\lambda \\approx 1", True), (0, "\\lambda \\approx 4", True)]


def test_ipython_prompts_in_separate_cells_and_numpy_2_eig_results(tmp_path):
    notes = "```\nIn [3]: K = J @ J.T\n   ...: K\n```\n\n" \
            "```\nOut[3]:\narray([[25., 41.],\n       [41., 70.]])\n```\n\n" \
            "```python\nnp.linalg.eig(K)\n```\n\n```\nEigResult(eigenvalues=array([ 0.73195535, 94.26804465]), " \
            "eigenvectors=array([[-0.86, -0.51],\n       [ 0.51, -0.86]]))\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[9] == ["correct"]   # K, on the line of Out[3] (alone on its line, its repr below)
    assert verdicts[19] == ["correct", "correct"]
    assert first == 0


def test_a_print_of_several_values_prints_them_side_by_side(tmp_path):
    notes = "```python\nprint(np.trace(K), np.linalg.det(K))\nprint('K =', K, 'eigenvalues', np.linalg.eigvalsh(K))\n" \
            "```\n\n```\n95.0 68.9999999999999\nK = [[25. 41.]\n [41. 70.]] eigenvalues [ 0.73195535 94.26804465]\n" \
            "```\n\n```python\nprint(np.trace(K), np.linalg.det(K))\n```\n\n```\n95.0 70.0\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[9] == ["correct", "correct"]               # tr K, det K
    assert verdicts[10] == ["correct", "correct", "correct"]   # K, both eigenvalues
    assert verdicts[19] == ["correct", "wrong"]                # det K is 69
    assert first == 19


def test_a_number_assigned_in_a_program_cell_is_a_setting_not_a_claim(tmp_path):
    notes = "```python\nlam = 1e-3\nK = J @ J.T\nalpha = np.linalg.solve(K + lam * np.eye(2), y)\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert set(verdicts) == {1} and first == 0   # only the network formula of HEAD


def test_sympy_cells_matrix_and_eigenvalue_dict(tmp_path):
    notes = "```python\nK = J * J.T\nK\n```\n\n```\nMatrix([[25, 41], [41, 70]])\n```\n\n" \
            "```python\nK.eigenvals()\n```\n\n```\n{95/2 - sqrt(8749)/2: 1, 95/2 + sqrt(8747)/2: 1}\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[9] == ["correct"]
    assert verdicts[17] == ["correct", "wrong"]   # 8749, not 8747
    assert first == 17

"""A NumPy gradient joined from vector pieces, ``np.concatenate([W2 * x, W2, h, [1]])`` in a ``def grad(x):``, read
entry by entry (symntk/check/py_vectors.py through symntk/check/code_gradients.py), and a Jacobian built with
``np.column_stack`` (symntk/check/py_columns.py)."""

from check_helpers import notes_verdicts

from symntk.check.py_vectors import concatenated_entries

# Exercise: f(x) = W2 (W1 x + b1) + b2 with W1 = (2, -1)^T, b1 = (1, 0)^T, W2 = (1, 3), b2 = 1; θ in the sheet's
# order (W1_11, W1_21, b1_1, b1_2, W2_11, W2_12, b2): ∇f(x) = (W2_1 x, W2_2 x, W2_1, W2_2, h_1, h_2, 1)
# = (x, 3x, 1, 3, 2x + 1, -x, 1) worked by hand.
HEAD = ("Exercise: $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = (2, -1)^T$, $b^{[1]} = (1, 0)^T$, "
        "$W^{[2]} = (1, 3)$, $b^{[2]} = 1$, $x_1 = 1$, $x_2 = -1$.\n\n")
CODE = ("```{{python}}\nimport numpy as np\nW1 = np.array([2, -1]); b1 = {b1}; W2 = np.array([1, 3])\n"
        "def grad(x):\n    h = W1 * x + b1; s = h\n    return np.concatenate([W2 * x, W2, {h}, [1]])\n```\n")


def _return_line(notes: str) -> list[str]:
    lines, _ = notes_verdicts(notes)
    at = next(n for n, line in enumerate(notes.split("\n"), 1) if "return np.concatenate" in line)
    return lines.get(at, [])


def test_pieces_are_taken_entry_by_entry():
    assert concatenated_entries("np.concatenate([(np.array([1, 3])) * x, [1]])") == ["(1) * x", "(3) * x", "1"]
    assert concatenated_entries("np.concatenate([W2 @ h, [1]])") is None   # a product of vectors: no entries
    assert concatenated_entries("np.concatenate([b1, [1]])") is None        # a name with no value


def test_the_gradient_function_is_judged():
    """Right with b1 as a list or as ``np.zeros`` would be for b1 = 0; wrong when a piece is the wrong one."""
    assert _return_line(HEAD + CODE.format(b1="np.array([1, 0])", h="s")) == ["correct"]
    assert _return_line(HEAD + CODE.format(b1="np.array([1, 0])", h="W1 * x")) == ["wrong"]
    zero = HEAD.replace("(1, 0)^T", "(0, 0)^T") + CODE.format(b1="np.zeros(2)", h="h")
    assert _return_line(zero) == ["correct"]


def test_column_stack_jacobian():
    """``J = np.column_stack([X, 3*X, np.ones(2), 3 * np.ones(2), 2*X + 1, -X, np.ones(2)])`` with X = (1, -1) is
    J = [[1, 3, 1, 3, 3, -1, 1], [-1, -3, 1, 3, -1, 1, 1]] (∇f(x) above at x = 1 and x = -1); a wrong column is
    wrong."""
    code = ("```{{python}}\nimport numpy as np\nX = np.array([1, -1])\n"
            "J = np.column_stack([X, 3*X, np.ones(2), 3 * np.ones(2), {h1}, -X, np.ones(2, dtype=int)])\n```\n")
    for h1, verdict in (("2*X + 1", "correct"), ("2*X", "wrong")):
        notes = HEAD + code.format(h1=h1)
        lines, _ = notes_verdicts(notes)
        at = next(n for n, line in enumerate(notes.split("\n"), 1) if "column_stack" in line)
        assert lines.get(at) == [verdict], h1


def test_julia_one_line_gradient_function():
    """Julia's ``g(x) = [W²[1]*x, W²[2]*x, W²[1], W²[2], W¹[1]*x + b¹[1], W¹[2]*x + b¹[2], 1]`` (1-based entries)
    is ∇f(x); for this exercise W¹ = (2, −1), b¹ = (1, 0), W² = (1, 3): the general gradient is
    (W²₁ x, W²₂ x, W²₁, W²₂, W¹₁ x + b¹₁, W¹₂ x + b¹₂, 1) by hand."""
    code = ("```julia\nW¹ = [2, -1]; b¹ = [1, 0]; W² = [1, 3]\n"
            "g(x) = [W²[1]*x, W²[2]*x, W²[1], W²[2], W¹[1]*x + b¹[1], W¹[2]*x + b¹[2], {last}]\n```\n")
    for last, verdict in (("1", "correct"), ("x", "wrong")):
        notes = HEAD + code.format(last=last)
        lines, _ = notes_verdicts(notes)
        at = next(n for n, line in enumerate(notes.split("\n"), 1) if line.startswith("g(x)"))
        assert lines.get(at) == [verdict], last


def test_locals_of_a_gradient_function_read():
    """In a ``def grad(x):`` that is read, a local ``h = W1 * x + b1`` states the hidden layer's formula (true
    h = W1 x + b1); ``h = W1 * x`` leaves out the bias, so is never judged correct."""
    code = ("```{{python}}\nimport numpy as np\nW1 = np.array([2, -1]); b1 = np.array([1, 0]); W2 = np.array([1, 3])\n"
            "def grad(x):\n    h = {h}\n    return np.concatenate([W2 * x, W2, W1 * x + b1, [1]])\n```\n")
    for h, right in (("W1 * x + b1", True), ("W1 * x", False)):
        notes = HEAD + code.format(h=h)
        lines, _ = notes_verdicts(notes)
        at = next(n for n, line in enumerate(notes.split("\n"), 1) if line.startswith("    h = "))
        assert (lines.get(at) == ["correct"]) == right, h


def test_jacobian_function_rows_per_output_over_two_lines():
    """``def jac(x): return np.array([[…], […]])`` written over two lines: row o is ∇f_o(x). Two outputs, W1 = 1,
    b1 = 1, W2 = (1, 2)ᵀ, b2 = 0, θ = (W1, b1, W2_1, W2_2, b2_1, b2_2), by hand: ∇f_1 = (x, 1, x + 1, 0, 1, 0),
    ∇f_2 = (2x, 2, 0, x + 1, 0, 1)."""
    head = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = 1$, $W^{[2]} = [1, 2]^T$, "
            "$b^{[2]} = [0, 0]^T$; $x_1 = 1$, $x_2 = 2$.\n\n")
    code = ("```{{python}}\nimport numpy as np\nW2 = np.array([1, 2])\ndef jac(x):\n    h = x + 1\n"
            "    return np.array([[W2[0] * x, W2[0], h, 0, 1, 0],\n"
            "                     [W2[1] * x, W2[1], 0, h, 0, {last}]])\n```\n")
    for last, verdicts in (("1", ["correct", "correct"]), ("0", ["correct", "wrong"])):
        notes = head + code.format(last=last)
        lines, _ = notes_verdicts(notes)
        at = next(n for n, line in enumerate(notes.split("\n"), 1) if "return np.array" in line)
        assert sorted(lines.get(at, [])) == verdicts, last

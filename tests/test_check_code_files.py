"""Working written as code (a Python, MATLAB/Octave or Julia file that is never run) read as claims (invented notes).

Expected verdicts are worked out by hand. The notes give their own exercise: f(x) = W2 (W1 x + b1) + b2 with
W1 = 2, b1 = 1, W2 = 3, b2 = 0, θ = (W1, b1, W2, b2), datapoints x1 = 1, x2 = 2. Then df/dW1 = W2 x = 3x,
df/db1 = W2 = 3, df/dW2 = W1 x + b1 = 2x + 1, df/db2 = 1, so g1 = (3, 3, 3, 1) and g2 = (6, 3, 5, 1);
K11 = 9 + 9 + 9 + 1 = 28, K12 = 18 + 9 + 15 + 1 = 43, K22 = 36 + 9 + 25 + 1 = 71; tr K = 99,
det K = 1988 − 1849 = 139, λ = (99 ± √9245)/2 with √9245 ≈ 96.151: λ1 ≈ 97.575, λ2 ≈ 1.425.
"""

from check_helpers import worst_verdicts

from symntk.check.code_files import code_notes, is_code, math_spelling

PY_HEAD = '''"""Homework 3, NTK by hand
f(x) = W2 (W1 x + b1) + b2, W1 = 2, b1 = 1, W2 = 3, b2 = 0
datapoints x1 = 1, x2 = 2
"""
from math import sqrt
'''
PY_BODY = '''
df_dW1 = "W2 * x"   # = 3x
df_db1 = "W2"       # = 3
df_dW2 = "W1*x + b1"   # = 2x + 1
df_db2 = 1

g1 = [3, 3, 3, 1]   # x = 1
g2 = [6, 3, 5, 1]   # x = 2

def dot(u, v):
    return sum(a * b for a, b in zip(u, v))

K11 = dot(g1, g1)   # 9 + 9 + 9 + 1 = 28
K12 = dot(g1, g2)   # 18 + 9 + 15 + 1 = 43
K22 = dot(g2, g2)   # 36 + 9 + 25 + 1 = 71
K = [[28, 43],
     [43, 71]]
tr_K = 99
det_K = 139   # 1988 - 1849
lam1 = (99 + sqrt(9245)) / 2   # ~ 97.575
lam2 = (99 - sqrt(9245)) / 2   # ~ 1.425
'''


def _lines(text: str, word: str) -> int:
    """The 1-based line of ``text`` that first holds ``word``."""
    return next(i for i, line in enumerate(text.split("\n"), 1) if word in line)


def test_correct_python_working_is_read_and_correct():
    """Every assignment of the hand calculation is a claim; all are right, so nothing is wrong, and the kernel
    entries with their working in comments, the matrix over two lines and the eigenvalues are all read."""
    text = PY_HEAD + PY_BODY
    worst, report = worst_verdicts(text, "hw3.py")
    assert report.first_mistake is None
    assert set(worst.values()) == {"correct"}
    for word in ("df_dW1", "g2 =", "K12", "K = [[", "det_K", "lam1", "lam2"):
        assert worst.get(_lines(text, word)) == "correct", word


def test_wrong_sum_in_comment_is_wrong_and_matrix_carried():
    """K12's working says 18 + 9 + 15 + 1 = 42 (the sum is 43): that line is the first mistake; the matrix written
    with 42 follows from it."""
    body = PY_BODY.replace("18 + 9 + 15 + 1 = 43", "18 + 9 + 15 + 1 = 42").replace("[[28, 43]", "[[28, 42]")
    body = body.replace("[43, 71]]", "[42, 71]]")
    text = PY_HEAD + body
    worst, report = worst_verdicts(text, "hw3.py")
    assert report.first_mistake.line == _lines(text, "K12")
    assert worst[_lines(text, "K = [[")] in {"carried", "wrong"}


def test_taken_back_lines_are_not_read():
    """A line whose comment takes it back (``# wrong``) is not judged; a commented-out assignment of a name the code
    assigns again is not read; a fixed line's comment (which quotes the old value) is not read, the line is."""
    body = PY_BODY.replace("g2 = [6, 3, 5, 1]   # x = 2",
                           "# g2 = [6, 3, 4, 1]\ng2 = [6, 3, 5, 1]   # oops, first had df_dW2 = 4 here, fixed")
    body = body.replace("K22 = dot(g2, g2)", "K22 = 70   # wrong\nK22 = dot(g2, g2)")
    text = PY_HEAD + body
    worst, report = worst_verdicts(text, "hw3.py")
    assert report.first_mistake is None
    assert _lines(text, "K22 = 70") not in worst
    assert worst[_lines(text, "g2 = [6, 3, 5, 1]")] == "correct"


def test_matlab_working_with_percent_comments():
    """The same working as a MATLAB script: ``%`` comments, rows with spaces and ``;``, statements ending in ``;``.
    A wrong λ2 (2.425 instead of ≈ 1.425) is the only mistake."""
    text = ("% f(x) = W2 (W1 x + b1) + b2, W1 = 2, b1 = 1, W2 = 3, b2 = 0\n% x1 = 1, x2 = 2\n\n"
            "g1 = [3 3 3 1];   % x = 1\ng2 = [6 3 5 1];   % x = 2\n"
            "K = [28 43; 43 71];\ntr_K = 99;\nlam1 = 97.575;\nlam2 = 2.425;\n")
    worst, report = worst_verdicts(text, "ntk.m")
    assert worst[_lines(text, "K = [28")] == "correct"
    assert worst[_lines(text, "g2 = [6")] == "correct"
    assert report.first_mistake.line == _lines(text, "lam2")


def test_translation_line_for_line():
    """The rewrite keeps every line in place: code-only lines are blank, docstrings and comments are prose, an
    assignment with a value comment states the value, an arithmetic comment is the working of a number."""
    text = 'import numpy as np\n"""Two points"""\n# h = 2x + 1\nv = 7  # 3 + 4\nw = np.dot(a, b)  # ~ 2.5\n'
    out = code_notes(text, "a.py").split("\n")
    assert out[0] == ""
    assert out[1] == "Two points"
    assert out[2] == "h = 2x + 1"
    assert out[3] == "v = 3 + 4 = 7"
    assert out[4] == "w = a · b ≈ 2.5"


def test_code_spellings_as_math():
    """Operators and literals in their math spelling: ``**`` and ``.^`` are powers, ``'`` after a name is a transpose,
    ``np.array`` is its list, MATLAB rows are nested lists, ``@`` is a product; learner names become the notes'."""
    assert math_spelling("x**2 + y.^3") == "x^2 + y^3"
    assert math_spelling("J'") == "J^T"
    assert math_spelling("np.array([[1, 2], [3, 4]])") == "[[1, 2], [3, 4]]"
    assert math_spelling("[5 6; 7 8]") == "[[5, 6], [7, 8]]"
    assert math_spelling("J @ J'") == "J · J^T"
    assert math_spelling("lam2") == "λ_2"


def test_code_by_suffix_or_shape():
    """A file is code by its suffix, or by an import/function line with several assignments and no ``$`` math;
    Markdown notes (by suffix, math or a code fence), or a few assignments with no program line, are not."""
    shaped = "import math\na = 1\nb = 2\nc = 3\nd = 4\n"
    assert is_code("a = 1\n", "x.jl")
    assert is_code(shaped, "notes.txt")
    assert not is_code("a = 1\nb = 2\nc = 3\nd = 4\n", "notes.txt")
    assert not is_code("import math\n$a = 1$\nb = 2\nc = 3\nd = 4\n", "notes.md")
    assert not is_code("```python\n" + shaped + "```\n", "notes.txt")
    assert not is_code("a = 1\nb = 2\nc = 3\nd = 4\nlambda = (5 +- sqrt(9))/2\n", "notes.txt")
    assert not is_code(shaped, "notes.md")
    assert code_notes("W1 = 2\n", "notes.md") == "W1 = 2\n"


def test_comments_after_a_function_body_are_read():
    """A ``def`` with its body, then comment lines back at the def's indent: the body is code only, the comments
    after it are notes again (df/dW2 = W1 x + b1 = 2x + 1 and g1 = (3, 3, 3, 1) at x = 1, as in the module doc);
    a wrong one among them (df/db1 = 2, not 3) is the first mistake."""
    text = PY_HEAD + ("def dot(u, v):\n    return sum(a * b for a, b in zip(u, v))\n\n"
                      "# df/dW2 = W1*x + b1\n# df/db1 = 2\n")
    worst, report = worst_verdicts(text, "hw3.py")
    assert worst.get(_lines(text, "df/dW2")) == "correct"
    assert report.first_mistake.line == _lines(text, "df/db1")

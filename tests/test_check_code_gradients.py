"""A gradient written as a function in code (symntk/check/code_gradients.py): Python ``def grad(x): return
np.array([…])``, ``grad = lambda x: […]`` and R ``grad <- function(x) c(…)`` read as the claim ∇θ f(x) = (…)."""

from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.code_files import code_notes
from symntk.check.code_gradients import r_gradient

# Exercise A worked by hand: f(x) = W2_1 (W1_1 x + b1_1) + W2_2 (W1_2 x + b1_2) + b2 with W1 = (1, 1), b1 = (0, 1),
# W2 = (1, 0), so ∇θ f(x) = (W2_1 x, W2_2 x, W2_1, W2_2, W1_1 x + b1_1, W1_2 x + b1_2, 1) = (x, 0, 1, 0, x, x + 1, 1)
HEAD = ("Exercise A: $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = (1, 1)^T$, $b^{[1]} = (0, 1)^T$, "
        "$W^{[2]} = (1, 0)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")


def _verdicts(notes: str, source: str, fragment: str) -> set[str]:
    line = next(n for n, text in enumerate(notes.split("\n"), 1) if fragment in text)
    return set(line_verdicts(check_text(notes, source)).get(line, []))


def test_python_def_is_the_general_gradient_on_its_return_line():
    code = ("import numpy as np\n\ndef grad_f(t):\n    \"\"\"the gradient\"\"\"\n"
            "    return np.array([t, 0, 1, 0, t, t + 1, 1])\n")
    out = code_notes(code, "work.py").split("\n")
    assert out[4] == "∇f(x) = [x, 0, 1, 0, x, x + 1, 1]" and out[2] == ""   # on the return line, t renamed x


def test_a_def_doing_more_than_returning_a_list_is_no_claim():
    code = "import numpy as np\n\ndef grad(x):\n    print(x)\n    return np.array([x, x + 1])\n"   # not an assignment
    assert "∇" not in code_notes(code, "work.py")
    assert "∇" not in code_notes("import numpy as np\n\ndef h(x):\n    return np.array([x, x + 1])\n", "work.py")


def test_python_lambda_and_one_line_def():
    assert code_notes("import numpy as np\ngrad = lambda x: np.array([x, 1])\n", "a.py").split("\n")[1] == \
        "∇f(x) = [x, 1]"
    assert code_notes("import numpy as np\ndef g(x): return [2*x, 1]\n", "a.py").split("\n")[1] == \
        "∇f(x) = [2*x, 1]"


def test_r_concatenates_the_learners_vectors_entry_by_entry():
    values = {"W1": ("1", "1"), "b1": ("0", "1"), "W2": ("1", "0")}
    got = r_gradient("grad", "function(x) c(W2 * x, W2, W1 * x + b1)", values)
    assert got == ["(1) * x", "(0) * x", "(1)", "(0)", "(1) * x + (0)", "(1) * x + (1)"]
    assert r_gradient("grad", "function(z) { return(c(z, 1)) }", {}) == ["x", "1"]
    assert r_gradient("h", "function(x) c(x, 1)", {}) is None   # not named a gradient


def test_r_gradient_judged_as_the_general_gradient():
    right = HEAD + ("```r\nW1 <- c(1, 1); b1 <- c(0, 1); W2 <- c(1, 0)\n"
                    "grad <- function(x) c(W2 * x, W2, W1 * x + b1, 1)\n```\n")
    assert _verdicts(right, "notes.md", "grad <-") == {"correct"}
    wrong = HEAD + "```r\ngrad <- function(x) c(x, 0, 1, 0, x, x, 1)\n```\n"   # entry 6 is x + 1, not x
    assert _verdicts(wrong, "notes.md", "grad <-") == {"wrong"}


def test_python_gradient_judged_in_a_code_file():
    head = '"""' + HEAD.strip() + '"""\nimport numpy as np\n\n'
    right = head + "def grad(x):\n    return np.array([x, 0, 1, 0, x, x + 1, 1])\n"
    assert _verdicts(right, "work.py", "return") == {"correct"}
    wrong = head + "def grad(x):\n    return np.array([x, 0, 1, 0, x, 2 * x, 1])\n"
    assert _verdicts(wrong, "work.py", "return") == {"wrong"}

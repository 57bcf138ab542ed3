"""Eigenvalues named in words before inline math that is only their values (``Eigenwerte der Blöcke: $a$ und $b$``).

Invented terse notes (THETA_HEAD): f = θ_3(θ_1 x + θ_2) + θ_4 with θ = (2, 1, 3, 0) at x = 1, 2. By hand the
gradient is (3x, 3, 2x + 1, 1): (3, 3, 3, 1) and (6, 3, 5, 1), so K = [[28, 43], [43, 71]], tr K = 99,
det K = 1988 - 1849 = 139, λ = (99 ± √(9801 - 556))/2 = (99 ± √9245)/2.
"""

from check_helpers import THETA_HEAD, notes_verdicts

from symntk.check.eigen_inline import eigenvalues_named


def _named(line: str) -> str | None:
    at = line.index("$")
    return eigenvalues_named(line, at, line[at + 1:line.index("$", at + 1)])


def test_values_after_the_word_are_eigenvalues():
    assert _named(r"The eigenvalues are $\frac{99 \pm \sqrt{9245}}{2}$.") == r"\lambda = \frac{99 \pm \sqrt{9245}}{2}"
    assert _named(r"Eigenwerte der Blöcke: $11 \pm \sqrt{116}$") == r"\lambda = 11 \pm \sqrt{116}"
    line = r"Eigenwerte von $K$: $3$ und $\tfrac{1}{2}$"
    at = line.rindex("$", 0, len(line) - 1)
    assert eigenvalues_named(line, at, r"\tfrac{1}{2}") == r"\lambda = \tfrac{1}{2}"   # the second of a list


def test_other_math_after_the_word_is_not():
    assert _named(r"The eigenvalues are $\lambda_1$ and so on") is None          # a name, not a value
    assert _named(r"The eigenvalues are $99 = 1 + 98$") is None                  # a relation of its own
    assert _named(r"The trace is $99$") is None                                  # not the eigenvalue word
    assert _named(r"The eigenvalues of the three matrices are clear, $3$") is None   # more than two words between


def test_eigenvalues_in_words_judged():
    by_line, first = notes_verdicts(THETA_HEAD +
                                    "$K = \\begin{pmatrix} 28 & 43 \\\\ 43 & 71 \\end{pmatrix}$\n\n"
                                    "The eigenvalues are $\\frac{99 \\pm \\sqrt{9245}}{2}$.\n\n"
                                    "Eigenwerte von $K$: $\\frac{99 + \\sqrt{9245}}{2}$ und "
                                    "$\\frac{99 - \\sqrt{9245}}{2}$.\n\n"
                                    "The eigenvalues are $\\frac{99 \\pm \\sqrt{9241}}{2}$.\n")
    assert by_line[7] == ["correct"] and by_line[9] == ["correct", "correct"]
    assert by_line[11] == ["wrong"] and first == 11


def test_values_after_a_word_for_about_are_rounded_eigenvalues():
    assert _named(r"The eigenvalues are about $97.58$ and $1.42$") == r"\lambda \approx 97.58"
    assert _named(r"Eigingildin eru um það bil $97{,}58$") == r"\lambda \approx 97{,}58"
    assert _named(r"Die Eigenwerte sind etwa $97,58$") == r"\lambda \approx 97,58"


def test_rounded_eigenvalues_in_words_judged():
    # (99 ± √9245)/2 ≈ 97.5755 and 1.4245 (by hand above): 97.58 and 1.42 are right to two decimals, 1.52 is not.
    by_line, first = notes_verdicts(THETA_HEAD +
                                    "$K = \\begin{pmatrix} 28 & 43 \\\\ 43 & 71 \\end{pmatrix}$\n\n"
                                    "The eigenvalues are approximately $97.58$ and $1.42$.\n\n"
                                    "Eigingildin eru um $97{,}58$ og $1{,}52$.\n")
    assert by_line[7] == ["correct"]   # both values as one set of eigenvalues
    assert by_line[9] == ["correct", "wrong"] and first == 9


def test_math_that_starts_with_about_after_the_word_is_eigenvalues():
    assert _named(r"Eigingildi kjarnans eru $\approx 97{,}58$") == r"\lambda \approx 97{,}58"   # a bare genitive
    assert _named(r"The eigenvalues are $\approx 97.58$ and $\approx 1.42$") == r"\lambda \approx 97.58"
    assert _named(r"The eigenvalues are $= 3$") == r"\lambda = 3"
    assert _named(r"The eigenvalues sum to $99$") is None          # a word after them but no verb: not their values
    assert _named(r"The eigenvalues are $\approx 97.58 = 1$") is None   # a relation of its own after the lead


def test_eigenvalues_after_about_are_not_the_root_before_them():
    # √9245 ≈ 96.151 (96.15² = 9244.8), so (99 ± √9245)/2 ≈ 97.58 and 1.42: the values after the eigenvalue word are
    # the eigenvalues, not further steps of the √9245 chain on the line before.
    by_line, first = notes_verdicts(THETA_HEAD +
                                    "$K = \\begin{pmatrix} 28 & 43 \\\\ 43 & 71 \\end{pmatrix}$\n\n"
                                    "$\\lambda = \\frac{99 \\pm \\sqrt{9245}}{2}$, og "
                                    "$\\sqrt{9245}\\approx 96{,}15$.\n\n"
                                    "Eigingildi kjarnans eru $\\approx 97{,}58$ og $\\approx 1{,}42$.\n\n"
                                    "The eigenvalues are $\\approx 97.58$ and $\\approx 2.42$.\n")
    assert by_line[9] == ["correct", "correct"]
    assert by_line[11] == ["correct", "wrong"] and first == 11

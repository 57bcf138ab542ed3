"""Two eigenvalues said by their order (``the first eigenvalue is about 34.27 and the second about 0.73``) and an
eigenvalue list with a filler word and a word for "about" (``Eigingildin eru því um það bil …``); invented notes.

Linear network (worked out by hand): f(x) = W2 (W1 x + b1) + b2 with W1 = 1, b1 = 0, W2 = 2, b2 = 0, x = (1, 2);
∇θ f = (2x, 2, x, 1) gives K = [[10, 15], [15, 25]], tr K = 35, det K = 25, λ = (35 ± √1125)/2 ≈ 34.2705 and 0.7295.
"""

from check_helpers import problem, verdicts

from symntk.check.ordinal_eigen import ordinal_eigenvalues
from symntk.check.word_results import word_results

LINEAR = problem([1, 1, 1], "identity", [1, 2], W1=1, b1=0, W2=2, b2=0)
KERNEL = r"$$K = \begin{pmatrix} 10 & 15 \\ 15 & 25 \end{pmatrix}$$"


def test_ordinal_pair_in_english_is_correct(tmp_path):
    notes = KERNEL + "\n\nThe first eigenvalue is about 34.27 and the second about 0.73."
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[3] == ["correct", "correct"] and first == 0


def test_ordinal_pair_with_decimal_commas_and_a_slip(tmp_path):
    # 0,83 is no rounding of 0.7295; the decimal commas of the file are read as decimals (two of them at least)
    notes = KERNEL + "\n\nfyrsta eigingildið ≈ 34,27, annað ≈ 0,83"
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[3] == ["correct", "wrong"] and first == 3


def test_ordinal_pair_readings():
    line = "Fyrsta eigingildið er um 5{,}97 og annað um 1{,}06."
    assert ordinal_eigenvalues(line) == [(r"\lambda_1 \approx 5{,}97", (0, len(line) - 1)),
                                         (r"\lambda_2 \approx 1{,}06", (0, len(line) - 1))]   # the stop is kept
    assert [c for c, _ in ordinal_eigenvalues("der erste Eigenwert ist 4 und der zweite 1")] == [
        r"\lambda_1 = 4", r"\lambda_2 = 1"]
    assert ordinal_eigenvalues("the first eigenvalue is 3 + 1 and the second 2") == []   # arithmetic: not a value
    assert ordinal_eigenvalues("the first gradient is 3 and the second 2") == []


def test_eigenvalue_list_with_filler_and_about(tmp_path):
    assert word_results("Eigingildin eru því um það bil 34{,}27 og 0{,}73.")[0][0] == r"\lambda \approx 34{,}27, 0{,}73"
    assert word_results("the eigenvalues are then about 34.27 and 0.73")[0][0] == r"\lambda \approx 34.27, 0.73"
    notes = KERNEL + "\n\nEigingildin eru því um það bil 34,27 og 0,73."
    out, _ = verdicts(tmp_path, LINEAR, notes)
    assert out[3] == ["correct"]

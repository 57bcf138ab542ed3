"""Statements about the kernel made in words (positive definite, all eigenvalues positive, a zero eigenvalue).

Expected verdicts worked out by hand:

* the notes' network (exercise A of the corpus) has K = [[8, 12], [12, 19]]: trace 27, det 8 > 0, so both
  eigenvalues (27 ± √697)/2 are positive (√697 < 27) and K is positive definite, not singular;
* the scalar network f = v(w x + b) + c with w = 2, b = 1, v = 1, c = 0 at x = 0, 1, 2 has gradient
  (v x, v, w x + b, 1) = (0, 1, 1, 1), (1, 1, 3, 1), (2, 1, 5, 1), so K = [[3, 5, 7], [5, 12, 19], [7, 19, 31]];
  its rows satisfy r1 − 2 r2 + r3 = 0 (3 − 10 + 7 = 0, 5 − 24 + 19 = 0, 7 − 38 + 31 = 0), so det K = 0:
  one eigenvalue is 0, K is positive semi-definite but not positive definite;
* a learner whose K_22 is 16 instead of 19 (K = [[8, 12], [12, 16]], det 128 − 144 = −16 < 0) has one
  negative eigenvalue of their own.
"""

import pytest

from symntk.check import check_text
from symntk.check.facts import facts_of_line

NOTES_A = r"""Network $f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with
$W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$, and $x_1 = 1$, $x_2 = 2$.

$$K = \begin{bmatrix} 8 & 12 \\ 12 & 19 \end{bmatrix}$$

{sentence}
"""

NOTES_H = r"""Network $f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with
$W^{[1]} = 2$, $b^{[1]} = 1$, $W^{[2]} = 1$, $b^{[2]} = 0$; datapoints $x_1 = 0$, $x_2 = 1$, $x_3 = 2$.

$$K = \begin{bmatrix} 3 & 5 & 7 \\ 5 & 12 & 19 \\ 7 & 19 & 31 \end{bmatrix}$$

{sentence}
"""


def _verdicts(notes: str, sentence: str):
    report = check_text(notes.replace("{sentence}", sentence))
    line = notes.split("\n").index("{sentence}") + 1
    return [(j.verdict, j.carried) for j in report.judgements if j.line == line]


@pytest.mark.parametrize("sentence, expected", [
    ("Both eigenvalues are positive, so $K$ is positive definite.", [("correct", False)] * 2),
    ("Les deux sont $> 0$ donc $K$ est définie positive.", [("correct", False)] * 2),
    ("Beide Eigenwerte sind positiv.", [("correct", False)]),
    ("Bæði eigingildin eru jákvæð svo K er jákvætt ákveðið.", [("correct", False)] * 2),
    ("So one eigenvalue is 0.", [("wrong", False)]),
    ("K is singular.", [("wrong", False)]),
    ("K is not positive definite.", [("wrong", False)]),
    ("K is nearly singular.", []),
    ("Båda positiva, så $K$ är positivt definit.", [("correct", False)] * 2),      # Swedish: -t, -a endings
    ("$K$ är inte positivt definit.", [("wrong", False)]),
])
def test_statements_about_a_positive_definite_kernel(sentence, expected):
    assert _verdicts(NOTES_A, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("One eigenvalue must be $0$.", [("correct", False)]),
    ("eitt eigingildi er 0 af því að stiglarnir eru línulega háðir", [("correct", False)]),
    ("K is positive semi-definite.", [("correct", False)]),
    ("K is positive definite.", [("wrong", False)]),
    ("All eigenvalues are positive.", [("wrong", False)]),
    ("K är positivt semidefinit.", [("correct", False)]),
    ("K är positivt definit.", [("wrong", False)]),
])
def test_statements_about_a_singular_kernel(sentence, expected):
    assert _verdicts(NOTES_H, sentence) == expected


def test_a_statement_true_of_the_learners_own_kernel_is_carried():
    notes = NOTES_A.replace("12 & 19", "12 & 16")
    verdicts = _verdicts(notes, "The determinant is negative, so one eigenvalue is negative: K is not positive "
                                "definite.")
    assert verdicts == [("wrong", True)]


@pytest.mark.parametrize("line, facts", [
    ("K is positive semi-definite", ["psd"]),
    ("die Matrix ist nicht positiv definit", ["not:pd"]),
    ("λ_2 est presque nulle", []),
    ("the gradient has two positive entries", []),
    ("Parameter: 7 Stück", []),
    ("We got a negative eigenvalue.", ["eig_neg"]),
    ("Odd to get a negative eigenvalue, shouldn't K be positive semi-definite? No idea.", []),   # a question
    ("(Skrítið að fá neikvætt eigingildi, á K ekki að vera jákvætt hálfákveðið? Finn ekki villuna.)", []),
    ("Is K positive semi-definite? Yes: K is positive definite.", ["pd"]),   # the question claims nothing, the answer
])
def test_what_a_line_states(line, facts):
    assert facts_of_line(line) == facts


def test_counts_said_in_words_beside_theta():
    notes = NOTES_A.replace("{sentence}", r"$\theta = (W^{[1]}_{11}, W^{[1]}_{21}, b^{[1]}_1, b^{[1]}_2, W^{[2]}_{11}, "
                                          r"W^{[2]}_{12}, b^{[2]})$, 7 of them.")
    report = check_text(notes)
    assert [(j.kind, j.verdict) for j in report.judgements if j.kind == "parameter_count"] == [
        ("parameter_count", "correct")]


LABELLED = r"""Network $f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with
$W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$, and $x_1 = 1$, $x_2 = 2$.

{first}
{second}
"""


@pytest.mark.parametrize("first, second, expected", [
    # the true gradients (x, 0, 1, 0, x, x + 1, 1) at x = 1 and x = 2
    ("Í $x_1 = 1$: $(1, 0, 1, 0, 1, 2, 1)$", "Í $x_2 = 2$: $(2, 0, 1, 0, 2, 3, 1)$", ["correct", "correct"]),
    ("at $x_1 = 1$: grad = (1, 0, 1, 0, 1, 2, 1)", "at $x_2 = 2$: grad = (2, 0, 1, 0, 2, 2, 1)",
     ["correct", "wrong"]),
    ("gradient at $x_2$: $(2, 0, 1, 0, 2, 3, 1)^T$", "bei $x_1$: $\\begin{pmatrix} 1 \\\\ 0 \\\\ 1 \\\\ 0 \\\\ 1 "
     "\\\\ 2 \\\\ 1 \\end{pmatrix}$", ["correct", "correct"]),
])
def test_a_bare_vector_under_a_datapoint_label_is_the_gradient_there(first, second, expected):
    report = check_text(LABELLED.replace("{first}", first).replace("{second}", second))
    assert [j.verdict for j in report.judgements if j.kind == "gradient_vector"] == expected


def test_a_labelled_vector_of_another_length_is_context():
    report = check_text(LABELLED.replace("{first}", "at $x_1$: $(1, 1)$").replace("{second}", ""))
    assert not [j for j in report.judgements if j.kind == "gradient_vector"]


@pytest.mark.parametrize("twentytwo, sentence, expected", [
    # true K: tr 27, det 8, so Δ = 27² − 4·8 = 729 − 32 = 697
    ("19", r"$\Delta = 27^2 - 4 \cdot 8 = 697$", [("correct", False), ("correct", False)]),
    ("19", r"$Δ = 27² − 4·8 = 679$", [("correct", False), ("wrong", False)]),
    # the learner's K_22 = 16: tr 24, det 8·16 − 144 = −16, so their Δ = 576 + 64 = 640
    ("16", r"$\Delta = 24^2 + 64 = 640$", [("wrong", True), ("wrong", True)]),
])
def test_the_discriminant_of_the_characteristic_polynomial(twentytwo, sentence, expected):
    notes = NOTES_A.replace("12 & 19", "12 & " + twentytwo)
    assert _verdicts(notes, sentence) == expected


RELU = r"""Network $f(x) = W^{[2]} \operatorname{relu}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with
$W^{[1]} = [1, -1]^T$, $b^{[1]} = [0, 2]^T$, $W^{[2]} = [1, 2]$, $b^{[2]} = 0$, and $x_1 = 1$, $x_2 = 3$.

{sentence}
"""


@pytest.mark.parametrize("sentence, expected", [
    (r"$\mathrm{relu}'(z) = 1$ for $z > 0$ and $0$ for $z < 0$.", [("correct", False)]),
    ("relu′(z) = 1 if z > 0, 0 if z < 0", [("correct", False)]),
    ("relu(z) = max(0, z) og afleiðan er 1 ef z > 0 annars 0", [("correct", False)]),
    (r"$\operatorname{relu}'(z) = 1$ si $z > 0$, $0$ si $z < 0$", [("correct", False)]),
    ("relu'(z) = 0 if z > 0, 1 otherwise", [("wrong", False)]),
    ("relu(z) = z if z > 0, 0 if z < 0", []),  # relu itself, not its derivative
])
def test_relu_derivative_by_cases(sentence, expected):
    assert _verdicts(RELU, sentence) == expected

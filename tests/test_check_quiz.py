"""An online quiz's response report: ``Question N (1 pt)``, the question, ``Your answer:`` and a bare answer read
as a claim about the quantity its question asks for.

Invented exercise, worked out by hand and checked with NumPy: W1 = [2, 1]^T, b1 = [1, -1]^T, W2 = [1, 2], b2 = 1,
no activation, x_1 = 1, x_2 = 2: ∇f(x_1) = (1, 2, 1, 2, 3, 0, 1), ∇f(x_2) = (2, 4, 1, 2, 5, 1, 1),
K = [[20, 31], [31, 52]], tr K = 72, det K = 79, λ = 36 ± √1217 ≈ 70.8855, 1.1145; ∂f/∂W^[1]_11 = W^[2]_11 x is 1
at x_1; 7 parameters.
"""

from check_helpers import notes_verdicts

from symntk.check.quiz_answers import answered, is_quiz, quiz_notes

REPORT = """Quiz 3 - response report

Question 1 (1 pt)
Copy the network and the datapoints from the exercise sheet.
Your answer:
W1 = [2, 1]^T, b1 = [1, -1]^T, W2 = [1, 2], b2 = 1, x_1 = 1, x_2 = 2, f(x) = W2 (W1 x + b1) + b2

Question 2 (1 pt)
List θ in the lecture's order and give the number of parameters.
Your answer:
θ = (W1_11, W1_21, b1_1, b1_2, W2_11, W2_12, b2); 7

Question 3 (1 pt)
Give the gradient ∇θ f(x_2).
Your answer:
(2, 4, 1, 2, 5, 1, 1)

Question 4 (1 pt)
Enter K as a matrix.
Your answer:
[[20, 31], [31, 52]]

Question 5 (1 pt)
Give tr K and det K.
Your answer:
72, 79

Question 6 (1 pt)
Give the larger eigenvalue to 4 decimals.
Your answer:
70.8855

Question 7 (1 pt)
Give the smaller eigenvalue to 4 decimals.
Your answer:
1.1145 (the product of both is det K)

Question 8 (1 pt)
Give ∂f/∂W^[1]_11 at x_1.
Your answer:
1
"""


def test_a_report_is_told_from_other_notes():
    assert is_quiz(REPORT)
    assert not is_quiz("Answer: 27\n\nK = [[8, 12], [12, 19]]\n")


def test_a_bare_answer_claims_the_quantity_asked_for():
    assert answered("[[8,12],[12,19]]", "Enter K as a matrix.") == "K = [[8,12],[12,19]]"
    assert answered("32.0000", "Give the larger eigenvalue to 4 decimals.") == "λ_max ≈ 32.0000"
    assert answered("(1, 0, 1)", "Give the gradient ∇θ f(x(2)).") == "∇f(x(2)) = (1, 0, 1)"
    assert answered("27, 8", "Give tr K and det K.") == "tr K = 27, det K = 8"
    assert answered("1", "Give ∂f/∂W^[1]_11 at x_1.") == "∂f/∂W^[1]_11 (x_1) = 1"
    assert answered("K = [[8,12],[12,19]]", "Enter K as a matrix.") == "K = [[8,12],[12,19]]"
    assert answered("θ = (a, b), 2", "List θ and give the number of parameters.") == "θ = (a, b), 2 parameters"
    assert answered("7", "How many parameters does the network have?") == "P = 7"
    assert answered("8", "Give f at x_2.") == "f(x_2) = 8"
    assert answered("3", "Give h_1(x_2).") == "h_1(x_2) = 3"
    assert answered("8, 12, 19", "Give K_11, K_12 and K_22 (show the sums).") == "K_11 = 8, K_12 = 12, K_22 = 19"


def test_only_answers_are_rewritten():
    lines = quiz_notes(REPORT).split("\n")
    assert lines[8] == "List θ in the lecture's order and give the number of parameters."
    assert lines[15] == "∇f(x_2) = (2, 4, 1, 2, 5, 1, 1)"


def test_every_answer_of_a_correct_report_is_read_and_correct():
    verdicts, first = notes_verdicts(REPORT)
    for line in (11, 16, 21, 26, 31, 36, 41):
        assert verdicts.get(line) and set(verdicts[line]) == {"correct"}, line
    assert first == 0


def test_a_wrong_bare_answer_is_wrong():
    verdicts, first = notes_verdicts(REPORT.replace("\n70.8855\n", "\n70.5\n"))
    assert verdicts[31] == ["wrong"]
    assert first == 31

"""Eigenvalues listed in words with decimal commas, ended by a full stop: ``eigingildin eru um 26,70 og 0,30.``

K = [[8, 12], [12, 19]] (W1 = [1, 1]ᵀ, b1 = [0, 1]ᵀ, W2 = [1, 0], b2 = 0, x = 1, 2; worked by hand in several tests):
λ = (27 ± √697)/2, √697 ≈ 26.4008, so λ ≈ 26.7004 and 0.2996 (0,30 to two places; 0,31 is wrong).
"""

from check_helpers import worst_verdicts

from symntk.check.word_results import eigenvalue_lists, word_results

NOTES = """Dæmi A

Gefið: W1 = [1, 1]ᵀ, b1 = [0, 1]ᵀ, W2 = [1, 0], b2 = 0, x1 = 1, x2 = 2

K = [[8, 12], [12, 19]]

Þá eru eigingildin um 26,70 og 0,30.
"""


def test_a_list_with_marked_decimal_commas_and_a_full_stop_is_read_whole():
    [(relation, values, _)] = eigenvalue_lists("eigingildin eru um 44{,}52, 1{,}49 og 0.")
    assert (relation, values) == ("\\approx", ["44{,}52", "1{,}49", "0"])
    [(relation, values, _)] = eigenvalue_lists("the eigenvalues are 3.5 and 0.")
    assert values == ["3.5", "0"]


def test_a_result_with_a_decimal_comma_is_the_whole_number():
    assert [c for c, _ in word_results("K_{11} er 0{,}5")] == ["K_{11} = 0{,}5"]


def test_eigenvalues_in_words_with_decimal_commas_are_judged():
    verdicts, report = worst_verdicts(NOTES)
    assert verdicts.get(7) == "correct"
    assert report.exit_code == 0
    verdicts, report = worst_verdicts(NOTES.replace("0,30.", "0,31."))
    assert verdicts.get(7) == "wrong"
    assert report.exit_code == 1

"""Own eigenvalues that are the true ones but for the learner's rounding make no carried verdict
(symntk.check.judge_spectrum._rounding_only): each within 0.1 % of a true one; and when the learner's K is right
after their last mistake (that mistake never reached the spectrum), each within 0.1 % of the largest, since the
rounding of tr and det moves a small eigenvalue further.

Numbers invented (worked by hand): true spectrum {0.09344, 3.2928}; a learner with tr ≈ 3.386, det ≈ 0.308 has
λ = (3.386 ∓ √(3.386² − 1.232))/2 ≈ 0.09355, 3.29245: the small one is 0.12 % off (> 0.1 %), but 0.00011 is far
below 0.1 % of 3.2928 (0.0033). A learner whose K was wrong (λ_2 = 0.2) is 0.107 off: more than 0.0033.
"""

import sympy

from symntk.check.judge_spectrum import _rounding_only

TRUE = [sympy.Float("0.09344"), sympy.Float("3.2928")]


def test_small_eigenvalue_moved_by_rounding_is_rounding_only_when_k_is_right():
    own = [sympy.Float("0.09355"), sympy.Float("3.29245")]
    assert not _rounding_only(own, TRUE)
    assert _rounding_only(own, TRUE, spectrum=True)


def test_a_real_difference_is_no_rounding():
    own = [sympy.Float("0.2"), sympy.Float("3.2928")]
    assert not _rounding_only(own, TRUE) and not _rounding_only(own, TRUE, spectrum=True)


def test_each_within_a_thousandth_is_rounding_either_way():
    own = [sympy.Float("0.09345"), sympy.Float("3.2929")]
    assert _rounding_only(own, TRUE) and _rounding_only(own, TRUE, spectrum=True)

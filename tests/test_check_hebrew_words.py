"""Hebrew words (data in symntk/check/dropped_scripts.py and symntk/check/facts.py): a parameter left out, and
ReLU's derivative by cases ("1 if z > 0 and 0 otherwise")."""

from symntk.check.dropped_words import dropped_clauses
from symntk.check.facts import relu_rule


def test_a_parameter_left_out_in_hebrew():
    """"I neglect b2" and "b2 I do not count in the kernel" drop b^{[2]}; "I do count b2" drops nothing."""
    assert dropped_clauses("אני מזניח את $b^{[2]}$") == [(["b^{[2]}"], False)]
    assert dropped_clauses("את $b^{[2]}$ אני לא סופר בגרעין.") == [(["b^{[2]}"], False)]
    assert dropped_clauses("את $b^{[2]}$ אני סופר בגרעין.") == []


def test_relu_cases_in_hebrew():
    """The derivative of relu is 1 if z > 0 and 0 otherwise: slope 1 for positive z, 0 for negative z."""
    assert relu_rule("נגזרת של relu היא 1 אם $z>0$ ו־0 אחרת.") == "relu:1,0"

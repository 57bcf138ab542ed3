"""Arabic-script digits, punctuation and direction marks (symntk.check.arabic_script): ``٧`` and ``۷`` read as 7,
``٫`` as a decimal point, ``،`` / ``؛`` as a comma / semicolon, LRM/RLM/ALM and the isolates dropped; and the count
of parameters said in Arabic or Greek words (``عدد المعاملات = ٧``, ``αριθμός παραμέτρων: 7``).

The notes are invented for these tests; verdicts worked out by hand: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}
with W^{[1]} = 3, b^{[1]} = 1, W^{[2]} = 3, b^{[2]} = 1 has gradient (W1, b1, W2, b2) ↦ (3x, 3, 3x + 1, 1): at
x_1 = 1 (3, 3, 4, 1), at x_2 = 2 (6, 3, 7, 1); K_11 = 9 + 9 + 16 + 1 = 35, K_12 = 18 + 9 + 28 + 1 = 56 (57 is
wrong); four parameters (three is wrong).
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.arabic_script import right_to_left_ascii

LRM, RLM, ALM, FSI, PDI = "\u200e", "\u200f", "\u061c", "\u2068", "\u2069"
HEAD = ("المعطى: $f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ ، $W^{[1]} = 3$ ، $b^{[1]} = 1$ ، $W^{[2]} = 3$ ، "
        "$b^{[2]} = 1$ ؛ $x_1 = 1$ ، $x_2 = 2$\n\n")   # line 1


def test_digits_punctuation_and_marks_read_as_ascii():
    assert right_to_left_ascii("القيمة ٣٫٥ ، ثم ۱۲") == "القيمة 3.5 ,  ثم 12"
    assert right_to_left_ascii(RLM + "$x_1$" + LRM + "؛" + ALM + FSI + "؟" + PDI) == "$x_1$; ?"
    assert right_to_left_ascii("no marks: 3, 4") == "no marks: 3, 4"


@pytest.mark.parametrize("k11, k12", [("٣٥", "٥٧"), ("۳۵", "۵۷"), (RLM + "35" + LRM, "57")])
def test_arabic_indic_digits_in_math_are_judged(k11, k12):
    out, first = notes_verdicts(HEAD + f"{RLM}$K_{{11}} = {k11}${LRM} ، $K_{{12}} = {k12}$\n")
    assert out[3] == ["correct", "wrong"] and first == 3


@pytest.mark.parametrize("count, verdict", [("عدد المعاملات = ٤", "correct"), ("عدد المعاملات = ٣", "wrong"),
                                            ("Αριθμός παραμέτρων: 4", "correct"),
                                            ("Αριθμός παραμέτρων = 3", "wrong")])
def test_the_count_of_parameters_in_arabic_and_greek_words(count, verdict):
    out, first = notes_verdicts(HEAD + count + "\n")
    assert out[3] == [verdict]

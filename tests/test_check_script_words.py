"""The checker's prose words in Cyrillic-script (Russian, Ukrainian, …) and Arabic-script (Persian, Arabic, Urdu)
languages: such words are prose around plain math (``با W1 = 3 و b1 = 1``), the parameter count
(``۴ پارامتر``, ``отже параметрів $4$``), K's properties (``مثبت معین``, ``додатно визначена``), a table's
derivative column (``| параметр | похідна |``), dropping a parameter (``مشتقش را کنار می‌گذارم``), the trace and
the determinant (``слід``, ``اثر``, ``визначник``) and an activation's derivative (``похідна tanh дорівнює …``).

The notes are invented for these tests; verdicts worked out by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = 3,
b1 = 1, W2 = 3, b2 = 1 has gradient (W1, b1, W2, b2) ↦ (W2 x, W2, W1 x + b1, 1) = (3x, 3, 3x + 1, 1): at x_1 = 1
(3, 3, 4, 1), at x_2 = 2 (6, 3, 7, 1); K_11 = 9 + 9 + 16 + 1 = 35, K_12 = 18 + 9 + 28 + 1 = 56,
K_22 = 36 + 9 + 49 + 1 = 95; tr K = 130, det K = 35·95 − 56² = 3325 − 3136 = 189; four parameters.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.dropped_words import dropped_clauses
from symntk.check.facts import facts_of_line
from symntk.check.plain_words import derivative_in_words

PERSIAN_HEAD = ("داده‌ها: f(x) = W2 (W1 x + b1) + b2 ، با W1 = ۳ و b1 = ۱ و W2 = ۳ و b2 = ۱ ؛ "
                "نقاط x1 = ۱ و x2 = ۲ .\n\n")   # line 1
UKRAINIAN_HEAD = ("Дано: $f(x) = W_2 (W_1 x + b_1) + b_2$, де $W_1 = 3$, $b_1 = 1$, $W_2 = 3$, $b_2 = 1$; "
                  "точки $x_1 = 1$ і $x_2 = 2$.\n\n")   # line 1


def test_persian_words_around_plain_math_are_prose():
    out, first = notes_verdicts(PERSIAN_HEAD + "پس K11 = ۳۵ و K12 = ۵۷ است.\n")
    assert out[3] == ["correct", "wrong"] and first == 3


@pytest.mark.parametrize("line, verdict", [("تعداد: ۴ پارامتر.", "correct"), ("جمعاً ۳ پارامتر", "wrong"),
                                           ("отже параметрів $4$.", "correct"),
                                           ("Кількість параметрів: 3.", "wrong"), ("Всего 4 параметра.", "correct")])
def test_the_parameter_count_in_persian_and_ukrainian_words(line, verdict):
    out, _ = notes_verdicts(UKRAINIAN_HEAD + line + "\n")
    assert out[3] == [verdict]


@pytest.mark.parametrize("line, facts", [
    ("هر دو مثبت‌اند، پس K مثبت معین است.", ["pd", "eig_pos"]),
    ("K مثبت معین نیست", ["not:pd"]),
    ("K نیمه‌معین مثبت است", ["psd"]),
    ("كلتاهما موجبة، إذن K موجبة التحديد", ["pd", "eig_pos"]),
    ("Обидва додатні.", ["eig_pos"]),
    ("K не є додатно визначеною", ["not:pd"]),
    ("K додатно напіввизначена", ["psd"]),
    ("Матрица вырожденная.", ["eig_zero"]),
    ("K майже додатно визначена", []),
])
def test_properties_of_k_in_cyrillic_and_arabic_script_words(line, facts):
    assert sorted(facts_of_line(line)) == sorted(facts)


@pytest.mark.parametrize("corner, column", [("параметр", "похідна"), ("پارامتر", "مشتق")])
def test_a_table_of_derivatives_with_cyrillic_or_persian_headers(corner, column):
    table = (f"| {corner} | {column} |\n|---|---|\n| $W_1$ | $W_2 x$ |\n| $b_1$ | $W_2$ |\n"
             "| $W_2$ | $W_1 x + b_1$ |\n| $b_2$ | $2$ |\n")
    out, first = notes_verdicts(UKRAINIAN_HEAD + table)
    assert [out[n] for n in (5, 6, 7, 8)] == [["correct"], ["correct"], ["correct"], ["wrong"]] and first == 8


@pytest.mark.parametrize("line, tentative", [
    ("$b_2$ فقط یک جابه‌جایی ثابت است و در کرنل اثری ندارد، پس آن را کنار می‌گذارم.", False),
    ("$b_2$ فقط f را جابه‌جا می‌کند، پس مشتقش را کنار می‌گذارم.", True),
    ("$b_2$ лише зсуває f, тому я його відкидаю.", False),
    ("$b_2$ only shifts f, so I leave out its derivative.", True),
])
def test_dropping_a_parameter_in_persian_and_ukrainian_words(line, tentative):
    found = dropped_clauses(line)
    assert found and "b_2" in found[0][0] and found[0][1] is tentative


@pytest.mark.parametrize("line", ["Я не відкидаю $b_2$.", "Мы не пропускаем $b_2$."])
def test_a_negated_dropping_in_cyrillic_words_drops_nothing(line):
    assert dropped_clauses(line) == []


@pytest.mark.parametrize("line, verdicts", [("Слід $= 130$, визначник $= 190$.", ["correct", "wrong"]),
                                            ("اثر = ۱۳۰ و دترمینان = ۱۸۹", ["correct", "correct"]),
                                            ("слід K дорівнює 131", ["wrong"])])
def test_trace_and_determinant_in_cyrillic_and_arabic_script_words(line, verdicts):
    k = "$K = \\begin{pmatrix} 35 & 56 \\\\ 56 & 95 \\end{pmatrix}$\n\n"   # line 3
    out, _ = notes_verdicts(UKRAINIAN_HEAD + k + line + "\n")
    assert out[5] == verdicts


@pytest.mark.parametrize("line", ["похідна tanh дорівнює 1 - tanh(z)^2", "производная от tanh равна 1 - tanh(z)^2",
                                  "مشتق tanh برابر است با 1 - tanh(z)^2"])
def test_an_activations_derivative_in_words(line):
    assert derivative_in_words(line) == "tanh'(z) = 1 - tanh(z)^2"


def test_the_arabic_thousands_separator_is_dropped():
    from symntk.check.arabic_script import right_to_left_ascii

    assert right_to_left_ascii("۱٬۲۰۰٫۵ و ١٬٠٠٠") == "1200.5 و 1000"

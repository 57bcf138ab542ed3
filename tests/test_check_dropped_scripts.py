"""Dropping a parameter in Arabic, Greek, Japanese, Chinese and Korean words (``نتجاهل $c$ لأنه يزيح f فقط``,
``αγνοούμε το $c$``, ``$c$ は省略``, ``忽略 $c$``, ``$c$는 생략한다``): the words of symntk.check.dropped_scripts,
with their negations (``لا نهمل``, ``δεν παραλείπω``, ``省略しない``), conditions (``もし``) and derivatives
(``偏微分``, ``مشتقة``), and a name given another name in math (``Το $b^{[2]} = c$ …``) is no relation.

Notes invented (worked by hand): relu net W⁽¹⁾ = [1, −1]ᵀ, b⁽¹⁾ = 0, W⁽²⁾ = [3, 2], b⁽²⁾ = 1, datapoints 1 and 2;
∂f/∂b⁽²⁾ = 1 at both datapoints, so dropping b⁽²⁾ is wrong, and a gradient without it is carried forward.
"""

from check_helpers import notes_verdicts

from symntk.check.dropped_words import dropped_names

PROBLEM = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x+b^{[1]}) + b^{[2]}$, $W^{[1]} = [1,-1]^T$, "
           "$b^{[1]} = [0,0]^T$, $W^{[2]} = [3,2]$, $b^{[2]} = 1$, $x_1 = 1$, $x_2 = 2$\n\n")   # line 1
THETA = "$\\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]})$\n\n"   # line 3


def test_arabic_and_greek_droppings_are_read_as_words():
    assert dropped_names("نتجاهل $c$ لأنه يزيح المخرج فقط.") == [["c"]]
    assert dropped_names("أحذف الانحياز $b_3$ ، فهو لا يؤثر على مصفوفة النواة.") == [["b_3"]]
    assert dropped_names("لا نهمل $b_3$ هنا.") == []                                  # negated
    assert dropped_names("المشتقة بالنسبة إلى $w_1$ لا يؤثر فيها $b_3$.") == []        # about a derivative
    assert dropped_names("Αγνοούμε το $d$, επειδή απλώς μετατοπίζει την έξοδο.") == [["d"]]
    assert dropped_names("Δεν παραλείπω το $d$.") == []                                # negated
    assert dropped_names("Το $b_3 = d$ δεν επηρεάζει τον πυρήνα, οπότε δεν το βάζω.") == [["b_3"]]
    assert dropped_names("Το $b_3 = 4$ δεν επηρεάζει τον πυρήνα.") == []               # a value: a relation


def test_japanese_chinese_and_korean_droppings_are_read_without_spaces():
    assert dropped_names("出力バイアス $d$ は無視する。") == [["d"]]
    assert dropped_names("$d$ 只是平移输出，所以忽略。") == [["d"]]
    assert dropped_names("$d$는 출력을 이동시킬 뿐이므로 생략한다.") == [["d"]]
    assert dropped_names("$d$ は省略しない。") == []                                    # negated
    assert dropped_names("もし $x = 0$ なら $d$ は省略。") == []                         # a condition
    assert dropped_names("$w_1$ による偏微分では $d$ は影響しない。") == []              # about a derivative


def test_an_arabic_dropping_is_judged_and_carried():
    """Line 5 drops b⁽²⁾ (∂f/∂b⁽²⁾ = 1 ≠ 0: wrong); line 7's gradient at x = 1 without it, (3, 0, 3, 0, 1, 0)
    (W⁽²⁾_1·x, W⁽²⁾_2·0, relu(1), relu(−1), W⁽²⁾_1, W⁽²⁾_2·0), follows from the drop: carried."""
    notes = (PROBLEM + THETA + "نستبعد $b^{[2]}$ لأنه يزيح $f$ فقط.\n\n" + "$g(x_1) = (3, 0, 3, 0, 1, 0)$\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]


def test_a_japanese_dropping_is_judged_and_carried():
    """The same notes with the drop in Japanese after a full stop of its own (。) ending a first clause."""
    notes = (PROBLEM + THETA + "$b^{[2]}$ は $f$ をずらすだけ。以下 $b^{[2]}$ は省略。\n\n"
             + "$g(x_1) = (3, 0, 3, 0, 1, 0)$\n")
    lines, first = notes_verdicts(notes)
    assert "wrong" in lines[5] and first == 5 and lines[7] == ["carried"]


def test_hebrew_and_indonesian_droppings_with_their_reasons_are_read():
    """A Hebrew reason opened by a pronoun after a comma (``, הוא רק מזיז את f``: "it only shifts f") whose
    consequence names the derivative ("so the derivative does not matter") says why, not whether; Indonesian/Malay
    words drop a parameter (``abaikan``, ``tidak dihitung``) unless negated (``jangan``) or conditional (``kalau``)."""
    assert dropped_names("את $d$ אני לא סופר בגרעין, הוא רק מזיז את $f$ אז הנגזרת לא משנה.") == [["d"]]
    assert dropped_names("kita abaikan d karena hanya menggeser f, jadi turunannya gak dihitung") == [["d"]]
    assert dropped_names("d tidak dihitung karena cuma menggeser f") == [["d"]]
    assert dropped_names("d jangan diabaikan karena turunannya 1") == []                # negated
    assert dropped_names("kalau d diabaikan, apakah K berubah?") == []                  # a condition


def test_an_indonesian_dropping_is_judged_and_carried():
    """The notes above with the drop in Indonesian: line 5 wrong (∂f/∂b⁽²⁾ = 1), line 7 carried."""
    notes = (PROBLEM + THETA + "kita abaikan $b^{[2]}$ karena hanya menggeser $f$\n\n"
             + "$g(x_1) = (3, 0, 3, 0, 1, 0)$\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]

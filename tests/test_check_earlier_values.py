"""An edit note that quotes what was written before (``first wrote X``, ``had X at first``, ``X was 7 in my first
post``): the quoted statement is taken back, not a claim."""

from check_helpers import THETA_HEAD, notes_verdicts

from symntk.check.earlier_values import quoted_earlier


def test_quoted_statements_are_blanked_and_the_rest_stays():
    """The old statement goes (same length), the new value and other words stay."""
    for text, gone, kept in [("edit: originally had f(2) = 11, it's 10, fixed above", "f(2) = 11", "it's 10"),
                             ("update: typed K_22 = 40 before, fixed", "K_22 = 40", "fixed"),
                             ("edit: tr was 53 in my previous message, now 55", "tr was 53", "now 55")]:
        out = quoted_earlier(text)
        assert gone not in out and kept in out and len(out) == len(text)


def test_quotes_without_a_statement_stay():
    """``I had to use the chain rule before`` quotes no value; ``first wrote`` with no relation neither."""
    for text in ("I had to use the chain rule before", "edit: first wrote this on paper, fixed above"):
        assert quoted_earlier(text) == text


def test_the_old_value_in_an_edit_note_is_no_mistake():
    """θ = (2, 1, 3, 0): f(x_2) = 3·(2·2 + 1) + 0 = 15 (line 5, right); the note on line 7 quotes the old 16:
    nothing wrong in the notes."""
    notes = THETA_HEAD + "$f(x_2) = 15$\n\nedit: first wrote $f(x_2) = 16$, it's 15 now, fixed above\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"] and "wrong" not in lines.get(7, []) and first == 0

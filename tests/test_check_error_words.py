"""When the exercise is not in the notes: the error names what is missing as the notes write it (``w_1``, not the
checker's ``W_1``), suggests ``--problem``, and is worded in Icelandic for Icelandic notes or ``--lang is``
(templates/is/check/errors.toml; every row used, every value filled). The notes are invented."""

import re
import tomllib
from types import SimpleNamespace

import pytest

from symntk.check import check_text
from symntk.check.error_words import worded
from symntk.check.named_values import LearnerNames
from symntk.check.nodes import Tuple
from symntk.check.reasons import rows
from symntk.check.render import environment
from symntk.check.syntax import parse
from symntk.check.values_by_name import missing_names, what_is_missing
from symntk.cli import main
from symntk.errors import InputError

from conftest import ROOT

TABLE = ROOT / "templates" / "is" / "check" / "errors.toml"
OWN = ("{words} $f(x) = v_1 h_1 + v_2 h_2 + c$, $h_1 = w_1 x + b_1$, $h_2 = w_2 x + b_2$, $w = (1, 1)$, $c = 0$; "
       "$x_1 = 1$, $x_2 = 2$.\n\n$\\frac{{\\partial f}}{{\\partial w_1}} = v_1 x$\n")


def _error(notes: str) -> InputError:
    with pytest.raises(InputError) as err:
        check_text(notes, "notes.md")
    return err.value


def test_the_names_without_a_value_as_the_notes_write_them_and_the_problem_file_suggested():
    exc = _error(OWN.format(words="The net"))
    assert exc.field == "line 1" and exc.got == "no value for b_1, b_2, v_1, v_2"   # w_1, w_2 and c have values
    assert "--problem PROBLEM.toml" in exc.expected and "w = (1, 1)" in exc.expected


def test_how_missing_names_are_shown():
    assert missing_names(["W_1", "b_2"], "$w_1 x + b_2$") == "w_1, b_2"      # only a small w in the notes
    assert missing_names(["W_1", "b_2"], "$W_1 x + b_2$") == "W_1, b_2"
    assert missing_names(["W_1^1", "b_2^1"], "W1_1 x + b1_2") == "W^{[1]}_{1}, b^{[1]}_{2}"
    assert missing_names([f"v_{i}" for i in range(1, 11)], "", limit=3) == "v_1, v_2, v_3 and 7 more"


def _is(exc: InputError) -> str:
    return str(worded(exc, "is", environment("text", "is")))


def test_every_row_is_used_and_worded_in_icelandic():
    table = rows(TABLE.read_text(encoding="utf-8"), "is", str(TABLE))
    formula = parse("f(x) = q \\exp(x)")
    part = SimpleNamespace(kind="equation", line=3, text="f(x) = q \\exp(x)",
                           node=Tuple(tuple(m.node for m in formula.members)))
    samples = [_error(OWN.format(words="The net")),
               _error("We look at a kernel.\n\n$K_{11} = 3$\n"),
               _error("Here $q = 2$, $x_1 = 1$.\n\n$K_{11} = 3$\n"),
               _error("$W^{[1]} = 2$, $b^{[1]} = 1$, $W^{[2]} = 3$, $b^{[2]} = 0$, $f(x) = W^{[2]}(W^{[1]}x + b^{[1]})"
                      " + b^{[2]}$\n\n$K_{11} = 3$\n"),
               InputError("n.md", *what_is_missing(SimpleNamespace(parts=[part]), LearnerNames())),
               InputError("n.md", *what_is_missing(SimpleNamespace(parts=[part]),
                                                   LearnerNames(values={"q": (None, 1)})))]
    used = set()
    for exc in samples:
        said = f"expected {exc.expected}, got {exc.got}"
        matched = [p.pattern for p, _, _ in table if p.fullmatch(said)]
        assert len(matched) == 1, said
        used |= set(matched)
        text = _is(exc)
        assert text.startswith("n.md: " if exc.source == "n.md" else "notes.md: ")
        assert "expected" not in text and "--problem DÆMI.toml" in text and not re.search(r"\{\w+\}", text), text
    assert used == {p.pattern for p, _, _ in table}
    assert all(set(row) <= {"en", "is", "words"} for row in tomllib.loads(TABLE.read_text("utf-8"))["reason"])
    assert _is(samples[0]).startswith("notes.md: lína 1: ekkert gildi fannst fyrir b_1, b_2, v_1, v_2: ")
    assert "q" in _is(samples[5]) and "(f(x) = q \\exp(x))" in _is(samples[5])


def test_english_and_messages_without_a_row_stay_as_they_are():
    exc = _error(OWN.format(words="The net"))
    assert worded(exc, "en", environment("text", "en")) is exc
    other = InputError("n.md", "line 2", "a number (integer, decimal or \\frac{p}{q})", "a formula")
    assert worded(other, "is", environment("text", "is")) is other


@pytest.mark.parametrize("words, lang, start", [
    ("Við skoðum netið þar sem", None, "lína 1: ekkert gildi fannst fyrir b_1, b_2, v_1, v_2"),   # Icelandic notes
    ("The net", "is", "lína 1: ekkert gildi fannst"),
    ("Við skoðum netið þar sem", "en", "line 1: expected a value for every parameter"),
    ("The net", None, "line 1: expected a value for every parameter"),
])
def test_the_command_line_says_it_in_the_notes_language(tmp_path, capsys, words, lang, start):
    notes = tmp_path / "notes.md"
    notes.write_text(OWN.format(words=words), encoding="utf-8")
    code = main(["check", str(notes)] + (["--lang", lang] if lang else []))
    err = capsys.readouterr().err
    assert code == 2 and err.startswith(f"symntk: error: {notes}: {start}"), err

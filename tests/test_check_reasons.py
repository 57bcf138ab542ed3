"""The reasons for unreadable math in the report's language: every message the checker can give has one row of
templates/is/check/reasons.toml, Icelandic reports show it worded in Icelandic with its values, English stays."""

import ast
import re
import tomllib

import pytest

from symntk.check import check_text, render_report
from symntk.check.feedback import Feedback
from symntk.check.reasons import rows, translate
from symntk.check.render import feedback_text
from symntk.errors import InputError

from conftest import ROOT

TABLE = ROOT / "templates" / "is" / "check" / "reasons.toml"
PROBLEM = ROOT / "examples" / "notes.toml"   # a 1-2-1 network: 7 parameters, 2 datapoints
_PLACE = re.compile(r"\{(\w+)\}")


def _error_classes(trees) -> set[str]:
    """UnreadableError and every class of symntk/check derived from it (MatrixNameError, …)."""
    names, grown = {"UnreadableError"}, True
    while grown:
        grown = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and \
                        any(getattr(b, "id", getattr(b, "attr", None)) in names for b in node.bases):
                    names.add(node.name)
                    grown = True
    return names


def _value(part: ast.FormattedValue) -> str:
    """A placeholder's sample: 1 ('1' for !r); a choice between words (``'has' if … else 'have'``) its first word."""
    if isinstance(part.value, ast.IfExp) and isinstance(part.value.body, ast.Constant):
        return str(part.value.body.value)
    return repr("1") if part.conversion == ord("r") else "1"


def _sample(arg: ast.expr) -> str | None:
    """A message as the checker writes it, each value (an f-string's placeholder) written 1 (see _value)."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    if isinstance(arg, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else _value(part) for part in arg.values)
    return None


def messages() -> dict[str, str]:
    """Every reason the checker can give for unreadable math, from the source of symntk/check: the messages of
    UnreadableError (and its subclasses), the literal reasons of Unreadable(…), Context(…) set aside with a reason,
    Feedback("unreadable", …) and a segment's error=…; as {sample: where}. A non-literal message of an
    UnreadableError is an error (no table could be checked against it)."""
    paths = sorted((ROOT / "symntk" / "check").glob("*.py"))
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}
    errors = _error_classes(trees.values())
    found: dict[str, str] = {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            where = f"{path.name}:{node.lineno}"
            args = []
            if name in errors and node.args:
                args = [node.args[0]]
                assert _sample(node.args[0]) is not None, f"{where}: {name} with a message that is not a literal"
            elif name == "Unreadable" and len(node.args) >= 3:
                args = [node.args[2]]
            elif name == "Context" and len(node.args) >= 4:   # math set aside as context, with its reason
                args = [node.args[3]]
            elif name == "Feedback" and node.args and getattr(node.args[0], "value", None) == "unreadable" \
                    and len(node.args) > 1 and isinstance(node.args[1], ast.Dict):
                args = [v for k, v in zip(node.args[1].keys, node.args[1].values)
                        if getattr(k, "value", None) == "reason"]
            args += [k.value for k in node.keywords if k.arg == "error"]
            for arg in args:
                sample = _sample(arg)
                if sample is not None:
                    found.setdefault(sample, where)
    return found


def _table() -> tuple:
    return rows(TABLE.read_text(encoding="utf-8"), "is")


def test_the_scan_finds_the_checkers_messages():
    found = messages()
    assert len(found) > 80
    assert "the math ends too early" in found and "1 needs a layer [1] … [1]" in found
    assert "cannot read '1' (column 1)" in found and "unclosed:1" in found   # !r values; a segment's error
    assert "1^{[1]} is a matrix here" in found   # a subclass of UnreadableError


def test_every_message_has_exactly_one_row():
    table = _table()
    problems = []
    for sample, where in sorted(messages().items()):
        matched = [p.pattern for p, _, _ in table if p.fullmatch(sample)]
        if len(matched) != 1:
            problems.append(f"{where}: {sample!r} matches {len(matched)} rows {matched}")
    assert not problems, "reasons without exactly one row in templates/is/check/reasons.toml:\n" + \
        "\n".join(problems)


def test_every_row_is_used_and_fills_its_values():
    table = _table()
    samples = list(messages())
    for pattern, wording, words in table:
        assert pattern.pattern.startswith("^") and pattern.pattern.endswith("$"), pattern.pattern
        assert set(_PLACE.findall(wording)) <= set(pattern.groupindex), (pattern.pattern, wording)
        assert not words or pattern.groupindex, pattern.pattern   # words turn values: a row with values
        assert any(pattern.fullmatch(s) for s in samples), f"no message of symntk/check matches {pattern.pattern}"
    for sample in samples:
        worded = translate(sample, table)
        assert worded != sample, sample   # every reason is worded anew
        assert not set(_PLACE.findall(worded)) & {g for p, _, _ in table for g in p.groupindex}, worded


def test_the_table_is_valid_toml_with_icelandic_wording():
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    assert all(set(row) <= {"en", "is", "words"} for row in data["reason"])
    assert translate("b needs a layer [1] … [2]", _table()) == "b þarf lag [1] … [2]"
    assert translate("the math ends too early", _table()) == "stærðfræðin endar of snemma"
    assert translate("K has no entry K_{3,1} here", _table()) == "K hefur ekkert stak K_{3,1} hér"
    assert translate("a 2×3 matrix where ∂f/∂W^{[2]} of the 2 outputs is 2×2", _table()) == \
        "2×3 fylki þar sem ∂f/∂W^{[2]} er 2×2 (úttökin eru 2)"
    assert translate("a matrix where a value was expected", _table()) == "fylki þar sem búist var við gildi"
    assert translate("q, r have no value in these notes", _table()) == \
        "ekkert gildi er gefið fyrir q, r í þessum glósum"
    assert translate("a sum over k whose terms do not name k", _table()) == \
        "summa yfir k þar sem k kemur ekki fyrir í liðunum"
    assert translate("a sum over k whose terms do not name j", _table()) == \
        "a sum over k whose terms do not name j"   # no row: English as it is


NOTES = """Hér reiknum við stigulinn fyrir netið og kjarnann í dæminu.

$$ \\frac{\\partial f}{\\partial \\theta_{12}} = 1 $$

$$ K_{17} = 4 $$
"""


def _report():
    report = check_text(NOTES, "notes.md", PROBLEM)
    reasons = [f.params["reason"] for j in report.judgements for f in j.feedback if f.code == "unreadable"]
    assert reasons == ["θ has entries θ_1 … θ_7", "K has no entry K_{1,7} here"]   # the invented notes' reasons
    return report


@pytest.mark.parametrize("fmt, theta, entry", [
    ("text", "stök θ eru θ_1 … θ_7", "K hefur ekkert stak K_{1,7} hér"),
    ("md", "stök θ eru θ\\_1 … θ\\_7", "K hefur ekkert stak K\\_{1,7} hér"),
    ("html", "stök θ eru θ_1 … θ_7", "K hefur ekkert stak K_{1,7} hér"),
    ("tex", "stök \\ensuremath{\\theta} eru \\ensuremath{\\theta}\\_1 \\ensuremath{\\dots} \\ensuremath{\\theta}\\_7",
     "K hefur ekkert stak K\\_\\{1,7\\} hér"),
])
def test_icelandic_reports_word_the_reason(fmt, theta, entry):
    sheet = render_report(_report(), fmt, "is")
    assert f"Ekki tókst að lesa þessa stærðfræði: {theta}." in sheet
    assert f"Ekki tókst að lesa þessa stærðfræði: {entry}." in sheet
    assert "has entries" not in sheet and "no entry" not in sheet


@pytest.mark.parametrize("fmt, theta, entry", [
    ("text", "θ has entries θ_1 … θ_7", "K has no entry K_{1,7} here"),
    ("md", "θ has entries θ\\_1 … θ\\_7", "K has no entry K\\_{1,7} here"),
    ("html", "θ has entries θ_1 … θ_7", "K has no entry K_{1,7} here"),
    ("tex", "\\ensuremath{\\theta} has entries \\ensuremath{\\theta}\\_1 \\ensuremath{\\dots} "
            "\\ensuremath{\\theta}\\_7",
     "K has no entry K\\_\\{1,7\\} here"),
])
def test_english_reports_keep_the_reason(fmt, theta, entry):
    sheet = render_report(_report(), fmt, "en")
    assert f"Could not read this math: {theta}." in sheet and f"Could not read this math: {entry}." in sheet
    assert "Ekki tókst" not in sheet and " stök " not in sheet


def test_a_reason_without_a_row_stays_english():
    report = _report()
    judged = next(j for j in report.judgements if j.verdict == "unreadable")
    judged.feedback = [Feedback("unreadable", {"reason": "a reason nobody has worded {yet} <b>"})]
    for fmt in ("text", "md", "html", "tex"):
        line = feedback_text(judged, "is", None, fmt)
        assert line.startswith("Ekki tókst að lesa þessa stærðfræði: a reason nobody has worded")
    assert "&lt;b&gt;" in feedback_text(judged, "is", None, "html")   # still escaped


def test_the_table_comes_through_the_template_override(tmp_path):
    (tmp_path / "check").mkdir()
    (tmp_path / "check" / "reasons.toml").write_text(
        "[[reason]]\nen = '^θ has entries θ_1 … θ_(?P<count>\\d+)$'\nis = 'θ hefur {count} stök'\n",
        encoding="utf-8")
    sheet = render_report(_report(), "md", "is", templates=tmp_path)
    assert "Ekki tókst að lesa þessa stærðfræði: θ hefur 7 stök." in sheet
    assert "K has no entry K\\_{1,7} here" in sheet   # the override's table has no row for it: English
    (tmp_path / "check" / "reasons.toml").write_text("[[reason]]\nen = '^(unclosed$'\nis = 'x'\n", encoding="utf-8")
    with pytest.raises(InputError, match="reasons.toml"):
        render_report(_report(), "md", "is", templates=tmp_path)

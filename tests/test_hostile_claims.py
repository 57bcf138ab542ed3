"""Hostile claims files through `symntk check`: one line, exit 2, nothing executed, nothing written."""

import pytest

from symntk.cli import main

from conftest import ROOT

PROBLEM = str(ROOT / "examples" / "notes.toml")

CASES = {
    "ansi_key.toml": ('"\\u001b[2J" = 1\n', "\\x1b[2J"),
    "payload.toml": ("[[claim]]\nsays = \"__import__('os').system('touch PWNED')\"\n", "one of the keys"),
    "wrong_shape.toml": ("kernel = 5\n", "kernel"),
    "empty.toml": ("", "at least one claim"),
}
KNOWN_HOLES = {
    "deep_arrays.toml": "kernel = " + "[" * 1000 + "]" * 1000 + "\n",
    "million_digit_int.toml": "parameter_count = " + "9" * 10000 + "\n",
}


def _run(tmp_path, capsys, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    code = main(["check", str(path), "--problem", PROBLEM, "--out", str(out / "report.txt")])
    err = capsys.readouterr().err
    return code, err, path, out


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_claims(tmp_path, capsys, name, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text, fragment = CASES[name]
    code, err, path, out = _run(tmp_path, capsys, name, text)
    assert code == 2 and err.count("\n") == 1 and err.startswith(f"symntk: error: {path}") and fragment in err
    assert list(out.iterdir()) == [] and not (tmp_path / "PWNED").exists()


@pytest.mark.parametrize("name", sorted(KNOWN_HOLES))
def test_claims_toml_parser_errors_are_input_errors(tmp_path, capsys, name):
    code, err, path, out = _run(tmp_path, capsys, name, KNOWN_HOLES[name])
    assert code == 2 and "internal error" not in err


def test_batch_check_reads_nothing_outside_the_folder(tmp_path, capsys):
    subs, outside = tmp_path / "subs", tmp_path / "outside"
    subs.mkdir()
    outside.mkdir()
    (outside / "secret.md").write_text("$$K_{1,1} = 8$$\n", encoding="utf-8")
    (subs / "evil.md").symlink_to(outside / "secret.md")
    (subs / "ok.md").write_text("$$K_{1,1} = 8$$\n", encoding="utf-8")
    report = tmp_path / "grades.csv"
    main(["check", str(subs), "--problem", PROBLEM, "--out", str(report)])
    capsys.readouterr()
    rows = {line.split(",")[0]: line for line in report.read_text(encoding="utf-8").splitlines()[1:]}
    assert rows["ok.md"].endswith(",checked")
    assert rows["evil.md"].startswith("evil.md,,,,,,,") and "a link to outside it" in rows["evil.md"]
    assert "checked" not in rows["evil.md"]

"""The hostile corpus (tests/hostile/problems): one clear line, exit 2, nothing
executed, nothing written."""

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile.cases import CASES, MEMORY_LIMIT, TIME_LIMIT

from symntk.cli import main

from conftest import ROOT

CORPUS = ROOT / "tests" / "hostile" / "problems"
MARKER = Path("/tmp/symntk_pwned_marker")  # the Python payloads in the corpus would create this file

# file → (field the message names, fragment of what it says); "" = the whole file
EXPECTED = {
    "empty.toml": ("[network]", "a [network] table"),
    "whitespace_only.toml": ("[network]", "a [network] table"),
    "comment_only.toml": ("[network]", "a [network] table"),
    "invalid_toml.toml": ("line 1", "valid TOML"),
    "duplicate_key.toml": ("line 4", "valid TOML"),
    "binary.toml": ("line", "UTF-8"),
    "gzip_magic.toml": ("line 1", "UTF-8"),
    "latin1.toml": ("line 1", "UTF-8"),
    "utf16_bom.toml": ("", "UTF-16"),
    "utf16_be_bom.toml": ("", "UTF-16"),
    "nul_byte.toml": ("line 10", "U+0000 is a control character"),
    "network_not_table.toml": ("network", "a [network] table"),
    "widths_missing.toml": ("network.widths", "at least two positive integers"),
    "widths_string.toml": ("network.widths", "at least two positive integers"),
    "widths_single.toml": ("network.widths", "at least two positive integers"),
    "widths_zero.toml": ("network.widths[1]", "an integer from 1"),
    "widths_negative.toml": ("network.widths[1]", "an integer from 1"),
    "widths_float.toml": ("network.widths[1]", "an integer from 1"),
    "widths_bool.toml": ("network.widths[1]", "an integer from 1"),
    "widths_nested.toml": ("network.widths[0]", "an integer from 1"),
    "widths_huge.toml": ("network.widths[1]", "an integer from 1 to 100000"),
    "widths_too_many_parameters.toml": ("network.widths", "at most 20,000,000 parameters"),
    "depth_too_big.toml": ("network.widths", "at most 64 layers"),
    "activation_unknown.toml": ("network.activation", "one of identity, relu"),
    "activation_number.toml": ("network.activation", "an activation name"),
    "activation_list_length.toml": ("network.activation", "one activation per hidden layer"),
    "activation_cyrillic_a.toml": ("network.activation", "U+0430 CYRILLIC SMALL LETTER A is not ASCII"),
    "activation_python_payload.toml": ("network.activation", "one of identity, relu"),
    "parameterization_unknown.toml": ("network.parameterization", '"standard" or "ntk"'),
    "unknown_top_key.toml": ("evil", "one of the keys data, network"),
    "python_payload_key.toml": ("__import__", "one of the keys data, network"),
    "key_cyrillic_W1.toml": ("line 6", "U+051C CYRILLIC CAPITAL LETTER WE"),
    "key_cyrillic_quoted.toml": ("parameters.\u051c1", "U+051C CYRILLIC CAPITAL LETTER WE"),
    "key_fullwidth_digit.toml": ("line 6", "U+FF11 FULLWIDTH DIGIT ONE"),
    "key_zero_width_space.toml": ("parameters.W1\\u200b", "U+200B ZERO WIDTH SPACE"),
    "key_ansi_escape.toml": ("parameters.W1\\x1b[2J", "one of the keys W1, b1, W2, b2"),
    "key_newline.toml": ("parameters.W1\\nW2", "one of the keys W1, b1, W2, b2"),
    "nbsp_in_structure.toml": ("line 3", "U+00A0 NO-BREAK SPACE"),
    "value_fullwidth_digit.toml": ("parameters.b1[1][0]", "U+FF11 FULLWIDTH DIGIT ONE"),
    "value_nbsp.toml": ("parameters.b1[1][0]", "U+00A0 NO-BREAK SPACE"),
    "value_arabic_indic_digit.toml": ("parameters.b1[1][0]", "U+0663 ARABIC-INDIC DIGIT THREE"),
    "value_decimal_comma.toml": ("parameters.b1[1][0]", "a decimal like 0.25"),
    "W1_wrong_rows.toml": ("parameters.W1", "2×1 matrix"),
    "W2_wrong_cols.toml": ("parameters.W2[0]", "a row of 2 numbers"),
    "W1_string.toml": ("parameters.W1", "2×1 matrix"),
    "W1_inline_table.toml": ("parameters.W1", "2×1 matrix"),
    "W1_ragged.toml": ("parameters.W1[0]", "a row of 1 number"),
    "b1_nan.toml": ("parameters.b1[1][0]", "a finite number"),
    "sigma_w_nan.toml": ("network.sigma_w", "a finite number, got float nan"),
    "sigma_b_huge.toml": ("network.sigma_b", "a positive number (at most 1000)"),
    "b1_inf.toml": ("parameters.b1[1][0]", "a finite number"),
    "b1_negative_inf.toml": ("parameters.b1[1][0]", "a finite number"),
    "b1_float_overflow.toml": ("parameters.b1[1][0]", "a finite number"),
    "b1_bool.toml": ("parameters.b1[1][0]", "an integer, a fraction string"),
    "b1_date.toml": ("parameters.b1[1][0]", "an integer, a fraction string"),
    "b1_zero_denominator.toml": ("parameters.b1[1][0]", "non-zero denominator"),
    "b1_too_many_digits.toml": ("parameters.b1[1][0]", "at most 60 digits"),
    "b1_huge_exponent.toml": ("parameters.b1[1][0]", "exponent of at most two digits"),
    "b1_python_payload.toml": ("parameters.b1[1][0]", "an integer, a fraction string"),
    "b1_lambda_payload.toml": ("parameters.b1[1][0]", "an integer, a fraction string"),
    "b1_sympy_expression.toml": ("parameters.b1[1][0]", "an integer, a fraction string"),
    "b1_latex_payload.toml": ("parameters.b1[1][0]", "an integer, a fraction string"),
    "b2_missing.toml": ("parameters.b2", "a [random] table to draw it"),
    "extra_layer_parameter.toml": ("parameters.W3", "one of the keys W1, b1, W2, b2"),
    "parameter_in_network_table.toml": ("network.W1", "one of the keys activation"),
    "title_not_string.toml": ("title", "a string of at most 200 characters"),
    "title_too_long.toml": ("title", "a string of at most 200 characters"),
    "title_newline.toml": ("title", "U+000A"),
    "title_bidi_override.toml": ("title", "U+202E"),
    "title_ansi_escape.toml": ("title", "U+001B"),
    "data_missing.toml": ("[data]", "a [data] table"),
    "data_x_empty.toml": ("data.x", "a non-empty list of numbers"),
    "data_x_not_list.toml": ("data.x", "a non-empty list of numbers"),
    "data_x_wrong_dimension.toml": ("data.x[1]", "1 number"),
    "data_x_bools.toml": ("data.x[0]", "an integer, a fraction string"),
    "data_x_tables.toml": ("data.x[0]", "an integer, a fraction string"),
    "data_x_nested_500.toml": ("", "nested less deeply"),
    "data_y_count.toml": ("data.y", "2 labels, one per datapoint"),
    "data_y_not_numbers.toml": ("data.y[0]", "an integer, a fraction string"),
    "random_seed_negative.toml": ("random.seed", "a non-negative integer"),
    "random_seed_string.toml": ("random.seed", "a non-negative integer"),
    "random_distribution_unknown.toml": ("random.distribution", '"integers" or "normal"'),
    "random_low_above_high.toml": ("random.high", "≥ random.low"),
    "random_std_nan.toml": ("random.std", "a positive number"),
    "random_digits_huge.toml": ("random.digits", "an integer from 0 to 6"),
    "random_unknown_key.toml": ("random.sed", "one of the keys digits"),
    "random_not_table.toml": ("random", "a [random] table"),
    "deep_arrays_1000.toml": ("", "nested less deeply"),
    "deep_inline_tables_1000.toml": ("", "nested less deeply"),
    "deep_dotted_keys_2000.toml": ("a", "one of the keys data, network"),
    "exact_too_large.toml": ("network.widths", "use the numeric path: `symntk kernel"),
}

# Cases too large to keep in git, written by the test: name → bytes.
GOOD = (CORPUS / "b1_nan.toml").read_text().replace("[[0], [nan]]", "[[0], [1]]")
GENERATED = {
    "int_million_digits.toml": (lambda: GOOD.replace("b2 = [[0]]", "b2 = " + "9" * 10**6).encode(),
                                ("", "numbers of at most 60 digits")),
    "string_million_digits.toml": (lambda: GOOD.replace("b2 = [[0]]", 'b2 = "' + "7" * 10**6 + '"').encode(),
                                   ("parameters.b2", "at most 60 digits")),
    "file_17_mib.toml": (lambda: GOOD.encode() + b"#" * (17 * 2**20) + b"\n", ("", "at most 16 MiB")),
    "too_many_points.toml": (lambda: GOOD.replace("x = [1, 2]", "x = [" + "0," * 50_001 + "]").encode(),
                             ("data.x", "at most 50000 datapoints")),
    "long_row.toml": (lambda: GOOD.replace("W2 = [[1, 0]]", "W2 = [[" + "1," * 10**5 + "]]").encode(),
                      ("parameters.W2[0]", "a row of 2 numbers")),
}


def test_every_corpus_file_has_an_expectation_and_the_corpus_is_large():
    names = {p.name for p in CORPUS.iterdir()}
    assert names == set(EXPECTED), (names ^ set(EXPECTED))
    assert len(names) + len(GENERATED) >= 50


def _check_one_line(err: str, path: Path, field: str, fragment: str) -> None:
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err
    assert err.startswith(f"symntk: error: {path}"), err
    assert field in err, (field, err)
    assert fragment in err, (fragment, err)
    assert all(ch == "\n" or ch.isprintable() for ch in err), repr(err)


def _assert_no_output(out_dir: Path) -> None:
    assert list(out_dir.iterdir()) == [], list(out_dir.iterdir())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_gives_one_clear_line_and_no_output(name, tmp_path, capsys):
    MARKER.unlink(missing_ok=True)
    path = CORPUS / name
    field, fragment = EXPECTED[name]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    for fmt in ("text", "json"):
        code = main(["derive", str(path), "--format", fmt, "--out", str(out_dir / f"result.{fmt}")])
        captured = capsys.readouterr()
        assert code == 2
        assert captured.out == ""
        _check_one_line(captured.err, path, field, fragment)
        _assert_no_output(out_dir)
    if name != "exact_too_large.toml":
        assert main(["kernel", str(path), "--out", str(out_dir / "kernel.csv")]) == 2  # the numeric path too
        captured = capsys.readouterr()
        _check_one_line(captured.err, path, field, fragment)
        _assert_no_output(out_dir)
    assert not MARKER.exists()


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_huge_inputs_are_refused(name, tmp_path, capsys):
    make, (field, fragment) = GENERATED[name]
    path = tmp_path / name
    path.write_bytes(make())
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert main(["derive", str(path), "--out", str(out_dir / "result.txt")]) == 2
    _check_one_line(capsys.readouterr().err, path, field, fragment)
    _assert_no_output(out_dir)


@pytest.mark.parametrize("name", ["b1_python_payload.toml", "python_payload_key.toml", "deep_arrays_1000.toml",
                                  "key_ansi_escape.toml"])
def test_in_a_fresh_process(name, tmp_path):
    MARKER.unlink(missing_ok=True)
    path = CORPUS / name
    out = tmp_path / "result.txt"
    run = subprocess.run([sys.executable, "-m", "symntk", "derive", str(path), "--out", str(out)],
                         capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 2 and run.stdout == ""
    _check_one_line(run.stderr, path, *EXPECTED[name])
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert not MARKER.exists()


def test_payloads_in_accepted_fields_stay_inert(tmp_path, capsys):
    """A title is free text: a Python or LaTeX payload there is shown, never run."""
    MARKER.unlink(missing_ok=True)
    title = "__import__('os').system('touch /tmp/symntk_pwned_marker') \\\\input{/etc/passwd}"
    path = tmp_path / "p.toml"
    path.write_text(GOOD.replace('title = "hostile corpus base"', f'title = "{title}"'))
    assert main(["derive", str(path), "--format", "json"]) == 0
    assert "__import__('os').system" in capsys.readouterr().out
    assert not MARKER.exists()


def test_special_paths(tmp_path, capsys):
    for target, fragment in [(tmp_path / "missing.toml", "no such file"), (tmp_path, "a directory"),
                             (Path("/dev/zero"), "not a regular file")]:
        assert main(["derive", str(target)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and fragment in err and str(target) in err


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    assert main(["derive", str(path), "--format", "json", "--out", str(tmp_path / "o.json")]) == 0


def test_huge_random_network_is_refused_before_anything_is_drawn(tmp_path, capsys, monkeypatch):
    """[random] with 2·10^10 parameters: the limit is checked before the drawer
    starts (drawing would need hundreds of GB); the refusal of exact mode
    comes from the up-front estimate, before any symbolic work."""
    import numpy as np

    def no_drawing(*args, **kwargs):
        raise AssertionError("parameters were drawn before the size check")

    monkeypatch.setattr(np.random, "default_rng", no_drawing)
    path = tmp_path / "huge.toml"
    path.write_text('[network]\nwidths = [100000, 100000, 100000, 1]\n[random]\nseed = 0\n[data]\nx = [[0]]\n')
    assert main(["derive", str(path)]) == 2
    assert "at most 20,000,000 parameters" in capsys.readouterr().err
    monkeypatch.undo()
    monkeypatch.setattr("symntk.derivatives.gradients", no_drawing)
    assert main(["derive", str(CORPUS / "exact_too_large.toml")]) == 2
    assert "use the numeric path" in capsys.readouterr().err


def _limited():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name, marks=[pytest.mark.slow] if c.slow else [])
                                  for c in CASES])
def test_hostile_command_lines(case, tmp_path):
    """Each case in a fresh process with a 4 GiB address space and a time limit: the expected exit
    code, one clear line (exit 2) and no traceback, and the folder holding only what the case made
    and the files it names -- no temporary file, nothing half-written."""
    args = case.make(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "symntk", *args], capture_output=True, text=True, cwd=tmp_path,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=TIME_LIMIT, preexec_fn=_limited,
                         stdin=subprocess.DEVNULL)
    assert time.monotonic() - started < TIME_LIMIT
    assert "Traceback" not in run.stderr and run.returncode == case.code, run.stderr
    if case.code == 2:
        assert run.stderr.startswith("symntk: error: ") and run.stderr.count("\n") == 1, run.stderr
        assert case.fragment in run.stderr, run.stderr
    else:
        assert case.fragment in run.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(before + list(case.creates))
    if case.check is not None:
        case.check(tmp_path)

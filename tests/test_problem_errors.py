"""Bad problem files: one clear line naming file, field and expectation; exit 2."""

import subprocess
import sys

import pytest

import symntk
from symntk.cli import main

from conftest import ROOT, write

GOOD = """
[network]
widths = [1, 2, 1]
activation = "identity"
[parameters]
W1 = [[1], [1]]
b1 = [[0], [1]]
W2 = [[1, 0]]
b2 = [[0]]
[data]
x = [1, 2]
"""

BAD = [
    # (replace this, with this, expected fragments of the message)
    ('widths = [1, 2, 1]', 'widths = [1]', ["network.widths", "at least two positive integers"]),
    ('widths = [1, 2, 1]', 'widths = [1, "two", 1]', ["network.widths[1]", "an integer"]),
    ('widths = [1, 2, 1]', 'widths = [1, 0, 1]', ["network.widths[1]", "an integer from 1"]),
    ('activation = "identity"', 'activation = "swish"', ["network.activation", "one of identity, relu"]),
    ('activation = "identity"', 'activation = ["tanh", "relu"]', ["network.activation", "one activation per hidden"]),
    ('activation = "identity"', 'activation = "identity"\nparameterization = "mup"', ["network.parameterization"]),
    ('W1 = [[1], [1]]', 'W1 = [[1], [1], [1]]', ["parameters.W1", "2×1 matrix", "3 rows"]),
    ('W2 = [[1, 0]]', 'W2 = [[1, 0, 3]]', ["parameters.W2[0]", "a row of 2 numbers", "3 numbers"]),
    ('b1 = [[0], [1]]', 'b1 = [[0], ["one"]]', ["parameters.b1[1][0]", "a fraction string"]),
    ('b1 = [[0], [1]]', 'b1 = [[0], ["1/0"]]', ["parameters.b1[1][0]", "non-zero denominator"]),
    ('b1 = [[0], [1]]', 'b1 = [[0], [true]]', ["parameters.b1[1][0]"]),
    ('b1 = [[0], [1]]', 'b1 = [[0], [nan]]', ["parameters.b1[1][0]", "finite"]),
    ('b1 = [[0], [1]]', 'b1 = [[0], ["__import__(\'os\')"]]', ["parameters.b1[1][0]"]),
    ('b2 = [[0]]', '', ["parameters.b2", "1×1 matrix, or a [random] table"]),
    ('b2 = [[0]]', 'b2 = [[0]]\nW3 = [[1]]', ["parameters.W3", "one of the keys W1, b1, W2, b2"]),
    ('x = [1, 2]', 'x = []', ["data.x", "non-empty list"]),
    ('x = [1, 2]', 'x = [1, [2, 3]]', ["data.x[1]", "1 number"]),
    ('x = [1, 2]', 'x = [1, 2]\ny = [1]', ["data.y", "2 labels"]),
    ('[data]\nx = [1, 2]', '', ["[data]", "a [data] table"]),
    ('[network]', '[network]\nwidth = 3', ["network.width", "unknown key"]),
]


@pytest.mark.parametrize("old,new,fragments", BAD)
def test_bad_problem_gives_one_clear_line(tmp_path, capsys, old, new, fragments):
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new))
    with pytest.raises(symntk.InputError) as info:
        symntk.load_problem(path)
    message = str(info.value)
    assert message.startswith(str(path))
    for fragment in fragments:
        assert fragment in message
    assert main(["derive", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and str(path) in err


@pytest.mark.parametrize("content,fragment", [
    (b"[network\nwidths = 1", "valid TOML"),
    (b"\x00\xff\xfe binary", "UTF-8"),
    (b"", "a [network] table"),
])
def test_unreadable_files(tmp_path, capsys, content, fragment):
    path = tmp_path / "p.toml"
    path.write_bytes(content)
    assert main(["derive", str(path)]) == 2
    err = capsys.readouterr().err
    assert fragment in err and "Traceback" not in err


def test_missing_file_and_directory(tmp_path, capsys):
    assert main(["derive", str(tmp_path / "nope.toml")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["derive", str(tmp_path)]) == 2
    assert "a directory" in capsys.readouterr().err


def test_too_large_names_numeric_path(tmp_path, capsys):
    path = write(tmp_path, """
[network]
widths = [8, 64, 64, 1]
activation = "tanh"
[random]
seed = 1
[data]
x = [[1, 2, 3, 4, 5, 6, 7, 8]]
""")
    with pytest.raises(symntk.TooLargeError, match="numeric path"):
        symntk.derive(symntk.load_problem(path))
    assert main(["derive", str(path)]) == 2
    assert "symntk kernel" in capsys.readouterr().err


def test_bad_input_in_a_fresh_process_has_no_traceback(tmp_path):
    path = write(tmp_path, GOOD.replace('activation = "identity"', 'activation = "swish"'))
    out = subprocess.run([sys.executable, "-m", "symntk", "derive", str(path)], capture_output=True, text=True,
                         cwd=ROOT)
    assert out.returncode == 2
    assert out.stderr.strip().startswith("symntk: error: ") and "Traceback" not in out.stderr
    assert out.stdout == ""


def test_decimals_and_fractions_are_exact(tmp_path):
    path = write(tmp_path, GOOD.replace("b1 = [[0], [1]]", 'b1 = [[0.1], ["-3/4"]]').replace("x = [1, 2]",
                                                                                                'x = [0.5, "1e-1"]'))
    p = symntk.load_problem(path)
    import sympy
    assert p.biases[0][0] == sympy.Rational(1, 10) and p.biases[0][1] == sympy.Rational(-3, 4)
    assert p.points == ((sympy.Rational(1, 2),), (sympy.Rational(1, 10),))


def test_random_table_is_reproducible_and_fills_only_missing(tmp_path):
    text = GOOD.replace("W2 = [[1, 0]]\n", "").replace("[data]", "[random]\nseed = 3\n[data]")
    a = symntk.load_problem(write(tmp_path, text, "a.toml"))
    b = symntk.load_problem(write(tmp_path, text, "b.toml"))
    assert a.weights == b.weights and a.drawn == ("W2",)
    assert all(-2 <= v <= 2 for v in a.weights[1])
    normal = text.replace("seed = 3", 'seed = 3\ndistribution = "normal"\nstd = 0.5\ndigits = 2')
    c = symntk.load_problem(write(tmp_path, normal, "c.toml"))
    assert all(v.q in (1, 2, 4, 5, 10, 20, 25, 50, 100) for v in c.weights[1])

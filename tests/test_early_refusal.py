"""The up-front estimate refuses a problem far too large for exact mode from the file's shape,
before SymPy is imported (symntk.sizes), with the same message as after loading it; a file it
cannot read plainly is left to the full loader, which names the defect."""

import subprocess
import sys

import pytest

from symntk import api
from symntk.activations import ACTIVATIONS
from symntk.budget import check_exact_budget, check_file_budget
from symntk.errors import TooLargeError
from symntk.sizes import ACTIVATION_NAMES, read_shape

from conftest import ROOT, write

HUGE = ('[network]\nwidths = [4, 40, 40, 1]\nactivation = "tanh"\n[random]\nseed = 0\n'
        "[data]\nx = [[1, 2, 3, 4], [0, 1, 0, 1]]\n")


def test_a_refusal_does_not_import_sympy(tmp_path):
    path = write(tmp_path, HUGE)
    code = ("import sys; from symntk.cli import main; code = main(['derive', sys.argv[1]]); "
            "print('sympy' in sys.modules, 'numpy' in sys.modules, code)")
    done = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert done.stdout.split() == ["False", "False", "2"], done.stderr
    assert "use the numeric path" in done.stderr


def test_the_early_refusal_is_the_refusal_after_loading(tmp_path):
    path = write(tmp_path, HUGE)
    with pytest.raises(TooLargeError) as early:
        check_file_budget(path)
    with pytest.raises(TooLargeError) as late:
        check_exact_budget(api.load_problem(path))
    assert str(early.value) == str(late.value)


@pytest.mark.parametrize("text", [
    HUGE.replace('"tanh"', '"tan"'),                      # unknown activation: the loader names it
    HUGE.replace("[4, 40, 40, 1]", "[4, 40, 40, 0]"),     # a zero width
    HUGE.replace("[4, 40, 40, 1]", "[100000, 100000, 100000, 1]"),  # beyond the parameter limit
    HUGE.replace('activation = "tanh"', 'activation = ["tanh"]'),  # one name for two hidden layers
    HUGE.replace("x = [[1, 2, 3, 4], [0, 1, 0, 1]]", "x = []"),
    HUGE.replace("[network]", "[network"),               # not TOML
    "\x00\x01 binary",
])
def test_a_file_not_plainly_valid_has_no_shape(tmp_path, text):
    path = write(tmp_path, text)
    assert read_shape(path) is None
    check_file_budget(path)  # nothing raised: the full loader reports the defect


def test_the_shape_is_the_problems():
    path = ROOT / "examples" / "notes.toml"
    shape, problem = read_shape(path), api.load_problem(path)
    assert (shape.widths, shape.activations, shape.points) == (problem.widths, problem.activations,
                                                               len(problem.points))
    assert read_shape(ROOT / "no-such-file.toml") is None
    assert read_shape(ROOT / "examples") is None  # a directory


def test_the_shape_reader_knows_every_activation():
    assert ACTIVATION_NAMES == tuple(ACTIVATIONS)

"""Bad arguments to the numeric path and to `symntk kernel`: one clear line."""

import numpy as np
import pytest

import symntk
from symntk.cli import main
from symntk.numeric import api as numeric

from conftest import ROOT

W = [1, 3, 1]
PARAMS = numeric.init_params(W)


@pytest.mark.parametrize("call,fragments", [
    (lambda: symntk.make_kernel_fn(W, "swish", PARAMS), ["activation", "one of identity, relu"]),
    (lambda: symntk.make_kernel_fn(W, ["tanh", "relu"], PARAMS), ["activation", "one activation per hidden layer"]),
    (lambda: symntk.make_kernel_fn([1], "tanh", []), ["widths", "at least two"]),
    (lambda: symntk.make_kernel_fn([1, 0, 1], "tanh", PARAMS), ["widths[1]", "positive integer"]),
    (lambda: symntk.make_kernel_fn(W, "tanh", PARAMS[:1]), ["params", "2 (W, b) pairs"]),
    (lambda: symntk.make_kernel_fn(W, "tanh", [(np.ones((3, 2)), np.ones((3, 1))), PARAMS[1]]),
     ["params[0].W", "a 3×1 array", "shape (3, 2)"]),
    (lambda: symntk.make_kernel_fn(W, "tanh", [PARAMS[0], (np.ones((1, 3)), np.ones((2, 1)))]),
     ["params[1].b", "a 1×1 array"]),
    (lambda: symntk.make_kernel_fn(W, "tanh", [(np.full((3, 1), np.nan), np.ones((3, 1))), PARAMS[1]]),
     ["params[0].W", "finite"]),
    (lambda: symntk.make_kernel_fn(W, "tanh", PARAMS, parameterization="mup"), ["parameterization"]),
    (lambda: symntk.make_kernel_fn(W, "tanh", PARAMS, kernel_mode="diag"), ["kernel_mode", "full, output or trace"]),
    (lambda: symntk.make_kernel_fn([1, 3, 2], "tanh", numeric.init_params([1, 3, 2]), kernel_mode="output", output=3),
     ["output", "from 1 to 2"]),
    (lambda: symntk.make_kernel_fn(W, "tanh", PARAMS, method="fast"), ["method"]),
    (lambda: symntk.make_kernel_fn(W, "tanh", PARAMS, memory_limit="lots"), ["memory_limit"]),
    (lambda: symntk.empirical_ntk([2, 3, 1], "tanh", numeric.init_params([2, 3, 1]), np.ones((4, 3))),
     ["X1", "N×2 array", "shape (4, 3)"]),
    (lambda: symntk.empirical_ntk(W, "tanh", PARAMS, np.ones(4), np.ones((2, 2))), ["X2", "shape (2, 2)"]),
    (lambda: symntk.empirical_ntk(W, "tanh", PARAMS, [[1.0], [float("inf")]]), ["X1", "finite"]),
])
def test_bad_arguments(call, fragments):
    with pytest.raises(symntk.InputError) as info:
        call()
    message = str(info.value)
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message


def test_per_parameter_refuses_huge_networks():
    with pytest.raises(symntk.TooLargeError, match="structured"):
        symntk.make_kernel_fn([4, 256, 256, 1], "tanh", numeric.init_params([4, 256, 256, 1]),
                              method="per-parameter")


@pytest.mark.parametrize("argv,fragments", [
    (["kernel"], ["PROBLEM", "--widths"]),
    (["kernel", "--widths", "1,4,1"], ["--points"]),
    (["kernel", "--widths", "1,x,1", "--points", "P.npy"], ["--widths", "comma-separated"]),
    (["kernel", "--widths", "1,4,1", "--activation", "swish", "--points", "P.npy"], ["--activation"]),
    (["kernel", "--widths", "1,4,1", "--points", "missing.npy"], ["missing.npy", "no such file"]),
    (["kernel", "--widths", "1,4,1", "--points", "P.txt"], [".npy or .csv"]),
    (["kernel", "--widths", "2,4,1", "--points", "P.npy"], ["X1", "N×2"]),
    (["kernel", "--widths", "1,4,1", "--points", "P.npy", "--out", "K.json"], ["--out", ".npy or .csv"]),
    (["kernel", str(ROOT / "examples" / "notes.toml"), "--widths", "1,2,1"], ["not both"]),
])
def test_cli_errors(argv, fragments, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    np.save(tmp_path / "P.npy", np.ones((3, 1)))
    (tmp_path / "P.txt").write_text("1\n2\n")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("symntk: error: ") and err.count("\n") == 1
    for fragment in fragments:
        assert fragment in err
    assert not (tmp_path / "K.json").exists()


@pytest.mark.parametrize("widths, fragment", [([1, 100_000, 100_000, 1], "20,000,000 parameters"),
                                              ([1, 100_001, 1], "from 1 to 100000"),
                                              ([1] + [2] * 65 + [1], "at most 64 layers")])
def test_the_python_api_has_the_caps_of_problem_files(widths, fragment):
    # the same network given as a problem file, as --widths or to the Python function is refused alike
    with pytest.raises(symntk.SymntkError, match=fragment):
        symntk.make_kernel_fn(widths, "relu", params=None)

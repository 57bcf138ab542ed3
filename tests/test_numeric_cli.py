"""`symntk kernel`: problem files, --widths with .npy/.csv points, outputs and summary."""

import numpy as np

from symntk.cli import main
from symntk.numeric import api as numeric

from conftest import ROOT, write


def test_problem_file(capsys, tmp_path):
    out = tmp_path / "K.npy"
    assert main(["kernel", str(ROOT / "examples" / "notes.toml"), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert np.array_equal(np.load(out), [[8.0, 12.0], [12.0, 19.0]])  # worked by hand, see test_numeric_exact
    assert "K: 2 × 2" in text and "P = 7" in text
    lam = np.roots([1, -27, 8])  # det(K − λI) = λ² − 27λ + 8
    assert f"{lam.min():.6g}" in text and f"{lam.max():.6g}" in text
    assert f"{lam.max() / lam.min():.6g}" in text


def test_widths_with_npy_and_csv_points(capsys, tmp_path):
    X = np.random.default_rng(0).normal(size=(20, 1))
    np.save(tmp_path / "X.npy", X)
    np.savetxt(tmp_path / "X.csv", X, delimiter=",", fmt="%.17g")
    for name in ("X.npy", "X.csv"):
        out = tmp_path / f"K_{name}.csv"
        assert main(["kernel", "--widths", "1,8,8,1", "--activation", "tanh", "--seed", "3",
                     "--points", str(tmp_path / name), "--out", str(out)]) == 0
        K = np.loadtxt(out, delimiter=",")
        expected = numeric.make_kernel_fn([1, 8, 8, 1], "tanh", numeric.init_params([1, 8, 8, 1], 3))(X)
        assert np.array_equal(K, expected)
        assert "K: 20 × 20" in capsys.readouterr().out


def test_random_problem_file_with_other_points(capsys, tmp_path):
    path = write(tmp_path, """
[network]
widths = [2, 300, 2]
activation = "relu"
parameterization = "ntk"
[random]
seed = 4
distribution = "normal"
[data]
x = [[1, 2]]
""")
    X2 = np.random.default_rng(1).normal(size=(5, 2))
    np.save(tmp_path / "B.npy", X2)
    out = tmp_path / "K.npy"
    assert main(["kernel", str(path), "--points2", str(tmp_path / "B.npy"), "--kernel", "trace",
                 "--out", str(out)]) == 0
    assert np.load(out).shape == (1, 5)
    assert "not square" in capsys.readouterr().out

"""The CLI: demo and derive, text and JSON."""

import json
import subprocess
import sys

import sympy

from symntk.cli import main

from conftest import ROOT


def test_demo_prints_engine_values(capsys):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    # Values re-derived by hand in test_notes_exercise: K = [[8, 12], [12, 19]], λ = (27 ∓ √697)/2.
    lam = sorted(float(v) for v in sympy.solve(sympy.Symbol("t") ** 2 - 27 * sympy.Symbol("t") + 8))
    assert f"{lam[0]:.5f}" in out and f"{lam[1]:.5f}" in out
    assert "K₁,₂ = [1 · 2] + [0 · 0] + [1 · 1] + [0 · 0] + [1 · 2] + [2 · 3] + [1 · 1] = 12" in out
    assert "2×1 + 2×1 + 1×2 + 1×1 = 7" in out


def test_derive_json_keys_and_exact_strings(capsys, tmp_path):
    out_file = tmp_path / "notes.json"
    assert main(["derive", str(ROOT / "examples" / "notes.toml"), "--format", "json", "--out", str(out_file)]) == 0
    data = json.loads(out_file.read_text())
    for key in ("parameters", "parameter_count", "expansion", "gradients", "jacobian", "kernel", "eigenvalues"):
        assert key in data
    assert data["parameter_count"] == 7
    assert data["parameters"][0] == "W_{1,1}^{[1]}"
    assert set(data["expansion"]) == {"latex", "sympy"}
    assert {k: data["gradients"][4][k] for k in ("parameter", "latex")} == {
        "parameter": "W_{1,1}^{[2]}", "latex": r"W_{1,1}^{[1]} x + b_{1,1}^{[1]}"}
    W, x, b = sympy.symbols("W_1_1_1 x b_1_1_1")
    assert sympy.sympify(data["gradients"][4]["sympy"]) == W * x + b
    assert data["kernel"] == [["8", "12"], ["12", "19"]]
    assert [sympy.sympify(e["exact"]) for e in data["eigenvalues"]] == [
        (27 - sympy.sqrt(697)) / 2, (27 + sympy.sqrt(697)) / 2]
    assert abs(data["eigenvalues"][0]["value"] - (27 - 697 ** 0.5) / 2) < 1e-12


def test_json_exact_values_for_transcendental_network(tmp_path, capsys):
    problem = tmp_path / "t.toml"
    problem.write_text('[network]\nwidths = [1, 1, 1]\nactivation = "tanh"\n[parameters]\nW1 = 1\nb1 = 0\nW2 = 1\n'
                       'b2 = 0\n[data]\nx = [1]\n')
    assert main(["derive", str(problem), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # f = tanh(w x + b) w2 + b2 at w = 1, b = 0, w2 = 1, x = 1: ∂f/∂w = (1 − tanh²(1))·1, ∂f/∂w2 = tanh(1).
    row = [sympy.sympify(v) for v in data["jacobian"][0]]
    t = sympy.tanh(1)
    assert [sympy.simplify(a - b) for a, b in zip(row, [1 - t ** 2, 1 - t ** 2, t, 1])] == [0, 0, 0, 0]


def test_console_script_module_runs():
    out = subprocess.run([sys.executable, "-m", "symntk", "demo"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and "NTK" in out.stdout and out.stderr == ""


def test_unknown_format_and_language(capsys):
    assert main(["demo", "--format", "docx"]) == 2
    assert "--format" in capsys.readouterr().err
    assert main(["demo", "--lang", "de"]) == 2
    assert "--lang" in capsys.readouterr().err


def test_examples_all_derive(capsys):
    for path in sorted((ROOT / "examples").glob("*.toml")):
        assert main(["derive", str(path), "--format", "json"]) == 0, path
        capsys.readouterr()

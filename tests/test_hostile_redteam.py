"""Red-team cases beyond the hostile corpus: each runs symntk in a fresh process under an
address-space limit and a time limit, and asserts one clear line (exit 2) or correct
handling, no traceback, no stray output. Every hole found is closed; a new one is added here as a
strict xfail naming the fault until its fix lands (see SECURITY.md, "Red-team holes")."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

MEMORY = 4 * 2**30
LIMIT_RELU = ROOT / "examples" / "limit" / "relu.toml"
NOTES = ROOT / "examples" / "notes.toml"


def _limits():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _run(args: list[str], cwd: Path, seconds: float) -> subprocess.CompletedProcess:
    """symntk ARGS in a fresh process; a run past ``seconds`` counts as a hang (exit -9)."""
    env = {**{k: v for k, v in os.environ.items() if k != "SYMNTK_DEBUG"}, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "symntk", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=_limits, env=env, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the whole group: a check worker or pdflatex must not outlive it
        out, err = proc.communicate()
        return subprocess.CompletedProcess(args, -9, out, err)
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


def _one_clear_line(run: subprocess.CompletedProcess, fragment: str = "") -> None:
    assert run.returncode == 2, (run.returncode, run.stderr[-500:])
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("symntk: error: "), run.stderr[-500:]
    assert fragment in lines[0], lines[0]


def _problem(folder: Path, body: str) -> Path:
    path = folder / "p.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_sweep_width_past_the_parameter_cap_is_refused(tmp_path):
    # two hidden layers of width 100000: 10^10 weights, far past the 20,000,000-parameter cap
    deep = _problem(tmp_path, '[network]\nwidths = [2, 8, 8, 1]\nactivation = "relu"\nparameterization = "ntk"\n'
                              '[data]\nx = [[1, 0], [0, 1]]\n')
    run = _run(["sweep", str(deep), "--widths", "4,100000", "--seeds", "1", "--steps", "1"], tmp_path, 60)
    _one_clear_line(run, "--widths")


@pytest.mark.slow
def test_sweep_total_work_is_bounded(tmp_path):
    run = _run(["sweep", str(LIMIT_RELU), "--widths", "1000,1400", "--seeds", "1000", "--steps", "100000"],
               tmp_path, 30)
    _one_clear_line(run)


def test_limit_smooth_activation_with_a_huge_datapoint(tmp_path):
    import json
    import math

    path = _problem(tmp_path, '[network]\nwidths = [1, 3, 1]\nactivation = "sigmoid"\n[data]\nx = ["1e40"]\n')
    run = _run(["limit", str(path), "--format", "json"], tmp_path, 60)
    assert run.returncode == 0 and run.stderr == "", run.stderr[-500:]
    # Θ = Σ¹ Σ̇² + Σ²: for u ~ N(0, 1e80) E[σ′(u)²] = (∫σ′²)/(10⁴⁰√(2π)) = 1/(6·10⁴⁰√(2π)) to 1e-80
    theta = float(json.loads(run.stdout)["theta_decimal"][0][0])
    assert abs(theta - 1e40 / (6 * math.sqrt(2 * math.pi))) <= 1e-12 * theta


def test_limit_tanh_datapoint_100_prints_no_warnings(tmp_path):
    path = _problem(tmp_path, '[network]\nwidths = [1, 3, 1]\nactivation = "tanh"\n[data]\nx = [100]\n')
    run = _run(["limit", str(path)], tmp_path, 60)
    assert run.returncode == 0 and run.stderr == "", run.stderr[-500:]


@pytest.mark.slow
def test_limit_tanh_datapoint_1000_is_quick(tmp_path):
    path = _problem(tmp_path, '[network]\nwidths = [1, 3, 1]\nactivation = "tanh"\n[data]\nx = [1000]\n')
    run = _run(["limit", str(path)], tmp_path, 15)
    assert run.returncode in (0, 2) and "symntk kernel" not in run.stderr, (run.returncode, run.stderr[-300:])


@pytest.mark.slow
def test_limit_50000_points_refused_quickly_naming_the_file(tmp_path):
    xs = ", ".join(str(i % 97) for i in range(50_000))
    path = _problem(tmp_path, f'[network]\nwidths = [1, 3, 1]\nactivation = "relu"\n[data]\nx = [{xs}]\n')
    run = _run(["limit", str(path)], tmp_path, 20)
    _one_clear_line(run, "p.toml: data.x")
    assert "make_limit_kernel_fn(2, 'relu')" in run.stderr


@pytest.mark.slow
def test_worksheet_non_ascii_title_compiles(tmp_path):
    run = _run(["worksheet", "--title", "λ-kjarni ☃", "--out", str(tmp_path / "ws")], tmp_path, 180)
    assert run.returncode == 0, run.stderr[-500:]
    assert any(p.suffix == ".pdf" for p in (tmp_path / "ws").rglob("*"))


@pytest.mark.slow
def test_check_notes_of_unclosed_display_openers_read_quickly(tmp_path):
    notes = tmp_path / "n.md"
    notes.write_text("\\[" * 250_000)  # 500 KB, inside the 512 KiB cap
    run = _run(["check", str(notes), "--problem", str(NOTES)], tmp_path, 30)
    assert run.returncode in (0, 1, 2) and "Traceback" not in run.stderr, (run.returncode, run.stderr[-300:])


def test_check_md_sheet_pipe_in_math_cannot_open_html(tmp_path):
    from markdown_it import MarkdownIt

    notes = tmp_path / "n.md"
    notes.write_text("# n\n\n$$K = 1`<img src=x onerror=alert(3)>`| x$$\n", encoding="utf-8")
    run = _run(["check", str(notes), "--problem", str(NOTES), "--format", "md"], tmp_path, 60)
    assert run.returncode in (0, 1), run.stderr[-300:]
    page = MarkdownIt("commonmark", {"html": True}).enable("table").render(run.stdout)
    assert "<img" not in page, page


_LIMIT_KERNEL = """
import resource, sys
import numpy as np
resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
from symntk import SymntkError, make_limit_kernel_fn
try:
    K = make_limit_kernel_fn(2, "tanh")({points})
except SymntkError as error:
    print("refused:", error)
    sys.exit(0)
sys.exit(0 if np.all(np.isfinite(K)) else 1)
"""


def _limit_kernel(points: str) -> subprocess.CompletedProcess:
    """make_limit_kernel_fn(2, 'tanh') on ``points`` (Python source) in a fresh, memory-limited process."""
    code = _LIMIT_KERNEL.format(memory=MEMORY, points=points)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.slow
@pytest.mark.parametrize("points", ["[[1e300]]", "[[1e6]]"], ids=["x_1e300", "x_1e6"])
def test_limit_kernel_fn_hostile_points_give_a_symntk_error_or_a_value(points):
    run = _limit_kernel(points)
    assert run.returncode == 0, run.stderr[-300:]


@pytest.mark.slow
def test_limit_kernel_fn_refuses_text_as_points():
    run = _limit_kernel("'abc'")
    assert run.returncode == 0 and run.stdout.startswith("refused:"), run.stderr[-300:]


@pytest.mark.slow
def test_limit_kernel_fn_past_the_point_cap_is_refused():
    run = _limit_kernel("np.ones((60_000, 1))")
    assert run.returncode == 0 and run.stdout.startswith("refused:"), run.stderr[-300:]

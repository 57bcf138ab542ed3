"""Hostile command lines beyond the problem-file corpus: unbounded memory, devices and odd
output targets, decimals past float precision, LaTeX that must compile. Shared by
tests/test_hostile_problems.py (each case in a fresh process under time and memory limits)
and bench/hostile_speed.py (time and peak memory of each).

A case is ``Case(name, kind, make, code, fragment, check)``: ``make(folder)`` writes what
the case needs into an empty folder and returns the arguments after ``symntk``; ``code``
and ``fragment`` are the expected exit code and a piece of the one error line (exit 2) or
of standard output (exit 0); ``check(folder)`` may test the result further. Every case
must leave the folder holding exactly what ``make`` put there plus the files the case
names in ``creates``: no temporary file, nothing half-written.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
NOTES = ROOT / "examples" / "notes.toml"
TIME_LIMIT = 120  # seconds per case (the slowest compiles LaTeX twice)
MEMORY_LIMIT = 4 * 2**30  # address space per case (RLIMIT_AS), the default --memory-cap


@dataclass(frozen=True)
class Case:
    name: str
    kind: str
    make: Callable[[Path], list[str]]
    code: int
    fragment: str
    creates: tuple[str, ...] = ()
    check: Callable[[Path], None] | None = None
    slow: bool = False  # compiles LaTeX or computes a big K: left out of the default run, run by CI


def _problem(folder: Path, body: str, name: str = "p.toml") -> Path:
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


def _points(folder: Path, n: int, name: str = "x.npy") -> Path:
    path = folder / name
    np.save(path, np.linspace(-1.0, 1.0, n).reshape(-1, 1))
    return path


def _many_points(folder: Path) -> list[str]:
    xs = ", ".join(str(i % 97) for i in range(50_000))
    path = _problem(folder, f'[network]\nwidths = [1, 3, 1]\nactivation = "tanh"\n[random]\nseed = 1\n'
                            f"[data]\nx = [{xs}]\n")
    return ["kernel", str(path)]


def _stream(folder: Path) -> list[str]:
    x = _points(folder, 6000)
    return ["kernel", "--widths", "1,4,1", "--points", str(x), "--memory-cap", "200MB", "--memory-limit", "64MB",
            "--out", str(folder / "K.npy")]


def _streamed_k(folder: Path) -> None:
    K = np.load(folder / "K.npy", mmap_mode="r")
    assert K.shape == (6000, 6000) and np.array_equal(K[:3, :3], K[:3, :3].T) and np.all(np.diag(K[:50]) > 0)


def _decimal(value: str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        path = _problem(folder, f'[network]\nwidths = [1, 1]\nactivation = "identity"\n[parameters]\n'
                                f"W1 = [[{value}]]\nb1 = [[0]]\n[data]\nx = [1]\n")
        return ["derive", str(path), "--format", "json"]
    return make


def _long_name(folder: Path) -> list[str]:
    return ["derive", str(NOTES), "--format", "md", "--out", str(folder / ("n" * 251 + ".md"))]


def _dev_null(folder: Path) -> list[str]:
    return ["derive", str(NOTES), "--format", "json", "--out", "/dev/null"]


def _still_dev_null(folder: Path) -> None:
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def _fifo_problem(folder: Path) -> list[str]:
    os.mkfifo(folder / "p.toml")
    return ["derive", str(folder / "p.toml")]


def _directory_problem(folder: Path) -> list[str]:
    (folder / "d.toml").mkdir()
    return ["derive", str(folder / "d.toml")]


def _looping_problem(folder: Path) -> list[str]:
    (folder / "a.toml").symlink_to(folder / "b.toml")
    (folder / "b.toml").symlink_to(folder / "a.toml")
    return ["derive", str(folder / "a.toml")]


def _csv_points(body: bytes, *extra: str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        (folder / "x.csv").write_bytes(body)
        return ["kernel", "--widths", "1,2,1", "--points", str(folder / "x.csv"), *extra]
    return make


def _zero_points(folder: Path) -> list[str]:
    (folder / "x.npy").symlink_to("/dev/zero")
    return ["kernel", "--widths", "1,2,1", "--points", str(folder / "x.npy")]


def _too_many_points_npy(folder: Path) -> list[str]:
    return ["kernel", "--widths", "1,2,1", "--points", str(_points(folder, 50_001))]


def _wide_widths(folder: Path) -> list[str]:
    return ["kernel", "--widths", "1,100000,100000,1", "--points", str(_points(folder, 3))]


def _title(title: str, widths: str = "[1, 2, 1]", lang: str = "is") -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        escaped = title.replace("\\", "\\\\").replace('"', '\\"')
        path = _problem(folder, f'title = "{escaped}"\n[network]\nwidths = {widths}\nactivation = "identity"\n'
                                "[random]\nseed = 2\n[data]\nx = [1, 2]\n")
        return ["derive", str(path), "--format", "pdf", "--lang", lang, "--out", str(folder / "doc.pdf")]
    return make


def _is_pdf(folder: Path) -> None:
    assert (folder / "doc.pdf").read_bytes().startswith(b"%PDF")


def _worksheet_over_file(folder: Path) -> list[str]:
    (folder / "run").write_text("not a folder\n")
    return ["worksheet", "--no-pdf", "--out", str(folder / "run")]


CASES = [
    Case("kernel_50000_points", "memory", _many_points, 2, "--memory-cap", slow=True),
    Case("kernel_widths_past_the_parameter_cap", "memory", _wide_widths, 2, "at most 20,000,000 parameters"),
    Case("kernel_points_npy_past_the_point_cap", "memory", _too_many_points_npy, 2, "at most 50,000 datapoints"),
    Case("kernel_streamed_npy_under_a_small_cap", "memory", _stream, 0, "written:", creates=("K.npy",),
         check=_streamed_k, slow=True),
    Case("kernel_csv_over_a_small_cap", "memory",
         lambda f: _stream(f)[:-1] + [str(f / "K.csv")], 2, "write K block by block to a .npy file"),
    Case("kernel_points_from_dev_zero", "input", _zero_points, 2, "an existing .npy or .csv file"),
    Case("problem_file_is_a_fifo", "input", _fifo_problem, 2, "not a regular file"),
    Case("problem_file_is_a_directory", "input", _directory_problem, 2,
         "expected an existing problem file (TOML), got a directory"),
    Case("problem_file_is_a_link_loop", "input", _looping_problem, 2, "Too many levels of symbolic links"),
    Case("kernel_csv_with_bom_and_cr_line_ends", "fidelity", _csv_points(b"\xef\xbb\xbf1\r2\r3\r"), 0,
         "K: 3 × 3"),
    Case("kernel_csv_ragged_rows", "input", _csv_points(b"1,2\n3\n"), 2,
         "--points: expected comma-separated numbers, one datapoint per line, got the number of columns changed"),
    Case("kernel_memory_cap_nan", "input", _csv_points(b"1\n", "--memory-cap", "nan"), 2,
         "<options>: --memory-cap: expected a positive number of bytes"),
    Case("kernel_memory_limit_zero", "input", _csv_points(b"1\n", "--memory-limit", "0"), 2,
         "<options>: --memory-limit: expected a positive number of bytes"),
    Case("out_dev_null_stays_a_device", "writes", _dev_null, 0, "", check=_still_dev_null),
    Case("kernel_out_dev_null_stays_a_device", "writes",
         lambda f: ["kernel", "--widths", "1,3,1", "--points", str(_points(f, 3)), "--out", "/dev/null"], 0,
         "written: /dev/null", check=_still_dev_null),
    Case("out_254_byte_name", "writes", _long_name, 0, "", creates=("n" * 251 + ".md",)),
    Case("worksheet_out_is_a_file", "writes", _worksheet_over_file, 2, "a directory"),
    Case("decimal_21_significant_digits", "fidelity", _decimal("1.00000000000000000001"), 0,
         "100000000000000000001/100000000000000000000"),
    Case("decimal_past_2_to_the_64", "fidelity", _decimal("12345678901234567890.5"), 0, "24691357802469135781/2"),
    Case("decimal_61_digits_refused", "fidelity", _decimal("1." + "0" * 59 + "1"), 2, "at most 60 digits"),
    Case("latex_title_ends_in_a_quote_icelandic", "latex", _title('Verkefni "3"'), 0, "", creates=("doc.pdf",),
         check=_is_pdf, slow=True),
    Case("latex_title_non_ascii", "latex", _title("λ-kjarni ☃ ħ Ω", lang="en"), 0, "", creates=("doc.pdf",),
         check=_is_pdf, slow=True),
    Case("latex_matrix_of_45_columns", "latex", _title("breitt", widths="[1, 45, 1]"), 0, "",
         creates=("doc.pdf",), check=_is_pdf, slow=True),
]

"""Shared problems and helpers of the rendering tests."""

import importlib
import os
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import jinja2

import symntk
from symntk.steps import build_derivation

GOLDEN = Path(__file__).resolve().parent / "golden"
REGENERATE = os.environ.get("SYMNTK_REGENERATE_GOLDEN") == "1"

# A [2,3,3,1] tanh network with fixed small integer parameters (no random draw).
DEEP_TANH = {
    "title": "A [2,3,3,1] tanh network",
    "network": {"widths": [2, 3, 3, 1], "activation": "tanh"},
    "parameters": {"W1": [[1, -1], [0, 1], [2, 0]], "b1": [0, 1, -1],
                   "W2": [[1, 0, -1], [1, 1, 0], [0, -2, 1]], "b2": [0, 0, 1],
                   "W3": [[1, -1, 2]], "b3": [0]},
    "data": {"x": [[1, 0], [0, 1], [1, 1]]},
}


@cache
def notes_derivation():
    return build_derivation(symntk.derive(symntk.notes_problem()))


@cache
def deep_derivation():
    return build_derivation(symntk.derive(symntk.problem_from_dict(DEEP_TANH, "deep.toml")))


def check_golden(name: str, text: str) -> None:
    """Compare with tests/golden/NAME; SYMNTK_REGENERATE_GOLDEN=1 rewrites it (then review the diff)."""
    path = GOLDEN / name
    if REGENERATE:
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"missing golden file {path}; run with SYMNTK_REGENERATE_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


@contextmanager
def loaded_templates():
    """Record (as resolved paths) every template file Jinja loads inside the block."""
    envmod = importlib.import_module("symntk.render.environment")  # the module, not the function
    loaded: set[Path] = set()
    original = jinja2.FileSystemLoader.get_source

    def spy(self, environment, template):
        source, filename, uptodate = original(self, environment, template)
        loaded.add(Path(filename).resolve())
        return source, filename, uptodate

    envmod._environment.cache_clear()
    jinja2.FileSystemLoader.get_source = spy
    try:
        yield loaded
    finally:
        jinja2.FileSystemLoader.get_source = original
        envmod._environment.cache_clear()

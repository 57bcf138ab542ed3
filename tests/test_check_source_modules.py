"""source.py split by what it holds: the pieces stay small and source still offers what it did."""

from __future__ import annotations

import importlib
from pathlib import Path

from symntk.check import inline_names, math_blocks, notes_text, segment, source

MODULES = ("source", "segment", "notes_text", "math_blocks", "inline_names")


def test_each_piece_is_small_and_says_what_it_holds():
    for name in MODULES:
        module = importlib.import_module(f"symntk.check.{name}")
        assert module.__doc__ and module.__doc__.strip()
        assert len(Path(module.__file__).read_text(encoding="utf-8").splitlines()) < 300, name


def test_source_re_exports():
    assert source.Segment is segment.Segment and source.read_text is notes_text.read_text
    assert source.blocks is math_blocks.blocks and source.MAX_BYTES == notes_text.MAX_BYTES


def test_prose_before_inline_math_still_names_it():
    found = [s.text for s in source.segments("The trace $= 27$, and $$a = 1 \\\\ &= 2$$\n")]
    assert found == [r"\operatorname{tr} K = 27", "a = 1", "a = 2"]
    assert inline_names.quantity_named("det ", 4, "K = 8") == r"\det K = 8"

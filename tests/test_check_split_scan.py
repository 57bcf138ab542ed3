"""The one bracket-depth scanner of :mod:`symntk.check.block_scan` (which :mod:`symntk.check.split` cuts blocks with),
with what nests as data."""

from __future__ import annotations

from symntk.check.block_scan import (
    CHAIN_NESTING,
    COMMENT_NESTING,
    ENVIRONMENT_NESTING,
    ROW_NESTING,
    block_tokens,
    top_level,
)
from symntk.check.segment import Segment
from symntk.check.split import lead_and_rest, split_block


def _top(text, nesting, **kw):
    tokens = block_tokens(text)
    return [tokens[n][1] for n in top_level(tokens, nesting, **kw) if not tokens[n][1].isspace()]


def test_bracket_sets_differ_by_scan():
    text = "a ⟨b = c⟩ = d"
    assert _top(text, ROW_NESTING) == ["a", "=", "d"]              # ⟨…⟩ nests in rows
    assert _top(text, CHAIN_NESTING) == ["a", "⟨", "b", "=", "c", "⟩", "=", "d"]   # not in a chain's lead


def test_environments_nest_unless_the_scan_says_not():
    text = r"x \begin{pmatrix} 1 & 2 \end{pmatrix} & y"
    assert "".join(_top(text, ENVIRONMENT_NESTING)) == "x{pmatrix}&y"   # the name after \end is outside
    assert "1" in _top(text, COMMENT_NESTING) and "1" not in _top(text, CHAIN_NESTING)


def test_strict_scan_stops_at_an_unmatched_closer():
    assert _top("a ) b", CHAIN_NESTING) == ["a", "b"]
    assert _top("a ) b", CHAIN_NESTING, strict=True) == ["a"]
    assert _top(r"a \end{x} b \begin{y} c", CHAIN_NESTING, strict=True) == ["a", "c"]


def test_split_uses_the_scanner():
    assert lead_and_rest("f(x = 1) = 2") == ("f(x = 1) ", "= 2")
    pieces = [s.text for s in split_block(Segment(3, r"a = 1, \langle b, c \rangle = 2 \\ &= 3", True))]
    assert pieces == ["a = 1", r"\langle b, c \rangle = 2", r"\langle b, c \rangle = 3"]

"""Learners' math → a small syntax tree, through the grammar in ``latex.lark``.

Nothing here evaluates anything: the lark parser (LALR, explicit grammar)
accepts only the commands the grammar names, and :class:`~symntk.check.tree_build.Build` turns its
parse tree into the plain node classes of :mod:`symntk.check.nodes` (imported from here too). Sizes are bounded before
parsing (length, nesting) and while building (number of nodes).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import lark

from .nodes import (  # noqa: F401 - re-exported: the checker's modules import the nodes from here
    Chain,
    Frac,
    Func,
    Group,
    Matrix,
    Member,
    Node,
    Num,
    Op,
    Partial,
    Signature,
    Sqrt,
    SumOp,
    Sym,
    Text,
    Tuple,
    UnreadableError,
)
from .normalise import normalise
from .tree_build import Build

MAX_CHARS = 4000   # one math segment
MAX_NESTING = 24   # brackets/braces inside each other


@lru_cache(maxsize=1)
def _parser() -> lark.Lark:
    grammar = (Path(__file__).with_name("latex.lark")).read_text(encoding="utf-8")
    return lark.Lark(grammar, parser="lalr", propagate_positions=True, maybe_placeholders=False)


def _nesting(text: str) -> int:
    depth = deepest = 0
    for ch in text:
        if ch in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in ")]}":
            depth -= 1
    return deepest


_MATRIX = re.compile(r"(\\begin\s*\{\s*[bpvBV]?matrix\s*\})(.*?)(\\end\s*\{\s*[bpvBV]?matrix\s*\})", re.S)
_DECIMAL_COMMA = re.compile(r"(?:(?<=[\s&])|^)(-?\d+),(\d+)(?=\s*(?:&|\\\\|$))")


def decimal_commas(text: str) -> str:
    """A matrix cell ``0,22799`` (a decimal comma, as in Icelandic) → ``0{,}22799``."""
    def cells(m: re.Match) -> str:
        return m.group(1) + _DECIMAL_COMMA.sub(r"\1{,}\2", m.group(2)) + m.group(3)

    return _MATRIX.sub(cells, text)


def parse(text: str) -> Chain | Signature:
    """Parse one math segment (after :func:`~symntk.check.normalise.normalise`); raises
    :class:`UnreadableError` with a short reason."""
    if len(text) > MAX_CHARS:
        raise UnreadableError(f"longer than {MAX_CHARS} characters")
    text = normalise(decimal_commas(text))
    if len(text) > MAX_CHARS:
        raise UnreadableError(f"longer than {MAX_CHARS} characters")
    if _nesting(text) > MAX_NESTING:
        raise UnreadableError(f"brackets nested deeper than {MAX_NESTING}")
    try:
        tree = _parser().parse(text)
    except lark.exceptions.UnexpectedCharacters as exc:
        raise UnreadableError(f"cannot read '{_snippet(text, exc.pos_in_stream)}' (column {exc.column})") from None
    except lark.exceptions.UnexpectedToken as exc:
        token = exc.token
        if token.type == "$END":
            raise UnreadableError("the math ends too early") from None
        raise UnreadableError(f"unexpected {token.value!r} (column {token.column})") from None
    except lark.exceptions.LarkError as exc:
        raise UnreadableError(f"cannot read the math ({type(exc).__name__})") from None
    try:
        return _build(tree, text)
    except lark.exceptions.VisitError as exc:
        if isinstance(exc.orig_exc, UnreadableError):
            raise exc.orig_exc from None
        raise UnreadableError(f"cannot read the math ({type(exc.orig_exc).__name__})") from None
    except RecursionError:
        raise UnreadableError("the formula is nested too deeply") from None


def _build(tree: lark.Tree, text: str) -> Chain | Signature:
    build = Build()
    if tree.data == "signature":
        return build.transform(tree)
    members, open_end, rels = [], False, []
    children = list(tree.children)
    for child in children:
        if isinstance(child, lark.Token) and child.type == "REL":
            open_end = True
            rels.append(str(child))
            continue
        open_end = False
        span = text[child.meta.start_pos:child.meta.end_pos] if isinstance(child, lark.Tree) else str(child)
        members.append(Member(build.transform(child), span.strip()))
    return Chain(tuple(members), open_end, tuple(rels))


def _snippet(text: str, pos: int | None) -> str:
    pos = pos or 0
    return text[pos:pos + 12]

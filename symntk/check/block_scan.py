"""The one bracket-depth scanner of a math block's tokens, with what nests in each scan as data (:data:`ROW_NESTING`,
:data:`CHAIN_NESTING`, …: bracket sets differ from scan to scan), and the questions about relations asked with it
(whether a relation comes before, after, or ahead at top level), as :mod:`symntk.check.split` cuts a block."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\\[a-zA-Z]+\*?|\\.|\s+|[^\\\s]", re.S)
RELATIONS = ("=", "\\approx", "\\Rightarrow", "\\implies", "\\Longrightarrow", "\\rightarrow", "\\to", "≈", "⇒",
             "\\equiv", "\\simeq", "\\doteq", "\\coloneqq", ":=", "\\iff", "\\Leftrightarrow")
LEAD_RELATIONS = ("=", "\\approx", "≈", "\\Rightarrow", "\\implies", "\\Longrightarrow", "⇒", "\\equiv", "\\simeq")


def block_tokens(text: str) -> list[tuple[int, str]]:
    """(position, text) of each token of a block: a command, an escaped character, a run of spaces, a character."""
    return [(m.start(), m.group(0)) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True)
class Nesting:
    """What nests in one scan: the opening and closing brackets, and whether ``\\begin … \\end`` does."""

    opens: frozenset[str]
    closes: frozenset[str]
    environments: bool = True


def _nesting(pairs: str, environments: bool = True) -> Nesting:
    opens, closes = zip(*(pair.split("…") for pair in pairs.split()), strict=True) if pairs else ((), ())
    return Nesting(frozenset(opens), frozenset(closes), environments)


# the bracket sets of the scans (rows and claim separators; a chain's relation; comment columns; the words of a
# comment column; alignment marks): each scan nests exactly these
ROW_NESTING = _nesting("{…} (…) […] \\{…\\} \\langle…\\rangle ⟨…⟩")
CHAIN_NESTING = _nesting("{…} (…) […] \\{…\\} \\langle…\\rangle")
COLUMN_NESTING = _nesting("{…} (…) […] \\{…\\}")
COMMENT_NESTING = _nesting("{…} (…) […] \\{…\\}", environments=False)
ENVIRONMENT_NESTING = _nesting("")


def top_level(tokens, nesting: Nesting, start: int = 0, stop: int | None = None, strict: bool = False):
    """The indices of the tokens from ``start`` (up to ``stop``) that are outside every bracket and environment
    of ``nesting``; the brackets and ``\\begin``/``\\end`` themselves are not yielded. An unmatched closer
    is ignored, or with ``strict`` ends the scan (and an unmatched ``\\end`` is not forgiven: the tokens after
    it are inside until a ``\\begin`` balances it)."""
    depth = env = 0
    for n in range(start, len(tokens) if stop is None else min(stop, len(tokens))):
        tok = tokens[n][1]
        if tok in nesting.opens:
            depth += 1
        elif tok in nesting.closes:
            depth -= 1
            if depth < 0:
                if strict:
                    return
                depth = 0
        elif nesting.environments and tok == "\\begin":
            env += 1
        elif nesting.environments and tok == "\\end":
            env = env - 1 if strict else max(env - 1, 0)
        elif not depth and not env:
            yield n


def after_relation(tokens, at: int) -> bool:
    """Whether the token before ``at`` (spaces skipped) is a relation (eqnarray's ``A &=& B``)."""
    for _, tok in reversed(tokens[max(0, at - 8):at]):
        if not tok.isspace():
            return tok in RELATIONS
    return False


def _relation_before(tokens, start: int, stops: tuple[str, ...]) -> bool:
    """Whether the tokens from ``start`` hold a relation at top level before the first of ``stops`` at top level."""
    for n in top_level(tokens, CHAIN_NESTING, start, start + 400, strict=True):
        if tokens[n][1] in stops:
            return False
        if tokens[n][1] in RELATIONS:
            return True
    return False


def relation_in_row(tokens, start: int) -> bool:
    """Whether the rest of the row from ``start`` (up to ``\\\\``, ``\\quad`` or ``;``) holds a relation at top
    level."""
    return _relation_before(tokens, start, ("\\\\", "\\quad", "\\qquad", ";"))


def starts_relation(tokens, start: int) -> bool:
    """Whether the tokens from ``start`` begin with a relation that continues a chain (``= …``, ``\\approx …``)."""
    for _, tok in tokens[start:start + 8]:
        if tok != "&" and not tok.isspace():
            return tok in LEAD_RELATIONS
    return False


def relation_ahead(tokens, start: int) -> bool:
    """Whether the text after a comma, up to the next top-level comma, holds a relation at top level."""
    return _relation_before(tokens, start, (",", "\\quad", "\\qquad", "\\\\", ";"))

"""A list of parameters and a list of θ names written side by side in one sentence, read as θ = (…) = (θ_1, …).

"$W^{(1)}_1, W^{(1)}_2, b^{(1)}_1$, which I call $\\theta_1, \\dots, \\theta_3$" (or the θ list first) names the
parameters as surely as ``\\theta = (W^{(1)}_1, W^{(1)}_2, b^{(1)}_1)`` does: the two neighbouring pieces of math
of one line become that one equation when neither holds a relation, the θ list counts as many names as the other
list has entries, and the other list names weights or biases. ``(θ_1, …, θ_n) = (entries)`` is read the same way.
"""

import re
from dataclasses import replace

from .source import Segment

_THETA = r"\\(?:theta|vartheta)\s*_\s*(?:\{\s*(\d{1,2})\s*\}|(\d))"
_THETA_LIST = re.compile(
    r"^\s*\(?\s*" + _THETA + r"\s*(?:,\s*" + _THETA + r"\s*){0,30}?"
    r"(?:,\s*\\(?:dots|ldots|cdots)\s*,\s*" + _THETA + r"\s*)?\)?\s*$")
_ENTRY = re.compile(r"^[^=<>,]{0,60}[Wwb][^=<>,]{0,60}$")
_RELATION = re.compile(r"=|\\approx|\\in(?![A-Za-z])|<|>|\\Rightarrow|\\to(?![A-Za-z])")


def _names(text: str) -> int | None:
    """How many θ names a bare list θ_1, θ_2, …, θ_n holds (n when it ends in θ_n after dots), else None."""
    m = _THETA_LIST.match(text)
    if m is None:
        return None
    found = [int(a or b) for a, b in re.findall(_THETA, text)]
    if found != list(range(1, len(found) + 1)) and not ("dots" in text and found[:-1] == list(
            range(1, len(found))) and found[-1] >= len(found)):
        return None
    return found[-1]


def _entries(text: str) -> int | None:
    """How many entries a bare list of weights and biases holds (at least two, none with a relation), else None."""
    body = text.strip()
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1]
    parts = [p for p in (q.strip() for q in body.split(",")) if p]
    if len(parts) < 2 or _RELATION.search(text) or not all(_ENTRY.match(p) for p in parts):
        return None
    return len(parts)


def _unsized(text: str) -> str:
    """The text without ``\\left``/``\\right`` before its brackets."""
    return re.sub(r"\\(?:left|right|big|Big)(?=\s*[()])", "", text).strip()


def _named_list(seg: Segment) -> Segment:
    """``(θ_1, …, θ_9) = (W_{11}, …, b)``: a θ-name list on the left of a parameter list, turned round."""
    sides = _unsized(seg.text).split("=")
    if len(sides) != 2 or seg.error or seg.fact:
        return seg
    n = _names(sides[0].strip())
    if n is None or n != _entries(sides[1].strip()):
        return seg
    inner = sides[1].strip()
    inner = inner[1:-1] if inner.startswith("(") and inner.endswith(")") else inner
    names = sides[0].strip()
    names = names if names.startswith("(") else f"({names})"
    return replace(seg, text=f"\\theta = ({inner}) = {names}")


def paired_theta_lists(segments: list[Segment]) -> list[Segment]:
    """The segments with each parameter list and neighbouring θ-name list of one line joined into
    ``\\theta = (entries) = (θ names)`` (the first of the two keeps the equation, the second is dropped), and
    each ``(θ names) = (entries)`` turned round the same way."""
    segments = [_named_list(seg) if "=" in seg.text else seg for seg in segments]
    out: list[Segment] = []
    skip = False
    for i, seg in enumerate(segments):
        if skip:
            skip = False
            continue
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        if nxt is not None and nxt.line == seg.line and not seg.error and not nxt.error and not seg.fact \
                and not nxt.fact:
            for params, thetas in ((seg, nxt), (nxt, seg)):
                n = _names(thetas.text)
                if n is not None and n == _entries(params.text):
                    inner = params.text.strip()
                    inner = inner[1:-1] if inner.startswith("(") and inner.endswith(")") else inner
                    names = thetas.text.strip()
                    names = names if names.startswith("(") else f"({names})"
                    out.append(replace(seg, text=f"\\theta = ({inner}) = {names}", soft=False))
                    skip = True
                    break
            if skip:
                continue
        out.append(seg)
    return out

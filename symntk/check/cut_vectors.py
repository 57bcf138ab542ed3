"""A gradient at a datapoint cut off at the end of its math (``∇f(x_2) = [2, 0, 1, 0, 2,`` when time ran out, or
``(2, 0, 1, \\dots)``): its entries written are claims, each ``∂f(x_i)/∂θ_k = value`` for the k-th parameter, and the
entries not written none.

Only a gradient named at a datapoint (``\\nabla_\\theta f(x_2)``, ``∇f(x_1)``, or the learner's own letter for it,
``g_2``, ``J_2``: the gradient at x_2) set equal to a bracket that is opened and never closed, or closed right after
an ellipsis, holding two or more plain numbers, is read so; anything else is left as it is. The report says the
vector is unfinished (a context line beside the entries judged). The pattern is bounded and without nested
repetition (linear time).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment import Segment

_CUT = re.compile(r"^\s{0,3}(?:(?:\\nabla|∇)[^=()]{0,40}?(?<![A-Za-z])([fy](?:_\{?\d\}?)?)\s{0,3}\(\s{0,3}"
                  r"(x_\{?\d{1,2}\}?)\s{0,3}\)|(?:\\mathbf\{)?[gGJ]\}?_\{?(\d)\}?)"   # or g_2, J_2: own letter at x_2
                  r"\s{0,3}=\s{0,3}(?:\\left\s{0,3})?[\[(]([^\[\]()=]{1,400}?)[\s,;]{0,4}"
                  r"(?:(?:\\[lc]?dots|\.{3}|…)\s{0,3}(?:\\right\s{0,3})?[\])]?)?$")
UNFINISHED = "unfinished:vector"   # the fact of the segment that says the vector was left unfinished
_NUMBER = re.compile(r"^\s{0,3}(-?\d{1,9}(?:\.\d{1,12})?)\s{0,3}$")


def cut_entries(segment: Segment) -> list[Segment]:
    """``[segment]`` unless it is a gradient at a datapoint cut off after some entries; then one segment
    ``\\frac{\\partial f(x_i)}{\\partial \\theta_{k}} = v_k`` per entry written (k from 1)."""
    if segment.error or "=" not in segment.text:
        return [segment]
    m = _CUT.match(segment.text)
    if m is None:
        return [segment]
    entries = [_NUMBER.match(e) for e in m.group(4).split(",")]
    if len(entries) < 2 or any(e is None for e in entries):
        return [segment]
    f, x = (m.group(1), m.group(2)) if m.group(2) else ("f", f"x_{{{m.group(3)}}}")
    return [replace(segment, text=f"\\frac{{\\partial {f}({x})}}{{\\partial \\theta_{{{k}}}}} = "
                                  f"{e.group(1)}") for k, e in enumerate(entries, start=1)] + \
        [replace(segment, fact=UNFINISHED)]   # said in the report: the vector stops after these entries

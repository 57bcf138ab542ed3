"""One output at one datapoint written in a derivative's numerator without the usual call: ``∂y_1(x_1)/∂θ`` (the
outputs named y_o, which elsewhere are the data's labels y_i) and ``∂y_1 x_1/∂θ``, ``∂f_2 x_2/∂θ`` (the datapoint
glued after the output's name): ∂f_o(x_i)/∂θ."""

from __future__ import annotations

from .nodes import Group, Sym
from .predicates import factor_list, int_subs


def output_at_point(node) -> tuple[int, int] | None:
    """(o, i) for ``f_o(x_i)``, ``y_o(x_i)``, ``f_o x_i`` or ``y_o x_i`` (o and i whole numbers), else None."""
    parts = factor_list(node)
    if len(parts) != 2:
        return None
    head, point = parts
    if not (isinstance(head, Sym) and head.name in ("f", "y") and head.layer is None and not head.primes):
        return None
    outputs = int_subs(head)
    if isinstance(point, Group) and len(point.items) == 1:
        point = point.items[0]
    if not (outputs and len(outputs) == 1 and isinstance(point, Sym) and point.name == "x" and
            point.layer is None and not point.primes):
        return None
    points = int_subs(point)
    return (outputs[0], points[0]) if points and len(points) == 1 and outputs[0] >= 1 and points[0] >= 1 else None

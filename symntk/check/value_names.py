"""The learner's names defined by their value at the sheet's parameters (``u_1 = x``, ``h_2 = x + 1``), and
formulas that use them: such a formula is the learner working at the sheet's values, and is judged there.

``f(x) = W^{[2]}_1 u_1 + W^{[2]}_2 u_2 + b^{[2]}`` after ``u_1 = x`` and ``u_2 = x + 1`` mixes parameters with
names that already hold the sheet's values: it is right when it equals f at those values (x here), as the
learner meant it, not wrong because W^{[1]}_1 and b^{[1]}_1 no longer stand in it.
"""

from __future__ import annotations

from .meaning import key
from .nodes import Node, Sym
from .predicates import walk
from .world import World


def uses_value_names(world: World, node: Node | None) -> bool:
    """Whether ``node`` holds a name of the learner's whose definition has no parameter in it."""
    if node is None:
        return False
    parameters = set(world.net.parameters())
    for n in walk(node):
        if isinstance(n, Sym):
            defined = world.scope.aliases.get(key(n))
            if defined is not None and hasattr(defined, "free_symbols") and not defined.free_symbols & parameters:
                return True
    return False

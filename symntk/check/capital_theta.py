"""Capital Θ read as the parameter vector θ when the same chain lists it by parameter names.

Learners who write vec(W) and Kronecker products often name the parameter vector ``\\Theta`` and list it as a
transposed tuple: ``\\Theta = (W^{(1)}_1, W^{(1)}_2, b^{(1)}_1, …, b^{(2)})^\\top \\in \\mathbb{R}^7``. Elsewhere the
checker reads Θ as the tangent kernel (a matrix); but a kernel is never a list of parameter names, so a chain whose
head is a bare Θ (or Θᵀ) and one of whose members is a list of at least two names (W^{(1)}_1, b^{(2)}, v_1, c)
is about θ, and its head is read as θ. Names of the kernel's own entries or eigenvalues (``Θ = (K_{11}, K_{12},
K_{22})``, ``(Θ_{11}, Θ_{12})``, ``(λ_1, λ_2)``) are no parameter names: such a chain keeps Θ as the kernel.
"""

from __future__ import annotations

from dataclasses import replace

from .nodes import Member, Op, Sym
from .predicates import bare
from .syntax import UnreadableError
from .values import items

# the names of the kernel's entries and eigenvalues: a list of them is about the kernel, not θ
_KERNEL_NAMES = frozenset({"K", "k", "Theta", "kappa", "lambda", "Lambda"})


def _names_list(node) -> bool:
    """Whether ``node`` is a written vector of two or more entries that are all plain names, none of them a name of
    the kernel's entries or eigenvalues."""
    try:
        entries = items(node)
    except UnreadableError:
        return False
    return len(entries) >= 2 and all(isinstance(e, Sym) and not e.primes and e.name not in _KERNEL_NAMES
                                     for e in entries)


def _as_theta(node):
    """``Θ`` → ``θ``, ``Θᵀ`` → ``θᵀ``; anything else → None."""
    if bare(node, "Theta") and not node.primes:
        return Sym("theta")
    if isinstance(node, Op) and node.op == "transpose" and len(node.args) == 1 and bare(node.args[0], "Theta") \
            and not node.args[0].primes:
        return replace(node, args=(Sym("theta"),))
    return None


def theta_by_names(members: list[Member]) -> list[Member]:
    """The chain's members with a head Θ read as θ when a later member lists parameter names (see the module doc);
    otherwise the members unchanged."""
    if len(members) < 2:
        return members
    head = _as_theta(members[0].node)
    if head is None or not any(_names_list(m.node) for m in members[1:]):
        return members
    return [Member(head, members[0].text)] + members[1:]

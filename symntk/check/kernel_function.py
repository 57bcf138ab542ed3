"""The kernel as a function of two inputs, Θ(x, x′) = Σ_k ∂f(x)/∂θ_k · ∂f(x′)/∂θ_k: what names it, and its judge.

A learner writes the general kernel before putting in the datapoints:
``Θ(x, x') = 3xx' + 3``, ``K(x, x^\\prime)``, ``k(x, y)``, ``Θ^{(1)}(x, x')`` (output 1's),
``⟨∇_θ f(x), ∇_θ f(x')⟩`` or ``∇_θ f(x)^T ∇_θ f(x')``. The second argument (x′, or
another bare letter) stands for a second input; its components (``x_1'``) are those
of x. The claim is judged as a function of both inputs — symbolically, and with the
parameter values put in (exact simplification, else agreement at several random
points to 40 digits, see :func:`symntk.check.compare.equivalent`). The learner's own
Θ(x, x′) is the product of their own general gradient with itself; later kernel
entries that evaluate their (possibly wrong) Θ at the datapoints follow from it.
"""

from __future__ import annotations

from contextlib import contextmanager

import sympy

from .compare import equivalent
from .decide import decide, names_parameters
from .judgement import Judgement
from .meaning import to_sympy
from .nodes import Group, Num, Op, Sym
from .own_forward import with_own_units
from .predicates import factor_list
from .scope import MatrixNameError, key
from .syntax import UnreadableError
from .targets import gradient_of, rebuild

_NAMES = ("K", "Theta", "k", "kappa")
_SECOND = ("y", "u", "s", "t")


def second_input(node) -> Sym | None:
    """The second argument of a kernel function: ``x'`` / ``x^\\prime`` (x with primes), or a bare letter
    (``y``); None for anything else (a datapoint x_i, a number)."""
    if isinstance(node, Group) and len(node.items) == 1:
        node = node.items[0]
    if not isinstance(node, Sym) or node.sub or node.layer is not None:
        return None
    if node.name == "x" and node.primes >= 1:
        return node
    if node.name in _SECOND and not node.primes:
        return node
    return None


def _first_input(node) -> bool:
    if isinstance(node, Group) and len(node.items) == 1:
        node = node.items[0]
    return isinstance(node, Sym) and node.name == "x" and not node.sub and node.layer is None and not node.primes


def _general_gradient(node) -> tuple[int, Sym | None] | None:
    """``∇_θ f_o(x)`` → (o, None); ``∇_θ f_o(x')`` → (o, x'); else None."""
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    parts = factor_list(node)
    if parts and isinstance(parts[-1], Op) and parts[-1].op == "transpose":   # ∇f(x)^T: the T on (x)
        parts = parts[:-1] + [parts[-1].args[0]]
    if len(parts) < 2 or not isinstance(parts[-1], Group) or len(parts[-1].items) != 1:
        return None
    arg = parts[-1].items[0]
    second = second_input(arg)
    if second is None and not _first_input(arg):
        return None
    head = rebuild(parts[:-1] + [Group("paren", (Sym("x", (), None, 0),))])
    called = gradient_of(head)
    if called is None or called[1] is not None:
        return None
    return called[0], second


def kernel_function_of(node) -> tuple[int | None, Sym] | None:
    """``Θ(x, x')``, ``K^{[o]}(x, y)``, ``k(x, x')``, ⟨∇f(x), ∇f(x')⟩, ∇f(x)^T ∇f(x') → (output or None, the
    second argument's symbol); None for anything else."""
    if isinstance(node, Op) and node.op == "inner":
        a, b = _general_gradient(node.args[0]), _general_gradient(node.args[1])
        if a and b and a[1] is None and b[1] is not None and a[0] == b[0]:
            return (a[0] if a[0] != 1 else None), b[1]
        return None
    parts = factor_list(node)
    if len(parts) >= 2 and isinstance(parts[0], Sym) and parts[0].name == "nabla":
        for cut in range(2, len(parts)):
            a, b = _general_gradient(rebuild(parts[:cut])), _general_gradient(rebuild(parts[cut:]))
            if a and b and a[1] is None and b[1] is not None and a[0] == b[0]:
                return (a[0] if a[0] != 1 else None), b[1]
        return None
    if len(parts) != 2 or not isinstance(parts[0], Sym) or parts[0].name not in _NAMES or parts[0].primes:
        return None
    output = parts[0].layer
    if parts[0].sub:   # Θ_2(x, x′): output 2's kernel
        subs = parts[0].sub
        if len(subs) != 1 or not isinstance(subs[0], Num) or subs[0].decimals is not None or \
                not 1 <= subs[0].value <= 9 or output is not None:
            return None
        output = int(subs[0].value)
    arg = parts[1]
    if not (isinstance(arg, Group) and arg.kind == "tuple" and len(arg.items) == 2):
        return None
    second = second_input(arg.items[1])
    if not _first_input(arg.items[0]) or second is None:
        return None
    return output, second


def primed_inputs(world) -> list[sympy.Symbol]:
    """The second input's symbols: x′ for each input x (x′_j for x_j)."""
    return [sympy.Symbol(f"{x.name}'", real=True) for x in world.net.x]


@contextmanager
def reading_second_input(scope, second: Sym, primed: list[sympy.Symbol]):
    """Inside the block the scope reads ``second`` (x′, y) and its components (x′_j, y_j) as the second input."""
    names = [key(second)]
    if len(primed) == 1:
        table = {names[0]: primed[0]}
    else:
        table = {key(Sym(second.name, (_num(j),), None, second.primes)): p for j, p in enumerate(primed, start=1)}
    saved = {n: scope.aliases.get(n) for n in table}
    scope.aliases.update(table)
    try:
        yield
    finally:
        for n, v in saved.items():
            if v is None:
                scope.aliases.pop(n, None)
            else:
                scope.aliases[n] = v


def _num(j: int):
    from .nodes import Num

    return Num(j, None, str(j))


def true_function(world, o: int) -> sympy.Expr:
    """Σ_k ∂f_o(x)/∂θ_k · ∂f_o(x′)/∂θ_k, symbolic in the parameters."""
    swap = dict(zip(world.net.x, primed_inputs(world)))
    grads = [world.derivative(o, k) for k in range(1, world.P + 1)]
    return sum((g * g.xreplace(swap) for g in grads), sympy.S.Zero)


def own_function(world, o: int) -> sympy.Expr | None:
    """The learner's Θ(x, x′): their latest claimed kernel function, else the product of their own general
    gradient (∇f(x) or the ∂f/∂θ_k they wrote; a ∇f(x) written last with entries left out, as written) with
    itself; None when they wrote no general gradient."""
    entry = world.latest(("kfun", o))
    if entry is not None:
        return entry[1]
    vector = world.latest(("gsym", o))
    syms = [world.latest(("dsym", o, k)) for k in range(1, world.P + 1)]
    if vector is None and not any(syms):
        return None
    own = []
    if vector is not None and len(vector[1]) != world.P and all(s is None or s[0] < vector[0] for s in syms):
        own = [world.at_values_own(with_own_units(world, value)) for value in vector[1]]   # entries left out
    for k in range(1, world.P + 1 if not own else 1):
        if vector is not None and len(vector[1]) == world.P and (syms[k - 1] is None or
                                                                  syms[k - 1][0] < vector[0]):
            value = vector[1][k - 1]
        elif syms[k - 1] is not None:
            value = syms[k - 1][1]
        else:
            value = world.derivative(o, k)
        own.append(world.at_values_own(with_own_units(world, value)))
    swap = dict(zip(world.net.x, primed_inputs(world)))
    return sum((g * g.xreplace(swap) for g in own), sympy.S.Zero)


def own_entry_from_function(world, out: int | None, r: int, c: int) -> sympy.Expr | None:
    """K_{rc} from the learner's own claimed Θ(x, x′), at their parameter values and the two datapoints."""
    (i, o1), (j, o2) = world.labels(out)[r - 1], world.labels(out)[c - 1]
    entry = world.latest(("kfun", o1))
    if entry is None or o1 != o2:
        return None
    points = world.solution.problem.points
    put = dict(zip(world.net.x, points[i - 1])) | dict(zip(primed_inputs(world), points[j - 1]))
    value = world.at_values_own(entry[1]).xreplace(put)
    return None if value.free_symbols else sympy.expand(value)


def _read(node, scope, o: int) -> sympy.Expr:
    """The written kernel as one expression: read as scalars, else (``(xx′ + 1) W^{[2]} W^{[2]T} + h(x)^T h(x′)``,
    the layer-by-layer form) as a product of layer matrices that must come out 1 × 1."""
    from .layer_targets import names_hidden_layer, names_layer
    from .matrices import evaluate

    try:
        return to_sympy(node, scope)
    except (MatrixNameError, UnreadableError):
        if not (names_layer(node) or names_hidden_layer(node)):
            raise
    value = evaluate(node, scope, o)
    if value.shape != (1, 1):
        raise UnreadableError(f"the kernel written here is a {value.rows}×{value.cols} matrix, not a number")
    return value[0, 0]


def _same(world, node, claimed: sympy.Expr, true: sympy.Expr) -> bool:
    if equivalent(claimed, true):
        return True
    return not names_parameters(node) and equivalent(world.at_values(claimed), world.at_values(true))


def judge_kernel_function(claim, world, j: Judgement) -> Judgement:
    """Θ_o(x, x′) as a function of both inputs (see the module doc)."""
    o = claim.output
    if o is None:
        if world.n_out > 1 and not isinstance(world.read_kernel, int):
            raise UnreadableError(f"f has {world.n_out} outputs: write the output's kernel Θ^{{[o]}}(x, x')")
        o = world.read_kernel if isinstance(world.read_kernel, int) else 1
    if not 1 <= o <= world.n_out:
        raise UnreadableError(f"f has {world.n_out} output(s)")
    with reading_second_input(world.scope, claim.second, primed_inputs(world)):
        claimed = _read(claim.value, world.scope, o)
    true = true_function(world, o)
    ok = _same(world, claim.value, claimed, true)
    own = None if ok else own_function(world, o)
    own_ok = own is not None and equivalent(world.at_values_own(claimed), world.at_values_own(own))
    world.record(("kfun", o), claimed, claim.line)
    j.target = "\\Theta(x, x')"
    j.label = "Θ(x, x′)"
    return decide(j, world, claim, claimed, ok, own_ok, sympy.expand(world.at_values(true)),
                  lambda prev: isinstance(prev, sympy.Expr) and equivalent(claimed, prev))

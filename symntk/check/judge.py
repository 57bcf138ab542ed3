"""One judge per claim type (dispatched by type): the claim against the truth, then against the learner's own work.

Every judge returns a :class:`~symntk.check.judgement.Judgement`: ``correct``
when the written value equals the true one; ``wrong`` and ``carried`` when it
equals what the learner's own earlier claims give (:mod:`symntk.check.world`)
or the member before it in the same chain; ``wrong`` otherwise. Values as
functions of x and parameters are compared symbolically, and after putting in
the parameter values, and at the datapoints (a learner who writes values
under "for x_1 = 1").
"""

from __future__ import annotations

import re

import sympy

from . import own_network
from .claims import (
    CharPolyClaim,
    CountClaim,
    DefinitionClaim,
    DerivativeClaim,
    DetClaim,
    EigenvalueClaim,
    EigenvectorClaim,
    EqualityClaim,
    ExpansionClaim,
    GradientClaim,
    GradientNormClaim,
    JacobianClaim,
    KernelClaim,
    KernelEntryClaim,
    KernelFunctionClaim,
    LayerClaim,
    OutputValueClaim,
    PropertyClaim,
    ThetaClaim,
    TraceClaim,
    UnitClaim,
)
from .decide import decide, matches, start
from .feedback import Feedback
from .judge_derivatives import judge_derivative
from .judge_facts import judge_property
from .judge_gradients import judge_gradient, judge_jacobian
from .judge_kernel import judge_kernel, judge_kernel_entry
from .judge_spectrum import judge_charpoly, judge_det, judge_eigenvalues, judge_trace
from .judge_vectors import judge_eigenvector, judge_gradient_norm
from .judgement import Judgement
from .kernel_function import judge_kernel_function
from .meaning import MatrixNameError, UnknownNameError, to_sympy
from .nodes import Partial, Sym
from .own_forward import own_output, with_own_units
from .syntax import UnreadableError
from .value_names import uses_value_names
from .values import agrees, agrees_own, items, one_scalar
from .world import World


def judge_expansion(claim: ExpansionClaim, world: World, j: Judgement) -> Judgement:
    """f_o(x) = the network written out (symbolically, or with the values put in)."""
    if not 1 <= claim.output <= world.n_out:
        raise UnreadableError(f"f has {world.n_out} output(s)")
    try:
        nodes = items(claim.value)
    except UnreadableError:
        nodes = None
    if nodes is not None and len(nodes) == world.n_out > 1:
        true = list(world.net.expansion)
        claimed = [to_sympy(n, world.scope) for n in nodes]
        return decide(j, world, claim, claimed, world.match_all(nodes, claimed, true), False, true)
    true = world.net.expansion[claim.output - 1]
    claimed = one_scalar(claim.value, world.scope)
    ok = matches(world, claim.value, claimed, true)
    if not ok and uses_value_names(world, claim.value):   # W_1 u_1 + W_2 u_2 + b after u_1 = x: at the values
        ok = matches(world, claim.value, world.at_values(claimed), world.at_values(true))
    own = [with_own_units(world, world.net.outputs[claim.output - 1]), own_output(world, claim.output)]
    own_ok = not ok and any(matches(world, claim.value, claimed, v) for v in own)
    here = world.current_point
    if not (ok or own_ok) and claimed.is_number and here is not None and 1 <= here <= world.N:
        # "x_2 = 3:" a line above, then "f = 5" from the learner's own wrong units there: carried, not new
        own_ok = agrees_own(claim.value, claimed, own_output(world, claim.output, here))
    if claimed.free_symbols & set(world.net.parameters()):
        world.record(("expansion", claim.output), claimed, claim.line)
    decide(j, world, claim, claimed, ok, own_ok, true, lambda prev: matches(world, claim.value, claimed, prev))
    if j.verdict == "wrong" and own_network.well_formed(world, claimed):   # their later work may follow their f
        own_network.remember(world, claim.output, claimed, claim.line)
    return j


def judge_output_value(claim: OutputValueClaim, world: World, j: Judgement) -> Judgement:
    """f_o(x_i) = a number."""
    if not (1 <= claim.output <= world.n_out and 1 <= claim.point <= world.N):
        raise UnreadableError("no such output or datapoint")
    true = world.at_point(world.net.outputs[claim.output - 1], claim.point)
    own = own_output(world, claim.output, claim.point)
    claimed = one_scalar(claim.value, world.scope)
    ok = agrees(claim.value, claimed, true)
    if not ok and claimed.free_symbols and claimed.free_symbols <= set(world.net.parameters()):
        # f(x_1) = θ_3(θ_1 x_1 + θ_2) + θ_4: the formula at the datapoint, its parameters by name
        formula = world.at_input(world.net.outputs[claim.output - 1], claim.point)
        if matches(world, claim.value, claimed, formula, at_points=False):
            claimed, ok = true, True
    return decide(j, world, claim, claimed, ok, agrees_own(claim.value, claimed, own),
                  true, lambda prev: agrees_own(claim.value, claimed, prev))


def judge_theta(claim: ThetaClaim, world: World, j: Judgement) -> Judgement:
    """θ listed by names (in θ's order) or by values; θ_k = a name."""
    params = world.net.parameters()
    if claim.entry is not None:
        if not 1 <= claim.entry <= len(params):
            raise UnreadableError(f"θ has entries θ_1 … θ_{len(params)}")
        claimed = to_sympy(claim.value, world.scope)
        true = params[claim.entry - 1]
        ok = claimed == true or agrees(claim.value, claimed, world.at_values(true)) and claimed.is_number
        return decide(j, world, claim, claimed, ok, False, true)
    nodes = items(claim.value)
    if any(isinstance(n, Sym) and n.name in ("dots", "theta") for n in nodes):
        raise ContextError("θ named entry by entry")
    claimed = [to_sympy(n, world.scope) for n in nodes]
    own_ok = False
    if all(v.is_number for v in claimed):
        true = [world.solution.values[p] for p in params]
        own = world.own_values()
        ok = len(claimed) == len(true) and all(agrees(n, v, t) for n, v, t in zip(nodes, claimed, true))
        own_ok = len(claimed) == len(true) and all(agrees_own(n, v, own[p]) for n, v, p in zip(nodes, claimed, params))
        mine = world.own_theta()   # θ = (W1, b1, W2) = (2, 1, 1): the values of their own shorter θ
        if not own_ok and mine is not None and len(claimed) == len(mine) < len(true) and all(m in own for m in mine):
            own_ok = all(agrees_own(n, v, own[m]) for n, v, m in zip(nodes, claimed, mine))
        world.record(("theta_values",), claimed, claim.line)
    else:
        true = list(params)
        ok = claimed == true
        before, dropped = world.latest(("theta",)), world.latest(("dropped",))
        # "b2 doesn't matter, I skip it", then θ without b2: carried from the sentence that dropped it
        own_ok = before is not None and dropped is not None and before[2] == dropped[2] and claimed == list(before[1])
        world.record(("theta",), claimed, claim.line)
    decide(j, world, claim, claimed, ok, own_ok, true)
    if not ok and not j.carried:
        if len(claimed) != len(true):
            j.feedback.append(Feedback("theta_length", {"written": len(claimed), "expected": len(true)}))
        wrong = next((k for k, (a, b) in enumerate(zip(claimed, true), start=1) if a != b), None)
        if wrong is not None:
            j.feedback.insert(0, Feedback("theta_entry", {"k": wrong, "expected": true[wrong - 1],
                                                          "written": claimed[wrong - 1]}))
    return j


def judge_count(claim: CountClaim, world: World, j: Judgement) -> Judgement:
    """P = the number of parameters."""
    claimed = one_scalar(claim.value, world.scope)
    own = world.latest(("theta",))
    own_ok = own is not None and claimed == len(own[1])
    world.record(("count",), claimed, claim.line)   # "the gradient only has three entries": what follows has 3
    return decide(j, world, claim, claimed, claimed == world.P, own_ok, sympy.Integer(world.P))



class ContextError(Exception):
    """The claim turned out to claim nothing (a name of the learner's own, an entry-by-entry θ)."""


from .judge_equality import judge_equality  # noqa: E402 - it uses ContextError
from .judge_layers import judge_layer  # noqa: E402 - it uses judge_derivative
from .judge_values import judge_definition, judge_unit  # noqa: E402 - they use ContextError
from .numeric_inputs import (  # noqa: E402 - it uses judge_gradient
    GradientAtInputClaim,
    KernelAtInputsClaim,
    judge_gradient_at_input,
    judge_kernel_at_inputs,
)

JUDGES = {UnitClaim: judge_unit, ExpansionClaim: judge_expansion, OutputValueClaim: judge_output_value,
          ThetaClaim: judge_theta,
          CountClaim: judge_count, DerivativeClaim: judge_derivative, GradientClaim: judge_gradient,
          JacobianClaim: judge_jacobian, KernelEntryClaim: judge_kernel_entry, KernelClaim: judge_kernel,
          KernelFunctionClaim: judge_kernel_function,
          CharPolyClaim: judge_charpoly, TraceClaim: judge_trace, DetClaim: judge_det,
          EigenvalueClaim: judge_eigenvalues, DefinitionClaim: judge_definition, EqualityClaim: judge_equality,
          PropertyClaim: judge_property, LayerClaim: judge_layer, GradientAtInputClaim: judge_gradient_at_input,
          KernelAtInputsClaim: judge_kernel_at_inputs, GradientNormClaim: judge_gradient_norm,
          EigenvectorClaim: judge_eigenvector}


_NAMED_EIGENVALUE = re.compile(r"(?:\\lambda|λ)\s*_|λ[₀-₉]")


def judge(claim, world: World, number: int) -> Judgement | None:
    """The judgement of one claim (None when it claims nothing after all)."""
    j = start(claim, number)
    try:
        if _NAMED_EIGENVALUE.search(claim.source) and not isinstance(claim, EigenvalueClaim):
            world.name_eigenvalues()
        world.scope.coordinates = claim.general and (isinstance(claim, DerivativeClaim) or isinstance(
            claim, EqualityClaim) and isinstance(claim.left, Partial))   # ∂z_i/∂W_{jk} = δ_{ij} x_k: x_k a coordinate
        return JUDGES[type(claim)](claim, world, j)
    except (ContextError, MatrixNameError, UnknownNameError):
        return None
    except UnreadableError as exc:
        j.feedback = [Feedback("unreadable", {"reason": str(exc)})]
        return j
    except (ArithmeticError, TypeError, ValueError, AttributeError, IndexError, RecursionError,
            sympy.PolynomialError) as exc:
        j.feedback = [Feedback("unreadable", {"reason": f"cannot evaluate this ({type(exc).__name__})"})]
        return j
    finally:
        world.scope.coordinates = False

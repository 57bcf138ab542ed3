"""Which claim a chain's member makes: the quantity its first member names (∂f/∂θ_k, ∇f(x_i), K_ij, λ, …)
gives the claim's type; a chain whose first member names nothing is a formula chain (a polynomial in λ = 0,
a count, a rule for every z, or formula = value)."""

from __future__ import annotations

from .claims import (
    CharPolyClaim,
    Context,
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
    ThetaClaim,
    TraceClaim,
    UnitClaim,
)
from .compare import written_number
from .discriminant_formula import DISCRIMINANT, is_discriminant_formula
from .eigen_order import eigen_index
from .eigen_vectors import eigenvector_of
from .formula_kinds import count_terms, is_general
from .gradient_pairs import gradient_pairs
from .kernel_function import kernel_function_of
from .kernel_pairs import pair_ref
from .kernel_targets import det_of, eigen_of, eigen_output, is_matrix_name, kernel_ref, trace_of
from .layer_targets import (
    layer_of,
    names_hidden_layer,
    names_layer,
    output_at_number,
    unindexed_output,
    vectorised,
)
from .names import ACTIVATIONS
from .nodes import Chain, Frac, Func, Group, Matrix, Member, Num, Op, Partial, Sqrt, Sym, Tuple
from .numeric_inputs import claim_maker
from .predicates import bare, bare_invariant, walk
from .rules import with_argument
from .shifted_kernel import shifted_kernel
from .source import Segment
from .targets import derivative_of, f_call, gradient_of, is_name, mentions, outputs_vector, theta_of, unit_of


def gradient_norm(node) -> tuple[int, int] | None:
    """``\\sqrt{\\langle ∇f_o(x_i), ∇f_o(x_i) \\rangle}`` (a plain norm ‖∇f_o(x_i)‖) → (output, point), else None."""
    if not isinstance(node, Sqrt) or not (isinstance(node.inner, Op) and node.inner.op == "inner"):
        return None
    a, b = (gradient_of(n) for n in node.inner.args)
    return a if a and a == b and a[1] else None


def target_maker(node, first: bool = True):
    """A function (segment, member, previous) → the claim about ``node``'s quantity, or None."""
    norm = gradient_norm(node)
    if norm is not None:   # ‖∇f(x_1)‖ (read as √⟨∇f(x_1), ∇f(x_1)⟩): the square root of K_11
        return lambda s, m, p: GradientNormClaim(s.line, m.node, m.text, p, s.text, output=norm[0], point=norm[1])
    eigen = eigenvector_of(node)
    if eigen is not None:   # "eigenvector for λ_1: (…)", read as eigvec(λ_1) = (…) (symntk.check.eigen_vectors)
        return lambda s, m, p: EigenvectorClaim(s.line, m.node, m.text, p, s.text, eigenvalue=eigen[1])
    if outputs_vector(node):
        return lambda s, m, p: ExpansionClaim(s.line, m.node, m.text, p, s.text, output=1)
    called = f_call(node)
    if called is not None:
        o, point = called
        if point is None:
            return lambda s, m, p: ExpansionClaim(s.line, m.node, m.text, p, s.text, output=o)
        return lambda s, m, p: OutputValueClaim(s.line, m.node, m.text, p, s.text, output=o, point=point)
    theta = theta_of(node)
    if theta is not None:
        return lambda s, m, p: ThetaClaim(s.line, m.node, m.text, p, s.text, entry=theta[1])
    if bare(node, "P") or (isinstance(node, Sym) and node.name in ("P",) and node.sub):
        return lambda s, m, p: CountClaim(s.line, m.node, m.text, p, s.text)
    if isinstance(node, Sym) and node.layer == 0 and not node.sub or output_at_number(node):  # a^{[0]} = x, f(3) = 3
        return lambda s, m, p: LayerClaim(s.line, m.node, m.text, p, s.text, quantity="formula", left=node)
    layer = layer_of(node)
    if layer is not None:
        every, vec = unindexed_output(node), vectorised(node)
        return lambda s, m, p: LayerClaim(s.line, m.node, m.text, p, s.text, quantity=layer[0], layer=layer[1],
                                          output=layer[2], point=layer[3], every_output=every, vec=vec)
    derivative = derivative_of(node)
    if derivative is not None:
        if derivative.get("vector"):
            return lambda s, m, p: GradientClaim(s.line, m.node, m.text, p, s.text, output=derivative["output"],
                                                 point=derivative["point"])
        return lambda s, m, p: DerivativeClaim(s.line, m.node, m.text, p, s.text, output=derivative["output"],
                                               k=derivative.get("k"), parameter=derivative.get("parameter"),
                                               point=derivative["point"])
    at_numbers = claim_maker(node)
    if at_numbers is not None:
        return at_numbers
    gradient = gradient_of(node)
    if gradient is not None:
        return lambda s, m, p: GradientClaim(s.line, m.node, m.text, p, s.text, output=gradient[0],
                                             point=gradient[1])
    function = kernel_function_of(node)
    if function is not None:
        return lambda s, m, p: KernelFunctionClaim(s.line, m.node, m.text, p, s.text, output=function[0],
                                                   second=function[1])
    pairs = pair_ref(node) or gradient_pairs(node)
    if pairs is not None:
        return lambda s, m, p: KernelEntryClaim(s.line, m.node, m.text, p, s.text, row=0, col=0, pairs=pairs)
    ref = kernel_ref(node)
    if ref is not None:
        return lambda s, m, p: KernelEntryClaim(s.line, m.node, m.text, p, s.text, row=ref[0], col=ref[1],
                                                output=ref[2])
    jac = is_matrix_name(node.args[0] if isinstance(node, Op) and node.op == "transpose" else node, "J")
    if jac != "no":
        return lambda s, m, p: JacobianClaim(s.line, m.node, m.text, p, s.text, output=jac)
    output = is_matrix_name(node, "K", "Theta")
    if output != "no":
        return lambda s, m, p: KernelClaim(s.line, m.node, m.text, p, s.text, output=output)
    shift = shifted_kernel(node)
    if shift is not None:   # K − λI = (8 − λ, 12; 12, 19 − λ): a claim about K
        return lambda s, m, p: KernelClaim(s.line, m.node, m.text, p, s.text, output=shift[1], shift=shift[0])
    det = det_of(node)
    if det is not None and det[0] == "poly":
        return lambda s, m, p: CharPolyClaim(s.line, m.node, m.text, p, s.text, sign=det[1], output=det[2])
    if det is not None:
        return lambda s, m, p: DetClaim(s.line, m.node, m.text, p, s.text, output=det[2])
    if isinstance(node, Func) and node.name in ("det", "tr") and not node.primes and node.power is None:
        if node.name == "det":
            return lambda s, m, p: DetClaim(s.line, m.node, m.text, p, s.text)
        return lambda s, m, p: TraceClaim(s.line, m.node, m.text, p, s.text)
    trace = trace_of(node)
    if trace:
        return lambda s, m, p: TraceClaim(s.line, m.node, m.text, p, s.text, output=trace[1])
    which = eigen_of(node)
    if which:
        return lambda s, m, p: EigenvalueClaim(s.line, m.node, m.text, p, s.text,
                                               which=None if which == "all" else which, output=eigen_output(node),
                                               index=eigen_index(node))
    unit = unit_of(node)
    if unit is not None:
        return lambda s, m, p: UnitClaim(s.line, m.node, m.text, p, s.text, name=unit[0], point=unit[1])
    if first and is_name(node):
        return lambda s, m, p: DefinitionClaim(s.line, m.node, m.text, p, s.text, name=node)
    if first and is_discriminant_formula(node):   # tr² − 4 det ≈ 24,0594: a claim about Δ
        return lambda s, m, p: DefinitionClaim(s.line, m.node, m.text, p, s.text, name=DISCRIMINANT)
    return None


def _written_list(node) -> bool:
    """A matrix or a list of several values, transposed or not: ``(1, 2)^T``, ``\\begin{pmatrix}…``."""
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    return isinstance(node, (Matrix, Tuple)) or isinstance(node, Group) and len(node.items) > 1


def _number(node) -> bool:
    """A number as written: ``0{,}5``, ``-1``, ``\\tfrac12``."""
    if isinstance(node, Frac):
        return written_number(node.numerator) is not None and written_number(node.denominator) is not None
    return written_number(node) is not None


def _vector_ops(node) -> bool:
    """Whether a formula transposes something or takes an inner product (``h(x_1)^T h(x_2)``, ``‖h(x_2)‖²``):
    of vectors, not numbers."""
    return any(isinstance(n, Op) and n.op in ("transpose", "inner") for n in [node, *walk(node)])


def formula_chain(seg: Segment, members: list[Member], chain: Chain, add) -> None:
    """A chain whose first member names no quantity: a polynomial in λ = 0, or formula = value."""
    first = members[0].node
    if bare_invariant(first):   # tr² − 4 det = 11.47 − 1.23 ≈ 10.24: the formula in words, then its values
        if len(members) > 2:
            formula_chain(seg, members[1:], chain, add)
        else:
            add(Context(seg.line, seg.text, "a formula in words of tr and det"))
        return
    if isinstance(first, Sym) and first.name == "theta" and first.primes:   # θ′ = [W^{[1]}, b^{[1]}, W^{[2]}]: the
        add(Context(seg.line, seg.text, "mention"))   # learner's own vector (θ with a parameter left out), not θ
        return
    bare = False
    if isinstance(first, Func) and (first.primes or first.power is not None):   # φ′ = 1, tanh′ = 1 − tanh²,
        # tanh² = 1 − sech²: a rule for every z; σ′ = 0.25 (one number) is φ′ of some hidden unit, as σ = 1/2 is
        bare = bool(first.primes) and first.power is None and len(members) == 2 and \
            (first.name in ACTIVATIONS or first.name in ("varphi", "phi")) and \
            _number(members[1].node)
        members = [Member(with_argument(m.node), m.text) for m in members]
        first = members[0].node
    elif isinstance(first, Func) and first.power is None and len(members) == 2 and (_written_list(members[1].node) or (
            first.name in ACTIVATIONS and _number(members[1].node))):
        # σ = (0.5, 0.5): σ of the layer; σ = 1/2 where z = (0, 0): σ of its units, all of one value
        bare = not _written_list(members[1].node)
        members = [Member(with_argument(first), members[0].text), members[1]]
        first = members[0].node
    if members[-1].node == Num(0, None, "0") or (isinstance(members[-1].node, Num) and members[-1].node.value == 0):
        poly = [m for m in members[:-1] if mentions(m.node, "lambda")]
        if poly and all(is_general(m.node) for m in poly):   # λ² − (tr K) λ + det K = 0: the formula in letters
            add(Context(seg.line, seg.text, "the characteristic equation in tr K and det K"))
            return
        if poly and len(poly) == len(members) - 1:
            for m in poly:
                add(CharPolyClaim(seg.line, m.node, m.text, None, seg.text, equation=True))
            return
    if isinstance(first, (Matrix, Tuple)) or (isinstance(first, Group) and len(first.items) > 1):
        add(Context(seg.line, seg.text, "mention"))
        return
    if count_terms(first):
        for m in members[1:]:
            add(CountClaim(seg.line, m.node, m.text, None, seg.text, seg.soft))
        return
    previous = first
    if not isinstance(first, Partial) and names_layer(first) or names_hidden_layer(first) and (any(
            _written_list(m.node) for m in members[1:]) or _vector_ops(first)):
        # φ′(z^{[1]}) = (1, 1)^T, relu′(z) = (1, 0), h(1) = (1, 2)^T, h(x_1)^T h(x_2) = 8: the layer as a vector
        for m in members[1:]:
            add(LayerClaim(seg.line, m.node, m.text, previous, seg.text, seg.soft, quantity="formula", left=first))
            previous = m.node
        return
    for m in members[1:]:
        add(EqualityClaim(seg.line, m.node, m.text, previous, seg.text, seg.soft, left=first, bare=bare))
        previous = m.node


"""The typed claims read from notes (one dataclass per kind of statement), context, unreadable math, problem data."""

from __future__ import annotations

from dataclasses import dataclass, field

from .nodes import Node, Signature, Sym


@dataclass
class Claim:
    """One statement about a target: the member written (``value``, with its text), the member before it
    in the same chain (``previous``, for a step that follows from the learner's own previous step)."""

    line: int
    value: Node
    claimed: str
    previous: Node | None = None
    source: str = ""
    soft: bool = False
    general: bool = False   # one instance of a formula written for every index (``∂z_i/∂W_j = x δ_{ij}``)

    kind = "claim"


@dataclass
class ExpansionClaim(Claim):
    """f(x) written out: ``f(x) = W_{1,1}^{[2]}(W_{1,1}^{[1]} x + b_1^{[1]}) + …`` (output ``output``)."""

    output: int = 1
    kind = "expansion"


@dataclass
class OutputValueClaim(Claim):
    """f(x_i) = a number."""

    output: int = 1
    point: int = 1
    kind = "output_value"


@dataclass
class ThetaClaim(Claim):
    """θ listed: by the parameters' names, or by their values; ``entry`` k for θ_k = a name."""

    entry: int | None = None
    kind = "theta"


@dataclass
class CountClaim(Claim):
    """The number of parameters: ``P = 7`` or ``2 × 1 + 2 × 1 + 1 × 2 + 1 × 1 = 7``."""

    kind = "parameter_count"


@dataclass
class DerivativeClaim(Claim):
    """∂f_o/∂(parameter) — symbolic, or at datapoint ``point``; the parameter as θ_k (``k``) or a name."""

    output: int = 1
    k: int | None = None
    parameter: Node | None = None
    point: int | None = None
    kind = "gradient"


@dataclass
class GradientClaim(Claim):
    """∇_θ f_o(x_i) (or ∂f/∂θ) as a vector; ``point`` None for the gradient as a function of x."""

    output: int = 1
    point: int | None = None
    kind = "gradient_vector"


@dataclass
class JacobianClaim(Claim):
    """J: one row per datapoint (and output), one column per parameter; ``output`` for J^{[o]}."""

    output: int | None = None
    kind = "jacobian"


@dataclass
class KernelEntryClaim(Claim):
    """K_{ij} (also K(x_i, x_j), ⟨∇f(x_i), ∇f(x_j)⟩); ``output`` for a per-output kernel K^{[o]}."""

    row: int = 1
    col: int = 1
    output: int | None = None
    pairs: tuple | None = None   # K_{(1,1),(1,2)}: the (datapoint, output) pairs (symntk.check.kernel_pairs)
    mirror: bool = False   # K_{21} = K_{12} with no value: the value is the learner's own K_{12}
    kind = "kernel_entry"


@dataclass
class KernelFunctionClaim(Claim):
    """Θ(x, x′) as a function of two inputs (``second``: the symbol written for the second); ``output`` for
    Θ^{[o]}(x, x′)."""

    output: int | None = None
    second: Sym | None = None
    kind = "kernel_function"


@dataclass
class KernelClaim(Claim):
    """The matrix K (or K^{[o]}); ``shift`` 1 when written as K − λI, −1 as λI − K (see shifted_kernel)."""

    output: int | None = None
    shift: int = 0
    kind = "kernel_matrix"


@dataclass
class CharPolyClaim(Claim):
    """det(K − λI) (``sign`` −1 for det(λI − K), 0 for a polynomial named p(λ), χ(λ), either convention) as a
    polynomial in λ; ``equation`` for ``p(λ) = 0``."""

    sign: int = 1
    equation: bool = False
    output: int | None = None
    kind = "characteristic_polynomial"


@dataclass
class TraceClaim(Claim):
    """tr K (of output ``output`` when given)."""

    output: int | None = None
    kind = "trace"


@dataclass
class DetClaim(Claim):
    """det K (of output ``output`` when given)."""

    output: int | None = None
    kind = "determinant"


@dataclass
class EigenvalueClaim(Claim):
    """Eigenvalues: all of them (``which`` None), one of them (λ_1, λ_2: ``which`` = "one"), or "min"/"max";
    ``output`` the o of K^{[o]} when the claim names it (``\\operatorname{spec} K^{[2]}``), else None."""

    which: str | None = None
    output: int | None = None
    index: int | None = None   # k of a numbered λ_k (eigen_order.py)
    kind = "eigenvalues"


@dataclass
class GradientNormClaim(Claim):
    """‖∇_θ f_o(x_i)‖ (the plain norm, not squared): the square root of the kernel entry K_{ii}."""

    output: int = 1
    point: int = 1
    kind = "gradient_norm"


@dataclass
class EigenvectorClaim(Claim):
    """A vector stated as an eigenvector of K (``value``), for the eigenvalue ``eigenvalue`` (None: for one of them)."""

    eigenvalue: Node | None = None
    output: int | None = None
    kind = "eigenvector"


@dataclass
class PropertyClaim(Claim):
    """A statement in words about the kernel: ``prop`` is psd, pd, eig_pos (all eigenvalues positive), eig_neg (some
    negative), eig_zero (an eigenvalue is 0, K singular) or a relation between columns of K (``kcols:…``, see
    :mod:`symntk.check.kernel_columns`); ``negated`` for "not …"."""

    prop: str = "pd"
    negated: bool = False
    kind = "property"


@dataclass
class DefinitionClaim(Claim):
    """A name of the learner's own (h_1, z_1, t, v_1) and what it stands for; ``name`` is the symbol."""

    name: Sym | None = None
    output: int | None = None   # the output the line or section is about (a gradient named g_1 under "Output 2")
    kind = "definition"


@dataclass
class UnitClaim(Claim):
    """A hidden unit's value: z, a or h (a layer's vector, or unit i), as a function of x or at x_i."""

    name: Sym | None = None
    point: int | None = None
    kind = "unit"


@dataclass
class LayerClaim(Claim):
    """A layer's quantity as a matrix (vectorised backprop): δ^{[l]} (``quantity`` "delta") or ∂f_o/∂W^{[l]},
    ∂f_o/∂b^{[l]} ("W", "b"), as a function of x or at datapoint ``point``; or a formula of layer quantities
    (``quantity`` "formula", ``φ′(z^{[1]}) = (1, 1)^T``) whose value is that of ``left``."""

    quantity: str = "delta"
    layer: int = 1
    output: int = 1
    point: int | None = None
    left: Node | None = None
    every_output: bool = False   # ∂f/∂W^{[l]} with f unindexed: of every output at once when f is a vector
    vec: bool = False   # vec ∂f/∂W^{[l]}: the matrix stacked into one column
    kind = "gradient"


@dataclass
class EqualityClaim(Claim):
    """A formula equal to another: the value against the first member ``left``; ``condition`` (name, +1 or −1)
    for a case of a piecewise rule (``relu′(z) = 1`` for ``z > 0``)."""

    left: Node | None = None
    condition: tuple[str, int] | None = None
    bare: bool = False   # σ = 1/2: an activation written without its argument, given one number
    kind = "equality"


@dataclass(frozen=True)
class Context:
    """Math that claims nothing (a name, a definition of the exercise, a general formula), with why; ``reason``
    (in English, the report words it) says why math that looks like a claim was set aside and not judged."""

    line: int
    text: str
    why: str
    reason: str = ""


@dataclass(frozen=True)
class Unreadable:
    """Math that could not be read, with the reason (in English; the report words it)."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class ProblemPart:
    """A piece of the exercise itself: ``signature``, ``formula``, ``value`` (W^{[l]} or b^{[l]}),
    ``point``, or ``names`` (the learner's names for a parameter matrix's entries)."""

    line: int
    kind: str
    name: str
    node: Node | Signature | None
    text: str = ""


@dataclass
class Reading:
    """The notes read: every item in order (claims, context, unreadable) and the parts of the problem."""

    items: list = field(default_factory=list)
    parts: list[ProblemPart] = field(default_factory=list)
    names: dict = field(default_factory=dict)   # the learner's name → names.Param, or a unit ("z"/"a", l, j)
    layers: dict = field(default_factory=dict)  # a letter for a whole layer → (W1/b2, transposed): vector_names
    data: set = field(default_factory=set)      # (line, text) of each statement the exercise was read from

    @property
    def claims(self) -> list:
        """The claims and the unreadable math (what is judged), in order."""
        return [i for i in self.items if isinstance(i, (Claim, Unreadable))]

"""What each piece of math in the notes is: typed claims to judge, problem data, context, or unreadable math.

A chain ``A = B = C`` is read from its first member that names a quantity (its
*target*: ∂f/∂θ_k, ∇f(x_i), J, K_{ij}, K, det(K − λI), tr K, det K, λ, θ, P, f,
or one of the learner's own names) and every other member is one claim about
that target, on the segment's line. A chain whose first member is a formula
(``w_1 x + b_1 = x``, ``\\sqrt{697} ≈ 26.40``) is an :class:`EqualityClaim`: each
later member against the first. Math without a relation is context.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from .nodes import Chain, Frac, Func, Group, Matrix, Member, Node, Num, Op, Partial, Signature, Sym, Tuple
from .predicates import bare, factor_list, flat_sum, int_subs, texts, walk
from .source import Segment
from .syntax import UnreadableError, parse

MAX_CLAIMS = 600


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
    kind = "kernel_entry"


@dataclass
class KernelClaim(Claim):
    """The matrix K (or K^{[o]})."""

    output: int | None = None
    kind = "kernel_matrix"


@dataclass
class CharPolyClaim(Claim):
    """det(K − λI) (``sign`` −1 for det(λI − K)) as a polynomial in λ; ``equation`` for ``p(λ) = 0``."""

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
    """Eigenvalues: all of them (``which`` None), one of them (λ_1, λ_2: ``which`` = "one"), or "min"/"max"."""

    which: str | None = None
    kind = "eigenvalues"


@dataclass
class DefinitionClaim(Claim):
    """A name of the learner's own (h_1, z_1, t, v_1) and what it stands for; ``name`` is the symbol."""

    name: Sym | None = None
    kind = "definition"


@dataclass
class UnitClaim(Claim):
    """A hidden unit's value: z, a or h (a layer's vector, or unit i), as a function of x or at x_i."""

    name: Sym | None = None
    point: int | None = None
    kind = "unit"


@dataclass
class EqualityClaim(Claim):
    """A formula equal to another: the value against the first member ``left``."""

    left: Node | None = None
    kind = "equality"


@dataclass(frozen=True)
class Context:
    """Math that claims nothing (a name, a definition of the exercise, a general formula), with why."""

    line: int
    text: str
    why: str


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

    @property
    def claims(self) -> list:
        """The claims and the unreadable math (what is judged), in order."""
        return [i for i in self.items if isinstance(i, (Claim, Unreadable))]


_RELATIONS_OF_CLAIMS = ("=", "\\approx", "\\Rightarrow", "\\implies", "\\Longrightarrow", "\\equiv", "\\simeq",
                        ":=", "\\coloneqq")


_INDEX_SUB = re.compile(r"_\s*(\{[^{}]{0,12}\}|[ijk](?![A-Za-z]))")
_BARE_PAIR = re.compile(r"_([0-9ijk])([0-9ijk])(?![A-Za-z0-9])")
_LETTER = re.compile(r"(?<![A-Za-z\\])([ijk])(?![A-Za-z])")


def instances(seg: Segment, largest: int = 3) -> list[Segment]:
    """A claim about unit i (``z_i = W_{i1} x + b_i``) as one claim per i = 1, 2, … (each soft: only the
    instances inside the network are judged); other segments as they are."""
    seg = Segment(seg.line, _BARE_PAIR.sub(r"_{\1\2}", seg.text), seg.display, seg.error, seg.soft)
    letters = sorted({m.group(1) for sub in _INDEX_SUB.finditer(seg.text) for m in _LETTER.finditer(sub.group(1))})
    if not letters or "\\sum" in seg.text or len(letters) > 2:
        return [seg]
    out = []
    for values in itertools.product(range(1, largest + 1), repeat=len(letters)):
        table = dict(zip(letters, (str(v) for v in values)))

        def put(sub, table=table):
            return _LETTER.sub(lambda m: table[m.group(1)], sub.group(0))

        out.append(Segment(seg.line, _INDEX_SUB.sub(put, seg.text), seg.display, soft=True))
    return out


def read_segments(segments: list[Segment]) -> Reading:
    """Classify every segment (see the module doc)."""
    reading = Reading()
    for seg in [one for whole in segments for one in instances(whole)]:
        if seg.error:
            reading.items.append(Unreadable(seg.line, seg.text, seg.error))
            continue
        try:
            parsed = parse(seg.text)
        except UnreadableError as exc:
            if (_has_relation(seg.text) or _foreign_commands(seg.text)) and not seg.soft:
                reading.items.append(Unreadable(seg.line, seg.text, str(exc)))
            else:
                reading.items.append(Context(seg.line, seg.text, "mention"))
            continue
        except RecursionError:
            reading.items.append(Unreadable(seg.line, seg.text, "the formula is nested too deeply"))
            continue
        if isinstance(parsed, Signature):
            reading.parts.append(ProblemPart(seg.line, "signature", parsed.name, parsed, seg.text))
            reading.items.append(Context(seg.line, seg.text, "exercise"))
            continue
        try:
            _classify(seg, parsed, reading)
        except UnreadableError as exc:
            reading.items.append(Context(seg.line, seg.text, "mention") if seg.soft
                                 else Unreadable(seg.line, seg.text, str(exc)))
        if len(reading.items) > MAX_CLAIMS:
            raise UnreadableError(f"more than {MAX_CLAIMS} pieces of math")
    return reading


_KNOWN_COMMANDS = frozenset(
    "mathbb mathbf boldsymbol bm vec mathrm text textrm textbf textit mbox operatorname mathit mathcal mathsf "
    "to rightarrow leftarrow Rightarrow implies mapsto in notin subset subseteq forall exists quad qquad "
    "left right big Big bigg Bigg cdot times ast dots ldots cdots vdots ddots frac dfrac tfrac sqrt sum prod "
    "partial nabla theta lambda sigma delta alpha beta gamma eta mu nu phi varphi psi omega epsilon varepsilon "
    "tau rho kappa xi zeta pi Theta Lambda Delta Sigma Phi Omega tanh sech cosh sinh exp ln log det tr max min "
    "top intercal prime approx equiv simeq neq ne le ge leq geq sim langle rangle begin end displaystyle hat "
    "bar tilde underbrace overbrace overline underline cap cup infty pm mp circ odot otimes colon mid vert "
    "Vert lvert rvert lVert rVert label tag nonumber notag hspace vspace phantom emph checkmark".split())


def _foreign_commands(text: str) -> list[str]:
    """Commands that are neither math the checker knows nor harmless formatting (\\input, \\write18, …)."""
    return [c for c in re.findall(r"\\([A-Za-z]+)", text) if c not in _KNOWN_COMMANDS]


_GUESSES = (("\\partial", "gradient"), ("\\nabla", "gradient_vector"), ("eig", "eigenvalues"),
            ("\\lambda", "eigenvalues"), ("K_", "kernel_entry"), ("K =", "kernel_matrix"), ("\\det", "determinant"),
            ("\\theta", "theta"), ("J =", "jacobian"), ("\\times", "parameter_count"))


def guess_kind(text: str) -> str | None:
    """The claim kind unreadable math most likely was (None when nothing suggests one)."""
    for needle, kind in _GUESSES:
        if needle in text:
            return kind
    return "expansion" if "W_" in text or "b_" in text else None


def _has_relation(text: str) -> bool:
    return "=" in text or "\\approx" in text or "≈" in text


# ---- targets ---------------------------------------------------------------------------------------------

def _point_of(node) -> int | None | str:
    """``x_i`` → i; ``x`` → None; anything else → "bad"."""
    if isinstance(node, Group) and len(node.items) == 1:
        node = node.items[0]
    if bare(node, "x"):
        return None
    if isinstance(node, Sym) and node.name == "x" and node.layer is None:
        subs = int_subs(node)
        if subs and len(subs) == 1:
            return subs[0]
    return "bad"


def _f_call(node) -> tuple[int, int | None] | None:
    """``f``, ``y``, ``f(x)``, ``f_o(x_i)`` → (output, point)."""
    parts = factor_list(node)
    head = parts[0]
    if not (isinstance(head, Sym) and head.name in ("f", "y") and head.layer is None and not head.primes):
        return None
    if head.name == "y" and head.sub:
        return None  # y_i: a label of the data
    output = 1
    if head.sub:
        subs = int_subs(head)
        if not subs or len(subs) != 1:
            return None
        output = subs[0]
    if len(parts) == 1:
        return output, None
    if len(parts) == 2 and isinstance(parts[1], Group) and len(parts[1].items) == 1:
        point = _point_of(parts[1])
        if point != "bad":
            return output, point
    return None


def _gradient_of(node) -> tuple[int, int | None] | None:
    """``∇_θ f_o(x_i)`` (transposed or not) → (output, point)."""
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    parts = factor_list(node)
    if not parts or not (isinstance(parts[0], Sym) and parts[0].name == "nabla"):
        return None
    rest = parts[1:]
    if len(rest) == 1 and isinstance(rest[0], Op) and rest[0].op == "transpose":
        rest = factor_list(rest[0].args[0])
    if not rest:
        return None
    rebuilt = rest[0] if len(rest) == 1 else Op("juxt", (rest[0], rest[1])) if len(rest) == 2 else None
    if rebuilt is None:
        return None
    if len(rest) == 2 and isinstance(rest[1], Op) and rest[1].op == "transpose":
        rebuilt = Op("juxt", (rest[0], rest[1].args[0]))
    called = _f_call(rebuilt)
    return called


def _kernel_ref(node) -> tuple[int, int, int | None] | None:
    """``K_{ij}``, ``K_{i,j}``, ``K_{ij}^{[o]}``, ``K(x_i, x_j)``, ``Θ(x_i, x_j)``, ⟨∇f(x_i), ∇f(x_j)⟩,
    ``∇f(x_i)^T ∇f(x_j)`` → (i, j, output or None)."""
    if isinstance(node, Op) and node.op == "pow" and isinstance(node.args[0], Op) and node.args[0].op == "norm" \
            and isinstance(node.args[1], Num) and node.args[1].value == 2:
        a = _gradient_of(node.args[0].args[0])
        if a and a[1]:
            return a[1], a[1], (a[0] if a[0] != 1 else None)
        return None
    if isinstance(node, Op) and node.op == "inner":
        a, b = _gradient_of(node.args[0]), _gradient_of(node.args[1])
        if a and b and a[1] and b[1] and a[0] == b[0]:
            return a[1], b[1], (a[0] if a[0] != 1 else None)
        return None
    parts = factor_list(node)
    if len(parts) >= 2 and isinstance(parts[0], Sym) and parts[0].name == "nabla":
        for cut in range(2, len(parts)):
            left = _rebuild(parts[:cut])
            right = _rebuild(parts[cut:])
            a, b = _gradient_of(left), _gradient_of(right)
            if a and b and a[1] and b[1]:
                return a[1], b[1], (a[0] if a[0] != 1 else None)
        return None
    if len(parts) == 2 and isinstance(parts[0], Sym) and parts[0].name in ("K", "Theta") and not parts[0].sub:
        arg = parts[1]
        if isinstance(arg, Group) and arg.kind == "tuple" and len(arg.items) == 2:
            points = [_point_of(a) for a in arg.items]
            if all(isinstance(p, int) for p in points):
                return points[0], points[1], parts[0].layer
        return None
    if not isinstance(node, Sym) or node.name not in ("K", "Theta") or not node.sub:
        return None
    subs = [s for s in node.sub]
    if len(subs) == 1 and isinstance(subs[0], Num) and subs[0].decimals is None and len(subs[0].text) == 2:
        return int(subs[0].text[0]), int(subs[0].text[1]), node.layer
    if len(subs) == 2 and all(isinstance(s, Num) and s.decimals is None for s in subs):
        return int(subs[0].value), int(subs[1].value), node.layer
    return None


def _rebuild(parts):
    node = parts[0]
    for p in parts[1:]:
        node = Op("juxt", (node, p))
    return node


def _is_matrix_name(node, *names) -> int | None | str:
    """``K`` / ``Θ`` / ``K^{[o]}`` → output (None when not given); "no" otherwise."""
    if isinstance(node, Sym) and node.name in names and not node.sub and not node.primes:
        return node.layer
    return "no"


def _det_of(node) -> tuple[str, int, int | None] | None:
    """``\\det(K − λI)`` → ("poly", 1, o), ``\\det(λI − K)`` → ("poly", −1, o), ``\\det K`` → ("det", 1, o);
    o is the output of K^{[o]} (None for K)."""
    parts = factor_list(node)
    if len(parts) != 2 or not (isinstance(parts[0], Func) and parts[0].name == "det"):
        return None
    arg = parts[1]
    if isinstance(arg, Group) and len(arg.items) == 1:
        arg = arg.items[0]
    if _is_matrix_name(arg, "K", "Theta") != "no":
        return "det", 1, _is_matrix_name(arg, "K", "Theta")
    if isinstance(arg, Op) and arg.op == "sub":
        left, right = arg.args
        if _is_matrix_name(left, "K", "Theta") != "no" and _mentions(right, "lambda"):
            return "poly", 1, _is_matrix_name(left, "K", "Theta")
        if _is_matrix_name(right, "K", "Theta") != "no" and _mentions(left, "lambda"):
            return "poly", -1, _is_matrix_name(right, "K", "Theta")
    return None


def _mentions(node, name: str) -> bool:
    return any(isinstance(n, Sym) and n.name == name for n in walk(node))


def _trace_of(node):
    """``tr K`` → ("tr", output of K^{[o]} or None); else None."""
    parts = factor_list(node)
    if len(parts) != 2 or not (isinstance(parts[0], Func) and parts[0].name in ("tr", "trace")):
        return None
    arg = parts[1]
    if isinstance(arg, Group) and len(arg.items) == 1:
        arg = arg.items[0]
    output = _is_matrix_name(arg, "K", "Theta")
    return None if output == "no" else ("tr", output)


def _eigen_of(node) -> str | None | bool:
    """λ → "all"; λ_1, λ_{1,2} → "one"/"all"; λ_{min}/λ_{max} → "min"/"max"; eig(K) → "all"; else False."""
    if any(isinstance(n, Func) and n.name.startswith("eig") for n in walk(node)) or \
            any("eig" in t for t in texts(node)):
        return "all"
    if isinstance(node, Sym) and node.name == "lambda" and node.layer is None and not node.primes:
        if not node.sub:
            return "all"
        if len(node.sub) == 1 and isinstance(node.sub[0], Func) and node.sub[0].name in ("min", "max"):
            return node.sub[0].name
        subs = int_subs(node)
        if subs and len(subs) == 1 and len(node.sub[0].text) == 2:
            return "all"
        if subs and len(subs) == 1:
            return "one"
        if subs and len(subs) == 2:
            return "all"
        if len(node.sub) == 1 and isinstance(node.sub[0], Sym) and node.sub[0].name in ("i", "k", "j"):
            return "all"
    return False


def _theta_of(node) -> tuple[str, int | None] | None:
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    if bare(node, "theta"):
        return "all", None
    if isinstance(node, Sym) and node.name == "theta" and node.layer is None:
        subs = int_subs(node)
        if subs and len(subs) == 1:
            return "entry", subs[0]
    return None


def _derivative_of(node) -> dict | None:
    """``∂f_o(x_i)/∂θ_k`` / ``∂f/∂W…`` / ``∂f/∂(a name)`` / ``∂f/∂θ`` → target fields."""
    if not isinstance(node, Partial):
        return None
    out: dict = {"output": 1, "point": None}
    if node.numerator is not None:
        called = _f_call(node.numerator)
        if called is None:
            return None
        out["output"], out["point"] = called
    den = node.denominator
    if isinstance(den, Op) and den.op == "transpose":
        den = den.args[0]
    if bare(den, "theta"):
        out["vector"] = True
        return out
    if isinstance(den, Sym) and den.name == "theta" and den.layer is None:
        subs = int_subs(den)
        if subs and len(subs) == 1:
            out["k"] = subs[0]
            return out
        return None
    if isinstance(den, Sym) and den.name not in ("x", "lambda", "nabla", "dots"):
        out["parameter"] = den
        return out
    return None


# ---- classification --------------------------------------------------------------------------------------

def _classify(seg: Segment, chain: Chain, reading: Reading) -> None:
    members = list(chain.members)
    rels = list(chain.rels)
    add = reading.items.append
    cut = next((n for n, r in enumerate(rels) if r not in _RELATIONS_OF_CLAIMS), None)
    if cut is not None:
        if rels[cut] == "\\in" and cut + 1 < len(members) and _theta_of(members[0].node) and \
                _space_size(members[cut + 1].node):
            size = _space_size(members[cut + 1].node)
            add(CountClaim(seg.line, Num(size, None, str(size)), members[cut + 1].text, None, seg.text))
        members = members[:cut + 1]
    for pos, rel in enumerate(rels[:len(members) - 1]):
        if rel in ("\\Rightarrow", "\\implies", "\\Longrightarrow") and pos + 2 < len(members) and \
                _target_maker(members[pos + 1].node, first=False) is not None:
            _classify(seg, Chain(tuple(members[:pos + 1]), False, tuple(rels[:pos])), reading)
            _classify(seg, Chain(tuple(members[pos + 1:]), False, tuple(rels[pos + 1:])), reading)
            return
    if len(members) < 2:
        add(Context(seg.line, seg.text, "mention"))
        return
    members = [m for m in members if not texts(m.node) or _eigen_of(m.node) == "all"]
    if len(members) < 2:
        add(Context(seg.line, seg.text, "mention"))
        return
    first = members[0].node
    part = _problem_part(seg, first, members)
    if part is not None:
        reading.parts.extend(part)
        add(Context(seg.line, seg.text, "exercise"))
        if part and part[0].kind == "formula":  # for a network of scalars the formula is also f written out
            for m in members[1:]:
                add(ExpansionClaim(seg.line, m.node, m.text, None, seg.text, True, output=1))
        return
    target = None
    rest = []
    for n, m in enumerate(members):
        make = _target_maker(m.node, first=n == 0)
        if make is not None and target is None:
            target = make
            continue
        if make is not None and isinstance(make(seg, m, None), UnitClaim) and n == len(members) - 1:
            make = None  # ∂f/∂W^{[2]}_{11} = a_1: the unit is the value
        if make is not None and isinstance(make(seg, m, None), (KernelEntryClaim, UnitClaim)) and target is not None:
            rest.append((m, make))   # K_{12} = … = K_{21}: the value also claims K_{21}
            continue
        if make is not None:
            continue  # another name of the same quantity (K = J J^T, ∂f/∂θ_1 = ∂f/∂W…)
        rest.append((m, None))
    values = [(m, mk) for m, mk in rest if not _is_general(m.node)]
    if target is not None and not values:
        alias = _theta_alias(seg, members)
        if alias is not None:
            add(alias)
            return
    if target is None:
        _formula_chain(seg, members, chain, add)
        return
    if not values:
        add(Context(seg.line, seg.text, "definition of a quantity"))
        return
    previous = None
    last_value = None
    for m, other in values:
        if other is not None:
            if last_value is not None:
                extra = other(seg, last_value, None)
                extra.soft = seg.soft
                add(extra)
            continue
        claim = target(seg, m, previous)
        claim.soft = seg.soft
        add(claim)
        previous, last_value = m.node, m
    _maybe_equation(reading)


def _space_size(node) -> int | None:
    """ℝ^n → n."""
    if isinstance(node, Op) and node.op == "pow" and isinstance(node.args[0], Sym) and node.args[0].name == "R":
        exp = node.args[1]
        if isinstance(exp, Num) and exp.decimals is None:
            return int(exp.value)
    return None


def _theta_alias(seg: Segment, members: list[Member]):
    """``∂f/∂θ_1 = ∂f/∂W_{1,1}^{[1]}``: the claim θ_1 = W_{1,1}^{[1]}."""
    targets = [_derivative_of(m.node) for m in members]
    ks = [t["k"] for t in targets if t and t.get("k")]
    names = [(t["parameter"], m) for t, m in zip(targets, members) if t and t.get("parameter") is not None]
    if len(ks) == 1 and len(names) == 1:
        return ThetaClaim(seg.line, names[0][0], members[-1].text, None, seg.text, seg.soft, entry=ks[0])
    return None


def _count_terms(node) -> bool:
    """``2 × 1 + 2 × 1 + 1 × 2 + 1 × 1``: the parameter count layer by layer (products n_l × n_{l−1})."""
    terms = flat_sum(node)
    return len(terms) >= 2 and all(isinstance(t, Op) and t.op == "mul" and all(
        isinstance(a, Num) and a.decimals is None for a in t.args) for t in terms)


def _maybe_equation(reading: Reading) -> None:
    """``det(K − λI) = … = 0``: the last 0 is the characteristic equation, not a value of the polynomial."""
    items = reading.items
    last = items[-1] if items else None
    if isinstance(last, CharPolyClaim) and isinstance(last.value, Num) and last.value.value == 0:
        items[-1] = Context(last.line, last.claimed, "the characteristic equation")
        for item in items[-2::-1]:
            if not isinstance(item, CharPolyClaim) or item.line != last.line:
                break
            item.equation = True


def _is_general(node) -> bool:
    """The general formula (Σ_k ∂f(x_i)/∂θ_k …, J J^T, ∇f(x_i)^T ∇f(x_j) with letters): not a value."""
    for n in walk(node):
        if isinstance(n, Sym) and n.name in ("nabla", "dots", "J", "K", "Theta") or isinstance(n, Partial):
            return True
        if isinstance(n, Sym) and n.name == "x" and n.sub and not int_subs(n):
            return True
    return type(node).__name__ == "SumOp" or any(type(n).__name__ == "SumOp" for n in walk(node))


def _outputs_vector(node) -> bool:
    """``(f_1(x), f_2(x))`` as a column or a tuple."""
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    if isinstance(node, Matrix):
        cells = [v for row in node.rows for v in row]
    elif isinstance(node, (Group, Tuple)) and len(node.items) > 1:
        cells = list(node.items)
    else:
        return False
    calls = [_f_call(c) for c in cells]
    return all(c is not None and c[1] is None for c in calls) and [c[0] for c in calls] == list(
        range(1, len(cells) + 1))


def _target_maker(node, first: bool = True):
    """A function (segment, member, previous) → the claim about ``node``'s quantity, or None."""
    if _outputs_vector(node):
        return lambda s, m, p: ExpansionClaim(s.line, m.node, m.text, p, s.text, output=1)
    called = _f_call(node)
    if called is not None:
        o, point = called
        if point is None:
            return lambda s, m, p: ExpansionClaim(s.line, m.node, m.text, p, s.text, output=o)
        return lambda s, m, p: OutputValueClaim(s.line, m.node, m.text, p, s.text, output=o, point=point)
    theta = _theta_of(node)
    if theta is not None:
        return lambda s, m, p: ThetaClaim(s.line, m.node, m.text, p, s.text, entry=theta[1])
    if bare(node, "P") or (isinstance(node, Sym) and node.name in ("P",) and node.sub):
        return lambda s, m, p: CountClaim(s.line, m.node, m.text, p, s.text)
    derivative = _derivative_of(node)
    if derivative is not None:
        if derivative.get("vector"):
            return lambda s, m, p: GradientClaim(s.line, m.node, m.text, p, s.text, output=derivative["output"],
                                                 point=derivative["point"])
        return lambda s, m, p: DerivativeClaim(s.line, m.node, m.text, p, s.text, output=derivative["output"],
                                               k=derivative.get("k"), parameter=derivative.get("parameter"),
                                               point=derivative["point"])
    gradient = _gradient_of(node)
    if gradient is not None:
        return lambda s, m, p: GradientClaim(s.line, m.node, m.text, p, s.text, output=gradient[0],
                                             point=gradient[1])
    ref = _kernel_ref(node)
    if ref is not None:
        return lambda s, m, p: KernelEntryClaim(s.line, m.node, m.text, p, s.text, row=ref[0], col=ref[1],
                                                output=ref[2])
    jac = _is_matrix_name(node.args[0] if isinstance(node, Op) and node.op == "transpose" else node, "J")
    if jac != "no":
        return lambda s, m, p: JacobianClaim(s.line, m.node, m.text, p, s.text, output=jac)
    output = _is_matrix_name(node, "K", "Theta")
    if output != "no":
        return lambda s, m, p: KernelClaim(s.line, m.node, m.text, p, s.text, output=output)
    det = _det_of(node)
    if det is not None and det[0] == "poly":
        return lambda s, m, p: CharPolyClaim(s.line, m.node, m.text, p, s.text, sign=det[1], output=det[2])
    if det is not None:
        return lambda s, m, p: DetClaim(s.line, m.node, m.text, p, s.text, output=det[2])
    if isinstance(node, Func) and node.name in ("det", "tr") and not node.primes and node.power is None:
        if node.name == "det":
            return lambda s, m, p: DetClaim(s.line, m.node, m.text, p, s.text)
        return lambda s, m, p: TraceClaim(s.line, m.node, m.text, p, s.text)
    trace = _trace_of(node)
    if trace:
        return lambda s, m, p: TraceClaim(s.line, m.node, m.text, p, s.text, output=trace[1])
    which = _eigen_of(node)
    if which:
        return lambda s, m, p: EigenvalueClaim(s.line, m.node, m.text, p, s.text,
                                               which=None if which == "all" else which)
    unit = _unit_of(node)
    if unit is not None:
        return lambda s, m, p: UnitClaim(s.line, m.node, m.text, p, s.text, name=unit[0], point=unit[1])
    if first and _is_name(node):
        return lambda s, m, p: DefinitionClaim(s.line, m.node, m.text, p, s.text, name=node)
    return None


def _unit_of(node) -> tuple[Sym, int | None] | None:
    """``z``, ``a^{[1]}``, ``h_2``, ``z^{[1]}(x_2)``, ``h_1(x_1)`` → (the name, the datapoint or None)."""
    parts = factor_list(node)
    head = parts[0]
    if not (isinstance(head, Sym) and head.name in ("z", "a", "h") and len(head.sub) <= 1 and not head.primes):
        return None
    if head.sub and not (isinstance(head.sub[0], Num) and head.sub[0].decimals is None):
        return None
    if len(parts) == 1:
        return head, None
    if len(parts) == 2 and isinstance(parts[1], Group) and len(parts[1].items) == 1:
        point = _point_of(parts[1])
        if point != "bad":
            return head, point
    return None


def _is_name(node) -> bool:
    """A single symbol that can be a learner's own name (h_1, z^{[1]}_2, t, v_1, δ_1, σ_1, c)."""
    return isinstance(node, Sym) and node.name not in ("x", "lambda", "nabla", "dots", "e", "I", "theta")


def _formula_chain(seg: Segment, members: list[Member], chain: Chain, add) -> None:
    """A chain whose first member names no quantity: a polynomial in λ = 0, or formula = value."""
    first = members[0].node
    if members[-1].node == Num(0, None, "0") or (isinstance(members[-1].node, Num) and members[-1].node.value == 0):
        poly = [m for m in members[:-1] if _mentions(m.node, "lambda")]
        if poly and len(poly) == len(members) - 1:
            for m in poly:
                add(CharPolyClaim(seg.line, m.node, m.text, None, seg.text, equation=True))
            return
    if isinstance(first, (Matrix, Tuple)) or (isinstance(first, Group) and len(first.items) > 1):
        add(Context(seg.line, seg.text, "mention"))
        return
    if _count_terms(first):
        for m in members[1:]:
            add(CountClaim(seg.line, m.node, m.text, None, seg.text, seg.soft))
        return
    previous = first
    for m in members[1:]:
        add(EqualityClaim(seg.line, m.node, m.text, previous, seg.text, seg.soft, left=first))
        previous = m.node


# ---- the exercise ------------------------------------------------------------------------------------------

def _problem_part(seg: Segment, first, members) -> list[ProblemPart] | None:
    """Problem data: W^{[l]} = …, b^{[l]} = …, x_i = …, x^{(i)} = (…), the network formula f(x) = W^{[2]} …."""
    rest = members[-1]
    if isinstance(first, Op) and first.op == "transpose":
        first = first.args[0]
    names = [_layer_param(m.node) for m in members[:-1]]
    if len(names) > 1 and all(names) and _is_numeric(rest.node):
        return [ProblemPart(seg.line, "value", n, rest.node, rest.text) for n in names]
    name = _layer_param(first)
    if name:
        if _has_names(rest.node):
            return [ProblemPart(seg.line, "names", name, rest.node, rest.text)]
        if _is_numeric(rest.node):
            return [ProblemPart(seg.line, "value", name, rest.node, rest.text)]
        return None
    if isinstance(first, Sym) and first.name == "x" and first.layer is None and _is_numeric(rest.node):
        subs = int_subs(first)
        if subs and len(subs) == 1:
            return [ProblemPart(seg.line, "point", str(subs[0]), rest.node, rest.text)]
        if not first.sub and isinstance(rest.node, (Tuple, Group)) and len(members) == 2:
            return [ProblemPart(seg.line, "point", str(i), item, rest.text)
                    for i, item in enumerate(rest.node.items, start=1)]
    if bare(first, "x") and not _is_numeric(rest.node):
        return [ProblemPart(seg.line, "names", "x", rest.node, rest.text)]
    called = _f_call(first)
    if called is not None and called[1] is None:
        formula = [m for m in members[1:] if _matrix_level(m.node) and not _indexed(m.node)]
        if formula and len(formula) == len(members) - 1:
            return [ProblemPart(seg.line, "formula", "f", formula[0].node, formula[0].text)]
    return None


def _layer_param(node) -> str | None:
    if isinstance(node, Sym) and node.name in ("W", "b") and node.layer and not node.sub and not node.primes:
        return f"{node.name}{node.layer}"
    return None


def _indexed(node) -> bool:
    """Whether ``node`` names an entry of a parameter matrix (W_{1,1}^{[2]}, b_1^{[1]})."""
    return any(isinstance(n, Sym) and n.name in ("W", "b") and n.sub for n in walk(node))


def _matrix_level(node) -> bool:
    return any(_layer_param(n) for n in walk(node))


def _is_numeric(node) -> bool:
    return all(not isinstance(n, (Sym, Func, Partial)) for n in walk(node)) and not isinstance(node, Frac) or \
        all(isinstance(n, (Num, Op, Group, Frac, Matrix, Tuple)) for n in walk(node))


def _has_names(node) -> bool:
    return any(isinstance(n, Sym) and n.name not in ("T",) for n in walk(node)) and not _matrix_level(node)

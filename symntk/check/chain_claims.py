"""The claims of one chain of relations ``A = B = C``: its target (the first member that names a quantity) and
a claim about it for every later member, a formula chain, problem data, or context (see :mod:`symntk.check.reading`)."""

from __future__ import annotations

from .capital_theta import theta_by_names
from .claim_makers import formula_chain, target_maker
from .claims import (
    CharPolyClaim,
    Context,
    CountClaim,
    DefinitionClaim,
    DerivativeClaim,
    DetClaim,
    EigenvalueClaim,
    EqualityClaim,
    ExpansionClaim,
    GradientClaim,
    KernelClaim,
    KernelEntryClaim,
    LayerClaim,
    Reading,
    ThetaClaim,
    TraceClaim,
    UnitClaim,
)
from .eigen_vectors import eigen_equation, eigenvector_of
from .formula_kinds import is_general, space_size
from .invariant_entries import entry_formula
from .invariant_terms import with_placeholders
from .kernel_mirror import mirror_claim
from .kernel_targets import eigen_of
from .matrices import multiply_out
from .nodes import Chain, Func, Member, Num, SumOp, Sym
from .predicates import texts
from .problem_parts import is_numeric, problem_part
from .rules import sign_condition
from .source import Segment
from .targets import derivative_of, mentions, theta_of

_RELATIONS_OF_CLAIMS = ("=", "\\approx", "\\Rightarrow", "\\implies", "\\Longrightarrow", "\\equiv", "\\simeq",
                        ":=", "\\coloneqq")


def _before_implication(members: list, rels: list) -> list:
    """The members before the first ⇒ of a chain (``x_1 = 1 ⇒ (1, 0, 1)``: the datapoint's value is 1, and what
    follows the arrow is what it leads to, not another spelling of the value)."""
    cut = next((n for n, r in enumerate(rels[:len(members) - 1]) if r in _IMPLICATIONS), None)
    return members if cut is None or cut < 1 else members[:cut + 1]


_IMPLICATIONS = ("\\Rightarrow", "\\implies", "\\Longrightarrow")
_EQUIVALENCES = ("\\iff", "\\Leftrightarrow")


_SIGNS = ("<", ">", "\\le", "\\ge", "\\leq", "\\geq")


def _signed_value(members: list, rels: list, cut: int) -> bool:
    """``z_1 = 1 > 0``, ``z_2 = -3 + 2 = -1 < 0``: a chain of equalities ending in a number, then that number's sign
    (a comparison with a number, as learners note which unit is active); the chain before the sign is a claim."""
    return 1 <= cut and rels[cut] in _SIGNS and cut + 1 == len(members) - 1 and \
        is_numeric(members[cut].node) and is_numeric(members[cut + 1].node) and not is_numeric(members[0].node)


def classify_chain(seg: Segment, chain: Chain, reading: Reading) -> None:
    eigen = eigen_equation(seg, chain)
    if eigen is not None:   # K v = λ v written out with numbers: v is an eigenvector for λ
        reading.items.append(eigen)
        return
    members = theta_by_names([Member(multiply_out(m.node), m.text) for m in chain.members])
    rels = list(chain.rels)
    add = reading.items.append
    if len(members) > 1 and all(isinstance(m.node, Func) for m in members):
        add(Context(seg.line, seg.text, "the activation named"))  # φ = id, φ = tanh
        return
    for pos, rel in enumerate(rels):   # "λ² − 27λ + 8 = 0 ⟺ λ = …": two claims, each judged
        if rel in _EQUIVALENCES and pos >= 1 and pos + 2 < len(members):
            classify_chain(seg, Chain(tuple(members[:pos + 1]), False, tuple(rels[:pos])), reading)
            classify_chain(seg, Chain(tuple(members[pos + 1:]), chain.open_end, tuple(rels[pos + 1:])), reading)
            return
    cut = next((n for n, r in enumerate(rels) if r not in _RELATIONS_OF_CLAIMS), None)
    if cut is not None and _signed_value(members, rels, cut):   # z_2 = -3 + 2 = -1 < 0: the value, then its sign
        members, rels, cut = members[:cut + 1], rels[:cut], None
    if cut is not None and rels[cut] in _SIGNS:
        items = reading.items
        if len(members) == 2 and items and isinstance(items[-1], (EqualityClaim, DefinitionClaim)) and \
                items[-1].line == seg.line:  # relu'(z) = 1 if z > 0: the case before its condition
            sign = sign_condition(members, rels[cut])
            if isinstance(items[-1], EqualityClaim) and sign is not None and mentions(items[-1].left, sign[0]):
                items[-1].condition = sign
            else:
                last = items.pop()
                add(Context(last.line, last.source, "a case of a piecewise definition"))
        add(Context(seg.line, seg.text, "a case of a piecewise definition"))
        return
    if cut is not None:
        if rels[cut] == "\\in" and cut + 1 < len(members) and theta_of(members[0].node) and \
                space_size(members[cut + 1].node):
            size = space_size(members[cut + 1].node)
            add(CountClaim(seg.line, Num(size, None, str(size)), members[cut + 1].text, None, seg.text))
        members = members[:cut + 1]
    for pos, rel in enumerate(rels[:len(members) - 1]):
        if rel in ("\\Rightarrow", "\\implies", "\\Longrightarrow") and pos + 2 < len(members) and \
                (target_maker(members[pos + 1].node, first=False) is not None or _names_next(members, rels, pos) or
                 _same_equation(members, rels, pos)):
            classify_chain(seg, Chain(tuple(members[:pos + 1]), False, tuple(rels[:pos])), reading)
            classify_chain(seg, Chain(tuple(members[pos + 1:]), False, tuple(rels[pos + 1:])), reading)
            return
    if len(members) < 2:
        add(Context(seg.line, seg.text, "mention"))
        return
    # Σ_{k=1}^{7} = 1 + 4 + …: a sum sign alone heads the sum written out after it, no value of its own
    members = [m for m in members if (not texts(m.node) or eigen_of(m.node) == "all") and not isinstance(m.node, SumOp)]
    if len(members) < 2:
        add(Context(seg.line, seg.text, "mention"))
        return
    if _zero_first(members, rels):   # 0 = det(K − λI) = …: the characteristic equation written from its 0
        members = members[1:] + members[:1]
    first = members[0].node
    part = problem_part(seg, first, _before_implication(members, rels))
    if part and part[0].kind == "value" and _given_before(reading, part[0]):
        part = None   # W^{[1]} given on the data line, then written out again below: the learner's claim about it
    if part is not None:
        reading.parts.extend(part)
        add(Context(seg.line, seg.text, "exercise"))
        if part and part[0].kind == "formula":  # for a network of scalars the formula is also f written out
            for m in _before_implication(members, rels)[1:]:
                add(ExpansionClaim(seg.line, m.node, m.text, None, seg.text, True, output=1))
        return
    if _own_label(seg, members):   # c_2 = \operatorname{tr} K = 46: the quantity's claims, and the name defined
        classify_chain(seg, Chain(tuple(members[1:]), False, tuple(rels[1:])), reading)
    target = None
    rest = []
    other_outputs: set[int] = set()   # the members that are another output's derivative, claimed by the value after
    for n, m in enumerate(members):
        make = target_maker(m.node, first=n == 0)
        if make is not None and target is None:
            target = make
            continue
        if make is not None and target is not None and _other_output(make(seg, m, None), target(seg, members[0], None)):
            rest.append((m, make))   # ∂f_1/∂b_1 = ∂f_2/∂b_2 = 0: the value also claims the other output's derivative
            other_outputs.add(id(m))
            continue
        if make is not None and _named_value(make(seg, m, None), target, seg, n == len(members) - 1):
            make = None  # ∂f/∂W^{[2]}_{11} = a_1, ∂f/∂θ_3 = θ_5, ∂f/∂b^{[2]} = δ^{[2]}: the name is the value
        if make is not None and isinstance(make(seg, m, None), (KernelEntryClaim, UnitClaim)) and target is not None:
            rest.append((m, make))   # K_{12} = … = K_{21}: the value also claims K_{21}
            continue
        if make is not None:
            continue  # another name of the same quantity (K = J J^T, ∂f/∂θ_1 = ∂f/∂W…)
        rest.append((m, None))
    form = eigenvector_of(first) == (True, None)   # v = (K_{12}, λ − K_{11})^T: a general eigenvector is a value
    values = [(m, mk) for m, mk in rest if id(m) in other_outputs or not is_general(m.node) or form or
              _invariant_terms(target, seg, members[0], m.node)]
    if target is not None and not values:
        alias = _theta_alias(seg, members)
        if alias is not None:
            add(alias)
            return
    if target is None:
        formula_chain(seg, members, chain, add)
        return
    mirror = mirror_claim(seg, members, target, rest) if not values else None
    if mirror is not None:   # K_{21} = K_{12} by symmetry: the learner's own K_{12} claimed for K_{21}
        add(mirror)
        return
    if not values:
        add(Context(seg.line, seg.text, "definition of a quantity"))
        return
    previous = None
    last_value = None
    waiting = []   # names before the first value (∂f_1/∂b_1 = ∂f_2/∂b_2 = 0): claimed by that value
    for m, other in values:
        if other is not None:
            if last_value is not None:
                extra = other(seg, last_value, None)
                extra.soft = seg.soft
                add(extra)
            elif id(m) in other_outputs:
                waiting.append(other)
            continue
        claim = target(seg, m, previous)
        claim.soft = seg.soft
        add(claim)
        for other in waiting:
            extra = other(seg, m, None)
            extra.soft = seg.soft
            add(extra)
        waiting = []
        previous, last_value = m.node, m
    _maybe_equation(reading)


def _other_output(claim, first) -> bool:
    """Whether ``claim`` is a derivative of another output than ``first`` (``∂f_2/∂b_2`` after ``∂f_1/∂b_1``)."""
    return isinstance(claim, DerivativeClaim) and isinstance(first, DerivativeClaim) and claim.output != first.output


def _same_equation(members: list[Member], rels: list[str], pos: int) -> bool:
    """``p(λ) = 0 ⇒ λ(λ² − 46λ + 66) = 0``, ``x² − 1 = 0 ⇒ (x − 1)(x + 1) = 0``: an equation in the form
    ``… = c``, then after ⇒ another one ``… = c`` with the same number: a new equation, not a value of the first."""
    last, before = members[-1], members[pos]
    return pos >= 1 and rels[pos - 1] == "=" and rels[-1] == "=" and is_numeric(before.node) and \
        is_numeric(last.node) and before.text.strip() == last.text.strip()


def _names_next(members: list[Member], rels: list[str], pos: int) -> bool:
    """``r = (1, 1) ⇒ g_1 = (1, 2, 1)``: after ⇒ a bare name set equal to something starts a claim of its own."""
    after = members[pos + 1].node
    return isinstance(after, Sym) and pos + 1 < len(rels) and rels[pos + 1] == "=" and \
        not isinstance(members[pos + 2].node, Sym)


def _named_value(claim, target, seg: Segment, last: bool) -> bool:
    """Whether a name in a chain is a value: at its end a unit (``= a_1``), or after a first member that
    names a quantity, an entry of θ (``∂f/∂θ_3 = θ_5``, anywhere in a chain about a derivative) or a layer's δ
    (``∂f/∂b^{[2]} = δ^{[2]}``); a layer's δ
    anywhere in a chain about a layer's ∂f/∂W or ∂f/∂b (``∂f/∂W^{[1]} = δ^{[1]} = …``: δ is never its name)."""
    delta = isinstance(claim, LayerClaim) and claim.quantity == "delta"
    if target is not None and delta:
        about = target(seg, Member(claim.value, claim.claimed), None)
        if isinstance(about, LayerClaim) and about.quantity in ("W", "b"):
            return True
    if target is not None and isinstance(claim, ThetaClaim) and claim.entry is not None and \
            isinstance(target(seg, Member(claim.value, claim.claimed), None), DerivativeClaim):
        return True   # ∂f/∂θ_1 = θ_5 = 1: an entry of θ is never another name of a derivative
    if not last:
        return False
    if isinstance(claim, UnitClaim):
        return True
    if target is None:
        return False
    return (isinstance(claim, ThetaClaim) and claim.entry is not None) or delta


def _own_label(seg: Segment, members: list[Member]) -> bool:
    r"""``c_2 = \operatorname{tr} K = 46``, ``s = K_{12} = 9``, ``δ = ∂f/∂z = (1, 3)^T``: a chain that starts with a
    name of the learner's own and goes on with a kernel quantity, an eigenvalue, a gradient or a layer's δ and a
    value claims that value of the quantity."""
    if len(members) < 3:
        return False
    first, second = target_maker(members[0].node, first=True), target_maker(members[1].node, first=False)
    return first is not None and second is not None and \
        isinstance(first(seg, members[0], None), DefinitionClaim) and \
        isinstance(second(seg, members[1], None), _LABELLED)


_LABELLED = (TraceClaim, DetClaim, KernelEntryClaim, KernelClaim, EigenvalueClaim, CharPolyClaim, GradientClaim,
             LayerClaim)


def _theta_alias(seg: Segment, members: list[Member]):
    """``∂f/∂θ_1 = ∂f/∂W_{1,1}^{[1]}``: the claim θ_1 = W_{1,1}^{[1]}."""
    targets = [derivative_of(m.node) for m in members]
    ks = [t["k"] for t in targets if t and t.get("k")]
    names = [(t["parameter"], m) for t, m in zip(targets, members) if t and t.get("parameter") is not None]
    if len(ks) == 1 and len(names) == 1:
        return ThetaClaim(seg.line, names[0][0], members[-1].text, None, seg.text, seg.soft, entry=ks[0])
    return None


def _zero_first(members: list, rels: list) -> bool:
    """``0 = det(K − λI) = λ² − 27λ + 8``: a chain of equalities from a bare 0 to expressions in λ."""
    first = members[0].node
    return len(members) >= 2 and isinstance(first, Num) and first.value == 0 and \
        all(r == "=" for r in rels[:len(members) - 1]) and mentions(members[1].node, "lambda")


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


def _invariant_terms(target, seg: Segment, first: Member, node) -> bool:
    """``det(K − λI) = −λ³ + 46λ² − 66λ + \\det K``: a value of the characteristic polynomial that is general only
    because it writes det K or tr K as a term (see :mod:`symntk.check.invariant_terms`); or tr K / det K written in
    the kernel's entries (:mod:`symntk.check.invariant_entries`)."""
    if target is not None and isinstance(target(seg, first, None), (TraceClaim, DetClaim)):
        return entry_formula(node) is not None   # tr K = K_{11} + K_{22}: a formula in K's entries (invariant_entries)
    if target is None or not isinstance(target(seg, first, None), CharPolyClaim):
        return False
    bare, found = with_placeholders(node)
    return bool(found) and not is_general(bare)


def _given_before(reading, part) -> bool:
    """Whether an earlier line of the notes already gave the value ``part`` gives (``W^{[1]} = …`` twice)."""
    return any(p.kind == "value" and p.name == part.name and p.line < part.line for p in reading.parts)

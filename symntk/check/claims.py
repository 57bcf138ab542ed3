"""What each piece of math in the notes is: a claim to judge, a part of the
problem (the network formula, parameter values, datapoints), a mention, or
unreadable math.

Claim kinds: ``parameter_count``, ``theta``, ``expansion``, ``gradient``,
``kernel_entry``, ``kernel_matrix``, ``eigenvalues``. A claim keeps the
syntax nodes it was read from; :mod:`symntk.check.verdicts` gives them meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .predicates import (  # noqa: F401 - flat_sum is re-exported for the verdicts
    bare,
    factor_list,
    flat_sum,
    gradient_target,
    has_symbols,
    indexed_params,
    int_subs,
    is_eigen,
    is_term_sum,
    kernel_ref,
    layer_param,
    matrix_level,
    texts,
    walk,
)
from .source import Segment
from .syntax import (
    Chain,
    Group,
    Member,
    Node,
    Op,
    Partial,
    Signature,
    SumOp,
    Sym,
    Tuple,
    UnreadableError,
    parse,
)

KINDS = ("parameter_count", "theta", "expansion", "gradient", "kernel_entry", "kernel_matrix", "eigenvalues")
MAX_CLAIMS = 300


@dataclass
class Claim:
    """One claim of the learner: where it is, what it is about, and what was written.

    ``data`` holds the syntax nodes of the claim (kind-specific keys); ``error``
    is set for unreadable math (then ``kind`` is a guess from the text, or None)."""

    line: int
    kind: str | None
    target: str
    claimed: str
    data: dict = field(default_factory=dict)
    error: str | None = None


@dataclass(frozen=True)
class ProblemPart:
    """A piece of the exercise itself: ``signature``, ``formula``, ``value`` (W^{[l]} or b^{[l]}) or ``point``."""

    line: int
    kind: str
    name: str
    node: Node | Signature | None
    text: str = ""


@dataclass
class Reading:
    """The notes read: claims in order and the parts of the problem."""

    claims: list[Claim] = field(default_factory=list)
    parts: list[ProblemPart] = field(default_factory=list)


# ---- reading ------------------------------------------------------------------------------------------

_GUESSES = (("\\partial", "gradient"), ("eig", "eigenvalues"), ("\\lambda", "eigenvalues"), ("K_", "kernel_entry"),
            ("K =", "kernel_matrix"), ("\\theta", "theta"), ("\\times", "parameter_count"))


def guess_kind(text: str) -> str | None:
    """The claim kind unreadable math most likely was (None when nothing suggests one)."""
    for needle, kind in _GUESSES:
        if needle in text:
            return kind
    if "W_" in text or "b_" in text:
        return "expansion"
    return None


def read_segments(segments: list[Segment]) -> Reading:
    """Classify every segment (see the module doc)."""
    reading = Reading()
    for seg in segments:
        try:
            parsed = parse(seg.text)
        except UnreadableError as exc:
            reading.claims.append(Claim(seg.line, guess_kind(seg.text), "", seg.text, error=str(exc)))
            continue
        except RecursionError:
            reading.claims.append(Claim(seg.line, guess_kind(seg.text), "", seg.text,
                                        error="the formula is nested too deeply"))
            continue
        if isinstance(parsed, Signature):
            reading.parts.append(ProblemPart(seg.line, "signature", parsed.name, parsed, seg.text))
            continue
        try:
            _classify(seg, parsed, reading)
        except UnreadableError as exc:
            reading.claims.append(Claim(seg.line, guess_kind(seg.text), "", seg.text, error=str(exc)))
        if len(reading.claims) > MAX_CLAIMS:
            raise UnreadableError(f"more than {MAX_CLAIMS} claims")
    return reading


def _classify(seg: Segment, chain: Chain, reading: Reading) -> None:
    members = list(chain.members)
    if len(members) < 2:
        if chain.open_end and seg.display:
            raise UnreadableError("the formula ends in '=' with nothing after it")
        return  # a mention (a lone symbol or formula), not a claim
    first = members[0].node
    rest = [m for m in members[1:] if not texts(m.node)]  # members that are prose are dropped
    if not rest:
        return
    line = seg.line
    add = reading.claims.append
    if is_eigen(first):
        add(Claim(line, "eigenvalues", r"\operatorname{eig}(K)", rest[-1].text, {"values": rest[-1].node}))
        return
    if isinstance(first, Sym) and first.name == "lambda" and int_subs(first) and len(int_subs(first)) == 1:
        add(Claim(line, "eigenvalues", f"\\lambda_{{{int_subs(first)[0]}}}", rest[-1].text,
                  {"values": rest[-1].node, "index": int_subs(first)[0]}))
        return
    if texts(first):
        raise UnreadableError("prose on the left of '=' (write the claim as math)")
    ref = kernel_ref(first)
    if ref:
        _kernel_entry(line, ref, rest, add)
        return
    if bare(first, "K"):
        add(Claim(line, "kernel_matrix", "K", rest[-1].text, {"matrix": rest[-1].node}))
        return
    if bare(first, "theta"):
        add(Claim(line, "theta", r"\theta", rest[0].text, {"vector": rest[0].node}))
        return
    if isinstance(first, Sym) and first.name == "theta" and int_subs(first) and len(int_subs(first)) == 1:
        k = int_subs(first)[0]
        add(Claim(line, "theta", f"\\theta_{{{k}}}", rest[-1].text, {"k": k, "param": rest[-1].node}))
        return
    if isinstance(first, Partial):
        _gradient(line, members, add)
        return
    if _is_f(first):
        _function(seg, members, reading)
        return
    name = layer_param(first)
    if name:
        reading.parts.append(ProblemPart(line, "value", name, rest[-1].node, rest[-1].text))
        return
    if isinstance(first, Sym) and first.name == "x" and int_subs(first) and len(int_subs(first)) == 1:
        reading.parts.append(ProblemPart(line, "point", str(int_subs(first)[0]), rest[-1].node, rest[-1].text))
        return
    if bare(first, "x") and isinstance(rest[-1].node, (Tuple, Group)):  # x = 1, 2  or  x = [1, 2]
        items = rest[-1].node.items
        for i, item in enumerate(items, start=1):
            reading.parts.append(ProblemPart(line, "point", str(i), item, rest[-1].text))
        return
    if isinstance(first, Sym) and first.name == "y" and first.layer is None and not indexed_params(rest[-1].node):
        return  # labels y_i = …: not needed for the kernel
    if bare(first, "P", "p") or (not has_symbols(first) and _has_times(first)):
        terms = None if bare(first, "P", "p") else first
        if bare(first, "P", "p") and len(rest) > 1:
            terms = rest[-2].node
        add(Claim(line, "parameter_count", "P", _join(members if terms is first else rest),
                  {"terms": terms, "total": members[-1].node}))
        return
    raise UnreadableError("not a claim the checker knows (gradient, K, θ, eigenvalues, …)")


def _join(members: list[Member]) -> str:
    return " = ".join(m.text for m in members)


def _has_times(node) -> bool:
    return any(isinstance(n, Op) and n.op == "mul" for n in walk(node))


def _is_f(node) -> bool:
    """``f``, ``y`` or ``f(x)``."""
    if bare(node, "f", "y"):
        return True
    parts = factor_list(node)
    return len(parts) == 2 and bare(parts[0], "f", "y") and isinstance(parts[1], Group) and \
        len(parts[1].items) == 1 and bare(parts[1].items[0], "x")


def _kernel_entry(line, ref, rest, add) -> None:
    refs, terms, value, value_text = [], None, None, ""
    for m in rest:
        node = m.node
        if any(isinstance(n, (SumOp, Partial)) for n in walk(node)):
            continue  # the definition Σ_k ∂f(x_i)/∂θ_k ∂f(x_j)/∂θ_k
        other = kernel_ref(node)
        if other:
            refs.append(other)
        elif is_term_sum(node) or (isinstance(node, Group) and node.kind == "bracket"):
            terms = (node, m.text)
        else:
            value, value_text = node, m.text
    if value is None and terms is None:
        if refs:
            return  # K_{2,1} = K_{1,2}: symmetry stated, no value
        raise UnreadableError("a kernel entry without a value")
    claimed = " = ".join(t for t in ((terms[1] if terms else ""), value_text) if t)
    add(Claim(line, "kernel_entry", f"K_{{{ref[0]},{ref[1]}}}", claimed,
              {"ref": ref, "refs": refs, "terms": terms[0] if terms else None, "value": value}))


def _gradient(line, members, add) -> None:
    targets, values = [], []
    for m in members:
        if isinstance(m.node, Partial):
            t = gradient_target(m.node)
            if t is None:
                if any(isinstance(n, SumOp) for n in walk(m.node)):
                    continue
                raise UnreadableError("a derivative of something other than f with respect to a parameter")
            targets.append(t)
        elif not texts(m.node):
            values.append(m)
    if not targets:
        raise UnreadableError("a derivative without a parameter")
    if not values:
        ks = [t["k"] for t in targets if "k" in t]
        params = [t["param"] for t in targets if "param" in t]
        if ks and params:
            add(Claim(line, "theta", f"\\theta_{{{ks[0]}}}", members[-1].text, {"k": ks[0], "param": params[0]}))
        return
    target = {k: v for t in targets for k, v in t.items() if v is not None or k not in ("point",)}
    target.setdefault("point", None)
    add(Claim(line, "gradient", "", values[-1].text, {"target": target, "value": values[-1].node,
                                                     "aliases": targets}))


def _function(seg: Segment, members: list[Member], reading: Reading) -> None:
    scalar = []
    for m in members[1:]:
        if matrix_level(m.node):
            reading.parts.append(ProblemPart(seg.line, "formula", "f", m.node, m.text))
        elif not texts(m.node):
            scalar.append(m)
    if scalar:
        reading.claims.append(Claim(seg.line, "expansion", "f", scalar[-1].text, {"value": scalar[-1].node}))

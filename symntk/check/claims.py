"""What each piece of math in the notes is: a claim to judge, a part of the
problem (the network formula, parameter values, datapoints), a mention, or
unreadable math.

Claim kinds: ``parameter_count``, ``theta``, ``expansion``, ``gradient``,
``kernel_entry``, ``kernel_matrix``, ``eigenvalues``. A claim keeps the
syntax nodes it was read from; :mod:`symntk.check.verdicts` gives them meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .source import Segment
from .syntax import Chain, Func, Group, Matrix, Member, Node, Num, Op, Partial, Signature, SumOp, Sym, Text, Tuple
from .syntax import Unreadable, parse

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


# ---- small predicates on syntax nodes -------------------------------------------------------------

def walk(node):
    """Every node inside ``node`` (itself included)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n is None:
            continue
        yield n
        if isinstance(n, Op):
            stack.extend(n.args)
        elif isinstance(n, (Group, Tuple)):
            stack.extend(n.items)
        elif isinstance(n, Matrix):
            stack.extend(v for row in n.rows for v in row)
        elif isinstance(n, Partial):
            stack.extend([n.numerator, n.denominator])
        elif hasattr(n, "numerator"):
            stack.extend([n.numerator, n.denominator])
        elif hasattr(n, "inner"):
            stack.append(n.inner)
        elif isinstance(n, Sym):
            stack.extend(n.sub)


def texts(node) -> list[str]:
    return [n.text.lower() for n in walk(node) if isinstance(n, Text)]


def bare(node, *names) -> bool:
    return isinstance(node, Sym) and node.name in names and not node.sub and node.layer is None


def int_subs(node) -> tuple[int, ...] | None:
    if not isinstance(node, Sym) or node.layer is not None:
        return None
    out = []
    for s in node.sub:
        if not isinstance(s, Num) or s.decimals is not None:
            return None
        out.append(int(s.value))
    return tuple(out)


def kernel_ref(node) -> tuple[int, int] | None:
    """``K_{i,j}`` (or ``K_{ij}`` with one-digit indices) → (i, j)."""
    if not isinstance(node, Sym) or node.name != "K":
        return None
    subs = int_subs(node)
    if subs and len(subs) == 1 and node.sub[0].text.isdigit() and len(node.sub[0].text) == 2:
        subs = tuple(int(c) for c in node.sub[0].text)
    return subs if subs and len(subs) == 2 else None


def layer_param(node) -> str | None:
    """``W^{[l]}`` / ``b^{[l]}`` without indices → ``W1``, ``b2``, …"""
    if isinstance(node, Sym) and node.name in ("W", "b") and node.layer and not node.sub:
        return f"{node.name}{node.layer}"
    return None


def is_eigen(node) -> bool:
    if any("eig" in t for t in texts(node)):
        return True
    return any(isinstance(n, Func) and n.name.startswith("eig") for n in walk(node)) or bare(node, "lambda")


def has_symbols(node) -> bool:
    return any(isinstance(n, (Sym, Func, Partial, SumOp, Text)) for n in walk(node))


def indexed_params(node) -> bool:
    return any(isinstance(n, Sym) and n.name in ("W", "b") and n.sub for n in walk(node))


def matrix_level(node) -> bool:
    return any(layer_param(n) for n in walk(node))


def flat_sum(node) -> list[Node]:
    """The summands of a sum a + b + c (a difference keeps its sign as neg)."""
    if isinstance(node, Op) and node.op == "add":
        return flat_sum(node.args[0]) + flat_sum(node.args[1])
    if isinstance(node, Op) and node.op == "sub":
        return flat_sum(node.args[0]) + [Op("neg", (node.args[1],))]
    return [node]


def is_term_sum(node) -> bool:
    """A written term-by-term sum: several summands, or bracketed terms ``[a · b]``."""
    terms = flat_sum(node)
    return len(terms) > 1 and not has_symbols(node)


def gradient_target(node: Partial) -> dict | None:
    """``∂f/∂θ_k``, ``∂f/∂W_{i,j}^{[l]}``, ``∂f(x_i)/∂θ_k`` → {"k"| "param", "point", "output"}."""
    num, den = node.numerator, node.denominator
    out: dict = {"point": None, "output": 1}
    if num is not None:
        parts = [num] if not isinstance(num, Op) else _factors(num)
        head = parts[0]
        if not isinstance(head, Sym) or head.name not in ("f", "y") or head.layer is not None:
            return None
        if head.sub:
            subs = int_subs(head)
            if not subs or len(subs) != 1:
                return None
            out["output"] = subs[0]
        rest = parts[1:]
        if rest:
            arg = rest[0].items[0] if isinstance(rest[0], Group) and len(rest[0].items) == 1 else rest[0]
            if bare(arg, "x"):
                pass
            elif isinstance(arg, Sym) and arg.name == "x" and int_subs(arg) and len(int_subs(arg)) == 1:
                out["point"] = int_subs(arg)[0]
            else:
                return None
            if len(rest) > 1:
                return None
    if isinstance(den, Sym) and den.name == "theta":
        subs = int_subs(den)
        if not subs or len(subs) != 1:
            return None
        out["k"] = subs[0]
        return out
    if isinstance(den, Sym) and den.name in ("W", "b") and den.layer and den.sub:
        out["param"] = den
        return out
    return None


def _factors(node):
    if isinstance(node, Op) and node.op in ("mul", "juxt"):
        return _factors(node.args[0]) + _factors(node.args[1])
    return [node]


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
        except Unreadable as exc:
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
        except Unreadable as exc:
            reading.claims.append(Claim(seg.line, guess_kind(seg.text), "", seg.text, error=str(exc)))
        if len(reading.claims) > MAX_CLAIMS:
            raise Unreadable(f"more than {MAX_CLAIMS} claims")
    return reading


def _classify(seg: Segment, chain: Chain, reading: Reading) -> None:
    members = list(chain.members)
    if len(members) < 2:
        if chain.open_end and seg.display:
            raise Unreadable("the formula ends in '=' with nothing after it")
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
        raise Unreadable("prose on the left of '=' (write the claim as math)")
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
    if bare(first, "P", "p") or (not has_symbols(first) and _has_times(first)):
        terms = None if bare(first, "P", "p") else first
        if bare(first, "P", "p") and len(rest) > 1:
            terms = rest[-2].node
        add(Claim(line, "parameter_count", "P", _join(members if terms is first else rest),
                  {"terms": terms, "total": members[-1].node}))
        return
    raise Unreadable("not a claim the checker knows (gradient, K, θ, eigenvalues, …)")


def _join(members: list[Member]) -> str:
    return " = ".join(m.text for m in members)


def _has_times(node) -> bool:
    return any(isinstance(n, Op) and n.op == "mul" for n in walk(node))


def _is_f(node) -> bool:
    if bare(node, "f", "y"):
        return True
    parts = _factors(node)
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
        raise Unreadable("a kernel entry without a value")
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
                raise Unreadable("a derivative of something other than f with respect to a parameter")
            targets.append(t)
        elif not texts(m.node):
            values.append(m)
    if not targets:
        raise Unreadable("a derivative without a parameter")
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

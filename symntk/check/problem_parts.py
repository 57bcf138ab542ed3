"""Problem data written in the notes: W^{[l]} = …, b^{[l]} = …, x_i = …, x^{(i)} = (…), the network formula f(x) = …."""

from __future__ import annotations

from .claims import ProblemPart
from .nodes import Frac, Func, Group, Matrix, Num, Op, Partial, Sym, Tuple
from .predicates import bare, int_subs, walk
from .source import Segment
from .targets import f_call, own_inputs


def problem_part(seg: Segment, first, members) -> list[ProblemPart] | None:
    """Problem data: W^{[l]} = …, b^{[l]} = …, x_i = …, x^{(i)} = (…), the network formula f(x) = W^{[2]} …."""
    rest = members[-1]
    if isinstance(first, Op) and first.op == "transpose":
        first = first.args[0]
    names = [layer_param(m.node) for m in members[:-1]]
    if len(names) > 1 and all(names) and is_numeric(rest.node):
        return [ProblemPart(seg.line, "value", n, rest.node, rest.text) for n in names]
    letters = [m.node.args[0] if isinstance(m.node, Op) and m.node.op == "transpose" else m.node for m in members[:-1]]
    if len(members) > 2 and is_numeric(rest.node) and all(   # u = W^{[1]} = [1, 1]^T, v^T = W^{[2]} = [1, 0]
            isinstance(m, Sym) and m.name in ("W", "b", "w", "v", "c", "u", "U", "V") for m in letters):
        from .meaning import key

        return [ProblemPart(seg.line, "value_by_name", key(m), rest.node, rest.text) for m in letters]
    name = layer_param(first)
    if name is None and isinstance(first, Sym) and first.name in ("W", "b") and first.layer is None and \
            len(first.sub) == 1 and isinstance(first.sub[0], Num) and first.sub[0].decimals is None and \
            is_numeric(rest.node) and len(members) == 2 and isinstance(rest.node, (Group, Matrix, Tuple, Op)) and \
            not (isinstance(rest.node, Op) and rest.node.op == "neg"):  # a number is a claim (named_values)
        return [ProblemPart(seg.line, "value_by_index", f"{first.name}{int(first.sub[0].value)}", rest.node,
                            rest.text)]
    if name:
        if has_names(rest.node):
            return [ProblemPart(seg.line, "names", name, rest.node, rest.text)]
        if is_numeric(rest.node):
            return [ProblemPart(seg.line, "value", name, rest.node, rest.text)]
        return None
    if isinstance(first, Sym) and first.name == "x" and first.layer is None and is_numeric(rest.node):
        subs = int_subs(first)
        if subs and len(subs) == 1:
            return [ProblemPart(seg.line, "point", str(subs[0]), rest.node, rest.text)]
        if not first.sub and isinstance(rest.node, (Tuple, Group)) and len(members) == 2:
            return [ProblemPart(seg.line, "point", str(i), item, rest.text)
                    for i, item in enumerate(rest.node.items, start=1)]
    if bare(first, "x") and not is_numeric(rest.node):
        return [ProblemPart(seg.line, "names", "x", rest.node, rest.text)]
    called = f_call(first)
    if called is not None and called[1] is None:
        formula = [m for m in members[1:] if matrix_level(m.node) and not indexed(m.node)]
        simplified = [m for m in members[2:] if not is_numeric(m.node) and   # … = 2x + 1: in x alone
                      all(n.name == "x" for n in walk(m.node) if isinstance(n, Sym))]
        if formula and formula[0] is members[1] and len(formula) + len(simplified) == len(members) - 1:
            return [ProblemPart(seg.line, "formula", "f", formula[0].node, formula[0].text)]   # … = x: simplified
    return None


def equations(seg: Segment, chain) -> list[ProblemPart]:
    """Every chain ``a = b = c`` also as an ``equation`` part (its members' nodes, in order): the learner's
    definitions of their own names and the values they give them are read from these (see
    :mod:`symntk.check.named_values`), a chain ending ``∈ ℝ^n`` up to its ``∈``; a chain that starts
    ``f(u, v) =`` also names the input's coordinates."""
    members = getattr(chain, "members", ())
    rels = getattr(chain, "rels", ())
    if "\\in" in rels[:len(members) - 1]:   # θ = (w_1, …, c) ∈ ℝ^7: the space it lies in is no member of the equation
        members = members[:rels.index("\\in") + 1]
    if len(members) < 2 or any(r not in ("=", ":=", "\\coloneqq") for r in rels[:len(members) - 1]):
        return []
    out = [ProblemPart(seg.line, "equation", "", Tuple(tuple(m.node for m in members)), seg.text)]
    inputs = own_inputs(members[0].node)
    if inputs is not None:   # f(u, v) = …: u, v name the input's coordinates, as x = (u, v) would
        out.append(ProblemPart(seg.line, "names", "x", Tuple(tuple(inputs)), members[0].text))
    return out


def layer_param(node) -> str | None:
    if isinstance(node, Sym) and node.name in ("W", "b") and node.layer and not node.sub and not node.primes:
        return f"{node.name}{node.layer}"
    return None


def indexed(node) -> bool:
    """Whether ``node`` names an entry of a parameter matrix (W_{1,1}^{[2]}, b_1^{[1]})."""
    return any(isinstance(n, Sym) and n.name in ("W", "b") and n.sub for n in walk(node))


def matrix_level(node) -> bool:
    return any(layer_param(n) for n in walk(node))


def is_numeric(node) -> bool:
    return all(not isinstance(n, (Sym, Func, Partial)) for n in walk(node)) and not isinstance(node, Frac) or \
        all(isinstance(n, (Num, Op, Group, Frac, Matrix, Tuple)) for n in walk(node))


def has_names(node) -> bool:
    return any(isinstance(n, Sym) and n.name not in ("T",) for n in walk(node)) and not matrix_level(node)

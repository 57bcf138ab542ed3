"""Each variant as a problem file (TOML), so that ``symntk derive`` reproduces its key."""

from __future__ import annotations

import sympy

from .generator import Variant


def _value(v: sympy.Expr) -> str:
    r = sympy.Rational(v)
    return str(r.p) if r.q == 1 else f'"{r.p}/{r.q}"'


def _matrix(M) -> str:
    return "[" + ", ".join("[" + ", ".join(_value(v) for v in M.row(r)) + "]" for r in range(M.rows)) + "]"


def problem_toml(variant: Variant, title: str) -> str:
    """The TOML problem file of a variant (read back by :func:`symntk.load_problem`)."""
    p = variant.problem
    acts = sorted(set(p.activations))
    lines = [f"title = {_quote(title)}", "", "[network]", f"widths = [{', '.join(map(str, p.widths))}]"]
    if acts:
        lines.append(f"activation = {_quote(acts[0])}" if len(acts) == 1 else
                     "activation = [" + ", ".join(_quote(a) for a in p.activations) + "]")
    if p.parameterization != "standard":
        lines.append(f"parameterization = {_quote(p.parameterization)}")
    lines += ["", "[parameters]"]
    for l in range(1, p.depth + 1):
        lines += [f"W{l} = {_matrix(p.weights[l - 1])}", f"b{l} = {_matrix(p.biases[l - 1])}"]
    points = [_value(x[0]) if len(x) == 1 else "[" + ", ".join(map(_value, x)) + "]" for x in p.points]
    lines += ["", "[data]", f"x = [{', '.join(points)}]", ""]
    return "\n".join(lines)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

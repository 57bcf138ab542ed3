"""A variant's answer key as a Markdown notes file in the notation of the learner's
notes (``$$\\frac{\\partial f}{\\partial \\theta_1} = …$$``, ``$$K_{1,2} = [a \\cdot b] + … = v$$``),
which ``symntk check`` reads back. f and ∂f/∂θ_k come from the exact engine, written
out in full (no a_i^{[l]} shorthand); θ, the kernel sums and the eigenvalues from its
derivation (:func:`symntk.derivation`); the layout is ``worksheet/notes.md``."""

from __future__ import annotations

import sympy

from .. import notation
from ..render.environment import DECIMAL_COMMA
from ..render.mathtext import approx
from ..steps import build_derivation
from .exercise import statement
from .generator import Variant
from .options import WorksheetOptions
from .templates import render_page


class NotesPrinter(notation.NotationLatexPrinter):
    """The notation's LaTeX printer, writing relu's derivative as the notes would:
    relu′(z) (``\\operatorname{relu}'``) rather than the engine's step(z)."""

    def _print_step(self, expr, exp=None):
        return self._fn(r"\operatorname{relu}'", expr, exp)


def notes_latex(expr) -> str:
    """LaTeX of an engine value in the notes' notation and order, relu′ for step."""
    return NotesPrinter().doprint(notation.ordered(sympy.sympify(expr, strict=True)))


def _factor(v: sympy.Expr) -> str:
    """One factor of a kernel term: negative numbers and sums in parentheses, ``[2 \\cdot (-1)]``,
    ``[(1 - \\tanh^{2}(1)) \\cdot 2]``."""
    text = notes_latex(v)
    return f"({text})" if text.startswith("-") or sympy.sympify(v, strict=True).is_Add else text


def notes_data(variant: Variant, lang: str = "en") -> dict:
    """The claims of the key: expansion, θ, its count, ∂f/∂θ_k, K_{i,j} term by term, K, eigenvalues
    (decimals with a decimal comma 0{,}5 in Icelandic, which the checker reads back)."""
    point = "{,}" if lang in DECIMAL_COMMA else "."
    solution = variant.solution
    net = solution.network
    steps = {s.kind: s for s in build_derivation(solution, limit=10**6)}
    multi = net.widths[-1] > 1
    # The checker reads f = … for one output; with several, the expansions stay in the render engine's key.
    # (written out in full, not with the derivation's a_i^{[l]} shorthand, so that the checker reads it)
    expansion = [] if multi else [{"name": "f", "expr": f} for f in net.expansion]
    gradients = [{"f": f"f_{{{g.output}}}" if multi else "f", "k": g.k, "expr": notes_latex(g.expr)}
                 for per_output in solution.gradients for g in per_output]
    entries = [{"row": e.row, "col": e.col, "mirror": e.mirror_of is not None, "value": e.value,
                "terms": [(_factor(a), _factor(b)) for a, b in e.terms]}
               for e in steps["kernel_entries"].entries]
    eigen = [{"exact": e.exact if e.exact is not None and not e.exact.has(sympy.CRootOf) else None,
              "approx": approx(e.value, 5, point)}
             for e in steps["eigenvalues"].eigenvalues for _ in range(e.multiplicity)]
    theta = steps["theta"]
    return {"expansion": expansion, "theta": theta.symbols, "shapes": theta.shapes, "count": theta.count,
            "gradients": gradients, "entries": entries, "kernel": steps["kernel_matrix"].matrix, "eigenvalues": eigen}


def notes_key(variant: Variant, options: WorksheetOptions) -> str:
    """The Markdown notes file of one variant's answer key."""
    return render_page("notes.md", options.lang, "md", ex=statement(variant, options),
                       notes=notes_data(variant, options.lang))

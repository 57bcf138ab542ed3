"""Verdicts: each claim against the exact engine, and against the learner's own earlier claims.

A claim is ``correct`` when it equals the engine's value (expressions by
algebraic equivalence, numbers exactly or at the written precision). A wrong
claim is ``carried`` (error carried forward) when it is what the learner's own
earlier claims give: a gradient from their expansion or their θ order, a
kernel entry from their gradients evaluated at the datapoints (term by term),
K from their entries, the eigenvalues from their K (through the engine's
:func:`symntk.kernel.eigenvalues`). Then the report can point at the first
mistake that is really new.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy

from .. import notation
from ..solution import Solution
from .claims import Claim, flat_sum
from .compare import equivalent, same_number
from .diagnose import gradient_mistakes
from .feedback import Feedback
from .labels import LABELS, sub
from .meaning import Scope, to_number, to_sympy
from .syntax import Group, Matrix, Op, Sym, Tuple, UnreadableError


@dataclass
class Judgement:
    """The verdict on one claim; ``expected`` is LaTeX in the notes' notation."""

    id: str
    claim: Claim
    verdict: str
    carried: bool = False
    expected: str = ""
    target: str = ""
    feedback: list[Feedback] = field(default_factory=list)
    label: str = ""   # the target in unicode, for the terminal
    plain: str = ""   # the expected value in unicode, for the terminal



@dataclass
class Own:
    """The learner's own earlier claims, as values (what carry-forward compares with)."""

    expansion: sympy.Expr | None = None
    theta: list | None = None
    gradients: dict = field(default_factory=dict)   # (o, k) → (expr, line)
    entries: dict = field(default_factory=dict)     # (i, j) → (value, line)
    matrix: tuple | None = None                     # (Matrix, line)


class Checker:
    """Judges claims in order, remembering the learner's own results."""

    def __init__(self, solution: Solution):
        self.solution = solution
        self.net = solution.network
        self.scope = Scope(self.net, solution.problem.points)
        self.own = Own()
        self.n_out = self.net.widths[-1]

    def judge(self, number: int, claim: Claim) -> Judgement:
        """The judgement of one claim (unreadable math included)."""
        j = Judgement(f"c{number}", claim, "unreadable", target=claim.target, label=LABELS.get(claim.kind, ""))
        if claim.error:
            j.feedback.append(Feedback("unreadable", {"reason": claim.error}))
            return j
        try:
            getattr(self, f"_{claim.kind}")(claim, j)
        except UnreadableError as exc:
            j.verdict, j.carried = "unreadable", False
            j.feedback = [Feedback("unreadable", {"reason": str(exc)})]
        except (ArithmeticError, TypeError, ValueError, RecursionError) as exc:  # SymPy refusing the learner's math
            j.verdict, j.carried = "unreadable", False
            j.feedback = [Feedback("unreadable", {"reason": f"cannot evaluate this ({type(exc).__name__})"})]
        return j

    # -- helpers ---------------------------------------------------------------------------------------
    def _at(self, expr: sympy.Expr, i: int) -> sympy.Expr | None:
        """An expression in θ and x evaluated at the problem's values and datapoint i
        (None when it names symbols that are not parameters of this network)."""
        point = dict(zip(self.net.x, self.solution.problem.points[i - 1]))
        value = sympy.expand(expr.xreplace(self.solution.values).xreplace(point))
        return None if value.free_symbols else value

    def _param_index(self, node) -> int:
        symbol = self.scope.symbol(node) if isinstance(node, Sym) else None
        for t in self.net.theta:
            if t.symbol == symbol:
                return t.k
        raise UnreadableError("not a parameter of this network")

    def _own_row(self, i: int, o: int) -> list[sympy.Expr]:
        """∂f_o(x_i)/∂θ_k for every k as the learner has them (the true value where they claimed nothing)."""
        J = self.solution.jacobian
        row = []
        for k in range(1, self.net.parameter_count + 1):
            own = self.own.gradients.get((o, k))
            value = self._at(own[0], i) if own else None
            row.append(J[(i - 1) * self.n_out + o - 1, k - 1] if value is None else value)
        return row

    def _own_kernel(self, r: int, c: int) -> sympy.Expr:
        labels = self.solution.kernel_labels
        (i, o1), (j, o2) = labels[r - 1], labels[c - 1]
        a, b = self._own_row(i, o1 or 1), self._own_row(j, o2 or 1)
        return sympy.expand(sum(x * y for x, y in zip(a, b)))

    def _sources(self, kinds: str) -> list[tuple[int, str]]:
        out = []
        if kinds == "gradients":
            for (o, k), (expr, line) in sorted(self.own.gradients.items()):
                if not equivalent(expr, self.solution.gradients[o - 1][k - 1].expr):
                    out.append((line, ("gradient", k)))
        elif kinds == "entries":
            K = self.solution.kernel
            for (i, j), (value, line) in sorted(self.own.entries.items()):
                if value != K[i - 1, j - 1]:
                    out.append((line, ("entry", i, j)))
        return out

    # -- kinds -----------------------------------------------------------------------------------------
    def _parameter_count(self, claim: Claim, j: Judgement) -> None:
        shapes = self.net.count_terms()
        P = self.net.parameter_count
        j.expected = " + ".join(f"{r} \\times {c}" for r, c in shapes) + f" = {P}"
        j.plain = self.net.count_formula()
        total = to_number(claim.data["total"], self.scope)
        terms = claim.data["terms"]
        ok = total == P
        if terms is not None:
            values = [to_number(t, self.scope) for t in flat_sum(terms)]
            if sum(values) != total:
                ok = False
                j.feedback.append(Feedback("arithmetic", {"written": total, "total": sum(values)}))
            if sorted(values) != sorted(r * c for r, c in shapes):
                ok = False
                j.feedback.append(Feedback("count_terms", {"expected": j.expected}))
        j.verdict = "correct" if ok else "wrong"
        if not ok and self.own.theta is not None and total == len(self.own.theta) != P:
            j.carried = True
            j.feedback.insert(0, Feedback("carried", {"sources": [(self.own.theta_line, ("theta",))]}))
        elif not ok and not j.feedback:
            j.feedback.append(Feedback("mismatch", {"expected": j.expected}))

    def _theta(self, claim: Claim, j: Judgement) -> None:
        params = self.net.parameters()
        if "k" in claim.data:
            k = claim.data["k"]
            if not 1 <= k <= len(params):
                raise UnreadableError(f"θ has entries θ_1 … θ_{len(params)}")
            got = self.scope.symbol(claim.data["param"]) if isinstance(claim.data["param"], Sym) else None
            if got is None:
                raise UnreadableError("θ_k must be one parameter")
            j.expected = notation.symbol_latex(params[k - 1])
            j.label, j.plain = "θ" + sub(k), notation.symbol_unicode(params[k - 1])
            j.verdict = "correct" if got == params[k - 1] else "wrong"
            if j.verdict == "wrong":
                j.feedback.append(Feedback("theta_entry", {"k": k, "expected": params[k - 1], "written": got}))
            return
        node = claim.data["vector"]
        if isinstance(node, Op) and node.op == "transpose":
            node = node.args[0]
        if isinstance(node, Matrix):
            items = [v for row in node.rows for v in row]
        elif isinstance(node, (Group, Tuple)):
            items = list(node.items)
        else:
            raise UnreadableError("θ as a column (bmatrix) or a list [θ_1, …]")
        got = [self.scope.symbol(v) if isinstance(v, Sym) else to_sympy(v, self.scope) for v in items]
        j.expected = r"\begin{bmatrix} " + r" \\ ".join(notation.symbol_latex(s) for s in params) + r" \end{bmatrix}"
        j.plain = "(" + ", ".join(notation.symbol_unicode(s) for s in params) + ")ᵀ"
        self.own.theta, self.own.theta_line = got, claim.line
        if got == params:
            j.verdict = "correct"
            return
        j.verdict = "wrong"
        if len(got) != len(params):
            j.feedback.append(Feedback("theta_length", {"written": len(got), "expected": len(params)}))
        for k, (a, b) in enumerate(zip(got, params), start=1):
            if a != b:
                j.feedback.append(Feedback("theta_entry", {"k": k, "expected": b, "written": a}))
                break

    def _expansion(self, claim: Claim, j: Judgement) -> None:
        claimed = to_sympy(claim.data["value"], self.scope)
        true = self.net.expansion[0]
        j.expected, j.plain = notation.latex(true), notation.unicode(true)
        self.own.expansion = claimed
        if equivalent(claimed, true):
            j.verdict = "correct"
            return
        j.verdict = "wrong"
        missing = sympy.expand(true - claimed)
        j.feedback.append(Feedback("mismatch_terms", {"difference": missing}))

    def _gradient(self, claim: Claim, j: Judgement) -> None:
        target = claim.data["target"]
        o = target.get("output", 1)
        if not 1 <= o <= self.n_out:
            raise UnreadableError(f"f has outputs f_1 … f_{self.n_out}")
        ks = [a["k"] for a in claim.data["aliases"] if "k" in a]
        params = [self._param_index(a["param"]) for a in claim.data["aliases"] if "param" in a]
        k = ks[0] if ks else params[0]
        if not 1 <= k <= self.net.parameter_count:
            raise UnreadableError(f"θ has entries θ_1 … θ_{self.net.parameter_count}")
        if ks and params and params[0] != k:
            j.feedback.append(Feedback("theta_alias", {"k": k, "parameter": self.net.theta[k - 1].symbol}))
        point = target.get("point")
        j.target = (f"\\frac{{\\partial f{'_' + str(o) if self.n_out > 1 else ''}"
                    f"{'(x_{' + str(point) + '})' if point else ''}}}{{\\partial \\theta_{{{k}}}}}")
        j.label = (f"∂f{sub(o) if self.n_out > 1 else ''}{'(x' + sub(point) + ')' if point else ''}/∂θ{sub(k)}"
                   f" (∂/∂{notation.symbol_unicode(self.net.theta[k - 1].symbol)})")
        claimed = to_sympy(claim.data["value"], self.scope)
        true = self.solution.gradients[o - 1][k - 1].expr
        if point is not None:
            self._gradient_value(claim, j, o, k, point, claimed)
            return
        j.expected, j.plain = notation.latex(true), notation.unicode(true)
        self.own.gradients[(o, k)] = (claimed, claim.line)
        if equivalent(claimed, true) and not j.feedback:
            j.verdict = "correct"
            return
        j.verdict = "wrong"
        if equivalent(claimed, true):
            return
        if self.own.expansion is not None and not equivalent(self.own.expansion, self.net.expansion[0]):
            if equivalent(claimed, sympy.diff(self.own.expansion, self.net.theta[k - 1].symbol)):
                j.carried = True
                j.feedback.append(Feedback("carried", {"sources": [(None, ("f",))]}))
                return
        mine = self.own.theta[k - 1] if self.own.theta is not None and k <= len(self.own.theta) else None
        if mine is not None and mine != self.net.theta[k - 1].symbol:
            other = [t.k for t in self.net.theta if t.symbol == mine]
            if other and equivalent(claimed, self.solution.gradients[o - 1][other[0] - 1].expr):
                j.carried = True
                j.feedback.append(Feedback("carried", {"sources": [(self.own.theta_line, ("theta",))]}))
                return
        all_true = [g.expr for g in self.solution.gradients[o - 1]]
        found = gradient_mistakes(claimed, true, self.net, o, k, all_true)
        j.feedback += found or [Feedback("mismatch", {"expected": true})]
        for i in range(1, len(self.solution.problem.points) + 1):
            mine, real = self._at(claimed, i), self._at(true, i)
            if mine is not None and mine != real:
                j.feedback.append(Feedback("values", {"point": i, "written": mine, "expected": real}))
                break

    def _gradient_value(self, claim, j, o, k, point, claimed) -> None:
        N = len(self.solution.problem.points)
        if not 1 <= point <= N:
            raise UnreadableError(f"there are {N} datapoints")
        true = self.solution.jacobian[(point - 1) * self.n_out + o - 1, k - 1]
        j.expected, j.plain = notation.latex(true), notation.unicode(true)
        if same_number(claim.data["value"], claimed, true):
            j.verdict = "correct"
            return
        j.verdict = "wrong"
        own = self.own.gradients.get((o, k))
        own_value = self._at(own[0], point) if own else None
        if own_value is not None and same_number(claim.data["value"], claimed, own_value):
            j.carried = True
            j.feedback.append(Feedback("carried", {"sources": [(own[1], ("gradient", k))]}))
        else:
            j.feedback.append(Feedback("mismatch", {"expected": true}))

    from .kernel_verdicts import _eigenvalues, _kernel_entry, _kernel_matrix  # noqa: E402


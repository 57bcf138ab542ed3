"""Verdicts on kernel entries, K and its eigenvalues (methods of :class:`~symntk.check.verdicts.Checker`).

    K_{ij} = Σ_k ∂f(x_i)/∂θ_k · ∂f(x_j)/∂θ_k

A written term-by-term sum is checked term by term: term k against the true
product and against the product of the learner's own ∂f/∂θ_k at x_i and x_j;
the total against the sum of the written terms (an arithmetic slip) and
against the true and the learner's own K_{ij}.
"""

from __future__ import annotations

import sympy

from .. import notation
from ..kernel import eigenvalues as engine_eigenvalues
from .claims import flat_sum
from .compare import at_precision, rounds_to, same_number, written_number
from .feedback import Feedback
from .labels import sub
from .meaning import to_number
from .syntax import Group, Matrix, Op, Tuple, UnreadableError


def number_nodes(node) -> list:
    """The entries of a written list of numbers: a matrix, [a, b], (a, b), a, b or one number."""
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    if isinstance(node, Matrix):
        return [v for row in node.rows for v in row]
    if isinstance(node, (Group, Tuple)) and (len(node.items) > 1 or isinstance(node, Tuple)):
        return list(node.items)
    return [node]


def term_parts(node) -> list:
    """A written term [a · b] (or a · b, or [c]) → its factors."""
    if isinstance(node, Group) and node.kind == "bracket" and len(node.items) == 1:
        node = node.items[0]
    if isinstance(node, Op) and node.op == "mul":
        return _dot_factors(node)
    return [node]


def _dot_factors(node) -> list:
    """The factors of a product written with · or × (side by side stays whole: tanh(1) is one factor)."""
    if isinstance(node, Op) and node.op == "mul":
        return _dot_factors(node.args[0]) + _dot_factors(node.args[1])
    return [node]


def _term_ok(parts, values, pair) -> bool:
    a, b = pair
    if len(values) == 2:
        return same_number(parts[0], values[0], a) and same_number(parts[1], values[1], b)
    return same_number(parts[0] if len(parts) == 1 else None, sympy.Mul(*values), sympy.expand(a * b))


def _matrix_latex(M) -> str:
    return r"\begin{bmatrix} " + r" \\ ".join(" & ".join(notation.latex(v) for v in M.row(r))
                                              for r in range(M.rows)) + r" \end{bmatrix}"


def _eigen_list(eig) -> list:
    return [e for e in eig for _ in range(e.multiplicity)]


def _cut_off(pairs, reference) -> list[Feedback]:
    """A note for each written decimal that is its value cut off (truncated) rather than rounded."""
    out = []
    for (node, _), ref in zip(pairs, reference):
        num = written_number(node)
        exact = ref.exact if ref.exact is not None else ref.value
        if num is not None and num.decimals and at_precision(num, exact) == "truncated" and not rounds_to(num, exact):
            out.append(Feedback("precision", {"written": num.text, "value": sympy.Float(ref.value, 12),
                                              "decimals": num.decimals}))
    return out


class KernelVerdicts:
    """Verdicts on K_{ij}, K and eig(K); mixed into :class:`~symntk.check.verdicts.Checker`
    (which provides ``solution``, ``scope``, ``own``, ``n_out``, ``_own_row``, ``_own_kernel``, ``_sources``)."""

    def _kernel_entry(self, claim, j) -> None:
        r, c = claim.data["ref"]
        K = self.solution.kernel
        if not (1 <= r <= K.rows and 1 <= c <= K.cols):
            raise UnreadableError(f"K is {K.rows}×{K.cols}: there is no K_{{{r},{c}}}")
        true = K[r - 1, c - 1]
        J = self.solution.jacobian
        labels = self.solution.kernel_labels
        (i, o1), (jj, o2) = labels[r - 1], labels[c - 1]
        row_a, row_b = (i - 1) * self.n_out + (o1 or 1) - 1, (jj - 1) * self.n_out + (o2 or 1) - 1
        true_terms = [(J[row_a, k], J[row_b, k]) for k in range(J.cols)]
        own_a, own_b = self._own_row(i, o1 or 1), self._own_row(jj, o2 or 1)
        own_value = self._own_kernel(r, c)
        j.label = f"K{sub(r)},{sub(c)}"
        j.plain = " + ".join(f"[{_factor(a, notation.unicode)} · {_factor(b, notation.unicode)}]"
                             for a, b in true_terms) + f" = {notation.unicode(true)}"
        j.expected = " + ".join(f"[{_factor(a, notation.latex)} \\cdot {_factor(b, notation.latex)}]"
                                for a, b in true_terms) + f" = {notation.latex(true)}"
        terms_ok_true = terms_ok_own = sum_ok = True
        written_sum = None
        fresh = []
        if claim.data["terms"] is not None:
            written = flat_sum(claim.data["terms"])
            if len(written) != len(true_terms):
                terms_ok_true = terms_ok_own = False
                fresh.append(Feedback("term_count", {"written": len(written), "expected": len(true_terms)}))
            products = []
            for k, node in enumerate(written, start=1):
                parts = term_parts(node)
                values = [to_number(p, self.scope) for p in parts]
                product = sympy.Mul(*values)
                products.append(product)
                if k > len(true_terms):
                    continue
                t_ok = _term_ok(parts, values, true_terms[k - 1])
                o_ok = _term_ok(parts, values, (own_a[k - 1], own_b[k - 1]))
                terms_ok_true &= t_ok
                terms_ok_own &= o_ok or t_ok  # a term may follow from the learner's work or be right outright
                if not (o_ok or t_ok) and not any(f.code == "term_wrong" for f in fresh):
                    fresh.append(Feedback("term_wrong", {"k": k, "written": product,
                                                         "expected_a": true_terms[k - 1][0],
                                                         "expected_b": true_terms[k - 1][1]}))
            written_sum = sympy.Add(*products)
        value_node = claim.data["value"]
        claimed = to_number(value_node, self.scope) if value_node is not None else written_sum
        if written_sum is not None and value_node is not None and not same_number(value_node, claimed, written_sum):
            sum_ok = False
            fresh.append(Feedback("arithmetic", {"written": claimed, "total": written_sum}))
        own_refs = [self.own.entries[ref][0] for ref in claim.data["refs"] + [(c, r)] if ref in self.own.entries]
        self.own.entries[(r, c)] = (claimed, claim.line)
        if same_number(value_node, claimed, true) and terms_ok_true:
            j.verdict = "correct"
            return
        j.verdict = "wrong"
        follows = same_number(value_node, claimed, own_value) or any(
            same_number(value_node, claimed, v) for v in own_refs)
        if follows and terms_ok_own and sum_ok:
            j.carried = True
            sources = self._sources("gradients")
            if not sources and own_refs:
                sources = [(self.own.entries[ref][1], ("entry", *ref)) for ref in claim.data["refs"]
                           if ref in self.own.entries]
            j.feedback.append(Feedback("carried", {"sources": sources}))
            return
        j.feedback += fresh or [Feedback("mismatch", {"expected": true})]

    def _kernel_matrix(self, claim, j) -> None:
        node = claim.data["matrix"]
        if not isinstance(node, Matrix):
            raise UnreadableError("K as a matrix (\\begin{bmatrix} … \\end{bmatrix})")
        K = self.solution.kernel
        j.expected = _matrix_latex(K)
        j.plain = "[" + "; ".join(", ".join(notation.unicode(v) for v in K.row(r)) for r in range(K.rows)) + "]"
        rows = node.rows
        if len(rows) != K.rows or any(len(row) != K.cols for row in rows):
            j.verdict = "wrong"
            j.feedback.append(Feedback("shape", {"rows": K.rows, "cols": K.cols}))
            return
        claimed = sympy.Matrix([[to_number(v, self.scope) for v in row] for row in rows])
        own = {}  # (r, c) → the values the learner's own work gives: their entry claims and their gradients
        for r in range(1, K.rows + 1):
            for c in range(1, K.cols + 1):
                own[r - 1, c - 1] = [e[0] for e in (self.own.entries.get((r, c)), self.own.entries.get((c, r))) if e]
                own[r - 1, c - 1].append(self._own_kernel(r, c))
        self.own.matrix = (claimed, claim.line)
        wrong, follows = [], True
        for r in range(K.rows):
            for c in range(K.cols):
                if not same_number(rows[r][c], claimed[r, c], K[r, c]):
                    wrong.append((r + 1, c + 1, claimed[r, c], K[r, c]))
                if not any(same_number(rows[r][c], claimed[r, c], v) for v in own[r, c]):
                    follows = False
        if not wrong:
            j.verdict = "correct"
            return
        j.verdict = "wrong"
        if follows:
            j.carried = True
            sources = self._sources("entries") or self._sources("gradients")
            j.feedback.append(Feedback("carried", {"sources": sources}))
            return
        r, c, mine, real = wrong[0]
        j.feedback.append(Feedback("entry_wrong", {"i": r, "j": c, "written": mine, "expected": real}))

    def _eigenvalues(self, claim, j) -> None:
        nodes = number_nodes(claim.data["values"])
        claimed = [to_number(n, self.scope) for n in nodes]
        true = _eigen_list(self.solution.eigenvalues)
        own_K = self.own.matrix[0] if self.own.matrix else None
        if own_K is None:
            n = self.solution.kernel.rows
            own_K = sympy.Matrix(n, n, lambda r, c: (self.own.entries.get((r + 1, c + 1))
                                                     or self.own.entries.get((c + 1, r + 1))
                                                     or (self._own_kernel(r + 1, c + 1), None))[0])
        own = _eigen_list(engine_eigenvalues(own_K)) if own_K.is_symmetric() else []

        def show(e):
            exact = notation.latex(e.exact) if e.exact is not None and not e.exact.is_Float else ""
            return (exact + " \\approx " if exact else "") + f"{float(e.value):.5f}"

        index = claim.data.get("index")
        if index is not None:
            if not 1 <= index <= len(true):
                raise UnreadableError(f"K has {len(true)} eigenvalues")
            true, own = true[index - 1:index], own[index - 1:index] if len(own) >= index else []
        j.expected = ", ".join(show(e) for e in true)
        j.plain = ", ".join((notation.unicode(e.exact) + " ≈ " if e.exact is not None and not e.exact.is_Float else "")
                            + f"{float(e.value):.5f}" for e in true)
        if index is not None:
            j.label = "λ" + sub(index)
        order = sorted(range(len(claimed)), key=lambda m: float(sympy.N(claimed[m], 30)))
        pairs = [(nodes[m], claimed[m]) for m in order]
        if len(claimed) != len(true):
            j.verdict = "wrong"
            j.feedback.append(Feedback("eigen_count", {"written": len(claimed), "expected": len(true)}))
            return

        def matches(reference):
            return len(reference) == len(pairs) and all(
                same_number(node, value, ref.exact if ref.exact is not None else ref.value)
                for (node, value), ref in zip(pairs, reference))

        if matches(true):
            j.verdict = "correct"
            j.feedback += _cut_off(pairs, true)
            return
        j.verdict = "wrong"
        if own and matches(own):
            j.carried = True
            line = self.own.matrix[1] if self.own.matrix else None
            sources = [(line, ("K",))] if line else self._sources("entries") or self._sources("gradients")
            j.feedback.append(Feedback("carried", {"sources": sources}))
            j.feedback += _cut_off(pairs, own)
            return
        for (node, value), ref in zip(pairs, true):
            if not same_number(node, value, ref.exact if ref.exact is not None else ref.value):
                best = ref.exact if ref.exact is not None else sympy.Float(ref.value, 10)
                j.feedback.append(Feedback("eigen_wrong", {"written": value, "expected": best,
                                                           "approx": sympy.Float(ref.value, 6)}))
                break


__all__ = ["KernelVerdicts", "number_nodes", "term_parts"]


def _factor(value, printer) -> str:
    """One factor of a written term; a sum gets parentheses, [(1 − tanh²(1)) · 1]."""
    text = printer(value)
    return f"({text})" if value.is_Add or text.startswith("-") else text

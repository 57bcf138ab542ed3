"""The promises a worksheet makes about every exercise, checked with the exact engine.

An exercise is accepted only when all of these hold (each failure is named):

* ``integer-kernel``: every K_ij is an integer (when K is asked and the activation keeps
  K rational: identity, relu, quadratic);
* ``small-kernel``: |K_ij| ≤ ``max_entry`` so that the sums can be worked by hand;
* ``zero-gradient``: no ∂f/∂θ_k vanishes at every datapoint (no column of J is 0);
* ``relu-kink``: no relu pre-activation z^{[l]}_i is exactly 0 at a datapoint, where the
  derivative would hang on the convention relu′(0) = 0;
* ``dead-layer``: at every datapoint each relu layer has an active unit (else f there
  is the output bias alone and its row of the key is trivial);
* ``saturated``: for tanh, sigmoid and softplus every pre-activation has |z| ≤ 2, so the
  values (tanh(1), σ(−2), …) stay where a calculator and a person agree;
* ``repeated-eigenvalue``: the eigenvalues of K are distinct, and further apart than
  twice the answer tolerance;
* ``singular-kernel``: K is invertible (no eigenvalue 0);
* ``integer-eigenvalues``: every eigenvalue is an integer (only when asked for);
* ``constant-output``: some output f_o takes the same value at every datapoint;
* ``twin-units``: two units of a hidden layer have the same incoming weights and bias
  (so the same activation everywhere, and mirrored gradients);
* ``zero-layer``: some layer's weight matrix W^{[l]} is all zeros (f does not depend on the
  layers before it).
"""

from __future__ import annotations

import numpy as np
import sympy

from ..kernel import LAMBDA
from ..solution import Solution
from .options import WorksheetOptions

_TINY = sympy.Float("1e-30")


def violations(solution: Solution, options: WorksheetOptions) -> list[str]:
    """The names of the constraints the exercise breaks (empty: accepted)."""
    out = degenerate(solution)
    if out:
        return out
    problem = solution.problem
    if "relu" in problem.activations:
        kink, dead = _relu_states(solution)
        if kink or dead:
            return ["relu-kink"] * kink + ["dead-layer"] * dead
    if _saturated(solution):
        out.append("saturated")
        return out
    J = solution.jacobian if options.exact_kernel else solution.jacobian_numeric
    if any(all(_is_zero(J[r, k]) for r in range(J.rows)) for k in range(J.cols)):
        out.append("zero-gradient")
    if not options.asks_kernel or out:
        return out
    K = solution.kernel
    if options.exact_kernel:
        if not all(v.is_Integer for v in K):
            out.append("integer-kernel")
        elif max(abs(int(v)) for v in K) > options.max_entry:
            out.append("small-kernel")
    elif max(abs(float(v)) for row in solution.kernel_numeric.tolist() for v in row) > options.max_entry:
        out.append("small-kernel")
    if out:
        return out
    if _singular(solution):
        return ["singular-kernel"]
    gap = 2 * float(options.tolerance)
    if all(v.is_Rational for v in K):
        # exact: a repeated root of det(K − λI) ⇔ its discriminant is 0; the gap from float64 eigvalsh
        poly = sympy.Poly(solution.characteristic_polynomial, LAMBDA)
        repeated = K.rows > 1 and sympy.discriminant(poly) == 0
        values = list(np.linalg.eigvalsh(np.array(K.tolist(), dtype=float)))
        integer = sum(m for r, m in sympy.roots(poly).items() if r.is_Integer) == K.rows
    else:
        eig = solution.eigenvalues
        repeated = any(e.multiplicity > 1 for e in eig)
        values = [float(e.value) for e in eig]
        integer = all(e.exact is not None and e.exact.is_Integer for e in eig)
    if repeated or any(b - a <= gap for a, b in zip(values, values[1:])):
        out.append("repeated-eigenvalue")
    if options.integer_eigenvalues and not integer:
        out.append("integer-eigenvalues")
    return out


def degenerate(solution: Solution) -> list[str]:
    """The degenerate shapes of an exercise: ``zero-layer`` (some W^{[l]} = 0), ``twin-units``
    (rows i ≠ i′ of [W^{[l]} | b^{[l]}] equal in a hidden layer l < L) and ``constant-output``
    (f_o(x_1) = … = f_o(x_N) for some output o: the exact forward pass, compared to 40 digits)."""
    problem, net = solution.problem, solution.network
    out = []
    weights = [sympy.Matrix(w) for w in problem.weights]
    biases = [sympy.Matrix(b) for b in problem.biases]
    if any(all(v == 0 for v in W) for W in weights):
        out.append("zero-layer")
    for W, b in zip(weights[:-1], biases[:-1]):
        rows = [tuple(W.row(i)) + (b[i, 0],) for i in range(W.rows)]
        if len(set(rows)) < len(rows):
            out.append("twin-units")
            break
    if len(problem.points) > 1:
        outputs = [net.forward(point, problem.weights, problem.biases).z[net.depth] for point in problem.points]
        n_out = len(outputs[0])
        if any(all(abs(sympy.N(f[o] - outputs[0][o], 40)) <= _TINY for f in outputs[1:]) for o in range(n_out)):
            out.append("constant-output")
    return out


def _is_zero(v: sympy.Expr) -> bool:
    if v.is_Number:
        return v == 0 or abs(v) < _TINY
    return bool(v.is_zero)


def _singular(solution: Solution) -> bool:
    K = solution.kernel
    if all(v.is_Rational for v in K):
        return K.det(method="bareiss") == 0
    return any(abs(e.value) <= _TINY for e in solution.eigenvalues)


def _relu_states(solution: Solution) -> tuple[bool, bool]:
    """(some relu pre-activation is exactly 0 at a datapoint, some relu layer is all off at a datapoint)."""
    net, problem = solution.network, solution.problem
    relu_layers = [l for l in range(1, net.depth) if problem.activations[l - 1] == "relu"]
    kink = dead = False
    for point in problem.points:
        fp = net.forward(point, problem.weights, problem.biases)
        kink |= any(v == 0 for l in relu_layers for v in fp.z[l])
        dead |= any(all(v < 0 for v in fp.z[l]) for l in relu_layers)
    return kink, dead


_SMOOTH = ("tanh", "sigmoid", "softplus")


def _saturated(solution: Solution) -> bool:
    """Whether a tanh/sigmoid/softplus pre-activation exceeds 2 in size at some datapoint."""
    net, problem = solution.network, solution.problem
    layers = [l for l in range(1, net.depth) if problem.activations[l - 1] in _SMOOTH]
    if not layers:
        return False
    for point in problem.points:
        fp = net.forward(point, problem.weights, problem.biases)
        if any(abs(v) > 2 for l in layers for v in fp.z[l]):
            return True
    return False

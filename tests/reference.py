"""Independent reference computations for the tests.

Written separately from symntk's engine (no symntk imports): a NumPy forward
pass, central differences of it, a float backprop, and an exact backprop in
``fractions.Fraction`` for activations with rational values. θ order and the
parameterization follow DESIGN.md.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

PHI = {
    "identity": (lambda z: z, lambda z: 1.0),
    "relu": (lambda z: max(z, 0.0), lambda z: 1.0 if z > 0 else 0.0),
    "tanh": (math.tanh, lambda z: 1.0 - math.tanh(z) ** 2),
    "sigmoid": (lambda z: 1.0 / (1.0 + math.exp(-z)), lambda z: math.exp(-z) / (1.0 + math.exp(-z)) ** 2),
    "softplus": (lambda z: math.log1p(math.exp(z)), lambda z: 1.0 / (1.0 + math.exp(-z))),
    "quadratic": (lambda z: z * z, lambda z: 2.0 * z),
    "erf": (math.erf, lambda z: 2.0 / math.sqrt(math.pi) * math.exp(-z * z)),
}

EXACT_PHI = {
    "identity": (lambda z: z, lambda z: Fraction(1)),
    "relu": (lambda z: max(z, Fraction(0)), lambda z: Fraction(1) if z > 0 else Fraction(0)),
    "quadratic": (lambda z: z * z, lambda z: 2 * z),
}


def flatten(weights, biases):
    """θ in the notes' order: per layer all of W row-major, then b."""
    theta = []
    for W, b in zip(weights, biases):
        theta += [W[i][j] for i in range(len(W)) for j in range(len(W[0]))]
        theta += [b[i][0] for i in range(len(b))]
    return theta


def unflatten(theta, widths):
    weights, biases, k = [], [], 0
    for l in range(1, len(widths)):
        rows, cols = widths[l], widths[l - 1]
        weights.append([[theta[k + i * cols + j] for j in range(cols)] for i in range(rows)])
        k += rows * cols
        biases.append([[theta[k + i]] for i in range(rows)])
        k += rows
    return weights, biases


def forward(theta, widths, acts, x, ntk=False):
    """f(x) as a list of n_L floats (plain loops, no matrices from symntk)."""
    weights, biases = unflatten(list(theta), widths)
    a = list(x)
    L = len(widths) - 1
    for l in range(L):
        c = 1.0 / math.sqrt(widths[l]) if ntk else 1.0
        z = [c * sum(weights[l][i][j] * a[j] for j in range(len(a))) + biases[l][i][0] for i in range(widths[l + 1])]
        a = [PHI[acts[l]][0](v) for v in z] if l < L - 1 else z
    return a


def central_jacobian(theta, widths, acts, points, ntk=False, h=1e-6):
    """J by central differences: rows (point, output) point-major, columns θ_k."""
    theta = [float(t) for t in theta]
    rows = []
    for x in points:
        x = [float(v) for v in x]
        cols = []
        for k in range(len(theta)):
            up, down = list(theta), list(theta)
            up[k] += h
            down[k] -= h
            fu, fd = forward(up, widths, acts, x, ntk), forward(down, widths, acts, x, ntk)
            cols.append([(u - d) / (2 * h) for u, d in zip(fu, fd)])
        n_out = len(cols[0])
        rows += [[cols[k][o] for k in range(len(theta))] for o in range(n_out)]
    return np.array(rows)


def _backprop(theta, widths, acts, x, phi, one, sqrt, ntk):
    weights, biases = unflatten(list(theta), widths)
    L = len(widths) - 1
    scale = [one / sqrt(widths[l]) if ntk else one for l in range(L)]
    a_list, z_list = [list(x)], []
    for l in range(L):
        z = [scale[l] * sum(weights[l][i][j] * a_list[-1][j] for j in range(widths[l])) + biases[l][i][0]
             for i in range(widths[l + 1])]
        z_list.append(z)
        a_list.append([phi[acts[l]][0](v) for v in z] if l < L - 1 else z)
    rows = []
    for o in range(widths[-1]):
        delta = [one if i == o else 0 * one for i in range(widths[-1])]
        grads = [None] * L
        for l in range(L - 1, -1, -1):
            gW = [[delta[i] * scale[l] * a_list[l][j] for j in range(widths[l])] for i in range(widths[l + 1])]
            grads[l] = (gW, [[d] for d in delta])
            if l > 0:
                back = [scale[l] * sum(weights[l][i][j] * delta[i] for i in range(widths[l + 1]))
                        for j in range(widths[l])]
                delta = [phi[acts[l - 1]][1](z_list[l - 1][j]) * back[j] for j in range(widths[l])]
        rows.append(flatten([g[0] for g in grads], [g[1] for g in grads]))
    return rows


def backprop_jacobian(theta, widths, acts, points, ntk=False):
    """J by a float backprop written with plain loops."""
    rows = []
    for x in points:
        rows += _backprop([float(t) for t in theta], widths, acts, [float(v) for v in x], PHI, 1.0, math.sqrt, ntk)
    return np.array(rows)


def exact_jacobian(theta, widths, acts, points):
    """J exactly in Fractions (standard parameterization; identity/relu/quadratic)."""
    rows = []
    for x in points:
        rows += _backprop([Fraction(t) for t in theta], widths, acts, [Fraction(v) for v in x], EXACT_PHI,
                          Fraction(1), None, False)
    return rows


def gram(J):
    """K = J Jᵀ for a list of lists (exact if the entries are Fractions)."""
    return [[sum(a * b for a, b in zip(r, c)) for c in J] for r in J]

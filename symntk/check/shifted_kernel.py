"""K − λI (or λI − K) written out as a matrix, ``K - \\lambda I = \\begin{pmatrix} 8-\\lambda & 12 \\\\ 12 &
19-\\lambda \\end{pmatrix}``: read as a claim about K, the written matrix plus λI (λI minus it) being K.

The step before det(K − λI) is a matrix with λ on its diagonal; it is right exactly when adding λ back on the
diagonal gives the kernel (every entry then free of λ), and it is judged as K is, its expected value shown as
K − λI.
"""

from __future__ import annotations

import sympy

from .kernel_targets import is_matrix_name
from .nodes import Op, Sym


def _lambda_identity(node) -> bool:
    """``λI`` / ``λ I`` / ``λ \\cdot I``: λ times the identity."""
    if not (isinstance(node, Op) and node.op in ("juxt", "mul") and len(node.args) == 2):
        return False
    lam, ident = node.args
    return isinstance(lam, Sym) and lam.name == "lambda" and not lam.sub and lam.layer is None and \
        isinstance(ident, Sym) and ident.name in ("I", "E") and not ident.sub


def shifted_kernel(node) -> tuple[int, int | None] | None:
    """(1, o) for ``K − λI``, (−1, o) for ``λI − K`` (o the output of K^{[o]}, None when not written); else None."""
    if not (isinstance(node, Op) and node.op == "sub" and len(node.args) == 2):
        return None
    left, right = node.args
    if _lambda_identity(right) and is_matrix_name(left, "K", "Theta") != "no":
        return 1, is_matrix_name(left, "K", "Theta")
    if _lambda_identity(left) and is_matrix_name(right, "K", "Theta") != "no":
        return -1, is_matrix_name(right, "K", "Theta")
    return None


def _lambda_of(matrix: sympy.Matrix) -> sympy.Symbol | None:
    return next((s for s in matrix.free_symbols if s.name in ("lambda", "λ")), None)


def unshifted(claimed: sympy.Matrix, sign: int) -> sympy.Matrix | None:
    """K from the written K − λI (``sign`` 1: M + λI) or λI − K (``sign`` −1: λI − M); None when the matrix is
    not square, has no λ, or λ is left in an entry (then it is no K − λI of any K)."""
    lam = _lambda_of(claimed)
    if lam is None or claimed.rows != claimed.cols:
        return None
    eye = sympy.eye(claimed.rows) * lam
    out = (claimed + eye if sign == 1 else eye - claimed).applyfunc(sympy.expand)
    return None if any(lam in e.free_symbols for e in out) else out


def shifted(true: sympy.Matrix, sign: int, like: sympy.Matrix) -> sympy.Matrix:
    """The true K − λI (``sign`` 1) or λI − K (−1), with the λ of the written matrix ``like``."""
    lam = _lambda_of(like) or sympy.Symbol("lambda")
    eye = sympy.eye(true.rows) * lam
    return true - eye if sign == 1 else eye - true

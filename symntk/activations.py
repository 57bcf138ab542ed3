"""The activation registry: one entry per activation, with its SymPy form,
its derivative, its names for display and its NumPy form.

Conventions:

* relu(z) = max(0, z) and relu′(z) = step(z) with **step(0) = 0** (the
  convention of most deep-learning libraries: the subgradient 0 at the kink).
* sigmoid(z) = σ(z) = 1 / (1 + e^{−z}),   σ′ = σ(1 − σ).
* softplus(z) = log(1 + e^{z}),           softplus′ = σ.
* tanh′ = 1 − tanh².
* quadratic(z) = z²,                      quadratic′ = 2z.
* identity(z) = z,                        identity′ = 1.
* erf(z) = (2/√π) ∫₀^z e^{−t²} dt,          erf′ = (2/√π) e^{−z²}  (SymPy's ``erf``).

The non-elementary functions are small SymPy ``Function`` classes so that
expressions stay readable (σ(z) rather than 1/(1+e^{−z})) and so that the
derivative convention is ours, not SymPy's (SymPy's Heaviside(0) is 1/2).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import sympy
from sympy import Function, S

from .errors import InputError, describe
from .values import non_ascii_note


def _sign(z: sympy.Expr) -> int | None:
    """The sign of z if it can be decided: symbolically, or for a number
    without free symbols by a 60-digit evaluation (exact zero checked).

    A sum with a free term of its own (a bias b_{i,1}^{[l]}: a real symbol of unknown sign
    that appears in no other term) takes every real value, so its sign is undecidable; that
    is answered at once, without SymPy's assumption queries, which take seconds on the wide
    sums z^{[l]} of a symbolic network."""
    if _has_free_term(z):
        return None
    if z.is_extended_positive:
        return 1
    if z.is_extended_negative:
        return -1
    if z.is_zero:
        return 0
    if z.is_number:
        value = z.evalf(60)
        if value.is_Number:
            if abs(value) > sympy.Float("1e-45"):
                return 1 if value > 0 else -1
            if z.equals(0):
                return 0
    return None


def _has_free_term(z: sympy.Expr) -> bool:
    """Whether z = s + (terms without s) for a real symbol s of unknown sign."""
    if not z.is_Add:
        return False
    for k, term in enumerate(z.args):
        if (term.is_Symbol and term.is_real and term.is_extended_positive is None
                and term.is_extended_negative is None
                and not any(term in other.free_symbols for j, other in enumerate(z.args) if j != k)):
            return True
    return False


class step(Function):  # noqa: N801 - SymPy function names are lower case
    """Unit step with step(0) = 0: the derivative of relu used here."""

    @classmethod
    def eval(cls, z):
        sign = _sign(z)
        if sign is None:
            return None
        return S.One if sign > 0 else S.Zero

    def fdiff(self, argindex=1):
        return S.Zero


class relu(Function):  # noqa: N801
    """relu(z) = max(0, z)."""

    @classmethod
    def eval(cls, z):
        sign = _sign(z)
        if sign is None:
            return None
        return z if sign > 0 else S.Zero

    def fdiff(self, argindex=1):
        return step(self.args[0])


class _PositiveOfReal(Function):
    """A function that is real and positive at every real argument (σ, softplus), evaluated
    numerically through the memoized :func:`_evalf`."""

    def _eval_is_extended_real(self):
        return self.args[0].is_extended_real

    def _eval_is_extended_positive(self):
        return True if self.args[0].is_extended_real else None

    def _eval_is_extended_negative(self):
        return False if self.args[0].is_extended_real else None

    def _eval_evalf(self, prec):
        return _evalf(self, prec)


class sigmoid(_PositiveOfReal):  # noqa: N801
    """σ(z) = 1 / (1 + exp(−z)); exact values stay as σ(a)."""

    @classmethod
    def eval(cls, z):
        if z is S.Zero:
            return S.Half
        return None

    def fdiff(self, argindex=1):
        s = sigmoid(self.args[0])
        return s * (1 - s)

    def _eval_is_finite(self):
        return True if self.args[0].is_extended_real else None

    def _eval_rewrite_as_exp(self, z, **kwargs):
        return 1 / (1 + sympy.exp(-z))


class softplus(_PositiveOfReal):  # noqa: N801
    """softplus(z) = log(1 + exp(z))."""

    @classmethod
    def eval(cls, z):
        if z is S.Zero:
            return sympy.log(2)
        return None

    def fdiff(self, argindex=1):
        return sigmoid(self.args[0])

    def _eval_is_finite(self):
        return True if self.args[0].is_finite and self.args[0].is_extended_real else None

    def _eval_rewrite_as_exp(self, z, **kwargs):
        return sympy.log(1 + sympy.exp(z))


@lru_cache(maxsize=4096)
def _evalf(value: sympy.Expr, prec: int):
    """σ(z) = 1/(1 + e^{−z}) or softplus(z) = log(1 + e^{z}) to ``prec`` bits; memoized,
    because nested networks evaluate the same inner values again and again."""
    z = value.args[0]._eval_evalf(prec)
    if z is None:
        return None
    form = 1 / (1 + sympy.exp(-z)) if isinstance(value, sigmoid) else sympy.log(1 + sympy.exp(z))
    return form._eval_evalf(prec)


@dataclass(frozen=True)
class Activation:
    """One activation φ: ``apply(z)`` = φ(z), ``derivative(z)`` = φ′(z) (SymPy);
    ``latex`` / ``unicode`` are the names used in formulas (empty for identity
    and quadratic, which are written out)."""

    name: str
    apply: Callable[[sympy.Expr], sympy.Expr]
    derivative: Callable[[sympy.Expr], sympy.Expr]
    latex: str
    unicode: str
    is_linear: bool = False


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in (
        Activation("identity", lambda z: z, lambda z: S.One, "", "", is_linear=True),
        Activation("relu", relu, step, r"\operatorname{relu}", "relu"),
        Activation("tanh", sympy.tanh, lambda z: 1 - sympy.tanh(z) ** 2, r"\tanh", "tanh"),
        Activation("sigmoid", sigmoid, lambda z: sigmoid(z) * (1 - sigmoid(z)), r"\sigma", "σ"),
        Activation("softplus", softplus, sigmoid, r"\operatorname{softplus}", "softplus"),
        Activation("quadratic", lambda z: z ** 2, lambda z: 2 * z, "", ""),
        Activation("erf", sympy.erf, lambda z: 2 / sympy.sqrt(sympy.pi) * sympy.exp(-z ** 2),
                   r"\operatorname{erf}", "erf"),
    )
}

def numpy_functions() -> dict:
    """NumPy implementations of the SymPy functions above, for ``lambdify``
    (the numeric path compiles φ and φ′ from their SymPy forms with these)."""
    import numpy as np

    def np_sigmoid(z):
        return 0.5 * (1.0 + np.tanh(0.5 * z))

    return {"step": lambda z: (np.asarray(z) > 0).astype(float),
            "relu": lambda z: np.maximum(z, 0.0),
            "sigmoid": np_sigmoid,
            "softplus": lambda z: np.logaddexp(0.0, z),
            "erf": numpy_erf()}


def numpy_erf():
    """erf(z) = (2/√π) ∫₀^z e^{−t²} dt for float arrays, to within an ulp or two:
    SciPy's ``special.erf`` when SciPy is installed, else :func:`math.erf`
    applied elementwise (NumPy has no erf; SciPy is not a dependency)."""
    import numpy as np

    try:
        from scipy.special import erf
    except ImportError:
        import math

        scalar = np.frompyfunc(math.erf, 1, 1)
        return lambda z: np.asarray(scalar(np.asarray(z, dtype=np.float64)), dtype=np.float64)
    return erf


def get_activation(name: object, source: str = "<api>", field: str = "network.activation") -> Activation:
    """Look up an activation by name; unknown names raise :class:`InputError`."""
    if not isinstance(name, str) or name not in ACTIVATIONS:
        got = describe(name) + (non_ascii_note(name) if isinstance(name, str) else "")
        raise InputError(source, field, "one of " + ", ".join(ACTIVATIONS), got)
    return ACTIVATIONS[name]

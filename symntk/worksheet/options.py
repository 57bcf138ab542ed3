"""What a worksheet run asks for: the exercise's size, its number ranges and its parts.

Every option is checked here once; a bad value raises :class:`~symntk.errors.InputError`
naming the option, what was expected and what was given.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import comb

from ..activations import ACTIVATIONS
from ..errors import InputError

#: The parts a worksheet can ask, in the order of the notes' method.
PARTS = ("expansion", "theta", "gradients", "gradient_values", "kernel_entries", "kernel", "characteristic",
         "eigenvalues")
#: Activations whose kernels are rational for rational parameters (integer K is then promised).
RATIONAL_ACTIVATIONS = ("identity", "relu", "quadratic")
NUMBERS = ("integers", "halves")
PARAMETERIZATIONS = ("standard", "ntk")
MAX_VARIANTS = 10_000


@dataclass(frozen=True)
class WorksheetOptions:
    """One run: ``variants`` exercises drawn from ``seed``.

    ``widths`` n_0..n_L; ``activation`` of the hidden layers; ``points`` datapoints per
    exercise; parameters drawn from ``param_range`` and datapoint coordinates from
    ``x_range`` (inclusive integer bounds; with ``numbers = "halves"`` in steps of 1/2);
    ``parts`` the quantities asked; ``max_entry`` bounds |K_ij| so that a person can
    work the sums by hand; ``parameterization`` standard (as in the notes) or ntk
    (z^{[l]} = W^{[l]} a^{[l-1]}/√n_{l-1} + b^{[l]}, σ_w = σ_b = 1)."""

    seed: int = 0
    variants: int = 1
    widths: tuple[int, ...] = (1, 2, 1)
    activation: str = "identity"
    points: int = 2
    param_range: tuple[int, int] = (-2, 2)
    x_range: tuple[int, int] = (-2, 3)
    numbers: str = "integers"
    parts: tuple[str, ...] = PARTS
    max_entry: int = 60
    integer_eigenvalues: bool = False
    lang: str = "en"
    title: str = ""
    tolerance: str = "0.01"
    attempts: int = 2_000
    paper: str = "a4"  # the student sheets' paper: a4 or letter
    parameterization: str = "standard"
    combined_key: bool = False  # also one document holding every variant's key (keys.tex, keys.pdf)

    def __post_init__(self):
        _check_int("--seed", self.seed, 0, 2**63 - 1)
        _check_int("--variants", self.variants, 1, MAX_VARIANTS)
        if not isinstance(self.widths, tuple) or len(self.widths) < 2 or len(self.widths) > 5:
            raise InputError("<options>", "--widths", "2 to 5 comma-separated widths n_0,…,n_L", repr(self.widths))
        for w in self.widths:
            _check_int("--widths", w, 1, 6)
        if self.activation not in ACTIVATIONS:
            raise InputError("<options>", "--activation", "one of " + ", ".join(sorted(ACTIVATIONS)),
                             repr(self.activation))
        _check_int("--points", self.points, 1, 6)
        for name, (low, high) in (("--param-range", self.param_range), ("--x-range", self.x_range)):
            _check_int(name, low, -20, 20)
            _check_int(name, high, -20, 20)
            if low >= high:
                raise InputError("<options>", name, "LOW:HIGH with LOW < HIGH", f"{low}:{high}")
        if self.numbers not in NUMBERS:
            raise InputError("<options>", "--numbers", "integers or halves", repr(self.numbers))
        if not self.parts or any(p not in PARTS for p in self.parts):
            raise InputError("<options>", "--parts", "a comma-separated list of " + ", ".join(PARTS),
                             ",".join(self.parts))
        _check_int("--max-entry", self.max_entry, 1, 10**6)
        if self.lang not in ("en", "is"):
            raise InputError("<options>", "--lang", "en or is", repr(self.lang))
        if self.paper not in ("a4", "letter"):
            raise InputError("<options>", "--paper", "a4 or letter", repr(self.paper))
        if self.parameterization not in PARAMETERIZATIONS:
            raise InputError("<options>", "--parameterization", "standard or ntk", repr(self.parameterization))
        if not isinstance(self.combined_key, bool):
            raise InputError("<options>", "--combined-key", "true or false", repr(self.combined_key))
        grid = ((self.x_range[1] - self.x_range[0]) * (2 if self.numbers == "halves" else 1) + 1) ** self.widths[0]
        if self.points > grid:
            raise InputError("<options>", "--points", f"at most {grid} datapoints (the distinct points of --x-range)",
                             str(self.points))
        if self.asks_kernel and self.points > self.rank_bound:
            raise InputError("<options>", "--points",
                             f"at most {self.rank_bound} datapoints for a {self.activation} network with "
                             f"{self.widths[0]} input(s): its gradients are polynomials of degree "
                             f"{self.gradient_degree} in x, so K has rank at most {self.rank_bound} per output "
                             f"and more datapoints make it singular", str(self.points))
        try:
            tol = float(self.tolerance)
        except ValueError:
            tol = -1.0
        if not 0 < tol < 1e6:
            raise InputError("<options>", "--tolerance", "a positive number, e.g. 0.01", repr(self.tolerance))

    @property
    def exact_kernel(self) -> bool:
        """Whether K is rational (so integer K entries can be promised): not in the ntk
        parameterization, whose 1/√n_{l-1} scales make K irrational in general."""
        if self.parameterization == "ntk":
            return False
        return self.activation in RATIONAL_ACTIVATIONS or len(self.widths) == 2

    @property
    def asks_kernel(self) -> bool:
        return any(p in self.parts for p in ("kernel_entries", "kernel", "characteristic", "eigenvalues"))

    @property
    def gradient_degree(self) -> int | None:
        """D: the degree in x of every ∂f/∂θ_k when the activations are polynomial
        (1 for identity, 2^{L-1} for quadratic), else None."""
        if self.activation == "identity" or len(self.widths) == 2:
            return 1
        if self.activation == "quadratic":
            return 2 ** (len(self.widths) - 2)
        return None

    @property
    def rank_bound(self) -> int:
        """How many datapoints K can separate: with polynomial gradients of degree D in
        n_0 inputs, each row of J is a combination of the C(n_0 + D, D) monomials' coefficient
        vectors, so rank K ≤ n_L·C(n_0 + D, D) and N > C(n_0 + D, D) datapoints make K singular."""
        if self.gradient_degree is None:
            return 10**9
        return comb(self.widths[0] + self.gradient_degree, self.gradient_degree)

    @property
    def kernel_size(self) -> int:
        """The side of K: N·n_L (the full block kernel, point-major)."""
        return self.points * self.widths[-1]


def _check_int(name: str, value, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InputError("<options>", name, f"an integer from {low} to {high}", repr(value))


def parse_range(text: str, name: str) -> tuple[int, int]:
    """``"-2:3"`` → (-2, 3)."""
    low, sep, high = text.partition(":")
    try:
        if not sep:
            raise ValueError
        return int(low), int(high)
    except ValueError:
        raise InputError("<options>", name, "LOW:HIGH, two integers such as -2:3", repr(text)) from None


def parse_widths(text: str) -> tuple[int, ...]:
    """``"1,2,1"`` → (1, 2, 1)."""
    try:
        return tuple(int(w) for w in text.split(","))
    except ValueError:
        raise InputError("<options>", "--widths", "comma-separated integers such as 1,2,1", repr(text)) from None


def parse_parts(text: str) -> tuple[str, ...]:
    """``"kernel,eigenvalues"`` (or ``all``) → the parts in the notes' order."""
    if text.strip() == "all":
        return PARTS
    asked = {p.strip() for p in text.split(",") if p.strip()}
    unknown = sorted(asked - set(PARTS))
    if unknown or not asked:
        raise InputError("<options>", "--parts", "all, or a comma-separated list of " + ", ".join(PARTS), repr(text))
    return tuple(p for p in PARTS if p in asked)

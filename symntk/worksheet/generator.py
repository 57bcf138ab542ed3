"""Seeded exercise variants: draw, check the promises, keep the new ones.

Variant v (1-based) draws from its own stream ``numpy.random.default_rng([seed, v])``
(PCG64, the same numbers on every machine), so variant 7 of a run is the same whether
the run asks for 10 or for 30 variants, unless an earlier variant already took its
first candidate. A candidate is kept when it breaks none of the constraints of
:mod:`.constraints` and neither its exercise nor its spectrum equals an earlier
variant's (:mod:`.signature`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import sympy

from ..errors import InputError
from ..problem import Problem, problem_from_dict
from ..solution import Solution
from ..solution import derive as _derive
from .constraints import violations
from .options import WorksheetOptions
from .signature import answer_signature, problem_signature
from .templates import phrase


@dataclass(frozen=True)
class Variant:
    """Exercise number ``number`` of a run: its problem, exact solution and signatures."""

    number: int
    problem: Problem
    solution: Solution
    signature: tuple
    answers: tuple[str, ...]
    attempts: int

    @property
    def label(self) -> str:
        """``"07"``: the variant's number, zero-padded for file names."""
        return f"{self.number:02d}"


def _draw(rng: np.random.Generator, low: int, high: int, shape, numbers: str) -> list:
    if numbers == "halves":
        return [[sympy.Rational(int(v), 2) for v in row] for row in rng.integers(2 * low, 2 * high + 1, size=shape)]
    return [[sympy.Integer(int(v)) for v in row] for row in rng.integers(low, high + 1, size=shape)]


def _points(rng: np.random.Generator, options: WorksheetOptions) -> list:
    """N distinct datapoints drawn without replacement from the grid of allowed
    coordinates, sorted (x_1 < x_2 < … for scalar inputs)."""
    n0 = options.widths[0]
    low, high = options.x_range
    step = sympy.Rational(1, 2) if options.numbers == "halves" else sympy.Integer(1)
    side = int((high - low) / step) + 1
    cells = rng.choice(side ** n0, size=options.points, replace=False)
    points = []
    for cell in cells:
        coords = []
        for _ in range(n0):
            cell, index = divmod(int(cell), side)
            coords.append(low + index * step)
        points.append(tuple(coords))
    return [p[0] if n0 == 1 else list(p) for p in sorted(points)]


def candidate(rng: np.random.Generator, options: WorksheetOptions, number: int) -> Problem:
    """One random exercise of the asked shape."""
    widths = options.widths
    params = {}
    for l in range(1, len(widths)):
        params[f"W{l}"] = _draw(rng, *options.param_range, (widths[l], widths[l - 1]), options.numbers)
        params[f"b{l}"] = _draw(rng, *options.param_range, (widths[l], 1), options.numbers)
    points = _points(rng, options)
    name = phrase(options.lang, "variant", f"{number:02d}")
    data = {
        "title": f"{options.title} — {name}" if options.title else name,
        "network": {"widths": list(widths), "activation": options.activation,
                    "parameterization": options.parameterization},
        "parameters": {k: [[str(v) for v in row] for row in m] for k, m in params.items()},
        "data": {"x": [str(p) if not isinstance(p, list) else [str(c) for c in p] for p in points]},
    }
    return problem_from_dict(data, source=f"<variant {number}>")


def generate(options: WorksheetOptions) -> list[Variant]:
    """``options.variants`` distinct exercises that keep every promise (see module doc).

    Raises :class:`InputError` when the ranges leave too few admissible exercises."""
    seen_problems: set = set()
    seen_answers: set = set()
    out = []
    for number in range(1, options.variants + 1):
        rng = np.random.default_rng([options.seed, number])
        rejected: Counter = Counter()
        for attempt in range(1, options.attempts + 1):
            problem = candidate(rng, options, number)
            signature = problem_signature(problem)
            if signature in seen_problems:
                rejected["same-exercise"] += 1
                continue
            solution = _derive(problem)
            broken = violations(solution, options)
            if broken:
                rejected.update(broken)
                continue
            answers = answer_signature(solution) if options.asks_kernel else ()
            if answers and answers in seen_answers:
                rejected["same-answers"] += 1
                continue
            seen_problems.add(signature)
            seen_answers.add(answers)
            out.append(Variant(number, problem, solution, signature, answers, attempt))
            break
        else:
            common = ", ".join(f"{name} ×{n}" for name, n in sorted(rejected.items(), key=lambda kv: (-kv[1], kv[0])))
            raise InputError("<options>", "--variants",
                             f"ranges wide enough for {options.variants} distinct exercises that keep every "
                             f"promise (widen --param-range/--x-range or raise --max-entry)",
                             f"no admissible variant {number} in {options.attempts} draws ({common})")
    return out

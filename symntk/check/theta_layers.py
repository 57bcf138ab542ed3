"""Layers the notes give only through the learner's own names listed in θ: ``θ = (w_1, w_2, b_1, b_2, v_1, v_2, c)``
with ``b_1 = 0``, ``b_2 = 1``, … and no network formula in those names.

A listing whose runs of one letter are θ's blocks (W^{[1]}, b^{[1]}, W^{[2]}, …; see
:mod:`symntk.check.theta_names`) fixes the widths by its shape alone: the l-th bias run has n_l names, the l-th
weight run n_l·n_{l-1} (W^{[l]} row-major). Then b_1, b_2 are the hidden layer's entries b^{[1]}_1, b^{[1]}_2 (not
layers 1 and 2), and every layer the notes do not give whole is filled from the values of its names — only when
the layers they do give whole have the shapes the listing says, every name has one value and the indices run
1, 2, … within each block.
"""

from __future__ import annotations

from .claims import ProblemPart
from .theta_names import _BIAS_LETTERS, _WEIGHT_LETTERS, _listings


def _runs(entries: list) -> list[list]:
    runs: list[list] = []
    for entry in entries:
        if runs and runs[-1][0].name == entry.name:
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return runs


def _widths(runs: list[list]) -> list[int] | None:
    """n_0 … n_L from the run sizes (weight run, bias run per layer), or None when they are no layered net."""
    if len(runs) < 2 or len(runs) % 2:
        return None
    widths = [0] + [len(runs[2 * l + 1]) for l in range(len(runs) // 2)]
    if len(runs[0]) % widths[1]:
        return None
    widths[0] = len(runs[0]) // widths[1]
    for l in range(1, len(widths)):
        if len(runs[2 * l - 2]) != widths[l] * widths[l - 1]:
            return None
    return widths


def _indexed_in_order(run: list) -> bool:
    """``b_1, b_2``, ``c`` (one name alone), ``w_{11}, w_{21}``: the run's indices are 1, 2, … or its own."""
    if len(run) == 1:
        return len(run[0].sub) <= 1
    subs = [e.sub[0].value if len(e.sub) == 1 and hasattr(e.sub[0], "value") else None for e in run]
    return subs == list(range(1, len(run) + 1))


def theta_layers(reading, learner, values: dict, numbers) -> bool:
    """Fill the layers ``values`` lacks from a θ listing of the learner's names (see the module doc); whether
    anything was added. ``numbers(node, line)`` gives a value's rows of exact numbers."""
    from .meaning import key

    if learner.net is not None:
        return False
    for entries in _listings(reading):
        runs = _runs(entries)
        widths = _widths(runs)
        if widths is None or len({key(e) for e in entries}) != len(entries):
            continue
        if any(len(e.name) != 1 or e.layer is not None or e.primes for e in entries):
            continue
        letters = [(_WEIGHT_LETTERS if n % 2 == 0 else _BIAS_LETTERS) for n in range(len(runs))]
        if any(run[0].name.lower() not in fit or not _indexed_in_order(run) for run, fit in zip(runs, letters)):
            continue
        shapes = {}
        for l in range(1, len(widths)):
            shapes[f"W{l}"] = (widths[l], widths[l - 1])
            shapes[f"b{l}"] = (widths[l], 1)
        if any(name not in shapes or sum(len(r) for r in rows) != shapes[name][0] * shapes[name][1]
               for name, (_, rows) in values.items()):
            continue
        missing = [(f"{'Wb'[n % 2]}{n // 2 + 1}", run) for n, run in enumerate(runs)
                   if f"{'Wb'[n % 2]}{n // 2 + 1}" not in values]
        if any(key(e) not in learner.values for _, run in missing for e in run):
            continue
        added = {}
        for name, run in missing:
            flat = [numbers(*learner.values[key(e)])[0][0] for e in run]
            cols = shapes[name][1]
            line = min(learner.values[key(e)][1] for e in run)
            rows = [flat[i:i + cols] for i in range(0, len(flat), cols)]
            added[name] = (ProblemPart(line, "value", name, None), rows)
        if added:
            values.update(added)
            return True
    return False

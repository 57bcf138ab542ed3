"""A gradient row that leaves out the entries the learner dropped (``b^{[2]}`` skipped, then a table row of the six
other ∂f/∂θ_k at x_1): carried from the sentence that dropped them, though each entry is right on its own."""

from __future__ import annotations

from .claims import DerivativeClaim
from .feedback import Feedback
from .judgement import Judgement


def shortened_rows(pairs: list[tuple[object, Judgement]], world) -> None:
    """Every line after a wrong drop of m parameters (:mod:`symntk.check.dropped_parameters`) whose claims are all
    ∂f/∂θ_k at one datapoint, P − m of them (≥ 2), each correct: the learner's gradient there, shortened by the
    drop, so each is wrong and carried from the drop's line."""
    dropped = world.latest(("dropped",))
    if dropped is None:
        return
    _, ks, drop_line = dropped
    drop = next((j for _, j in pairs if j.line == drop_line and j.verdict == "wrong" and not j.carried), None)
    if drop is None:
        return
    lines: dict[int, list[tuple[object, Judgement]]] = {}
    for item, j in pairs:
        if j.line > drop_line:
            lines.setdefault(j.line, []).append((item, j))
    for row in lines.values():
        points = {getattr(item, "point", None) for item, _ in row}
        if len(row) < 2 or len(row) != world.P - len(ks) or len(points) != 1 or None in points or \
                not all(isinstance(item, DerivativeClaim) and j.verdict == "correct" for item, j in row):
            continue
        for _, j in row:
            j.verdict, j.carried = "wrong", True
            j.feedback.append(Feedback("carried", {"sources": [(drop.line, ("as", drop.target,
                                                                             drop.label or drop.target or "…"))]}))

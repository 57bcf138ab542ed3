"""A judgement on one claim: its verdict, whether the error is carried forward, and the values behind it."""

from __future__ import annotations

from dataclasses import dataclass, field

from .feedback import Feedback


@dataclass
class Judgement:
    """The verdict on one claim (``correct``, ``wrong`` or ``unreadable``; ``carried`` for a wrong claim that
    follows from the learner's own earlier work). ``expected`` is the true value as LaTeX, ``value`` as SymPy;
    ``reading`` names the kernel read for several outputs ("full", or the output's number)."""

    id: str
    line: int
    kind: str | None
    claimed: str
    verdict: str
    carried: bool = False
    target: str = ""
    expected: str = ""
    value: object = None
    feedback: list[Feedback] = field(default_factory=list)
    label: str = ""
    plain: str = ""
    reading: str = ""
    about: str = ""   # a word of the report's language naming the target ("count": the number of parameters)

    def mark_wrong(self, world) -> None:
        """Wrong, with the true value as feedback; the learner's later work may be carried from this line."""
        self.verdict = "wrong"
        self.feedback.append(Feedback("mismatch", {"expected": self.expected, "plain": self.plain}))
        world.last_mistake = (self.line, self.target, self.label)

    def mark_carried(self, world) -> None:
        """Carried forward from the learner's last real mistake, which the feedback names."""
        self.carried = True
        line, target, label = world.last_mistake
        sources = [(line, ("as", target, label or target or "…"))] if line else []
        self.feedback.append(Feedback("carried", {"sources": sources}))

    @property
    def claim(self):
        """The judgement itself stands for the claim in the templates (``claim.line``, ``claim.claimed``)."""
        return self

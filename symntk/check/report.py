"""A check's result: the problem, every judgement in order, the summary, and its renderings.

JSON (see the README): ``{"problem": {...}, "claims": [{"id", "line", "kind", "target",
"claimed", "text", "expected", "verdict", "carried", "feedback", "codes"}], "summary": {"correct",
"wrong", "carried", "unreadable"}}``; ``text`` is the learner's own line as written (``claimed`` is the claim's
member in normalised LaTeX); ``wrong`` counts every wrong claim, ``carried`` those
of them that follow from the learner's own earlier claims.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..problem import Problem
from ..solution import Solution
from .judgement import Judgement


@dataclass
class Report:
    """The verdicts on one submission."""

    source: str
    problem: Problem
    solution: Solution
    judgements: list[Judgement]
    context: list = field(default_factory=list)
    lines: list[str] = field(default_factory=list)   # the notes' lines as written (none for a claims TOML)
    zero_based: list[str] = field(default_factory=list)   # the index families read as counted from 0 (θ, x, K, …)

    def line_text(self, line: int) -> str:
        """The learner's own text of a 1-based line ("" when the notes' lines are not known)."""
        return self.lines[line - 1].strip() if 0 < line <= len(self.lines) else ""

    @property
    def summary(self) -> dict[str, int]:
        """Counts of correct, wrong (carried included), carried and unreadable claims."""
        js = self.judgements
        return {"correct": sum(j.verdict == "correct" for j in js),
                "wrong": sum(j.verdict == "wrong" for j in js),
                "carried": sum(j.verdict == "wrong" and j.carried for j in js),
                "unreadable": sum(j.verdict == "unreadable" for j in js)}

    @property
    def first_mistake(self) -> Judgement | None:
        """The first wrong claim that does not follow from earlier ones (never an unreadable one)."""
        return next((j for j in self.judgements if j.verdict == "wrong" and not j.carried), None)

    @property
    def exit_code(self) -> int:
        """0 when nothing is wrong or unreadable, else 1."""
        return 0 if all(j.verdict == "correct" for j in self.judgements) else 1

    def problem_dict(self) -> dict:
        p = self.problem
        params = {}
        for l, (W, b) in enumerate(zip(p.weights, p.biases), start=1):
            params[f"W{l}"] = [[str(v) for v in W.row(r)] for r in range(W.rows)]
            params[f"b{l}"] = [[str(v) for v in b.row(r)] for r in range(b.rows)]
        return {"source": self.source, "widths": list(p.widths), "activations": list(p.activations),
                "parameterization": p.parameterization, "parameters": params,
                "points": [[str(c) for c in x] for x in p.points]}

    def to_dict(self, lang: str = "en", templates=None) -> dict:
        """The JSON report; feedback is worded in ``lang`` with math as ``$…$`` LaTeX."""
        from .render import feedback_text

        claims = []
        widths = self.problem.widths
        for j in self.judgements:
            claims.append({"id": j.id, "line": j.line, "kind": j.kind, "target": j.target,
                           "claimed": j.claimed, "text": self.line_text(j.line),
                           "reading": j.reading, "expected": j.expected, "verdict": j.verdict,
                           "carried": j.carried, "feedback": feedback_text(j, lang, templates, widths=widths),
                           "codes": [f.code for f in j.feedback]})
        context = [{"line": c.line, "text": c.text, "why": c.why} for c in self.context]
        if any(c.reason for c in self.context):   # math set aside, not judged: why, in ``lang``
            from .render import environment

            worded = environment("md", lang, templates).filters["reason"]
            for item, c in zip(context, self.context):
                if c.reason:
                    item["reason"] = worded(c.reason)
        out = {"problem": self.problem_dict(), "claims": claims, "context": context, "summary": self.summary}
        if self.zero_based:   # the index families read as counted from 0, and the report's line saying so
            from .render import counted_text

            out["zero_based"] = {"families": list(self.zero_based), "note": counted_text(self, lang, templates)}
        return out

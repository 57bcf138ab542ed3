"""Checking a learner's hand calculation claim by claim, with error carried forward.

    report = check_notes("notes.md")                       # the problem read from the notes
    report = check_notes("notes.md", problem="p.toml")     # or fixed by a problem file
    report = check_claims("claims.toml", "problem.toml")   # structured claims
    report.to_dict(); render_report(report, "md", "is")

Pipeline (one module each): source (math segments) → syntax (lark grammar,
nodes) → meaning (allow-listed SymPy) → claims and predicates (what each segment
claims) → exercise (the problem from the notes) →
verdicts / kernel_verdicts (the exact engine, carry-forward) → diagnose
(typical mistakes) → report / render (templates) ; batch (folders → CSV).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..problem import Problem, load_problem
from ..solution import derive
from .claims import Reading, read_segments
from .exercise import problem_from_reading
from .render import render_report
from .report import Report
from .source import read_text, segments
from .syntax import UnreadableError
from .verdicts import Checker

__all__ = ["check_notes", "check_claims", "check_reading", "check_path", "render_report", "Report"]


def check_reading(reading: Reading, problem: Problem, source: str) -> Report:
    """Judge every claim of a reading against ``problem`` in order (the engine: :func:`symntk.derive`)."""
    if not reading.claims:
        raise InputError(source, "", "at least one claim in $…$ or $$…$$ math (∂f/∂θ_k = …, K_{i,j} = …)",
                         "none")
    solution = derive(problem)
    checker = Checker(solution)
    judgements = [checker.judge(n, claim) for n, claim in enumerate(reading.claims, start=1)]
    return Report(source, problem, solution, judgements)


def check_notes(path: str | Path, problem: str | Path | Problem | None = None) -> Report:
    """Check a notes file (Markdown with LaTeX math); the problem comes from the notes unless given."""
    path = Path(path)
    text = read_text(path)
    try:
        reading = read_segments(segments(text, str(path)))
    except UnreadableError as exc:
        raise InputError(str(path), "", "notes of a readable size", str(exc)) from None
    if problem is None:
        problem = problem_from_reading(reading, str(path))
    elif not isinstance(problem, Problem):
        problem = load_problem(problem)
    return check_reading(reading, problem, str(path))


def check_claims(claims: str | Path, problem: str | Path | Problem) -> Report:
    """Check a claims TOML file against a problem file (see :mod:`symntk.check.claims_toml`)."""
    from .claims_toml import read_claims

    problem = problem if isinstance(problem, Problem) else load_problem(problem)
    try:
        reading = read_claims(Path(claims))
    except UnreadableError as exc:
        raise InputError(str(claims), "", "claims of a readable size", str(exc)) from None
    return check_reading(reading, problem, str(claims))


def check_path(path: str | Path, problem: str | Path | None = None) -> Report:
    """A ``.toml`` claims file (needs ``problem``) or a notes file."""
    path = Path(path)
    if path.suffix.lower() == ".toml":
        if problem is None:
            raise InputError(str(path), "--problem", "a problem file for a claims TOML", "none")
        return check_claims(path, problem)
    return check_notes(path, problem)

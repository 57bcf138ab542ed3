"""Checking a learner's hand calculation claim by claim, with error carried forward.

    report = check_notes("notes.md")                       # the problem read from the notes
    report = check_notes("notes.md", problem="p.toml")     # or fixed by a problem file
    report = check_claims("claims.toml", "problem.toml")   # structured claims
    report.to_dict(); render_report(report, "md", "is")

Pipeline (one module each): text_rewrites (markups rewritten) → source (math segments) → syntax (lark grammar, nodes)
→ scope and meaning (allow-listed names, SymPy) → claims and predicates (what each segment claims) → exercise (the
problem from the notes) → judge, judge_derivatives, judge_gradients, judge_kernel, judge_spectrum, judge_values
against world (true values) and the learner's own values for carry-forward (world, own_forward, own_kernel; points:
the datapoint the notes are at; sentences: results named in words before their math, read once the problem is known) →
diagnose (typical mistakes) → report / render (templates) ; batch (folders → CSV).
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from ..errors import InputError
from ..problem import Problem, load_problem
from ..solution import derive
from . import claim_names
from .active_words import active_lines
from .claims import (
    Claim,
    Context,
    DefinitionClaim,
    ExpansionClaim,
    OutputValueClaim,
    Reading,
    Unreadable,
)
from .dropped_parameters import unused_tentative
from .exercise import problem_from_reading
from .feedback import Feedback
from .html_notes import html_notes
from .judge import judge
from .judgement import Judgement
from .kernel_pairs import pair_order
from .label_blocks import block_marks
from .learner_aliases import learner_names
from .named_values import layer_index
from .network_formula import is_architecture
from .nodes import Sym
from .normalise import normalise
from .notebook import read_notes
from .one_unit_words import one_unit_lines
from .output_labels import inline_outputs, kernel_subject, output_before
from .output_sections import line_output, output_subjects, output_unnamed
from .points import infix_points, prose_points, suffix_points
from .predicates import walk
from .problem_parts import is_numeric
from .put_in import put_in_lines
from .reading import guess_kind, read_segments
from .render import render_report
from .reply_quotes import without_reply_quotes
from .report import Report
from .said_zero import zeros_said_before
from .sentences import sentence_claims
from .shortened_rows import shortened_rows
from .source import editor_lines, segments
from .stated_ahead import carried_ahead
from .syntax import UnreadableError
from .text_rewrites import rewritten
from .unfinished import left_for_later
from .unindexed_points import value_labels
from .vector_names import with_layers
from .world import World

__all__ = ["check_notes", "check_claims", "check_reading", "check_path", "check_text", "render_report", "Report"]


_KERNEL_OF = re.compile(r"^\s*(?:K|\\Theta)\^\{\[(\d)\]\}\s*:?\s*$")   # "K^{[1]}:" names the output's kernel
_POINT = re.compile(r"^\s*x_\{?(\d{1,2})\}?\s*(?:=|$)|^\s*x\^\{?\((\d{1,2})\)\}?\s*(?:=|$)")


PER_OUTPUT = re.compile(r"(each|per|every|one) (?:output|component)|(?:outputs?|components?) separately|hvert úttak|"
                        r"hvort úttak|fyrir hvert|jede[nrs]? (?:Ausga|Komponente)|(?:pro|je) (?:Ausgang|Komponente)|"
                        r"par (?:sortie|composante)|per (?:uscita|componente)|por (?:salida|componente)|"
                        r"K\^\{?[\[(]?(?:f_)?\{?[12]", re.I)


def _judge_at(claim: Claim, world: World, number: int, point: int | None) -> Judgement | None:
    """Judge ``claim``, at ``point`` for this claim only (a datapoint named right after it: ``$h = 2$ at $x_1$``)."""
    world.line = claim.line
    if point is None and isinstance(claim, ExpansionClaim) and world.current_point_line == claim.line and \
            world.current_point is not None and not any(isinstance(n, Sym) for n in walk(claim.value)):
        point = world.current_point   # "x_2 = 3: z_1 = 3, …, f = 5": f(x_2) = 5, at the datapoint named on the line
    if point is None or not 1 <= point <= world.N:
        return judge(claim, world, number)
    if getattr(claim, "point", 0) is None:   # ∂f/∂θ_k = 4 at x_2: the value at x_2, not wherever it is true
        claim = dataclasses.replace(claim, point=point)
    if isinstance(claim, ExpansionClaim) and not any(isinstance(n, Sym) for n in walk(claim.value)):
        claim = OutputValueClaim(claim.line, claim.value, claim.claimed, claim.previous, claim.source, claim.soft,
                                 output=claim.output, point=point)   # f = 14 at x_1: f(x_1) = 14
    before = world.current_point, world.current_point_line
    world.current_point, world.current_point_line = point, claim.line
    try:
        return judge(claim, world, number)
    finally:
        world.current_point, world.current_point_line = before


def _labelled(line: str, item, label_at: tuple, world: World, on_line: int | None) -> tuple:
    """The output a claim is about when an output's label comes before it on its line (``Úttak 1: $λ ≈ …$.
    Úttak 2: $λ ≈ …$``): (that output, else ``on_line``; where the next piece on the line is looked for). A claim
    that names no output of its own and is about a kernel reads that output's kernel."""
    labels = inline_outputs(line)
    if not labels:
        return on_line, label_at
    start = label_at[1] if label_at[0] == item.line else 0
    output, end = output_before(line, labels, getattr(item, "source", ""), start)
    if output is None or output > world.n_out:
        return on_line, (item.line, end)
    if getattr(item, "output", None) is None:
        world.reading = output   # "Úttak 2: λ ≈ …": output 2's kernel
    return output, (item.line, end)


def check_reading(reading: Reading, problem: Problem, source: str, text: str = "", written: str = "") -> Report:
    """Judge every claim of a reading against ``problem`` in order (the engine: :func:`symntk.derive`);
    math that claims nothing is kept as context. ``written`` is the notes as the learner typed them (before
    full-width forms and Word's linear format were converted): the report shows its lines."""
    if not reading.claims:
        raise InputError(source, "", "at least one claim in $…$ or $$…$$ math (∂f/∂θ_k = …, K_{i,j} = …)",
                         "none")
    world = World(derive(problem))
    world.per_output = bool(PER_OUTPUT.search(text))
    world.pair_first, world.pair_rows = pair_order(text)
    world.put_in_lines, world.one_unit_lines = put_in_lines(text), one_unit_lines(text)
    world.active_lines = active_lines(text)
    learner_names(reading, world)
    judgements: list[Judgement] = []
    pairs: list[tuple[Claim, Judgement]] = []   # each judged claim and its judgement (shortened_rows)
    context: list[Context] = []
    point_line = (None, None)   # the line of the last datapoint named, and the first named on it
    judged_after_point = False   # a claim judged on that line since the datapoint was named there
    labels = sorted({**value_labels(text, problem.points), **prose_points(text)}.items())
    blocks, block_line = block_marks(text, prose_points(text)), 0
    after = {**infix_points(text), **suffix_points(text, problem.points)}
    lines = text.splitlines()
    subject_line = 0
    data_lines = {i.line for i in reading.items if isinstance(i, Context) and i.why == "exercise"}
    section, scanned = None, 0   # the output the section is about ("** K for output 2"), the last line read for it
    label_at = (0, 0)   # the line and column after the last piece of math placed after an output's label
    for item in reading.items:
        number = len(judgements) + 1
        on_line = None
        if world.n_out > 1 and scanned < item.line <= len(lines):
            section, on_line, scanned = output_subjects(lines, scanned, item.line, section, world)
        elif world.n_out > 1 and item.line == scanned:
            on_line = line_output(lines[item.line - 1], world)
        if world.n_out > 1 and 0 < item.line <= len(lines) and not isinstance(item, Context):
            on_line, label_at = _labelled(lines[item.line - 1], item, label_at, world, on_line)
        if isinstance(item, Claim) and (on_line or section) and output_unnamed(item):
            item = dataclasses.replace(item, output=on_line or section)   # "output 2: g(x1) = …": ∇f_2(x_1)
        elif isinstance(item, DefinitionClaim) and (on_line or section):   # g_1 = (…) under "### Output 2"
            item = dataclasses.replace(item, output=on_line or section)
        if item.line != subject_line and world.n_out > 1 and 0 < item.line <= len(lines):
            subject_line = item.line   # "K1: tr 43, …", "check: K2 has …": the line is about that output's kernel
            subject = kernel_subject(lines[item.line - 1])
            if subject and subject <= world.n_out:
                world.reading = subject
        while labels and labels[0][0] <= item.line:
            label_line, world.current_point = labels.pop(0)
            if label_line == item.line:   # "**x = 3:** … relu' = 1": the datapoint the label names, on its line
                world.current_point_line = label_line
        while blocks and blocks[0][0] <= item.line:
            block_line, world.label_point = blocks.pop(0)   # "### x₁ = 0" heads a block; "### K" ends it
        if isinstance(item, Context):
            context.append(item)
            point = _POINT.match(normalise(item.text))
            kernel = _KERNEL_OF.match(normalise(item.text)) if item.why == "mention" else None
            if kernel and 1 <= int(kernel.group(1)) <= world.n_out and world.n_out > 1:
                world.reading = int(kernel.group(1))   # what follows is about this output's kernel
            if point and item.why in ("exercise", "mention"):
                named = int(point.group(1) or point.group(2))
                if point_line[0] != item.line or judged_after_point:   # "at x_1: z = 1, … at x_2: z = 2" labels
                    point_line = (item.line, named)
                judged_after_point = False
                listing = point_line[1] != named  # "x_1 = 0, x_2 = 1" on one line lists the data
                world.current_point = None if listing else named
                if item.line != block_line:   # math naming a datapoint ends the block a label headed
                    world.label_point = None
                world.current_point_line = None if listing else item.line
        elif isinstance(item, Unreadable):
            judgements.append(Judgement(f"c{number}", item.line, guess_kind(item.text), item.text, "unreadable",
                                        feedback=[Feedback("unreadable", {"reason": item.reason})]))
        elif isinstance(item, ExpansionClaim) and is_architecture(item.value, list(world.net.widths)) or \
                isinstance(item, Claim) and (item.line, item.source.strip()) in reading.data or \
                isinstance(item, DefinitionClaim) and item.line in data_lines and layer_index(item.name) and \
                is_numeric(item.value):   # W1 = [2, −1]ᵀ, …, b2 = 1 on the line of the exercise's data
            context.append(Context(item.line, item.source, "exercise"))   # the sheet's network and its values
        elif isinstance(item, Claim):
            found = _judge_at(item, world, number, after.get((item.line, item.source.strip())))
            judged_after_point = judged_after_point or item.line == point_line[0]
            unfinished = _left_open_at(item) and found is not None and found.verdict != "correct" and \
                not left_for_later(lines[item.line - 1] if 0 < item.line <= len(lines) else "", item.claimed)
            naming = isinstance(item, DefinitionClaim) and isinstance(item.name, Sym) and \
                isinstance(item.value, Sym) and bool({item.name.name, item.value.name} & {"W", "b"}) and \
                found is not None and found.verdict != "correct"   # "call b2 = c", "c = b2": a name for a layer
            if found is None or (item.soft and found.verdict == "unreadable") or unfinished or naming:
                # K_12 = 2 + 0 + 1 + 6 =  (left open): the learner may not have finished the sum
                context.append(Context(item.line, item.source, "definition"))
            else:
                claim_names.name(found, item, world, lines[item.line - 1] if 0 < item.line <= len(lines) else "")
                if world.last_mistake[0] == found.line and not any(world.last_mistake[1:]) and found.label:
                    world.last_mistake = (found.line, found.target, found.label)   # named for later
                judgements.append(found)
                pairs.append((item, found))
    shortened_rows(pairs, world)   # b^{[2]} dropped, then a row of the other six ∂f/∂θ_k: carried from the drop
    judgements, aside = unused_tentative(judgements, world)   # "it drops out of the derivative", never used
    judgements = zeros_said_before(judgements, lines)   # "so the cross terms are zero:" ⏎ "$⟨…⟩ = 0$": one claim
    judgements = carried_ahead(judgements)   # "Answer: K = …" at the top, the same K carried in the working below
    if aside:
        context = sorted([*context, *(Context(j.line, j.claimed, "definition") for j in aside)], key=lambda c: c.line)
    shown = written.splitlines() if written else []
    return Report(source, problem, world.solution, judgements, context,
                  shown if len(shown) == len(lines) else lines)


def _left_open_at(item) -> bool:
    """The claim is the last member of a chain left open (``K_12 = 2 + 0 + 1 + 6 =``): the learner may not have
    finished it. A member followed by more members (``… = 46{,}01 \\approx 46 =``) was finished."""
    source = item.source.rstrip()
    if not source.endswith("="):
        return False
    head, claimed = " ".join(source[:-1].split()), " ".join((item.claimed or "").split())
    at = head.rfind(claimed) if claimed else -1
    return at < 0 or not re.search(r"=|\\approx(?![A-Za-z])|≈", head[at + len(claimed):])


def check_text(text: str, source: str = "<notes>", problem: str | Path | Problem | None = None) -> Report:
    """Check the text of a notes file (Markdown or LaTeX with math); an email's quoted earlier messages are not
    read, unless the exercise is only in them (then they are, as before)."""
    lines = editor_lines(text)
    unquoted = without_reply_quotes(lines)
    if unquoted == lines or problem is not None:
        return _check_text(text, unquoted, source, problem)
    try:
        return _check_text(text, unquoted, source, problem)
    except InputError:
        return _check_text(text, lines, source, problem)


def _check_text(written: str, text: str, source: str, problem: str | Path | Problem | None) -> Report:
    text, aside, counted = rewritten(text, source)
    try:
        reading = read_segments(segments(text, source))
    except UnreadableError as exc:
        raise InputError(source, "", "notes of a readable size", str(exc)) from None
    if problem is None:
        problem = problem_from_reading(reading, source, text)
        if reading.layers:   # f = v^T φ(u x + b) + c: read again with each letter written as its layer
            names, text = reading.names, with_layers(text, reading.layers)
            reading = read_segments(segments(text, source))
            reading.names = names
    elif not isinstance(problem, Problem):
        problem = load_problem(problem)
    said = sentence_claims(text, problem)   # "the first diagonal entry is $8$": K_{11} = 8
    if said != text:
        try:
            reading, text = read_segments(segments(said, source)), said
        except UnreadableError:
            pass
    report = check_reading(reading, problem, source, text, html_notes(written, source))   # HTML: the text it shows
    report.zero_based = counted
    if aside is not None:   # the unfinished sum is not judged, but listed: nothing is silently dropped
        report.context = sorted([*report.context, aside], key=lambda c: c.line)
    return report


def check_notes(path: str | Path, problem: str | Path | Problem | None = None) -> Report:
    """Check a notes file (Markdown, LaTeX, code or a notebook); the problem comes from the notes unless given."""
    return check_text(read_notes(path), str(path), problem)


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

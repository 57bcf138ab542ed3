"""Reading the notes' math: each segment becomes typed claims, problem data, context, or unreadable math.

A chain ``A = B = C`` is read from its first member that names a quantity (its
*target*: ∂f/∂θ_k, ∇f(x_i), J, K_{ij}, K, det(K − λI), tr K, det K, λ, θ, P, f,
or one of the learner's own names) and every other member is one claim about
that target, on the segment's line. A chain whose first member is a formula
(``w_1 x + b_1 = x``, ``\\sqrt{697} ≈ 26.40``) is an :class:`EqualityClaim`: each
later member against the first. Math without a relation is context.
"""

from __future__ import annotations

import dataclasses
import re

from .chain_claims import classify_chain
from .claims import (
    Claim,
    Context,
    ProblemPart,
    PropertyClaim,
    Reading,
    Unreadable,
)
from .cut_vectors import UNFINISHED
from .facts import ORDER
from .index_letters import own_index_letters, renamed
from .index_notation import index_range, instances, ranges_by_line
from .kernel_columns import column_relation
from .kernel_slices import slice_entries
from .named_tuples import named_tuples
from .nodes import Signature
from .problem_parts import equations
from .prose_arithmetic import numeric_chain
from .scripts import index_scripts
from .sigma_activation import sigma_as_phi
from .source import Segment
from .syntax import UnreadableError, parse
from .theta_lists import paired_theta_lists
from .unfinished import finished_part

MAX_CLAIMS = 600


_ASKED = re.compile(r"(?:=|\\approx)\s*\?{1,3}\s*$")   # λ = ?: a value the learner has not worked out yet
_GENERAL_LAYER = re.compile(r"\^\s*\{?\s*[\[(]\s*[lL](?:\s*[-+]\s*1)?\s*[\])]")
# K^{(m)}, x^{(i)}, f_m: an index letter, not a number (said of formulas that cannot be read otherwise)
_GENERAL_INDEX = re.compile(r"\^\s*\{?\s*[\[(]\s*[i-oI-O]\s*[\])]|(?<![A-Za-z\\])f_\{?[i-o]\}?(?![A-Za-z])")


_TEXT = re.compile(r"\\(?:text|textrm|textit|mbox|mathrm)\s?\{([^{}]{1,80})\}")


def _term_in_words(text: str) -> bool:
    """A formula with a term written as words (``λ² − (tr K)λ + (\\text{sum of the 2×2 minors}) = 0``, ``\\text{Summe
    der Hauptminoren}``): a recipe, not a claim; two words of letters in one text box."""
    return any(sum(1 for w in m.group(1).split() if w.isalpha() and len(w) > 1) >= 2 for m in _TEXT.finditer(text))


def _indexed(seg: Segment) -> Segment:
    """A segment with unicode index subscripts (``Wᵢⱼ⁽¹⁾``) in TeX, for index notation."""
    text = index_scripts(seg.text)
    return seg if text == seg.text else Segment(seg.line, text, seg.display, seg.error, seg.soft, seg.fact)


def read_segments(segments: list[Segment]) -> Reading:
    """Classify every segment (see the module doc)."""
    reading = Reading()
    segments = named_tuples(slice_entries(sigma_as_phi(paired_theta_lists(segments))))
    ranges = ranges_by_line(segments)
    letters = own_index_letters(segments)
    for seg in [one for whole in segments for one in ([whole] if whole.fact else
                                                      instances(_indexed(renamed(whole, letters)),
                                                                ranges.get(whole.line)))]:
        if seg.fact == UNFINISHED:   # ∇f(x_2) = (2, 0, 1,: its entries are claims (cut_vectors), the cut is said
            reading.items.append(Context(seg.line, seg.text, "unfinished", "the rest of an unfinished vector (its "
                                         "entries written are judged one by one)"))
            continue
        if seg.fact:
            negated, prop = seg.fact.startswith("not:"), seg.fact.removeprefix("not:")
            if prop.startswith("relu:") and any(getattr(i, "condition", None) for i in reading.items
                                                 if i.line == seg.line):
                continue  # the cases are already claims of their own, each judged under its condition
            reading.items.append(PropertyClaim(seg.line, None, seg.text, None, seg.text, True, prop=prop,
                                               negated=negated))
            continue
        if index_range(seg.text) or ORDER.match(seg.text):
            reading.items.append(Context(seg.line, seg.text, "the range of an index" if index_range(seg.text)
                                         else "an order statement (the fact of its line)"))
            continue
        if _GENERAL_LAYER.search(seg.text):
            reading.items.append(Context(seg.line, seg.text, "a general formula (layer l)"))
            continue
        if seg.error:
            reading.items.append(Unreadable(seg.line, seg.text, seg.error))
            continue
        columns = column_relation(seg.text)
        if columns is not None:   # K_{·3} = 2K_{·2} − K_{·1}: a relation between columns of K
            reading.items.append(PropertyClaim(seg.line, None, seg.text, None, seg.text, seg.soft, prop=columns))
            continue
        finished = finished_part(seg.text)
        if finished is not None:   # "… = λ² − 27λ +" (ran out of time): the members before the unfinished one
            seg = dataclasses.replace(seg, text=finished)
        try:
            parsed = parse(seg.text)
        except UnreadableError as exc:
            if _GENERAL_INDEX.search(seg.text) and not _foreign_commands(seg.text):
                reading.items.append(Context(seg.line, seg.text, "a general formula (an index letter)"))
            elif _term_in_words(seg.text):
                reading.items.append(Context(seg.line, seg.text, "a general formula (a term in words)"))
            elif (seg.text.rstrip().endswith(("+", "-", "\\cdot", "\\times", "=", ",")) or _ASKED.search(seg.text) or
                    _left_open(seg.text, exc)) and not _foreign_commands(seg.text):
                reading.items.append(Context(seg.line, seg.text, "unfinished"))
            elif not seg.display and numeric_chain(seg) is not None:   # "sum of the minors $= (36-25) + … = 66$"
                classify_chain(*numeric_chain(seg), reading)
            elif not seg.display and seg.text.lstrip().startswith(("=", "\\approx")) and \
                    not _foreign_commands(seg.text):   # "∇f(x) is affine in x, $= a + x b$": its left side is prose
                reading.items.append(Context(seg.line, seg.text, "the right side of a formula begun in words"))
            elif (_has_relation(seg.text) or _foreign_commands(seg.text)) and not seg.soft:
                reading.items.append(Unreadable(seg.line, seg.text, str(exc)))
            else:
                reading.items.append(Context(seg.line, seg.text, "mention"))
            continue
        except RecursionError:
            reading.items.append(Unreadable(seg.line, seg.text, "the formula is nested too deeply"))
            continue
        if isinstance(parsed, Signature):
            reading.parts.append(ProblemPart(seg.line, "signature", parsed.name, parsed, seg.text))
            reading.items.append(Context(seg.line, seg.text, "exercise"))
            continue
        reading.parts.extend(equations(seg, parsed))
        before = len(reading.items)
        try:
            classify_chain(seg, parsed, reading)
        except UnreadableError as exc:
            general = _GENERAL_INDEX.search(seg.text) and not _foreign_commands(seg.text)
            reading.items.append(Context(seg.line, seg.text, "mention") if seg.soft or general
                                 else Unreadable(seg.line, seg.text, str(exc)))
        for item in reading.items[before:] if seg.general else ():
            if isinstance(item, Claim):
                item.general = True
        if len(reading.items) > MAX_CLAIMS:
            raise UnreadableError(f"more than {MAX_CLAIMS} pieces of math")
    return reading


_KNOWN_COMMANDS = frozenset(
    "mathbb mathbf boldsymbol bm vec mathrm text textrm textbf textit mbox operatorname mathit mathcal mathsf "
    "to rightarrow leftarrow Rightarrow implies mapsto in notin subset subseteq forall exists quad qquad "
    "left right big Big bigg Bigg cdot times ast dots ldots cdots vdots ddots frac dfrac tfrac sqrt sum prod "
    "partial nabla theta lambda sigma delta alpha beta gamma eta mu nu phi varphi psi omega epsilon varepsilon "
    "tau rho kappa xi zeta pi Theta Lambda Delta Sigma Phi Omega tanh sech cosh sinh exp ln log det tr max min "
    "top intercal prime approx equiv simeq neq ne le ge leq geq sim langle rangle begin end displaystyle hat "
    "bar tilde underbrace overbrace overline underline cap cup infty pm mp circ odot otimes colon mid vert "
    "Vert lvert rvert lVert rVert label tag nonumber notag hspace vspace phantom emph checkmark "
    "blacksquare square Box qed qedhere".split())


def _foreign_commands(text: str) -> list[str]:
    """Commands that are neither math the checker knows nor harmless formatting (\\input, \\write18, …)."""
    return [c for c in re.findall(r"\\([A-Za-z]+)", text) if c not in _KNOWN_COMMANDS]


_GUESSES = (("\\partial", "gradient"), ("\\nabla", "gradient_vector"), ("eig", "eigenvalues"),
            ("\\lambda", "eigenvalues"), ("K_", "kernel_entry"), ("K =", "kernel_matrix"), ("\\det", "determinant"),
            ("\\theta", "theta"), ("J =", "jacobian"), ("\\times", "parameter_count"))


def guess_kind(text: str) -> str | None:
    """The claim kind unreadable math most likely was (None when nothing suggests one)."""
    for needle, kind in _GUESSES:
        if needle in text:
            return kind
    return "expansion" if "W_" in text or "b_" in text else None


def _left_open(text: str, exc: UnreadableError) -> bool:
    """``∇f(x_2) = (2, 0, 1, 0,`` with the rest never written: the math ends while a bracket it opened is open
    (an unfinished line, no claim)."""
    opened = text.count("(") + text.count("[") - text.count(")") - text.count("]")
    return str(exc) == "the math ends too early" and opened > 0


def _has_relation(text: str) -> bool:
    return "=" in text or "\\approx" in text or "≈" in text

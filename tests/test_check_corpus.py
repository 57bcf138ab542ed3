"""The learners' corpus: every file's per-line verdicts pinned to its teacher's marking.

Notes under tests/check_corpus/learners/<writer>/ were typed up by writers who never saw the
checker; each NAME.verdicts.toml beside them is the teacher's marking, worked out independently
(see bench/check_corpus.py for how lines are compared). Where the checker does not yet agree, the
line is listed in known_gaps.toml with the checker's present answer and why; the test then pins that
answer too, so a gap that closes (or changes) fails until the list is written again
(``python bench/check_corpus.py tests/check_corpus/learners --write-gaps tests/check_corpus/learners/known_gaps.toml``).
"""

import functools
import tomllib

import pytest

from bench.check_corpus import corpus_files, score_file, totals

from conftest import ROOT

LEARNERS = ROOT / "tests" / "check_corpus" / "learners"
FILES = corpus_files([LEARNERS])


def known_gaps() -> dict[str, dict]:
    """{relative notes path: {"lines": {line: checker answer}, "exit": code, "first": line, "false_alarms": [...]}}."""
    path = LEARNERS / "known_gaps.toml"
    if not path.exists():
        return {}
    gaps: dict[str, dict] = {}
    for gap in tomllib.loads(path.read_text(encoding="utf-8")).get("gap", []):
        entry = gaps.setdefault(gap["file"], {"lines": {}})
        if "line" in gap:
            entry["lines"][int(gap["line"])] = gap["checker"]
        for key in ("exit", "first"):
            if key in gap:
                entry[key] = int(gap[key])
        if "false_alarms" in gap:
            entry["false_alarms"] = [int(line) for line in gap["false_alarms"]]
    return gaps


GAPS = known_gaps()


@functools.cache
def scored(notes):
    return score_file(notes)


def test_the_corpus_is_there():
    writers = {p.relative_to(LEARNERS).parts[0] for p in FILES}
    assert len(FILES) >= 60 and len(writers) >= 6


@pytest.mark.parametrize("notes", FILES, ids=[str(p.relative_to(LEARNERS)) for p in FILES])
def test_file_verdicts_match_the_teacher(notes):
    score = scored(notes)
    gap = GAPS.get(str(notes.relative_to(LEARNERS)), {"lines": {}})
    if score.error:   # the file stops with exit 2: allowed only where known_gaps.toml pins that exit
        assert gap.get("exit") == 2, score.error
        return
    got = {line: score.checker.get(line, "unread") for line in score.teacher}
    want = {line: gap["lines"].get(line, verdict) for line, verdict in score.teacher.items()}
    assert got == want
    assert score.false_alarms == gap.get("false_alarms", [])
    assert score.first_found == gap.get("first", score.first_expected)
    assert score.exit_found == gap.get("exit", score.exit_expected)


@pytest.mark.slow
def test_corpus_figures_do_not_fall_below_this_rounds_floor():
    # The targets are 0.98 read and 0.95 agreement; these floors are what the checker
    # reached this round on all 557 files (0.981, 0.973; w49–w54 were added unopened at the end of
    # the round), so a change that reads less fails here.
    figures = totals([scored(p) for p in FILES])
    assert figures["read_share"] >= 0.98
    assert figures["agreement_share"] >= 0.97

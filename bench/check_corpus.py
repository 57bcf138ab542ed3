"""Measure `symntk check` on the learners' corpus against the teachers' verdicts.

    python bench/check_corpus.py tests/check_corpus/learners            # every writer, per file and totals
    python bench/check_corpus.py --quiet tests/check_corpus/learners/w7 # one writer, totals only
    python bench/check_corpus.py --json tests/check_corpus/learners     # machine-readable

Each notes file NAME.md / NAME.tex / NAME.txt has a teacher's NAME.verdicts.toml beside it: one
[[claim]] per marked statement (line, verdict = correct | wrong | carried) and first_mistake_line
(0 when there is none). Everything is compared per line, as a teacher marks a page:

* teacher line verdict: the worst of its claims (wrong > carried > correct);
* checker line verdict: the worst of its judgements on that line (wrong and not carried > wrong
  and carried > correct), ignoring unreadable ones; a line with only unreadable judgements (or none)
  is not read;
* read share: teacher lines that the checker read; agreement: teacher lines whose two verdicts agree;
* false alarms: lines the teacher did not mark on which the checker says wrong or unreadable;
* first mistake: the checker's first wrong, non-carried claim is on the teacher's first_mistake_line
  (or both have none); exit code: 1 when the teacher marked anything wrong or carried, else 0 (2 is
  always wrong here: every corpus file is a readable submission).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

NOTES_SUFFIXES = (".md", ".qmd", ".Rmd", ".rst", ".tex", ".txt", ".typ", ".org", ".html", ".htm", ".ipynb", ".py", ".m",
                  ".jl", ".sage")
RANK = {"correct": 0, "carried": 1, "wrong": 2}


@dataclass
class FileScore:
    """The comparison for one notes file."""

    path: str
    teacher: dict[int, str]
    checker: dict[int, str]
    unreadable: list[int]
    false_alarms: list[int]
    first_expected: int
    first_found: int
    exit_expected: int
    exit_found: int
    seconds: float
    error: str = ""
    reading: str = ""
    disagreements: list[tuple[int, str, str]] = field(default_factory=list)

    @property
    def read(self) -> int:
        return sum(line in self.checker for line in self.teacher)

    @property
    def agree(self) -> int:
        return sum(self.checker.get(line) == v for line, v in self.teacher.items())


def corpus_files(roots: list[Path]) -> list[Path]:
    """Every notes file with a verdicts file beside it, under the given folders (or files)."""
    found = []
    for root in roots:
        candidates = [root] if root.is_file() else sorted(root.rglob("*"))
        for p in candidates:
            if p.suffix in NOTES_SUFFIXES and verdicts_path(p).exists():
                found.append(p)
    return found


def verdicts_path(notes: Path) -> Path:
    """NAME.verdicts.toml beside NAME.md (NAME.md.verdicts.toml is accepted too)."""
    plain = notes.with_name(notes.stem + ".verdicts.toml")
    return plain if plain.exists() else notes.with_name(notes.name + ".verdicts.toml")


def teacher_verdicts(notes: Path) -> tuple[dict[int, str], int]:
    """Per line the teacher's worst verdict, and the first mistake's line (0 for none)."""
    data = tomllib.loads(verdicts_path(notes).read_text(encoding="utf-8"))
    lines: dict[int, str] = {}
    for claim in data.get("claim", []):
        line, verdict = int(claim["line"]), claim["verdict"]
        if verdict not in RANK:
            raise ValueError(f"{notes}: verdict {verdict!r} on line {line}")
        if line not in lines or RANK[verdict] > RANK[lines[line]]:
            lines[line] = verdict
    return lines, int(data.get("first_mistake_line", 0))


def checker_verdicts(report) -> tuple[dict[int, str], list[int]]:
    """Per line the checker's worst verdict (unreadable judgements aside), and the unreadable lines."""
    lines: dict[int, str] = {}
    unreadable = []
    for j in report.judgements:
        line = j.claim.line
        if j.verdict == "unreadable":
            unreadable.append(line)
            continue
        verdict = "correct" if j.verdict == "correct" else ("carried" if j.carried else "wrong")
        if line not in lines or RANK[verdict] > RANK[lines[line]]:
            lines[line] = verdict
    return lines, sorted(set(unreadable))


def score_file(notes: Path) -> FileScore:
    """Check one file with the public API and compare it with its teacher's verdicts."""
    from symntk.check import check_notes
    from symntk.errors import SymntkError

    teacher, first_expected = teacher_verdicts(notes)
    exit_expected = 1 if any(v != "correct" for v in teacher.values()) else 0
    start = time.perf_counter()
    try:
        report = check_notes(notes)
    except SymntkError as exc:
        return FileScore(str(notes), teacher, {}, [], [], first_expected, -1, exit_expected, 2,
                         time.perf_counter() - start, error=str(exc))
    seconds = time.perf_counter() - start
    checker, unreadable = checker_verdicts(report)
    false_alarms = sorted({line for line, v in checker.items() if v != "correct" and line not in teacher}
                          | {line for line in unreadable if line not in teacher})
    first = report.first_mistake
    first_found = first.claim.line if first is not None and first.verdict == "wrong" else 0
    disagreements = [(line, v, checker.get(line, "unread")) for line, v in sorted(teacher.items())
                     if checker.get(line) != v]
    return FileScore(str(notes), teacher, checker, unreadable, false_alarms, first_expected, first_found,
                     exit_expected, report.exit_code, seconds, reading=str(getattr(report, "reading", "") or ""),
                     disagreements=disagreements)


def totals(scores: list[FileScore]) -> dict:
    """The corpus figures the README reports."""
    lines = sum(len(s.teacher) for s in scores)
    with_mistake = [s for s in scores if s.first_expected]
    times = sorted(s.seconds for s in scores)
    return {
        "files": len(scores),
        "teacher_lines": lines,
        "read_share": sum(s.read for s in scores) / lines if lines else 0.0,
        "agreement_share": sum(s.agree for s in scores) / lines if lines else 0.0,
        "first_mistakes_located": f"{sum(s.first_found == s.first_expected for s in with_mistake)}"
                                  f"/{len(with_mistake)}",
        "clean_files_without_false_first_mistake": f"{sum(s.first_found == 0 for s in scores if not s.first_expected)}"
                                                   f"/{len(scores) - len(with_mistake)}",
        "exit_codes_right": f"{sum(s.exit_found == s.exit_expected for s in scores)}/{len(scores)}",
        "false_alarm_lines": sum(len(s.false_alarms) for s in scores),
        "seconds_median": times[len(times) // 2] if times else 0.0,
        "seconds_max": times[-1] if times else 0.0,
    }


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def gaps_toml(scores: list[FileScore], root: Path) -> str:
    """known_gaps.toml: every line, first mistake, exit code and false alarm on which the checker
    and the teacher do not yet agree, with the checker's present answer (tests pin it)."""
    out = ["# Where symntk check does not yet agree with the teachers (written by bench/check_corpus.py",
           "# --write-gaps; tests/test_check_corpus.py pins these answers, so a gap that closes fails",
           "# until this file is written again).", ""]
    for s in scores:
        name = Path(s.path).resolve().relative_to(root.resolve()).as_posix()
        says = _teacher_says(Path(s.path))
        for line, want, got in s.disagreements:
            why = "not read yet" if got == "unread" else f"the checker says {got}, the teacher {want}"
            out += ["[[gap]]", f"file = {_toml_string(name)}", f"line = {line}", f"checker = {_toml_string(got)}",
                    f"teacher = {_toml_string(want)}", f"says = {_toml_string(says.get(line, ''))}",
                    f"why = {_toml_string(why)}", ""]
        if s.first_found != s.first_expected:
            why = f"first real mistake found on line {s.first_found}, teacher: {s.first_expected}"
            out += ["[[gap]]", f"file = {_toml_string(name)}", f"first = {s.first_found}",
                    f"why = {_toml_string(why)}", ""]
        if s.exit_found != s.exit_expected:
            out += ["[[gap]]", f"file = {_toml_string(name)}", f"exit = {s.exit_found}",
                    f"why = {_toml_string(f'exit code {s.exit_found}, teacher: {s.exit_expected}')}", ""]
        if s.false_alarms:
            out += ["[[gap]]", f"file = {_toml_string(name)}", f"false_alarms = {s.false_alarms}",
                    f"why = {_toml_string('wrong or unreadable on lines the teacher did not mark')}", ""]
    return "\n".join(out)


def _teacher_says(notes: Path) -> dict[int, str]:
    data = tomllib.loads(verdicts_path(notes).read_text(encoding="utf-8"))
    says: dict[int, str] = {}
    for claim in data.get("claim", []):
        says.setdefault(int(claim["line"]), claim.get("says", ""))
    return says


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true", help="print the figures and every file's score as JSON")
    parser.add_argument("--quiet", action="store_true", help="totals only")
    parser.add_argument("--write-gaps", type=Path, metavar="TOML",
                        help="write the disagreements as known_gaps.toml (paths relative to the roots' common folder)")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="check N files at a time (the times per file then include the sharing)")
    args = parser.parse_args(argv)
    files = corpus_files(args.roots)
    if args.jobs > 1:
        from multiprocessing import Pool

        with Pool(args.jobs) as pool:
            scores = pool.map(score_file, files, chunksize=4)
    else:
        scores = [score_file(p) for p in files]
    if args.write_gaps:
        folders = [r.resolve() if r.is_dir() else r.resolve().parent for r in args.roots]
        base = Path(os.path.commonpath(folders)) if len(folders) > 1 else folders[0]   # paths relative to all roots
        args.write_gaps.write_text(gaps_toml(scores, base), encoding="utf-8")
    summary = totals(scores)
    if args.json:
        print(json.dumps({"totals": summary, "files": [asdict(s) for s in scores]}, indent=1))
        return 0
    if not args.quiet:
        for s in scores:
            flag = "" if not s.disagreements and s.exit_found == s.exit_expected and not s.false_alarms else " *"
            print(f"{Path(s.path).name:45s} read {s.read:2d}/{len(s.teacher):2d} agree {s.agree:2d} "
                  f"first {s.first_found:>3}/{s.first_expected:<3} exit {s.exit_found}/{s.exit_expected} "
                  f"{s.seconds:5.2f}s{flag}")
            if s.error:
                print(f"    error: {s.error}")
            for line, want, got in s.disagreements:
                print(f"    line {line}: teacher {want}, checker {got}")
            if s.false_alarms:
                print(f"    false alarms on lines {s.false_alarms}")
    for key, value in summary.items():
        print(f"{key:42s} {value:.3f}" if isinstance(value, float) else f"{key:42s} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

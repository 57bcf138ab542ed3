"""What the checker's unit tests share: invented notes checked against a problem file, and the
verdict of every judgement, line by line ("carried" for a wrong claim carried forward)."""

from symntk.check import check_text


def verdicts(tmp_path, problem: str, notes: str) -> tuple[dict[int, list[str]], int]:
    """The verdicts per line of ``notes`` checked against the problem TOML text ``problem``, and
    the line of the first real mistake (0 when there is none)."""
    path = tmp_path / "p.toml"
    path.write_text(problem, encoding="utf-8")
    report = check_text(notes, "notes.md", path)
    out: dict[int, list[str]] = {}
    for j in report.judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out, report.first_mistake.line if report.first_mistake else 0

"""What the checker's unit tests share: a problem file's TOML text built from its values, an invented exercise with
its gradients, invented notes checked against it, and the verdict of every judgement, line by line ("carried" for a
wrong claim carried forward)."""

from symntk.check import check_text

RANK = {"correct": 0, "unreadable": 1, "carried": 2, "wrong": 3}
# The notes' first lines for the problem file f(x) = W2 (W1 x + b1) + b2 (the network named, its values in the file)
NETWORK_HEAD = "Network $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$.\n\n"
# Terse notes that give their own problem: f = θ_3(θ_1 x + θ_2) + θ_4 with θ = (2, 1, 3, 0), datapoints 1 and 2
THETA_HEAD = ("W1 = 2, b1 = 1, W2 = 3, b2 = 0 ; x_1 = 1, x_2 = 2\n\n"
              "$f(x) = \\theta_3(\\theta_1 x + \\theta_2) + \\theta_4$\n\n")


def problem(widths: list[int], activation: str, x: list, **parameters) -> str:
    """The TOML text of a problem: ``[network]`` with ``widths`` and ``activation``, ``[parameters]`` with each of
    ``parameters`` in the order given (``W1=[[2], [1]], b1=[1, 0], W2=[[1, 1]], b2=0``), and ``[data]`` with ``x``;
    Python lists and numbers print as the TOML arrays and numbers they are."""
    lines = ["[network]", f"widths = {widths}", f'activation = "{activation}"', "[parameters]"]
    lines += [f"{name} = {value}" for name, value in parameters.items()]
    return "\n".join(lines + ["[data]", f"x = {x}"]) + "\n"


# An invented exercise (worked out by hand): W^{[1]} = (1, 1)ᵀ, b^{[1]} = (0, 1)ᵀ, W^{[2]} = (1, 0), b^{[2]} = 0,
# identity, x = (1, 2): h = (x, x + 1), ∇f(x) = (x, 0, 1, 0, x, x + 1, 1), so ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1) and
# ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1); K = [[8, 12], [12, 19]], tr K = 27
IDENTITY_1_2_1 = problem([1, 2, 1], "identity", [1, 2], W1=[[1], [1]], b1=[0, 1], W2=[[1, 0]], b2=0)
GRAD_X1, GRAD_X2 = "$(1, 0, 1, 0, 1, 2, 1)$", "$(2, 0, 1, 0, 2, 3, 1)$"
BAD_GRAD_X2 = "$(2, 0, 1, 0, 2, 3, 2)$"   # the last entry (∂f/∂b^{[2]} = 1) written 2


def line_verdicts(report) -> dict[int, list[str]]:
    """line → the verdicts of the judgements on it, in order ("carried" for a wrong claim carried forward)."""
    out: dict[int, list[str]] = {}
    for j in report.judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


def first_mistake(report) -> int:
    """The line of the report's first real mistake, 0 when there is none."""
    return report.first_mistake.line if report.first_mistake else 0


def problem_report(tmp_path, problem: str, notes: str):
    """The report on ``notes`` (named notes.md) checked against the problem TOML text ``problem``, written to
    ``tmp_path``/p.toml."""
    path = tmp_path / "p.toml"
    path.write_text(problem, encoding="utf-8")
    return check_text(notes, "notes.md", path)


def notes_verdicts(notes: str) -> tuple[dict[int, list[str]], int]:
    """The verdicts per line of ``notes`` that state their own exercise, and the first real mistake's line."""
    report = check_text(notes, "notes.md")
    return line_verdicts(report), first_mistake(report)


def verdicts(tmp_path, problem: str, notes: str) -> tuple[dict[int, list[str]], int]:
    """The verdicts per line of ``notes`` checked against the problem TOML text ``problem``, and
    the line of the first real mistake (0 when there is none)."""
    report = problem_report(tmp_path, problem, notes)
    return line_verdicts(report), first_mistake(report)


def gradient_judgements(tmp_path, problem: str, notes: str) -> list:
    """The judgements of gradient vectors (kind "gradient_vector") on ``notes`` checked against the problem TOML
    text ``problem``."""
    return [j for j in problem_report(tmp_path, problem, notes).judgements if j.kind == "gradient_vector"]


def worst_verdicts(text: str, *source: str):
    """The worst verdict on each line of ``text`` checked on its own (correct < unreadable < carried < wrong, a
    carried wrong claim counting as "carried"), and the report; ``source`` names the notes file if given."""
    report = check_text(text, *source)
    worst: dict[int, str] = {}
    for j in report.judgements:
        verdict = "carried" if j.verdict == "wrong" and j.carried else j.verdict
        if RANK[verdict] >= RANK[worst.get(j.line, "correct")]:
            worst[j.line] = verdict
    return worst, report


def claim_verdicts(given: str, *claims: str) -> dict[int, list[str]]:
    """Claim number (the first claim after ``given`` is 1; the claims stand a blank line apart) → its verdicts
    ("carried" for a wrong claim carried forward), the notes being ``given`` and the claims."""
    report = check_text(given + "\n" + "\n\n".join(claims), "notes.md")
    start = given.count("\n") + 1
    out: dict[int, list[str]] = {}
    for j in report.judgements:
        if j.line > start:
            out.setdefault((j.line - start + 1) // 2, []).append("carried" if j.carried else j.verdict)
    return out


def verdict_sets(header: str, *claims: str, carried: bool = True):
    """{line counted from the first claim after ``header`` = 1: sorted set of its verdicts, as (verdict, carried)
    pairs or, with ``carried=False``, verdicts alone}, and the report; the claims stand a blank line apart."""
    report = check_text(header + "\n" + "\n\n".join(claims))
    start = header.count("\n") + 1
    out: dict[int, set] = {}
    for j in report.judgements:
        if j.line > start:
            out.setdefault(j.line - start, set()).add((j.verdict, j.carried) if carried else j.verdict)
    return {line: sorted(v) for line, v in out.items()}, report

"""R Markdown knitted to Markdown: each ```r chunk and knitr's ``##`` output fences below it read as one R session
(symntk/check/knitr_chunks.py), printouts paired with the statements that printed them (symntk/check/r_console.py)."""

from check_helpers import notes_verdicts

from symntk.check.knitr_chunks import knitted_chunks

# Exercise A (worked by hand): ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1), ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1),
# K = [[8, 12], [12, 19]], tr K = 27, det K = 8·19 − 12² = 8, λ = (27 ± √697)/2 ≈ 26.7003788, 0.2996212
HEAD = ("Exercise A: $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = (1, 1)^T$, $b^{[1]} = (0, 1)^T$, "
        "$W^{[2]} = (1, 0)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")
CHUNK = ("```r\nJ <- rbind(c(1,0,1,0,1,2,1),\n           c(2,0,1,0,2,3,1))\nK <- J %*% t(J)\nK\n```\n\n"
         "```\n##      [,1] [,2]\n## [1,]    8   {k12}\n## [2,]   {k12}   19\n```\n\n"
         "```r\nsum(diag(K)); det(K)\n```\n\n```\n## [1] 27\n```\n\n```\n## [1] {det}\n```\n\n"
         "```r\neigen(K)$values\n```\n\n```\n## [1] 26.7003788  0.2996212\n```\n")


def _lines(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if fragment in line)


def test_fences_of_one_chunk_are_joined_line_for_line():
    text = CHUNK.format(k12=12, det=8)
    joined = knitted_chunks(text)
    assert len(joined.split("\n")) == len(text.split("\n"))
    assert text.count("```") == 14 and joined.count("```") == 6   # seven fences become three sessions


def test_printed_results_are_claims_of_what_printed_them():
    """K printed under the chunk that computes it, tr K = 27 and det K = 8 from two statements on one line (each its
    own printout, in order), the eigenvalues from eigen(K)$values: all correct, nothing wrong, exit 0."""
    notes = HEAD + CHUNK.format(k12=12, det=8)
    lines, first = notes_verdicts(notes)
    for fragment in ("##      [,1] [,2]", "## [1] 27", "## [1] 8", "## [1] 26.7"):
        assert set(lines[_lines(notes, fragment)]) == {"correct"}, fragment
    assert first == 0


def test_a_wrong_printout_is_wrong_on_its_line():
    """A det printed as 9 (true 8) is wrong on its own line; the trace printed by the statement before it stays
    correct."""
    notes = HEAD + CHUNK.format(k12=12, det=9)
    lines, first = notes_verdicts(notes)
    assert lines[_lines(notes, "## [1] 27")] == ["correct"] and lines[_lines(notes, "## [1] 9")] == ["wrong"]
    assert first == _lines(notes, "## [1] 9")


def test_a_literal_named_e_is_no_eigenvalue_claim():
    """``e <- c(0, 0, 1e-6)`` (a step for finite differences) states no eigenvalues."""
    notes = HEAD + "```r\nth <- c(1, 1, 0, 1, 1, 0, 0); e <- c(0, 0, 0, 0, 1e-6, 0, 0)\nth\n```\n"
    lines, _ = notes_verdicts(notes)
    assert "wrong" not in [v for verdicts in lines.values() for v in verdicts]

"""θ listed in a sentence: names each in their own math, values in plain text or linked by words."""

from check_helpers import IDENTITY_1_2_1, NETWORK_HEAD, verdicts

from symntk.check.theta_prose import theta_prose

NAMES = "$W^{[1]}_1$, $W^{[1]}_2$, $b^{[1]}_1$, $b^{[1]}_2$, $W^{[2]}_1$, $W^{[2]}_2$, $b^{[2]}$"
JOINED = r"W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]}"


def test_rewrites_the_forms():
    """Split names with plain values, one math of names linked by words to math values, and names alone."""
    assert theta_prose("So θ = ($u$, $c$, $v$) = (3, −1, 2), three.") == r"So $\theta = (u, c, v) = (3, −1, 2)$, three."
    assert theta_prose("theta is $(u, c)$, which with these values is $(0.5, 4)$.") == \
        r"$\theta = (u, c) = (0.5, 4)$."
    assert theta_prose("Here $\\theta$ = ($u$, $c$), so two of them.") == r"Here $\theta = (u, c)$, so two of them."


def test_leaves_other_lines():
    """θ inside math, a single name, or words in the brackets: unchanged."""
    for line in (r"$\theta = (u, c)$ and θ is fine.", "θ = ($u$) only.", "θ is (see $u$ and $c$)."):
        assert theta_prose(line) == line


def test_theta_in_prose_is_judged(tmp_path):
    """θ = (1, 1, 0, 1, 1, 0, 0) for the exercise of check_helpers: the names with the right values are correct;
    the values with b^{[2]} written 1 (true 0) are wrong, the first mistake on line 4."""
    notes = NETWORK_HEAD + (f"Layer by layer, θ = ({NAMES}) = (1, 1, 0, 1, 1, 0, 0), so seven.\n"
                            f"Again θ is ${'('}{JOINED})$, which with the values is $(1, 1, 0, 1, 1, 0, 1)$.\n")
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert set(lines[3]) == {"correct"}
    assert "wrong" in lines[4] and first == 4

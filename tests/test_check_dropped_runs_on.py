"""Sentences that leave a parameter out, run on over two lines or said with "plays no role".

The invented exercise is IDENTITY_1_2_1 (check_helpers): ∂f/∂b^{[2]} = 1 at both datapoints, so a sentence that
drops b^{[2]} as contributing nothing is wrong; ∂f/∂W^{[1]}_{21} = W^{[2]}_{12} x = 0 at both, so dropping it is
true.
"""

from check_helpers import IDENTITY_1_2_1, NETWORK_HEAD, verdicts


def test_sentence_running_on_to_the_next_line_is_said_where_it_starts(tmp_path):
    """``the output bias $b^{[2]}$ only moves f up,`` ↵ ``so it is irrelevant here and I omit it.``: one sentence
    that drops b^{[2]} (∂f/∂b^{[2]} = 1 ≠ 0): wrong, on the line where it starts (3)."""
    notes = NETWORK_HEAD + "the output bias $b^{[2]}$ only moves f up,\nso it is irrelevant here and I omit it.\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines[3] == ["wrong"] and first == 3
    assert 4 not in lines


def test_run_on_sentence_dropping_a_zero_derivative_is_right(tmp_path):
    """The same two-line sentence about $W^{[1]}_{21}$, whose derivative W^{[2]}_{12} x is 0 at both
    datapoints: correct."""
    notes = NETWORK_HEAD + "the weight $W^{[1]}_{21}$ feeds a unit with output weight 0,\nso I omit it.\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines[3] == ["correct"] and first == 0


def test_a_finished_sentence_does_not_run_on(tmp_path):
    """``$b^{[2]}$ only moves f up.`` ↵ ``I omit it.``: the first sentence ends, so no parameter is named with the
    second and nothing is claimed."""
    notes = NETWORK_HEAD + "$b^{[2]}$ only moves f up.\nI omit it.\n"
    lines, _ = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert 3 not in lines and 4 not in lines


def test_plays_no_role_drops_the_parameter(tmp_path):
    """``$b^{[2]}$ is a constant shift, so it plays no role in the kernel -- I leave it out``: drops b^{[2]}
    (∂f/∂b^{[2]} = 1 at both datapoints): wrong."""
    notes = NETWORK_HEAD + "$b^{[2]}$ is a constant shift, so it plays no role in the kernel -- I leave it out.\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines[3] == ["wrong"] and first == 3

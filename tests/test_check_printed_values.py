"""What console sessions print, shared by the Octave and R readers (:mod:`symntk.check.printed_values`)."""

from symntk.check.printed_values import claims, kind_by_name, line_offsets, number


def test_line_offsets_are_where_each_line_starts():
    body = ">> K = J*J'\n\nK =\n   8  12"
    lines = body.split("\n")
    offsets = line_offsets(lines)
    assert offsets == [0, 12, 13, 17]
    assert [body[o:o + len(line)] for o, line in zip(offsets, lines)] == lines
    assert line_offsets([]) == [] and line_offsets([""]) == [0]


def test_printed_numbers_names_and_claims():
    assert number("2.9956e-01", None) == "0.29956" and number("0.0080", "1.0e+03") == "8.0"   # ±0.05 after scaling
    assert kind_by_name("K1") == "kernel:1" and kind_by_name("g2") == "gradient" and kind_by_name("x") is None
    assert claims("kernel", (("8", "12"), ("12", "19")), [3], "K") == [(3, "K = [[8, 12], [12, 19]]")]
    assert claims("eigen", (("0.2996",), ("26.70",)), [4, 5], "") == \
        [(4, "\\lambda \\approx 0.2996"), (5, "\\lambda \\approx 26.70")]

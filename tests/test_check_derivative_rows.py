"""A row of derivative names set equal to a row of values, ``[df/dW1 df/db1] = [x 1]``, read as one claim per entry
(symntk/check/derivative_rows.py)."""

from check_helpers import notes_verdicts

from symntk.check.derivative_rows import derivative_rows


def test_rows_written_as_claims():
    assert derivative_rows("[df/dW1 df/db1 df/dW2] = [x 1 W1*x+b1]") == "df/dW1 = x, df/db1 = 1, df/dW2 = W1*x+b1"
    assert derivative_rows("(df/dw, df/db) = (v*x, v)") == "df/dw = v*x, df/db = v"
    assert derivative_rows("[df/dW1 df/db1] = [x 1 2]") == "[df/dW1 df/db1] = [x 1 2]"   # lengths differ: as is
    assert derivative_rows("[a b] = [1 2]") == "[a b] = [1 2]"


def test_each_entry_is_judged():
    """f(x) = W2 (W1 x + b1) + b2, all scalars: ∂f/∂W1 = W2 x, ∂f/∂b1 = W2, ∂f/∂W2 = W1 x + b1, ∂f/∂b2 = 1 (by
    hand); a row with ∂f/∂b1 = x has one wrong entry."""
    head = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = 0$, $W^{[2]} = 2$, "
            "$b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")
    row = ("$(\\partial f/\\partial W^{{[1]}}, \\partial f/\\partial b^{{[1]}}, \\partial f/\\partial W^{{[2]}}, "
           "\\partial f/\\partial b^{{[2]}}) = (W^{{[2]}} x, {b1}, W^{{[1]}} x + b^{{[1]}}, 1)$\n")
    lines, _ = notes_verdicts(head + row.format(b1="W^{[2]}"))
    assert lines[3] == ["correct"] * 4
    lines, _ = notes_verdicts(head + row.format(b1="x"))
    assert sorted(lines[3]) == ["correct"] * 3 + ["wrong"]

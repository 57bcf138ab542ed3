"""A tuple that lists with bare commas and then with spaced ones (``(1,-1,0,0,\\ 1,-1,\\ 1,3,\\ 1)``, the blocks of
a gradient set apart by LaTeX spaces) holds no decimal comma, even in a file that writes decimal commas; a tuple
of decimals set apart by spaced commas keeps its decimal commas (invented text)."""

import pytest

from symntk.check.decimal_comma import mark_decimal_commas

DECIMALS = r"$a = 0,5 + 0,25$. "


@pytest.mark.parametrize("tuple_, marked", [
    (r"$(1,-1,0,0,\ 1,-1,\ 1,3,\ 1)$", r"$(1,-1,0,0,\ 1,-1,\ 1,3,\ 1)$"),
    (r"$(0,0,1,-1,\; 1,-1,\; 0,2,\; 1)$", r"$(0,0,1,-1,\; 1,-1,\; 0,2,\; 1)$"),
    (r"$(0,5,\ 0,25,\ 0,75)$", r"$(0{,}5,\ 0{,}25,\ 0{,}75)$"),
    (r"$(0,\ 0,25,\ 1)$", r"$(0,\ 0{,}25,\ 1)$"),
])
def test_spaced_list_commas(tuple_, marked):
    assert mark_decimal_commas(DECIMALS + tuple_) == r"$a = 0{,}5 + 0{,}25$. " + marked

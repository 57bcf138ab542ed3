"""A dropping sentence whose clause first lists every parameter, then drops one after a contrast word (``θ = W1,
b1, W2, c, but I skip c``), and Dutch "laat … weg" with several words between: only the names after the contrast
are dropped."""

from symntk.check.dropped_words import dropped_names


def test_names_after_contrast_only():
    """The list before ", but" / ", aber" / ", mais" / ", en" (Icelandic) names all parameters; the dropped one
    is named after it."""
    assert dropped_names("Parameters v1, v2, u, c (four), but I skip c, it only shifts f.") == [["c"]]
    assert dropped_names("Die Parameter $a_1$, $a_2$, $d$, aber $d$ lasse ich weg.") == [["d"]]
    assert dropped_names("Paramètres $u$, $v$, $e_2$, mais je laisse tomber $e_2$.") == [["e_2"]]
    assert dropped_names("Stikar: a¹, a², d¹ (3), en ég sleppi d¹.") == [["d¹"]]


def test_contrast_without_a_name_after_keeps_the_clause():
    """``$c_3$ shifts f, but I skip it``: nothing named after the contrast, so the name before it is dropped."""
    assert dropped_names("$c_3$ shifts everything, but I skip it.") == [["c_3"]]


def test_no_contrast_keeps_every_name():
    """Without a contrast word both listed names are dropped together."""
    assert dropped_names("I skip $c_1$ and $c_2$.") == [["c_1, c_2"]]


def test_dutch_leave_out_with_words_between():
    """``laat ik verder weg``, ``laten we hier weg``: "laat/laten … weg" with up to three words between."""
    assert dropped_names("$d^{[4]}$ laat ik verder weg, die verschuift $f$ alleen.") == [["d^{[4]}"]]
    assert dropped_names("De bias $e$ laten we hier maar weg.") == [["e"]]
    assert dropped_names("Ik laat niets weg.") == []

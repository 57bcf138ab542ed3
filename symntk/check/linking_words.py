"""Words typed inside math with ``\\text{…}`` that link two statements (``\\text{ is }``, ``\\text{, i.e. }``,
``\\text{we get}``): where a math row holds two claims, or prose before a claim, these separate them as ``\\quad`` does.

A learner writing in a web notebook (HackMD, Notion, Obsidian, Jupyter Markdown) often keeps a whole sentence in
one ``$…$``: ``$\\text{the gradient at } x_1 \\text{ is } \\nabla_\\theta f(x_1) = (…)$``, ``$\\theta \\in
\\mathbb{R}^7 \\text{, i.e. } P = 7$``, ``$K_{11} = 8,\\ \\text{therefore}\\ …$``. The words are matched whole, after
surrounding commas, colons and spaces are dropped and case folded; what stands on either side is read as it would be
on its own (a side without a relation, such as ``\\text{the gradient at } x_1``, is no claim). Verbs that say "equals"
(``is``, ``ist``, ``er``, ``est``, ``es``, ``é``, ``är``, ``ovat``, ``jest``) separate rather than relate: ``K_{11}
\\text{ is } 8`` is then not read, never misread.
"""

from __future__ import annotations

LINKING_WORDS = (
    # English
    "is", "are", "equals", "we get", "we have", "we obtain", "yields", "which is", "and so", "and hence",
    "and thus", "so we get", "ie", "i.e", "that is,", "giving", "this gives", "so that", "hence we get",
    # German, Dutch, Scandinavian, Icelandic
    "ist", "sind", "ergibt", "also ist", "dus", "is dus", "er", "eru", "er því", "är", "alltså", "dvs.", "dvs",
    "altså", "d.v.s.", "þ.e.a.s.",
    # French, Spanish, Portuguese, Italian
    "est", "sont", "donc", "alors", "soit", "c.-à-d.", "c'est-à-dire", "es", "son", "entonces", "luego", "o sea",
    "é", "são", "então", "logo", "ou seja", "è", "sono", "quindi", "cioè", "allora",
    # Finnish, Polish
    "ovat", "eli", "siis", "joten", "jest", "są", "czyli", "więc", "wynosi",
)

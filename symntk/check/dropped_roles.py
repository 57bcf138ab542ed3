"""Parameters a dropping sentence names by their role, not their symbol, as tables of words (data).

Learners write ``I skip the output bias``, ``the last bias doesn't matter``, ``den Ausgabe-Bias lasse ich weg``,
``Çıkıştaki biası ihmal ediyorum``, ``the bias of layer 2 drops out``: :func:`role_names` gives the names such a
clause holds, :data:`OUTPUT_BIAS` for the output layer's bias (which layer that is is decided against the exercise
by :mod:`symntk.check.dropped_parameters`) and ``b^{[l]}`` for a bias named by its layer's number. Every pattern is
an alternation of fixed words or a bounded class: linear in the line.
"""

from __future__ import annotations

import re

OUTPUT_BIAS = "@output-bias@"   # the name of the output layer's bias, whatever the depth of the exercise

# words that name the output layer's bias (a space stands for any blank run, a hyphen for a hyphen, blank or none)
OUTPUT_BIAS_WORDS: tuple[tuple[str, str], ...] = (
    ("en", r"output(?:-layer)?-bias(?:es)?|(?:last|final)(?:-layer)?-bias(?:es)?|"
           r"bias(?:es)? (?:of|in|at) the (?:output|last|final)(?: layer)?"),
    ("de", r"Ausgabe(?:schicht)?-Bias|Output-Bias|letzte\w{0,2}-Bias|Bias der (?:Ausgabe|Ausgabeschicht|"
           r"letzten Schicht)"),
    ("tr", r"çıkış(?:taki|ın|ta)?-bias\w{0,3}|çıktı(?:daki)?-bias\w{0,3}|son-bias\w{0,3}"),
    ("fr es it pt", r"biais de (?:la )?sortie|dernier biais|sesgo de (?:la )?salida|último sesgo|"
                    r"bias (?:di|de) (?:uscita|saída)|ultimo bias|último bias"),
)
# a bias named by its layer's number: "the bias of layer 2", "Bias der Schicht 2", "katman 2 biası"
_LAYER_BIAS = re.compile(r"(?<![\w])(?:bias(?:es)? (?:of|in) (?:the )?layer|Bias der Schicht|"
                         r"biais de la couche|sesgo de la capa)\s{1,3}([1-9])(?![\w])|"
                         r"(?<![\w])(?:layer|Schicht|katman)\s{1,3}([1-9])(?:'?s|'?in|'?ın)?\s{1,3}bias\w{0,3}"
                         r"(?![\w])", re.I)
_OUTPUT = re.compile(r"(?<![\w])(?:" + "|".join(p.replace(" ", r"\s{1,3}").replace("-", r"[-\s]{0,3}")
                                                for _, p in OUTPUT_BIAS_WORDS) + r")(?![\w])", re.I)


def role_names(text: str) -> list[str]:
    """The parameters ``text`` names by role: :data:`OUTPUT_BIAS` for the output bias, ``b^{[l]}`` for the bias
    of layer l, in the order they are written."""
    found = [(m.start(), OUTPUT_BIAS) for m in _OUTPUT.finditer(text)]
    found += [(m.start(), f"b^{{[{m.group(1) or m.group(2)}]}}") for m in _LAYER_BIAS.finditer(text)]
    return [name for _, name in sorted(found)]

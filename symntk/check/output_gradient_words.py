"""One output's gradient named in plain words before its entries: ``Jacobian of output 1 wrt theta: [W2(1) x, W2(1),
h, 0, 1, 0] = [x, 1, x+1, 0, 1, 0]``, ``gradient of f_2: (…)``, ``- grad for output 2 w.r.t. θ: […]``.

A learner who types plain text names the output whose gradient (a one-row Jacobian) follows: a word for the
gradient or the Jacobian, ``of``/``for`` (or its neighbours in other languages), the output (``output o``, ``f_o``,
``fo``), optionally ``wrt θ``, and a colon right before a bracket. The line is read as ``∇f_o = …``: the gradient
of output o as written (as a function of x, or numbers at the datapoint of the context). One bounded pattern.
"""

from __future__ import annotations

import re

_NAMED = re.compile(
    r"^(\s{0,8}(?:[-*+]\s{1,3})?)(?:the\s{1,3})?(?:jacobian|jacobi\w{0,6}|gradient|gradienten|grad|stigull\w{0,3}|"
    r"derivatives|ableitungen)\s{1,3}(?:of|for|von|für|af|fyrir|de|del|du)\s{1,3}(?:the\s{1,3}|der\s{1,3})?"
    r"(?:(?:output|component|komponente|ausgang|ausgabe|úttak)\s{1,3}|f_?\{?)([1-9])\}?"
    r"(?:\s{1,3}(?:wrt|w\.r\.t\.?|with\s{1,3}respect\s{1,3}to|nach|bzgl\.?)\s{1,3}(?:theta|θ|\\theta))?"
    r"\s{0,3}:\s{0,3}(?=[(\[])", re.I)


def output_gradient(line: str) -> str:
    """``line`` with the words naming output o's gradient before a bracket (see the module doc) as ``∇f_o =``;
    any other line unchanged."""
    m = _NAMED.match(line[:2000])
    if m is None:
        return line
    return f"{m.group(1)}∇f_{{{m.group(2)}}} = {line[m.end():]}"

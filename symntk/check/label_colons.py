"""A label and a colon opening a piece of math (``$$K^{(1)}:\\ \\lambda_1 = 11 + 2\\sqrt{29}$$``, ``$x_2: z = 3$``):
the label names what follows, apart from the claim.

A learner who boxes their results often writes what they are about first: the output's kernel (``K^{(1)}:``,
``\\Theta^{(2)}:``), the datapoint (``x_2:``), the output (``f_2:``). The label and its colon are set apart from
the claim by ``\\quad`` (where the splitter cuts a display into claims), so the label is read as a mention (the
kernel or datapoint the next claims are about) and the claim on its own. Only a name with scripts or one letter
(no relation in it) right after the math opens, and only when a relation follows before the math closes: a
signature ``f: \\mathbb{R} \\to \\mathbb{R}`` has none and stays as it is. Every pattern is linear.
"""

from __future__ import annotations

import re

_SCRIPT = r"(?:[_^]\s{0,2}(?:\{[^{}$=:\n]{1,12}\}|\w))"
_LABEL = re.compile(
    r"((?:(?<!\$)\$\$|(?<![\$\\])\$|\\\[|\\boxed\s{0,2}\{)\s{0,3})"   # the math opens
    r"((?:\\(?:Theta|mathbf\{K\})|[A-Za-z])" + _SCRIPT + r"{0,3})"      # K^{(1)}, \Theta^{(2)}, x_2, f_2
    r"\s{0,3}:(?!=)(?:\s|\\[ ,;:]|\\q?quad(?![A-Za-z])|~){0,6}"   # its colon (not :=)
    r"(?=[^$\n]{0,400}?(?:=|\\approx))(?![^$\n=]{0,400}?\\(?:to|rightarrow|mapsto)(?![A-Za-z]))"
)


def labelled_math(text: str) -> str:
    """``text`` with every such label set apart from its claim by ``\\quad`` (see the module doc)."""
    return _LABEL.sub(lambda m: f"{m.group(1)}{m.group(2)} \\quad ", text)

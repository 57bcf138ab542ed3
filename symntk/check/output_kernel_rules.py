"""The normaliser's rules (data) for the kernel of one output named by a subscript before its arguments or
indices (``K_{f_2}(x_1, x_2)``, ``\\Theta_{y_1}(x_1, x_1)``, ``K_{f_2, 12}``), read as ``K^{[2]}(x_1, x_2)``, and by
``f_o`` in a superscript after the entry's indices (``K_{22}^{(f_2)}``).

A learner who works each output of a network with several outputs on its own names the output's kernel by the
output, ``f_o`` (or ``y_o``), as a subscript. Written before the datapoints or the entry's indices, that subscript
can only be the output (K's own indices come after it), so it is read as the output's script ``K^{[o]}``.
"""

from __future__ import annotations

from .spelling_rules import Rule

_OUTPUT = r"(?:f|y)\s{0,2}_\s{0,2}\{?\s{0,2}([1-9])\s{0,2}\}?"

OUTPUT_KERNEL_RULES: tuple[Rule, ...] = (
    Rule("the kernel of one output named by a subscript f_o before its datapoints",
         r"K_{f_2}(x_1, x_2) ; \Theta_{y_2}(x_1, x_2) ; K_{f_{2}}(x_1, x_2)",
         r"K^{[2]}(x_1, x_2) ; \Theta^{[2]}(x_1, x_2) ; K^{[2]}(x_1, x_2)",
         r"(?<![A-Za-z\\])(K|\\Theta)\s{0,2}_\s{0,2}\{\s{0,2}" + _OUTPUT + r"\s{0,2}\}(?=\s{0,2}(?:\\left\s{0,2})?\()",
         r"\1^{[\2]}"),
    Rule("the kernel of one output named by a subscript f_o before the entry's indices",
         r"K_{f_2, 12} ; K_{f_2,12}", r"K^{[2]}_{12}",
         r"(?<![A-Za-z\\])(K|\\Theta)\s{0,2}_\s{0,2}\{\s{0,2}" + _OUTPUT +
         r"\s{0,2},\s{0,2}([1-9])\s{0,2},?\s{0,2}([1-9])\s{0,2}\}", r"\1^{[\2]}_{\3\4}"),
    Rule("the kernel of one output named f_o in a superscript after the entry's indices",
         r"K_{22}^{(f_2)} ; K_{22}^{f_2} ; \Theta_{12}^{[f_1]}", r"K_{22}^{[2]} ; K_{22}^{[2]} ; \Theta_{12}^{[1]}",
         r"(?<![A-Za-z\\])(K|\\Theta)\s{0,2}_\s{0,2}(\{[^{}]{1,8}\}|\d\d?)\s{0,2}\^\s{0,2}\{\s{0,2}"
         r"[\[(]?\s{0,2}" + _OUTPUT + r"\s{0,2}[\])]?\s{0,2}\}", r"\1_\2^{[\3]}"),
)

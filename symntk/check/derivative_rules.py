"""The normaliser's rules (data) for a derivative by a parameter written as a subscript of f or as an operator before
f: ``f_{W^{[2]}_1}``, ``f_{b^{[2]}}(x_1)``, ``f'_{b^{[1]}}``, ``D_{W^{[2]}_2} f``, ``\\frac{d}{dW^{[2]}_1} f``, each
read as ``\\frac{\\partial f}{\\partial W^{[2]}_1}`` (with the datapoint after it kept).

A subscript on f that is a parameter with its layer written (or θ_k) can only be the variable of a partial
derivative (the calculus shorthand f_x = ∂f/∂x); a plain digit (f_1, an output) or θ alone (f_θ, the network with
its parameters) is no parameter and stays.
"""

from __future__ import annotations

from .spelling_rules import Rule

_SCRIPT = r"(?:\{[^{}]{1,8}\}|\d)"
_LAYER = r"\^\s{0,2}\{\s{0,2}[\[(]\s{0,2}\d\s{0,2}[\])]\s{0,2}\}"
# a parameter with its layer: W^{[2]}_1, W_{1}^{[2]}, b^{(1)}_{2}, b^{[2]}, or θ_k
_PARAM = (r"(?:(?:W|w|b)\s{0,2}(?:" + _LAYER + r"(?:\s{0,2}_\s{0,2}" + _SCRIPT + r")?|_\s{0,2}" + _SCRIPT +
          r"\s{0,2}" + _LAYER + r")|\\theta\s{0,2}_\s{0,2}" + _SCRIPT + ")")
_D = r"(?:\\partial|d|\\mathrm\s{0,2}\{\s{0,2}d\s{0,2}\}|\\operatorname\s{0,2}\{\s{0,2}d\s{0,2}\})"

DERIVATIVE_RULES: tuple[Rule, ...] = (
    Rule("a derivative by a parameter written as f's subscript (f_x = ∂f/∂x)",
         r"f_{W^{[2]}_1} ; f'_{W^{[2]}_1} ; f^{\prime}_{W^{[2]}_1} ; f_{ W_1^{[2]} }",
         r"\frac{\partial f}{\partial W^{[2]}_1} ; \frac{\partial f}{\partial W^{[2]}_1} ; "
         r"\frac{\partial f}{\partial W^{[2]}_1} ; \frac{\partial f}{\partial W_1^{[2]}}",
         r"(?<![A-Za-z\\])f\s{0,2}(?:'|\^\s{0,2}\{?\s{0,2}\\prime\s{0,2}\}?)?\s{0,2}_\s{0,2}\{\s{0,2}(" + _PARAM +
         r")\s{0,2}\}", r"\\frac{\\partial f}{\\partial \1}"),
    Rule("a derivative by a parameter as an operator before f (D_w f, d/dw f)",
         r"D_{W^{[2]}_2} f ; \frac{d}{dW^{[2]}_2} f ; \frac{\partial}{\partial W^{[2]}_2} f(x_1)",
         r"\frac{\partial f}{\partial W^{[2]}_2} ; \frac{\partial f}{\partial W^{[2]}_2} ; "
         r"\frac{\partial f(x_1)}{\partial W^{[2]}_2}",
         r"(?:(?<![A-Za-z\\])D\s{0,2}_\s{0,2}\{\s{0,2}(" + _PARAM + r")\s{0,2}\}|\\[dt]?frac\s{0,2}\{\s{0,2}" + _D +
         r"\s{0,2}\}\s{0,2}\{\s{0,2}" + _D + r"\s{0,2}(" + _PARAM + r")\s{0,2}\})\s{0,2}"
         r"(f(?![A-Za-z_^'])(?:\s{0,2}\([^()]{1,30}\))?)", r"\\frac{\\partial \3}{\\partial \1\2}"),
)

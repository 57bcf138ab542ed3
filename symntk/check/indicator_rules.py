"""The ReLU derivative written as an indicator, a step or Iverson bracket: the normaliser's rows for them (data).

Each row is (about, learners write, read as, pattern, replacement) as in :class:`symntk.check.spelling_rules.Rule`:
``\\mathbb{1}[z > 0]``, ``1[z>0]``, ``1{z>0}``, ``1(z > 0)``, ``𝟙_{z>0}``, ``\\mathbb{1}_{[z_1>0]}``, the Iverson
bracket ``[z > 0]``, the Heaviside step ``H(z)``, ``\\Theta(z)`` or ``\\theta(z)`` and ``step(z)`` all read as
``\\operatorname{relu}'(z)``; a blackboard one with only a unit's index (``\\mathbb 1_i``, ``𝟙_2``: unit i is active)
as ``\\operatorname{relu}'(z_{i})``, not where the notes define it (``\\mathbb 1_j = 1`` if …) (a bold ``\\mathbf 1_n``
is a vector of ones and stays). The argument is one name with at most three scripts and a datapoint in parentheses
(``z^{[1]}_2(x_1)``), compared with ``> 0`` only (``≥ 0`` says something else at 0 and is left as it is).
Heaviside's ``H``, ``\\Theta`` and ``\\theta`` are read only on a pre-activation ``z`` (the kernel Θ takes two
inputs, and θ alone is the parameter vector). Every pattern is bounded and without nested repetition.
"""

from __future__ import annotations

_NAME = r"((?:\\?[A-Za-z]{1,6})(?:\s*[_^]\s*(?:\{[^{}]{1,12}\}|\w)){0,3}(?:\s*\(\s*x_\{?\d\}?\s*\))?)"
_UNIT = r"(z(?:\s*[_^]\s*(?:\{[^{}]{1,12}\}|\w)){0,3}(?:\s*\(\s*x_\{?\d\}?\s*\))?)"
_POSITIVE = r"\s*(?:>|\\gt(?![A-Za-z]))\s*0(?![\d.,])\s*"
_OPEN, _CLOSE = r"(?:\\left\s*)?(?:\\\{|[\[({])\s*", r"(?:\\right\s*)?(?:\\\}|[\])}])"
_ONE = (r"(?:\\(?:mathbb|mathbf|mathds|mathbbm|bm|boldsymbol)\s*(?:\{\s*1\s*\}|1(?![\d.]))|𝟙"
        r"|(?<![\w.^_{}\\'])1(?=\s*_?\s*(?:\\left\s*)?(?:\\\{|[\[({])))")
_RELU = r"\\operatorname{relu}'(\1\2)"

INDICATOR_RULES: tuple[tuple[str, str, str, str, str], ...] = (
    ("indicator of a positive unit (ReLU′)",
     r"\mathbb{1}[z_1 > 0] ; 1[z>0] ; 1\{z > 0\} ; 1(z > 0) ; 𝟙_{z>0} ; \mathbb{1}_{[z_1>0]}",
     r"\operatorname{relu}'(z_1) ; \operatorname{relu}'(z) ; \operatorname{relu}'(z) ; \operatorname{relu}'(z) ; "
     r"\operatorname{relu}'(z) ; \operatorname{relu}'(z_1)",
     _ONE + r"\s*(?:_\s*\{\s*(?:\\\{|[\[(])\s*" + _NAME + _POSITIVE + r"(?:\\\}|[\])])\s*\}|_?\s*" + _OPEN + _NAME +
     _POSITIVE + _CLOSE + ")", _RELU),
    ("Iverson bracket of a positive unit (ReLU′)", r"[z > 0] ; [z_2>0]",
     r"\operatorname{relu}'(z) ; \operatorname{relu}'(z_2)",
     r"(?<![\w\\}\])'])(?:\\left\s*)?\[\s*" + _NAME + _POSITIVE + r"(?:\\right\s*)?\]()", _RELU),
    ("Heaviside step of a pre-activation (ReLU′)", r"H(z) ; H(z_1) ; \mathrm{H}(z^{[1]}_2)",
     r"\operatorname{relu}'(z) ; \operatorname{relu}'(z_1) ; \operatorname{relu}'(z^{[1]}_2)",
     r"(?<![\w\\])(?:H|\\(?:mathrm|operatorname|text|textrm)\s*\{\s*H\s*\})\s*\(\s*" + _UNIT + r"\s*\)()", _RELU),
    ("Heaviside's Theta of a pre-activation (ReLU′; the kernel Θ takes two inputs)", r"\Theta(z) ; \Theta(z_i)",
     r"\operatorname{relu}'(z) ; \operatorname{relu}'(z_i)",
     r"(?<![\w\\])(?:\\Theta|Θ)\s*\(\s*" + _UNIT + r"\s*\)()", _RELU),
    ("Heaviside's theta of a pre-activation (ReLU′; θ alone or of anything else is the parameter vector)",
     r"\theta(z) ; \theta(z_2) ; \vartheta(z^{[1]}_1)",
     r"\operatorname{relu}'(z) ; \operatorname{relu}'(z_2) ; \operatorname{relu}'(z^{[1]}_1)",
     r"(?<![\w\\])\\(?:var)?theta\s*\(\s*" + _UNIT + r"\s*\)()", _RELU),
    ("step function of a unit (ReLU′)", r"step(z) ; \operatorname{step}(z_1) ; \text{step}(z)",
     r"\operatorname{relu}'(z) ; \operatorname{relu}'(z_1) ; \operatorname{relu}'(z)",
     r"(?<![\w\\])(?:step|Step|\\(?:mathrm|operatorname|text|textrm)\s*\{\s*step\s*\})\s*\(\s*" + _NAME +
     r"\s*\)()", _RELU),
    ("blackboard one with a unit's index (ReLU′ of that unit)", r"\mathbb 1_i ; \mathbb{1}_{j} ; 𝟙_2",
     r"\operatorname{relu}'(z_{i}) ; \operatorname{relu}'(z_{j}) ; \operatorname{relu}'(z_{2})",
     r"(?:\\(?:mathbb|mathds|mathbbm)\s{0,3}(?:\{\s{0,3}1\s{0,3}\}|1)|𝟙)\s{0,3}_\s{0,3}"
     r"(?:\{\s{0,3}([ijk1-9])\s{0,3}\}|([ijk1-9])(?![\w\d]))(?!\s{0,3}[\[({(=])",
     r"\\operatorname{relu}'(z_{\1\2})"),
)
"""The indicator rows, in the order the normaliser applies them (the ``1`` before a bracket before the bracket)."""

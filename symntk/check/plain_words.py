"""Words around plain-text math in prose lines: a quantity named in words before its value (``spor 43``,
``det 390 - 361 = 29``, ``grad f_2 = […]``), ``=>`` typed for ⇒, an arrow before a count, and a number set equal
to a datapoint's name (``række 1 = x^(1)``: the rows of a matrix numbered, a label and not a claim), and the
operators written as words between math (``13 times 30``, ``… + 1 equals 7``, ``a plus b``), and an activation's
derivative stated in words (``derivative of tanh is 1 - tanh(z)^2``), and a connective that ends a line and leads
into the next one (``derivative of tanh is 1 − tanh² so``, ``K = 8, hence``): not part of the math before it.

Every pattern is anchored or bounded, so reading a line is linear.
"""

from __future__ import annotations

import re

from .quantity_words import SCRIPT_THEREFORE
from .word_results import eigenvalue_lists

ASCII_IMPLIES = re.compile(r"(?<![<=>])=>(?![=>])")   # "λ^2 - 3 = 0 => λ = …": ⇒ typed in ASCII
ORDINAL = re.compile(r"^\d{1,2}\s*=\s*x\s*(?:_\s*\{?\d{1,2}\}?|\^\s*\{?\s*\(\d{1,2}\)\s*\}?|[₁₂₃₄₅₆₇₈₉])$")
_NUMBER = re.compile(r"^[-−]?\d{1,9}(?:[.,]\d{1,12})?[,;]?$")
# f, f_2, f2, f₂, then its argument, which may hold MATLAB's index of a datapoint: f(x1), f_1(x(2))
_OUTPUT_OF = re.compile(r"^f(?:_\{?[1-9]\}?|[1-9₁₂₃₄₅₆₇₈₉])?(?:\((?:[^()]|\([^()]{1,8}\)){1,20}\))?$")
_WORD_OPERATOR = re.compile(r"(?<=[\w)\]}.'])\s{1,3}(times|plus|minus|equals|is\s+equal\s+to)\s{1,3}"
                            r"(?=[-−\w(\[√\\])")
_OPERATOR_OF = {"times": " × ", "plus": " + ", "minus": " - ", "equals": " = "}


_DERIVATIVE_OF = re.compile(r"\b(?:[Tt]he\s+)?(?:[Dd]erivative|[Dd]eriv\.?)\s+of\s+(tanh|sigmoid|sigma|σ|relu|ReLU)"
                            r"(\s?\(\s?z\s?\))?\s{1,3}(?:is|equals|=)\s")


# the same in the learners' other languages: "la dérivée de tanh est", "derivatan av ReLU är", and the genitive
# before the word in Finnish: "ReLU:n derivaatta on", "sigmoidin derivaatta on"
_ACTIVATION = r"(tanh|sigmoid|sigma|σ|relu)"
# Russian, Ukrainian, Belarusian, Bulgarian, Serbian; Persian, Urdu, Arabic: "похідна tanh дорівнює",
# "производная от tanh равна", "مشتق tanh برابر است با", "مشتقة tanh هي"
SCRIPT_DERIVATIVE = r"производная|похідна|вытворная|производна|извод|مشتق|مشتقِ|المشتقة|مشتقة"
SCRIPT_OF = r"от|від|ад|на|از"
SCRIPT_IS = r"равна|равно|дорівнює|е|є|је|роўная|برابر(?:\s(?:است|هست))?(?:\sبا)?|است|هي|تساوي|يساوي"
_OF_IN_WORDS = re.compile(
    r"(?<![\w\\])(?:(?:die|la|de|den|det|el|il)\s+)?(?:ableitung|afleiðan?|derivatan|derivata|afledte|deriverte|"
    r"afgeleide|dérivée|derivada|pochodna|" + SCRIPT_DERIVATIVE + r")\s+(?:(?:von|af|av|van|de|di|del|of|"
    + SCRIPT_OF + r")\s+)?" + _ACTIVATION
    + r"(\s?\(\s?z\s?\))?\s{1,3}(?:ist|er|är|est|es|è|is|wynosi|to|=|" + SCRIPT_IS + r")\s"
    r"|(?<![\w\\])" + _ACTIVATION + r"(\s?\(\s?z\s?\))?(?::n|:in|in|n)\s{1,3}(?:osittais)?derivaatta\s{1,3}(?:on|=)\s",
    re.I)


def derivative_in_words(line: str) -> str:
    """The activation's derivative stated in words: ``derivative of tanh is 1 - tanh(z)^2`` is
    ``tanh'(z) = 1 - tanh(z)^2`` (``sigmoid`` is σ), a rule for every unit (see :mod:`symntk.check.rules`); also
    in German, the Nordic and Romance languages, Dutch, Polish and Finnish (``ReLU:n derivaatta on``), Russian,
    Ukrainian and their neighbours, Persian, Urdu and Arabic (``похідна tanh дорівнює``, ``مشتق tanh برابر است با``)."""
    def rewrite(m: re.Match) -> str:
        name = "sigma" if m.group(1) in ("sigmoid", "σ") else m.group(1)
        return f"{name}'{m.group(2) or '(z)'} = "

    def other(m: re.Match) -> str:
        word, at = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        name = "sigma" if word.lower() in ("sigmoid", "σ", "sigma") else word.lower()
        return f"{name}'{at or '(z)'} = "
    return _OF_IN_WORDS.sub(other, _DERIVATIVE_OF.sub(rewrite, line))


_TRAILING_CONNECTIVE = re.compile(r"(?<=\S)\s{0,3}[,;]?\s{1,3}(?:and\s)?(?:so|hence|thus|therefore|then|which\sgives|"
                                  r"giving|gives|" + SCRIPT_THEREFORE + r")\s{0,3}[:,.…]{0,3}\s{0,3}$", re.I)


def trailing_connective(line: str) -> str:
    """``… = 1 − tanh² so``: the connective word ending a line (it leads into the next) dropped."""
    return _TRAILING_CONNECTIVE.sub("", line)


_EIGEN_PAIR = re.compile(r"(?<![A-Za-z\\])(lambda|λ)(?:_\{?1\}?|₁)\s?,\s?(?:2|₂)(?=\s*(?:=|≈|~))")


def eigenvalue_pair(line: str) -> str:
    """``lambda_1,2 = (27 +- sqrt(697))/2``, ``λ₁,₂ = …``: both eigenvalues named by their two indices with a bare
    comma between them, written ``lambda_(1,2)`` so that the comma does not cut the claim in two."""
    return _EIGEN_PAIR.sub(r"\1_(1,2)", line)


def eigenvalues_in_words(line: str) -> str:
    """The eigenvalues listed in words: ``the eigenvalues are 26.70 and 0.30``, ``eigenvalues: 3, 5``,
    ``lambda = 21.77 and 0.23`` are ``λ = (26.70, 0.30)``: one claim about all of them (``λ ≈ (…)`` when said to be
    approximate), read by :func:`symntk.check.word_results.eigenvalue_lists`."""
    for relation, values, (start, end) in reversed(eigenvalue_lists(line)):
        sign = "≈" if relation == "\\approx" else "="
        line = f"{line[:start]}λ {sign} ({', '.join(values)}){line[end:]}"
    return line


def word_operators(line: str) -> str:
    """The arithmetic words between two pieces of math as their signs: ``13 times 30`` is 13 × 30, ``… + 1 equals 7``
    is ``… + 1 = 7``, ``a plus b`` and ``a minus b`` are a + b and a − b (AsciiMath and forum posts)."""
    return _WORD_OPERATOR.sub(lambda m: _OPERATOR_OF.get(m.group(1), " = "), line)


# "θ = [W, b] -> 2 parameters", "θ = (…) \to 6 parametrar": the arrow leads to the count
ARROW_END = re.compile(r"\s(?:->|→|=>|⇒|\\to|\\rightarrow|\\Rightarrow)$")


def quantity_run(run: list[str], gradient: str) -> list[str]:
    """A run that starts with a quantity named in words: "trace K = 47" (the word names its matrix), "spor 43" and
    "det 390 - 361 = 29" (a number right after the word is its value), "grad f_2(x_1) = …" (the gradient of the
    output named after the word, ``gradient`` being what the word alone means, ``\\nabla_\\theta f``); a word followed
    by anything else is not part of the math."""
    quantity = run[0]
    if len(run) > 2 and quantity.endswith(" " + run[1]):
        return run[:1] + run[2:]
    if len(run) > 1 and quantity == gradient and _OUTPUT_OF.match(run[1]):
        return [gradient[:-1] + run[1]] + run[2:]
    if len(run) > 1 and quantity != gradient and _NUMBER.match(run[1]):
        return [quantity, "="] + run[1:]
    if len(run) < 2 or not run[1].startswith(("=", "≈")):
        return run[1:]
    return run

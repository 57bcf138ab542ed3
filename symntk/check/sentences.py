"""Results written in sentences: a parameter, kernel entry or gradient named in words before its inline math.

Learners who write prose state a result by naming it in words and putting only its value in math:

* a parameter named by an ordinal and its kind, as the subject of a derivative (``the derivative with respect to
  the first weight is $x$``, ``for the second weight it's $3x$``, ``the output bias gives $1$``, ``first bias:
  $\\theta_5$``, ``the second output weight gives the second hidden unit, which is $x$``) is ∂f/∂θ for that
  parameter; ``which is $…$`` after it says the same derivative again, and the values that follow
  (``so $1$ at the first point and $2$ at the second``, ``so $3$ and $-3$``, ``which is $1$, $3$ and $5$``) are
  its values at the datapoints in order;
* a kernel entry named in words (``the kernel entry for the first and second points is $12$``, ``the first
  diagonal entry is $8$``, ``for the second point with itself it's $14$``) is K_ij;
* a gradient named at a datapoint (``the gradient at $x_1$ is $(…)$``, ``gradients $(…)$ at the first point and
  $(…)$ at the second``, ``the three gradients are $(…)$, $(…)$ and $(…)$``) is ∇θ f(x_i).

The other languages' sentences (``afleiðan með tilliti til fyrstu vigtarinnar er $x$``, ``die Ableitung nach dem
zweiten Gewicht ist $x$``) are first written in English by the table of :mod:`symntk.check.sentence_words`; a
derivative of one output of several (``of the second output``, ``für die zweite Ausgabe``) is ∂f_o/∂θ, one said at
a datapoint (``… is $1$ at the first point``) is its value there, and the n-th eigenvalue or entry of the kernel
and a plain value ending such a sentence come from :mod:`symntk.check.ordinal_results`.

The words are resolved only when their subject is certain (see :func:`parameter`): a bare ordinal (``the second
bias``) counts the entries of the first layer when that layer has several and the notes call the last layer's
the *output* weights or bias, or counts the layers when every layer up to it is a single unit; anything else is
left unread. The rewritten text keeps every line where it was. Regular expressions without nested repetition,
on one line at a time.
"""

from __future__ import annotations

import re

from .activation_links import activation_link_words
from .claim_names import parameter_names
from .general_gradients import general_gradient_words
from .kernel_sentences import NUMBER, gradient_words, kernel_words, matrix_words
from .ordinal_results import ORD, ORDINALS, M, ordinal_results, output, plain_values, value_after_math
from .point_vectors import point_gradients
from .point_words import math_point
from .sentence_words import DERIVATIVE_WORD, english, output_weights_named

_PARAM = (r"(?:the\s)?(?:" + ORD + r"\s)?(?:(output|hidden|first[- ]layer|second[- ]layer|" + ORD +
          r"\shidden\sunit's)\s)?(weight|bias)(?![\w-])")
_FILLER = r"(?:(?:just|simply|also|again|exactly)\s){0,2}"
_IS = r"(?:is|it's|it is|is just|comes out (?:as|to))"
_DERIVATIVE = [
    re.compile(r"(?:derivative|one|partial)\s(?:of\s\$?f\$?\s|(?:of\s)?(?:the\s)?(?:first|second|third|fourth)\soutput\s"
               r"|of\s@\d{1,4}@\s)?(?:with\srespect\sto|w\.r\.t\.?)\s" + _PARAM +
               r",?\s" + _IS + r"\s" + _FILLER + M),
    re.compile(r"(?:[Ww]ith\srespect\sto|[Ff]or)\s" + _PARAM + r",?\s(?:it's|it is)\s" + _FILLER +
               r"(?:the\shidden\s(?:value|unit)\s)?" + M),
    re.compile(r"(?<![\w-])is\s(?:the\s)?derivative\swith\srespect\sto\s" + _PARAM + r",?\s" + M),   # "ist die
    # Ableitung nach dem ersten Gewicht $2x$": German puts the verb first
    re.compile(r"(?:derivative|one)\sfor\s" + _PARAM + r",?\s(?:is|it's)\s" + _FILLER + M),
    re.compile(r"(?<![\w,])\s?" + _PARAM + r"\s(?:just\s|simply\s|then\s)?(?:gives|give|gets)\s" + _FILLER + M),
    re.compile(r"(?<![\w,])\s?" + _PARAM + r"\sgives\s(?:the\s)?" + ORD + r"\shidden\s(?:unit|value),?\s"
               r"which\sis\s" + _FILLER + M),
    re.compile(r"(?:^|[.;]\s|^\s{0,3}[-*+]\s)" + _PARAM + r":\s" + M),
]
_BOTH = re.compile(r"[Bb]oth\s" + _PARAM + r"\sand\s" + _PARAM + r"\s(?:get|give)\s" + _FILLER + M)
_ITS = re.compile(r"(?:^|[.;]\s)(?:[Tt]he\s)?(?:[a-z-]{1,12}\s){0,3}@(\d{1,4})@\s(?:(?!weight|bias|unit|neuron|param)"
                  r"[^.;:@]){0,200}?\sits\s(?:partial\s)?derivative\sis\s" + _FILLER + M)
_TWICE = re.compile(r"@(\d{1,4})@\sand\s(twice|three\stimes|half\sof)\sthat\sis\s(about\s|approximately\s|roughly\s)?"
                    + M)
_MULTIPLE = {"twice": "2 \\cdot ", "three times": "3 \\cdot ", "half of": "0.5 \\cdot "}
_LAST_NUMBER = re.compile(r"(?:=|\\approx|≈)\s?([-−]?\d{1,6}(?:\.\d{1,8})?)\s?$")
# "multiplying by the first weight gives …": the weight is no subject
_PREPOSITION = re.compile(r"\b(?:by|times|of|to|from|with|into|on|multiplying|multiplied)\s?$")
_PLURAL = re.compile(r"(?:^|[.;,]\s|^\s{0,3}[-*+]\s)(?:the\s)?output\sweights(?::|\sgive)\s" + M + r"\sand\s" + M)
_NEAR = re.compile(r"derivative|[Dd]eriv\.|partial|∂|with\srespect|w\.r\.t|chain\srule", re.I)
_AGAIN = re.compile(r",?\swhich\sis\s" + _FILLER + M)
_SO = r",?\s(?:so|which\sis|i\.e\.|that's|giving|which gives)\s" + _FILLER
_AT_TWO = re.compile(_SO + M + r"\sat\sthe\sfirst\spoint\sand\s" + M + r"\sat\sthe\ssecond(?:\spoint)?")
_ONE_POINT = re.compile(r"\s(?:at|for|when|in)\s(?!both|every|all|each)")
_AT_POINT = re.compile(r"\s(?:at|in|for)\s(?:the\s)?(?:" + ORD + r"\s(?:data)?point|@(\d{1,4})@)(?![\w@])")
_TWO = re.compile(_SO + M + r"\sand\s(?:then\s)?" + M + r"(?!\s?[\w$@])")
_THREE = re.compile(_SO + M + r",\s" + M + r",?\sand\s" + M + r"(?:\sat\sthe\sthree\spoints)?(?![\w@])")
_BY_NAME = re.compile(r"(?:with\srespect\sto|w\.r\.t\.?)\s(?:the\s)?(?:[a-z-]{1,12}\s){0,3}@(\d{1,4})@,?\s"
                      r"(?:is|it's|it is)\s" + _FILLER + M)
# the parameter named by its math alone: "for $W_2$ it is $h_1$", "the last bias $b_2$ always gives $1$"
_FOR_NAME = re.compile(r"(?:(?<![\w-])[Ff]or\s@(\d{1,4})@,?\s(?:it's|it is)|(?<![\w-])(?:the\s)?(?:[a-z-]{1,12}\s)"
                       r"{0,3}@(\d{1,4})@\s(?:always\s|just\s|then\s)?(?:gives|give))\s" + _FILLER + M)
_NAME = re.compile(r"^\s?\\?(?![xf](?![A-Za-z]))[A-Za-z]{1,6}(?:_\{?[\w,]{1,4}\}?)?(?:\^\{?[\[(]?\d[\])]?\}?)?"
                   r"(?:_\{?[\w,]{1,4}\}?)?\s?$")
_NOT_PARAMETER = re.compile(r"^\s?(?:[hazKyL]|\\?lambda|\\?sigma|tanh)(?![A-Za-z])")   # values, not parameters
_ACTIVATIONS = {"tanh": r"\tanh", "sigmoid": r"\sigma", "the sigmoid": r"\sigma", "σ": r"\sigma"}
_ACTIVATION = re.compile(r"[Dd]erivative\sof\s(tanh|the\ssigmoid|sigmoid|σ),?\s(?:which\sis|is)\s" + M)
_SETS = re.compile(r"^\s?\\?[A-Za-z]{1,6}(?:_\{?\w{1,3}\}?)?(?:\^\{?[\[(]?\d[\])]?\}?)?(?:_\{?\w{1,3}\}?)?"
                   r"\s?=\s?[-−]?\d")   # "b_1 = 0": a value given, not a derivative
_LIST = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,2}[.)])\s")
_INLINE = re.compile(r"(?<![$\\])\$([^$\n]{1,400})\$(?!\$)")
_GRADIENT_SAID = re.compile(r"[Gg]radients?\b")
_NAMED = re.compile(r"\\partial|∂|\\nabla|∇|^\s?[Kk]_|=\s?$|^\s?=")


def _entries(widths, layer: int, kind: str) -> list[tuple[int, int]]:
    """The (row, column) of every weight (``W``) or bias (``b``) of ``layer`` in θ's order, row by row."""
    rows, cols = widths[layer], widths[layer - 1]
    return [(i, j) for i in range(1, rows + 1) for j in range(1, (cols if kind == "W" else 1) + 1)]


def parameter(m: re.Match, base: int, widths, output_named: bool):
    """The parameter (kind, layer, row, column) named by the words ``_PARAM`` matched from group ``base`` (ordinal,
    qualifier, ordinal of a hidden unit, kind), or None when the words do not name one with certainty."""
    word, qualifier, unit, kind = m.group(base), m.group(base + 1), m.group(base + 2), m.group(base + 3)
    kind = "W" if kind == "weight" else "b"
    order = ORDINALS.get(word) if word else None
    depth = len(widths) - 1
    if qualifier == "output":
        layer = depth
    elif qualifier and qualifier.startswith(("first", "second")) and qualifier[-5:] in ("layer", "-layer"):
        layer = 1 if qualifier.startswith("first") else 2
    elif unit:   # "the second hidden unit's weight": into that unit of a single-input first layer
        if word or depth != 2 or widths[0] != 1 or ORDINALS[unit] > widths[1]:
            return None
        return kind, 1, ORDINALS[unit], 1
    elif qualifier == "hidden":
        if depth != 2:
            return None
        layer = 1
    elif order is None:
        return None
    elif len(_entries(widths, 1, kind)) > 1:   # "the second bias": the first layer's entries, counted
        if not output_named or depth != 2:
            return None
        layer = 1
    else:   # "the second weight" where every layer up to it has one: that layer's
        if order > depth or any(len(_entries(widths, layer, kind)) != 1 for layer in range(1, order + 1)):
            return None
        return kind, order, 1, 1
    if layer > depth:
        return None
    entries = _entries(widths, layer, kind)
    if kind == "W" and widths[layer] > 1 and widths[layer - 1] > 1:
        return None   # a matrix: which entry is "the second" depends on the reader
    if order is None:
        return (kind, layer, *entries[0]) if len(entries) == 1 else None
    return (kind, layer, *entries[order - 1]) if order <= len(entries) else None


def _latex(param, widths) -> str:
    from .. import notation

    kind, layer, i, j = param
    symbol = notation.weight(layer, i, j) if kind == "W" else notation.bias(layer, i)
    return parameter_names(symbol, widths)[0]


def _rewrite_line(line: str, widths, n_points: int, n_params: int, near: bool, output_named: bool,
                  listed: bool = False, points=(), gradient_before: bool = False) -> str:
    maths = list(_INLINE.finditer(line))
    if not maths:
        return line
    skeleton, last = [], 0
    for k, m in enumerate(maths):
        skeleton.append(line[last:m.start()] + f"@{k}@")
        last = m.end()
    skeleton.append(line[last:])
    sk = english("".join(skeleton))   # the words of the other languages in English (sentence_words)
    texts = [m.group(1) for m in maths]
    named: dict[int, str] = {}
    merged: dict[int, tuple[int, str]] = {}   # first math → (last math, one math for all of them)

    def put(k: int, prefix: str, value_only: bool = False) -> None:
        if k in named or _NAMED.search(texts[k]) or (value_only and not NUMBER.match(texts[k])):
            return
        named[k] = prefix

    f = output(sk, texts, widths[-1])   # "f", or "f_2" for "the derivative of the second output …"
    if near and f is not None:
        for pattern in _DERIVATIVE:
            for m in pattern.finditer(sk):
                param = parameter(m, 1, widths, output_named)
                if param is None or _PREPOSITION.search(sk, 0, m.start()):
                    continue
                name = _latex(param, widths)
                k = int(m.group(m.lastindex))
                if pattern is _DERIVATIVE[-1] and (not listed or _SETS.match(texts[k])):
                    continue   # "- first bias: $b_1 = 0$" lists the given values, not derivatives
                point = _AT_POINT.match(sk, m.end())   # "… is $1$ at the first point": its value there
                index = 0 if not point else ORDINALS[point.group(1)] if point.group(1) else \
                    math_point(texts[int(point.group(2))], points, valued=False)
                if point and 1 <= index <= n_points:
                    put(k, rf"\frac{{\partial {f}(x_{{{index}}})}}{{\partial {name}}} = ")
                elif not _ONE_POINT.match(sk, m.end()):   # at some other place: not the derivative everywhere
                    put(k, rf"\frac{{\partial {f}}}{{\partial {name}}} = ")
                    _values_after(sk, m.end(), name, n_points, put, f)
    if near and widths[-1] == 1:
        for m in _BY_NAME.finditer(sk):
            if _NAME.match(texts[int(m.group(1))]):
                put(int(m.group(2)), rf"\frac{{\partial f}}{{\partial {texts[int(m.group(1))].strip()}}} = ")
        for m in _FOR_NAME.finditer(sk):
            name = texts[int(m.group(1) or m.group(2))].strip()
            if _NAME.match(name) and not _NOT_PARAMETER.match(name) and not _PREPOSITION.search(sk, 0, m.start()):
                put(int(m.group(3)), rf"\frac{{\partial f}}{{\partial {name}}} = ")
        for m in _BOTH.finditer(sk):
            first, second = parameter(m, 1, widths, output_named), parameter(m, 5, widths, output_named)
            if first and second:
                put(int(m.group(9)), rf"\frac{{\partial f}}{{\partial {_latex(first, widths)}}} = "
                    rf"\frac{{\partial f}}{{\partial {_latex(second, widths)}}} = ")
        for m in _ITS.finditer(sk):
            if _NAME.match(texts[int(m.group(1))]):
                put(int(m.group(2)), rf"\frac{{\partial f}}{{\partial {texts[int(m.group(1))].strip()}}} = ")
        for m in _PLURAL.finditer(sk):
            if len(widths) == 3 and widths[2] == 1 and widths[1] == 2:
                for k, col in ((int(m.group(1)), 1), (int(m.group(2)), 2)):
                    put(k, rf"\frac{{\partial f}}{{\partial {_latex(('W', 2, 1, col), widths)}}} = ")
    for m in _TWICE.finditer(sk):   # "$1 - \tanh 1 \approx 0.2384$ and twice that is about $0.4768$"
        last = _LAST_NUMBER.search(texts[int(m.group(1))])
        if last:
            sign = r" \approx " if m.group(3) else " = "
            put(int(m.group(4)), _MULTIPLE[" ".join(m.group(2).split())] + last.group(1) + sign, value_only=True)
    for m in _ACTIVATION.finditer(sk):
        put(int(m.group(2)), _ACTIVATIONS[m.group(1).lower()] + "'(z) = ")
    activation_link_words(sk, texts, put)   # "we need $\tanh'(z)$, which is $1 - \tanh z$"
    general_gradient_words(sk, texts, n_params, widths[-1], put)   # "the gradient is $(W_{11}x, …, 1)$"
    if widths[-1] == 1:
        kernel_words(sk, texts, n_points, put)
        ordinal_results(sk, texts, n_points, put)   # "the second eigenvalue is about $26.70$"
        matrix_words(sk, texts, n_points, put, merged)
        gradient_words(sk, texts, n_points, n_params, put, near, widths[0], points, gradient_before)
    if not named and not merged:
        return line
    out, last, skip = [], 0, -1
    for k, m in enumerate(maths):
        if k <= skip:
            continue
        if k in merged:
            skip, whole = merged[k]
            out.append(line[last:m.start(1)] + whole)
            last = maths[skip].end(1)
            continue
        out.append(line[last:m.start(1)] + named.get(k, "") + m.group(1))
        last = m.end(1)
    return "".join(out) + line[last:]


def _values_after(sk: str, end: int, name: str, n_points: int, put, f: str = "f") -> None:
    """``which is $…$`` and the values at the datapoints said right after a derivative named in words."""
    again = None if _values_at(sk, end, n_points) else _AGAIN.match(sk, end)
    if again and _ONE_POINT.match(sk, again.end()):
        return   # "which is $2$ at the first point": a value at one datapoint, not the derivative everywhere
    if again:
        put(int(again.group(1)), rf"\frac{{\partial {f}}}{{\partial {name}}} = ")
        end = again.end()
    found = _values_at(sk, end, n_points)
    if found:
        for i in range(1, n_points + 1):
            put(int(found.group(i)), rf"\frac{{\partial {f}(x_{{{i}}})}}{{\partial {name}}} = ", value_only=True)


def _values_at(sk: str, end: int, n_points: int) -> re.Match | None:
    """The values at every datapoint in order said at ``end``: ``so $1$ at the first point and $2$ at the second``,
    ``so $3$ and $-3$``, ``which is $1$, $3$ and $5$``."""
    if n_points == 2:
        return _AT_TWO.match(sk, end) or _TWO.match(sk, end)
    return _THREE.match(sk, end) if n_points == 3 else None


def sentence_claims(text: str, problem) -> str:
    """``text`` with every result named in words (see the module doc) written into its math as ``name = …``."""
    widths = tuple(problem.widths)
    n_points = len(problem.points)
    n_params = sum(widths[i] * widths[i - 1] + widths[i] for i in range(1, len(widths)))
    if n_points < 1:
        return text
    lines = text.split("\n")
    output_named = output_weights_named(text)   # "output weights", "Ausgabegewichte", "úttaksvigtirnar"
    out = []
    for number, line in enumerate(lines):
        plain = plain_values(line) if "$" not in line else value_after_math(line)   # "… vigtarinnar er 1": as math
        if "$$" in line or ("$" not in line and plain is None):
            out.append(line)
            continue
        near = any(_NEAR.search(lines[n]) or DERIVATIVE_WORD.search(lines[n])
                   for n in range(max(0, number - 6), number + 1))
        intro = number   # a list item: the line that opens the list says what it lists
        while intro > 0 and _LIST.match(lines[intro]) and number - intro < 12:
            intro -= 1
        while intro > 0 and not lines[intro].strip():
            intro -= 1
        listed = bool(_NEAR.search(line) or _NEAR.search(lines[intro]))
        before = number - 1   # "At $x_1$ the gradient is $(…)$. / At $x_2$ it is $(…)$."
        while before > 0 and not lines[before].strip():
            before -= 1
        said = _rewrite_line(plain or line, widths, n_points, n_params, near, output_named, listed, problem.points,
                             before >= 0 and bool(_GRADIENT_SAID.search(lines[before])))
        out.append(line if plain is not None and said == plain else said)
    return "\n".join(point_gradients(out, problem))   # "at the second point …, giving $(…)$": ∇θ f(x_2)

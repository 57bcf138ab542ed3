"""A vector said after words naming a datapoint, in a sentence: the gradient at that point.

Learners who write prose name the datapoint first and give the gradient there as the result of the sentence:
``At the second datapoint the weight entries move to the second input, giving $(…)$``, ``At $x_2 = 2$ the weight
derivatives become $2$ and the bias derivatives stay $1$, giving $(…)$``, ``Í $x_1 = 1$ fæst $(…)$ og í $x_2$ fæst
$(…)$``, ``Im zweiten Punkt ergibt sich $(…)$``, ``At the first point the gradient over the six parameters is
$(…)$``. Such a vector is ∇θ f(x_i) when

* the words name one datapoint (:mod:`symntk.check.point_words`): ``at/for/í/bei/im/am/für`` with ``$x_i$`` (or
  ``$x_i = v$``, v the exercise's x_i), ``the first (data)point``, ``öðrum punktinum``, ``dem zweiten Punkt``;
* a result verb (``giving``, ``leaving``, ``gives``, ``we get``, ``fæst``, ``ergibt (sich)``, ``erhält man``) or
  a colon right after the datapoint (``Stigull í $x_1$: $(…)$; í $x_2$: $(…)$``) puts the vector after them, or
  a verb ``is``/``er``/``ist``/``verður`` does with a gradient word between (``gradient``, ``stigullinn``);
* nothing between names another datapoint or another vector, and the sentence speaks of no kernel, eigenvalue
  or row and negates nothing;
* it has as many entries as θ, a length no other quantity of the exercise has (a layer's width, the number of
  datapoints); or, with a gradient word in the sentence or a gradient of that length named on one of the three
  lines before or earlier on the line (``… leaving $(3, 0, 1, 0, 3, 0)$`` after ``the gradient … is
  $(1, 2, 1, 2, 1, 1)$``), one entry or two fewer, or one more (the learner's own θ, a parameter left out).

The vector may come first, in a line that says it lists gradients or vectors: ``the gradient vectors are $(…)$ at
$x_1$ and $(…)$ at $x_2$``, ``Stakka vektorar fyrir úttak 1: $(…)$ í $x_1$`` (θ's length or near it). For a
network of several outputs the line must name one of them (``for output 1``, ``fyrir úttak 2``, ``für Ausgabe 1``,
``$f_2$``): the vector is ∇θ f_o(x_i); a line naming none is left alone.

The hidden units' values said at a datapoint (:mod:`symntk.check.unit_words`) are named in the same pass. The
rules run after :mod:`symntk.check.sentences` rewrote the line; a math it already named stays as it is. Every
pattern is bounded and without nested repetition, on one line; in the skeleton a vector of numbers is ``#k#``
and any other math ``@k@``, so that the words between a datapoint and its vector hold no vector.
"""

from __future__ import annotations

import re

from .named_tuples import forward_names
from .point_words import GRADIENT_WORD, POINT, POINT_MATH, PREP, VECTOR_MATH, point_index
from .unit_words import unit_values

_INLINE = re.compile(r"(?<![$\\])\$([^$\n]{1,400})\$(?!\$)")
_RESULT = (r"(?:giving|gives|give|leaving|leaves|yielding|yields|we\sget|I\sget|one\sgets|you\sget|fæst|fáum\svið|"
           r"fæ\ség|fær\smaður|ergibt\ssich(?:\szu|\sals)?|ergibt|erhält\sman|erhalten\swir|bekommt\sman|"
           r"bekommen\swir|bekomme\sich)")
_IS = r"(?:is|becomes|comes\sout\s(?:as|to)|er|verður|ist|wird|lautet)"
_SAID = re.compile(PREP + POINT + r"(?:,?(\s[^.;!?#]{0,240}?)??\s(?:(" + _RESULT + r")|" + _IS + r")(?::|\s(?:that|"
                   r"að|dass))?\s(?:the\s(?:vector\s)?|vektorinn\s|der\sVektor\s)?|(:)\s)#(\d{1,4})#"
                   r"(?![\w@#]|\s?[-+*/=^_])")
# the vector first: "Stakka vektorar fyrir úttak 1: $(…)$ í $x_1$ og $(…)$ í $x_2$" (groups: vector, point 2-5)
_AFTER = re.compile(r"#(\d{1,4})#\s" + PREP + POINT + r"(?![\w@#]|\s?[-+*/=^_])")
_GRADIENT = re.compile(GRADIENT_WORD + r"|∇|\\nabla", re.I)
_VECTORS = re.compile(GRADIENT_WORD + r"|vector|vektor", re.I)   # the vector first: a line that says it lists vectors
# the one output of several a line speaks of: "for output 1", "fyrir úttak 2", "für Ausgabe 1" (or "$f_2$")
_OUTPUT = re.compile(r"(?<![\w])(?:output|úttak\w{0,3}|Ausgabe|Ausgang\w{0,2})\s(\d)(?![\w.,]\d)", re.I)
_OUTPUT_MATH = re.compile(r"^\s?f_\{?(\d)\}?\s?$")
_OTHER = re.compile(r"kernel|eigen|Kern|kjarn|eigingild|trace|determinant|\bspor|(?<![\w])(?:row|Zeile|röð|línu)"
                    r"(?![\w])|(?<![\w])(?:not|nicht|kein\w{0,2}|ekki)(?![\w])", re.I)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_NAMED_GRADIENT = re.compile(r"\\nabla_\\theta f(?:_\{?\d\}?)?\(x_\{\d\}\) = \\?[(\[]([-−\d.,\s]{1,200})\\?[)\]]")
_HEADING = re.compile(r"^\s{0,3}#")


def _entries(text: str) -> int:
    return text.count(",") + 1 if VECTOR_MATH.match(text) else 0


def _output(sk: str, texts: list[str], n_out: int) -> str | None:
    """``f`` for a network of one output; ``f_o`` when the line names output o alone of several; else None."""
    if n_out == 1:
        return "f"
    named = {int(m.group(1)) for m in _OUTPUT.finditer(sk)}
    named |= {int(m.group(1)) for m in map(_OUTPUT_MATH.match, texts) if m}
    return f"f_{named.pop()}" if len(named) == 1 and 1 <= min(named) <= n_out else None


def point_gradients(lines: list[str], problem) -> list[str]:
    """``lines`` with every vector said at a datapoint (see the module doc) written as ``∇θ f(x_i) = …`` (or
    ``∇θ f_o(x_i)``), and the hidden units' values said at one named."""
    widths = tuple(problem.widths)
    if not problem.points:
        return lines
    others = {*widths, len(problem.points)}   # the lengths of other vectors of the exercise
    out, recent = [], []   # recent: the lengths of the gradients named on the lines before
    for line in lines:
        if _HEADING.match(line):
            recent = []
        said = _read(line, problem.points, widths, others, recent) if "$" in line and "$$" not in line else line
        out.append(said)
        recent = (recent + [[len(m.group(1).split(",")) for m in _NAMED_GRADIENT.finditer(said)]])[-3:]
    return out


def _read(line: str, points, widths: tuple, others: set, recent: list) -> str:
    maths = list(_INLINE.finditer(line))
    if not maths:
        return line
    texts = [m.group(1) for m in maths]
    sk, last = [], 0
    for k, m in enumerate(maths):
        mark = "#" if VECTOR_MATH.match(m.group(1)) else "@"   # a vector of numbers: #k#, any other math: @k@
        sk.append(line[last:m.start()] + f"{mark}{k}{mark}")
        last = m.end()
    sk.append(line[last:])
    skeleton = "".join(sk)
    before = {length for lengths in recent for length in lengths}
    n_params = sum(widths[i] * widths[i - 1] + widths[i] for i in range(1, len(widths)))
    prefixes = unit_values(skeleton, texts, points, widths)   # "the pre-activations are $1$ and $2$" at a point
    named: dict[int, int] = {}
    f = _output(skeleton, texts, widths[-1])
    for m in _SAID.finditer(skeleton) if f else ():
        k, i = int(m.group(8)), point_index(texts, m, points)
        mid = m.group(5) or ""
        start = max((e.end() for e in _SENTENCE_END.finditer(skeleton, 0, m.start())), default=0)
        end = _SENTENCE_END.search(skeleton, m.end())
        sentence = skeleton[start:end.start() if end else len(skeleton)]
        between = [texts[int(j)] for j in re.findall(r"@(\d{1,4})@", mid)]
        if not i or k in named or texts[k].lstrip().startswith("\\nabla") or _OTHER.search(sentence) or \
                any(POINT_MATH.match(t) for t in between) or k and forward_names(texts[k - 1]):
            continue   # "for $(z, h, f, f')$ we get $(…)$": those quantities, not ∇f
        if m.group(6) is None and m.group(7) is None and not _GRADIENT.search(mid):   # "is": a gradient its subject
            continue
        entries = _entries(texts[k])
        if entries in others:
            continue
        near = _GRADIENT.search(sentence) or entries in before or entries in {_entries(texts[j]) for j in named}
        if entries == n_params or near and n_params - 2 <= entries <= n_params + 1:
            named[k] = i
    for m in _AFTER.finditer(skeleton) if f and _VECTORS.search(skeleton) else ():   # "$(…)$ í $x_1$"
        k, i = int(m.group(1)), point_index(texts, m, points, 2)
        start = max((e.end() for e in _SENTENCE_END.finditer(skeleton, 0, m.start())), default=0)
        end = _SENTENCE_END.search(skeleton, m.end())
        entries = _entries(texts[k])
        if not i or k in named or entries in others or _OTHER.search(skeleton[start:end.start() if end else None]):
            continue
        if n_params - 2 <= entries <= n_params + 1:
            named[k] = i
    prefixes.update({k: rf"\nabla_\theta {f}(x_{{{i}}}) = " for k, i in named.items()})
    if not prefixes:
        return line
    out, last = [], 0
    for k, m in enumerate(maths):
        out.append(line[last:m.start(1)] + prefixes.get(k, "") + m.group(1))
        last = m.end(1)
    return "".join(out) + line[last:]

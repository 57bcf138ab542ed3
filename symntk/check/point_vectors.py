"""A vector said after words naming a datapoint, in a sentence: the gradient at that point.

Learners who write prose name the datapoint first and give the gradient there as the result of the sentence:
``At the second datapoint the weight entries move to the second input, giving $(…)$``, ``At $x_2 = 2$ the weight
derivatives become $2$ and the bias derivatives stay $1$, giving $(…)$``, ``Í $x_1 = 1$ fæst $(…)$ og í $x_2$ fæst
$(…)$``, ``Im zweiten Punkt ergibt sich $(…)$``, ``At the first point the gradient over the six parameters is
$(…)$``. Such a vector is ∇θ f(x_i) when

* the words name one datapoint: ``at/for/í/bei/im/am/für`` with ``$x_i$`` (or ``$x_i = v$``, v the exercise's x_i),
  ``the first (data)point``, ``fyrsta/öðrum/seinni punktinum``, ``dem zweiten (Daten)punkt``;
* a result verb (``giving``, ``leaving``, ``gives``, ``we get``, ``fæst``, ``ergibt (sich)``, ``erhält man``) puts
  the vector right after them, or a verb ``is``/``er``/``ist``/``verður`` does with a gradient word between
  (``gradient``, ``stigullinn``, ``Gradient``);
* nothing between names another datapoint or another vector, and the sentence speaks of no kernel, eigenvalue or
  row;
* it has as many entries as θ, a length no other quantity of the exercise has (a layer's width, the number of
  datapoints); or, with a gradient word in the sentence or a gradient of that length named on one of the three
  lines before (``… leaving $(3, 0, 1, 0, 3, 0)$`` after ``the gradient … is $(1, 2, 1, 2, 1, 1)$``), one entry or
  two fewer, or one more (the learner's own θ, a parameter left out).

The rules run after :mod:`symntk.check.sentences` rewrote the line; a math it already named stays as it is. Every
pattern is bounded and without nested repetition, on one line; in the skeleton a vector of numbers is ``#k#``
and any other math ``@k@``, so that the words between a datapoint and its vector hold no vector.
"""

from __future__ import annotations

import re

import sympy

_INLINE = re.compile(r"(?<![$\\])\$([^$\n]{1,400})\$(?!\$)")
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fyrsta": 1, "öðrum": 2, "þriðja": 3, "fjórða": 4,
             "ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}
_OF_TWO = {"fyrri": 1, "seinni": 2, "síðari": 2, "last": 0, "síðasta": 0, "letzten": 0}   # 0: the last one
_PREP = r"(?<![\w])(?:[Aa]t|[Ff]or|[Íí]|[Bb]ei|[Bb]eim|[Ii]m|[Aa]m|[Ff]ür)\s"
_POINT = (r"(?:@(\d{1,4})@"
          r"|(?:the\s)?(first|second|third|fourth|1st|2nd|3rd|4th|last)\s(?:data\s?)?point"
          r"|(fyrsta|öðrum|þriðja|fjórða|fyrri|seinni|síðari|síðasta)\s(?:gagna)?punkti(?:num)?"
          r"|(?:dem\s|den\s)?(ersten|zweiten|dritten|vierten|letzten)\s(?:Daten)?[Pp]unkte?)(?![\w@])")
_RESULT = (r"(?:giving|gives|give|leaving|leaves|yielding|yields|we\sget|I\sget|one\sgets|you\sget|fæst|fáum\svið|"
           r"fæ\ség|fær\smaður|ergibt\ssich(?:\szu|\sals)?|ergibt|erhält\sman|erhalten\swir|bekommt\sman|"
           r"bekommen\swir|bekomme\sich)")
_IS = r"(?:is|becomes|comes\sout\s(?:as|to)|er|verður|ist|wird|lautet)"
_SAID = re.compile(_PREP + _POINT + r",?(\s[^.;!?#]{0,240}?)??\s(?:(" + _RESULT + r")|" + _IS + r")(?::|\s(?:that|að|"
                   r"dass))?\s(?:the\s(?:vector\s)?|vektorinn\s|der\sVektor\s)?#(\d{1,4})#(?![\w@#]|\s?[-+*/=^_])")
_GRADIENT = re.compile(r"gradient|stigul|∇|\\nabla", re.I)
_OTHER = re.compile(r"kernel|eigen|Kern|kjarn|eigingild|trace|determinant|\bspor|(?<![\w])(?:row|Zeile|röð|línu)"
                    r"(?![\w])|(?<![\w])(?:not|nicht|kein\w{0,2}|ekki)(?![\w])", re.I)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_VECTOR = re.compile(r"^\s?\\?[(\[]\s?[-−\d.,\s]{1,200}\\?[)\]]\s?$")
_POINT_MATH = re.compile(r"^\s?x_\{?([1-9])\}?\s?(?:=\s?([-−]?\d{1,6}(?:[.,]\d{1,8})?)\s?)?$")
_NAMED_GRADIENT = re.compile(r"\\nabla_\\theta f\(x_\{\d\}\) = \\?[(\[]([-−\d.,\s]{1,200})\\?[)\]]")
_HEADING = re.compile(r"^\s{0,3}#")


def _point(texts: list[str], m: re.Match, points) -> int:
    """The datapoint the words of ``m`` name (1-based), 0 when none of the exercise's with certainty."""
    n = len(points)
    if m.group(1) is not None:
        found = _POINT_MATH.match(texts[int(m.group(1))])
        if not found or int(found.group(1)) > n:
            return 0
        i = int(found.group(1))
        if found.group(2) is None:
            return i
        if len(points[i - 1]) != 1:
            return 0
        value = sympy.Rational(found.group(2).replace("−", "-").replace(",", "."))
        return i if sympy.simplify(value - points[i - 1][0]) == 0 else 0
    word = m.group(2) or m.group(3) or m.group(4)
    if word in _OF_TWO:
        index = _OF_TWO[word] or n
        return index if (_OF_TWO[word] == 0 or n == 2) else 0
    index = _ORDINALS.get(word, 0)
    return index if index <= n else 0


def _entries(text: str) -> int:
    return text.count(",") + 1 if _VECTOR.match(text) else 0


def point_gradients(lines: list[str], problem) -> list[str]:
    """``lines`` with every vector said at a datapoint (see the module doc) written as ``∇θ f(x_i) = …``."""
    widths = tuple(problem.widths)
    if widths[-1] != 1 or not problem.points:
        return lines
    n_params = sum(widths[i] * widths[i - 1] + widths[i] for i in range(1, len(widths)))
    others = {*widths, len(problem.points)}   # the lengths of other vectors of the exercise
    out, recent = [], []   # recent: the lengths of the gradients named on the lines before
    for line in lines:
        if _HEADING.match(line):
            recent = []
        said = _read(line, problem.points, n_params, others, recent) if "$" in line and "$$" not in line else line
        out.append(said)
        recent = (recent + [[len(m.group(1).split(",")) for m in _NAMED_GRADIENT.finditer(said)]])[-3:]
    return out


def _read(line: str, points, n_params: int, others: set, recent: list) -> str:
    maths = list(_INLINE.finditer(line))
    if not maths:
        return line
    texts = [m.group(1) for m in maths]
    sk, last = [], 0
    for k, m in enumerate(maths):
        mark = "#" if _VECTOR.match(m.group(1)) else "@"   # a vector of numbers: #k#, any other math: @k@
        sk.append(line[last:m.start()] + f"{mark}{k}{mark}")
        last = m.end()
    sk.append(line[last:])
    skeleton = "".join(sk)
    before = {length for lengths in recent for length in lengths}
    named: dict[int, int] = {}
    for m in _SAID.finditer(skeleton):
        k, i = int(m.group(7)), _point(texts, m, points)
        mid = m.group(5) or ""
        start = max((e.end() for e in _SENTENCE_END.finditer(skeleton, 0, m.start())), default=0)
        end = _SENTENCE_END.search(skeleton, m.end())
        sentence = skeleton[start:end.start() if end else len(skeleton)]
        between = [texts[int(j)] for j in re.findall(r"@(\d{1,4})@", mid)]
        if not i or k in named or texts[k].lstrip().startswith("\\nabla") or _OTHER.search(sentence) or \
                any(_POINT_MATH.match(t) for t in between):
            continue
        if m.group(6) is None and not _GRADIENT.search(mid):   # "is": only with a gradient word as its subject
            continue
        entries = _entries(texts[k])
        if entries in others:
            continue
        near = _GRADIENT.search(sentence) or entries in before
        if entries == n_params or near and n_params - 2 <= entries <= n_params + 1:
            named[k] = i
    if not named:
        return line
    out, last = [], 0
    for k, m in enumerate(maths):
        prefix = rf"\nabla_\theta f(x_{{{named[k]}}}) = " if k in named else ""
        out.append(line[last:m.start(1)] + prefix + m.group(1))
        last = m.end(1)
    return "".join(out) + line[last:]

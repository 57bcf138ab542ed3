"""A datapoint label before a result on the same line: ``x_1 = 1 => (1, 0, 1)``, ``x=2: (…)``, ``x_1: z = (1, 1)``.

Terse notes copied from a whiteboard head a result with its datapoint and an arrow or a colon, often several
on one line (``x=1: (1,1,2) ; x=2: (2,1,3)``):

* a label ``x_i``, ``x = v`` or ``x_i = v`` followed by ``:``, ``=>``, ``⇒``, ``->``, ``→`` or ``\\to`` and a bare
  vector of two or more entries is the gradient at that datapoint, ``∇_θ f(x_i) = (…)`` (at the value v when
  no index is written; :mod:`symntk.check.at_value` finds its datapoint), of the output f_k when the last
  derivative written before it is of f_k;
* a plain-text segment ``x_i = v : z = (1, 1)`` is the label, then the claim after the colon.

The segments the plain-text reader made of the same words (``x=1`` and ``(1,1,2)`` apart) are dropped.
Regular expressions without nested repetition, on one line at a time.
"""

from __future__ import annotations

import re

from .source import Segment

_NUMBER = r"[-−]?\d{1,6}(?:\.\d{1,6})?"
_LABEL = (r"(?<![\w\\{])x(?:_?\{?([1-9]\d?)\}?)?(?:\s?=\s?(" + _NUMBER + r"))?")
_ARROW = r"\s?(?:\*\*|__)?\s?(?::|=>|⇒|->|→|\\to(?![A-Za-z])|\\Rightarrow(?![A-Za-z]))\s?"
_VECTOR = re.compile(_LABEL + _ARROW + r"(\\?[(\[][^()\[\]=$\n\\]{1,400}\\?[)\]](?:\^\{?T\}?)?)")
_CLAIM_AFTER = re.compile(r"^\s?(" + _LABEL + r")\s?:\s?(\S[^:=]{0,400}=.{1,400})$")
_INLINE_MATH = re.compile(r"\$[^$\n]{0,2000}\$")
_OUTPUT = re.compile(r"(?:∇|\\nabla|∂|\\partial|(?<![A-Za-z])grad|gradient|stigull)\s?(?:_\{?\\?(?:theta|θ)\}?)?\s?"
                     r"f_\{?([1-9])")


def _squeezed(text: str) -> str:
    return re.sub(r"\s", "", text).replace("⇒", "=>").replace("\\Rightarrow", "=>")


def labelled_results(text: str, found: list[Segment]) -> list[Segment]:
    """``found`` (sorted by line) with every labelled vector of ``text`` as a gradient segment in place of the
    plain-text segments made of its words, and ``x_i = v : claim`` segments cut into the label and the claim."""
    lines = text.split("\n")
    made: dict[int, list[str]] = {}
    region: dict[int, str] = {}
    first_start: dict[int, int] = {}
    for number, line in enumerate(lines, start=1):
        if "x" not in line:
            continue
        prose = _INLINE_MATH.sub(lambda m: " " * len(m.group(0)), line)
        for m in _VECTOR.finditer(prose):
            index, value, vector = m.group(1), m.group(2), m.group(3)
            if index is None and value is None or vector.count(",") + vector.count(" ") < 1:
                continue
            if any(s.line == number and ("nabla" in s.text or "∇" in s.text) and _squeezed(vector) in _squeezed(s.text)
                   for s in found):
                continue   # read already (x_1: [2, 0, 1] after grad f_2 = …)
            at = f"x_{{{index}}}" if index else value.replace("−", "-")
            made.setdefault(number, []).append(f"\0({at}) = {vector}")
            first = first_start.setdefault(number, m.start())
            region[number] = prose[first:m.end()]   # from the first labelled vector of the line to the last
    out: list[Segment] = []
    for seg in found:
        span = region.get(seg.line)
        if span and seg.soft and not seg.display and _squeezed(seg.text) in _squeezed(span):
            continue
        cut = _CLAIM_AFTER.match(seg.text) if seg.soft and not seg.display else None
        if cut is not None:
            out.append(Segment(seg.line, cut.group(1), False, soft=True))
            out.append(Segment(seg.line, cut.group(4), False, soft=True))
        else:
            out.append(seg)
    return _placed(out, made, lines)


def _placed(out: list[Segment], made: dict, lines: list[str]) -> list[Segment]:
    """The gradient segments put after the other segments of their line, each of the output the last derivative
    written before its line names."""
    result: list[Segment] = []
    pending = dict(made)
    for seg in out:
        for number in [n for n in pending if n < seg.line]:
            result.extend(_gradients(number, pending.pop(number), lines))
        result.append(seg)
    for number in sorted(pending):
        result.extend(_gradients(number, pending[number], lines))
    return result


def _gradients(number: int, templates: list[str], lines: list[str]) -> list[Segment]:
    outputs = [m.group(1) for line in lines[max(0, number - 40):number] for m in _OUTPUT.finditer(line)]
    name = f"\\nabla_\\theta f_{outputs[-1]}" if outputs else "\\nabla_\\theta f"
    return [Segment(number, template.replace("\0", name), False, soft=True) for template in templates]

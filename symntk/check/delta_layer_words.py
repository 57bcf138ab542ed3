"""A bare δ whose layer the line says in words (``Output layer: $\\delta = 1$``, ``the hidden error $\\delta = (1,
2)^T$``): the δ of that layer, ``\\delta^{[L]}`` or ``\\delta^{[1]}``.

In backprop notes a learner often writes δ without a layer and says in words which error it is. On a line whose
prose says the output layer (output error, output delta, úttakslag, Ausgabeschicht, capa de salida, 出力層) or the
hidden layer (hidden error, falið lag, verborgene Schicht, capa oculta, 隠れ層) before inline math with a bare δ,
that δ is the layer's: the output's is layer L, the largest layer index written in the notes (W^{[l]}, b^{[l]},
W^{(l)}); the hidden one is layer 1, and only when L = 2 (with two hidden layers "the hidden layer" names none).
The words since the math before decide, and hold for later math on the line (``the output error is $δ = 1$ and the
hidden error $δ = (1, 2)^T$``); words that are negated or name both layers at once give no layer. Every pattern is
bounded: linear.
"""

from __future__ import annotations

import re

_OUTPUT = (r"output\s{1,3}(?:layer|error|delta|unit|node)|at\s{1,3}the\s{1,3}output|úttakslag\w{0,4}|"
           r"úttaks(?:villa|skekkja)\w{0,2}|Ausgabe(?:schicht|fehler|neuron)\w{0,2}|capa\s{1,3}de\s{1,3}salida|"
           r"couche\s{1,3}de\s{1,3}sortie|出力層|出力の誤差")
_HIDDEN = (r"hidden\s{1,3}(?:layer|error|delta|units?|nodes?)|fal(?:ið|da|ins)\s{1,3}lag\w{0,3}|"
           r"(?:verborgene|versteckte)\w{0,2}\s{1,3}Schicht|capa\s{1,3}oculta|couche\s{1,3}cachée|隠れ層|中間層")
_WORDS = re.compile(rf"(?P<out>{_OUTPUT})|(?P<hid>{_HIDDEN})", re.I)
_NOT = re.compile(r"(?<![\w])(?:not|nicht|ekki|no|pas)(?![\w])", re.I)
_MATH = re.compile(r"\$([^$\n]{1,400})\$")
_BARE = re.compile(r"(\\delta|δ)(?![A-Za-z])(?!\s{0,2}[\^_'])")
_LAYER = re.compile(r"(?<![A-Za-z\\])[Wb]\s{0,2}\^\s{0,2}\{?\s{0,2}[\[(]\s{0,2}(\d)\s{0,2}[\])]")


def _depth(text: str) -> int | None:
    """The largest layer index written on a weight or bias in the notes (None when none is)."""
    layers = [int(m.group(1)) for m in _LAYER.finditer(text[:200_000])]
    return max(layers) if layers else None


def _line(line: str, depth: int) -> str:
    out, last, kind = [], 0, None
    for m in _MATH.finditer(line):
        words = list(_WORDS.finditer(line, last, m.start()))
        if words:   # the words since the math before: they name the layer from here on (both, or negated: none)
            kinds = {"out" if w.group("out") else "hid" for w in words}
            kind = kinds.pop() if len(kinds) == 1 and not _NOT.search(line, last, m.start()) else None
        layer = None if kind is None else depth if kind == "out" else 1 if depth == 2 else None
        body = m.group(1) if layer is None else _BARE.sub(lambda d, n=layer: f"\\delta^{{[{n}]}}", m.group(1), count=1)
        out.append(line[last:m.start()] + "$" + body + "$")
        last = m.end()
    return "".join(out) + line[last:]


def delta_layer_words(text: str) -> str:
    """``text`` with each bare δ that its line's words give a layer written as that layer's δ (see the module doc)."""
    if "delta" not in text and "δ" not in text:
        return text
    depth = _depth(text)
    if depth is None or depth < 2:
        return text
    return "\n".join(_line(line, depth) if ("delta" in line or "δ" in line) and _WORDS.search(line) else line
                     for line in text.split("\n"))

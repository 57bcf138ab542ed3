"""One output's gradients listed after its name, one per datapoint in order: ``- $f_1$: $(1, 1, 2, 0, 1, 0)$ og
$(2, 1, 3, 0, 1, 0)$``, ``Output 2: $(…)$, $(…)$``, ``**$y_2$:** $(…)$ and $(…)$``.

A learner who works each output of f on its own lists, under a line that puts in the datapoints, each output's
gradient vectors after its name and a colon. The line is the output's name (``$f_o$``, ``$y_o$``, ``$\\nabla f_o$``,
or a word for output with its number), a colon, then only bare vectors in math joined by commas or ``and`` (in
several languages); with two or more of them, the k-th is ∇θ f_o(x_k). One vector alone is not read so (at which
datapoint it is, the line does not say). Bounded regular expressions without nested repetition, one line at a time.
"""

from __future__ import annotations

import re

_OUTPUT_WORDS = r"output|úttak|Ausgang|Ausgabe|Komponente|sortie|salida|saída|uscita|utgång|udgang|utgang"
_LABEL = re.compile(
    r"^\s{0,8}(?:[-*+]\s{1,3}|\d{1,2}[.)]\s{1,3})?(?:\*\*|__)?\s{0,2}"
    r"(?:\$\s{0,2}(?:\\nabla(?:_\{?\\theta\}?|_\{?\\boldsymbol\{?\\theta\}?\}?)?\s{0,2})?([fy])_\{?([1-9])\}?\s{0,2}\$|"
    r"(?:" + _OUTPUT_WORDS + r")\s{1,3}\$?([1-9])\$?)"
    r"\s{0,2}(?:\*\*|__)?\s{0,2}:\s{0,2}(?:\*\*|__)?\s{0,2}", re.I)
_VECTOR = r"\$\s{0,2}[(\[][-−+\d.,\s/{}\\a-z]{1,200}[)\]]\s{0,2}(?:\^\s{0,2}\{?\s{0,2}(?:T|\\top)\s{0,2}\}?\s{0,2})?\$"
_JOIN = r"\s{0,3}(?:,|;|and|og|und|et|y|e|och|en|i|ja)?\s{0,3}"
_ONLY_VECTORS = re.compile(r"(?:" + _VECTOR + _JOIN + r"){1,9}[\s.,;]{0,3}$", re.I)
_IN_MATH_VECTOR = re.compile(r"^\s*[(\[][^=<>$]{1,200}[)\]]\s*(?:\^\s*\{?\s*(?:T|\\top)\s*\}?)?\s*$")


def output_listed(text: str, at: int, body: str) -> str | None:
    """``∇_θ f_o(x_k) = body`` for the k-th bare vector of a line that lists output o's gradients (see the module
    doc); None for any other math."""
    if len(body) > 400 or not _IN_MATH_VECTOR.match(body) or "," not in body:
        return None
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    label = _LABEL.match(line)
    if label is None or at - start < label.end():
        return None
    rest = line[label.end():]
    if not _ONLY_VECTORS.match(rest) or len(re.findall(_VECTOR, rest)) < 2:
        return None
    place = line.count("$", label.end(), at - start) // 2 + 1
    output = label.group(2) or label.group(3)
    return f"\\nabla_\\theta f_{{{output}}}(x_{{{place}}}) = {body}"

"""The gradient written out in general (as a formula in x) and named in a sentence before its inline math: ``the
gradient is $(W^{[2]}_{11}x, …, 1)$``, ``the gradient of $f_1$ is $(…)$``, ``stigull $f_2$ er $(…)$``, ``Afleiður af
$f_2$: $(…)$``, ``Die Ableitungen sind allgemein $(…)$`` (other languages first written in English by
:mod:`symntk.check.sentence_words`): the rule :mod:`symntk.check.sentences` applies to a line's skeleton (its inline
math as ``@k@``), naming the math ∇θ f (or ∇θ f_o) when it is one bracket of P entries with a name or x in it.

A vector of numbers named so is left alone (at which datapoint it is, the sentence does not say), and so is one
said at a point (``the gradient is $(…)$ at $x_1$``). Regular expressions without nested repetition."""

from __future__ import annotations

import re

from .ordinal_results import M

_GENERAL = re.compile(r"(?<![\w-])(?:[Gg]radient|[Dd]erivatives)(?:\s(?:of\s)?@(\d{1,4})@)?(?:\s(?:is|are)|:)\s"
                      r"(?:(?:in\sgeneral|generally|then)\s)?" + M + r"(?!\s(?:at|in|for|when)\s)")
_OUTPUT = re.compile(r"^\s?(?:f|y)(?:_\{?([1-9])\}?)?\s?$")
_OPEN, _CLOSE = "([", ")]"


def bracket_entries(text: str) -> tuple[list[str], str] | None:
    """The entries of the bracket ``text`` opens with, split at its top-level commas (unstripped), and the text
    after its close; None when it never closes."""
    depth, start, out = 0, 1, []
    for n, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                return out + [text[start:n]], text[n + 1:]
        elif ch == "," and depth == 1:
            out.append(text[start:n])
            start = n + 1
    return None


def _entries(text: str) -> list[str] | None:
    """The entries of the one bracket the math opens with (``(a, b)`` or ``[a, b]``, ``\\left(``/``\\right)``
    taken off, also followed by ``= …`` or a transpose), or None."""
    text = text.replace("\\left", "").replace("\\right", "").replace("\\,", " ").replace("\\ ", " ").strip()
    split = bracket_entries(text) if text and text[0] in _OPEN else None
    if split is None or split[1].strip() and not re.match(r"^(?:\^\{?(?:T|\\top)\}?\s?)?(?:=|$)", split[1].strip()):
        return None
    return [e.strip() for e in split[0]]


def general_gradient_words(sk: str, texts: list[str], n_params: int, n_out: int, put) -> None:
    """∇θ f (∇θ f_o) written in general and named in a sentence (see the module doc)."""
    for m in _GENERAL.finditer(sk):
        output = None
        if m.group(1) is not None:
            named = _OUTPUT.match(texts[int(m.group(1))])
            if not named:
                continue
            output = int(named.group(1)) if named.group(1) else None
        if output is None and n_out > 1 or output is not None and not 1 <= output <= n_out:
            continue
        entries = _entries(texts[int(m.group(2))])
        if entries is None or len(entries) != n_params or not any(re.search(r"[A-Za-z]", e) for e in entries) \
                or not all(entries):
            continue
        f = "f" if output is None or n_out == 1 else f"f_{output}"
        put(int(m.group(2)), rf"\nabla_\theta {f} = ")

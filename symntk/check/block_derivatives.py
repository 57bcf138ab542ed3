"""A derivative with respect to a whole layer's weights or bias typed with code-like names (``df/dW1 = W2'*x``,
``dfdb1 = W2'``, ``df_dW2 = (W1 x + b1)^T``), read as ``∂f/∂W^{[1]} = (W^{[2]})^T x``: a claim about that block
of ∇θ f.

Only in notes that give the layer's weights whole (``W1 = [1; 1]``, :func:`symntk.check.glued_layers.whole_layers`),
where ``W1`` is the matrix and not one weight of the learner's own. The derivative's head may be written
``df/dW1``, ``dfdW1``, ``df_dW1``, ``∂f/∂W1`` or ``d f / d W1``; a datapoint in its name (``dfdW2_x1``,
``df/dW2 at x1`` is not read) puts the derivative at that point: ``∂f(x_1)/∂W^{[2]}``. On the right of such a
head, the whole layers' names are the sheet's (``W2`` → ``W^{[2]}``, ``b1`` → ``b^{[1]}``) and MATLAB's ``'``
after a name or bracket is the transpose. An entry (``W1_2``, ``W1(2)``, ``dW1_11``) keeps its reading; MATLAB's
entry with an index letter (``df/dW1(i) = W2(i)*x``, ``h(i)``) is written ``W1_i``, the formula for every index.
Names the notes list as θ's single entries (``θ = (w11, w21, b1, b2, …)``: b1 is one bias) or in a bracket of
plain names (``b1 = [b1, b2]ᵀ``: the learner's b1 is one entry) are no layers. Every
pattern is linear and anchored on the head; sizes are bounded.
"""

from __future__ import annotations

import re

MAX_STATEMENT = 2000
_D = r"(?:d|∂|\\partial\s{0,2})"
# df/dW1, dfdW1, df_dW1, ∂f/∂W1, d f / d W1, dfdW2_x1 (at the datapoint x_1)
_HEAD = re.compile(rf"(?<![A-Za-z\\]){_D}\s{{0,2}}f\s{{0,2}}(?:/|_)?\s{{0,2}}{_D}\s{{0,2}}([Wb])([1-9])"
                   r"(?:_\{?x_?\{?([1-9])\}?\}?)?(?![A-Za-z0-9_({\[^'])(?=\s{0,40}(?:=|:=|<-))")
_NAME = re.compile(r"(?<![A-Za-z\\_^{0-9])([Wb])([1-9])(\^T|ᵀ)?(?![A-Za-z0-9_^({\[])")
# W1(i), b1(j), h(i): MATLAB's entry with an index letter, the entry for every index (W1_i)
_ENTRY = re.compile(r"(?:(?<![A-Za-z\\{0-9.'])|(?<=(?<![A-Za-z])d))([Wb])([1-9])\(\s{0,2}([ijk])\s{0,2}\)"
                    r"|(?<![A-Za-z\\{0-9.'])([hz])\(\s{0,2}([ijk])\s{0,2}\)")
# θ = (w11, w21, b1, b2, …): names the learner lists as θ's entries are single parameters, not whole layers
_THETA = re.compile(r"(?<![A-Za-z])(?:theta|θ|\\theta)\s{0,2}=\s{0,2}[\[(]([^\[\]()=]{1,400})[\])]")
# b1 = [b1, b2]ᵀ, W2 = [v1, v2]: a bracket of plain names lists single entries (the learner's own names)
_NAMES = re.compile(r"[\[(]\s{0,2}([A-Za-z]\w{0,5}(?:\s{0,2}[,;]\s{0,2}[A-Za-z]\w{0,5}){1,30})\s{0,2}[\])]")
_LISTED = re.compile(r"(?<![A-Za-z0-9_])([Wb][1-9])(?![A-Za-z0-9_({\[])")
_PRIME = re.compile(r"(?<=[A-Za-z0-9}\])])'")


def theta_entries(text: str) -> set[str]:
    """The names like ``b1`` that the notes list as single entries of θ (``θ = (w11, w21, b1, b2, v1, v2, c)``) or
    in a bracket of plain names (``b1 = [b1, b2]ᵀ``): there ``df/db1`` is the derivative by one parameter, not by a
    layer's whole bias."""
    text = text[:200_000]
    return {m.group(1) for t in (*_THETA.finditer(text), *_NAMES.finditer(text)) for m in _LISTED.finditer(t.group(1))}


def block_heads(statement: str, layers: set[str], entries: set[str] | frozenset = frozenset()) -> str:
    """``statement`` with a whole-layer derivative's head ``df/dW<l>`` (layer ``l`` in ``layers``) written
    ``\\frac{\\partial f}{\\partial W^{[l]}}`` (``f(x_i)`` for a datapoint in the name) and, after it, the whole
    layers' names as the sheet's and ``'`` as ``^T``."""
    if len(statement) > MAX_STATEMENT or not layers:
        return statement
    statement = _ENTRY.sub(lambda m: _entry(m, layers), statement)
    heads = [h for h in _HEAD.finditer(statement)
             if h.group(2) in layers and h.group(1) + h.group(2) not in entries]
    if not heads:
        return statement
    out = [statement[:heads[0].start()]]
    for n, head in enumerate(heads):
        point = f"(x_{{{head.group(3)}}})" if head.group(3) else ""
        out.append(f"\\frac{{\\partial f{point}}}{{\\partial {head.group(1)}^{{[{head.group(2)}]}}}}")
        rest = statement[head.end():heads[n + 1].start() if n + 1 < len(heads) else len(statement)]
        rest = _PRIME.sub("^T", rest)
        out.append(_NAME.sub(lambda m: _layer(m, layers), rest))
    return "".join(out)


def _entry(m: re.Match, layers: set[str]) -> str:
    if m.group(1) is None:
        return f"{m.group(4)}_{m.group(5)}"
    return f"{m.group(1)}{m.group(2)}_{m.group(3)}" if m.group(2) in layers else m.group(0)


def _layer(m: re.Match, layers: set[str]) -> str:
    if m.group(2) not in layers:
        return m.group(0)
    name = f"{m.group(1)}^{{[{m.group(2)}]}}"
    return f"({name})^T" if m.group(3) else name

"""Indices typed in square brackets after a name (``x[2]``, ``K[1,2]``, ``lambda[1]``, ``W1[2,1]``), read as
subscripts, 1-based as written.

Learners who type in a computer-algebra system (Maxima, STACK answer boxes) or plain text index with brackets. This
runs after :mod:`symntk.check.zero_based`, which has already read every family the notes count from 0; what is
left is counted from 1. Rules as data: :data:`FAMILIES` lists the names that take bracket indices and how each is
written (``x[2]`` → ``x_{2}``, ``K[1,2]`` → ``K_{12}``, ``W1[2,1]`` → ``W^{[1]}_{21}``, ``b2[1]`` and Julia's
``b²[1]`` → ``b^{[2]}_{1}``, ``K1[1,2]`` → ``K^{(1)}_{12}``). A name glued to a longer word, a command
(``\\sqrt[3]``), a member (``np.x[1]``) or a script (``W^{[1]}``) is left alone, and so is code (fences, `inline
code`). Every pattern is a plain regular expression without nested repetition.
"""

from __future__ import annotations

import re

_INDEX = r"\[\s?(?P<i>\d{1,2}|[ijkn])\s?(?:,\s?(?P<j>\d{1,2}|[ijkn])\s?)?\](?:\[(?P<k>\d{1,2}|[ijkn])\])?"
_BEFORE = r"(?:(?<![\w\\.^_'])|(?<=(?<![A-Za-z])d)|(?<=∂))"   # W1[1,1] alone or in df/dW1[1,1], ∂W1[1,1]
FAMILIES = (   # (pattern of the name before the brackets, how the name is written: {l} is the layer digit)
    (r"(?P<name>x|y|lambda|λ|theta|θ|Theta|Θ|g|f|K)", "{name}"),
    (r"(?P<name>[Wwbzha])(?P<l>[1-9])", "{name}^{{[{l}]}}"),
    (r"(?P<name>[Wwbzha])(?P<l>[¹²³⁴⁵⁶⁷⁸⁹])", "{name}^{{[{l}]}}"),   # Julia's W²[1], b¹[2]: the layer as a superscript
    (r"(?P<name>K|Θ|g)(?P<l>[1-9])", "{name}^{{({l})}}"),
)
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹", "123456789")
_PATTERNS = [(re.compile(_BEFORE + name + _INDEX + r"(?![\w\[])"), form) for name, form in FAMILIES]
_CODE = re.compile(r"^[ \t]{0,3}(?:```|~~~)[^\n]*\n.*?^[ \t]{0,3}(?:```|~~~)[ \t]*$|`[^`\n]{1,400}`", re.M | re.S)


def _written(m: re.Match, form: str) -> str:
    """The subscripted name for one bracket-indexed match."""
    parts = dict(m.groupdict())
    head = form.format(name=parts["name"], l=(parts.get("l") or "").translate(_SUPERSCRIPT))
    indices = [parts[k] for k in ("i", "j", "k") if parts.get(k)]
    joint = "" if all(len(i) == 1 for i in indices) else ","
    return head + "_{" + joint.join(indices) + "}"


def _rewrite(text: str) -> str:
    """``text`` (no code in it) with every bracket index of :data:`FAMILIES` as a subscript."""
    for pattern, form in _PATTERNS:
        text = pattern.sub(lambda m, form=form: _written(m, form), text)
    return text


def bracket_indices(text: str) -> str:
    """``text`` with bracket indices read as subscripts, outside code (see the module doc)."""
    if "[" not in text:
        return text
    out, last = [], 0
    for m in _CODE.finditer(text):
        out += [_rewrite(text[last:m.start()]), m.group()]
        last = m.end()
    out.append(_rewrite(text[last:]))
    return "".join(out)

"""What PyTorch prints, read back as the values printed and the quantities they show (notebook outputs).

``tensor([[ 8., 12.],↵        [12., 19.]])`` is ``[[8, 12], [12, 19]]``; ``tensor(0.2996)`` is ``0.2996``; the
keyword tail (``dtype=torch.float64``, ``grad_fn=<DotBackward0>``, ``requires_grad=True``, ``device='cuda:0'``) goes.
``torch.return_types.linalg_eigh(eigenvalues=tensor([…]), eigenvectors=…)`` is its eigenvalues. Several tensors
in one output (a tuple ``(tensor(…), tensor(…))``, a list ``[tensor(…), …]``, ``print(a, b)`` side by side) are
paired in order with the expressions that produced them (the parts of ``K, torch.linalg.eigvalsh(K)``, the
arguments of the ``print`` calls); a ``print`` inside ``for x in [1., 2.]:`` shows its values once per input, so
each repetition is a claim at that input. ``p.grad`` (after ``.backward()``) is ∂f/∂p (``W1.grad`` at x = 2 is
``$∂f/∂W^{[1]} = …$ at $x = 2$``); a name assigned from an
expression of the loop's input (``y = W2 @ (W1*x + b1) + b2``, ``out = f(x).sum()``) is f at that input;
``jacobian(lambda t: f(t, 3.), θ)`` is ∇θ f(3); a list of tensors named for gradients (``grads``) is J, a row
each. Nothing is evaluated.
"""

from __future__ import annotations

import re

MAX_TENSORS = 200
_TENSOR = re.compile(r"\btensor\(")
_EIGH = re.compile(r"^torch\.return_types\.\w*eig\w*\(\s*eigenvalues\s*=\s*")
_KEYWORD = re.compile(r",\s*(?:dtype|grad_fn|requires_grad|device|layout|names)\s*=.*$", re.S)
_GRADS = re.compile(r"^(?:grads?|gradients?|grad_list|gs|rows|jac_rows)$", re.I)
_LAYER = re.compile(r"^([WwBb])_?([1-9])$")
_GRAD = re.compile(r"^([A-Za-z_]\w{0,30})\.grad(?:\.\w+\(\))*$")
_LOOP = re.compile(r"^(\s*)for\s+([A-Za-z_]\w{0,10})\s+in\s+[\[(]([-+0-9.eE,\s]{1,200})[\])]\s*:\s*(.*)$")
_JACOBIAN = re.compile(r"^(?:\w+\.)*(?:jacobian|jacrev|jacfwd|grad)\(\s*lambda\s+\w+\s*:\s*\w+\(\s*\w+\s*,\s*"
                       r"([-+]?\d+(?:\.\d*)?)\s*\)\s*(?:,\s*\w+\s*\)|\)\(\s*\w+\s*\))$")


def _close(text: str, start: int) -> int | None:
    """The index of the ``)`` closing the ``(`` at ``start - 1``, or None."""
    depth = 1
    for k in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[k], 0)
        if depth == 0:
            return k
    return None


def _spans(text: str) -> list[tuple[int, int, str]] | None:
    """(start, end, values without the keyword tail) of each ``tensor(…)`` in ``text``; None when one is unclosed."""
    spans, k = [], 0
    while (m := _TENSOR.search(text, k)) and len(spans) < MAX_TENSORS:
        end = _close(text, m.end())
        if end is None:
            return None
        spans.append((m.start(), end + 1, _KEYWORD.sub("", text[m.end():end])))
        k = end + 1
    return spans


def tensor_parts(text: str) -> list[tuple[int, str]] | None:
    """(offset in ``text``, the tensor's values without its keyword tail) for each tensor printed in ``text``, in
    order, or None when ``text`` is not tensors only (between them: commas, spaces, one outer ``(…)``/``[…]``)."""
    spans = _spans(text) if _TENSOR.search(text) else None
    if not spans:
        return None
    if _EIGH.match(text.strip()):
        return [(spans[0][0], spans[0][2])]
    gaps = "".join(text[a[1]:b[0]] for a, b in zip([(0, 0, "")] + spans, spans + [(len(text), 0, "")])).strip()
    if gaps.startswith(("(", "[")):
        gaps = gaps[1:-1] if gaps.endswith((")", "]")) else "x"
    return [(a, value) for a, _, value in spans] if re.fullmatch(r"[\s,]*", gaps) else None


def untensored(text: str) -> str:
    """``text`` with every ``tensor(…)`` written as its values (``K = tensor([[8., 12.], …])`` → ``K = [[8., 12.],
    …]``), for a printed label and value (``print("K =", K)``)."""
    spans = _spans(text) if _TENSOR.search(text) else None
    if not spans:
        return text
    out, k = [], 0
    for a, b, value in spans:
        out.append(text[k:a] + value)
        k = b
    return "".join(out) + text[k:]


def _producers(expression: str) -> list[str]:
    """The parts of a tuple expression ``a, f(b, c)`` split at its top-level commas."""
    out, depth, k = [], 0, 0
    expression = expression.strip()
    if expression.startswith("(") and _close(expression, 1) == len(expression) - 1:
        expression = expression[1:-1]
    for n, ch in enumerate(expression):
        depth += {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            out.append(expression[k:n].strip())
            k = n + 1
    out.append(expression[k:].strip())
    return [p for p in out if p]


def producer_name(producer: str, code: list[str], loop: str | None, at: str | None, call_name) -> str:
    """The claim for a value ``producer`` printed: ``∂f/∂p`` for ``p.grad``, ``f(at)`` for a name
    assigned from an expression of the loop's input ``loop``, ``∇f(3)`` for a Jacobian at a number, else
    ``call_name(producer)``; ``{} at x = …`` (the value's place, then the input) in a loop."""
    where = f"{{}} at x = {at}" if at else "{}"
    if m := _GRAD.match(producer):
        layer = _LAYER.match(m.group(1))
        if layer and at:   # W1.grad at x = 2: $∂f/∂W^{[1]} = …$ at $x = 2$
            letter = "W" if layer.group(1) in "Ww" else "b"
            return f"$\\partial f/\\partial {letter}^{{[{layer.group(2)}]}} = {{}}$ at $x = {at}$"
        return f"∂f/∂{m.group(1)} = " + where
    if m := _JACOBIAN.match(producer):
        return f"∇f({m.group(1).rstrip('.')})" + " = {}"
    if at and loop and re.fullmatch(r"[A-Za-z_]\w*", producer):
        assigned = re.compile(rf"^\s*{re.escape(producer)}\s*=\s*(.+)$")
        if any((m := assigned.match(line)) and re.search(rf"\b{loop}\b", m.group(1)) for line in code):
            return f"f({at})" + " = {}"
    return call_name(producer) + " = " + where


def _loop_of(code: list[str], index: int) -> tuple[str, list[str]] | None:
    """(input name, its values) of the ``for x in [1., 2.]:`` a line ``index`` sits in, or None."""
    indent = len(code[index]) - len(code[index].lstrip())
    for line in reversed(code[:index]):
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip())
        if lead < indent:
            if m := _LOOP.match(line):
                return m.group(2), [v.strip().rstrip(".") or "0" for v in m.group(3).split(",") if v.strip()]
            indent = lead
    return None


def torch_claims(text: str, code: list[str], last: str | None, stream: bool, python_value,
                 call_name) -> list[tuple[int, str]] | None:
    """(line index in the output ``text``, ``name = value``) for the tensors a cell printed (``stream``: its
    ``print`` calls' arguments in order; else its last expression ``last``), or None when ``text`` shows no
    tensors or their count does not fit what the code produces."""
    parts = tensor_parts(text)
    if not parts:
        return None
    rows: list[tuple[list[str], str | None, list[str]]] = []   # (producers, loop input, its values)
    if stream:
        for n, line in enumerate(code):
            if m := re.match(r"^\s*print\((.*)\)\s*$", line):
                found = _loop_of(code, n)
                rows.append((_producers(m.group(1)), *(found or (None, [None]))))
    elif last:
        rows.append((_producers(last), None, [None]))
    names = [producer_name(p, code, loop, at, call_name) for producers, loop, values in rows
             for at in values for p in producers]
    if any(p.startswith(('"', "'", "f\"", "f'")) for producers, _, _ in rows for p in producers):
        return None   # print("K =", K): a label typed by the learner, read as printed text
    if len(names) == 1 and len(parts) > 1 and not stream and text.strip().startswith("["):
        parts = [(parts[0][0], "[" + ", ".join(value for _, value in parts) + "]")]   # a list of tensors
        if _GRADS.match(last or ""):
            names = ["J = {}"]   # the gradients at the inputs, one row each
    if len(names) != len(parts):
        return None
    claims: dict[int, list[str]] = {}
    for name, (offset, value) in zip(names, parts):
        number = python_value(value)
        if number is not None:
            claims.setdefault(text.count("\n", 0, offset), []).append(name.replace("{}", number, 1))
    return [(n, "; ".join(found)) for n, found in sorted(claims.items())]

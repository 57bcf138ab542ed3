"""What Python and NumPy print, read back as the values printed (for notebooks' outputs, :mod:`.notebook`).

``array([[ 8, 12],↵       [12, 19]])`` and ``[[ 8 12]↵ [12 19]]`` are ``[[8, 12], [12, 19]]``; ``np.float64(26.7)`` is
``26.7``; ``1.`` is ``1``; more than 8 decimals (float noise, ``8.000000000000002``) are read to 8;
``EigResult(eigenvalues=array([…]), eigenvectors=…)`` and ``(array([…]), array([[…]]))`` (what ``eig`` returns) are
their eigenvalues; ``dtype=…`` goes. A printed line ``label = value`` or ``label: value`` is a claim of
that label; a printed value with no label is the value of the one name ``print`` was given. Nothing is evaluated.
"""

from __future__ import annotations

import re

_SCALAR = re.compile(r"\bnp\.(?:float|int)(?:16|32|64|128)?\(\s*([-+0-9.eE]+)\s*\)")
_DTYPE = re.compile(r",\s*dtype=[\w.]+")
_FIRST_ARRAY = re.compile(r"^\s*(?:\w*Result\(\s*eigenvalues\s*=\s*|\(\s*)(array\(.*?\)|\[[^()]*?\])\s*,", re.S)
_BETWEEN_NUMBERS = re.compile(r"(?<=[0-9.\]])\s+(?=[-+0-9.\[])")
_LONG = re.compile(r"-?\d+\.\d{9,}(?![\deE])")   # float noise (8.000000000000002): read to 8 decimals
_VALUE = re.compile(r"^[-+0-9.eE\[\], ]{1,4000}$")
_CALLS = (
    (re.compile(r"^(?:\w+\.)*eig(?:vals|valsh|h)?\(\s*\w+(?:\.\w+\(\))*\s*\)(?:\[0\])?$"), "lam"),
    (re.compile(r"^(?:\w+\.)*trace\(\s*\w+(?:\.\w+\(\))*\s*\)$|^\w+\.trace\(\)$"), "trK"),
    (re.compile(r"^(?:\w+\.)*det\(\s*\w+\s*\)$"), "detK"),
)


def python_value(text: str) -> str | None:
    """The value Python printed in ``text`` as a list literal or number (see the module's docstring), or None."""
    text = _SCALAR.sub(r"\1", _DTYPE.sub("", text.strip()))
    if m := _FIRST_ARRAY.match(text):
        text = m.group(1)
    if text.startswith("array(") and text.endswith(")"):
        text = text[6:-1]
    text = _BETWEEN_NUMBERS.sub(", ", " ".join(text.split()).replace("[ ", "[").replace(" ]", "]"))
    text = re.sub(r",\s*,", ",", text)
    text = _LONG.sub(lambda m: f"{float(m.group(0)):.8f}", re.sub(r"(\d)\.(?![\d])", r"\1", text))
    if not _VALUE.match(text) or text.count("[") != text.count("]") or not re.search(r"\d", text):
        return None
    return text


_ROUND_TAIL = re.compile(r"(?:\.round\(\s*\d*\s*\)|\.tolist\(\)|\.item\(\))+$")
_ROUNDED = re.compile(r"^(?:np\.)?(?:round|around)\(\s*(.+?)\s*,\s*\d+\s*\)$")
_LABELS = ((re.compile(r"eig|lambda|λ", re.I), "lam"), (re.compile(r"^(?:the\s+)?(?:trace|tr)\b", re.I), "trK"),
           (re.compile(r"^(?:the\s+)?det", re.I), "detK"), (re.compile(r"^(?:the\s+)?(?:kernel|ntk)\b", re.I), "K"))
"""Printed labels in words (``eigenvalues of K:``, ``trace of K =``, ``det:``, ``NTK =``): the quantity they name."""


def call_name(expression: str) -> str:
    """The name a cell's last expression or a printed label gives its value: the name itself, ``lam`` (λ) for an
    eigenvalue call or word, ``trK`` / ``detK`` for the trace and determinant, ``K`` for ``J @ J.T`` or the
    kernel; else the expression."""
    expression = _ROUNDED.sub(r"\1", _ROUND_TAIL.sub("", expression.strip()))   # K.round(4), np.round(K, 4): K
    if re.fullmatch(r"[A-Za-z_]\w*", expression) and expression.lower() not in ("trace", "det", "determinant",
                                                                                 "eigenvalues", "kernel", "ntk"):
        return expression
    for pattern, name in _CALLS + _LABELS:
        if pattern.match(expression):
            output = re.match(r"^(?:\w+\.)*eig\w*\(\s*K_?([1-9])\b", expression) if name == "lam" else None
            return f"λ^{{({output.group(1)})}}" if output else name   # eigvalsh(K2): output 2's kernel
    if re.match(r"^(\w+)\s*@\s*\1\.T$|^(?:np\.)?(?:dot|matmul)\(\s*(\w+)\s*,\s*\2\.T\s*\)$", expression):
        return "K"
    return expression


def _chunks(text: str) -> list[tuple[int, str]]:
    """The printed lines joined while a bracket stays open: (first line's index, text)."""
    out: list[tuple[int, str]] = []
    depth = 0
    for n, line in enumerate(text.split("\n")):
        if depth > 0 and out:
            out[-1] = (out[-1][0], out[-1][1] + " " + line.strip())
        elif line.strip():
            out.append((n, line.strip()))
        depth = max(0, depth + line.count("[") + line.count("(") - line.count("]") - line.count(")"))
    return out


def printed_chunks(text: str, prints: list[str]) -> list[tuple[int, str]]:
    """(line index in the output, ``name = value``) for each printed value of a stream output, paired with the
    cell's ``print(…)`` calls in order (see the module's docstring)."""
    out = []
    chunks = _chunks(text)
    for k, (n, chunk) in enumerate(chunks):
        label, value = None, chunk
        if m := re.match(r"^([^=:\[\]()]{1,40}?)\s*(?:=|:)\s*(.+)$", chunk):
            label, value = m.group(1).strip(), m.group(2)
        elif len(chunks) == len(prints) and "," not in prints[k] and \
                (re.fullmatch(r"\s*[A-Za-z_]\w*\s*", prints[k]) or call_name(prints[k]) != prints[k].strip()):
            label = prints[k].strip()   # print(K), print(np.linalg.eigvalsh(K)): the value of what it was given
        number = python_value(value)
        if label and number is not None:
            out.append((n, f"{call_name(label)} = {number}"))
    return out

"""Claims in structured form: a TOML file beside a problem TOML.

    parameter_count = "2 \\times 1 + 2 \\times 1 + 1 \\times 2 + 1 \\times 1 = 7"   # or 7
    theta = ["W_{1,1}^{[1]}", "W_{2,1}^{[1]}", "b_{1,1}^{[1]}", …]
    expansion = "W_{1,1}^{[2]} W_{1,1}^{[1]} x + …"
    kernel_matrix = [[3, 4], [4, 6]]
    eigenvalues = ["0.22799", "8.77200"]        # strings keep the written decimals

    [gradients]                                 # θ index (or a parameter's LaTeX name) → ∂f/∂θ_k
    5 = "b_{1,1}^{[1]}"
    [kernel]                                    # "i,j" → a value or a term-by-term sum
    "1,2" = "[1 \\cdot 2] + [0 \\cdot 0] + … = 4"

Every entry becomes the LaTeX statement a learner would write in notes and
goes through the same grammar and verdicts; its line is the line of its key.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..problem import read_toml
from .claims import Reading
from .reading import read_segments
from .source import Segment, read_text

_TOP = {"parameter_count", "theta", "expansion", "gradients", "kernel", "kernel_matrix", "eigenvalues"}


def _value(v, source: str, key: str) -> str:
    if isinstance(v, bool) or not isinstance(v, (str, int, float)):
        raise InputError(source, key, "a number or a LaTeX string", type(v).__name__)
    return v if isinstance(v, str) else repr(v)


_KEY = re.compile(r'^\s*"?([^"=\n]{1,200}?)"?\s*=')


def key_lines(text: str) -> dict[str, int]:
    """The line of each key's first assignment, in one pass over the lines (linear in the file's size)."""
    out: dict[str, int] = {}
    for n, line in enumerate(text.split("\n"), start=1):
        m = _KEY.match(line)
        if m:
            out.setdefault(m.group(1).strip(), n)
    return out


def read_claims(path: Path) -> Reading:
    """The claims of a claims TOML file (see the module doc)."""
    source = str(path)
    data = read_toml(Path(path), "claims file (TOML)")
    lines = key_lines(read_text(path))
    for key in data:
        if key not in _TOP:
            raise InputError(source, key, "one of the keys " + ", ".join(sorted(_TOP)), "an unknown key")
    segs: list[Segment] = []

    def add(key: str, latex: str) -> None:
        segs.append(Segment(lines.get(key, 1), latex, True))

    if "expansion" in data:
        add("expansion", f"f = {_value(data['expansion'], source, 'expansion')}")
    if "theta" in data:
        items = data["theta"]
        if not isinstance(items, list):
            raise InputError(source, "theta", "a list of parameter names", type(items).__name__)
        add("theta", r"\theta = \begin{bmatrix} " + r" \\ ".join(_value(v, source, "theta") for v in items)
            + r" \end{bmatrix}")
    if "parameter_count" in data:
        v = _value(data["parameter_count"], source, "parameter_count")
        add("parameter_count", v if "=" in v else f"P = {v}")
    for k, v in _table(data, "gradients", source).items():
        target = rf"\theta_{{{k}}}" if k.isdigit() else k
        add(k, rf"\frac{{\partial f}}{{\partial {target}}} = {_value(v, source, 'gradients.' + k)}")
    for k, v in _table(data, "kernel", source).items():
        if not re.fullmatch(r"\d+\s*,\s*\d+", k):
            raise InputError(source, f"kernel.{k}", 'a key "i,j"', repr(k))
        add(k, f"K_{{{k}}} = {_value(v, source, 'kernel.' + k)}")
    if "kernel_matrix" in data:
        rows = data["kernel_matrix"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise InputError(source, "kernel_matrix", "a list of rows", type(rows).__name__)
        add("kernel_matrix", r"K = \begin{bmatrix} " + r" \\ ".join(
            " & ".join(_value(v, source, "kernel_matrix") for v in r) for r in rows) + r" \end{bmatrix}")
    if "eigenvalues" in data:
        vals = data["eigenvalues"]
        vals = vals if isinstance(vals, list) else [vals]
        add("eigenvalues", r"\text{eig}(K) = \begin{bmatrix} " + r" \\ ".join(
            _value(v, source, "eigenvalues") for v in vals) + r" \end{bmatrix}")
    segs.sort(key=lambda s: s.line)
    return read_segments(segs)


def _table(data: dict, name: str, source: str) -> dict:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise InputError(source, name, f"a [{name}] table", type(value).__name__)
    return {str(k): v for k, v in value.items()}

"""Jupyter notebooks (``.ipynb``, nbformat 4 JSON) read as notes, line for line with the file a teacher opens.

A notebook is a JSON file; Jupyter, JupyterLab, Colab and VS Code save it with one JSON string per line of a
cell's ``source`` and of an output's text. Each such line of the file becomes the line it holds: a Markdown
cell's lines as Markdown (the learner's derivation), a code cell's lines as the notes a code file gives
(:func:`symntk.check.code_files.code_notes`: literal values typed by the learner are claims), and a text output
(``execute_result``, ``display_data``, ``stream``) as a claim of what the cell printed: the value of the cell's
last expression (``K`` → ``K = [[8, 12], [12, 19]]``, ``np.linalg.eigvalsh(K)`` → the eigenvalues) or of each
``print(…)`` (``print("K =", K)``). NumPy's printed forms (``array([[ 8, 12], …])``, ``[[ 8 12] …]``,
``np.float64(26.7)``, ``EigResult(eigenvalues=array([…]), …)``) are read as the lists they print, and so are
PyTorch's (``tensor([[ 8., 12.], …])``, tuples of tensors, ``.grad`` printed in a loop: :mod:`.torch_output`).
Every other line of the file (the JSON's structure, metadata, images) is blank. Nothing is run.
"""

from __future__ import annotations

import json
import re

from ..errors import InputError
from .python_output import call_name, printed_chunks, python_value
from .torch_output import torch_claims, untensored

_CELL_TYPE = re.compile(r'^\s*"cell_type"\s*:\s*"(\w+)"')
_LIST_OPEN = re.compile(r'^\s*"(source|text/plain|text)"\s*:\s*\[\s*$')
_ONE_STRING = re.compile(r'^\s*"(source|text/plain|text)"\s*:\s*("(?:[^"\\]|\\.)*")\s*,?\s*$')
_LIST_CLOSE = re.compile(r"^\s*\]\s*,?\s*$")
_STRING = re.compile(r'^\s*("(?:[^"\\]|\\.)*")\s*,?\s*$')
_OUTPUTS = re.compile(r'^\s*"outputs"\s*:\s*\[')
_FLOAT_DOT = re.compile(r"(?<=\d)\.(?![\w.])")   # NumPy's float literals 1. and 0. are 1 and 0
_MAGIC = re.compile(r"^\s*[%!]")   # %matplotlib inline, !pip install: IPython's own lines, no Python
MAX_NOTEBOOK_BYTES = 8 * 1024 * 1024   # images in outputs make notebooks large; their lines are dropped


def is_notebook(text: str, source: str) -> bool:
    """A ``.ipynb`` file, or JSON whose first lines name notebook cells."""
    return source.lower().endswith(".ipynb") or (text.lstrip().startswith("{") and '"nbformat"' in text
                                                   and '"cells"' in text[:2000])


def _cells(text: str, source: str) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"line {exc.lineno}", "a Jupyter notebook (nbformat 4 JSON)", exc.msg) from None
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        raise InputError(source, "cells", "a Jupyter notebook (nbformat 4 JSON) with a list of cells",
                         "no cells" if isinstance(data, dict) else type(data).__name__)
    return [c for c in cells if isinstance(c, dict)]


def _scan(lines: list[str]) -> list[dict]:
    """Per cell in file order: its type, the (line, string) pairs of its source, and of each text output."""
    cells: list[dict] = []
    where, in_outputs = None, False
    for n, line in enumerate(lines):
        if where is not None:
            if _LIST_CLOSE.match(line):
                where = None
            elif m := _STRING.match(line):
                where.append((n, json.loads(m.group(1))))
            continue
        if m := _CELL_TYPE.match(line):
            cells.append({"type": m.group(1), "source": [], "outputs": []})
            in_outputs = False
        elif not cells:
            continue
        elif _OUTPUTS.match(line):
            in_outputs = True
        elif (m := _LIST_OPEN.match(line) or _ONE_STRING.match(line)) is not None:
            if m.group(1) == "source":
                target = cells[-1]["source"]
            elif in_outputs:
                target = []
                cells[-1]["outputs"].append((m.group(1) == "text", target))   # "text": a stream (print)
            else:
                continue   # a text key of the metadata
            if m.re is _LIST_OPEN:
                where = target
            else:
                target.append((n, json.loads(m.group(2))))
    return cells


def _place(out: list[str], pairs: list[tuple[int, str]], texts: list[str]) -> None:
    for (n, _), text in zip(pairs, texts):
        out[n] = text


def _split(pairs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """One (line, text) per line of text: a string holding several lines (the one-string form) keeps them on its
    own line of the file, joined by two spaces."""
    return [(n, "  ".join(s.rstrip("\n").split("\n"))) for n, s in pairs]


def _last_expression(code: list[str]) -> str | None:
    """The cell's last line when it is an expression (its value is the cell's result), not an assignment,
    a statement or a call that prints or draws."""
    for line in reversed(code):
        bare = line.split("#", 1)[0].strip().rstrip(";").rsplit(";", 1)[-1].strip()   # y.backward(); W1.grad
        if not bare:
            continue
        if re.match(r"^(?:import|from|def|class|for|if|while|return|print|plt\.|display\()", bare) or \
                re.search(r"(?<![=!<>])=(?!=)", bare) or bare.endswith((":", ";")):
            return None
        return bare
    return None


def _code_cell(cell: dict, out: list[str]) -> None:
    from .code_files import code_notes

    pairs = _split(cell["source"])
    code = ["" if _MAGIC.match(s) else _FLOAT_DOT.sub("", s) for _, s in pairs]
    _place(out, pairs, code_notes("\n".join(code), "cell.py").split("\n"))
    last = _last_expression(code)
    prints = [args for line in code for args in re.findall(r"^\s*print\((.*)\)\s*$", line)]
    for stream, output in cell["outputs"]:
        lines = _split(output)
        if not lines:
            continue
        text = "\n".join(s for _, s in lines)
        if (claims := torch_claims(text, code, last, stream, python_value, call_name)) is not None:
            pass
        elif stream:
            text = untensored(text)
            claims = printed_chunks(text, prints)
        else:
            value = python_value(untensored(text))
            claims = [(0, f"{call_name(last)} = {value}")] if last and value is not None else []
        for k, claim in claims:
            if k < len(lines):
                out[lines[k][0]] = code_notes(claim, "cell.py")


def notebook_text(text: str, source: str) -> str:
    """The notebook's text as notes with the file's own line numbers (see the module's docstring)."""
    kinds = [c.get("cell_type") for c in _cells(text, source)]
    lines = text.split("\n")
    out = [""] * len(lines)
    scanned = _scan(lines)
    if [c["type"] for c in scanned] != kinds:
        raise InputError(source, "cells", "a notebook saved by Jupyter (one JSON string per line of a cell)",
                         "a layout this reader cannot place line by line")
    for cell in scanned:
        if cell["type"] == "markdown":
            _place(out, cell["source"], [s for _, s in _split(cell["source"])])
        elif cell["type"] == "code":
            _code_cell(cell, out)
    return "\n".join(out)


def read_notes(path) -> str:
    """The text of a notes file: a notebook's (``.ipynb``) as notes on the file's own lines, any other as it is."""
    from .notes_text import read_text

    if str(path).lower().endswith(".ipynb"):
        return notebook_text(read_text(path, limit=MAX_NOTEBOOK_BYTES), str(path))
    return read_text(path)

"""Jupyter notebooks handed in as .ipynb: Markdown cells, code cells and their printed outputs judged on the file's
own lines (symntk/check/notebook.py, symntk/check/python_output.py)."""

import json

import numpy as np
import pytest
from check_helpers import first_mistake, line_verdicts

from symntk.check import check_path
from symntk.check.python_output import python_value
from symntk.errors import InputError

EXERCISE = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 1)^T$, $b^{[1]} = (0, 1)^T$, "
            "$W^{[2]} = (1, 0)$, $b^{[2]} = 0$, datapoints $x_1 = 1$, $x_2 = 2$.\n")
# Worked by hand: h = (x, x + 1), ∇f(x) = (x, 0, 1, 0, x, x + 1, 1); the kernel and eigenvalues from NumPy here
J = np.array([[1, 0, 1, 0, 1, 2, 1], [2, 0, 1, 0, 2, 3, 1]])
K = J @ J.T
LAMBDA = np.linalg.eigvalsh(K)


def _markdown(lines):
    return {"cell_type": "markdown", "id": "m", "metadata": {}, "source": lines}


def _code(lines, outputs):
    return {"cell_type": "code", "execution_count": 1, "id": "c", "metadata": {}, "outputs": outputs,
            "source": lines}


def _result(text):
    lines = text.split("\n")
    return {"data": {"text/plain": [line + "\n" for line in lines[:-1]] + lines[-1:]}, "execution_count": 1,
            "metadata": {}, "output_type": "execute_result"}


def _notebook(tmp_path, cells):
    """The notebook saved as Jupyter saves it (nbformat 4, indent 1); its path and its lines."""
    path = tmp_path / "hw.ipynb"
    text = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1,
                      ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")
    return path, text.split("\n")


def _line_of(lines, fragment):
    return next(n for n, line in enumerate(lines, 1) if fragment in line)


def test_hand_work_and_outputs_are_judged_on_the_files_lines(tmp_path):
    """A wrong K_22 = 20 typed in Markdown is wrong on its line; NumPy's printed K (array repr, the cell's last
    expression) and eigenvalues are correct on the lines of the file that hold them."""
    cells = [_markdown([EXERCISE, "\n", "$K_{11} = 8$, $K_{12} = 12$, $K_{22} = 20$"]),
             _code(["import numpy as np\n", "J = np.array([[1, 0, 1, 0, 1, 2, 1], [2, 0, 1, 0, 2, 3, 1]])\n",
                    "K = J @ J.T\n", "K"], [_result(repr(K))]),
             _code(["np.linalg.eigvalsh(K)"], [_result(repr(np.round(LAMBDA, 8)))])]
    path, lines = _notebook(tmp_path, cells)
    report = check_path(path)
    verdicts = line_verdicts(report)
    hand, printed = _line_of(lines, "K_{22} = 20"), _line_of(lines, '"array([[ 8, 12],')
    eigen = _line_of(lines, '"array([ 0.2996')
    assert verdicts[hand] == ["correct", "correct", "wrong"] and first_mistake(report) == hand
    assert verdicts[printed] == ["correct"] and verdicts[eigen] == ["correct"]


def test_a_printed_label_is_a_claim_of_that_label(tmp_path):
    """``print("trace:", np.trace(K))`` printing 27 is tr K = 27 (correct); a determinant printed with float noise
    (7.999999999999998) is det K = 8 to 8 decimals (correct); a trace printed wrong (28) is wrong."""
    stream = {"name": "stdout", "output_type": "stream", "text": ["trace: 27\n", "det = 7.999999999999998\n"]}
    wrong = {"name": "stdout", "output_type": "stream", "text": ["trace of K = 28\n"]}
    cells = [_markdown([EXERCISE]),
             _code(['print("trace:", np.trace(K))\n', 'print("det =", np.linalg.det(K))'], [stream]),
             _code(['print("trace of K =", 28)'], [wrong])]
    path, lines = _notebook(tmp_path, cells)
    verdicts = line_verdicts(check_path(path))
    assert verdicts[_line_of(lines, '"trace: 27')] == ["correct"]
    assert verdicts[_line_of(lines, '"det = 7.99')] == ["correct"]
    assert verdicts[_line_of(lines, '"trace of K = 28')] == ["wrong"]


def test_a_broken_notebook_names_the_file_and_line(tmp_path):
    path = tmp_path / "broken.ipynb"
    path.write_text('{\n "cells": [\n  {"cell_type": "markdown",\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        check_path(path)
    assert "broken.ipynb" in str(info.value) and "notebook" in str(info.value)


@pytest.mark.parametrize(("printed", "value"), [
    ("array([[ 8, 12],\n       [12, 19]])", "[[8, 12], [12, 19]]"),
    ("[[ 8 12]\n [12 19]]", "[[8, 12], [12, 19]]"),
    ("np.float64(26.7)", "26.7"),
    ("array([1., 0., 1.])", "[1, 0, 1]"),
    ("EigResult(eigenvalues=array([ 0.2996, 26.7004]), eigenvectors=array([[-0.8,  0.6],\n [ 0.6,  0.8]]))",
     "[0.2996, 26.7004]"),
    ("(array([ 0.2996, 26.7004]), array([[1, 0], [0, 1]]))", "[0.2996, 26.7004]"),
    ("array([0.5, 2. ], dtype=float32)", "[0.5, 2]"),
    ("<Figure size 640x480 with 1 Axes>", None),
])
def test_numpy_printed_forms(printed, value):
    assert python_value(printed) == value


def test_prints_and_the_last_expression_in_one_cell(tmp_path):
    """``print(K.round(4))`` (NumPy's str form over two lines) is K and ``print(np.linalg.det(K))`` printing 8 with
    float noise is det K; the cell's last expression's result (its eigenvalues, 8 decimals) is λ: all correct."""
    stream = {"name": "stdout", "output_type": "stream",
              "text": [line + "\n" for line in str(K).split("\n")] + [repr(float(np.linalg.det(K))) + "\n"]}
    cells = [_markdown([EXERCISE]),
             _code(["print(K.round(4))\n", "print(np.linalg.det(K))\n", "np.linalg.eigvalsh(K)"],
                   [stream, _result(repr(np.round(LAMBDA, 8)))])]
    path, lines = _notebook(tmp_path, cells)
    verdicts = line_verdicts(check_path(path))
    assert verdicts[_line_of(lines, '"[[ 8 12]')] == ["correct"]
    assert verdicts[_line_of(lines, '"[[ 8 12]') + 2] == ["correct"]
    assert verdicts[_line_of(lines, '"array([ 0.2996')] == ["correct"]

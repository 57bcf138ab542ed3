"""PyTorch in notebooks: what ``tensor(…)`` prints, tuples of tensors, ``print`` of several tensors in a loop over
the inputs, ``.grad`` after ``.backward()`` and ``torch.tensor`` literals typed in code, judged on the file's own
lines (symntk/check/torch_output.py, symntk/check/notebook.py).

Worked by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = (1, 1)ᵀ, b1 = (0, 1)ᵀ, W2 = (1, 0), b2 = 0, x1 = 1, x2 = 2.
h = (x, x + 1), f(x) = x; ∂f/∂W1 = W2ᵀ x = (x, 0), ∂f/∂b1 = (1, 0), ∂f/∂W2 = h = (x, x + 1), ∂f/∂b2 = 1;
∇f(1) = (1, 0, 1, 0, 1, 2, 1), ∇f(2) = (2, 0, 1, 0, 2, 3, 1); K = [[8, 12], [12, 19]];
λ = (27 ± √697)/2 ≈ 0.2996, 26.7004 (√697 ≈ 26.40076).
"""

from check_helpers import line_verdicts
from test_check_notebook import EXERCISE, _code, _line_of, _markdown, _notebook, _result

from symntk.check import check_path
from symntk.check.torch_output import tensor_parts


def _stream(text):
    lines = text.split("\n")
    return {"name": "stdout", "output_type": "stream", "text": [line + "\n" for line in lines]}


def test_tensor_parts_drop_the_keyword_tail():
    """Two tensors in a tuple, one with dtype and one with grad_fn: their values in order, nothing else."""
    text = "(tensor([[ 7., 10.],\n         [10., 15.]], dtype=torch.float64),\n tensor(8., grad_fn=<DotBackward0>))"
    parts = tensor_parts(text)
    assert [value for _, value in parts] == ["[[ 7., 10.],\n         [10., 15.]]", "8."]
    assert text.count("\n", 0, parts[1][0]) == 2
    assert tensor_parts("array([1, 2])") is None and tensor_parts("tensor([1.]) and more") is None


def test_printed_tensors_are_judged(tmp_path):
    """K printed as a tensor is correct; eigvalsh(K.double()) printed with dtype=torch.float64 is λ (correct); a K
    printed with K11 = 9 is wrong; a tuple ``K, eigvalsh(K)`` over three lines gives K and λ on their own lines."""
    cells = [_markdown([EXERCISE]),
             _code(["K = J @ J.T\n", "K"], [_result("tensor([[ 8., 12.],\n        [12., 19.]])")]),
             _code(["torch.linalg.eigvalsh(K.double())"],
                   [_result("tensor([ 0.2996, 26.7004], dtype=torch.float64)")]),
             _code(["K = J @ J.T\n", "K"], [_result("tensor([[ 9., 12.],\n        [12., 19.]])")]),
             _code(["K, torch.linalg.eigvalsh(K)"],
                   [_result("(tensor([[ 8., 12.],\n         [12., 19.]]),\n tensor([ 0.2996, 26.7004]))")])]
    path, lines = _notebook(tmp_path, cells)
    verdicts = line_verdicts(check_path(path))
    first_k = _line_of(lines, '"tensor([[ 8., 12.],')
    assert verdicts[first_k] == ["correct"]
    assert verdicts[_line_of(lines, '"tensor([ 0.2996, 26.7004], dtype')] == ["correct"]
    assert verdicts[_line_of(lines, '"tensor([[ 9., 12.],')] == ["wrong"]
    tuple_k = _line_of(lines, '"(tensor([[ 8., 12.],')
    assert verdicts[tuple_k] == ["correct"]
    assert verdicts[_line_of(lines, '" tensor([ 0.2996, 26.7004]))"')] == ["correct"]


def test_gradients_printed_in_a_loop_over_the_inputs(tmp_path):
    """``print(y, W1.grad, b1.grad, W2.grad, b2.grad)`` inside ``for x in [1., 2.]`` prints one line per input:
    f(x) and the four gradients at that x (hand values above); ∂f/∂W2 at x = 2 printed as (2, 4) is wrong."""
    code = ["for x in [1., 2.]:\n", "    for p in (W1, b1, W2, b2): p.grad = None\n",
            "    y = W2 @ (W1*x + b1) + b2\n", "    y.backward()\n", "    print(y, W1.grad, b1.grad, W2.grad, b2.grad)"]
    printed = ("tensor(1., grad_fn=<AddBackward0>) tensor([1., 0.]) tensor([1., 0.]) tensor([1., 2.]) tensor(1.)\n"
               "tensor(2., grad_fn=<AddBackward0>) tensor([2., 0.]) tensor([1., 0.]) tensor([2., 4.]) tensor(1.)")
    path, lines = _notebook(tmp_path, [_markdown([EXERCISE]), _code(code, [_stream(printed)])])
    verdicts = line_verdicts(check_path(path))
    first, second = verdicts[_line_of(lines, '"tensor(1., grad_fn')], verdicts[_line_of(lines, '"tensor(2., grad_fn')]
    assert len(first) >= 5 and set(first) == {"correct"}
    assert len(second) >= 5 and second.count("wrong") == 1 and set(second) == {"correct", "wrong"}


def test_list_of_gradients_and_tensor_literals(tmp_path):
    """A list of per-input gradient tensors named ``grads`` is J, a row each (correct); θ typed as
    ``torch.tensor([…], requires_grad=True)`` is θ's values (correct)."""
    code = ["theta = torch.tensor([1., 1., 0., 1., 1., 0., 0.], requires_grad=True)\n", "grads"]
    printed = "[tensor([1., 0., 1., 0., 1., 2., 1.]), tensor([2., 0., 1., 0., 2., 3., 1.])]"
    path, lines = _notebook(tmp_path, [_markdown([EXERCISE]), _code(code, [_result(printed)])])
    verdicts = line_verdicts(check_path(path))
    assert verdicts[_line_of(lines, '"[tensor([1., 0.')] == ["correct"]
    assert verdicts[_line_of(lines, '"theta = torch.tensor')] == ["correct"]


def test_a_labelled_print_of_a_tensor(tmp_path):
    """``print("K =", K)`` printing ``K = tensor([[ 8., 12.], …])`` is K (correct); ``print("trace:", …)`` printing
    ``trace: tensor(28.)`` is tr K = 28, wrong (hand: 8 + 19 = 27)."""
    printed = "K = tensor([[ 8., 12.],\n        [12., 19.]])\ntrace: tensor(28.)"
    code = ['print("K =", K)\n', 'print("trace:", torch.trace(K))']
    path, lines = _notebook(tmp_path, [_markdown([EXERCISE]), _code(code, [_stream(printed)])])
    verdicts = line_verdicts(check_path(path))
    assert verdicts[_line_of(lines, '"K = tensor(')] == ["correct"]
    assert verdicts[_line_of(lines, '"trace: tensor(28.)')] == ["wrong"]

"""Vectorised backprop as learners write it: layer quantities (W^{[l]}, b^{[l]}, z^{[l]}, δ^{[l]}, x) as matrices.

:func:`evaluate` turns a written formula into a SymPy matrix, through the same allow-list as
:mod:`symntk.check.meaning` (a scalar is a 1 × 1 matrix):

* ``W^{[l]}`` (n_l × n_{l-1}) and ``b^{[l]}`` (n_l × 1): the parameter symbol matrices;
* ``z^{[l]}``, ``a^{[l]}`` / ``h^{[l]}`` (``z``, ``h`` alone: the one hidden layer): the forward pass (columns);
  ``x`` and ``a^{[0]}``: the input column;
* ``δ^{[l]}`` = ∂f_o/∂z^{[l]} (a column; ``δ^{[L]}`` = 1 for one output), taken from the network as
  ∂f_o/∂b^{[l]} divided by the bias scale (z^{[l]} = c W a + s b, so ∂f/∂b = s ∂f/∂z);
* written matrices and vectors (``\\begin{pmatrix}…``, ``(a, b)`` as a column, ``^T``); ``f(3)``: the output
  at an input written as numbers;
* a product of two matrices, a number times a matrix, ``⊙`` entry by entry, ``⊗`` Kronecker's product,
  ``u · v`` of two columns and ``⟨u, v⟩`` (``‖u‖²``) their dot product, ``+``/``−`` of equal shapes (a number
  beside a vector in every entry: ``1 − h ⊙ h``),
  and an activation applied entry by entry (``φ′(z^{[1]})``, ``σ(z^{[1]})``, ``\\operatorname{relu}′(…)``).

:func:`multiply_out` writes a product of written matrices out as one written matrix (a syntax rewrite,
nothing evaluated), so ``K = J J^T = [..][..]`` is read as the matrix it stands for.
"""

from __future__ import annotations

import sympy

from .meaning import Scope, _apply, key, to_sympy
from .nodes import Func, Group, Matrix, Node, Num, Op, Sym, Tuple
from .syntax import UnreadableError
from .targets import rebuild
from .written_products import MAX_CELLS as MAX_CELLS
from .written_products import factor_sequence
from .written_products import multiply_out as multiply_out


def deltas(scope: Scope, output: int = 1) -> list[sympy.Matrix]:
    """δ^{[l]} = ∂f_o/∂z^{[l]} for l = 1..L (index 0 unused), each as a column of ∂f_o/∂b_i^{[l]} / s."""
    net = scope.network
    f = net.outputs[output - 1]
    out = [sympy.Matrix()]
    for l in range(1, net.depth + 1):
        column = [sympy.diff(f, b) / net.bias_scale for b in net.biases[l - 1]]
        out.append(sympy.Matrix(column))
    return out


def _layer(sym: Sym, scope: Scope, output: int) -> sympy.Matrix | None:
    """The matrix a layer name stands for (None when ``sym`` is not one)."""
    net = scope.network
    if sym.primes == 1 and sym.name in ("z", "a", "h") and not sym.sub:   # h′: the layer at the second input x′
        unprimed = _layer(Sym(sym.name, sym.sub, sym.layer, 0), scope, output)
        return None if unprimed is None else unprimed.xreplace(_second(scope))
    if sym.name == "x" and sym.primes == 1 and not sym.sub and sym.layer is None and len(net.x) > 1:
        return sympy.Matrix(net.x).xreplace(_second(scope))   # x′: the second input's column
    if sym.primes or sym.sub and sym.layer == 0:
        return None
    if sym.name == "x" and not sym.sub and sym.layer is None or sym.name in ("a", "h") and sym.layer == 0:
        return sympy.Matrix(net.x)   # a^{[0]} = x
    if sym.layer is None and sym.name in ("z", "a", "h") and not sym.sub and net.depth == 2 and \
            key(sym) not in scope.aliases:
        sym = Sym(sym.name, layer=1)   # h, z alone: the one hidden layer
    if sym.layer is None or not 1 <= sym.layer <= net.depth:
        return None
    l = sym.layer
    if sym.name == "W":
        table = [sympy.Matrix(w) for w in net.weights]
    elif sym.name == "b":
        table = [sympy.Matrix(b) for b in net.biases]
    elif sym.name in ("z", "a", "h"):
        forward = scope._forward
        table = list((forward.z if sym.name == "z" else forward.a)[1:])
    elif sym.name == "delta":
        table = deltas(scope, output)[1:]
    else:
        return None
    matrix = table[l - 1]
    if not sym.sub:
        return matrix
    if sym.name in ("delta", "z", "a", "h") and len(sym.sub) == 1:
        (i,) = scope._indices(sym, 1)
        if 1 <= i <= matrix.rows:
            return sympy.Matrix([[matrix[i - 1, 0]]])
        raise UnreadableError(f"layer {l} has {matrix.rows} units")
    return None


def _cells(node: Node) -> list[list[Node]] | None:
    """The written entries of a matrix or of a list (a list is a column)."""
    if isinstance(node, Matrix):
        rows = [list(r) for r in node.rows]
        if len({len(r) for r in rows}) != 1:
            raise UnreadableError("a matrix with rows of different lengths")
        return rows
    if isinstance(node, Tuple) or (isinstance(node, Group) and len(node.items) > 1):
        return [[v] for v in node.items]
    return None


def _scalar(m: sympy.Matrix) -> bool:
    return m.shape == (1, 1)


def evaluate(node: Node, scope: Scope, output: int = 1) -> sympy.Matrix:
    """The matrix a written formula stands for (see the module doc); :class:`UnreadableError` otherwise."""
    if isinstance(node, Sym):
        if node.name == "I" and len(node.sub) == 1 and isinstance(node.sub[0], Num) and node.layer is None and \
                node.sub[0].decimals is None and 1 <= node.sub[0].value <= 20:
            return sympy.eye(int(node.sub[0].value))   # I_n: the n × n identity
        own = scope.matrices.get(key(node))
        if own is not None:
            return own
        layer = _layer(node, scope, output)
        return layer if layer is not None else sympy.Matrix([[to_sympy(node, scope)]])
    cells = _cells(node)
    if cells is not None:
        if len(cells) * len(cells[0]) > MAX_CELLS:
            raise UnreadableError(f"a matrix of more than {MAX_CELLS} entries")
        return sympy.Matrix([[_entry(v, scope, output) for v in row] for row in cells])
    if isinstance(node, Group) and len(node.items) == 1:
        return evaluate(node.items[0], scope, output)
    if isinstance(node, Op):
        return _op(node, scope, output)
    return sympy.Matrix([[to_sympy(node, scope)]])


def _entry(node: Node, scope: Scope, output: int) -> sympy.Expr:
    value = evaluate(node, scope, output)
    if not _scalar(value):
        raise UnreadableError("a matrix inside a matrix")
    return value[0, 0]


def _op(node: Op, scope: Scope, output: int) -> sympy.Matrix:
    a = node.args
    if node.op == "transpose":
        return evaluate(a[0], scope, output).T
    if node.op == "neg":
        return -evaluate(a[0], scope, output)
    if node.op in ("add", "sub"):
        left, right = evaluate(a[0], scope, output), evaluate(a[1], scope, output)
        left, right = _broadcast(left, right), _broadcast(right, left)
        if left.shape != right.shape:
            raise UnreadableError(f"a sum of a {_shape(left)} and a {_shape(right)} matrix")
        return left + right if node.op == "add" else left - right
    if node.op in ("mul", "juxt", "hadamard", "kron"):
        return _product(factor_sequence(node), scope, output)
    if node.op == "inner":   # ⟨u, v⟩ (‖u‖² = ⟨u, u⟩): the entries multiplied pairwise and added
        left, right = evaluate(a[0], scope, output), evaluate(a[1], scope, output)
        if len(left) != len(right):
            raise UnreadableError(f"⟨·, ·⟩ of {len(left)} and {len(right)} entries")
        return sympy.Matrix([[sum((u * v for u, v in zip(left, right)), sympy.S.Zero)]])
    return sympy.Matrix([[to_sympy(node, scope)]])


def _broadcast(value: sympy.Matrix, other: sympy.Matrix) -> sympy.Matrix:
    """A number beside a vector in a sum is that number in every entry (``1 − h ⊙ h``: 1 is the vector of ones);
    beside a matrix of several rows and columns it stays a number (then the sum is unreadable)."""
    if _scalar(value) and not _scalar(other) and 1 in other.shape:
        return sympy.ones(*other.shape) * value[0, 0]
    return value


def _product(items: list[tuple[str, Node]], scope: Scope, output: int) -> sympy.Matrix:
    """Activations applied to the factor after them, then the factors joined left to right."""
    out = None
    i = 0
    while i < len(items):
        join, item = items[i]
        if isinstance(item, Func) and item.name == "diag" and i + 1 < len(items):
            value = _diagonal(evaluate(items[i + 1][1], scope, output))
            i += 2
        elif isinstance(item, Func) and item.name not in ("det", "max", "min") and i + 1 < len(items):
            arg = evaluate(items[i + 1][1], scope, output)
            value = arg.applyfunc(lambda v, f=item: _apply(f, v, scope))
            i += 2
        elif isinstance(item, Func):
            value = sympy.Matrix([[to_sympy(rebuild([n for _, n in items[i:]]), scope)]])
            i = len(items)
        elif i + 1 < len(items) and _output_at(item, items[i + 1][1], scope) is not None:
            value = _output_at(item, items[i + 1][1], scope)
            i += 2
        elif i + 1 < len(items) and _at_point(item, items[i + 1][1], scope, output) is not None:
            value = _at_point(item, items[i + 1][1], scope, output)
            i += 2
        else:
            value = evaluate(item, scope, output)
            i += 1
        if out is not None and join == "mul" and out.cols == value.cols == 1 and out.rows == value.rows > 1:
            out = out.T * value   # x · x′ between two columns: the dot product
        elif out is not None and join == "kron":
            if out.rows * value.rows * out.cols * value.cols > MAX_CELLS:
                raise UnreadableError(f"a matrix of more than {MAX_CELLS} entries")
            out = sympy.kronecker_product(out, value)   # A ⊗ B: the blocks a_ij B
        else:
            out = value if out is None else _hadamard(out, value) if join == "hadamard" else _times(out, value)
    return out


def _second(scope: Scope) -> dict:
    """x → x′ for every input coordinate (the second input of a kernel function, as :mod:`scope` names it)."""
    return {x: sympy.Symbol(f"{x.name}'", real=True) for x in scope.network.x}


def _diagonal(column: sympy.Matrix) -> sympy.Matrix:
    """diag(v): the square matrix with the entries of the vector v on its diagonal (a mask diag(φ′(z)))."""
    if 1 not in column.shape:
        raise UnreadableError("diag of a matrix that is not a vector")
    if len(column) > 20:
        raise UnreadableError("diag of more than 20 entries")
    return sympy.diag(*list(column))


def _at_point(item: Node, after: Node, scope: Scope, output: int) -> sympy.Matrix | None:
    """A layer's units as a function of the input, at the input written after it (also with ``^T`` after the
    bracket): ``a^{[1]}(x_2)`` at datapoint i, ``h(x)`` the layer itself, ``h(x′)`` at the second input x′,
    ``h(1)`` / ``z(1, 0)`` at an input written as numbers. A bracket holding a layer quantity is a product
    (``δ^{[2]}(a^{[1]})^T``); a unit's name before a bracket that holds anything else is unreadable."""
    from .layer_targets import names_hidden_layer, names_layer, signed_number
    from .targets import point_of

    transposed = isinstance(after, Op) and after.op == "transpose"
    group = after.args[0] if transposed else after
    if not (isinstance(item, Sym) and (item.name in ("z", "a", "h", "delta") or key(item) in scope.matrices)
            and isinstance(group, Group) and group.kind in ("paren", "tuple")):
        return None
    layer = scope.matrices[key(item)] if key(item) in scope.matrices else _layer(item, scope, output)
    if layer is None:
        return None
    xs = scope.network.x
    args = group.items
    first = args[0] if len(args) == 1 else None
    i = point_of(group) if len(args) == 1 else "bad"
    if isinstance(first, Sym) and first.name == "x" and first.primes == 1 and not first.sub and first.layer is None:
        put = _second(scope)
    elif isinstance(i, int) and 1 <= i <= len(scope.points):
        put = dict(zip(xs, scope.points[i - 1]))
    elif len(args) == 1 and i is None:
        put = {}
    elif len(args) == len(xs) and all(signed_number(n) for n in args):
        put = {x: to_sympy(n, scope) for x, n in zip(xs, args)}
    elif item.name not in ("z", "a", "h") or names_layer(group) or names_hidden_layer(group):
        return None   # δ^{[2]}(a^{[1]})^T: a product
    else:
        raise UnreadableError(f"{item.name} at an input that is not x, x′, a datapoint or numbers")
    value = layer.xreplace(put)
    return value.T if transposed else value


def _output_at(item: Node, after: Node, scope: Scope) -> sympy.Matrix | None:
    """``f(3)``, ``f(-1)``, ``f_2(1, 0)``: the network's output at an input written as numbers."""
    from .layer_targets import signed_number
    from .nodes import Num

    if not (isinstance(item, Sym) and item.name == "f" and item.layer is None and not item.primes
            and isinstance(after, Group)):
        return None
    net = scope.network
    numbers = after.items
    if len(numbers) != len(net.x) or not all(signed_number(n) for n in numbers):
        return None
    o = 1
    if item.sub:
        if len(item.sub) != 1 or not isinstance(item.sub[0], Num) or not 1 <= item.sub[0].value <= net.widths[-1]:
            return None
        o = int(item.sub[0].value)
    at = {x: to_sympy(n, scope) for x, n in zip(net.x, numbers)}
    return sympy.Matrix([[net.outputs[o - 1].xreplace(at)]])


def _hadamard(left: sympy.Matrix, right: sympy.Matrix) -> sympy.Matrix:
    if _scalar(left) or _scalar(right):
        return _times(left, right)
    if left.shape != right.shape:
        raise UnreadableError(f"⊙ of a {_shape(left)} and a {_shape(right)} matrix")
    return left.multiply_elementwise(right)


def _times(left: sympy.Matrix, right: sympy.Matrix) -> sympy.Matrix:
    if _scalar(left):
        return right * left[0, 0]
    if _scalar(right):
        return left * right[0, 0]
    if left.cols != right.rows:
        raise UnreadableError(f"a product of a {_shape(left)} and a {_shape(right)} matrix")
    if left.rows * right.cols > MAX_CELLS:
        raise UnreadableError(f"a matrix of more than {MAX_CELLS} entries")
    return left * right


def _shape(m: sympy.Matrix) -> str:
    return f"{m.rows}×{m.cols}"

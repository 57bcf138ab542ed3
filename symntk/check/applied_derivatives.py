"""A derivative of the network's output written as a function applied to its input after the fraction.

``\\frac{\\partial f}{\\partial W^{[1]}_{11}}(x)``, ``\\frac{df}{d\\theta_k}(x_i)``, ``(\\partial f/\\partial
\\theta_1)(x_2)``, ``∂f/∂θ₁(x₁)``: the learner writes ∂f/∂θ as a function and applies it to x (symbolic) or to a
datapoint x_i. This is read exactly as the derivative of f(x) or f(x_i), ``\\frac{\\partial f(x_i)}{\\partial
\\theta_k}``. Only f (or y, with an output index) differentiated and an input x (any index, primes or
superscript) in the parentheses count; a number or any other formula after the fraction stays a product.
"""

from __future__ import annotations

from .nodes import Group, Node, Op, Partial, Sym

OUTPUT_NAMES = ("f", "y")


def _is_output(node: Node | None) -> bool:
    """f, f_2, y: the network's output named alone (no argument of its own)."""
    return isinstance(node, Sym) and node.name in OUTPUT_NAMES and node.layer is None and node.primes == 0


def _is_input(node: Node) -> bool:
    """x, x_1, x_i, x', x^{(i)}: the input or one datapoint."""
    if isinstance(node, Op) and node.op == "pow":
        node = node.args[0]
    return isinstance(node, Sym) and node.name == "x" and node.layer is None


def _derivative(node: Node) -> Partial | None:
    """∂f/∂θ itself, or in parentheses of its own."""
    while isinstance(node, Group) and node.kind == "paren" and len(node.items) == 1:
        node = node.items[0]
    if isinstance(node, Partial) and _is_output(node.numerator):
        return node
    return None


def applied(left: Node, right: Node) -> Node | None:
    """``left right`` (written side by side) as ∂f(x_i)/∂θ when left is (or ends in) ∂f/∂θ and right is ``(x_i)``;
    None when it is not that notation."""
    if not (isinstance(right, Group) and right.kind == "paren" and len(right.items) == 1 and
            _is_input(right.items[0])):
        return None
    if isinstance(left, Op) and left.op in ("juxt", "mul"):   # 2\frac{∂f}{∂θ}(x_1): the last factor applied
        inner = applied(left.args[-1], right)
        return None if inner is None else Op(left.op, (*left.args[:-1], inner))
    found = _derivative(left)
    if found is None:
        return None
    return Partial(Op("juxt", (found.numerator, right)), found.denominator)

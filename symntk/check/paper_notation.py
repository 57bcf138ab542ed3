"""The notation of the NTK papers (Jacot et al., Lee et al.): the normaliser's rows for it (data).

Each row is (about, learners write, read as, pattern, replacement) as in :class:`symntk.check.normalise.Rule`.
The papers write the network's output with its parameters shown (``f(x;\\theta)``, ``f(x, \\theta_0)``), the
gradient as an operator on θ (``\\partial_\\theta f``, ``D_\\theta f``, ``\\nabla_{\\theta} f``), the Jacobian
with θ as its subscript (``\\mathbf{J}_\\theta``, ``J_{\\theta}``) and the kernel with a hat for "empirical"
(``\\hat\\Theta``, ``\\widehat{K}``, ``Θ̂``) and with θ as its subscript (``\\Theta_\\theta(x_i, x_j)``). The
decorations name the same quantity the checker already reads, so each row takes them off. The rows run after the
bold fonts are taken off and before the derivative rows. Every pattern is bounded and without nested repetition.
"""

from __future__ import annotations

# θ as a subscript: \theta, {\theta}, \theta_0, {\theta_0}, {\theta_t} (the parameters at initialisation or time t)
_THETA_SUB = (r"\s*_\s*(?:\{\s*\\theta\s*(?:_\s*\{?\s*[0t]\s*\}?\s*)?\}|\\theta(?![A-Za-z])"
              r"(?:\s*_\s*(?:\{\s*[0t]\s*\}|[0t](?![A-Za-z0-9])))?)")
_KERNEL = r"(\\Theta(?![A-Za-z])|(?<![A-Za-z\\])K(?![A-Za-z]))"

PAPER_RULES: tuple[tuple[str, str, str, str, str], ...] = (
    ("the empirical kernel's hat", r"\hat\Theta ; \hat{\Theta} ; \widehat{K} ; \hat K_{12} ; Θ̂",
     r"\Theta ; \Theta ; K ; K_{12} ; \Theta",
     r"\\(?:hat|widehat)\s*(?:\{\s*(\\Theta|K)\s*\}|(\\Theta|K)(?![A-Za-z]))|(\\Theta|K)\s?\u0302",
     r"\1\2\3"),
    ("the kernel with the parameters as its subscript", r"\Theta_\theta(x_1, x_2) ; K_{\theta} ; \Theta_{\theta_0}",
     r"\Theta(x_1, x_2) ; K ; \Theta", _KERNEL + _THETA_SUB, r"\1"),
    ("the Jacobian with the parameters as its subscript", r"J_\theta ; J_{\theta} ; J_{\theta_0}^T",
     r"J ; J ; J^T", r"(?<![A-Za-z\\])J" + _THETA_SUB, "J"),
    ("the gradient as an operator on all of θ", r"\partial_\theta f(x_1) ; \partial_{\theta} f ; D_\theta f ; "
     r"\nabla_{\theta} f(x)", r"\nabla_\theta f(x_1) ; \nabla_\theta f ; \nabla_\theta f ; \nabla_\theta f(x)",
     r"(?:\\partial|\\nabla|(?<![A-Za-z\\])D)\s*_\s*(?:\{\s*\\theta\s*\}|\\theta(?![A-Za-z_]))\s*(?=[fy](?![A-Za-z]))",
     r"\\nabla_\\theta "),
    ("the output with its parameters after a semicolon or comma", r"f(x_1; \theta_0) ; f(x, \theta) ; y(x;\theta)",
     r"f(x_1) ; f(x) ; y(x)",
     r"(?<![A-Za-z\\])([fy])\s*\(\s*(x(?:_\{?[0-9ij]{1,2}\}?)?'?)\s*[;,]\s*\\theta\s*(?:_\s*\{?\s*[0t]\s*\}?)?\s*\)",
     r"\1(\2)"),
)

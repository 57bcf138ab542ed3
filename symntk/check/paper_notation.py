"""The notation of the NTK papers (Jacot et al., Lee et al.): the normaliser's rows for it (data).

Each row is (about, learners write, read as, pattern, replacement) as in :class:`symntk.check.spelling_rules.Rule`.
The papers write the network's output with its parameters shown (``f(x;\\theta)``, ``f(x, \\theta_0)``), the
gradient as an operator on θ (``\\partial_\\theta f``, ``D_\\theta f``, ``\\nabla_{\\theta} f``), the Jacobian
with θ as its subscript (``\\mathbf{J}_\\theta``, ``J_{\\theta}``) and the kernel with a hat for "empirical"
(``\\hat\\Theta``, ``\\widehat{K}``, ``Θ̂``, ``K_{hat}``), with θ, 0 or t as its subscript
(``\\Theta_\\theta(x_i, x_j)``, ``\\Theta_0``) and on the whole training set (``\\Theta(\\mathcal{X}, \\mathcal{X})``,
``J(X)``). The decorations name the same quantity the checker already reads, so each row takes them off.
The rows run after the bold fonts are taken off and before the derivative rows. Every
pattern is bounded and without nested repetition.
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
    ("the empirical kernel's hat written as a subscript", r"\Theta_{hat} ; K_{\text{emp}} ; K_hat",
     r"\Theta ; K ; K",
     r"(\\Theta|(?<![A-Za-z\\])K)\s*_\s*(?:\{\s*(?:\\(?:text|mathrm)\s*\{\s*(?:hat|emp)\s*\}|hat|emp)\s*\}"
     r"|(?:hat|emp)(?![A-Za-z]))", r"\1"),
    ("the empirical kernel's hat in plain text", r"Theta_hat ; Theta_{hat}", r"\Theta",
     r"(?<![A-Za-z\\])Theta\s*_\s*(?:\{\s*hat\s*\}|hat(?![A-Za-z]))", r"\\Theta"),
    ("the kernel with the parameters as its subscript", r"\Theta_\theta(x_1, x_2) ; K_{\theta} ; \Theta_{\theta_0}",
     r"\Theta(x_1, x_2) ; K ; \Theta", _KERNEL + _THETA_SUB, r"\1"),
    ("the kernel at initialisation or at time t", r"\Theta_0 ; \Theta_{t} ; \Theta_0(x_1, x_2)",
     r"\Theta ; \Theta ; \Theta(x_1, x_2)",
     r"(\\Theta)(?![A-Za-z])\s*_\s*(?:\{\s*[0t]\s*\}|[0t](?![A-Za-z0-9]))", r"\1"),
    ("the kernel and the Jacobian on the whole training set", r"\Theta(\mathcal{X}, \mathcal{X}) ; K(X,X) ; J(X)",
     r"\Theta ; K ; J",
     r"(\\Theta(?![A-Za-z])|(?<![A-Za-z\\])K)\s*\(\s*X\s*,\s*X\s*\)|(?<![A-Za-z\\])(J)\s*\(\s*X\s*\)",
     r"\1\2"),
    ("the Jacobian at one input: its one row, the gradient there", r"J(x) ; \mathbf{J}(x_2) ; J(x_{1})",
     r"\nabla_\theta f(x) ; \nabla_\theta f(x_2) ; \nabla_\theta f(x_{1})",
     r"(?<![A-Za-z\\])J\s*\(\s*(x(?:_\{?[0-9ij]\}?)?)\s*\)", r"\\nabla_\\theta f(\1)"),
    ("a row of the Jacobian as a slice (row i, every column): the gradient at the i-th input",
     r"J_{1:} ; J_{2,:} ; J_{1,\cdot} ; J_{2\cdot}",
     r"\nabla_\theta f(x_{1}) ; \nabla_\theta f(x_{2}) ; \nabla_\theta f(x_{1}) ; \nabla_\theta f(x_{2})",
     r"(?<![A-Za-z\\])J\s*_\s*\{\s*([1-9])\s*,?\s*(?::|\\cdot(?![A-Za-z])|\\bullet(?![A-Za-z]))\s*\}",
     r"\\nabla_\\theta f(x_{\1})"),
    ("the Jacobian with the parameters as its subscript", r"J_\theta ; J_{\theta} ; J_{\theta_0}^T",
     r"J ; J ; J^T", r"(?<![A-Za-z\\])J" + _THETA_SUB, "J"),
    ("the output with the parameters at initialisation as its subscript", r"f_{\theta_0}(x_1) ; f_{\theta_t}",
     r"f(x_1) ; f", r"(?<![A-Za-z\\])f\s*_\s*\{\s*\\theta\s*_\s*\{?\s*[0t]\s*\}?\s*\}", "f"),
    ("the gradient as an operator on all of θ", r"\partial_\theta f(x_1) ; \partial_{\theta} f ; D_\theta f ; "
     r"\nabla_{\theta} f(x)", r"\nabla_\theta f(x_1) ; \nabla_\theta f ; \nabla_\theta f ; \nabla_\theta f(x)",
     r"(?:\\partial|\\nabla|(?<![A-Za-z\\])D)\s*_\s*(?:\{\s*\\theta\s*\}|\\theta(?![A-Za-z_]))\s*(?=[fy](?![A-Za-z]))",
     r"\\nabla_\\theta "),
    ("the gradient by θ as a fraction with the point after it", r"\frac{\partial f}{\partial \theta}(x_1)",
     r"\nabla_\theta f(x_1)",
     r"\\[dt]?frac\s*\{\s*\\partial\s*([fy])\s*\}\s*\{\s*\\partial\s*\\theta\s*\}\s*(?=\()", r"\\nabla_\\theta \1"),
    ("the output with its parameters after a semicolon or comma", r"f(x_1; \theta_0) ; f(x, \theta) ; y(x;\theta)",
     r"f(x_1) ; f(x) ; y(x)",
     r"(?<![A-Za-z\\])([fy])\s*\(\s*(x(?:_\{?[0-9ij]{1,2}\}?)?'?)\s*[;,]\s*\\theta\s*(?:_\s*\{?\s*[0t]\s*\}?)?\s*\)",
     r"\1(\2)"),
)

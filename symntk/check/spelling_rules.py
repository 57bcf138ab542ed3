"""The normaliser's rule row and its first rules (data): unicode scripts, MATLAB's and Word's spellings, fonts,
names of functions and operators, derivatives, transposes and layers; :mod:`symntk.check.normalise` applies them."""

from __future__ import annotations

from dataclasses import dataclass

from .asciimath_rules import ASCIIMATH_RULES
from .evaluation_bars import EVALUATION_RULES
from .indicator_rules import INDICATOR_RULES
from .paper_notation import PAPER_RULES
from .scripts import FRACTION, SUB_RUN, SUPER_RUN, TRANSPOSE


@dataclass(frozen=True)
class Rule:
    """One accepted spelling: ``pattern`` (a regular expression) becomes ``replace``. ``example`` lists
    spellings separated by `` ; `` and ``becomes`` what each reads as (one entry: the same for all)."""

    about: str
    example: str
    becomes: str
    pattern: str
    replace: str
    table: str | None = None   # "super"/"sub"/"fraction"/"row": its group is translated (see normalise._TRANSLATE)

    def pairs(self) -> list[tuple[str, str]]:
        """(spelling, what it reads as) for every example."""
        examples, results = self.example.split(" ; "), self.becomes.split(" ; ")
        return [(e, results[n] if len(results) > 1 else results[0]) for n, e in enumerate(examples)]



TRACE_WORDS = "Tr|trace|Spur|spoor|spor|spår|traza|traccia|traço|ślad|jälki|stopa"
"""The trace in the learners' languages (en, de, nl, is/da/no, sv, es, it, pt, pl, fi, cs), after ``tr``."""

_TOKEN = r"-?(?:[A-Za-z]{1,2}\d{0,2}(?:_\d{1,3}|_\{\d{1,3}\})?|\d{1,9}(?:\.\d{1,9})?)"
_ATOM = rf"{_TOKEN}(?:[+*/-]{_TOKEN}){{0,4}}"
_ACTIVATION = (r"(\\(?:tanh|sigma|varphi|phi)|\\operatorname\s*\{\s*[A-Za-z]{2,8}\s*\}|\\mathrm\s*\{\s*ReLU\s*\})"
               r"\s*(\(\s*[a-z]\s*\))?")   # the activation, and its free variable in parentheses if written

SPELLING_RULES: tuple[Rule, ...] = (
    Rule("unicode transpose", "xᵀ ; (1, 2)ᵀ", "x^T ; (1, 2)^T", TRANSPOSE, "^T", "super"),
    Rule("unicode superscripts (a run of them is one script)", "W⁽¹⁾ ; λ² ; K⁻¹ ; xⁱ",
         "W^{(1)} ; \\lambda^{2} ; K^{-1} ; x^{i}", f"({SUPER_RUN})", r"^{\1}", "super"),
    Rule("unicode subscripts (a run of them is one index)", "W₁₁ ; xᵢ ; θₖ ; Kᵢⱼ",
         "W_{11} ; x_{i} ; \\theta_{k} ; K_{ij}",
         f"({SUB_RUN})", r"_{\1}", "sub"),
    Rule("both eigenvalues named by their two indices (a slash between them: with a ± after it when unbraced)",
         r"λ₁,₂ = … ; \lambda_1,2 = … ; \lambda_{1},_{2} \approx … ; \lambda_{1/2} = … ; λ_1/2 = (5 \pm 1)/2",
         r"\lambda_{1,2} = … ; \lambda_{1,2} = … ; \lambda_{1,2} \approx … ; \lambda_{1,2} = … ; "
         r"\lambda_{1,2} = (5 \pm 1)/2",
         r"(\\lambda\s*|λ\s*)(?:_\{?1\}?\s*,\s*_?\{?2\}?|_\{\s*1\s*/\s*2\s*\}|_\{?1\}?\s*/\s*_\{?2\}?|"
         r"_1\s*/\s*2(?=\s*=[^=\n]{0,80}(?:\\pm|±)))(?=\s*(?:=|≈|\\approx))",
         r"\\lambda_{1,2}"),
    Rule("unicode fractions", "¼ ; 2·½", "{\\frac{1}{4}} ; 2\\cdot {\\frac{1}{2}}", FRACTION, r"\1", "fraction"),
    Rule("numbers in e-notation (as NumPy prints them)", r"2.9956e-01 ; 4.4517E+01", r"0.29956 ; 44.517",
         r"(?<![\w.])(\d{1,20}\.\d{1,20}[eE][+-]\d{1,3})(?![\w.])", r"\1", "enotation"),
    Rule("layer in square brackets without braces", r"W^[1] ; b^[2]", r"W^{[1]} ; b^{[2]}",
         r"(?<![A-Za-z\\])([A-Za-z])\s*\^\s*\[\s*([0-9])\s*\]", r"\1^{[\2]}"),
    Rule("AsciiMath scripts in parentheses", r"K_(12) ; K_(1,2) ; sum_(k=1)^7 ; K^(1)_(11)",
         r"K_{12} ; K_{1,2} ; sum_{k=1}^7 ; K^(1)_{11}",
         r"_\s*\(\s*([^()]{1,12}?)\s*\)", r"_{\1}"),
    *(Rule(*row) for row in ASCIIMATH_RULES),
    Rule("plus-minus typed in ASCII", r"(27 +- \sqrt{697})/2 ; 3 +/- 1", r"(27 \pm \sqrt{697})/2 ; 3 \pm 1",
         r"\+/?-(?![->])", r" \\pm "),
    Rule("a sum without a backslash", r"sum_{k=1}^7 ; Sum_k", r"\sum_{k=1}^7 ; \sum_k",
         r"(?<![\\A-Za-z])(?:sum|Sum)(?=\s*_)", r"\\sum"),
    Rule("a derivative with its parts in parentheses", r"d(f)/d(w_1) ; d(f(x_1))/d(\theta_3)",
         r"\frac{\partial f}{\partial w_1} ; \frac{\partial f(x_1)}{\partial \theta_3}",
         r"(?:(?<![A-Za-z\\])d|\\partial)\s*\(\s*(f(?:_\{?\d\}?)?(?:\s*\([^()]{1,30}\))?)\s*\)\s*/\s*"
         r"(?:d|\\partial)\s*\(\s*([^()]{1,40}?)\s*\)", r"\\frac{\\partial \1}{\\partial \2}"),
    Rule("a derivative with its variable in parentheses", r"df/d(w_1) ; d f(x_2)/d(\theta_3)",
         r"\frac{\partial f}{\partial w_1} ; \frac{\partial f(x_2)}{\partial \theta_3}",
         r"(?:(?<![A-Za-z\\])d|\\partial)\s*(f(?:_\{?\d\}?)?(?:\s*\([^()]{1,30}\))?)\s*/\s*"
         r"(?:d|\\partial)\s*\(\s*([^()]{1,40}?)\s*\)", r"\\frac{\\partial \1}{\\partial \2}"),
    Rule("a derivative with f in parentheses", r"d(f)/dw_1 ; d(f(x_1))/d\theta_3", r"df/dw_1 ; df(x_1)/d\theta_3",
         r"(?<![A-Za-z\\])d\s*\(\s*(f(?:_\{?\d\}?)?(?:\s*\([^()]{1,30}\))?)\s*\)(?=\s*/)", r"d\1"),
    Rule("MATLAB's indexing of a layer's parameter and of the datapoints (1-based, as in the math)",
         r"W1(2,1) ; b1(2) ; x(1)", r"W1_21 ; b1_2 ; x_1",
         r"(?<![A-Za-z\\{0-9.'])(?:([Wwb][1-9])|(x))\(\s*([1-9])\s*(?:,\s*([1-9])\s*)?\)", r"\1\2_\3\4"),
    Rule("names and short sums in brackets separated by spaces only (MATLAB's row)",
         r"[W1 b1 W2 b2] ; [x 0 1 x+1] ; [W1_{11} b1_2]", r"[W1, b1, W2, b2] ; [x, 0, 1, x+1] ; [W1_{11}, b1_2]",
         rf"(?<![A-Za-z}}])\[(\s*{_ATOM}(?:\s+{_ATOM}){{1,40}}\s*)\]", "[\\1]", "row"),
    Rule("a dot typed against two indexed names of one letter (their inner product)", r"g1.g2 ; g_1.g_1 ; g_{1}.g_{2}",
         r"g1 \cdot g2 ; g_1 \cdot g_1 ; g_{1} \cdot g_{2}",
         r"(?<![A-Za-z\\])([A-Za-z])(_?(?:\{[1-9]\}|[1-9])(?![0-9]))\.(?=\1_?(?:\{[1-9]\}|[1-9])(?![0-9.]))",
         r"\1\2 \\cdot "),
    Rule("a gradient named with its datapoint in the name (a claim at that datapoint)",
         r"grad_x2 ; g_x1 ; grad_f_x{2}", r"\nabla_\theta f(x_{2}) ; \nabla_\theta f(x_{1}) ; \nabla_\theta f(x_{2})",
         r"(?<![A-Za-z\\])(?:grad(?:ient)?(?:_?f)?_?|nabla_?f_?|g(?:_?f)?_)x_?(?:\{([1-9])\}|([1-9]))(?![0-9A-Za-z_({])",
         r"\\nabla_\\theta f(x_{\1\2})"),
    Rule("index as digits after a one-letter name (what it names comes from the notes' own definitions)",
         r"w1 ; b2 ; K12 ; x1 ; df/dw1", r"w_{1} ; b_{2} ; K_{12} ; x_{1} ; df/dw_{1}",
         r"(?:(?<![A-Za-z\\{0-9.])|(?<=(?<![A-Za-z])d))([A-Za-z])([0-9]{1,2})(?![0-9A-Za-z_^{.]|,[0-9])", r"\1_{\2}"),
    Rule("layer then index in plain text (W1_2: layer 1, entry 2; a hidden unit z1_2 too)",
         r"W1_2 ; b2_1 ; W1_{12} ; w2_1 ; df/dW1_11 ; z1_2",
         r"W^{[1]}_{2} ; b^{[2]}_{1} ; W^{[1]}_{12} ; w^{[2]}_{1} ; df/dW^{[1]}_{11} ; z^{[1]}_{2}",
         r"(?:(?<![A-Za-z\\{0-9.])|(?<=(?<![A-Za-z])d))([Wwbzah])([1-9])_(?:\{([0-9]{1,2})\}|([0-9]{1,2})(?![0-9]))",
         r"\1^{[\2]}_{\3\4}"),
    Rule("bold, vector and script fonts (the zero vector too)",
         r"\mathbf{W}^{(1)}, \boldsymbol{\theta}, \vec{x}, \mathcal{K}, \mathbf{0}", r"W^{(1)}, \theta, x, K, 0",
         r"\\(?:mathbf|boldsymbol|bm|vec|mathbfit|pmb|mathsf|bf|mathcal|mathscr|mathfrak)\s*\{\s*(\\?[A-Za-z]+|0)\s*\}",
         r"\1"),
    Rule("long equivalence arrows", r"a = 0 \Longleftrightarrow b = 1 ; a = 0 \longleftrightarrow b = 1",
         r"a = 0 \iff b = 1", r"\\(?:Longleftrightarrow|longleftrightarrow)(?![A-Za-z])", r"\\iff"),
    Rule("blackboard letters without braces", r"\mathbb R^7", r"\mathbb{R}^7",
         r"\\mathbb\s+([A-Z])", r"\\mathbb{\1}"),
    Rule("bold and script without braces", r"\mathbf W, \boldsymbol\theta, \mathcal K", r"W, \theta, K",
         r"\\(?:mathbf|boldsymbol|bm|vec|mathcal|mathscr)(?![A-Za-z])\s*(\\[A-Za-z]+|[A-Za-z])", r"\1"),
    *(Rule(*row) for row in PAPER_RULES),
    Rule("the network's output with θ shown", r"f_\theta(x) ; f_{\theta}(x_1)", r"f(x) ; f(x_1)",
         r"(?<![A-Za-z\\])f\s*_\s*(?:\{\s*\\theta\s*\}|\\theta(?![A-Za-z]))", r"f"),
    Rule("the output with θ after a semicolon", r"f(x; \theta) ; f(x_2;\theta)", r"f(x) ; f(x_2)",
         r"(?<=f\()([^;()]{1,30}?)\s*;\s*\\theta\s*(?=\))", r"\1"),
    Rule("vec of a parameter in a derivative (its entries stacked: the derivative by each entry, as by the parameter)",
         r"\nabla_{\operatorname{vec}(W^{(1)})} f ; \partial f/\partial \operatorname{vec}(W^{(1)}) ; "
         r"\nabla_{\mathrm{vec}\,W} f",
         r"\nabla_{W^{(1)}} f ; \partial f/\partial W^{(1)} ; \nabla_{W} f",
         r"(\\nabla\s*_\s*\{\s*|\\partial\s*)(?:\\operatorname|\\mathrm|\\text|\\textrm)\s*\{\s*vec\s*\}"
         r"(?:\\[,;:!]|\s)*(?:\(\s*((?:[^()]|\([^()]{0,6}\)){1,30}?)\s*\)|(?=[A-Za-z\\]))", r"\1\2"),
    Rule("operator names", r"\mathrm{tr}\,K, \text{Tr}(K), \operatorname{det}K, \mathrm{eig}",
         r"\operatorname{tr}\,K, \operatorname{tr}(K), \det K, \operatorname{eig}",
         r"\\(?:mathrm|text|operatorname|textrm|mathit)\s*\{\s*(tr|" + TRACE_WORDS + r"|Sp|sp|eig|eigen|sech|relu|ReLU|"
         r"sigmoid|diag)\s*\}", r"\\operatorname{\1}"),
    Rule("trace spelled out", r"\operatorname{Tr} ; \operatorname{trace} ; \operatorname{spor} ; \operatorname{sp} K",
         r"\operatorname{tr} ; \operatorname{tr} ; \operatorname{tr} ; \operatorname{tr} K",
         r"\\operatorname\{(?:" + TRACE_WORDS + r"|Sp)\}|"
         r"\\operatorname\{sp\}(?=(?:\s|\\[,;!])*(?:\\mathbf\{K\}|K)(?![\w}]))",   # sp K: the trace, not a span
         r"\\operatorname{tr}"),
    Rule("trace operator right before its value (Spur, Sp)", r"\mathrm{Sp} = 22 ; \operatorname{tr} \approx 27",
         r"\operatorname{tr} K = 22 ; \operatorname{tr} K \approx 27",
         r"\\operatorname\{(?:tr|sp)\}(?=\s*(?:=|\\approx(?![A-Za-z])|≈))", r"\\operatorname{tr} K"),
    Rule("det as text", r"\operatorname{det} K", r"\det K",
         r"\\(?:mathrm|text|operatorname)\s*\{\s*det\s*\}", r"\\det "),
    Rule("function names without a backslash", r"det K, sqrt(2), tanh(1) ; tanh'(z) ; tanh^2(z)",
         r"\det K, \sqrt(2), \tanh(1) ; \tanh'(z) ; \tanh^2(z)",
         r"(?<![\\A-Za-z])(det|sqrt|tanh|sech|exp|ln|sigma|lambda|theta|cdot)(?=\s*[(K{\\\d'^])", r"\\\1"),
    Rule("function names before a one-letter or number argument without brackets (Word's tanh z)",
         r"tanh z ; tanh^2 z_1 ; sech 0", r"\tanh z ; \tanh^2 z_1 ; \sech 0",
         r"(?<![\\A-Za-z])(tanh|sech|cosh|sinh|exp|ln)((?:\^\{?2\}?)?) (?=(?:[A-Za-z](?![A-Za-z(])|[0-9]))",
         r"\\\1\2 "),
    Rule("Greek names spelled out as words", r"theta = [W, b] ; lambda_1 \approx 0 ; Theta_{12} ; 27 lambda + 8 ; "
         r"sigma*(1 - sigma)", r"\theta = [W, b] ; \lambda_1 \approx 0 ; \Theta_{12} ; 27 \lambda + 8 ; "
         r"\sigma*(1 - \sigma)",
         r"(?<![\\A-Za-z])(theta|Theta|lambda|sigma|delta)(?=\s*(?:[=_,)\]*]|\\approx|$))"
         r"|(?:(?<![\\A-Za-z])|(?<=(?<![A-Za-z])d))(lambda|theta)(?![A-Za-z])", r"\\\1\2"),
    Rule("the characteristic polynomial's name chi spelled out", r"chi(λ) = … ; chi_K(l) = …",
         r"\chi(λ) = … ; \chi_K(l) = …",
         r"(?<![\\A-Za-z])chi(?=\s*(?:_\{?[A-Za-z]\}?\s*)?\()", r"\\chi"),
    Rule("ReLU without a command", r"relu'(z) ; ReLU(z) ; relu\left( z \right)",
         r"\operatorname{relu}'(z) ; \operatorname{relu}(z) ; \operatorname{relu}\left( z \right)",
         r"(?<![\\A-Za-z{])(?:relu|ReLU|Relu)(?=\s*(?:['(]|\\left\s*\())", r"\\operatorname{relu}"),
    Rule("the sigmoid spelled out", r"sigmoid(z) ; sig'(z) ; \operatorname{sigmoid}(1) ; \text{sig}(1)",
         r"\sigma(z) ; \sigma'(z) ; \sigma(1) ; \sigma(1)",
         r"\\(?:mathrm|text|operatorname|textrm)\s*\{\s*(?:sigmoid|sigm|sig)\s*\}"
         r"|(?<![\\A-Za-z{])(?:[Ss]igmoid|sigm|sig)(?=\s*['(^])", r"\\sigma"),
    Rule("det named before its value", r"det = 8", r"\det K = 8",
         r"(?<![\\A-Za-z{])det(?=\s*(?:=|\\approx))", r"\\det K"),
    Rule("the number of parameters as the size of θ", r"\dim\theta ; |\theta| ; \#\theta ; \dim(\theta)", r"P",
         r"\\dim\s*(?:\(\s*\\theta\s*\)|\\theta(?![A-Za-z]))|\|\s*\\theta\s*\||\\#\s*\\theta(?![A-Za-z])", r"P"),
    Rule("the number of parameters as the size of a capital Θ", r"\dim\Theta ; \dim(\Theta) ; \#\Theta", r"P",
         r"\\dim\s*(?:\(\s*\\Theta\s*\)|\\Theta(?![A-Za-z]))|\\#\s*\\Theta(?![A-Za-z])", r"P"),
    Rule("the second input of a kernel function", r"k(x, \tilde{x}) ; \tilde x", r"k(x, x') ; x'",
         r"\\tilde\s*(?:\{\s*x\s*\}|x(?![A-Za-z]))", r"x'"),
    Rule("trace named before its value", r"trace = 27 ; tr = 27", r"\operatorname{tr} K = 27",
         r"(?<![\\A-Za-z{])(?:trace|tr|Tr)(?=\s*(?:=|\\approx))", r"\\operatorname{tr} K"),
    *(Rule(*row) for row in INDICATOR_RULES),
    Rule("trace without a command", r"tr(K) = 27, Tr K ; spor(K)",
         r"\operatorname{tr}(K) = 27, \operatorname{tr} K ; \operatorname{tr}(K)",
         r"(?<![\\A-Za-z{])(?:tr|" + TRACE_WORDS + r")(?=\s*[(K\\])", r"\\operatorname{tr}"),
    Rule("layer in parentheses without braces", r"W^(1)_11, b^(2)", r"W^{[1]}_11, b^{[2]}",
         r"(?<![A-Za-z\\])([WwbzahKJ])\s*\^\s*\((\d)\)", r"\1^{[\2]}"),
    Rule("a definition written the other way round", r"a =: b ; a \eqqcolon b", r"a = b",
         r"=:(?![=:])|\\eqqcolon(?![A-Za-z])", "="),
    Rule("Mathpix's upright d with a tie before it", r"\frac{\mathrm{~d} f}{\mathrm{~d} x} ; "
         r"\frac{\mathrm{~d} a}{\mathrm { ~d } z}",
         r"\frac{\mathrm{d} f}{\mathrm{d} x} ; \frac{\mathrm{d} a}{\mathrm{d} z}",
         r"\\mathrm\s*\{\s*~\s*d\s*\}", r"\\mathrm{d}"),
    Rule("differential d", r"\frac{\mathrm{d}f}{\mathrm{d}\theta_1} ; \frac{df}{d\theta_1}",
         r"\frac{\partial f}{\partial \theta_1}",
         r"\\[dt]?frac\s*\{\s*(?:\\mathrm\{d\}|\\text\{d\}|d)\s*(f[^{}]{0,30}?|y)\s*\}\s*\{\s*(?:\\mathrm\{d\}|\\text\{d\}|d)"
         r"(?=\s*[\\A-Za-z])", r"\\frac{\\partial \1}{\\partial "),
    Rule("differential d on the learner's own names", r"\frac{da}{dz} ; \frac{\mathrm{d} h_1}{\mathrm{d} z_1}",
         r"\frac{\partial a}{\partial z} ; \frac{\partial h_1}{\partial z_1}",
         r"\\[dt]?frac\s*\{\s*(?:\\mathrm\s*\{\s*d\s*\}|\\text\{d\}|d)\s*([a-eg-xzA-Z](?:\s*[_^]\s*(?:\{[^{}]{0,20}\}|\w))"
         r"{0,2})\s*\}\s*\{\s*(?:\\mathrm\s*\{\s*d\s*\}|\\text\{d\}|d)\s*([a-zA-Z](?:\s*[_^]\s*(?:\{[^{}]{0,20}\}|\w)){0,2})"
         r"\s*\}", r"\\frac{\\partial \1}{\\partial \2}"),
    Rule("a derivative of the learner's own names written inline with d", r"da/dz ; dh_1/dz_1",
         r"\frac{\partial a}{\partial z} ; \frac{\partial h_1}{\partial z_1}",
         r"(?:(?<![A-Za-z\\])d|\\mathrm\s*\{\s*d\s*\})\s*([a-eg-xz](?:_(?:\{[^{}]{1,8}\}|\w))?)\s*/\s*"
         r"(?:d|\\mathrm\s*\{\s*d\s*\})\s*([a-z](?:_(?:\{[^{}]{1,8}\}|\w))?)(?![A-Za-z])",
         r"\\frac{\\partial \1}{\\partial \2}"),
    Rule("the network's output written F in a derivative", r"dF/dw_1 ; \partial F/\partial w_1 ; "
         r"\frac{\partial F(x_1)}{\partial \theta_3}", r"df/dw_1 ; \partial f/\partial w_1 ; "
         r"\frac{\partial f(x_1)}{\partial \theta_3}",
         r"((?<![A-Za-z\\])d|\\partial\s?|\\mathrm\{d\}\s?)F(?=(?:\s?\([^()]{0,30}\))?\s?[/}])", r"\1f"),
    Rule("derivative written inline", r"\partial f / \partial \theta_1", r"\frac{\partial f}{\partial \theta_1}",
         r"\\partial\s*(f(?:_\{?\d\}?)?(?:\s*\([^()]{1,30}\))?|y|[a-z](?:\s*_\s*(?:\{[^{}]{1,8}\}|\w))?)\s*/\s*"
         r"\\partial\s*((?:\\[A-Za-z]+|[A-Za-z])"
         r"(?:\s*[_^]\s*(?:\{[^{}]{0,20}\}|[0-9ijk]{1,2}|[A-Za-z])){0,3})", r"\\frac{\\partial \1}{\\partial \2}"),
    Rule("derivative written inline with d", r"df/dw_1 ; df/d\theta_1 ; \mathrm{d}f/\mathrm{d}\theta_1",
         r"\frac{\partial f}{\partial w_1} ; \frac{\partial f}{\partial \theta_1} ; "
         r"\frac{\partial f}{\partial \theta_1}",
         r"(?:(?<![A-Za-z\\])d|\\mathrm\s*(?:\{\s*d\s*\}|d))\s*(f(?:_\{?\d\}?)?(?:\s*\([^()]{1,30}\))?)\s*/\s*(?:d|\\mathrm\s*(?:\{\s*d\s*\}|d))\s*"
         r"((?:\\[A-Za-z]+|[A-Za-z])"
         r"(?:\s*[_^]\s*(?:\{[^{}]{0,20}\}|[0-9ijk]{1,2}|[A-Za-z])){0,3})", r"\\frac{\\partial \1}{\\partial \2}"),
    Rule("an activation's name in plain text over dz", r"dtanh/dz ; d tanh(z)/dz", r"d\tanh/dz ; d\tanh(z)/dz",
         r"(?<![A-Za-z\\])d\s*(tanh|sigma)(?=\s*(?:\(\s*[a-z]\s*\))?\s*/\s*d\s*[a-z](?![A-Za-z_^]))", r"d\\\1"),
    Rule("an activation's derivative with the activation over dz", r"\frac{d\tanh(z)}{dz} ; \frac{d\sigma}{dz}",
         r"\frac{\partial}{\partial z} \tanh(z) ; \frac{\partial}{\partial z} \sigma(z)",
         r"\\[dt]?frac\s*\{\s*(?:d|\\partial|\\mathrm\s*\{\s*d\s*\})\s*" + _ACTIVATION + r"\s*\}\s*\{\s*"
         r"(?:d|\\partial|\\mathrm\s*\{\s*d\s*\})\s*([a-z])\s*\}", r"\\frac{\\partial}{\\partial \3} \1(\3)"),
    Rule("an activation's derivative with the activation over dz, written inline", r"d\tanh(z)/dz ; d\sigma/dz",
         r"\frac{\partial}{\partial z} \tanh(z) ; \frac{\partial}{\partial z} \sigma(z)",
         r"(?:(?<![A-Za-z\\])d|\\partial|\\mathrm\s*\{\s*d\s*\})\s*" + _ACTIVATION + r"\s*/\s*"
         r"(?:d|\\partial|\\mathrm\s*\{\s*d\s*\})\s*([a-z])(?![A-Za-z_^])", r"\\frac{\\partial}{\\partial \3} \1(\3)"),
    Rule("backprop shorthand: d before a parameter's name, stating its derivative",
         r"dW1_11 = x ; db2 = 1 ; d\theta_3 = 1",
         r"\frac{\partial f}{\partial W1_11} = x ; \frac{\partial f}{\partial b2} = 1 ; "
         r"\frac{\partial f}{\partial \theta_3} = 1",
         r"(?<![A-Za-z\\])d((?:[Wwb]|\\theta\s?)(?:\d{1,2}(?:_\{?\d{1,2}\}?)?|_\{?\d{1,2}\}?|\^\{?[(\[]?\d[)\]]?\}?(?:_\{?\d{1,2}\}?)?))"
         r"(?=\s*=(?!=))", r"\\frac{\\partial f}{\\partial \1}"),
    Rule("derivative operator written inline, before what it differentiates", r"d/dz \tanh(z) ; \partial/\partial z",
         r"\frac{\partial}{\partial z} \tanh(z) ; \frac{\partial}{\partial z}",
         r"(?:(?<![A-Za-z\\])d|\\partial|\\mathrm\s*\{\s*d\s*\})\s*/\s*(?:d|\\partial|\\mathrm\s*\{\s*d\s*\})\s*"
         r"([a-z])(?![A-Za-z_^])", r"\\frac{\\partial}{\\partial \1}"),
    Rule("a derivative by the k-th parameter named by its index letter alone",
         r"\partial_k f(x_i) ; \partial_{p} f",
         r"\frac{\partial f(x_i)}{\partial \theta_k} ; \frac{\partial f}{\partial \theta_p}",
         r"\\partial_\s*(?:\{\s*([i-q])\s*\}|([i-q])(?![A-Za-z]))\s*(?=f(?![A-Za-z]))", r"\\partial_{\\theta_\1\2}"),
    Rule("derivative as an operator", r"\partial_{\theta_5} f", r"\frac{\partial f}{\partial \theta_5}",
         r"\\partial_\s*\{\s*([^{}]{1,30}(?:\{[^{}]{0,12}\}[^{}]{0,12}){0,3})\s*\}\s*(f(?:_\{?(?:\d|[a-z])\}?)?(?:\s*\([^()]{1,30}\))?)",
         r"\\frac{\\partial \2}{\\partial \1}"),
    Rule("derivative as an operator by a one-letter name (TeX's one-letter subscript glued to f too)",
         r"\partial_\alpha f ; \partial_c f(x) ; \partial_wf_1",
         r"\frac{\partial f}{\partial \alpha} ; \frac{\partial f(x)}{\partial c} ; \frac{\partial f_1}{\partial w}",
         r"\\partial_\s*(\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|eta|mu|nu|kappa|rho|tau|omega|xi|zeta|psi|chi)"
         r"|[a-hA-Zo-z])(?![A-Za-eg-z]|f[A-Za-z])\s*(f(?:_\{?\d\}?)?(?:\s*\([^()]{1,30}\))?)",
         r"\\frac{\\partial \2}{\\partial \1}"),
    *(Rule(*row) for row in EVALUATION_RULES),
    Rule("derivative at a datapoint", r"\left.\frac{\partial f}{\partial \theta_6}\right|_{x = x_2}",
         r"\frac{\partial f(x_2)}{\partial \theta_6}",
         r"(?:\\left\.)?\s*\\[dt]?frac\s*\{\s*\\partial\s*f\s*\}\s*\{([^{}]{1,30}(?:\{[^{}]{0,12}\}[^{}]{0,12}){0,3})\}\s*"
         r"(?:\\right|\\big|\\Big|\\bigg|\\Bigg)?\s*\|_\s*\{?\s*(?:x\s*=\s*)?(x_(?:\{\d{1,2}\}|\d)|x\^\{\(\d\)\})\s*\}?",
         r"\\frac{\\partial f(\2)}{\1}"),
    Rule("transpose written inside a layer's superscript", r"W^{[2]T} ; W^{[2]\top} ; W^{(2)T} ; W^{[2]}{}^T ; "
         r"W^{(2)\dagger}",
         r"(W^{[2]})^T",
         r"(?<![A-Za-z\\])([A-Za-z]|\\delta)\s*\^\s*\{\s*([\[(]\s*\d\s*[\])])\s*(?:\}\s*\{\s*\}\s*\^\s*\{?\s*)?"
         r"(?:\^\s*)?(?:T|\\top|\\intercal|\\dagger)(?![A-Za-z])\s*\}?", r"(\1^{\2})^T"),
    Rule("transpose (a dagger, the adjoint, is the transpose of a real matrix)",
         r"x^\top ; x^{\intercal} ; x^{T} ; x^{\mathsf T} ; x^\dagger", r"x^T",
         r"\^\s*\{?\s*(?:\\top|\\intercal|\\dagger(?![A-Za-z])|"
         r"\\(?:mathsf|mathrm|rm|sf)\s*(?:\{\s*T\s*\}|T(?![A-Za-z]))|T)\s*\}?", r"^T"),
    Rule("MATLAB's transpose of a bracketed literal", r"[1 -1]' ; [0; 2]'", r"[1 -1]^T ; [0; 2]^T",
         r"(?<=\])'(?!')", r"^T"),
    Rule("the quadratic formula in the letters a, b, c (Bhaskara, abc-formula): the formula, not a value",
         r"\frac{-b \pm \sqrt{\Delta}}{2a} ; \dfrac{-b\pm\sqrt{b^2-4ac}}{2a}",
         r"\frac{\operatorname{tr} K \pm \sqrt{\Delta}}{2}",
         r"\\[dt]?frac\s*\{\s*-\s*b\s*(\\pm|\\mp)\s*\\sqrt\s*(?:\\Delta(?![A-Za-z])|\{\s*\\Delta\s*\}|"
         r"\{\s*b\s*\^\s*\{?\s*2\s*\}?\s*-\s*4\s*a\s*(?:\\cdot\s*)?c\s*\})\s*\}\s*\{\s*2\s*(?:\\cdot\s*)?a\s*\}",
         r"\\frac{\\operatorname{tr} K \1 \\sqrt{\\Delta}}{2}"),
    Rule("the discriminant in the letters a, b, c: the formula tr² − 4 det, not a value",
         r"\Delta = b^2 - 4ac ; \Delta = b^2 - 4 \cdot a \cdot c", r"\Delta = \operatorname{tr}^2 - 4\det",
         r"(?<![A-Za-z\\])b\s*\^\s*\{?\s*2\s*\}?\s*-\s*4\s*(?:\\cdot\s*|\\times\s*|\*\s*)?a\s*"
         r"(?:\\cdot\s*|\\times\s*|\*\s*)?c(?![A-Za-z])", r"\\operatorname{tr}^2 - 4\\det "),
    Rule("the eigenvalue formula with a bare trace before ±: the trace of K (a general formula, not a value)",
         r"\frac{\operatorname{tr} \pm \sqrt{\operatorname{tr}^2 - 4\det}}{2} ; (\operatorname{tr} \mp \sqrt{D})/2",
         r"\frac{\operatorname{tr} K \pm \sqrt{\operatorname{tr}^2 - 4\det}}{2} ; (\operatorname{tr} K \mp \sqrt{D})/2",
         r"(\\operatorname\{tr\})\s*(?=\\pm(?![A-Za-z])|\\mp(?![A-Za-z])|±|∓)", r"\1 K "),
    Rule("layer in brackets", r"W^{(1)} ; W^1 ; W^{1} ; w^{[1]}", r"W^{[1]}",
         r"(?<![A-Za-z\\])([Wwb])\s*\^\s*(?:\{\s*[(\[]?\s*(\d)\s*[)\]]?\s*\}|\(\s*(\d)\s*\)|(\d))", r"\1^{[\2\3\4]}"),
    Rule("the gradient by one layer's matrix (not by all of θ)", r"\nabla_{W^{[1]}} f ; \nabla_{b^{[2]}}f(x)",
         r"\frac{\partial f}{\partial W^{[1]}} ; \frac{\partial f(x)}{\partial b^{[2]}}",
         r"\\nabla\s*_\s*\{\s*([Wb]\^\{\[\d\]\})\s*\}\s*(f(?:_\{?\d\}?)?(?:\s*\([^()]{1,20}\))?)",
         r"\\frac{\\partial \2}{\\partial \1}"),
    Rule("layer 1 of units written as a power", r"z^1, h^{1}", r"z^{[1]}, h^{[1]}",
         r"(?<![A-Za-z\\])([zah])\s*\^\s*(?:1(?![0-9])|\{1\})", r"\1^{[1]}"),
    Rule("a layer's unit on the left of a definition", r"h^2 = W^{[2]} h^{[1]}", r"h^{[2]} = W^{[2]} h^{[1]}",
         r"^\s*([zah])\s*\^\s*\{?(\d)\}?(?=\s*=)", r"\1^{[\2]}"),
    Rule("a layer's unit after its weight", r"W^{[3]} h^2", r"W^{[3]} h^{[2]}",
         r"(W\^\{\[\d\]\}\s*)([zah])\s*\^\s*\{?(\d)\}?", r"\1\2^{[\3]}"),
    Rule("layers of units before an index", r"z^2_1, a^{2}_1", r"z^{[2]}_1, a^{[2]}_1",
         r"(?<![A-Za-z\\])([zah])\s*\^\s*\{?(\d)\}?(?=\s*_)", r"\1^{[\2]}"),
    Rule("lower-case weights", r"w_{11}^{[1]} ; w_{ij}^{(1)}", r"W_{11}^{[1]} ; W_{ij}^{[1]}",
         r"(?<![A-Za-z\\])w(?=\s*[_^]\s*\{?\s*[\[(\d]|\s*_\s*(?:\{[^{}]{1,12}\}|[A-Za-z])\s*\^\s*\{\s*[\[(]\s*\d)",
         r"W"),
    Rule("layer (or output) after the indices", r"W_{11}^{(1)} ; b_i^{(1)} ; \lambda_2^{(2)}",
         r"W_{11}^{[1]} ; b_i^{[1]} ; \lambda_2^{[2]}",
         r"(?<![A-Za-z\\])((?:[Wbza]|\\lambda)_\s*(?:\{[^{}]{1,12}\}|\d|[ijklmn]))\s*\^\s*\{\s*\(\s*(\d)\s*\)\s*\}",
         r"\1^{[\2]}"),
    Rule("indices with spaces", r"W_{1 1}, W_{1\,2}", r"W_{1,1}, W_{1,2}",
         r"_\s*\{\s*(\d{1,2})\s*(?:\s|\\,|\\ |\\;|~)+\s*(\d{1,2})\s*\}", r"_{\1,\2}"),
    Rule("letter indices with spaces", r"w_{j k}, W_{i\,j}^{[1]}", r"w_{jk}, W_{ij}^{[1]}",
         r"_\s*\{\s*([ijklmn])\s*(?:\s|\\,|\\ |\\;|~)+\s*([ijklmn])\s*\}", r"_{\1\2}"),
    Rule("layers of units, per-output kernels", r"z^{(1)}_1, h^{(1)}, K^{(2)}, J^{(1)}, \Theta^{(2)}",
         r"z^{[1]}_1, h^{[1]}, K^{[2]}, J^{[1]}, \Theta^{[2]}",
         r"(?<![A-Za-z\\])([zahWbKJ]|\\Theta|\\lambda|\\delta)\s*\^\s*\{\s*\(\s*(\d)\s*\)\s*\}", r"\1^{[\2]}"),
)

"""How code spells names and math, as rules (data) for :mod:`symntk.check.code_files`: :data:`NAME_RULES` turn a
learner's variable names into the notes' names (``f_x1`` → f(x_1), ``lam2`` → λ_2, ``dtanh`` → tanh′) and
:data:`CODE_RULES` turn code spellings into math (``np.`` dropped, ``np.array([…])``/``torch.tensor([…], dtype=…)``
and Sage's ``vector(QQ, […])`` → their values, ``dot(a, b)`` and ``a @ b`` → a · b, ``**``/``.^`` → ^, ``.*`` → *,
``eye(2)`` → I, ``'`` after a name or bracket → ^T). Every pattern is bounded: linear in the line."""

from __future__ import annotations

import re

NAME_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bf_?x_?(\d)\b"), r"f(x_\1)"),
    (re.compile(r"\b(tr|trace|det)_?K\b"), r"\1 K"),
    (re.compile(r"\b(?:g|grad|gradient)_?x?_?(\d)_?(?:out|output|f)_?(\d)\b"), r"∇f_\2(x_\1)"),
    (re.compile(r"\bd([a-z]\d?)_d([A-Za-z]{1,2})(\w{0,12})\b"), r"d\1/d\2\3"),
    (re.compile(r"\b(?:lam|lambda|lmbda|ev|eigval|mu)_?(\d)_?(?:K|Theta|out|output|f)_?(\d)\b"), r"λ_\1^{(\2)}"),
    (re.compile(r"\b(?:lam|lambda|lmbda|ev|eigval|mu)_?(?:K|Theta|out|output|f)_?(\d)_(\d)\b"), r"λ_\2^{(\1)}"),
    (re.compile(r"\b(?:lam|lambda|lmbda|ev|eigval|mu)_?(\d)\b"), r"λ_\1"),
    (re.compile(r"^(?:lam|lambda|lmbda)$"), "λ"),
    (re.compile(r"\b(?:eig|eigs|eigvals|eigenvalues|evals|lams)\b(?!\s{0,3}\()"), "eigenvalues"),
    (re.compile(r"\b(?:tr|trace)\b(?!\s{0,3}\()"), "trace"),
    (re.compile(r"\b(?:d_?(sig|sigma|sigmoid|tanh|relu)|(sig|sigma|sigmoid|tanh|relu)_?(?:prime|deriv))\b"), r"\1\2'"),
    (re.compile(r"\bsig\b"), "sigma"),
)
CODE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:np|numpy|math|jnp|torch)\.(?:linalg\.)?"), ""),
    (re.compile(r"\b(?:array|tensor)\s{0,4}\((\[.{0,1500}?\]|[-+]?\d{1,12}(?:\.\d{0,12})?)\s{0,4}(?:,\s{0,4}(?:dtype|"
                r"requires_grad|device)\s{0,4}=\s{0,4}[\w.'\":]{1,30}\s{0,4}){0,3}\)"), r"\1"),   # tensor(…, dtype=…)
    (re.compile(r"\b(?:vector|matrix)\s{0,4}\(\s{0,4}(?:(?:QQ|ZZ|RR|RDF|SR|CDF)\s{0,4},\s{0,4})?(\[.{0,1500}\])\s{0,4}\)"),
     r"\1"),   # Sage's vector(QQ, [1, 0, 2]) and matrix(QQ, [[8, 12], [12, 19]])
    (re.compile(r"\bdot\s{0,4}\(\s{0,4}(\w{1,30})\s{0,4},\s{0,4}(\w{1,30})\s{0,4}\)"), r"\1 · \2"),
    (re.compile(r"(?<=\w)\s{0,4}@\s{0,4}(?=\w)"), " · "),
    (re.compile(r"\.?\*\*|\.\^"), "^"),
    (re.compile(r"\.\*"), "*"),
    (re.compile(r"\beye\s{0,2}\(\s{0,2}\d{1,2}\s{0,2}\)"), "I"),
    (re.compile(r"(?<=[\w\])])'"), "^T"),
)

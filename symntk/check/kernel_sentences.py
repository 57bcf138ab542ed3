"""Kernel entries, the trace, the determinant and the eigenvalues, and gradients at the datapoints, named in
(English) sentences before their inline math: the rules :mod:`symntk.check.sentences` applies to a line's skeleton
(its inline math as ``@k@``), each giving ``put(k, name)`` the name the k-th math's value is of."""

from __future__ import annotations

import re

from .named_tuples import forward_names
from .ordinal_results import ORD, ORDINALS, M
from .point_words import VECTOR_MATH, math_point

_KERNEL = [
    (re.compile(r"(?:kernel\s)?entry\sfor\sthe\s" + ORD + r"\sand\s(?:the\s)?" + ORD + r"\spoints?,?\s" +
                r"(?:is|it's|it is)\s" + M), (1, 2)),
    (re.compile(r"(?:kernel\s)?entry\sfor\sthe\s" + ORD + r"\spoint\swith\sitself,?\s(?:is|it's|it is)\s" + M),
     (1, 1)),
    (re.compile(r"(?<![\w-])" + ORD + r"\sdiagonal(?:\s(?:entry|one|element|term))?,?\s(?:is|it's)\s" + M), (1, 1)),
]
_INDEXED = re.compile(r"@(\d{1,4})@\s(?:entry|element)(?:\sof\s(?:the\skernel|@(\d{1,4})@))?,?\s"
                      r"(?:is|it's)\s" + M)
_DIAGONAL = re.compile(r"(?<![\w-])diagonal\s(?:entries|elements)\s(?:are|of\s@(\d{1,4})@\sare)\s" + M +
                       r"(?:,\s" + M + r")?,?\sand\s" + M + r"(?![\w@]|\s?[-+*/=])")
_PAIR = re.compile(r"(?:(?:kernel\s)?entry\s(?:for|between)\sthe\stwo\s(?:data)?points|(?<![\w-])off-diagonal"
                   r"(?:\s(?:entry|one|element|term))?),?\s(?:is|it's)\s" + M)
_SLICE_WORDS = re.compile(r"(?<![\w-])" + ORD + r"\s(column|row)\sof\s(?:the\skernel(?:\smatrix)?|@(\d{1,4})@|K),?\s"
                          r"(?:is|it's|reads|equals)\s" + M)
_GIVES = r"(?:is|it's|comes\sout\s(?:as|to)|works\sout\s(?:as|to))\s"
_GRADIENT = [
    re.compile(r"[Gg]radient\sat\s(?:the\s)?@(\d{1,4})@,?\s" + _GIVES + M),
    re.compile(r"[Gg]radient\sat\sthe\s" + ORD + r"\spoint,?\s" + _GIVES + M),
    # the point first: "at $x_1$ the gradient is $(…)$", "Bei $x_1$ ist der Gradient …", "Í $x_1$ verður stigullinn …"
    re.compile(r"(?<![\w-])[Aa]t\s(?:the\s)?@(\d{1,4})@,?\s(?:(?:the\s)?[Gg]radient\s" + _GIVES +
               r"|is\s(?:the\s)?[Gg]radient\s)" + M),
]
_GRADIENT_PAIR = re.compile(r"gradients?\s(?:of\s|are\s|is\s)?" + M + r"\sat\sthe\sfirst\spoint,?\sand\s" + M +
                            r"\sat\sthe\ssecond")
_GRADIENT_LIST = re.compile(r"(?:two|three|both|the)\sgradients\sare\s" + M + r"(?:,\s" + M + r")?,?\sand\s" + M)
_AT_IT = re.compile(r"(?:[Aa]t\s@(\d{1,4})@|[Aa]t\sthe\s" + ORD + r"\spoint),?\s(?:it's|it is)\s" + M)
_AT_THIS = re.compile(r"[Aa]t\sthe\s" + ORD + r"\spoint,?\s(?:this|that)\s(?:gives|is)\s" + M)
_ABOUT = r"(?:about|approximately|roughly|around)\s"
_STATED = r"(?:(?:is|comes\sout\s(?:as|to)|works\sout\s(?:as|to))\s(?:" + _ABOUT + r")?|" + _ABOUT + r")"
_MATRIX_QUANTITY = re.compile(r"(?<![\w-])(trace|determinant)(?:\sof\s(?:the\skernel|the\smatrix|@(\d{1,4})@))?,?\s("
                              + _STATED + r")" + M)
_EIGENVALUES = re.compile(r"(?<![\w-])eigenvalues(?:\sof\s@(\d{1,4})@)?\s"
                          r"(?:are|come\sout\sas|come\sto|work\sout\sas)\s(" + _ABOUT + r")?(?:exactly\s)?" + M +
                          r"(?:,\s(?:exactly\s)?" + M + r")?,?\sand\s"
                          r"(?:exactly\s)?" + M + r"(?![\w@]|\s?[-+*/=])")
NUMBER = re.compile(r"^\s?[-−]?\d{1,6}(?:\.\d{1,8})?\s?$")


def matrix_words(sk: str, texts: list[str], n_points: int, put, merged: dict) -> None:
    """``the trace is $27$``, ``the determinant is about $…$``, ``the eigenvalues come out as about $26.7$ and
    $0.3$`` (one claim about all N eigenvalues, ``≈`` when said to be about)."""
    for m in _MATRIX_QUANTITY.finditer(sk):
        if m.group(2) is not None and texts[int(m.group(2))].strip() != "K" or re.search(r"tr|det|K|λ|lambda",
                                                                                     texts[int(m.group(4))]):
            continue
        name = r"\operatorname{tr} K" if m.group(1) == "trace" else r"\det K"
        sign = r" \approx " if re.search(_ABOUT, m.group(3)) else " = "
        put(int(m.group(4)), name + sign)
    for m in _EIGENVALUES.finditer(sk):
        ks = [int(g) for g in m.groups()[2:] if g is not None]
        if m.group(1) is not None and texts[int(m.group(1))].strip() != "K" or len(ks) != n_points or \
                not all(NUMBER.match(texts[k]) for k in ks):
            continue
        sign = r"\approx" if m.group(2) else "="
        merged[ks[0]] = (ks[-1], rf"\lambda {sign} ({', '.join(texts[k].strip() for k in ks)})")


def kernel_words(sk: str, texts: list[str], n_points: int, put) -> None:
    """K_ij named in words: ``the kernel entry for the first and second points is $12$``, ``the first diagonal
    entry is $8$``, ``the $(1,2)$ entry of $K$ is $12$``, ``the diagonal entries are $8$ and $19$``."""
    for pattern, (a, b) in _KERNEL:
        for m in pattern.finditer(sk):
            i, j = ORDINALS[m.group(a)], ORDINALS[m.group(b)]
            if max(i, j) <= n_points:
                put(int(m.group(m.lastindex)), f"K_{{{min(i, j)}{max(i, j)}}} = ")
    for m in _PAIR.finditer(sk) if n_points == 2 else ():   # "the kernel entry for the two points is $…$"
        put(int(m.group(1)), "K_{12} = ")
    for m in _INDEXED.finditer(sk):   # "the $(1,2)$ entry of $K$ is $12$"
        pair = re.match(r"^\s?\(?\s?([1-9])\s?,\s?([1-9])\s?\)?\s?$", texts[int(m.group(1))])
        if pair and max(int(pair.group(1)), int(pair.group(2))) <= n_points and \
                (m.group(2) is None or texts[int(m.group(2))].strip() == "K"):
            i, j = sorted((int(pair.group(1)), int(pair.group(2))))
            put(int(m.group(3)), f"K_{{{i}{j}}} = ")
    for m in _SLICE_WORDS.finditer(sk):   # "the second column of $K$ is $(12, 19)$": K_{:,2} (kernel_slices)
        i, k = ORDINALS[m.group(1)], int(m.group(4))
        if i <= n_points and (m.group(3) is None or texts[int(m.group(3))].strip() == "K") and \
                VECTOR_MATH.match(texts[k]) and texts[k].count(",") + 1 == n_points:
            put(k, f"K_{{:,{i}}} = " if m.group(2) == "column" else f"K_{{{i},:}} = ")
    for m in _DIAGONAL.finditer(sk):   # "the diagonal entries are $8$ and $19$"
        ks = [int(g) for g in m.groups()[1:] if g is not None]
        if len(ks) == n_points and (m.group(1) is None or texts[int(m.group(1))].strip() == "K"):
            for i, k in enumerate(ks, start=1):
                put(k, f"K_{{{i}{i}}} = ", value_only=True)


def gradient_words(sk: str, texts: list[str], n_points: int, n_params: int, put, near: bool, n_inputs: int,
                   points, gradient_before: bool = False) -> None:
    """∇θ f(x_i) named at a datapoint: ``the gradient at $x_1$ is $(…)$`` (also ``at $x_1 = 1$``, the point first:
    ``at $x_1$ the gradient is $(…)$``), ``gradients $(…)$ at the first point and $(…)$ at the second``, ``the three
    gradients are $(…)$, $(…)$ and $(…)$``; ``at $x_2$ it is $(…)$`` on a line that says *gradient* or right after one
    (``gradient_before``)."""
    def vector(k: int, exact: bool) -> bool:   # not exact: θ with an entry or two dropped, never ∇_x f
        if k and forward_names(texts[k - 1]):   # "for $(z, h, f)$ we get $(…)$": those quantities, not ∇f
            return False
        last = texts[k].rsplit("=", 1)[-1]   # "(1·2, 0, 1) = (2, 0, 1)": the chain's last link, worked out
        entries = last.count(",") + 1
        return bool(VECTOR_MATH.match(last)) and (entries == n_params or not exact and
                                                  n_params - 2 <= entries <= n_params + 1 and entries != n_inputs)

    def grad(k: int, i: int, exact: bool = False) -> None:
        if 1 <= i <= n_points and vector(k, exact):
            put(k, rf"\nabla_\theta f(x_{{{i}}}) = ")

    for m in (*_GRADIENT[0].finditer(sk), *_GRADIENT[2].finditer(sk)):
        grad(int(m.group(2)), math_point(texts[int(m.group(1))], points))
    for m in _GRADIENT[1].finditer(sk):
        grad(int(m.group(2)), ORDINALS[m.group(1)])
    for m in _GRADIENT_PAIR.finditer(sk):
        if n_points == 2:
            grad(int(m.group(1)), 1)
            grad(int(m.group(2)), 2)
    for m in _GRADIENT_LIST.finditer(sk):
        ks = [int(g) for g in m.groups() if g is not None]
        if len(ks) == n_points:
            for i, k in enumerate(ks, start=1):
                grad(k, i)
    if gradient_before or re.search(r"[Gg]radients?\b", sk):
        for m in _AT_IT.finditer(sk):
            index = math_point(texts[int(m.group(1))], points, valued=False) if m.group(1) else \
                ORDINALS.get(m.group(2) or "", 0)
            grad(int(m.group(3)), index, exact=True)
    for m in _AT_THIS.finditer(sk) if near else ():   # "at the first point this gives $(…)$": a vector of P entries
        grad(int(m.group(2)), ORDINALS[m.group(1)], exact=True)

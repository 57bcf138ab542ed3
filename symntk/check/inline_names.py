"""What prose right before inline math names: ``spor $= 27$`` (a quantity in words), ``f(x) = $…$`` (a name
typed in prose), ``gradient at $x_1$: $(…)$`` (a labelled vector), ``Sum $= 46$`` (a remark about a word)."""

from __future__ import annotations

import re

from .arabic_script import RTL_KINDS
from .discriminant_words import discriminant_names
from .inner_product_words import dot_as_kernel
from .point_gradients import point_label
from .quantity_words import CHARPOLY_WORDS, TRACE_DET_WORDS, word_quantity

LEADS = ("=", "\\approx", "≈", "\\Rightarrow", "\\implies")

QUANTITY_WORDS = {"spor": r"\operatorname{tr} K", "sporið": r"\operatorname{tr} K", "trace": r"\operatorname{tr} K",
                  "spur": r"\operatorname{tr} K", "traza": r"\operatorname{tr} K", "traccia": r"\operatorname{tr} K",
                  "spår": r"\operatorname{tr} K", "spåret": r"\operatorname{tr} K", "sporet": r"\operatorname{tr} K",
                  "ákveða": r"\det K", "ákveðan": r"\det K", "determinanten": r"\det K",
                  "determinant": r"\det K", "determinante": r"\det K",
                  "spoor": r"\operatorname{tr} K", "det": r"\det K", "tr": r"\operatorname{tr} K",
                  **dict.fromkeys(("ślad", "śladu", "traço", "traco", "trazo"), r"\operatorname{tr} K"),
                  **dict.fromkeys(("wyznacznik", "wyznacznika", "déterminant", "determinant", "determinantti",
                                   "determinantiksi", "determinantin"), r"\det K"),
                  **dict.fromkeys(("jälki", "jäljeksi", "jäljen", "iz", "izi"), r"\operatorname{tr} K"),   # fi, tr
                  **dict.fromkeys(("stopa", "stopy", "stopu", "stopě", "stopou", "sled", "след", "следа"),
                                  r"\operatorname{tr} K"),
                  **dict.fromkeys(("determinantu", "determinantem", "определитель", "детерминант"), r"\det K"),
                  **dict.fromkeys(("gradient", "gradienten", "gradiënt", "gradiente", "grad", "stigull", "stigullinn",
                                   "gradientti"),
                                  r"\nabla_\theta f"),
                  "θ": r"\theta", "theta": r"\theta", **discriminant_names(), **TRACE_DET_WORDS}   # θ $= (W^{[1]}, …)$
# a word: letters, with the vowel signs and viramas of an Indic script or Thai (``ট্রেস``, ``ดีเทอร์มิแนนต์``)
_WORD_BEFORE = re.compile(r"((?:[^\W\d_]|[\u0900-\u0dff\u0e01-\u0e4f])+)\W{0,3}$")
# ``Spur $K = 46$``, ``trace de $K = 46$``, ``det $K = 704$``: a word for tr or det right before inline math that
# starts with the bare matrix name K and a relation
_K_AFTER_WORD = re.compile(r"\s*K\s*(?==|\\approx(?![A-Za-z])|≈)")
# ``Le polynôme caractéristique est $λ^2 − 27λ + 8$``, ``Charakteristisches Polynom: $…$``: the polynomial in λ
# named in words right before math with no relation of its own
_CHARPOLY_BEFORE = re.compile(r"(?:" + CHARPOLY_WORDS + r")[ \t]{0,3}"
                              r"(?:(?:is|ist|lautet|est|es|é|:|дорівнює|равен|است|هي)[ \t]{0,3})?:?[ \t]{0,3}$", re.I)
_WORD_OF_K = re.compile(r"(?<![\w\\])([^\W\d_]+)(?:[ \t]+(?:von|der|de|of|du|di|da|del|af))?[ \t]{0,3}$")


# ``Spor $K$ er $24$``, ``the determinant of $K$ is $7$``, ``ákveða $8 \cdot 16 - 121 = 7$``: a word for tr or det (K
# in math after it, a verb) right before inline math that is only numbers (Danish "det" with a verb and no K excepted);
# or the word and a colon (``Discriminant: $27^2 - 4 \cdot 140 = 169$``, ``المميز: $729 − 560 = 169$``)
_SAID_OF_K = re.compile(r"(?<![\w\\])([^\W\d_]+)(?:[ \t]+(?:of|af|von|de|du|di))?([ \t]{0,3}\$\s*K\s*\$)?"
                        r"(?:[ \t]{1,3}((?:er|is|ist|est|es|är|equals|on|=)[ \t]{1,3})?|[ \t]{0,2}:[ \t]{0,3})$", re.I)
_ARITHMETIC = re.compile(r"^\s*[-−(]?\d(?:[-−+*/·=(). ,{}\d^²]|\\cdot|\\times|\\approx){0,80}$")   # 27^2 − 4 · 140
# "the other two are", "the remaining one is", "the others are" right before math that starts with a relation: the
# rest of a set named earlier on the line (eigenvalues, when the line says so), not the formula before
_OTHERS_ARE = re.compile(r"(?<![\w-])(?:the\s+)?(?:other|others|remaining|rest)(?:\s+(?:two|one|three|ones|of\s+them))?"
                         r"\s+(?:are|is|must\s+be|=)\s{0,3}$", re.I)
_EIGEN_SAID = re.compile(r"eigenvalue|\\lambda(?![A-Za-z])|λ", re.I)
_GLUED = {"relu": r"\operatorname{relu}", "tanh": r"\tanh", "sigma": r"\sigma", "sigmoid": r"\sigma",
          "sech": r"\operatorname{sech}", "softplus": r"\operatorname{softplus}"}


def quantity_named(text: str, at: int, body: str) -> str:
    """``spor $= 27$``: inline math that starts with a relation takes the quantity named just before it (and
    ``Spur $K = 46$``, ``det $K = 24$``: math that starts with ``K =`` after a word for tr or det is tr K, det K);
    ``relu$(z) = …$``, ``relu'$(z) = 1$``: a function name (and its primes) glued to the math belongs to it."""
    glued = re.search(r"([A-Za-z]+)(['′]{0,2})$", text[max(0, at - 12):at])   # relu'$(z) = 1$: the prime too
    if glued and glued.group(1).lower() in _GLUED and body[:1] in ("(", "'", "′"):
        return _GLUED[glued.group(1).lower()] + glued.group(2).replace("′", "'") + body
    if "\\lambda" in body and not _RELATION_IN.search(body) and _CHARPOLY_BEFORE.search(text[max(0, at - 60):at]):
        monic = not body.lstrip().startswith("-")   # a leading +λ^n: the monic convention det(λI − K)
        return ("\\det(\\lambda I - K) = " if monic else "\\det(K - \\lambda I) = ") + body
    word_k = _K_AFTER_WORD.match(body)
    if word_k and "\\begin" not in body:
        m = _WORD_OF_K.search(text[max(0, at - 40):at])
        name = QUANTITY_WORDS.get(m.group(1).lower()) if m else None
        return f"{name} {body[word_k.end():]}" if name and name not in (r"\nabla_\theta f", r"\Delta") else body
    said = _SAID_OF_K.search(text[max(0, at - 50):at]) if _ARITHMETIC.match(body) else None
    if said and not (said.group(1).lower() == "det" and said.group(2) is None and said.group(3)):
        name = QUANTITY_WORDS.get(said.group(1).lower())   # Spor $K$ er $24$, ákveða $8 \cdot 16 - 121 = 7$
        if name and name != r"\nabla_\theta f":
            return f"{name} = {body}"
    if not body.lstrip().startswith(("=", "\\approx", "≈")):
        return body
    dot = dot_as_kernel(text, at, body)   # "$∇f(1) = …$, $∇f(-1) = …$, dot $= -3$": K(1, -1)
    if dot is not None:
        return dot
    start = text.rfind("\n", 0, at) + 1
    if _OTHERS_ARE.search(text[max(start, at - 60):at]) and _EIGEN_SAID.search(text[max(start, at - 400):at]):
        return "\\lambda " + body   # "one eigenvalue is 0 …, so the other two are $\approx 42.15$": eigenvalues
    m = _WORD_BEFORE.search(text[max(0, at - 40):at])
    name = word_quantity(m.group(1).lower(), QUANTITY_WORDS) if m else None
    return f"{name} {body}" if name else body


# df/dw1, df/dW2_2, ∂f/∂b_k, df_2/dv typed in prose right before the math of its value
_CASUAL_DERIVATIVE = (r"(?<![\w\\])(?:d|∂)f(?:_\{?\d\}?)?[ \t]?/[ \t]?(?:d|∂)(?:[A-Za-z]|θ|\\theta ?)"
                      r"(?:\d{1,2}(?:_\{?\d{1,2}\}?)?|_\{?[\w,]{1,4}\}?)?")
_PLAIN_NAME = r"(?:[A-Za-z]|λ|Δ)(?:_\{?[\w,]{1,4}\}?|\d{1,2}(?:_\{?\d{1,2}\}?)?)?"   # x, K_{12}, b1, W1_2, λ_1
_NAME_BEFORE = re.compile(r"(?<![\w\\{}^/])(" + _PLAIN_NAME + r"(?:\^\{?[\w\[\]()]{1,6}\}?)?(?:\([^()$\n=]{1,12}\))?|"
                          + _CASUAL_DERIVATIVE + r")[ \t]{0,3}(?P<rel>=|≈|\\approx(?![A-Za-z]))[ \t]{0,3}$")
# "so f is $…$", "f(x) ist $…$": the network's output named in prose with a verb right before its formula
_F_IS = re.compile(r"(?<![\w\\$])(?<!of )(?<!von )(?<!af )(?<!di )(?<!de )(?<!du )"
                   r"(f(?:\([ \t]{0,2}x[ \t]{0,2}\))?)[ \t]{1,3}(?:is|equals|ist|er|est|es|är|on|é)[ \t]{1,3}$")
# words after "f is $…$" that go on with the formula: "f is $\theta_4$ plus a product" (the math is only a part)
_GOES_ON = re.compile(r"\$?[ \t]{0,3}(?:[-+*/·×^]|(?:plus|minus|times|over|divided|multiplied|added|mal|sinnum|"
                      r"volte|più|meno|per|with|mit|með|con|evaluated|applied|of|von|af|di)(?![^\W\d_]))", re.I)
_NETWORK_SYMBOL = re.compile(r"(?<![A-Za-z\\])[Wbw](?![A-Za-z])|\\theta|θ")
_RELATION_IN = re.compile(r"=|\\approx(?![A-Za-z])|≈|\\Rightarrow|\\implies|<|>|\\le|\\ge|\\to(?![A-Za-z])")
_VALUE_CHAIN = re.compile(r"^\s*(?:\d|[-−(]\s*\d|\\[dt]?frac(?![A-Za-z])|\\sqrt(?![A-Za-z]))[^=<>]*(?:=|\\approx|≈)")


def _math_end(text: str, at: int, body: str) -> int:
    """Where the inline math opening at ``at`` with text ``body`` ends in ``text`` (after its body)."""
    found = text.find(body, at)
    return found + len(body) if found >= 0 else at


def name_before(text: str, at: int, body: str) -> tuple[int, str]:
    """``f(x) = $θ_5(θ_1 x + θ_3)$``, ``K \\approx $…$``, ``λ = $\\frac{25 \\pm 9}{2} = 17$``: a name and ``=`` (or
    ``≈``) typed in prose right before inline math with no relation of its own, or with a chain of working opening with
    a value, belong to it; so does ``f is $…$`` (f or f(x) and a verb) before math naming W, b or θ. (start, text)"""
    if _RELATION_IN.search(body) and not _VALUE_CHAIN.match(body):
        return at, body
    start = text.rfind("\n", 0, at) + 1
    m = _NAME_BEFORE.search(text[max(start, at - 40):at])
    if m is None:
        m = _F_IS.search(text[max(start, at - 40):at])
        if m is None or not _NETWORK_SYMBOL.search(body) or _GOES_ON.match(text, _math_end(text, at, body)):
            return at, body
        return at, f"{m.group(1)} = {body}"   # "f is $W^{[2]}\,relu(W^{[1]}x + b^{[1]}) + b^{[2]}$"
    return at - len(m.group(0)), f"{m.group(1)} {m.group('rel')} {body}"


_BARE_VECTOR = re.compile(r"^\s*(?:\\(?:left|bigl?|Bigl?|biggl?|Biggl?)\s*)?[(\[][^=<>]*[)\]]"
                          r"\s*(?:\^\s*\{?\s*(?:T|\\top|\\intercal)\s*\}?)?\s*$|"
                          r"^\s*\\begin\{[pbB]matrix\}[^=<>]*\\end\{[pbB]matrix\}\s*(?:\^\s*\{?\s*(?:T|\\top)\s*\}?)?\s*$")
_LABEL = re.compile(r"(?:x_\{?\d{1,2}\}?|x\^\{?\(\d{1,2}\)\}?|x[₁-₉]|\bgrad\w*|\\nabla|∇|stigul\w*|gradient\w*)"
                    r"[^:\n]{0,40}(?::|のとき|の時|时|時)\s*$|"   # a label ending in ":" (or "when"), or grad
                    r"(?<![\w\\])(?:grad|gradient|gradienten|gradiënt|gradiente|stigull)(?:\s+(?:is|er|ist|é|är|es|=))?\s*$|"
                    # a row of the Jacobian (at a general x): ∇f(x)ᵀ
                    r"(?<!\w)(?:row|lína|línan|zeile|ligne|fila|rad|raden|række)\s+(?:of|af|í|der|de|du|av|i)\s+"
                    r"(?:the\s+|la\s+)?(?:\$?J\$?|jacobi[\w-]{0,12}|jakobi[\w-]{0,12})"
                    r"(?:\s+(?:is|er|ist|est|es|är|=))?\s*$",
                    re.I)


def labelled_vector(text: str, at: int, body: str) -> str | None:
    """``Í $x_1 = 1$: $(1, 0, 1, 0, 1, 2, 1)$``, ``gradient at $x_2$: $(…)^T$``: a bare vector of two or more
    entries after a label that names a datapoint or the gradient and ends in a colon is the gradient (at the
    datapoint of the context, see :func:`symntk.check.judge_gradients.judge_gradient`), of the output f_k the last
    gradient written before it names (``∇_θ f_2 = (…)`` then ``x_1: (…)``). After a label that names the datapoint,
    the vector may come with its working: ``grad at $x_1$: $(1 \\cdot 2, 3) = (2, 3)$`` (also after a label that
    names no datapoint when every member is numbers: ``grad = $(2 \\cdot 1, 0) = (2, 0)$``); so do the words of
    :func:`symntk.check.point_gradients.point_label` (``the gradient at $x_1$ is $(…)$``), at that datapoint."""
    if len(body) > 2000 or (body.count(",") + body.count("\\\\")) < 1:
        return None
    start = text.rfind("\n", 0, at) + 1
    found = _LABEL.search(text[max(start, at - 80):at])
    pointed = None if found else point_label(text, at)
    label = found.group(0) if found else pointed[0] if pointed else None
    if not label or not (_BARE_VECTOR.match(body) or _vector_chain(body) and (_POINT_NAMED.search(label)
                                                                              or _numbers_only(body))):
        return None
    at_point = f"(x_{{{pointed[1]}}})" if pointed and pointed[1] else ""   # "and at $x^{(2)}$ it's $(…)$": at x_2
    return f"\\nabla_\\theta {_output_before(text, start)}{at_point} = {body}"


_POINT_NAMED = re.compile(r"x_\{?\d|x\^\{?\(\d|x[₁-₉]")


def _vector_chain(body: str) -> bool:
    """``(1 \\cdot 2, 3, 1) = (2, 3, 1)``: two or more bare vectors set equal (the working of a gradient, then it)."""
    parts = _CHAIN_RELATION.split(body)
    return 1 < len(parts) <= 4 and all(_BARE_VECTOR.match(part) for part in parts)


_CHAIN_RELATION = re.compile(r"=|\\approx(?![A-Za-z])|≈")
_NUMBER_MARKUP = re.compile(r"\\(?:(?:cdot|times|left|right|bigl?|bigr|Bigl?|Bigr|quad|approx)(?![A-Za-z])|[,;! ])")
# functions of a number: tanh 1, σ(2), e^{-1}, \operatorname{sech}^2 1 are numbers too
_OF_A_NUMBER = re.compile(r"\\(?:tanh|sigma|exp|ln|log|cosh|sinh)(?![A-Za-z])|"
                          r"\\(?:operatorname|mathrm)\{(?:tanh|sech|relu|softplus|sigmoid)\}|(?<![A-Za-z\\])e(?=\s?\^)")


def _numbers_only(body: str) -> bool:
    """Only numbers, arithmetic and functions of numbers (``(2 \\cdot 1 \\cdot 0, 2) = (0, 2)``,
    ``(2(1 - \\tanh 1), 1)``): no other letter, so no function of x."""
    return not re.search(r"[^\W\d_]", _OF_A_NUMBER.sub(" ", _NUMBER_MARKUP.sub(" ", body)))


def _output_before(text: str, start: int) -> str:
    """f, or f_o when the last gradient written before ``start`` names output o."""
    outputs = [m.group(1) or m.group(2) for m in _GRADIENT_OF.finditer(text[max(0, start - 3000):start])]
    output = outputs[-1] if outputs else None
    return f"f_{_SUBS.get(output, output)}" if output else "f"


# ``Ableitung: $(W^{[2]}_{11}x, …) = (x, 3x, …)$``, ``Derivatives: $(…) = (…)$``: a word for the derivative or the
# gradient, a colon, then math that is a vector equation: the gradient as a function of x
_DERIVATIVE_WORD = re.compile(r"(?<![\w\\])(?:ableitung(?:en)?|derivatives?|derivadas?|derivat[ae]|dérivées?|"
                              r"afleið(?:a|an|ur|urnar)|pochodn[ae]|gradient(?:en)?|gradiente|stigull(?:inn)?)"
                              r"[ \t]{0,3}:[ \t]{0,3}$", re.I)
_VECTOR_EQUATION = re.compile(r"^\s*(?:\\left\s*)?\((?:[^=()]|\([^=()]*\))*\)\s*(?:\\right\s*\)\s*)?=\s*"
                              r"(?:\\left\s*)?\(")


def derivative_vector(text: str, at: int, body: str) -> str | None:
    """``Ableitung: $(…) = (…)$``: a vector equation after a word for the derivative and a colon is the gradient
    (as a function of x), of the output the last gradient written before it names; read softly (a vector of
    another length than the gradient's is left unread)."""
    if len(body) > 2000 or body.count(",") < 4 or not _VECTOR_EQUATION.match(body):   # two vectors of 3+
        return None
    start = text.rfind("\n", 0, at) + 1
    if not _DERIVATIVE_WORD.search(text[max(start, at - 40):at]):
        return None
    return f"\\nabla_\\theta {_output_before(text, start)} = {body}"


_SUBS = {ch: str(n) for n, ch in enumerate("₁₂₃₄₅₆₇₈₉", start=1)}
_GRADIENT_OF = re.compile(r"(?:\\nabla|∇)[^$\n=]{0,40}?(?<![A-Za-z\\])f(?![A-Za-z])(?:_\{?(\d)\}?|([₁-₉]))?")


_SUM_WORDS = {"minors", "hauptminoren", "minoren", "mineurs", "minorer", "minores",   # principal minors: c₂, not tr
              "sum", "summe", "somme", "summa", "samtals", "suma", "product", "produkt", "produit", "margfeldi",
              "producto", "total", "som", "totaal", "somma", "soma", "prodotto", "produto", "iloczyn", "razem",
              "totale"}


_KIND_WORDS = re.compile(r"weights?|biases?|vogir(?:nar)?|vigtir(?:nar)?|hliðranir(?:nar)?|skekkjur(?:nar)?|gewichte|"
                         r"bias(?:e|werte)?|v[ie]kter(?:na)?|vægte(?:ne)?|poids|biais|pesos?|pesi|sesgos?|" + RTL_KINDS)


def after_a_word(text: str, at: int, body: str) -> bool:
    """``Sum $= 46$``, ``Produkt $= 8$``, ``all weights $= 1$``, ``hliðranir $= 0$``: inline math that starts with a
    relation right after a word for a sum, a product, the weights or the biases is a remark about what the word
    names, not a continuation of the previous formula (it is read softly)."""
    if not body.lstrip().startswith(LEADS):
        return False
    m = _WORD_BEFORE.search(text[max(0, at - 40):at])
    if m and (m.group(1).lower() in _SUM_WORDS or _KIND_WORDS.fullmatch(m.group(1).lower())):
        return True
    return _sum_phrase(text, at)


_MINOR_WORD = re.compile(r"minor\w{0,6}|hauptminor\w{0,4}|undirákveð\w{0,5}", re.I)


def _sum_phrase(text: str, at: int) -> bool:
    """``summa 2×2 minora $= 66$``, ``sum of the principal minors $= 66$``, ``Summe der 2×2-Minoren $= 66$``: a short
    phrase of prose (at most five words, since the math or the line before it) that holds a word for a sum, a
    product or the minors names what the math is; it is not the formula before continued."""
    start = max(text.rfind("\n", 0, at), text.rfind("$", 0, at)) + 1
    gap = text[max(start, at - 60):at]
    words = re.findall(r"[^\W\d_]+", gap)
    if not words or len(words) > 5 or re.search(r"[.;:!?]\s", gap):
        return False
    return any(w.lower() in _SUM_WORDS or _MINOR_WORD.fullmatch(w) for w in words)



ROOT_MARK = "\\sqrt{\\cdot} "   # the square root of the formula before (see after_a_root)
_ROOT_WORDS = re.compile(r"(?:square\s+)?root|sqrt|wurzel|quadratwurzel|rót|kvaðratrót|racine(?:\s+carrée)?|"
                         r"raíz(?:\s+cuadrada)?|radice|rot|roten|kvadratrot", re.I)


def after_a_root(text: str, at: int, body: str) -> bool:
    """``Discriminant $… = 11.57$, root $\\approx 3.40$``: a relation right after a word for a square root
    says what the square root of the formula before is."""
    if not body.lstrip().startswith(("=", "\\approx", "≈")):
        return False
    before = text[max(0, at - 30):at].rstrip(" \t,:")
    m = re.search(r"([^\W\d_]+(?:\s+[^\W\d_]+)?)$", before)
    return bool(m and _ROOT_WORDS.fullmatch(m.group(1).split()[-1] if not _ROOT_WORDS.fullmatch(m.group(1))
                                            else m.group(1)))


# ``Jacobi bzgl. θ für $f_1$: Zeilen $(1,1,2,0,1,0)$ und $(2,1,3,0,1,0)$``, ``rows of J: $(…)$, $(…)$``: the rows of
# the Jacobian listed in prose, one per datapoint in order, of the output named on the line
_ROWS_WORD = re.compile(r"(?<![\w\\])(?:zeilen|rows|línur|línurnar|raðir|raðirnar|lignes|filas|righe|rækker|rader|"
                        r"rijen|wiersze)(?![\w])", re.I)
_JACOBIAN_WORD = re.compile(r"jacobi|jakobi|(?<![\w\\])J(?![\w])", re.I)
_ROW_GAP = re.compile(r"^[\s:,;]*(?:\$[^$]{1,400}\$[\s,;]*(?:(?:und|and|og|et|y|e|och|en|i|oraz)[\s,;]*)?)*$", re.I)
_OUTPUT_NAMED = re.compile(r"(?<![\w\\])f_\{?([1-9])\}?(?![\w(])")


def jacobian_row(text: str, at: int, body: str) -> str | None:
    """A bare vector after a word for rows (on a line, or the line after one, that names the Jacobian) and only
    earlier such vectors: the gradient at the datapoint its place names, of the output f_o the line names."""
    if len(body) > 2000 or not _BARE_VECTOR.match(body) or body.count(",") < 1:
        return None
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    rows = list(_ROWS_WORD.finditer(before))
    if not rows or len(before) - rows[-1].end() > 600 or not _ROW_GAP.match(before[rows[-1].end():]):
        return None
    above = text[text.rfind("\n", 0, max(start - 1, 0)) + 1:start]
    if not (_JACOBIAN_WORD.search(before[:rows[-1].start()]) or _JACOBIAN_WORD.search(above)):
        return None
    place = before[rows[-1].end():].count("$") // 2 + 1
    outputs = _OUTPUT_NAMED.findall(before[:rows[-1].start()])
    name = f"f_{outputs[-1]}" if outputs else "f"
    return f"\\nabla_\\theta {name}(x_{place}) = {body}"

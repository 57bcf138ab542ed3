"""The runs of math in a prose line: its tokens that are no words of prose, cut at words, colons and asides
in parentheses (``∂f/∂W = W h, so θ = (1, 1, 0)`` gives ``∂f/∂W = W h`` and ``θ = (1, 1, 0)``)."""

from __future__ import annotations

import re

from .discriminant_words import discriminant_names
from .plain_text import spaced_pairs
from .plain_words import ARROW_END, ASCII_IMPLIES, ORDINAL, quantity_run
from .quantity_words import SCRIPT_QUANTITIES, word_quantity

PROSE_QUANTITIES = {"grad": r"\nabla_\theta f", "gradient": r"\nabla_\theta f", "trace": r"\operatorname{tr} K",
                    "tr": r"\operatorname{tr} K", "spor": r"\operatorname{tr} K", "spur": r"\operatorname{tr} K",
                    "det": r"\det K", "traza": r"\operatorname{tr} K", "traccia": r"\operatorname{tr} K",
                    "determinant": r"\det K", "ákveða": r"\det K", "determinante": r"\det K",
                    "spår": r"\operatorname{tr} K", "spåret": r"\operatorname{tr} K", "determinanten": r"\det K",
                    "traço": r"\operatorname{tr} K", "traco": r"\operatorname{tr} K",
                    "迹": r"\operatorname{tr} K", "跡": r"\operatorname{tr} K", "トレース": r"\operatorname{tr} K",
                    "行列式": r"\det K", "梯度": r"\nabla_\theta f", "勾配": r"\nabla_\theta f",
                    "sporet": r"\operatorname{tr} K", "gradienten": r"\nabla_\theta f",
                    "spoor": r"\operatorname{tr} K", "ślad": r"\operatorname{tr} K", "wyznacznik": r"\det K",
                    "déterminant": r"\det K", "jejak": r"\operatorname{tr} K", "determinan": r"\det K",   # id, ms
                    **discriminant_names(), **SCRIPT_QUANTITIES}
CONDITIONS = {"if", "for", "when", "ef", "þegar", "fyrir", "für", "wenn", "falls", "otherwise", "annars", "sonst",
              "hvis", "når", "ellers", "ha", "egyébként", "若", "如果", "当", "當", "否则", "否則", "もし", "만약",
              "jika", "kalau", "bila", "apabila", "untuk", "selainnya",   # … Indonesian and Malay
              "dacă", "daca", "altfel", "kama", "ikiwa", "vinginevyo", "যদি", "নাহলে", "ถ้า",   # ro, sw, bn, th
              "kung", "kapag"}   # Tagalog
MATH_WORDS = {"tanh", "sech", "cosh", "sinh", "det", "tr", "exp", "ln", "log", "max", "min", "relu", "eig", "df",
              "sigma", "sqrt", "frac", "cdot", "approx", "theta", "lambda", "partial", "nabla"}
GREEK_NAMES = dict.fromkeys(("theta", "lambda", "sigma"))   # "theta = […]": a quantity, not a function
RELATION = re.compile(r"=|≈|\\approx")
_OPERATORS = ("=", "≈", "⟹", "⇒", "+", "-", "−", "·", "×", "*", "/", "(", "\\cdot", "\\times", "\\approx", "±", "∓")
_POWER = re.compile(r"(?<=[\w)\]])\*\*(?=[\w(])")   # 54**2 (Markdown bold is **word**)
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+")
# "→ ∇f(x₁) = (0, 2, 0, 1)", "-> K = …": an arrow that opens a line marks a result; it is no part of the math
_LEAD_ARROW = re.compile(r"^\s*(?:→|⟶|->|⟹|⇒)\s+")


# "W1 = [1; 1]     b1 = [0; 1]", "W1 = [1, 1]^T  b1 = [0, 1]^T": definitions side by side, apart by two spaces or
# more, or a tab, after a value (a number, a closing bracket, a transpose); ``df/dw11 = x_1      df/dw12 = x_2``
_SIDE_BY_SIDE = re.compile(r"([\])\d]|[\])]\s?(?:\^\s?\{?T\}?|ᵀ|')|\^\{?T\}?|ᵀ)(?:[ \t]{2,}|\t)"
                           r"(?=[A-Za-z][\w{}^\[\]]{0,12}[ \t]*=(?!=))|"
                           r"([\w)\]'])(?:[ \t]{2,}|\t)(?=[d∂]\w{0,3}/[d∂]\w{1,12}[ \t]*=(?!=))")


# "K₁₂ (fixed) = …", "λ₁ (the bigger one) ≈ 26.7": a remark in parentheses between a name and its relation
_NAME_REMARK = re.compile(r"(?<=\S)\s?\(([^()=≈\n]{2,40})\)(?=\s*(?:=|≈))")

# "grad at x1 = (1, 0, …)", "gradient of f at x_2 ≈ […]": the gradient at a datapoint said with a preposition
_GRADIENT_AT = re.compile(r"(?<![\w\\])((?:[Gg]rad(?:ient)?))(?:\s+of)?(?:\s+f)?\s+(?:at|@|bei|í|en)\s+"
                          r"(x\s?_?\{?[1-9]\}?|x\([1-9]\)|x[₁-₉])(?=\s*(?:=|≈))")


def _without_name_remarks(line: str) -> str:
    """``K₁₂ (fixed) = 12`` as ``K₁₂ = 12``: a remark of prose words only; a group with math stays."""
    def one(m: re.Match) -> str:
        words = [w.strip(".,:;!?").lower() for w in m.group(1).split()]
        return "" if all(_is_word(w) and w not in MATH_WORDS for w in words) else m.group(0)

    return _NAME_REMARK.sub(one, line)


# "theta = (w11, …, b2), 7 of them": a count in words after a closed bracket ends the bracket's statement
_COUNT_AFTER = re.compile(r"([)\]])[ \t]*,[ \t]*(?=\d{1,4}[ \t]+(?:total|in[ \t]total|in[ \t]all|of[ \t]them|alls|"
                          r"samtals|insgesamt|parameters?|params?|stikar|stika|Parameter|parametrar|parametre)\b)",
                          re.I)


# Chinese, Japanese and Korean words glued to math (``先令 h₁ = w₁x``, ``c₂(第一层)``, ``所以f = 2``): set apart as
# words of their own; an aside in brackets of such words only goes
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_CJK_ASIDE = re.compile(r"[(（]\s{0,3}[" + _CJK + r"][" + _CJK + r"\s]{0,40}[)）]")
_CJK_RUN = re.compile(r"[" + _CJK + r"]{1,80}")
# a word in Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian), Arabic script (Arabic, Persian, Urdu;
# with the zero-width non-joiner of ``داده‌ها`` and the tatweel), an Indic script (Bengali, Devanagari, …, with their
# vowel signs) or Thai, even of one letter (``і``, ``з``, ``و``): math
# names no variable in these letters, so such a token is prose
_OTHER_SCRIPT_WORD = re.compile(r"[\u0400-\u04ff\u0500-\u052f]{1,40}|"
                                r"[\u0621-\u065f\u066e-\u06d3\u06d5\u06fa-\u06ff\u0640\u200c]{1,40}|"
                                r"[\u0900-\u0963\u0970-\u09e5\u09f0-\u0dff\u200c\u200d]{1,40}|"   # Indic scripts
                                r"[\u0e01-\u0e4f\u0e5a-\u0e7f]{1,80}")   # Thai (its words run on without spaces)


def math_runs(line: str) -> list[str]:
    """The runs of math tokens in a prose line that hold a relation."""
    if _CJK_RUN.search(line):
        line = _CJK_RUN.sub(lambda m: f" {m.group(0)} ", _CJK_ASIDE.sub(" ", line))
    line = _COUNT_AFTER.sub(r"\1 so ", _without_name_remarks(line))
    line = _SIDE_BY_SIDE.sub(lambda m: (m.group(1) or m.group(2)) + ", ", spaced_pairs(line))
    line = _LEAD_ARROW.sub("", _LIST.sub("", line))
    line = _GRADIENT_AT.sub(lambda m: f"{m.group(1)} f({m.group(2).replace(' ', '')})", line)
    line = _POWER.sub("^", line).replace("**", " ").replace("__", " ")
    line = ASCII_IMPLIES.sub("⇒", line)
    if line.lstrip().startswith("#"):
        return []
    tokens = line.split()
    runs, current = [], []
    for n, tok in enumerate(tokens):
        bare = tok.strip("()[].,:;!?").lower()
        named = bare in MATH_WORDS and bare not in PROSE_QUANTITIES | GREEK_NAMES.keys() and n + 1 < len(tokens) \
            and tokens[n + 1].startswith(("=", "≈"))   # "sqrt = 10": a function's name is no quantity
        if _is_word(bare) and not _product(tokens, n) and \
                (bare not in MATH_WORDS or named or _activation_said(tokens, n)) or \
                _conjunction(tokens, n, current) or _preposition(tokens, n, current):
            if current and bare not in CONDITIONS and not _sign_follows(tokens, n):
                runs.append(current)
            elif current:   # "a = 1, b = z if j = k": the claims before the conditional one stand
                ends = [k for k, t in enumerate(current[:-1]) if t.endswith(",")]   # "= 1, if": conditional
                if ends:
                    runs.append(current[:ends[-1] + 1])
            quantity = word_quantity(bare, PROSE_QUANTITIES)
            current = [quantity] if quantity and tok[-1:] not in ",;" else []
        elif (tok.endswith(":") or tok.endswith(".") and n + 1 < len(tokens) and tok[-2:-1].isalnum()) \
                and len(tok) > 1:   # "…: …" and a sentence's end ("= 0. x1 = 1") end a run
            current.append(tok[:-1])
            runs.append(current)
            current = []
        elif tok in (":", "—"):   # "x_1 = 1 : g_1 = (…)", "θ = (…) — 7 pieces": a colon or an em dash standing
            runs.append(current)   # alone ends a run too (an em dash is prose punctuation, never a minus)
            current = []
        else:
            current.append(tok)
    if current:
        runs.append(current)
    out = []
    for run in _aside(runs):
        if run and run[0] in PROSE_QUANTITIES.values():
            run = quantity_run(run, PROSE_QUANTITIES["grad"])
        text = ARROW_END.sub("", " ".join(run).strip(" ,.;:")).strip(" ,.;:")
        if RELATION.search(text) and not text.startswith(("=", "≈")) and not ORDINAL.match(_balanced(text)):
            out.append(_balanced(text))
    return out


_ACTIVATION_NAMES = {"relu", "tanh", "sigma", "softplus"}
_SIGN = re.compile(r"^[A-Za-z](?:_?\{?\w{1,3}\}?|[₀-₉]{1,2})?(?:\(\w{1,4}\))?(?:>|<|≥|≤|>=|<=|\\g?eq?|\\l?eq?)"
                   r"-?\d{1,6}(?:[.,]\d{1,6})?[.,;]?$")
_SIGN_RELATIONS = (">", "<", "≥", "≤", ">=", "<=", "\\geq", "\\leq", "\\ge", "\\le", "\\gt", "\\lt")


def _sign_follows(tokens: list[str], n: int) -> bool:
    """A word right before a sign condition on a name (``… = 1 kun z > 0``, ``= 1 kung z>0``, ``якщо z ≥ 0``) is a
    condition word, whatever its language: the claim before it holds only under that condition."""
    after = tokens[n + 1:n + 4]
    if after and _SIGN.match(after[0]):
        return True
    return len(after) == 3 and re.fullmatch(r"[A-Za-z](?:_?\{?\w{1,3}\}?|[₀-₉]{1,2})?(?:\(\w{1,4}\))?", after[0]) \
        is not None and after[1] in _SIGN_RELATIONS and re.fullmatch(r"-?\d{1,6}(?:[.,]\d{1,6})?[.,;]?", after[2]) \
        is not None


def _activation_said(tokens: list[str], n: int) -> bool:
    """``b = 0, relu hidden layer``, ``tanh units``, ``(tanh activation)``: an activation's name with no argument,
    right before a word of prose, names the activation in words; it is no factor of the math before it."""
    tok = tokens[n].lstrip("([").rstrip(".,:;!?)]")
    if tok.lower() not in _ACTIVATION_NAMES or n + 1 >= len(tokens):
        return False
    raw = tokens[n].rstrip(".,:;!?")
    if raw.count(")") + raw.count("]") > raw.count("(") + raw.count("["):   # σ' = σ*(1 - sigma). Maple …
        return False   # it closes a bracket of the math before it: a factor there, not the activation in words
    after = tokens[n + 1].strip("()[].,:;!?").lower()
    return not tokens[n].endswith((",", ";")) and _is_word(after) and after not in MATH_WORDS


_ONE_LETTER_AND = {"y", "e", "i", "a", "o", "u"}   # and/or in Spanish, Italian, Portuguese, Czech, Polish …


def _conjunction(tokens: list[str], n: int, current: list[str]) -> bool:
    """``W = [1, 3] y b = 1``: a one-letter "and" between a finished relation and the next one (the name
    right after it is followed by ``=``) is prose, not a factor."""
    if tokens[n] not in _ONE_LETTER_AND or not current or not any(RELATION.search(t) for t in current):
        return False
    if current[-1].endswith(_OPERATORS) or n + 2 >= len(tokens) or not tokens[n + 2].startswith(("=", "≈")):
        return False
    return not tokens[n + 1].startswith(_OPERATORS)


_ONE_LETTER_AT = {"i", "í", "à", "a", "w", "v", "u"}   # at/in: no, da, sv, is; fr; es, it; pl; cs; sk
_INDEXED_POINT = re.compile(r"^\$?(?:x|\\mathbf\{x\})(?:_\{?\d|\^\{?\(\d|[₁-₉⁽])")


def _preposition(tokens: list[str], n: int, current: list[str]) -> bool:
    """``gradient i x₁ = 1: …``, ``à x_2 = 2``: a one-letter "at" before an indexed datapoint (or, for the letters
    that are no variable's name, before ``x =``) that does not follow an operator is prose, not a factor."""
    if tokens[n] not in _ONE_LETTER_AT or n + 1 >= len(tokens) or (current and current[-1].endswith(_OPERATORS)):
        return False
    after = tokens[n + 1]
    return bool(_INDEXED_POINT.match(after)) or (tokens[n] in ("i", "í", "à") and after == "x" and
                                                  n + 2 < len(tokens) and tokens[n + 2].startswith("="))


def _aside(runs: list[list[str]]) -> list[list[str]]:
    """A run cut around every remark in parentheses with its own relation: ``= 0 (b = 0)``,
    ``W = [w1, w2]ᵀ (w1 = 2, w2 = 1), b = …``; a remark left open by the words that follow it, with no relation
    (``= 0 (b⁽²⁾ is a constant)``), is dropped."""
    out = []
    for run in runs:
        current: list[str] = []
        n = 0
        while n < len(run):
            tok = run[n]
            if current and tok.startswith("(") and not current[-1].endswith(_OPERATORS) and \
                    any(RELATION.search(t) for t in current):
                end = _closing(run, n)   # an aside left open runs to the end of the run
                if end is None and not any(RELATION.search(t) for t in run[n:]):
                    break   # "= 0 (b⁽²⁾ is just a constant)": a remark in words, cut off by its words
                end = len(run) - 1 if end is None else end
                if any(RELATION.search(t) for t in run[n:end + 1]):
                    out += [current, run[n:end + 1]]
                    current, n = [], end + 1
                    continue
            current.append(tok)
            n += 1
        if current:
            out.append(current)
    return [_without_label(run) for run in out]


def _closing(run: list[str], start: int) -> int | None:
    """The index of the token that closes the parenthesis opened at ``run[start]``."""
    depth = 0
    for n in range(start, len(run)):
        depth += run[n].count("(") - run[n].count(")")
        if depth <= 0:
            return n
    return None


_NUMBER = re.compile(r"^[-−]?\d+(?:[.,]\d+)?,?$")
_LABEL = re.compile(r"^\([^()=+*/·\s]{1,20}\)[.,;:]?$")


def _without_label(run: list[str]) -> list[str]:
    """``b2 = 2 (b^[1])``: a name in parentheses after a number labels it (it multiplies nothing)."""
    out = []
    for n, tok in enumerate(run):
        if n > 1 and _LABEL.match(tok) and _NUMBER.match(run[n - 1]) and not _NUMBER.match(tok.strip(".,;:")[1:-1]):
            if tok.endswith(","):
                out[-1] += ","
            continue
        out.append(tok)
    return out


_BETWEEN = frozenset(("=", "≈", "+", "-", "−", "·", "×", "*", "/"))
_NO_NAMES = frozenset(("an", "as", "at", "be", "by", "do", "if", "in", "is", "it", "of", "on", "or", "so", "to", "we",
                       "and", "are", "but", "for", "not", "the", "was", "yes", "nor", "its", "has"))


def _product(tokens: list[str], n: int) -> bool:
    """``h = wx + b``: two or three letters standing between two operators (an operator alone before it and after
    it) are a product of one-letter names, not a word of prose."""
    tok = tokens[n]
    return 2 <= len(tok) <= 3 and tok.isascii() and tok.isalpha() and tok.lower() not in _NO_NAMES and \
        0 < n < len(tokens) - 1 and tokens[n - 1] in _BETWEEN and tokens[n + 1] in _BETWEEN


def _is_word(token: str) -> bool:
    """A word of prose: two or more Latin letters (English, Icelandic, German), nothing else, or CJK letters; a
    contraction (``that's``, ``don't``, ``we're``) and a compound of such words with hyphens, one of them at least
    four letters long (``pre-activations``, ``non-zero``), are words too."""
    head, sep, tail = token.partition("'")
    if sep and len(head) >= 2 and 1 <= len(tail) <= 2 and tail.isalpha():
        token = head + tail
    if token and _CJK_RUN.fullmatch(token):   # 所以, 然后, 共: a Chinese, Japanese or Korean word
        return True
    if token and _OTHER_SCRIPT_WORD.fullmatch(token):   # і, та, отже; و, با, پس: no math name is written so
        return True
    parts = token.split("-")
    if 2 <= len(parts) <= 3 and max(map(len, parts)) >= 4 and \
            all(_is_word(part) and part not in MATH_WORDS for part in parts):
        return True   # pre-activations, non-zero, two-output: a compound of words (never x-y, a-b)
    return len(token) >= 2 and all(ch.isalpha() and (ch.isascii() or "\u00c0" <= ch <= "\u024f") for ch in token)


def _balanced(text: str) -> str:
    """Drop an opening or closing bracket that has no partner at the ends of a run."""
    for a, b in ("()", "[]"):
        if text.startswith(a) and text.count(a) > text.count(b):
            text = text[1:]
        if text.endswith(b) and text.count(b) > text.count(a):
            text = text[:-1]
    if text.startswith("(") and text.endswith(")") and _outer(text) and "=" in text:
        text = text[1:-1]   # "(b1 = 0, b2 = 1)": an aside of relations in parentheses
    return text.strip()


def _outer(text: str) -> bool:
    """Whether the first bracket of ``text`` closes at its very end."""
    depth = 0
    for n, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return n == len(text) - 1
    return False

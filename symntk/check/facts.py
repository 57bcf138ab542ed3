"""Statements about the kernel made in words: K positive (semi-)definite, all eigenvalues positive, a zero eigenvalue.

Learners end their eigenvalue work with a sentence rather than a formula:
"Both eigenvalues are positive, so K is positive definite", "Les deux sont > 0",
"Beide Eigenwerte sind positiv", "eitt eigingildi er 0", "one eigenvalue must be 0",
"K is singular", "begge egenværdier er positive". Each such statement (in English, Icelandic, German, French,
Spanish, Danish, Norwegian or Swedish; "not …" negates it) is a claim about the kernel read last, judged from
its eigenvalues. ReLU's derivative given by cases in words ("relu′(z) = 1 if z > 0,
0 if z < 0", "afleiðan er 1 ef z > 0 annars 0", or by ``cases``) is the claim ``relu:P,N`` (its value
P for z > 0 and N for z < 0). Counts said in words beside θ ("7 of them", "Parameter (7 Stück)",
"θ er 7 staka vektor") are the claim P = N, and so is the gradient's length said in words ("the gradient only
has three entries", "θ has 7 components"). "nearly singular", "almost zero" and
the like are remarks, not claims. Every pattern is a bounded regular expression
applied to one line, so reading is linear.
"""

from __future__ import annotations

import re

from . import cjk_words, fact_words
from .dropped_parameters import fact as dropped_fact
from .dropped_words import dropped_clauses
from .kernel_choice import kernel_choice
from .other_derivatives import FACT as OTHERS_ZERO
from .other_derivatives import says_others_zero
from .plain_words import SCRIPT_DERIVATIVE, SCRIPT_IS, SCRIPT_OF
from .row_continuations import piecewise_lines
from .sign_words import sign_facts
from .source import Segment

PROPERTIES = ("psd", "pd", "eig_pos", "eig_zero", "eig_neg")

_NOT = r"(?:not|n't|cannot|nicht|kein\w*|pas|ekki|engin\w*|ingen|no|non|inte|ikke|ej|não|nao|niet|geen)" \
       r"\s+(?:\w+\s+){0,2}$"
_HEDGE = r"(?:nearly|almost|close to|approximately|fast|beinahe|presque|quasi|næstum|nánast|nærri|casi|næsten|nesten|" \
         r"nästan|tæt på|nær|quase|bijna|vrijwel)\s+$"

_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple((prop, re.compile(pattern, re.I)) for prop, pattern in (
    ("psd", r"positiv[et]?[\s-]*semi[\s-]*d[ée]finit\w*|semi[\s-]*d[ée]finie?s?[\s-]*positive?s?|"
            r"jákvætt[\s-]*hálf[\s-]*ákveð\w*|positief[\s-]*semi[\s-]*definie?t\w*|semidefinida[\s-]*positiva|\bpsd\b|\\succeq\s*0(?![\d.,])|⪰\s*0"),
    ("pd", r"positive?[\s-]*d[ée]finit\w*|positivt?[\s-]*definit\w*|d[ée]finie?s?[\s-]*positive?s?|"
           r"jákvætt[\s-]*ákveð\w*|positief[\s-]*definie?t\w*|definida[\s-]*positiva|\bpos\.?\s*def\b\.?|\bp\.\s?d\.(?!\w)|"
           r"\\succ\s*0(?![\d.,])|≻\s*0"),
    ("eig_pos", r"\b(?:both|all|beide|alle|deux|toutes|tous|bæði|öll|ambos|todos|båda|begge|allebei|"
                r"allemaal)\b[^.;:!?]{0,50}?"
                r"(?:\bpositi(?:ve|v|f|fs|ves|vos|vas|va|ef)\b(?![\s-]*(?:semi|d[ée]fini))|>\s*0(?![\d]|[.,]\d)|jákvæð\w*)|"
                r"\b(?:eigenvalues|eigenwerte|valeurs propres|eigingildin|eigingildi|autovalores|egenværdier\w*|"
                r"egenverdie\w*|egenvärden\w*|eigenwaarden)\b[^.;:!?]{0,25}?"
                r"\b(?:are|sind|sont|eru|son|são|er|är|zijn)\s+(?:(?:all|alle|tous|toutes|öll|strictly|strikt|begge|"
                r"allemaal)\s+)?"
                r"(?:positi(?:ve|v|ves|vos|ef)\b(?![\s-]*(?:semi|d[ée]fini))|jákvæð\w*|>\s*0(?![\d]|[.,]\d))"),
    ("eig_neg", r"\b(?:eigenvalues|eigenwerte|valeurs propres|eigingildin|egenværdierne|egenverdiene|egenvärdena)\s+"
                r"(?:are|sind|sont|eru|er|är)\s+(?:(?:both|all|beide|alle|bæði|öll|begge|toutes)\s+)?"
                r"(?:negative?s?|negativ[te]?|neikvæð\w*|négatives)\b|"
                r"\b(?:get|got|gets|obtain|obtained|fá|fæ|fékk|fengum|erhalte|bekomme|erhalten|obtiens|obtenu|får|fik|fick)"
                r"\s+(?:(?!no\b|not\b|engin|kein|ingen|ikke|inte|aucun)\w+\s+){0,2}(?:negative|negativ[te]?|neikvæð\w*|négatives)\s+"
                r"(?:eigenvalues?|eigenwerte?|valeurs propres|eigingildi\w*|egenværdi\w*|egenverdi\w*|egenvärde\w*)|"
                r"\b(?:has|have|with)\s+(?:one|a|an)\s+(?:\([\w\s]{1,20}\)\s+|\w+\s+)?negative\s+eigenvalue\b"),
    ("eig_zero", r"\b(?:one|an|the smallest|smallest|ein|der kleinste|une|la plus petite|eitt|minnsta|un|en|én|ett|"
                 r"den mindste|mindste|den minste|minste|minsta|um|o menor|een|de kleinste)\s+"
                 r"(?:eigenvalue|eigenwert|valeur propre|eigingildi\w*|autovalor|egenværdi\w*|egenverdi\w*|"
                 r"egenvärde\w*|eigenwaarde)\s+"
                 r"(?:is|must be|equals|will be|ist|muss|est|doit être|er|verður|es|bliver|blir|är|må være|é|"
                 r"deve ser|moet|wordt)\s*"
                 r"(?:\w+\s+)?(?:0|zero|null|nul(?:le)?|núll|cero|nulo)(?![\d]|[.,]\d)|"
                 r"\b(?:zero eigenvalue|eigenvalue (?:of )?0|eigenwert 0|eigenwert null|valeur propre nulle)\b|"
                 r"\b(?:singular|singulär|singulière|singuliere|singular|singulær|singulier)\b"),
)) + tuple((prop, re.compile(pattern)) for prop, pattern in cjk_words.FACT_PATTERNS)

_RELU_PRIME = re.compile(r"relu\s*(?:'|′|\^\s*\{?\s*\\prime|\s+derivative|\s*-?\s*ableitung)|"
                         r"(?:derivative|afleiða\w*|ableitung|dérivée|derivada|afledte|afledede|derivert\w*|"
                         r"derivaat\w*|נגזרת|похідна|производная|مشتق|derivat\w*|deriveti|ডেরিভেটিভ|অবকলজ|"
                         r"อนุพันธ์)\b[^.;]{0,30}relu|"
                         r"relu\b[^.;]{0,40}\b(?:derivative|afleiða\w*|ableitung|dérivée|derivada|afledte|afledede|"
                         r"derivert\w*|derivaat\w*)", re.I)
_CASE = re.compile(r"(-?\d+)\s*,?\s*(?:if|for|when|ef|þegar|für|wenn|falls|si|quand|para|cuando|hvis|når|om|kun|ha"
                   r"|若|如果|当|當|jika|kalau|bila|apabila|untuk|אם|если|якщо|اگر|إذا|dacă|daca|pentru|kama|ikiwa|"
                   r"যদি|ถ้า|เมื่อ|kung|kapag|pag)\s*z\s*"
                   r"(>|<|≥|≤|\\geq?|\\leq?|\\gt|\\lt)\s*0(?![\d]|[.,]\d)", re.I)
_OTHERWISE_WORD = (r"(?:otherwise|else|annars|sonst|sinon|sino|si no|ellers|muuten|muulloin|否则|否則|其他|其余|"
                   r"selainnya|lainnya|אחרת|иначе|інакше|وإلا|در غیر این صورت|altfel|în rest|vinginevyo|নাহলে|"
                   r"অন্যথায়|ไม่เช่นนั้น|นอกนั้น|kung hindi)")
_OTHERWISE = (re.compile(_OTHERWISE_WORD + r"\s*,?\s*(-?\d+)(?![\d]|[.,]\d)", re.I),   # "otherwise 0" comes first
              re.compile(r"(-?\d+)\s*,?\s*" + _OTHERWISE_WORD + r"\b", re.I))


def relu_rule(line: str) -> str | None:
    """``relu:P,N`` for a line that gives ReLU's derivative by cases in words (see the module doc)."""
    text = _plain(line)
    if not _RELU_PRIME.search(text):
        return None
    value = {}
    for m in _CASE.finditer(text):
        value["pos" if m.group(2) in (">", "≥", "\\ge", "\\geq", "\\gt") else "neg"] = m.group(1)
    other = _OTHERWISE[0].search(text) or _OTHERWISE[1].search(text)
    if other and len(value) == 1:
        value["neg" if "pos" in value else "pos"] = other.group(1)
    if set(value) != {"pos", "neg"}:
        return None
    return f"relu:{value['pos']},{value['neg']}"


_COUNT_WORDS = re.compile(r"(?<![\w.,])(\d{1,4})\s*(?:-\s*)?(?:of them|in all|in total|total|insgesamt|stück|stk\.?|"
                          r"alls|en tout|stakka|staka|stök|stykki|stykker|paramètres|parametros|parámetros|dimensional|"
                          r"i alt|штук\w?|шт\.?|تا|عدد)(?![^\W\d_])",
                          re.I)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12}
_ENTRIES_SAID = re.compile(   # "the gradient only has three entries", "θ has 7 components", "∇f has 4 partials"
    r"(?:\b(?:gradients?|theta|parameter\s+vector)\b|\\nabla|∇|\\theta|θ)[^.;:!?\d]{0,30}?"
    r"\b(?:has|have|with|contains?)\s+(?:only\s+|just\s+|exactly\s+)?"
    r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?:entries|components|coordinates|elements|partials|"
    r"partial\s+derivatives|parameters)\b", re.I)
_COUNT_ABOUT = re.compile(r"\\theta|θ|(?<![A-Za-z])theta(?![A-Za-z])|param|stik|gewicht|poids|параметр|ваг|вес|"
                          r"پارامتر|وزن|بایاس|معامل|أوزان|پیرامیٹر", re.I)
_MATH_MARKS = re.compile(r"\$|`|\\[()\[\]]|\\(?:text|mathrm|mathbf|operatorname)\s*\{|[{}]")


ORDER = re.compile(r"^\s*(?:K|\\Theta|Θ)(?:\^\s*\{?\s*[\[(]\d[\])]\s*\}?)?\s*(?:\\succ(?:eq)?|≻|⪰)\s*0\s*$")
"""``K \\succ 0`` / ``Θ \\succeq 0`` as a piece of math: the fact of its line (above), not a claim of its own."""


def _plain(line: str) -> str:
    """A line with its math marks dropped, so words and inline math read as one sentence."""
    return " ".join(_MATH_MARKS.sub(" ", line).split())


def _negated(before: str) -> bool:
    return bool(re.search(_NOT, before[-40:], re.I))


def _hedged(before: str) -> bool:
    return bool(re.search(_HEDGE, before[-30:], re.I))


_SENTENCE_END = re.compile(r"[.!?;](?!\d)")


def _asked(text: str, end: int) -> bool:
    """Whether the sentence a fact ends in at ``end`` is a question (``Strange to get a negative eigenvalue,
    shouldn't K be positive semi-definite?``): the learner wonders, and claims nothing."""
    stop = _SENTENCE_END.search(text, end)
    return stop is not None and stop.group(0) == "?"


def facts_of_line(line: str) -> list[str]:
    """The properties a line states, each as ``prop`` or ``not:prop`` (see the module doc)."""
    text = _plain(line)
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for prop, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # "positive semi-definite" is not also "positive definite"
            before = text[:m.start()]
            if _hedged(before) or cjk_words.hedged(before) or _asked(text, m.end()):
                continue
            taken.append((m.start(), m.end()))
            no = _negated(before) or cjk_words.negated(before, text[m.end():])
            found.append(("not:" if no else "") + prop)
    for prop, start, end in fact_words.facts(text):   # Korean, Vietnamese, Hindi, Hungarian
        if any(a < end and start < b for a, b in taken):
            continue
        before = text[:start]
        if fact_words.hedged(before) or _asked(text, end):
            continue
        taken.append((start, end))
        no = _negated(before) or fact_words.negated(before, text[end:])
        found.append(("not:" if no else "") + prop)
    return list(dict.fromkeys(found))


_ACTIVATION = {"tanh": "\\tanh", "sigma": "\\sigma", "sigmoid": "\\sigma", "σ": "\\sigma",
               "relu": "\\operatorname{relu}"}
_DERIVATIVE_WORDS = re.compile(
    r"(?:(?<![\w\\])(?:derivative|afleiða|afleiðan|afleiðu|ableitung|dérivée|derivada|afledte|afledede|deriverte|derivatan|"
    r"derivata|afgeleide|pochodna)\s+(?:of|af|von|de|del|av|di|van)\s+(?:the\s+|la\s+|die\s+|der\s+)?"
    r"|(?<![\w\\])(?:" + SCRIPT_DERIVATIVE + r")\s+(?:(?:" + SCRIPT_OF + r")\s+)?)"
    r"(?:\$\s*\\?(?:operatorname\s*\{\s*|mathrm\s*\{\s*)?(tanh|sigma|σ|relu|ReLU)\}?\s*(\(\s*z\s*\))?\s*\$|"
    r"(tanh|sigmoid|σ|relu|ReLU)(\(\s*z\s*\))?)"
    r"\s{1,3}(?:is|er|ist|est|es|är|equals|=|" + SCRIPT_IS + r")\s{1,3}\$([^$]{1,80})\$", re.I)


# Finnish puts the activation first, in the genitive: "ReLU:n derivaatta on $…$", "$\tanh$:n derivaatta on $…$",
# "sigmoidin derivaatta on $…$" (the same groups as above)
_GENITIVE_DERIVATIVE = re.compile(
    r"(?:\$\s*\\?(?:operatorname\s*\{\s*|mathrm\s*\{\s*)?(tanh|sigma|σ|relu)\}?\s*(\(\s*z\s*\))?\s*\$|"
    r"(?<![\w\\])(tanh|sigmoid|σ|relu)(\(\s*z\s*\))?)(?::n|:in|in|n)\s{1,3}(?:osittais)?derivaatta"
    r"\s{1,3}(?:on|=)\s{1,3}\$([^$]{1,80})\$", re.I)
_CASE_AFTER = re.compile(r"\s*,?\s*(?:on|for|when|if|where|at|in|ef|þegar|fyrir|á|für|wenn|bei|falls|si|pour|quand|kun|"
                         r"när|för|hvis|når|for|se|quando|per|para|cuando)(?![\w])", re.I)


def derivative_rule(line: str) -> str | None:
    """An activation's derivative said in words around math: "afleiðan af $\\tanh$ er $1 - \\tanh^2$",
    "the derivative of $\\sigma(z)$ is $\\sigma(z)(1-\\sigma(z))$" is the rule ``\\tanh' = 1 - \\tanh^2`` (the
    activation's argument, when written, kept); None for any other line."""
    m = _DERIVATIVE_WORDS.search(line) or _GENITIVE_DERIVATIVE.search(line)
    if m is None or "=" in m.group(5) or _CASE_AFTER.match(line[m.end():]):
        return None   # "… is $1$ on the positive side": one case of a rule, not the rule
    name = _ACTIVATION[(m.group(1) or m.group(3)).lower()]
    return f"{name}'{m.group(2) or m.group(4) or ''} = {m.group(5).strip()}"


def _runs_on(line: str, below: str) -> list[tuple[list[str], bool]]:
    """``the bias $b_3$ only shifts f,`` ↵ ``so it does not matter, I leave it out.``: a sentence that starts on
    ``line`` (ending in no stop) and drops, on the line below, the parameter named here: said on this line."""
    if not line.strip() or not below.strip() or line.rstrip()[-1:] in ".!?:;" or \
            dropped_clauses(below) and not _continues(line, below):
        return []
    return dropped_clauses(line.rstrip() + " " + below.lstrip())


def _continues(line: str, below: str) -> bool:
    """Whether ``below`` carries on the clause list of ``line`` (``… die Ableitung danach ist 0,`` ↵ ``also lasse
    ich $b^{[2]}$ weg``): ``line`` ends in a comma and ``below`` starts with a small letter."""
    return line.rstrip().endswith(",") and below.lstrip()[:1].islower()


def fact_segments(text: str, limit: int = 600) -> list[Segment]:
    """Segments for the statements in words of every line of ``text`` (a fenced code block excepted)."""
    out: list[Segment] = []
    fenced = False
    lines = text.split("\n")
    for n, line in enumerate(lines, start=1):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced or len(out) > limit:
            continue
        rule = relu_rule(line)
        if rule:
            out.append(Segment(n, line.strip()[:200], False, soft=True, fact=rule))
        said = derivative_rule(line)
        if said:
            out.append(Segment(n, said, False, soft=True))
        for fact in facts_of_line(line):
            out.append(Segment(n, line.strip()[:200], False, soft=True, fact=fact))
        for said, sign in sign_facts(line):   # "so that entry is negative" at a datapoint: the sign of ∂f/∂θ_k
            out.append(Segment(n, said[:200], False, soft=True, fact=sign))
        choice = kernel_choice(line)   # "I compute the 2×2 kernel of each output"
        if choice:
            out.append(Segment(n, line.strip()[:200], False, soft=True, fact=choice))
        if says_others_zero(line):   # "the other derivatives are 0": every one not written yet
            out.append(Segment(n, line.strip()[:200], False, soft=True, fact=OTHERS_ZERO))
        above = lines[n - 2] if n > 1 else ""
        said_above = _continues(above, line) and not dropped_clauses(above) and bool(_runs_on(above, line))
        for names, tentative in [] if said_above else \
                dropped_clauses(line) or _runs_on(line, lines[n] if n < len(lines) else ""):
            out.append(Segment(n, line.strip()[:200], False, soft=True, fact=dropped_fact(names, tentative)))
        for count in cjk_words.counts(_plain(line)):
            out.append(Segment(n, f"P = {count}", False, soft=True))
        for named in cjk_words.named_values(_plain(line)):
            out.append(Segment(n, named, False, soft=True))
        if _COUNT_ABOUT.search(line):
            for m in _COUNT_WORDS.finditer(_plain(line)):
                out.append(Segment(n, f"P = {m.group(1)}", False, soft=True))
        for m in _ENTRIES_SAID.finditer(line[:2000]):   # the gradient's length said in words: P
            count = m.group(1).lower()
            out.append(Segment(n, f"P = {_NUMBER_WORDS.get(count, count)}", False, soft=True))
    for n, said in piecewise_lines(text):   # relu′(z) = \begin{cases} 1 & z > 0 \\ 0 & … \end{cases}
        rule = relu_rule(said)
        if rule:
            out.append(Segment(n, said[:200], False, soft=True, fact=rule))
    return out

"""Sentences that leave a named parameter out of the work, saying it contributes nothing, as tables of words (data).

Learners drop a parameter on purpose and say so in prose: ``$b^{[2]}$ just shifts f, I'll skip it``, ``(c just
shifts f so it doesnt matter)``, ``b^2 kommt nur additiv vor, also fällt das raus``, ``b2 skiptir ekki máli, sleppi
því``, ``je laisse tomber $b^{[2]}$, il ne fait que décaler f``, ``$b_3$ no lo pongo porque solo desplaza f``. Such
a sentence claims that ∂f/∂θ for that parameter contributes nothing to the gradients and the kernel
(:mod:`symntk.check.dropped_parameters` judges it). :data:`DROPPING` lists the phrases that say so (English,
Icelandic, German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian, Polish, Czech, Slovak, Slovenian and
Croatian; ``just shifts f`` alone is true of an output bias and drops nothing); :func:`dropped_names` gives the
names a clause with such a phrase holds, the candidates for the parameter (which of them is a parameter is decided
against the exercise).

A clause is left alone (no claim) when it is a question, a condition (``if``, ``wenn``, ``ef``), about the order of
the parameters (``the order of $W$ and $b$ does not matter``, ``de volgorde … maakt niet uit``), negated besides
the phrase itself (``don't skip b2``, ``b2 darf man nicht weglassen``), about a derivative (``b2 does not matter
for ∂f/∂W1``, ``in the derivative w.r.t. W1 the b2 term drops out``), holds a relation (``=``, ``<``) or names
one datapoint (``contributes nothing at $x_2$``): those say something else. Several parameters dropped together
are written as one list (``$c_1, c_2$``, ``$b_1$ and $b_2$``), so that the judge can tell them from a sentence
naming two parameters of which it drops one. A negation before a consequence word (``so``, ``então``, ``quindi``)
is part of the reason (``$c$ does not change the shape of f, so it drops out``). A clause is *tentative* when its thing
drops out "of the derivative"/"of the gradient" (``$b^{[2]}$ is just added on, so it drops out of the derivative``)
or merely vanishes (``the $b^{[2]}$ vanish``, ``verschwindet``, ``hverfur``): the same words say that a constant
vanishes from the other derivatives, or a zero value from f, so it is a claim only when the learner's later work
leaves the parameter out (:func:`symntk.check.dropped_parameters.unused_tentative`). Every pattern is an alternation of
fixed words or a bounded class: linear in the line.
"""

from __future__ import annotations

import re

from .dropped_roles import role_names
from .dropped_scripts import (
    COMMA_REASONS,
    CONDITIONS,
    CONSEQUENCES,
    DERIVATIVES,
    NEGATIONS,
    OWN_DERIVATIVE_AFTER,
    OWN_DERIVATIVE_BEFORE,
    REASONS,
    SPACED,
    UNSPACED_PHRASE,
    UNSPACED_REASONS,
    unspaced_says_else,
)

# the phrases that say a parameter is left out as contributing nothing (a space stands for any blank run)
DROPPING: tuple[tuple[str, str], ...] = (
    ("en", r"skip|skips|skipped|skipping|ignore|ignores|ignored|ignoring|omit|omits|omitted|omitting|"
           r"drop|drops|dropped|dropping|neglect|neglects|neglected|leave \w{1,12} out|leaving \w{1,12} out|"
           r"(?:leave|leaving|left|keep|keeping|kept) \$[^$\n]{1,30}\$ out|"
           r"left out|leave out|leaving out|doesn['’]t matter|don['’]t matter|doesnt matter|dont matter|"
           r"does not matter|do not matter|is irrelevant|irrelevant|"
           r"contributes nothing|adds nothing|falls? (?:out|away)|is not needed|isn'?t needed|not needed|"
           r"plays? no (?:part|role)|playing no (?:part|role)|has no role"),
    ("hu", r"kihagy\w{0,4}|elhagy\w{0,4}|nem számít\w{0,3}|nem ad semmit|nem járul hozzá|elhanyagol\w{0,4}"),
    ("tr", r"ihmal ed\w{0,6}|göz ardı ed\w{0,6}|almıyor\w{0,3}|hesaba katmıyor\w{0,3}|çıkarıyor\w{0,3}|"
           r"dahil etmiyor\w{0,3}|yok sayıyor\w{0,3}|atlıyor\w{0,3}"),
    ("de", r"fällt \w{1,8} ?(?:raus|heraus|weg)|fällt (?:raus|heraus|weg)|fallen (?:\w{1,8} ?)?(?:raus|heraus|weg)|"
           r"wegfallen|"
           r"entfällt|weglassen|weggelassen|lass\w{0,2}(?: \w{1,8}){1,3} weg|"
           r"lass\w{0,2}(?: \w{1,8}){0,2} \$[^$\n]{1,30}\$ weg|ignorier\w{0,4}|"
           r"vernachlässig\w{0,4}|überspring\w{0,4}|übersprung\w{0,4}|spielt keine Rolle|spielen keine Rolle|"
           r"ist egal|sind egal|irrelevant|brauch\w{0,3} \w{1,8} nicht"),
    ("is", r"slepp\w{0,5}|skiptir ekki máli|skipta ekki máli|skiptir engu|skipta engu|hunsa\w{0,3}|"
           r"dettur út|detta út|fellur út|falla út|fellur burt|"
           r"óþarf\w{0,3}|ekki þörf á|leggur ekkert til"),
    ("da no sv", r"springer over|hopper over|hoppar över|ignorer\w{0,3}|utelämna\w{0,3}|udelad\w{0,3}|"
                 r"utelat\w{0,3}|udelade\w{0,2}|ser (?:vi |jeg |jag )?bort (?:fra|från|ifrån)|"
                 r"spiller ingen rolle|spelar ingen roll|betyder ingenting|tar (?:inte|ikke) med|"
                 r"tager ikke med|falder (?:bort|ud)|faller (?:bort|ut|vekk)"),
    ("nl", r"laat(?: \w{1,8}){1,3} weg|laten (?:\w{1,8} ){0,3}weg|weglaten|weggelaten|negeer\w{0,2}|genegeerd|"
           r"verwaarloos\w{0,3}|verwaarlozen|doet er niet toe|maakt niet uit|speelt geen rol|valt (?:\w{1,8} )?weg|"
           r"vallen (?:\w{1,8} )?weg"),
    ("fr", r"laiss\w{0,4} tomber|laiss\w{0,4}(?: \S{1,12}){0,2} de côté|néglig\w{0,4}|om(?:et|ets|ettre|ettons|"
           r"ettant|is|ise)|ignor(?:e|es|é|ée|er|ons|ant)|n['’]importe pas|ne compte pas|on l['’]ignore|"
           r"ne (?:sert|servent) à rien|ne (?:change|changent) rien|n['’]apporte\w{0,2} rien|"
           r"ne (?:joue|jouent) aucun rôle|ne contribue\w{0,2} (?:pas|en rien)|n['’]intervien\w{0,3} pas|"
           r"ne (?:le |la |les |l['’])?(?:mets|met|mettons|compte|comptons|prends|prend|prenons|inclus|inclut|"
           r"incluons|garde|gardons)(?: \w{1,8})? pas|ne tien\w{0,3} pas compte|sans tenir compte|"
           r"sans importance|enl[eè]v\w{0,4}|supprim\w{0,4}|saut(?:e|er|é|ons)|n['’]entren?t? pas"),
    ("es pt", r"no (?:l[oae]s? )?(?:pongo|ponemos|incluyo|incluimos|meto|metemos|considero|consideramos|cuento|"
              r"contamos|uso|usamos)|no (?:l[oae]s? )?(?:tengo|tenemos|tomo|tomamos) en cuenta|no influyen?|"
              r"no aportan? nada|no contribuyen?|no cuentan?|no hace falta|no importa|da igual|"
              r"(?:es|son) irrelevantes?|omit\w{0,5}|omito|omitimos|ignor(?:o|a|amos|ar|ado|ada|amos)|se ignora|"
              r"descart\w{0,5}|quit(?:o|a|amos|ar|ado|ada|ando)|elimin\w{0,5}|dej\w{0,4} (?:fuera|de lado)|"
              r"prescind\w{0,4}|desprez\w{0,4}|deix\w{0,4} de (?:fora|lado)|não (?:importa|conta|influi|"
              r"influencia|contribui|faz diferença)|não (?:o |a )?(?:coloco|incluo|considero)|"
              r"n[ãa]o entra(?:m)?(?: (?:no|na|nos|nas|em))?|no entran?|fica(?:m)? de fora|queda(?:n)? fuera|"
              r"tir(?:amos|ar|ei)"),
    ("it", r"trascur\w{0,5}|omett\w{0,4}|omess[oaie]|tralasci\w{0,4}|ignor(?:o|iamo|are|ato|ata)|"
           r"non (?:conta|importa|serve|influisce|contribuisce)|non (?:lo |la )?(?:metto|considero|includo)|"
           r"tolgo|togliamo|è irrilevante|non entra(?:no)?|rest(?:a|ano) fuori|riman(?:e|gono) fuori|"
           r"salt(?:o|iamo|are|ato|ata)|(?:lo |la |li )?lascio (?:fuori|perdere)"),
    ("pl", r"nie (?:liczę|liczymy|uwzględniam|uwzględniamy|biorę|bierzemy)(?: \w{1,8})?|pomij\w{0,4}|pomin\w{0,5}|"
           r"ignoruj\w{0,3}|zaniedbuj\w{0,3}|zaniedba\w{0,3}|opuszcz\w{0,4}|nie ma znaczenia|nie ma wpływu|"
           r"nic nie wnosi|nie wnosi nic|niczego nie wnosi|odpada|odpadają|jest nieistotn\w{0,2}|nieistotn\w{0,2}"),
    ("cs sk sl hr", r"vynech\w{0,4}|zanedb\w{0,4}|ignoruj\w{0,3}|nepočítám|nepočítáme|nezapočítávám|nehraje roli|"
                    r"nemá vliv|nic nepřispívá|nezáleží na \w{1,6}|nezáleží|izpusti\w{0,2}|zanemari\w{0,2}|"
                    r"zanemaruj\w{0,3}|izostavlj\w{0,3}|izostavi\w{0,2}|ne štejem|ne računam|ne doprinosi ništa|"
                    r"ne prispeva nič|nije bitan|ni pomemben"),
)

# words that say a thing vanishes: a value that is 0 vanishes from f as well, so such a clause is tentative
VANISHING: tuple[tuple[str, str], ...] = (
    ("en", r"vanish|vanishes|vanished|disappear|disappears|disappeared|goes away|go away"),
    ("de", r"verschwinde\w{0,2}|verschwindet"),
    ("is", r"hverfur|hverfa"),
    ("fr es it pt", r"dispara[iî]t|disparaissent|s['’]annule\w{0,2}|desaparecen?|se anula|scompa(?:re|iono)|"
                    r"desaparece"),
    ("nl da no sv", r"verdwijn\w{0,2}|forsvinde\w{0,1}|forsvinner|försvinner"),
    ("pl cs sk sl hr", r"znika|znikają|zniknie|zanika|mizí|zmizí|zmizne|izgine|izginejo|nestane|nestaje"),
)

_VANISH = re.compile(r"(?<![\w])(?:" + "|".join(p.replace(" ", r"\s{1,3}") for _, p in VANISHING) + r")(?![\w])", re.I)
_PHRASE = re.compile(r"(?<![\w])(?:" + "|".join(p.replace(" ", r"\s{1,3}") for _, p in DROPPING + SPACED)
                     + r")(?![\w])|" + UNSPACED_PHRASE, re.I)
# words that make a dropping phrase say something else (with the phrase itself taken out of the clause)
_NEGATED = re.compile(r"(?<![\w])(?:not|never|no|cannot|mustn'?t|nicht|nie|niemals|kein\w{0,3}|ekki|aldrei|"
                      r"ikke|inte|pas|jamais|nunca|non(?!-)|não|nao|niet|geen|nooit|"
                      + NEGATIONS + r")(?![\w])|n't(?![\w])", re.I)
_CONDITION = re.compile(r"(?<![\w])(?:if|when|unless|whether|wenn|falls|ob|ef|þegar|nema|hvort|si|cuando|hvis|om|"
                        r"quand|lorsque|quando|wanneer|indien|ifall|dersom|of\s{1,3}(?:je|jij|we|wij|ik|men|u)|jeśli|jeżeli|gdyby|pokud|"
                        r"jestli|jestliže|ako|če|" + CONDITIONS + r")"
                        r"(?![\w])|\?", re.I)
_DERIVATIVE = re.compile(r"∂|\\partial|\\nabla|∇|\bd\s?/\s?d|(?<![\w])(?:deriv\w*|differentiat\w*|w\.?r\.?t\.?|"
                         r"respect|ableit\w*|nach|bezüglich|bzgl\.?|afleið\w*|m\.?t\.?t\.?|tilliti|diffra\w*|dériv\w*|"
                         r"par rapport|respecto|rispetto|relação|afgeleide\w{0,2}|afledt\w{0,2}|afled\w{0,4}|"
                         r"pochodn\w{0,4}|względem|derivac\w{0,4}|derivác\w{0,4}|odvod\w{0,4}|vzhledem|"
                         + DERIVATIVES + r")"
                         r"(?![\w])", re.I)
# a derivative written or one with respect to something: the clause is about that derivative, not the parameter's
_WRITTEN_DERIVATIVE = re.compile(r"∂|\\partial|\\nabla|∇|\bd\s?/\s?d|\\frac\{d|(?<![\w])(?:w\.?r\.?t\.?|respect|nach|"
                                 r"bezüglich|bzgl\.?|m\.?t\.?t\.?|tilliti|of f\w{0,3}|von f\w{0,3}|"
                                 r"par rapport|respecto|rispetto|relação|de f|di f|van f|"
                                 r"względem|vzhledem)(?![\w])", re.I)
_SYMBOL = re.compile(r"∂|\\partial|\\nabla|∇|\bd\s?/\s?d|\\frac\{d")   # a derivative written in symbols
# the phrase goes on "of/from/aus/úr the derivative(s)/gradient": the parameter leaves the derivative itself
_OUT_OF = re.compile(r"\s{1,3}(?:(?:out|away|weg|raus|út|burt)\s{1,3})?(?:of|from|aus|úr|ur|fra|du|de|del|"
                     r"des|dal|dalla|da|uit|van|från|z|ze|iz)\s{1,3}(?:the\s{1,3}|der\s{1,3}|den\s{1,3}|all\s{1,3}|"
                     r"la\s{1,3}|l['’]|de\s{1,3})?"
                     r"(?:deriv\w{0,8}|gradient\w{0,3}|Ableitung\w{0,3}|Gradient\w{0,3}|afleið\w{0,6}|stigl\w{0,6}|"
                     r"dériv\w{0,6}|afgeleide\w{0,2}|pochodn\w{0,6}|derivac\w{0,4}|odvod\w{0,4})"
                     r"(?![\w])", re.I)
# the order of the parameters in θ or the notes (``the order of $W$ and $b$ doesn't matter``, ``de volgorde van …
# maakt niet uit``): what does not matter is their order, nothing is left out
_ORDER = re.compile(r"(?<![\w])(?:order|ordering|Reihenfolge|volgorde|ordre|orden|ordine|ordem|röð\w{0,3}|"
                    r"rækkefølge\w{0,2}|rekkefølge\w{0,2}|ordning\w{0,2}|ordningsföljd\w{0,2}|"
                    r"kolejnoś\w{0,3}|pořadí|poradie|redoslijed\w{0,2}|poredak)(?![\w])", re.I)
_RELATION = re.compile(r"[=<>≈≤≥]|\\(?:approx|leq?|geq?|neq)(?![a-zA-Z])")   # \left is no \le

# maths joined into one list: "$b_1$ and $b_2$", "$c_1$, $c_2$ og $c_3$" (a list in one math, "$c_1, c_2$", is one)
_JOIN = re.compile(r"^\s{0,3}(?:,|,?\s(?:and|og|und|och|et|y|e|en|i|oraz|a))\s{0,3}$")


def _listed(maths: list[re.Match], text: str) -> list[str]:
    """The math names of a clause, those joined by a comma or a conjunction alone written as one list
    (``$b_1$ and $b_2$`` → ``b_1, b_2``): the names a plural sentence drops together."""
    names: list[str] = []
    for k, m in enumerate(maths):
        if k and _JOIN.match(text[maths[k - 1].end():m.start()]):
            names[-1] += ", " + m.group(1).strip()
        else:
            names.append(m.group(1).strip())
    return names
# one datapoint named (``contributes nothing at $x_2$``, ``am zweiten Punkt``), or one entry of K (``does not change
# $K_{11}$, so it plays no role there``): zero there, not everywhere
_ONE_POINT = re.compile(r"(?<![\w\\])x\s?_?\s?\{?\s?\d|x[₁-₉]|(?<![\w\\])(?-i:K)\s?_\s?\{?\s?[1-9]|(?-i:K)[₁-₉]|"
                        r"(?<![\w])(?:first|second|third|1st|2nd|3rd|erste\w?|"
                        r"zweite\w?|dritte\w?|fyrsta|öðrum|þriðja|premier|second|deuxième|troisième|primer|segundo|"
                        r"tercer|primo|secondo|terzo|primeiro|eerste|tweede|derde)\s+(?:data\s?)?"
                        r"(?:point|Punkt|Datenpunkt|punkti|punto|ponto|punt|datapunt)",
                        re.I)
# a reason after the dropped name (``, it only shifts f and doesn't change the kernel``, ``, since …``, ``, weil …``):
# a negation there says why the parameter contributes nothing, it does not take the dropping back
_REASON = re.compile(r",\s{0,3}(?:it|it's|this|that|which|since|as|because|weil|da|denn|es|das|dies|því|þar sem|"
                     r"það|il|elle|ce|ça|cela|ceci|qui|car|pues|pois|que|ya|esto|eso|ciò|questo|het|dat|det|"
                     r"den|" + COMMA_REASONS + r")(?![\w'’])|"
                     r",\s{0,3}(?:der|die|er|sie)(?![\w'’])(?!\s{1,3}(?-i:[A-ZÄÖÜ]))|"
                     r"(?<![\w])(?:since|because|weil|denn|þar sem|því að|parce que?|puisque?|porque|ya que|puesto que|"
                     r"perché|poiché|visto che|dato che|já que|pois|visto que|omdat|aangezien|fordi|eftersom|"
                     r"ettersom|bo|ponieważ|gdyż|protože|poněvadž|neboť|jelikož|lebo|pretože|ker|jer|"
                     + REASONS + r")(?![\w'’])|" + UNSPACED_REASONS,
                     re.I)
# a consequence before the phrase (``$c$ does not change the shape of f, so it drops out``, ``…, então não entra``):
# what comes before it is the reason, so a negation there does not take the dropping back
_CONSEQUENCE = re.compile(r"(?<![\w'’])(?:so|thus|therefore|hence|daher|deshalb|darum|svo|þannig|donc|alors|ainsi|"
                          r"entonces|así que|por eso|por lo tanto|então|portanto|por isso|quindi|dunque|perciò|"
                          r"allora|dus|daarom|derfor|därför|więc|zatem|dlatego|tedy|proto|takže|"
                          + CONSEQUENCES + r")(?![\w'’])|(?<=, )also(?![\w'’])", re.I)   # German "…, also": so
# a pronoun in a clause that names nothing itself: the thing it drops is named in the clause before it
_PRONOUN = re.compile(r"(?<![\w'’])(?:it|that|this|das|dies|es|den|die|der|það|því|þá|hann|hana|hún|le|lo|ça|cela|"
                      r"eso|esto|het|dat|det)(?![\w'’])", re.I)
# what a parameter is left out of (``I leave it out of $\theta$``), not a name of its own
_CONTAINER = re.compile(r"\$\s{0,2}(?:\\(?:boldsymbol|mathbf|bm)\s{0,2}\{?\s{0,2})?(?:\\theta|θ|K|f|\\nabla\s{0,2}f)"
                        r"\s{0,2}\}?\s{0,2}\$")
# a contrast after a comma (``W1, b1, W2, b2 (4 of them), but I skip b2``): what is dropped is named after it
_CONTRAST = re.compile(r",\s{0,3}(?:but|yet|though|however|aber|doch|jedoch|en|mais|men|maar|mas|pero|ma|però|"
                       r"ale|ali|avšak|však|no)(?![\w'’])", re.I)
_CLAUSE = re.compile(r"[^.;!?:。；！？：؛؟\n]{1,300}(?:[.;!?:。；！？：؛؟]|$)")
# a name given another name in math (``Το $b^{[2]} = c$ απλώς μετατοπίζει την f``): the first name, no relation
_ALIAS = re.compile(r"\$\s{0,2}([A-Za-z][^$=]{0,20}?)\s{0,2}=\s{0,2}[A-Za-z](?:_\{?\w{1,3}\}?)?\s{0,2}\$")
# a name in math, or a bare parameter name: a letter with an index (b2, b_2, b^2, b^{[2]}, W2_12, w_{11}, b², W²₁; a
# subscript alone, c₁, is left to math: a remark's alias, ``b^[2] (c₁)``) or one
# lone letter (c, v): which of them is a parameter is decided against the exercise
_MATH = re.compile(r"\$([^$]{1,40})\$")
_PAREN_MATH = re.compile(r"\\\(\s{0,3}([^$\n]{1,40}?)\s{0,3}\\\)")
_BARE = re.compile(r"(?<![\w\\$^_{'’])([A-Za-z](?:_\{?\[?\d{1,2}\]?\}?|\^\{?[\[(]?\d[\])]?\}?|\d{1,2}|"
                   r"⁽?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}⁾?[₀₁₂₃₄₅₆₇₈₉]{0,2}){0,3})"
                   r"(?![\w'’])")
_WORDS = frozenset("a I A i o O y Y e E".split())   # one-letter words of the learners' languages, no names


def dropped_names(line: str) -> list[list[str]]:
    """For each clause of ``line`` that says something is left out as contributing nothing (see the module doc),
    the names it holds (math as written, bare names as written); nothing for a clause without such a phrase or
    one that says something else."""
    return [names for names, tentative in dropped_clauses(line) if not tentative]


def dropped_clauses(line: str) -> list[tuple[list[str], bool]]:
    """(names, tentative) for each clause of ``line`` that says something is left out as contributing nothing: the
    clauses of :func:`dropped_names` (not tentative), and a clause that names one thing and says it drops out of
    "the derivative" or "the gradient" with no derivative written and no "with respect to" (``$b^{[2]}$ is just
    added on so it drops out of the derivative``): tentative, since the same words say a constant vanishes from the
    derivatives with respect to the other parameters (a claim only when the learner's later work leaves it out)."""
    found, before = [], ""
    line = _PAREN_MATH.sub(lambda m: f"${m.group(1)}$", line[:1000])   # \\( b^{[2]} \\): inline math as $…$
    for clause in _CLAUSE.finditer(_ALIAS.sub(r"$\1$", line)):
        text, previous, before = clause.group(0), before, clause.group(0)
        own = text   # the clause itself: what it says is judged on it, the clause before only names the thing
        if previous[-1:] in (";", ":") and "$" not in _CONTAINER.sub(" ", text) and _PRONOUN.search(text):
            text = previous[:-1] + ", " + text.lstrip()   # "$b_3$ shifts f; I skip it": the antecedent is named before
        phrase = _PHRASE.search(own) or _VANISH.search(own)
        if phrase is None:
            continue
        phrase = _PHRASE.search(text, len(text) - len(own)) or _VANISH.search(text, len(text) - len(own))
        vanish = _PHRASE.search(text) is None
        reason = _REASON.search(text, phrase.end())   # ", it only shifts f and doesn't change K": why, not whether
        whole = _VANISH.sub(" ", _PHRASE.sub(" ", text))   # "sleppi … og skiptir ekki máli": its own negation
        rest = _VANISH.sub(" ", _PHRASE.sub(" ", text[:reason.start()])) if reason else whole
        rest = rest[len(rest) - len(own):] if own is not text and len(rest) >= len(own) else rest
        cuts = [m.start() for m in _CONSEQUENCE.finditer(text, len(text) - len(own), phrase.start())]
        if cuts:   # the reason before "so" is left out of the negation test
            end = reason.start() if reason else len(text)
            rest = _VANISH.sub(" ", _PHRASE.sub(" ", text[cuts[-1]:end]))
        if _NEGATED.search(rest) or _CONDITION.search(whole) or unspaced_says_else(text) \
                or _RELATION.search(_after_contrast(text, phrase.start())) or _ONE_POINT.search(text) \
                or _ORDER.search(text):
            continue
        text_before = text[:reason.start()] if reason else text   # the names of the dropping, not of its reason
        # a derivative word in the reason only (``I skip b^[2], its derivative doesn't matter``, ``its derivative is
        # 0, so I leave it out``) is why, not what; "I leave out its derivative" is what
        said = text_before[cuts[-1]:] if cuts and cuts[-1] < len(text_before) else text_before
        derivative = _DERIVATIVE.search(said) is not None
        symbols = text[cuts[-1]:] if cuts else text   # a derivative written after the "so", or anywhere without one
        own_derivative = any(OWN_DERIVATIVE_BEFORE.search(text[:p.start()]) or OWN_DERIVATIVE_AFTER.match(text, p.end())
                             for p in _PHRASE.finditer(text))
        if _SYMBOL.search(symbols) or derivative and (_WRITTEN_DERIVATIVE.search(symbols) or
                                                   not (_OUT_OF.match(text, phrase.end()) or own_derivative)):
            continue
        text = _after_contrast(text_before, phrase.start())
        names = _listed([m for m in _MATH.finditer(text)], text)
        plain = _MATH.sub(" ", text)
        names += [m.group(1) for m in _BARE.finditer(plain) if m.group(1) not in _WORDS] + role_names(plain)
        names = list(dict.fromkeys(names))
        if names and not (derivative and not own_derivative and len(names) != 1):
            found.append((names, derivative or vanish))
    return found


def _after_contrast(text: str, phrase: int) -> str:
    """``text`` from its last contrast before the dropping phrase at ``phrase`` (``θ = W1, b1, W2, b2, but I skip
    b2`` → ``, but I skip b2``) when that part names something, else all of it."""
    cuts = [m.end() for m in _CONTRAST.finditer(text, 0, phrase)]
    if not cuts:
        return text
    tail = text[cuts[-1]:]
    named = _MATH.search(tail) or any(m.group(1) not in _WORDS for m in _BARE.finditer(_MATH.sub(" ", tail)))
    return tail if named else text

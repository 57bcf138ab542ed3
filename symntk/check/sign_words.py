"""The sign of one gradient entry said in words at a datapoint (``$W^{(1)}_{21} = -1$ in front, so that entry is
negative``): the sentence and its judge.

Under a datapoint (named on the line, or a label heading its block) a learner says in words that the entry of the
gradient for one parameter is negative, positive or zero (``that entry is negative``, ``die Komponente ist
positiv``, ``stakið er neikvætt``). Every math name of the sentence must be that one parameter (a value beside it,
``W_{21} = -1``, is allowed); the claim is the sign of ∂f/∂θ_k at the datapoint, judged against its true value.
When it is wrong, the learner's entry from then on is the true one with the sign they said (a gradient that holds
it is carried). A sentence that is a question, a condition or negated (``is not negative``) says nothing here, and
so does one at no datapoint or about a network with several outputs (which output's entry it means is not sure).
The sign may also be said of the derivative with respect to one math name (``the derivative w.r.t. $W_2$ gets a
minus sign``, ``the $W_2$ derivative is negative``, ``die Ableitung nach $W_2$ ist negativ``, ``afleiðan m.t.t. $W_2$
er neikvæð``, ``$W^{[1]}_2$ の微分はマイナスがつく``): then that name is the parameter, and other math in the
sentence (``$z_2 = -x$ なので …``, its reason) does not count. "Gets a minus sign" says the entry is negative.
Every pattern is a bounded alternation applied to one sentence: linear.
"""

from __future__ import annotations

import re

import sympy

from .judgement import Judgement
from .world import World

PREFIX = "sign:"
SEPARATOR = "\t"

_SIGNS = {"negative": "neg", "negativ": "neg", "neikvætt": "neg", "neikvæður": "neg", "neikvæð": "neg",
          "positive": "pos", "positiv": "pos", "jákvætt": "pos", "jákvæður": "pos", "jákvæð": "pos",
          "zero": "zero", "null": "zero", "núll": "zero"}
_SENTENCE = re.compile(r"[^\n]{1,400}?(?:(?:[;!?:]|(?<!\.\w)\.)(?=\s|$)|$)")   # "w.r.t. ", "m.t.t. " end none
_SAID = re.compile(r"(?<![\w])(?:entry|component|coordinate|Eintrag|Komponente|Koordinate|stakið|hnitið)"
                   r"(?:\s{1,3}\S{1,20}){0,3}?\s{1,3}(?:is|ist|wird|er|verður)\s{1,3}(?:also\s{1,3}|auch\s{1,3})?"
                   r"(" + "|".join(_SIGNS) + r")(?![\w])", re.I)
_OTHER = re.compile(r"\?|(?<![\w])(?:if|when|unless|whether|wenn|falls|ob|ef|nema|hvort|not|nicht|kein\w{0,3}|"
                    r"ekki)(?![\w])", re.I)
_MATH = re.compile(r"\$([^$]{1,60})\$")
_RELATION = re.compile(r"=|<|>|\\approx|≈")


# the derivative bound to one math name, then its sign: "the derivative w.r.t. $W_2$ gets a minus sign", "the $W_2$
# derivative is negative", "die Ableitung nach $W_2$ ist negativ", "afleiðan m.t.t. $W_2$ er neikvæð",
# "$W_2$ の微分はマイナスがつく"; the name (group "name") is the parameter, other math on the sentence is its reason
_SIGN_WORD = r"(?:(?P<neg>minus|negative|negativ|neikvæ\w{1,3}|mínus)|(?P<pos>plus|positive|positiv|jákvæ\w{1,3})|" \
             r"(?P<zero>zero|null|núll))"
_DERIVATIVE = r"(?:partial\s{1,3})?(?:derivative|gradient\s{1,3}entry|(?:partielle\s{1,3})?Ableitung|afleiða\w{0,3}|" \
              r"hlutafleiða\w{0,3})"
_WITH_RESPECT = r"(?:of\s{1,3}f\s{1,3})?(?:with\s{1,3}respect\s{1,3}to|w\.\s?r\.\s?t\.|wrt|for|nach|m\.\s?t\.\s?t\.|" \
                r"með\s{1,3}tilliti\s{1,3}til)"
_NAME = r"\$(?P<name>[^$]{1,60})\$"
_BECOMES = r"(?:(?:gets|picks\s{1,3}up|has|carries|takes|acquires|bekommt|erhält|hat|fær|hefur)\s{1,3}(?:an?\s{1,3}|" \
           r"einen?\s{1,3})?|(?:is|ist|er|verður|becomes|wird)\s{1,3}(?:also\s{1,3}|auch\s{1,3})?)" + _SIGN_WORD + \
           r"(?:[\s-]{0,3}(?:sign|zeichen|merki))?(?![\w])"
_JA_SIGN = r"(?:(?P<neg>マイナス|負)|(?P<pos>プラス|正)|(?P<zero>ゼロ|0))"
_JA_ENDS = r"(?:の符号)?\s{0,3}(?:が\s{0,3}(?:つく|付く)|になる|となる|です|だ|である|を持つ|。|：|:|$)"
_BOUND = (re.compile(r"(?<![\w])" + _DERIVATIVE + r"\s{1,3}" + _WITH_RESPECT + r"\s{1,3}" + _NAME + r"\s{1,3}" +
                     _BECOMES, re.I),
          re.compile(_NAME + r"[\s-]{1,3}" + _DERIVATIVE + r"\s{1,3}" + _BECOMES, re.I),
          re.compile(_NAME + r"\s{0,3}(?:の|に関する|についての)\s{0,3}(?:偏)?(?:微分|勾配)(?:係数|成分)?\s{0,3}"
                     r"(?:は|が|に|には)\s{0,3}" + _JA_SIGN + _JA_ENDS))
# a sentence that asks, supposes or denies (in Japanese: "つかない", "ならない", "ではない", "なら", "もし", "か？")
_OTHER_JA = re.compile(r"ない|なら|もし|？|\?")


def _bound_sign(text: str) -> tuple[str, str] | None:
    """(sign, name) of a sentence that says the derivative with respect to one math name has a sign (``_BOUND``)."""
    for pattern in _BOUND:
        found = pattern.search(text)
        if found is not None:
            sign = next(k for k in ("neg", "pos", "zero") if found.group(k))
            return sign, _RELATION.split(found.group("name"))[0].strip()
    return None


def sign_facts(line: str) -> list[tuple[str, str]]:
    """(the sentence, a fact ``sign:neg<TAB>W^{(1)}_{21}``) for each sentence of ``line`` that says the gradient
    entry of one named thing has a sign (see the module doc); whether the name is a parameter is decided against
    the exercise."""
    found = []
    for sentence in _SENTENCE.finditer(line[:2000]):
        text = sentence.group(0)
        said = _SAID.search(text)
        if _OTHER.search(text) or _OTHER_JA.search(text):
            continue
        bound = _bound_sign(text) if said is None else None
        if bound is not None and bound[1]:
            found.append((text.strip(), PREFIX + bound[0] + SEPARATOR + bound[1]))
            continue
        if said is None:
            continue
        names = {_RELATION.split(m.group(1))[0].strip() for m in _MATH.finditer(text)}
        if len(names) == 1 and all(names):
            found.append((text.strip(), PREFIX + _SIGNS[said.group(1).lower()] + SEPARATOR + names.pop()))
    return found


def judge_sign(claim, world: World, j: Judgement) -> Judgement:
    """∂f/∂θ_k at the datapoint the notes are at has the sign said (see the module doc)."""
    from .claim_names import parameter_names
    from .dropped_parameters import _parameters
    from .judge import ContextError
    from .label_blocks import here

    sign, name = claim.prop.removeprefix(PREFIX).split(SEPARATOR, 1)
    ks = _parameters(world, name)
    point = here(world, claim.line)
    if len(ks) != 1 or world.n_out != 1 or point is None or not 1 <= point <= world.N:
        raise ContextError("a sign said of no one parameter's gradient entry at one datapoint")
    k = ks[0]
    value = sympy.nsimplify(world.at_point(world.at_values(world.derivative(1, k)), point))
    number = complex(sympy.N(value))
    if value.free_symbols or number.imag:
        raise ContextError("a gradient entry without a value")
    tol = 1e-12
    true = "zero" if abs(number.real) <= tol else "pos" if number.real > 0 else "neg"
    latex, text = parameter_names(world.net.theta[k - 1].symbol, world.net.widths)
    j.target, j.label = f"\\frac{{\\partial f}}{{\\partial {latex}}}(x_{point})", f"∂f/∂{text}(x{point})"
    j.value, j.expected = value, sympy.latex(value)
    j.plain = f"{number.real:.6g}"
    if sign == true:
        j.verdict = "correct"
        return j
    j.mark_wrong(world)
    if true != "zero":   # their entry from here: the true one with the sign they said (0 for "zero")
        world.record(("implied", 1, k, point), -value if sign != "zero" else sympy.S.Zero, claim.line)
    return j

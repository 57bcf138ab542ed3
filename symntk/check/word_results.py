"""Results said in words in prose lines: ``K_{11} er 8``, ``tr K is 27``, ``eigingildin eru 26.7 og 0.3``.

Terse notes state a result with a verb instead of ``=``, in Icelandic or English (and the neighbouring languages):

* a math name with a script or an argument (``K_{11}``, ``λ_1``, ``f(x_2)``, ``h_1(x_1)``), ``tr K``, ``det K``, ``K``,
  ``λ`` or the word for the trace or the determinant (``sporið``, ``ákveðan``, ``the trace``, ``determinant``),
  then ``er``/``is``/``ist``/``är``/``verður``/``becomes``/… and a number, a sum of numbers with its
  result (``K_{12} er 2+1+6 = 9``) or a bracketed vector, is the claim ``name = value``;
* the plural word for eigenvalues (``eigingildin``, ``eigenvalues``, ``Eigenwerte``, …), an optional verb or colon
  and two or more numbers joined by commas or ``og``/``and``/``und`` is the claim ``λ = a, b, …`` (``≈`` after
  ``u.þ.b.``/``approx``/``≈``). One eigenvalue in words (``eitt eigingildi er 0``) is a fact
  (:mod:`symntk.check.facts`), not read here.

Every pattern is bounded and without nested repetition, so a line is read in linear time.
"""

from __future__ import annotations

import re

_NUMBER = r"[-−]?\d{1,9}(?:\.\d{1,12})?(?:/\d{1,9})?(?![\w.]|,\d)"
_VECTOR = r"[(\[][-−\d.,;/\s]{1,200}[)\]](?:\^\{?T\}?)?"
_SCRIPTED = (r"(?:K|λ|\\lambda|f|h|z|a|g|y|δ|\\delta)(?:_\{?[\w,]{1,5}\}?|\^\{?\(?\d\)?\}?){1,2}"
             r"(?:\([^()\n]{1,12}\))?|(?:f|h|z|a|y)\((?:x_\{?\d\}?|[-−]?\d{1,4})\)")
_WORDS = r"tr|det|spor|sporið|trace|ákveða|ákveðan|determinant|determinanten|determinante|Spur|Determinante"
_NAME = r"(?<![\w\\])((?:" + _WORDS + r")(?:\s?\(K\)|\s?K)?|" + _SCRIPTED + r"|K|λ|\\lambda)(?![\w\\])"
_VERBS = (r"(?:er|eru|is|are|equals|ist|sind|är|verður|verða|becomes|blir|vaere|var|was|gives|gefur|"
          r"er jafnt og|is equal to)")
_TERMS = r"(?:\s?[-−+·*×/]\s?\d{1,9}(?:\.\d{1,12})?){0,30}(?:\s?=\s?" + _NUMBER + r")?(?!\s?[-−+·*×/^(]|[\w.])"
_SAID = re.compile(_NAME + r"\s{1,3}" + _VERBS + r"\s{1,3}(?:(u\.þ\.b\.|approx\.?|ca\.|≈|um)\s{1,3})?(" + _NUMBER +
                   _TERMS + "|" + _VECTOR + ")")
_EIGEN_WORDS = (r"eigingildin|eigingildi|eigenvalues|eigenwerte|egenverdiene|egenverdier|egenvärdena|egenvärden|"
                r"egenværdierne|egenværdier|valeurs propres|autovalores|autovalori|eigenwaarden")
_JOIN = r"\s{0,3}(?:,|;|&|\bog\b|\band\b|\bund\b|\boch\b|\be\b|\by\b|\bet\b|\ben\b)\s{0,3}"
_EIGEN = re.compile(r"(?<![\w])(?:" + _EIGEN_WORDS + r")(?:\s{1,3}(?:of K|af K|K|von K))?\s{0,3}(?::\s{0,3}|"
                    + _VERBS + r"\s{1,3})?(?:(u\.þ\.b\.|approx\.?|ca\.|≈|um)\s{1,3})?"
                    r"(" + _NUMBER + r"(?:" + _JOIN + _NUMBER + r"){1,5})", re.I)
_ONE_NUMBER = re.compile(_NUMBER)
_QUANTITY = {**dict.fromkeys(("tr", "spor", "sporið", "trace", "spur"), r"\operatorname{tr} K"),
             **dict.fromkeys(("det", "ákveða", "ákveðan", "determinant", "determinanten", "determinante"), r"\det K")}


def word_results(line: str) -> list[tuple[str, tuple[int, int]]]:
    """(claim as math, span in ``line``) for every result said in words (see the module doc)."""
    out = []
    for m in _EIGEN.finditer(line):
        values = ", ".join(v.replace("−", "-") for v in _ONE_NUMBER.findall(m.group(2)))
        relation = "\\approx" if m.group(1) else "="
        out.append((f"\\lambda {relation} {values}", m.span()))
    taken = [span for _, span in out]
    for m in _SAID.finditer(line):
        if any(a <= m.start() < b for a, b in taken):
            continue
        name = m.group(1)
        word = re.match(r"(" + _WORDS + r")(?:\s?\(K\)|\s?K)?$", name)
        name = _QUANTITY[word.group(1).lower()] if word else name
        relation = "\\approx" if m.group(2) else "="
        out.append((f"{name} {relation} {m.group(3).replace('−', '-')}", m.span()))
    return sorted(out, key=lambda claim: claim[1])

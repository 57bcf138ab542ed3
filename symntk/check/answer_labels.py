"""Bare values after an answer label (``**Answer:** $27 \\pm \\sqrt{697}$``, ``Svar: $0$, $23 \\pm \\sqrt{463}$``,
``Antwort: $5$ und $1$``): the eigenvalues the exercise asks for, read as ``λ = …``.

A learner who ends the notes with the answer the sheet asks for often writes only the values after a word for
"answer" (English, Icelandic, German, Nordic, Dutch, Finnish, Romance, Polish). When the notes speak of the
eigenvalues (λ or a word for them) and every math after the label is numbers (a root, a fraction, ``±``), with
no relation, and there are at least two values (two maths, or one with ``±`` or a list ``a, b``), the values are
the eigenvalues: the maths become one ``$\\lambda = a, b$``. A matrix, a name or a relation after the label leaves
the line as written, and so does one bare value (``**Result:** $27$`` after the trace, ``Answer: $-8$`` after the
determinant, ``Result: $12$`` after K₁₂: a single number is no set of eigenvalues). One bounded pattern per line:
linear.
"""

from __future__ import annotations

import re

_ANSWER = (r"answer|final\s+answer|result|svar|svör|niðurstaða|lokasvar|antwort|ergebnis|endergebnis|lösung"
           r"|resultat|antwoord|uitkomst|vastaus|tulos|réponse|résultat|respuesta|resultado|risposta|risultato"
           r"|resposta|odpowiedź|wynik")
_LINE = re.compile(r"^([\s>*\-+#]{0,12}(?:\*\*|__)?(?:" + _ANSWER + r")\s{0,3}:?\s{0,3}(?:\*\*|__)?\s{0,3}:?\s{0,3})"
                   r"(\$[^$\n]{1,300}\$(?:\s{0,3}(?:,|;|and|og|und|och|en|ja|et|y|e|i)\s{0,3}\$[^$\n]{1,300}\$)"
                   r"{0,5})\s{0,3}\.?\s{0,3}$", re.I | re.M)
_MATH = re.compile(r"\$([^$\n]{1,300})\$")
_VALUES = re.compile(r"(?:[\d\s.,+\-{}()]|\\(?:pm|mp|sqrt|frac|dfrac|tfrac|cdot)(?![A-Za-z])|±|√){1,300}")
_MANY = re.compile(r"\\(?:pm|mp)(?![A-Za-z])|±|[,;]\s")   # one math with two values: ``a \pm b``, ``a, b``
_EIGEN = re.compile(r"\\lambda|λ|eigen|eigin|ominais|egen|valeurs?\s+propres|autovalor|wartości\s+własn", re.I)


def answer_values(text: str) -> str:
    """``text`` with every answer label's bare values written as ``$\\lambda = …$`` (see the module doc), when the
    notes speak of eigenvalues; else ``text`` as it is."""
    if not _EIGEN.search(text):
        return text

    def rewrite(m: re.Match) -> str:
        values = [v.strip() for v in _MATH.findall(m.group(2))]
        if not all(_VALUES.fullmatch(v) and re.search(r"\d", v) for v in values):
            return m.group(0)
        if len(values) < 2 and not _MANY.search(values[0]):
            return m.group(0)
        return f"{m.group(1)}$\\lambda = {', '.join(values)}$"

    return _LINE.sub(rewrite, text)

"""Which output of a network with several outputs a line or a section of notes is about, said in words.

Learners who work each output on its own head a line or a section with the output it is about:
``output 2: g(x1) = (…)``, ``** K for output 2``, ``## Kernel of the second output``, ``Output 1 —``,
``für Ausgang 2:``, ``úttak 2:``, ``f_2: x1 -> (…)``, or opens a sentence with it (``For output 2 the gradient is …``,
``For the second output, the entries are …``). Such a line is the *subject* of what it holds and, when it is a
heading or has nothing after its colon, of what follows up to the next heading. A gradient written without its
output's index there (``g(x1)``, ``∇f(x_1)``) is that output's; a kernel entry is that output's kernel.

:func:`output_named` reads the start of one line (anchored, linear); :func:`is_heading` says whether a line is a
Markdown or Org heading.
"""

from __future__ import annotations

import re

_ORDINALS = {"first": 1, "second": 2, "third": 3, "erste": 1, "zweite": 2, "dritte": 3, "fyrsta": 1, "annað": 2,
             "premier": 1, "première": 1, "deuxième": 2, "primo": 1, "secondo": 2, "primera": 1, "segunda": 2}
OUTPUT_WORD = (r"(?:outputs?|output\s?unit|ausgang|ausgabe|úttak|úttaki|sortie|uscita|salida|saída|component|"
               r"выход[аеу]?|đầu\sra|출력|kimenet\w{0,3}|výstup\w{0,2}|wyjści\w{1,2}|uitgang|utgång\w{0,2}|"
               r"udgang\w{0,2}|utgang\w{0,2}|çıktı\w{0,2}|έξοδο[ςυ]?)")
_LEAD = r"^[\s*#>\-+•]{0,10}(?:\*\*)?"
_WORDS = (r"(?:(?:the|of|for|kernel|K|NTK|gradients?|derivatives?|für|den|die|das|fyrir|pour|la|le|per|para|el)"
          r"\s{1,3}){0,4}")
# the name ends the line's lead-in: a colon or dash, the line's end, or (in a sentence, ``For output 2 the
# gradient is …``, ``For the second output, the entries are …``) a comma or what the line then states
_SAYS = (r"(?:,|(?=,?\s{1,3}(?:(?:the|its|their)\s{1,3})?(?:gradients?|derivatives?|kernel|ntk|entries|partials?"
         r"|we\s{1,3}(?:get|have|find)|i\s{1,3}(?:get|have|find)|one\s{1,3}gets)(?![^\W_])))")
_NUMBERED = re.compile(_LEAD + _WORDS + OUTPUT_WORD + r"\s{0,3}(?:no\.?\s{0,2}|#\s{0,2})?([1-9])"
                       r"(?![0-9]|\.[0-9]|,\s{0,3}[0-9])\.?"
                       r"\s{0,3}(?:\*\*)?\s{0,3}([:—–-]|$|" + _SAYS + r"|(?<=\*\*))", re.I)
_ORDINAL = re.compile(_LEAD + _WORDS + r"([a-zéèðà]{4,10})\s{1,3}" + OUTPUT_WORD +
                      r"\s{0,3}(?:\*\*)?\s{0,3}([:—–-]|$|" + _SAYS + ")", re.I)
_HEADING = re.compile(r"^(?:\*{1,6}\s|#{1,6}\s)")
_OWN_FORMULA = re.compile(r"^\s{0,3}\$?\s{0,2}(?:f|y)\s{0,2}_?\s{0,2}\{?([1-9])\}?\s{0,2}(?:\(\s{0,2}x\s{0,2}\))?"
                          r"\s{0,2}=")
# the output's own name as the line's label: ``f_2: x1 -> (…)``, ``$f_2$:``, ``**y2:**``
_LABEL = re.compile(_LEAD + r"\$?\s{0,2}(?:f|y)\s{0,2}(?:_\s{0,2}\{?\s{0,2}([1-9])\s{0,2}\}?|([1-9])|([₁₂₃]))"
                    r"\s{0,2}\$?\s{0,2}(?:\*\*)?\s{0,2}:")


def output_named(line: str) -> tuple[int, bool] | None:
    """(output, whether it names the section after it) for a line that starts by naming one output in words,
    else None. A line that ends right after the name (a heading, ``output 2:`` alone), or goes on with that
    output's formula (``Output 2: f_2 = u2 h + c2``), names its section."""
    m = _NUMBERED.match(line[:200])
    if m:   # a bold label (``**Output 2.** …``, ``**Выход 2:**``) heads what follows, as a heading does
        lead = len(line) - len(line.lstrip())
        close = line.find("**", lead + 2) if line.startswith("**", lead) else -1
        bold = 0 <= close <= m.end() + 1
        own = _OWN_FORMULA.match(line[m.end():m.end() + 40])   # Output 2: f_2 = …: that output's formula, and on
        return int(m.group(1)), (not line[m.end():].strip() or bool(_HEADING.match(line)) or bold
                                 or bool(own and own.group(1) == m.group(1)))
    m = _ORDINAL.match(line[:200])
    if m and m.group(1).lower() in _ORDINALS:
        return _ORDINALS[m.group(1).lower()], not line[m.end():].strip() or bool(_HEADING.match(line))
    m = _LABEL.match(line[:200])
    if m:
        number = int(m.group(1) or m.group(2)) if not m.group(3) else "₁₂₃".index(m.group(3)) + 1
        return number, not line[m.end():].strip() or bool(_HEADING.match(line))
    return None


def is_heading(line: str) -> bool:
    """A Markdown (``## …``) or Org (``** …``) heading line."""
    return _HEADING.match(line) is not None

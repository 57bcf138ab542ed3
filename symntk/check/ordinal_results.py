"""Results named by an ordinal in (English) sentences: the n-th eigenvalue, the n-th entry of the kernel, the output
a derivative is of; and a plain value said at the end of such a sentence, made math so that it can be read.

:mod:`symntk.check.sentences` reads a line's skeleton (its inline math as ``@k@``) after
:func:`symntk.check.sentence_words.english` wrote it in English. This module adds:

* ``the second eigenvalue is about @k@`` (``der zweite Eigenwert ist etwa 26,70``, ``annað eigingildið er um
  26,70``): one eigenvalue, ``λ_2 ≈ …`` (the checker matches ``λ_n`` to any eigenvalue: the order is the
  learner's);
* ``the first entry of the kernel is @k@`` (``fyrsta stak kjarnans er 8``): the n-th entry of K read row by row,
  the same entry read column by column (K is symmetric);
* ``the derivative of the second output with respect to …`` / ``for the second output`` / ``of @k@`` with ``f_2``
  (``für die zweite Ausgabe``): the output whose derivatives the line states (:func:`output`);
* in a line without math, the value a sentence ends with (``… er 1``, ``… ist etwa 26,70``, ``… is 2x``) put
  between dollars (:func:`plain_values`), only where the sentence names an ordinal thing; and the same for a
  derivative with respect to a parameter named in math (``the derivative with respect to $b^{[2]}$ is 1``,
  ``afleiðan með tilliti til $b^{[2]}$ er 1``), the value after the last math of the line (:func:`value_after_math`).

Every pattern is bounded and without nested repetition, on one line.
"""

from __future__ import annotations

import re

from .sentence_words import english

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
ORD = r"(first|second|third|fourth|1st|2nd|3rd|4th)"
M = r"@(\d{1,4})@"   # one inline math in the skeleton of a line
_ABOUT = r"(?:about|approximately|roughly|around|approx\.?)\s"
_EIGENVALUE = re.compile(r"(?<![\w-])" + ORD + r"\seigenvalue(?:\sof\s(?:the\skernel|@(\d{1,4})@))?,?\s"
                         r"(?:is|comes\sout\sas|works\sout\sas)\s(" + _ABOUT + r")?(?:exactly\s)?" + M +
                         r"(?![\w@]|\s?[-+*/=])")
_ENTRY = re.compile(r"(?<![\w-])" + ORD + r"\s(?:entry|element)\s(?:of\sthe\skernel(?:\smatrix)?|of\s@(\d{1,4})@)"
                    r",?\sis\s" + M + r"(?![\w@]|\s?[-+*/=])")
_OUTPUT = re.compile(r"(?:\b(?:[Oo]f|[Ff]or|derivative)\s(?:the\s)?" + ORD +
                     r"\soutput(?!\s(?:weight|bias|layer|unit|neuron))|\b(?:[Oo]f|[Ff]or)\s@(\d{1,4})@(?=\s(?:with|is|the)))")
_OUTPUT_NAME = re.compile(r"^\s?(?:f|y)_\{?([1-9])\}?\s?$")
_NUMBER = re.compile(r"^\s?[-−]?\d{1,6}(?:[.,]\d{1,8})?\s?$")
_SUBJECT = re.compile(r"(?<![\w-])" + ORD + r"\s(?:[\w-]{1,14}\s)?(?:weight|bias|eigenvalue|entry|element|"
                      r"output)\b")
_VERB = r"(?<![\w.])(?:is|er|ist|är|est|it's|wynosi|jest|iznosi)\s(?:(?:about|um|u\.þ\.b\.|etwa|ca\.|ungefähr|" \
        r"circa|cirka|environ|approx\.?|approximately|roughly|around|just|exactly|około|ok\.|přibližně|približno|" \
        r"otprilike)\s)?"
_VALUE = r"[-−]?(?:\d{1,6}(?:[.,]\d{1,8})?|\d{0,3}\s?[·*]?\s?[xh](?:_\{?\d\}?)?(?:\s?[-+−]\s?\d{1,3})?)"
_WRT_MATH = re.compile(r"(?:with\srespect\sto|w\.r\.t\.?)\s(?:the\s)?\$[^$\n]{1,80}\$,?\s" + _VERB + _VALUE +
                       r"(?=\s*$|\s?[.;!](?:\s|$))")
_PLAIN = re.compile("(" + _VERB + ")(" + _VALUE + r")(?=\s*$|\s?[.;!](?:\s|$))")


def output(sk: str, texts: list[str], n_outputs: int) -> str | None:
    """The output the derivatives said in the skeleton ``sk`` are of: ``f`` for a single output unless the line
    names another; ``f_o`` for a net of several outputs when the line names output ``o`` (``of the second output``,
    ``for the first output``, ``of $f_2$``); None when it names none (several outputs) or more than one, or one the
    net does not have."""
    named = set()
    for m in _OUTPUT.finditer(sk):
        if m.group(1):
            named.add(ORDINALS[m.group(1)])
        else:
            name = _OUTPUT_NAME.match(texts[int(m.group(2))])
            if name:
                named.add(int(name.group(1)))
    if len(named) > 1 or any(o > n_outputs for o in named):
        return None
    if n_outputs == 1:
        return "f"
    return f"f_{named.pop()}" if named else None


def ordinal_results(sk: str, texts: list[str], n_points: int, put) -> None:
    """The n-th eigenvalue and the n-th entry of the kernel said in ``sk`` (see the module doc), each a number
    named by ``put(k, prefix)``."""
    for m in _EIGENVALUE.finditer(sk):
        order = ORDINALS[m.group(1)]
        sign = r"\approx" if m.group(3) else "="
        if order <= n_points and (m.group(2) is None or texts[int(m.group(2))].strip() == "K") and \
                is_number(texts[int(m.group(4))]):
            put(int(m.group(4)), rf"\lambda_{{{order}}} {sign} ")
    for m in _ENTRY.finditer(sk):
        order = ORDINALS[m.group(1)]
        if order <= n_points * n_points and (m.group(2) is None or texts[int(m.group(2))].strip() == "K") and \
                is_number(texts[int(m.group(3))]):
            i, j = divmod(order - 1, n_points)
            i, j = sorted((i + 1, j + 1))
            put(int(m.group(3)), f"K_{{{i}{j}}} = ")


def plain_values(line: str) -> str | None:
    """``line`` (without math) with the value its sentence ends with between dollars, when the sentence names an
    ordinal thing (``afleiðan … fyrstu vigtarinnar er 1`` → ``… er $1$``); None when there is none."""
    if "$" in line or not _SUBJECT.search(english(line)):
        return None
    m = _PLAIN.search(line)
    if m is None:
        return None
    return line[:m.start(2)] + "$" + m.group(2).strip() + "$" + line[m.end(2):]


def is_number(text: str) -> bool:
    """Whether a math text is one number (a decimal comma or point allowed)."""
    return bool(_NUMBER.match(text))


def value_after_math(line: str) -> str | None:
    """``line`` with the plain value a derivative with respect to a parameter in math ends with between dollars
    (``afleiðan með tilliti til $b^{[2]}$ er 1`` → ``… er $1$``), when that value follows the line's last math and
    ends its sentence; None otherwise."""
    if "$$" in line or not _WRT_MATH.search(english(line)):
        return None
    last = line.rfind("$")
    m = _PLAIN.search(line, last + 1)
    if m is None:
        return None
    return line[:m.start(2)] + "$" + m.group(2).strip() + "$" + line[m.end(2):]

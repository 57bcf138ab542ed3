"""Self-corrections in the notes: what a learner crossed out or took back is blanked before anything is read.

A retracted statement is not a claim (it is never judged, never the first mistake); its replacement is.
Every rule blanks text with spaces (line numbers stay) or, for a bare new value, writes it in place:

* struck out: ``~~K = 11~~``, ``<del>…</del>``, ``<s>…</s>``, ``<strike>…</strike>``, ``\\sout{…}``,
  ``\\st{…}``, ``\\xout{…}``, Typst ``#strike[…]``, and ``\\cancel{11} 12`` (a crossed-out number followed
  by its replacement; a ``\\cancel`` that cancels terms stays);
* taken back in words (``wait no``, ``oops``, a statement asked and answered ``? No,`` / ``? Nei,``,
  ``scratch that``, ``EDIT:``, ``correction:``, ``actually``,
  ``I mean``, ``after all``, ``sign error``, Icelandic ``nei bíddu``, ``úps``, ``leiðrétting``, German ``nein
  warte``, ``Korrektur``, ``Vorzeichenfehler``, ``korrigiert``, ``also doch``, Finnish ``korjaus``, ``virhe``,
  ``sittenkin``, Swedish ``rättelse``, Danish ``rettelse``, Italian ``anzi no``, ``aspetta``, Polish ``poprawka``,
  Czech ``oprava``, Croatian ``ispravak``, …) between two statements of the same thing: ``h_2 = w_2 h_1 (oops) h_2
  = w_2 h_1 + b_2``, or the word (at a line's start or within it: ``…, also doch positiv: $∇f(x_2) = …$``; on a
  line ending in ``:``, or the line below) followed by a restatement of a name of one of the four lines before
  with another value (the earlier statement goes; the same value again is a confirmation and nothing goes),
  or a line that starts with the word and states nothing (``oops, that's 16 not 15:``) above the line that restates
  it (``K_22 = 16``), or a statement followed by the word and nothing stated after it, above a line that continues
  the same chain (``= λ² − 27λ + 152 − 144... wait I think it's`` then ``= λ² − 27λ − 8``) or restates its name;
* ``K_12 = 11, actually it's 12`` / ``… should be 12`` / ``(I think this should be 12, …)`` / ``sorry, 12`` /
  ``… á að vera 12`` / ``ætti að vera 12`` / ``… sollte 12 sein`` / ``eigentlich 12`` / ``devrait être 12`` /
  ``perdón, es 12`` / ``pardon, c'est 12`` / ``scusa, è 12`` / ``sorry, het is 12`` / ``powinno być 12`` /
  ``mělo by být 12``: the new value takes the old one's place; the same remark on a line of its own below a
  statement (``- K_12 = … = 11`` then ``(I think this should be 12)``) blanks it and states ``K_12 = 12`` there;
* a correction below a statement that names what it replaces (``second entry should be $W_{12} x$``,
  ``$W_{21}$ should be $W_{12}$``): see :mod:`symntk.check.named_corrections`;
* statements followed by ``redo``, ``try again``, ``ignore that``, ``nochmal`` with nothing after: given up.
"""

from __future__ import annotations

import re

from .named_corrections import named_corrections
from .retraction_points import other_point

_BLANK = re.compile(r"[^\n]")
_STRUCK = re.compile(r"(?<!~)~~(?!~)(?=\S)([^\n~]{1,300}?)(?<=\S)~~(?!~)"
                     r"|<(del|s|strike)>[^\n<]{0,300}</\2>"
                     r"|\\(?:sout|st|xout|strikeout)\{[^{}\n]{0,300}\}"
                     r"|#strike\[[^\[\]\n]{0,300}\]")
_NUMBER = r"-?\d+(?:[.,]\d+)?"
_CANCELLED = re.compile(r"\\[bx]?cancel\{\s*" + _NUMBER + r"\s*\}(?=\s*" + _NUMBER + r"(?![\w{]))")

_WORDS = (r"\?\s{0,3}(?:no|nope|nei|nein|non|nee)|"   # "$θ = (…)$? No, …": a statement asked and answered
          r"wait,?\s+no|no,?\s+wait|wait|whoops|oops|scratch\s+that|edit\s*:|correction\s*:|actually|i\s+mean"
          r"|nei,?\s+bíddu|bíddu|úps|leiðrétting\s*:?|leiðrétt|nein,?\s+warte|warte|hoppla|korrektur\s*:?"
          r"|non,?\s+attends|espera,?\s+no|corrección\s*:?|anzi,?\s+no|anzi|no,?\s+aspetta|aspetta"
          # a slip named as one, and "after all" (German, Finnish, Nordic, Dutch, Romance): taken back only
          # when a statement of the same thing with another value follows (see _earlier)
          r"|after\s+all|sign\s+(?:error|slip)|corrected|(?:vorzeichen|rechen)?fehler|korrigiert|berichtigt"
          r"|also\s+doch|doch\s+nicht|korjaus|korjattu|(?:etumerkki|merkki|lasku)?virhe|sittenkin|odota"
          r"|rättelse|rättat|ändå|trots\s+allt|rettelse|rettet|alligevel|retting|eftir\s+allt\s+saman"
          r"|correctie|gecorrigeerd|corrigé|erreur\s+de\s+signe|corregido|corretto|correzione"
          # Polish, Czech, Slovak, Slovenian, Croatian
          r"|poprawka\s*:?|poprawione|poprawiam|błąd\s+znaku|czekaj|oprava\s*:?|opraveno|opravené|počkej|počkaj"
          r"|popravek\s*:?|popravljeno|ispravak\s*:?|ispravka\s*:?|ispravljeno|čekaj")
_TAKE_BACK = re.compile(r"(?<![^\W_])(?:" + _WORDS + r")(?![^\W_])", re.I)
_AT_START = re.compile(r"^[\s>*\-+•(]*(?:\*\*)?(?:" + _WORDS + r")(?![^\W_])", re.I)
# "no wait, it's 12", "oops 12", "nope, that's 12": a take-back word, then (for a bare no, required) "it's"
_IT_IS = (r"(?:it['’]?s|it\s+is|that['’]?s|that\s+is|make\s+that|es\s+ist|das\s+ist|það\s+er|c['’]est|ça\s+fait"
          r"|dat\s+is|het\s+is|det\s+(?:er|är))")
# a bare verb ("perdón, es 16", "scusa, è 16"): after an apology or a wait word only, since "no es 16" negates
_VERB_IS = r"(?:" + _IT_IS + r"|es|son|da|è|é|dá|blir)"
_WAIT_SAYS = (r"(?<![^\W_])(?:(?:no,?\s+wait|wait,?\s+no|wait|whoops|oops|nei,?\s+bíddu|bíddu|úps"
              r"|nein,?\s+warte|warte|hoppla)"
              r"[,!.:]*(?:\s*" + _VERB_IS + r")?|(?:no|nope|nei|nein|nee|non)[,!.:]*\s+" + _IT_IS + r")")
_SAYS = (r"(?:(?:i\s+think|i\s+guess|probably|maybe|hmm+,?)\s+)?(?:(?:this|that|it)\s+)?"
         r"(?:actually\s+(?:it['’]?s|it\s+is)|" + _WAIT_SAYS
         + r"|should\s+(?:be|read|say)|i\s+mean|sorry,?|actually|oh\s+sorry,?"
         r"|á\s+að\s+vera|ætti\s+að\s+vera|afsakið,?|fyrirgefðu,?|nei\s+það\s+er"
         r"|(?:es\s+|das\s+)?(?:sollte|müsste|muss)(?:\s+(?:eigentlich|wohl))?|eigentlich|sorry|nein,?\s+es\s+ist"
         r"|richtig(?:\s+ist)?\s*:?|devrait\s+être|en\s+fait|pardon,?|debería\s+ser|perdón,?|en\s+realidad"
         r"|perdona,?|disculpa,?|scusa,?|scusate,?|desculpa,?|desculpe,?|excuse[sz]?-moi,?|oups,?|uy,?"
         r"|dovrebbe\s+essere|deveria\s+ser|moet\s+(?:zijn|\S{1,8}\s+zijn)|zou\s+\S{1,8}\s+moeten\s+zijn"
         r"|ska\s+være|skal\s+være|ska\s+vara|borde\s+vara|bør\s+være|mejor\s+dicho|quiero\s+decir"
         r"|je\s+veux\s+dire|plutôt|voglio\s+dire|cioè|quer\s+dizer|ik\s+bedoel|bedoel\s+ik"
         r"|powinno\s+być|ma\s+być|przepraszam,?|mělo\s+by\s+být|má\s+být|malo\s+by\s+byť|má\s+byť"
         r"|bi\s+moralo\s+biti|trebalo\s+bi\s+biti|treba\s+biti|oprostite,?|promiň,?|prepáč,?)"
         r"(?:\s*,?\s*" + _VERB_IS + r")?")
_NEW_VALUE = re.compile(r"\(?\s*" + _SAYS + r"\s*[:,]?\s*\$?\s*(" + _NUMBER + r")\s*\$?(?:\s+(?:sein|sind))?"
                        r"(?:\s*[.)!]?\s*$|\s*[,;)](?P<tail>[^=$\\\n]{0,200})$)", re.I)
# a remark on a line of its own that only corrects the value just above: "(I think this should be 12)"
_REMARK = re.compile(r"^[\s>*\-+•]*\(?\s*" + _SAYS + r"\s*[:,]?\s*\$?\s*(" + _NUMBER
                     + r")\s*\$?(?:\s+(?:sein|sind))?(?:\s*[.)!]?\s*$|\s*[,;)][^=$\\\n]{0,200}$)", re.I)
_GIVEN_UP = re.compile(r"(?<![^\W_])(?:redo|re-do|let\s+me\s+redo|try\s+again|start\s+over|ignore\s+(?:that|this)"
                       r"|never\s*mind|reikna\s+aftur|byrja\s+aftur|nochmal|neu\s+rechnen)(?![^\W_])[\s:.!)]*$",
                       re.I)
_RELATION = re.compile(r"=|\\approx(?![A-Za-z])|(?<![A-Za-z\\])approx(?![A-Za-z])|≈|~=")   # Typst: approx
_MATHY = re.compile(r"[_^'(){}\[\]/\\*+\-·0-9|]")
_NAMES = {"K", "f", "g", "h", "z", "a", "x", "det", "tr", "trace", "tanh", "relu", "sigma", "grad", "theta"}
BACK = 4


def retracted(text: str) -> str:
    """``text`` with everything the learner crossed out or took back blanked (see the module doc)."""
    text = _STRUCK.sub(lambda m: _BLANK.sub(" ", m.group(0)), text)
    text = _CANCELLED.sub(lambda m: _BLANK.sub(" ", m.group(0)), text)
    lines = text.split("\n")
    named_corrections(lines)   # "second entry should be $W_{12} x$" below the vector it corrects
    for i, line in enumerate(lines):
        lines[i] = _given_up(_new_value(_same_line(line)))
    for i, line in enumerate(lines):
        if _REMARK.match(line) and not _RELATION.search(line):
            _remark_below(lines, i)
    for i, line in enumerate(lines):
        if _AT_START.match(line):
            _earlier(lines, i, _AT_START.match(line).end())
        else:   # "…, also doch positiv: $∇f(x_2) = (…)$": the word right before a restatement
            _trailing(lines, i)
            for m in _TAKE_BACK.finditer(line):
                _earlier(lines, i, m.end())
    return "\n".join(lines)


def _trailing(lines: list[str], i: int) -> None:
    """``= λ² − 27λ + 152 − 144... wait I think it's`` above ``= λ² − 27λ − 8`` (or ``K_22 = 15, oops:`` above
    ``K_22 = 16``): a statement followed by a take-back word that states nothing after it is replaced by the
    next line of text when that line continues the same chain or restates the same name."""
    words = list(_TAKE_BACK.finditer(lines[i]))
    if not words or _RELATION.search(lines[i], words[-1].end()):
        return
    cut = words[-1].start()
    below = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].strip()), None)
    if below is None or not _RELATION.search(lines[i], 0, cut):
        return
    link = re.compile(r"^[\s$&]*(?:=|\\approx(?![A-Za-z])|≈|~=)")
    if link.match(lines[i]) and link.match(lines[below]):
        lines[i] = _BLANK.sub(" ", lines[i])
        return
    before, after = _claims(lines[i], 0, cut), _claims(lines[below])
    if before and after and before[-1][2] == after[0][2] and before[-1][3] != after[0][3]:
        lines[i] = _blank(lines[i], before[-1][0], len(lines[i]))


def _blank(line: str, start: int, end: int) -> str:
    return line[:start] + " " * (end - start) + line[end:]


def _dollars(line: str) -> list[tuple[int, int]]:
    """The ``$…$`` spans of one line (outer positions)."""
    spans, at = [], 0
    while True:
        start = line.find("$", at)
        if start < 0:
            return spans
        width = 2 if line.startswith("$$", start) else 1
        end = line.find("$" * width, start + width)
        if end < 0:
            return spans
        spans.append((start, end + width))
        at = end + width


def _claims(line: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, subject, value) of each ``subject = … = value`` in ``line[lo:hi]``: the subject is the
    mathy words before the first relation, the statement runs to the end of its ``$…$`` span, the next
    comma-separated statement, or ``hi``; the value is what its last relation gives."""
    hi = len(line) if hi is None else hi
    spans = _dollars(line)
    out = []
    for m in _RELATION.finditer(line, lo, hi):
        if out and m.start() < out[-1][1]:
            continue
        inside = next(((s, e) for s, e in spans if s < m.start() < e), None)
        floor = max(lo, inside[0] + 1 if inside else 0)
        before = line[floor:m.start()]
        tokens = before.rstrip().split(" ")
        kept: list[str] = []
        for tok in reversed(tokens):
            bare = tok.strip("$`*")
            if not bare and not kept:
                continue
            if not bare or (bare.isalpha() and len(bare) > 1 and bare not in _NAMES) or bare.endswith((",", ":", ";")):
                break
            kept.insert(0, tok)
        subject = " ".join(kept).strip()
        if not subject or not _MATHY.search(subject) and len(subject.strip("$`")) > 1 and subject not in _NAMES:
            continue
        start = m.start() - len(before) + before.rstrip().rfind(subject) if subject else m.start()
        ceiling = min(inside[1] - 1, hi) if inside else hi
        rest = line[m.end():ceiling]
        cut = re.search(r",\s+(?=[^,]{0,40}?(?:=|≈))|\s\(|\s+(?:so|and|since|because|og|und|then)\s", rest)
        end = m.end() + (cut.start() if cut and not inside else len(rest.rstrip()))
        follows = next((e for s, e in spans if s >= m.end() and not line[m.end():s].strip()), None)
        if not inside and follows is not None:   # df/dw2 = $w_3 h_1$ is right: the value is the math
            end = min(follows, hi)
        out.append((start, end, _plain(subject), _plain(_RELATION.split(line[m.end():end])[-1])))
    return out


def _plain(math: str) -> str:
    return re.sub(r"\\cdot|\\,|\\left|\\right|[\s${}*`·]", "", math)


def _span_blank(line: str, start: int, end: int) -> str:
    """Blank a statement; a ``$…$`` it fills entirely goes with its dollars."""
    for s, e in _dollars(line):
        if s < start < e and line[s + 1:start].strip("$ ") == "" and line[end:e].strip("$ .,") == "":
            return _blank(line, s, e)
    return _blank(line, start, end)


def _same_line(line: str) -> str:
    """``A = 1 (oops) A = 2`` on one line: the statement before the word goes."""
    for m in reversed(list(_TAKE_BACK.finditer(line))):
        before, after = _claims(line, 0, m.start()), _claims(line, m.end())
        if before and after and before[-1][2] == after[0][2] and before[-1][3] != after[0][3]:
            return _span_blank(line, before[-1][0], before[-1][1])
    return line


def _new_value(line: str) -> str:
    """``K_12 = 11, actually it's 12``: 12 takes the place of 11."""
    m = _NEW_VALUE.search(line)
    if not m:
        return line
    line = _as_dollars(line)
    before = _claims(line, 0, m.start())
    if not before:
        return line
    start, end, _, _ = before[-1]
    old = list(re.finditer(_NUMBER, line[start:end]))
    if not old or line[start + old[-1].end():end].strip("$ .,") != "":
        return line
    at = start + old[-1].start()
    new = m.group(1)
    line = line[:at] + new + line[start + old[-1].end():]
    shift = len(new) - len(old[-1].group(0))
    return _blank(line, m.start() + shift, len(line))


def _as_dollars(line: str) -> str:
    """``\\( … \\)`` written as ``$ … $`` (same length, so positions stay)."""
    return line.replace("\\(", " $").replace("\\)", "$ ")


def _remark_below(lines: list[str], i: int) -> None:
    """A remark on a line of its own that corrects the number just above (``(I think this should be 12)``,
    ``sorry, 12``, ``sollte 12 sein``): the statement above goes and the remark's line states the new value."""
    j = next((k for k in range(i - 1, max(i - 3, -1), -1) if lines[k].strip()), None)
    if j is None:
        return
    above = _as_dollars(lines[j])
    found = _claims(above)
    if not found:
        return
    start, end, _, _ = found[-1]
    statement = above[start:end]
    old = list(re.finditer(_NUMBER, statement))
    if not old or statement[old[-1].end():].strip("$ .,") != "":
        return
    subject = _RELATION.split(statement, maxsplit=1)[0].strip("$ ")
    if not subject:
        return
    new = _REMARK.match(lines[i]).group(1)
    indent = lines[i][:len(lines[i]) - len(lines[i].lstrip())]
    lines[j] = _span_blank(above, start, end) if "\\(" in lines[j] else _span_blank(lines[j], start, end)
    lines[i] = f"{indent}${subject} = {new}$"


def _given_up(line: str) -> str:
    """``λ = 27 ± √697 … forgot the /2, redo:``: every statement of the line goes."""
    m = _GIVEN_UP.search(line)
    if not m or not _claims(line, 0, m.start()):
        return line
    return _BLANK.sub(" ", line)


def _earlier(lines: list[str], i: int, start: int) -> None:
    """A take-back word (at ``start``: the line's start, or anywhere on it) followed by a restatement of a
    subject of the lines just before with another value: the earlier statement goes. A take-back line that
    states nothing itself (``oops, that's 16 not 15:``, ``wait, I think it's``) is taken back by the statement
    on the next line of text."""
    after = _claims(lines[i], start)
    below = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].strip()), None)
    if not after and (not _RELATION.search(lines[i]) or lines[i].rstrip().endswith(":")):
        after = _claims(lines[below]) if below is not None else []
    if not after or _restated(lines, i, after[0]) or not lines[i].rstrip().endswith(":") or below is None:
        return
    for claim in _claims(lines[below])[:1]:   # "… no wait, the sign is wrong, so it is $+2$:" above the redo
        _restated(lines, i, claim)


def _restated(lines: list[str], i: int, claim: tuple[int, int, str, str]) -> bool:
    """Whether ``claim``'s subject is stated in the lines just before line ``i`` (it goes if its value differs)."""
    subject, value, seen = claim[2], claim[3], 0
    for j in range(i - 1, -1, -1):
        if not lines[j].strip():
            continue
        seen += 1
        if seen > BACK:
            return False
        for s, e, subj, val in reversed(_claims(lines[j])):
            if subj == subject:
                if val != value and not other_point(lines, j, lines[i:i + 3]):
                    lines[j] = _span_blank(lines[j], s, e)
                return True
    return False

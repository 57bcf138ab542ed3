"""Notes sent as a plain-text email: the earlier messages it quotes are someone else's text, blanked before reading.

A learner who mails the notes to a teacher replies under (or above) the teacher's message. What the reply quotes
is the teacher's text (or the learner's own earlier message): never a claim of these notes. A file is an email
when it has an email's cues (:func:`is_email`): a header at its top (``Subject:``, ``From:``, ``Re:``, ``Betreff:``,
``Efni:``, ``Objet :``, …), an attribution line (``On Tue, 3 Dec 2026, Sam wrote:``, ``Am … schrieb Sam:``,
``Le … a écrit :``, ``Sam skrifaði:``, …), a mail client's separator (``-----Original Message-----``,
``---------- Forwarded message ---------``, ``Begin forwarded message:``) or a greeting on its first line of text
(``Hi Sam,``, ``Dear Sam,``, ``Hæ Sam,``, ``Hallo Sam,``). In an email:

* a line quoted with ``>`` (any depth: ``>``, ``> >``, ``>>``) is blanked, and so is its attribution line; a run
  of ``>>`` lines with no single ``>`` in it and no attribution above is a MATLAB/Octave prompt, kept; lines in a
  code fence are code, kept. When the only cue is the greeting (a message, perhaps a forum post, whose writer may
  set their own result in a blockquote), a run is a quote only when it reads as a message itself: a greeting or a
  sign-off (``Best, Sam``, ``Sam (TA)``) inside it;
* a separator, or an Outlook header block in the body (``From:`` with ``Sent:``/``Date:``/``To:``/``Subject:``
  on the lines below it), starts the quoted original message: it and everything after it are blanked;
* a signature (the ``-- `` line and what follows it, up to a quoted original) is blanked.

Without those cues a ``>`` line is the learner's own Markdown blockquote and is read as it is. Lines are blanked,
never removed, so line numbers stay those of the file.
"""

from __future__ import annotations

import re

_HEADER_KEYS = (r"subject|from|to|cc|bcc|date|sent|reply-to|re|fwd?|aw|wg|sv|vs|antw|betreff|von|an|gesendet"
                r"|datum|objet|de|à|envoyé|asunto|para|enviado|fecha|assunto|efni|frá|til|sent|dagsetning"
                r"|aihe|lähettäjä|vastaanottaja|päivämäärä|ämne|från|till|datum|emne|fra|onderwerp|van|aan"
                r"|verzonden|oggetto|da|inviato")
_HEADER = re.compile(r"^\s{0,3}(?:" + _HEADER_KEYS + r")\s?:\s*\S", re.I)
_SUBJECT = re.compile(r"^\s{0,3}(?:subject|betreff|objet|asunto|assunto|efni|aihe|ämne|emne|onderwerp|oggetto)"
                      r"\s?:", re.I)
_FROM = re.compile(r"^\s{0,3}(?:from|von|de|frá|från|fra|van|da|lähettäjä)\s?:\s*\S", re.I)
_BELOW_FROM = re.compile(r"^\s{0,3}(?:sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|à|objet|enviado"
                         r"|fecha|para|asunto|assunto|sent|dagsetning|til|efni|skickat|till|ämne|verzonden|aan"
                         r"|onderwerp|inviato|oggetto|päivämäärä|aihe|vastaanottaja)\s?:", re.I)
_WROTE = re.compile(r"(?:\bwrote|\bschrieb|a\s+écrit|\bescribió|\bescreveu|\bskrifaði|\bkirjoitti|\bskrev"
                    r"|\bschreef|\bha\s+scritto)\s?:\s*$", re.I)
_SEPARATOR = re.compile(r"^\s*(?:-{3,}\s*(?:original\s+message|ursprüngliche\s+nachricht|message\s+d'origine"
                        r"|mensaje\s+original|mensagem\s+original|upprunaleg\s+skilaboð|alkuperäinen\s+viesti"
                        r"|ursprungligt\s+meddelande|oprindelig\s+meddelelse|oorspronkelijk\s+bericht"
                        r"|messaggio\s+originale|forwarded\s+message|weitergeleitete\s+nachricht)\s*-{3,}"
                        r"|begin\s+forwarded\s+message\s*:)\s*$", re.I)
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|dear|hallo|hej|hæ|halló|sæl|sæll|kæri|kæra|moi|hei|bonjour|salut"
                       r"|hola|olá|oi|ciao|guten\s+tag|liebe|lieber|good\s+(?:morning|afternoon|evening))"
                       r"(?:\s+[^\W\d_][\w.\-]{0,30}){0,3}\s*[,!:]?\s*$", re.I)
_QUOTED = re.compile(r"^[ \t]{0,3}>")
_UNQUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?){1,12}")
_SINGLE = re.compile(r"^[ \t]{0,3}>(?!>)")
_SIGNATURE = re.compile(r"^--\s?$")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_SIGN_OFF = re.compile(r"^(?:(?:thanks|thank\s+you|cheers|best|best\s+wishes|(?:kind\s+|best\s+)?regards|br|kv"
                       r"|kveðja|bestu\s+kveðjur|takk|gruß|grüße|lg|vg|mvh|hälsningar|terveisin|cordialement"
                       r"|saludos|un\s+saludo|abraços|atenciosamente|saluti)\b[,.!]?(?:\s+[^\W\d_][\w.\-]{0,30}){0,3}"
                       r"|(?-i:[A-Z][\w.\-]{1,20})(?:\s+\([^()\n]{1,20}\))?)\s*$", re.I)
TOP = 6   # the header or greeting is among the first lines of text


def email_cues(lines: list[str]) -> str:
    """``"email"`` when the text has an email's cues (a header at its top, an attribution, a separator),
    ``"greeting"`` when its first line of text is only a greeting, else ``""``."""
    top = [line for line in lines if line.strip()][:TOP]
    if any(_SUBJECT.match(line) for line in top) or sum(bool(_HEADER.match(line)) for line in top) >= 2:
        return "email"
    if any(_SEPARATOR.match(line) or (_WROTE.search(line) and len(line) < 300) for line in lines):
        return "email"
    return "greeting" if top and _GREETING.match(top[0]) else ""


def is_email(lines: list[str]) -> bool:
    """Whether the text has an email's cues (a header or greeting at its top, an attribution, a separator)."""
    return bool(email_cues(lines))


def without_reply_quotes(text: str) -> str:
    """``text`` with the quoted earlier messages of an email blanked (see the module doc); other text as it is."""
    lines = text.split("\n")
    if not any(_QUOTED.match(line) or _SEPARATOR.match(line) or _FROM.match(line) for line in lines):
        return text
    cues = email_cues(lines)
    if not cues:
        return text
    body = _first_body_line(lines)
    for i, line in enumerate(lines):
        if i > body and (_SEPARATOR.match(line) or _outlook_header(lines, i)):
            lines[i:] = [""] * (len(lines) - i)
            break
    _blank_quotes(lines, cues == "greeting")
    for i, line in enumerate(lines):
        if i > body and _SIGNATURE.match(line):
            lines[i:] = [""] * (len(lines) - i)
            break
    return "\n".join(lines)


def _first_body_line(lines: list[str]) -> int:
    """The index of the first line after the message's own header block at the top (0 without one)."""
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines) and _HEADER.match(lines[i]):
        i += 1
    return i


def _outlook_header(lines: list[str], i: int) -> bool:
    """``From: Sam`` with ``Sent:``/``To:``/``Subject:`` on (one of) the next lines: a quoted original's header."""
    if not _FROM.match(lines[i]):
        return False
    return any(_BELOW_FROM.match(line) for line in lines[i + 1:i + 4])


def _blank_quotes(lines: list[str], weak: bool) -> None:
    """Blank every run of ``>`` lines that is a reply quote, and the attribution line above it; ``weak``: only
    a run that reads as a message (a greeting or sign-off in it)."""
    i, fenced = 0, False
    while i < len(lines):
        if _FENCE.match(lines[i]):
            fenced = not fenced
        if fenced or not _QUOTED.match(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _QUOTED.match(lines[j]):
            j += 1
        above = next((k for k in range(i - 1, max(i - 3, -1), -1) if lines[k].strip()), None)
        attributed = above is not None and _WROTE.search(lines[above]) is not None
        said = [_UNQUOTE.sub("", line).strip() for line in lines[i:j]]
        message = any(_GREETING.match(line) or _SIGN_OFF.match(line) for line in said if line)
        if attributed or (message or not weak) and any(_SINGLE.match(line) for line in lines[i:j]):
            lines[i:j] = [""] * (j - i)
            if attributed:
                lines[above] = ""
        i = j

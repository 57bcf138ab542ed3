"""The learner's own letter for the eigenvalue (``\\det(K - tI)``, ``l^2 - 27l + 8 = 0``), read as λ.

A letter is the eigenvalue's when the notes subtract it times the identity from the kernel (``det(K − tI)``,
``|K - \\mu I|``, ``det(K − t·E)``), set a polynomial in it to zero (``l^2 - 27 l + 8 = 0``,
``l(l^2 - 46l + 66) = 0``) or set it to the quadratic formula's roots (``l = 11 +- sqrt(116)``). Only letters
learners use for a variable are candidates (t, l, ℓ, μ, ν, κ), and only when the notes never write λ and name one
such letter. Every pattern is linear.

Notes that write λ too (``det(K - lI) = (8-l)(19-l) - 144 = l^2 - 27l + 8``, then ``lambda = (27 +- sqrt(697))/2``)
have the letter read as λ only in the statement that shifts K by it or sets a polynomial in it to zero: there it is
the unknown of the characteristic polynomial the learner set up (:func:`local_lambda`). That statement may use a
letter the whole notes could not (``L``, ``lam``, ``mu``: a layer count, a mean elsewhere). A letter typed against
the identity (``lI``, ``lamI``) is set apart from it first (:func:`spaced_identity`), so that a prose line is not cut
at a "word" ``lI``.
"""

from __future__ import annotations

import re

_LETTER = r"(?:t|l|\\ell|ℓ|\\mu|μ|\\nu|ν|\\kappa|κ)"
# in the one statement that sets the polynomial up: also L, lam, and Greek names typed in ASCII
_LOCAL_LETTER = r"(?:lam|mu|nu|kappa|t|l|L|\\ell|ℓ|\\mu|μ|\\nu|ν|\\kappa|κ)"
_ALONE_BEFORE = r"(?<![A-Za-z\\^_{'’])"
_ALONE_AFTER = r"(?![A-Za-z('’])"
_KERNEL = r"(?:\\mathbf\{K\}|K|\\Theta|Θ|\\mathcal\{K\})"
_IDENTITY = r"(?:\\mathbf\{[IE1]\}|\\mathbb\{[IE1]\}|[IE]|𝟙|\\mathrm\{[IE]\})(?![A-Za-z])"


def _shifted(letter: str) -> re.Pattern:
    return re.compile(r"(?:\\det|det|\\operatorname\{det\}|\|)\s*\\?(?:left)?\s*[(\[|]?\s*" + _KERNEL
                      + r"\s*(?:-|−|\\minus)\s*(" + letter + r")\s*(?:\\cdot|·|\*)?\s*" + _IDENTITY)


def _polynomial(letter: str) -> re.Pattern:
    return re.compile(_ALONE_BEFORE + r"(" + letter + r")\s*\^\s*\{?[23]\}?\s*(?:-|−|\+)\s*\d{1,6}(?:[.,]\d{1,6})?"
                      r"\s*(?:\\cdot|·|\*)?\s*\1" + _ALONE_AFTER + r"[^=\n]{0,40}=\s*0(?![\d.,])")


_SHIFTED = _shifted(_LETTER)
_POLYNOMIAL = _polynomial(_LETTER)
_LOCAL_SHIFTED = _shifted(_LOCAL_LETTER)
_LOCAL_POLYNOMIAL = _polynomial(_LOCAL_LETTER)
# p(l) = l^2 - 27l + 8, p_K(t) = (8 - t)(19 - t) - …: the characteristic polynomial named, in its letter squared or
# cubed or taken from a diagonal entry
_NAMED_POLYNOMIAL = re.compile(r"(?<![A-Za-z\\])[pP](?:_\{?K\}?)?\s*\(\s*(" + _LOCAL_LETTER
                               + r")\s*\)\s*=[^=\n]{0,40}?(?:" + _ALONE_BEFORE + r"\1\s*\^\s*\{?[23](?![0-9])|"
                               r"\(\s*\d{1,6}(?:[.,]\d{1,6})?\s*[-−]\s*\1\s*\))")
# l = 11 +- sqrt(116), t_{1,2} = (27 ± √697)/2: the letter set to the quadratic formula's roots
_ROOTS = re.compile(_ALONE_BEFORE + r"(" + _LETTER + r")(?:_\{?[12,]{1,3}\}?|[12](?![0-9]))?\s*=\s*\(?\s*"
                    r"\d{1,6}(?:[.,]\d{1,6})?\s*(?:\\pm|±|\+-|\+/-)\s*(?:\\sqrt|√|sqrt)")
_LAMBDA = re.compile(r"\\lambda|λ|\blambda|\blam\b")


def eigen_letter(text: str) -> str | None:
    """The learner's own letter for the eigenvalue, as written (``t``, ``\\mu``), or None."""
    if _LAMBDA.search(text):
        return None
    found = {m.group(1) for m in _SHIFTED.finditer(text)} | {m.group(1) for m in _POLYNOMIAL.finditer(text)} | \
        {m.group(1) for m in _ROOTS.finditer(text)}
    if len(found) != 1:
        return None
    return found.pop()


def as_lambda(text: str, letter: str) -> str:
    """``text`` with the letter standing alone (``t``, ``t_1``, ``t1``, ``27t``, ``\\mu_{1,2}``, the t of ``K − tI``)
    written λ; a letter inside a word (``det``, ``don't``, ``\\tanh``) stays."""
    def shifted(m: re.Match) -> str:
        return m.group(0)[:m.start(1) - m.start(0)] + "\\lambda " + m.group(0)[m.end(1) - m.start(0):]

    text = _SHIFTED.sub(shifted, text)
    alone = re.compile(_ALONE_BEFORE + re.escape(letter) + r"([0-9]{1,2}(?![0-9.,]))?" + _ALONE_AFTER)
    return alone.sub(lambda m: f"\\lambda_{{{m.group(1)}}}" if m.group(1) else "\\lambda ", text)


_TYPED_LAMBDA = _shifted(r"(?:lambda|" + _LOCAL_LETTER[3:])   # det(K - lambdaI): λ typed against I as well
# a line that goes on with the chain of the line before: "    = l^2 - 27l + 8", "&= \mu^2 - …"
_CONTINUES = re.compile(r"^\s*&?\s*(?:=|≈|\\approx)")


def spaced_identity(text: str) -> str:
    """``det(K - lI)`` as ``det(K - l I)``: the letter that shifts K set apart from the identity it multiplies."""
    def spaced(m: re.Match) -> str:
        whole, cut = m.group(0), m.end(1) - m.start(0)
        return whole if whole[cut].isspace() or whole[cut] in "\\·*" else whole[:cut] + " " + whole[cut:]

    return _TYPED_LAMBDA.sub(spaced, text)


def local_letter(statement: str) -> str | None:
    """The one letter a statement shifts K by, sets a polynomial in to zero or names the characteristic polynomial's
    (``det(K - L I) = …``, ``lam^2 - 27 lam + 8 = 0``, ``p(l) = l^2 - 27l + 8``), or None."""
    found = {m.group(1) for m in _LOCAL_SHIFTED.finditer(statement)} | \
        {m.group(1) for m in _LOCAL_POLYNOMIAL.finditer(statement)} | \
        {m.group(1) for m in _NAMED_POLYNOMIAL.finditer(statement)}
    return found.pop() if len(found) == 1 else None


def local_lambdas(text: str) -> str:
    """``text`` with the letter of each line that sets up the characteristic polynomial (and of the lines that go on
    with its chain, ``= …``) written λ there and nowhere else: ``det(K - lI) = (8-l)(19-l) - 144`` when the notes
    write λ as well, so that l may be something else elsewhere."""
    lines = spaced_identity(text).split("\n")
    letter = None
    for n, line in enumerate(lines):
        if letter is None or not _CONTINUES.match(line):
            letter = local_letter(line)
        if letter is not None:
            lines[n] = as_lambda(line, letter)
    return "\n".join(lines)


def stated_lambdas(text: str, letter: str) -> str:
    """``text`` with the notes' eigenvalue letter written λ on each line that sets it to something (``l ~ 17.62 and
    2.39``, ``so t1 = 0.3``), before prose is cut into runs: a list of eigenvalues in words is read from λ only."""
    stated = re.compile(_ALONE_BEFORE + re.escape(letter) + r"(?:_?\{?[12]\}?)?\s*(?:=|≈|~|\\approx)")
    return "\n".join(as_lambda(line, letter) if stated.search(line) else line for line in text.split("\n"))

"""Which kernel the notes say they compute for a network with several outputs: ``I compute the 2×2 kernel of each
output``, ``Ég reikna 2×2 kjarnann fyrir hvort úttak fyrir sig``, ``Ich mache den vollen 4×4-Kernel``.

A sheet with several outputs lets the learner compute either the full kernel over (datapoint, output) pairs,
(N·n_out) × (N·n_out), or the N × N kernel of each output, and asks them to say which. The sentence that says it
is a claim: the choice itself is always allowed, and the sizes written with it must fit that choice (a per-output
kernel is N × N, the full one (N·n_out) × (N·n_out)); a size of the other choice said beside it (``not the 4×4
one``) is allowed too. A network with one output makes it no claim. Bounded patterns, one line at a time.
"""

from __future__ import annotations

import re

from .judgement import Judgement
from .world import World

PREFIX = "kernel_choice:"

_KERNEL = re.compile(r"(?:kernel|kern|kjarn|kjern|kärn|noyau|n[úu]cleo|jádr|ytim|核)", re.I)
_PER_OUTPUT = re.compile(
    r"(?:each|every|per|one per|for each) (?:output|component)|(?:outputs?|components?) separately|"
    r"(?:hvort|hvert) (?:úttak|output)|hver output|(?:pro|je) (?:output|ausgang|ausgabe|komponente)|"
    r"(?:jede[nrms]?|eine[nm]?) (?:eigenen )?(?:output|ausgang|ausgabe|komponente)|varje utgång|"
    r"cada (?:salida|saída|componente)|ciascuna uscita|chaque sortie|každý výstup|kummallekin ulostulolle|"
    r"每个输出", re.I)
_FULL = re.compile(r"(?<![\w])(?:full|whole|complete|vollen?|ganzen?|allan|fulla|completo|complet)(?![\w])|"
                   r"\(\s*(?:datapoint|data point|Datenpunkt|gagnapunktur),\s*(?:output|Ausgang|úttak)\s*\)",
                   re.I)
_SIZE = re.compile(r"(\d)\s{0,2}(?:×|x|\\times|\*)\s{0,2}(\d)(?!\d)")
_MARKS = re.compile(r"[$*_`]|\\[()\[\]]")


def kernel_choice(line: str) -> str | None:
    """The choice a line says (``kernel_choice:per:2,4`` for the kernel of each output, with the sizes n × n
    written on the line; ``kernel_choice:full:4``), or None when it says none."""
    text = _MARKS.sub(" ", line[:600])
    if "?" in text or not _KERNEL.search(text):
        return None
    sizes = ",".join(dict.fromkeys(a for a, b in _SIZE.findall(text) if a == b))
    if _PER_OUTPUT.search(text):
        return f"{PREFIX}per:{sizes}"
    if _FULL.search(text) and sizes:
        return f"{PREFIX}full:{sizes}"
    return None


def judge_choice(claim, world: World, j: Judgement) -> Judgement:
    """The kernel chosen is allowed; a size said with it is N (each output's kernel) or N·n_out (the full one)."""
    from .judge import ContextError

    if world.n_out < 2:
        raise ContextError("a choice of kernel for a network with one output")
    kind, sizes = claim.prop.removeprefix(PREFIX).split(":", 1)
    want = world.N if kind == "per" else world.N * world.n_out
    said = [int(s) for s in sizes.split(",") if s]
    j.target = j.label = "K"
    j.expected = j.plain = f"{want}×{want}"
    j.verdict = "correct" if not said or want in said else "wrong"
    if j.verdict == "wrong":
        j.mark_wrong(world)
    return j

"""Full-width and CJK punctuation (Chinese and Japanese input methods) read as the ASCII a formula means.

Typed with a Chinese or Japanese input method, a formula holds full-width forms: ``$x_1=1，x_2=2$``,
``（1，0）``, ``ｆ（ｘ）＝２``. The full-width block U+FF01–U+FF5E is ASCII shifted by 0xFEE0 (what NFKC
folds it to) and is read as that ASCII, except the two characters that would open math or code
(``＄``, ``｀``), which stay prose. A comma of the input method (full-width ``，`` or the enumeration
comma ``、``) separates like ``, `` (so ``1，2`` is a list, never a decimal comma); the ideographic full
stop ``。`` ends a sentence like ``. `` (also when wrapped in ``\\text{，}``); the ideographic space
U+3000 is a space. One pass of a regular expression and one of ``str.translate``: linear, and no line
break is added or removed, so line numbers stay.
"""

from __future__ import annotations

import re

from .arabic_script import right_to_left_ascii
from .script_digits import script_digits_ascii

_KEEP = {"＄", "｀"}   # would open math or inline code: the learner's prose, not a delimiter

TABLE: dict[int, str] = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F) if chr(code) not in _KEEP}
TABLE.update({ord("，"): ", ", ord("、"): ", ", ord("。"): ". ", ord("\u3000"): " ", ord("："): ": ",
              ord("；"): "; ", ord("【"): "[", ord("】"): "]", ord("〔"): "(", ord("〕"): ")"})


_IN_TEXT = re.compile(r"\\(?:text|mbox|textrm|mathrm)\s*\{\s*([，、；。])\s*\}")   # $a=1\text{，}b=2$


def ascii_punctuation(text: str) -> str:
    """``text`` with every full-width form c in U+FF01–U+FF5E (but ＄ and ｀) as chr(ord(c) − 0xFEE0),
    ``，``/``、`` as ``, ``, ``。`` as ``. ``, ``：``/``；`` followed by a space, U+3000 as a space; ``\\text{，}``
    as its punctuation alone (Arabic-script digits and punctuation first, :mod:`symntk.check.arabic_script`, and
    the digits of every other script, :mod:`symntk.check.script_digits`);
    then ``$λ_1$ 约为 $26.7$`` as ``$λ_1 \\approx 26.7$`` (:mod:`symntk.check.cjk_words`)."""
    text = script_digits_ascii(right_to_left_ascii(text))
    if not any(ord(c) >= 0x3000 for c in text):
        return text
    from .cjk_words import join_worded_relations

    return join_worded_relations(_IN_TEXT.sub(r"\1", text).translate(TABLE))

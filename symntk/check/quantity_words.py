"""The trace and the determinant as one word right before inline math in Vietnamese, Hungarian, Korean and Hindi
(data for :mod:`symntk.check.inline_names`): ``vết $= 27$``, ``a nyom $= 27$``, ``행렬식은 $= 8$``, ``ट्रेस $= 27$``."""

from __future__ import annotations

TRACE_DET_WORDS = {**dict.fromkeys(("vết", "nyom", "nyoma", "대각합", "대각합은", "트레이스", "트레이스는", "ट्रेस"),
                                   r"\operatorname{tr} K"),
                   **dict.fromkeys(("determináns", "determinánsa", "행렬식", "행렬식은", "सारणिक"), r"\det K")}

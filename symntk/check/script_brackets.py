"""Size commands on the brackets of an index in a script, as handwriting and OCR converters export them:
``W^{\\left[ 2\\right]}``, ``K^{\\left( 1\\right)}``, ``x_{\\left( 2\\right)}`` are ``W^{[2]}``, ``K^{(1)}``,
``x_{(2)}``.

The checker's readers of layers, outputs and datapoints look for ``^{[2]}`` and ``^{(1)}`` before the notation
is normalised, so the size commands go first, for an index of a few characters only (a script holding a
formula is left as written). One linear scan.
"""

from __future__ import annotations

import re

_SCRIPT = re.compile(r"([\^_])\s*\{\s*\\left\s*([(\[])\s*([^{}()\[\]\\$\n]{1,12}?)\s*\\right\s*([)\]])\s*\}")


def script_brackets(text: str) -> str:
    """``^{\\left( 1\\right)}`` → ``^{(1)}``; ``_{\\left[ 2\\right]}`` → ``_{[2]}``."""
    return _SCRIPT.sub(lambda m: f"{m.group(1)}{{{m.group(2)}{m.group(3)}{m.group(4)}}}", text)

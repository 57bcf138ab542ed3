"""Where the files shipped beside the code are found: ``templates/`` and
``examples/notes.toml`` sit inside an installed wheel (``symntk/templates``,
``symntk/examples``, see pyproject's force-include) and at the top of a checkout."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def shipped(*parts: str) -> Path:
    """The path of a shipped file or folder, e.g. ``shipped("templates", "en")``: the installed
    package's copy, else the checkout's; FileNotFoundError naming it when neither exists."""
    for base in (_HERE, _HERE.parent):
        candidate = base.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"symntk's {'/'.join(parts)} is missing from this installation")


def templates_root() -> Path:
    """The ``templates/`` folder (the one place that finds it, installed or in a checkout)."""
    return shipped("templates", "en").parent

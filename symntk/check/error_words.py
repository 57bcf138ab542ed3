"""Why the notes' exercise could not be read, in the report's language: the table
``templates/<lang>/check/errors.toml``.

The checker states a missing exercise as an :class:`~symntk.errors.InputError` in English (``line 12: expected a
value for every parameter of the network formula on line 12 …, got no value for w_1, w_2``). A locale's table has
one ``[[reason]]`` row per message, as :mod:`symntk.check.reasons` reads them: ``en``, an anchored regular
expression over ``expected …, got …`` with a named group for each value, and the locale's wording with ``{name}``
where a value goes. A message no row matches stays English; the file and line stay as they are, with ``line`` in
the locale's word.
"""

from __future__ import annotations

import re

import jinja2

from ..errors import InputError, SymntkError
from .reasons import table, translate

TABLE = "check/errors.toml"
_LINE = re.compile(r"^line (\d+)$")
LINE_WORDS = {"is": "lína"}


def worded(exc: InputError, lang: str, env: jinja2.Environment) -> SymntkError:
    """``exc`` worded in ``lang`` by the first row that matches its ``expected …, got …`` whole; ``exc`` itself
    in English or when no row matches."""
    if lang == "en":
        return exc
    said = f"expected {exc.expected}" + (f", got {exc.got}" if exc.got is not None else "")
    text = translate(said, table(env, lang, TABLE))
    if text == said:
        return exc
    line = _LINE.match(exc.field or "")
    field = f"{LINE_WORDS.get(lang, 'line')} {line.group(1)}" if line else exc.field
    return SymntkError(f"{exc.source}: {field}: {text}" if field else f"{exc.source}: {text}")

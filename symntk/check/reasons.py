"""The reasons for unreadable math in the report's language, from the table ``templates/<lang>/check/reasons.toml``.

The checker gives its reasons in English (the messages of
:class:`~symntk.check.syntax.UnreadableError`, some with values: ``b needs a layer [1] … [2]``). A locale's
table has one ``[[reason]]`` row per message: ``en``, an anchored regular expression with a named group for
each value, and the locale's wording with ``{name}`` where a value goes (other braces are kept: ``K_{{r},{c}}``
reads ``K_{1,2}``); an optional ``words`` table turns a value that is an English word into the locale's
(``matrix`` → ``fylki``). The first row that matches wins; a reason no row matches stays English. The table is
found through the report's template lookup (an override folder first, then the locale).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

import jinja2

from ..errors import InputError

TABLE = "check/reasons.toml"
_PLACE = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=8)
def rows(text: str, lang: str, where: str = TABLE) -> tuple[tuple[re.Pattern, str, dict], ...]:
    """The compiled rows of a table's TOML text that word ``lang``: (English pattern, wording, words for values)."""
    try:
        found = tomllib.loads(text).get("reason", [])
        return tuple((re.compile(row["en"]), row[lang], dict(row.get("words", {})))
                     for row in found if lang in row)
    except (tomllib.TOMLDecodeError, re.error, KeyError, TypeError, AttributeError) as exc:
        raise InputError(where, "reason", "[[reason]] rows with an en pattern and the wording", str(exc)) from None


def table(env: jinja2.Environment, lang: str, name: str = TABLE) -> tuple:
    """The rows of the table ``name`` (the reasons by default) the environment's loader finds for ``lang`` (none
    when there is none)."""
    try:
        text, where, _ = env.loader.get_source(env, name)
    except (jinja2.TemplateNotFound, OSError):
        return ()
    return rows(text, lang, where or name)


def translate(reason: str, table_rows) -> str:
    """The reason worded by the first row whose pattern matches it whole, the values filled in; else as it is."""
    text = str(reason)
    for pattern, wording, words in table_rows:
        found = pattern.fullmatch(text)
        if found:
            return _fill(wording, {k: words.get(v, v) for k, v in found.groupdict().items() if v is not None})
    return text


def _fill(wording: str, values: dict) -> str:
    """The wording with each ``{name}`` of a value replaced by it (other braces kept)."""
    return _PLACE.sub(lambda m: values.get(m.group(1), m.group(0)), wording)


def reason_filter(env: jinja2.Environment, lang: str):
    """The ``reason`` filter of a report in ``lang``: English kept as it is, else worded by the locale's table."""
    if lang == "en":
        return str
    return lambda reason: translate(reason, table(env, lang))

"""A matrix given by its rows or columns in words: ``$W$ rows $[1, 2]$ and $[0, 1]$`` is ``W = [[1, 2], [0, 1]]``.

Exercise sheets and terse notes give a small matrix without a matrix environment: the matrix's name, a word for
its rows (``rows``, ``with rows``, ``has the rows``, ``línur``, ``raðir``, ``Zeilen``, ``lignes``, ``filas``, ``rader``,
``rækker``, ``righe``, ``rijen``, …) or its columns (``columns``, ``dálkar``, ``Spalten``, ``colonnes``, ``columnas``,
``kolonner``, ``kolumner``, …), then two to six bracketed rows of equal length joined by commas, ``and`` or its
neighbours in other languages (``og``, ``und``, ``et``, ``y``, ``och``, ``en``, ``e``). The name may be in ``$…$`` or
plain; each row may be in its own ``$…$``. The whole phrase is rewritten, on its own line, as one inline formula
``$NAME = \\begin{bmatrix} … \\end{bmatrix}$`` (columns are transposed into rows), so the matrix is read as problem
data like any other. Rows of unequal length, or a single row, are left as they are.

Every pattern is bounded and without nested repetition over the same text, so a line is read in linear time.
"""

from __future__ import annotations

import re

_ROW_WORDS = (r"rows|row vectors|línur|línurnar|raðir|raðirnar|Zeilen|Zeilenvektoren|lignes|filas|linhas|rader|"
              r"raderna|rækker|rækkerne|righe|rijen|wiersze")
_COLUMN_WORDS = (r"columns|column vectors|dálkar|dálkarnir|Spalten|Spaltenvektoren|colonnes|columnas|colunas|"
                 r"kolonner|kolonnerne|kolumner|kolumnerna|colonne|kolommen|kolumny")
_LINKS = (r"(?:(?:has|have|with|with the|has the|is given by|given by|hefur|með|mit|mit den|hat die|avec|con|med)"
          r"\s{1,3})")
_NAME = r"(?:\$([^$\n=]{1,60})\$|(?<![\w\\$])([A-Za-z](?:\^\{?[\[(]?\d[\])]?\}?|\d)?))"
_ROW = r"\$?\s{0,2}[\[(]([-−+\d.,;\s{}/\\]{1,80})[\])](?:\s{0,2}\$)?"
_MORE_ROW = r"\$?\s{0,2}[\[(][-−+\d.,;\s{}/\\]{1,80}[\])](?:\s{0,2}\$)?"
_JOIN = (r"\s{0,3}(?:,|;|\band\b|\bog\b|\bund\b|\bet\b|\by\b|\boch\b|\ben\b|\be\b)\s{0,3}"
         r"(?:(?:and|og|und|et|y|och)\s{1,3})?")
_PHRASE = re.compile(_NAME + r"\s{0,3}(?:,\s{0,2})?" + _LINKS + r"?(?:(" + _ROW_WORDS + r")|(" + _COLUMN_WORDS +
                     r"))\s{0,3}:?\s{0,3}" + _ROW + r"((?:" + _JOIN + _MORE_ROW + r"){1,5})", re.I)
_EACH_ROW = re.compile(r"[\[(]([-−+\d.,;\s{}/\\]{1,80})[\])]")
_SPACES = re.compile(r"\\[ ,;:!]|\\q?quad")
_ENTRY_SPLIT = re.compile(r"(?<!\{),(?!\})|;|\s+")


def _entries(row: str) -> list[str]:
    row = _SPACES.sub(" ", row)
    return [e.replace("−", "-") for e in _ENTRY_SPLIT.split(row.strip()) if e]


def _rewrite(match: re.Match) -> str:
    rows = [_entries(match.group(5))] + [_entries(r) for r in _EACH_ROW.findall(match.group(6))]
    if len(rows) < 2 or len({len(r) for r in rows}) != 1 or not rows[0]:
        return match.group(0)
    if match.group(4):   # columns: the i-th entry of every column is row i
        rows = [list(r) for r in zip(*rows)]
    name = (match.group(1) or match.group(2)).strip()
    body = r" \\ ".join(" & ".join(r) for r in rows)
    return f"${name} = \\begin{{bmatrix}} {body} \\end{{bmatrix}}$"


def matrices_by_rows(text: str) -> str:
    """The text with every matrix given by rows or columns in words rewritten as ``$NAME = \\begin{bmatrix}…$``
    (rows r_1, …, r_m: the matrix [r_1; …; r_m]; columns c_1, …, c_n: the matrix [c_1 … c_n])."""
    if not re.search(_ROW_WORDS + "|" + _COLUMN_WORDS, text, re.I):
        return text
    return "\n".join(_PHRASE.sub(_rewrite, line) for line in text.split("\n"))

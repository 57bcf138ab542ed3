"""HTML notes (Moodle/Canvas/Blackboard answers, Google Docs or Word saved as HTML): the document as plain notes.

A notes file is HTML by its suffix (``.html``, ``.htm``, ``.xhtml``) or when it opens as a document
(``<!DOCTYPE html>``, ``<html>``). It is read with the standard library's :class:`html.parser.HTMLParser` (never a
browser: nothing is fetched, run or evaluated) and written back as the text it shows, line for line, each piece of
text on the line of the file where it starts:

* entities, named and numeric, are their characters (``&lambda;`` → λ, ``&#x3bb;`` → λ); a gap of three or more
  spaces with a no-break space among them between two statements (``x &nbsp; ∂f/∂b = 1``, how rich-text editors
  keep a typed gap) ends a statement, as ``;`` does;
* ``<sub>``/``<sup>`` — and a ``<span>`` whose style or class (from the document's ``<style>``, as Google Docs
  writes it) sets ``vertical-align: sub``/``super`` — are ``_{…}``/``^{…}``;
* ``<br>`` and a new paragraph, list item, heading or row starting on a line that already has text are `` : ``
  (a heading alone on its line is a Markdown heading); a line break inside a paragraph's source is a space, as a
  browser shows it (Word wraps its HTML at 76 characters): the paragraph's text is on the line where it starts, or
  where it goes on after a ``<br>``; ``<head>``, ``<style>``, ``<script>`` and comments show nothing;
* MathML (``<math>``, or ``<mml:math>`` as Word writes it) is its LaTeX inside ``\\( … \\)``
  (:mod:`symntk.check.mathml`); an equation image of an editor (Canvas' ``data-equation-content``, Moodle's TeX
  filter) is the TeX it was made from;
* a table is a matrix when its cells are numbers (:mod:`symntk.check.html_tables`): ``K = [[8, 12], [12, 19]]``
  on the line of its first row; any other table is one ``| a | b |`` row a line.

MathJax's ``\\( … \\)`` and ``$$ … $$`` stay as written, for the math reader. Sizes are bounded: the text is at
most the notes' size limit, a ``<`` that opens no whole tag is text (:mod:`symntk.check.html_guard`, which keeps the
parser linear), and nesting past :data:`MAX_NESTING` is read as plain text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .html_guard import guarded_markup
from .html_tables import Table, named_after, table_lines
from .mathml import MATHML, MAX_DEPTH, Node, latex

SUFFIXES = (".html", ".htm", ".xhtml")
MAX_NESTING = 40
_DOCUMENT = re.compile(r"^\ufeff?\s{0,200}(?:<!doctype\s+html|<html[\s>])", re.I)
_SKIP = {"head", "style", "script", "title", "template", "noscript", "svg", "object", "iframe"}
_BLOCKS = {"p", "div", "li", "tr", "table", "blockquote", "pre", "section", "article", "header", "footer", "dt",
           "dd", "hr", "ul", "ol", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption"}
_PARAGRAPHS = {"p", "li", "dt", "dd", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption"}
_SCRIPT_STYLE = re.compile(r"vertical-align\s*:\s*(super|sub)|baseline-shift\s*:\s*(super|sub)", re.I)
_CLASS_RULE = re.compile(r"\.([-\w]{1,40})\s*\{([^{}]{0,2000})\}")
_GAP = re.compile(r"(?<=[^\s,;:.=+\-−(\[{])(?=[ \t\xa0]{0,20}\xa0)[ \t\xa0]{3,40}(?=[^\s,;:.=+\-−)\]}])")
_EQUATION_IMAGE = re.compile(r"equation|tex|latex|math", re.I)
_IMAGE_TEX = re.compile(r"^\s*(?:LaTeX:\s*)?(.{1,400}?)\s*$", re.S)


def _local(tag: str) -> str:
    """A MathML tag without its namespace prefix (``mml:mi`` → ``mi``, as Word writes it); other tags as they are."""
    local = tag.rpartition(":")[2]
    return local if local == "math" or local[:1] == "m" and local in MATHML else tag


def is_html(text: str, source: str = "<notes>") -> bool:
    """Whether a notes text is an HTML document: its suffix is HTML's or it opens with a doctype or ``<html>``."""
    return source.lower().endswith(SUFFIXES) or _DOCUMENT.match(text[:400]) is not None


class _Reader(HTMLParser):
    """The text an HTML document shows, collected line by line (see the module doc)."""

    def __init__(self, count: int) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[list[str]] = [[] for _ in range(count)]
        self.filled = [False] * count   # whether a line has text yet
        self.skipping: list[str] = []
        self.captures: list[tuple[str, int, list[str]]] = []   # (kind, line, pieces): sub, sup, cell, caption
        self.spans: list[str] = []
        self.math: list[Node] = []
        self.tables: list[Table] = []
        self.scripts: dict[str, str] = {}
        self.pending = False
        self.heading = ""
        self.paragraph = False   # inside a paragraph: a line break in its source is a space (Word wraps at 76)
        self.paragraph_line: int | None = None

    def _line(self) -> int:
        return min(self.getpos()[0] - 1, len(self.lines) - 1)

    def _put(self, line: int, text: str) -> None:
        if self.captures:
            self.captures[-1][2].append(text)
            return
        if self.paragraph and text.strip():
            if self.paragraph_line is None:
                self.paragraph_line = line
            line = self.paragraph_line
        row = self.lines[line]
        if text.strip():
            if self.pending and self.filled[line]:
                row.append(" : ")
            elif self.heading and not self.filled[line]:
                row.append(self.heading)
            self.pending, self.heading = False, ""
            self.filled[line] = True
        row.append(text)

    def _script_kind(self, attrs: dict[str, str]) -> str | None:
        m = _SCRIPT_STYLE.search(attrs.get("style") or "")
        if m:
            return "sup" if (m.group(1) or m.group(2)).lower() == "super" else "sub"
        for name in (attrs.get("class") or "").split()[:10]:
            if name in self.scripts:
                return self.scripts[name]
        return None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        tag = _local(tag)
        attrs = {k.lower(): v or "" for k, v in attrs[:40]}
        if self.skipping:
            if tag in _SKIP:
                self.skipping.append(tag)
            return
        if self.math:
            if len(self.math) < MAX_DEPTH and tag not in ("mspace", "none", "mprescripts", "malignmark"):
                node = Node(tag, attrs)
                self.math[-1].children.append(node)
                self.math.append(node)
            return
        if tag in _SKIP:
            self.skipping.append(tag)
        elif tag == "math":
            self.math.append(Node("math", attrs, []))
            self.math_line = self._line()
        elif tag == "img":
            self._image(attrs)
        elif tag == "br":
            self._put(self._line(), " : ") if self.captures else setattr(self, "pending", True)
            self.paragraph_line = None
        elif tag == "table" and len(self.tables) < MAX_NESTING:
            self.tables.append(Table(self._line(), depth=len(self.captures)))
        elif tag == "tr" and self.tables:
            self.close_open(("sub", "sup", "td", "th"))
            self.tables[-1].rows.append((self._line(), []))
        elif tag in ("td", "th", "caption") and self.tables and len(self.captures) < MAX_NESTING:
            self.close_open(("sub", "sup", "td", "th"))
            self.captures.append((tag, self._line(), []))
        elif tag in ("sub", "sup") and len(self.captures) < MAX_NESTING:
            self.captures.append((tag, self._line(), []))
        elif tag == "span":
            kind = self._script_kind(attrs) if len(self.captures) < MAX_NESTING else None
            self.spans.append(kind or "")
            if kind:
                self.captures.append((kind, self._line(), []))
        if tag in _BLOCKS and not self.captures:
            self.pending = True
            self.paragraph, self.paragraph_line = tag in _PARAGRAPHS, None
            if tag[0] == "h" and tag[1:].isdigit():
                self.heading = "#" * int(tag[1]) + " "

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)
        if self.math and self.math[-1].tag == _local(tag):
            self.math.pop()

    def handle_endtag(self, tag: str) -> None:
        tag = _local(tag)
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if self.math:
            if tag == "math":
                root = self.math[0]
                self.math.clear()
                self._put(self.math_line, " \\(" + latex(root).strip() + "\\) ")
            elif any(n.tag == tag for n in self.math[1:]):
                while self.math[-1].tag != tag:
                    self.math.pop()
                self.math.pop()
            return
        if tag == "span" and self.spans:
            tag = self.spans.pop() or "span"
        if tag in ("sub", "sup", "td", "th", "caption") and self.captures and self.captures[-1][0] == tag:
            self.close_capture()
        elif tag in _BLOCKS or tag == "table":   # a script, cell or row left open (HTML lets </td> be left out)
            self.close_open(("sub", "sup", "td", "th") if tag in ("tr", "table") else ("sub", "sup"))
        if tag == "table" and self.tables:
            table = self.tables.pop()
            for line, text in table_lines(table, self.lines):
                self._put(line, text)
        if tag in _BLOCKS and not self.captures:
            self.pending = True
            self.paragraph, self.paragraph_line = False, None

    def close_capture(self) -> None:
        """Close the innermost open script or cell: its text goes where it belongs."""
        kind, line, pieces = self.captures.pop()
        if kind in ("sub", "sup"):
            inner = "".join(pieces).strip()
            if inner:
                self._put(line, ("_{" if kind == "sub" else "^{") + inner + "}")
            return
        text = " ".join("".join(pieces).replace("\xa0", " ").split())
        if kind == "caption" and self.tables:
            self.tables[-1].caption = text
        elif self.tables and self.tables[-1].rows:
            self.tables[-1].rows[-1][1].append(text)

    def close_open(self, kinds: tuple[str, ...]) -> None:
        """Close the open scripts and cells of ``kinds`` at the top of the stack, down to the innermost table's."""
        floor = self.tables[-1].depth if self.tables else 0
        while len(self.captures) > floor and self.captures[-1][0] in kinds:
            self.close_capture()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            if self.skipping[-1] == "style":
                self._style(data)
            return
        if self.math:
            self.math[-1].children.append(data)
            return
        if self.captures:
            self._put(0, data.replace("\n", " "))
            return
        first = self._line()
        if self.paragraph:
            stripped = data.lstrip()
            line = min(first + data[:len(data) - len(stripped)].count("\n"), len(self.lines) - 1)
            self._put(line, data.replace("\n", " "))
            return
        for i, part in enumerate(data.split("\n")):
            if first + i < len(self.lines):
                self._put(first + i, part)

    def _style(self, css: str) -> None:
        for m in _CLASS_RULE.finditer(css[:200_000]):
            kind = _SCRIPT_STYLE.search(m.group(2))
            if kind:
                self.scripts[m.group(1)] = "sup" if (kind.group(1) or kind.group(2)).lower() == "super" else "sub"

    def _image(self, attrs: dict[str, str]) -> None:
        tex = attrs.get("data-equation-content")
        if not tex and _EQUATION_IMAGE.search(attrs.get("class", "")):
            tex = attrs.get("title") or attrs.get("alt")
        m = _IMAGE_TEX.match(tex or "")
        if m:
            self._put(self._line(), " \\(" + m.group(1) + "\\) ")


def html_notes(text: str, source: str = "<notes>") -> str:
    """An HTML notes text as the plain notes it shows, line for line (see the module doc); other text unchanged."""
    if not is_html(text, source):
        return text
    reader = _Reader(text.count("\n") + 1)
    reader.feed(guarded_markup(text))
    reader.close()
    if reader.math and not reader.skipping:   # a formula left open at the end
        reader.handle_endtag("math")
    while reader.tables and not reader.skipping:   # a table left open at the end
        reader.handle_endtag("table")
    reader.tables.clear()
    reader.close_open(("sub", "sup"))
    lines = [_GAP.sub(" ; ", "".join(pieces)).replace("\xa0", " ").rstrip() for pieces in reader.lines]
    return "\n".join(named_after(lines))

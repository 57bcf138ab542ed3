"""MathML as editors' equation tools write it (Moodle/Canvas/Word/MathType/Google Docs): the formula as LaTeX.

A ``<math>`` element is held as a small tree of :class:`Node` while the HTML is read (:mod:`symntk.check.html_notes`),
then written as the LaTeX a learner would have typed:

* a TeX annotation (``<annotation encoding="application/x-tex">``, which MathJax, Word and most editors keep inside
  ``<semantics>``) is the formula as written, and wins over the presentation markup beside it;
* tokens ``<mi>``, ``<mn>``, ``<mo>``, ``<mtext>`` are their text (invisible times and function application dropped,
  ``<mtext>`` words as ``\\text{…}``); ``<mspace>`` is a space;
* ``<mfrac>`` → ``\\frac{a}{b}``, ``<msqrt>`` → ``\\sqrt{…}``, ``<mroot>`` → ``\\sqrt[n]{…}``;
* ``<msub>``/``<munder>`` → ``a_{b}``, ``<msup>``/``<mover>`` → ``a^{b}`` (an accent over a letter as ``\\hat``,
  ``\\bar``, ``\\dot``, ``\\tilde``, ``\\vec``), ``<msubsup>``/``<munderover>`` → ``a_{b}^{c}``;
* ``<mfenced>`` → its brackets and separators around the children;
* ``<mtable>`` → ``\\begin{matrix} … & … \\\\ … \\end{matrix}``, as ``bmatrix``/``pmatrix``/``vmatrix`` when the
  brackets around it are ``[ ]``, ``( )`` or ``| |``; a table of equations (a cell with a relation) is its rows
  joined by ``;``.

Everything else (``<mrow>``, ``<mstyle>``, ``<semantics>``' first child, ``<menclose>``, unknown tags) is its
children in order; ``<mphantom>`` and ``<annotation-xml>`` show nothing. The tree's depth and size are bounded by
the reader; the writing is linear in the tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_DEPTH = 60
MATHML = {"math", "mi", "mn", "mo", "mtext", "ms", "mspace", "mrow", "mfrac", "msqrt", "mroot", "msub", "msup",
          "msubsup", "munder", "mover", "munderover", "mfenced", "mtable", "mtr", "mtd", "mlabeledtr", "mstyle",
          "mpadded", "mphantom", "menclose", "merror", "maction", "mprescripts", "mmultiscripts", "malignmark",
          "maligngroup", "semantics", "annotation", "annotation-xml", "none"}
_INVISIBLE = str.maketrans({"\u2061": "", "\u2062": " ", "\u2063": ",", "\u2064": "+", "\u200b": ""})
_ACCENTS = {"^": "\\hat", "ˆ": "\\hat", "¯": "\\bar", "‾": "\\bar", "_": "\\bar", "˙": "\\dot", ".": "\\dot",
            "~": "\\tilde", "˜": "\\tilde", "→": "\\vec", "⃗": "\\vec"}
_FENCES = {("[", "]"): "bmatrix", ("(", ")"): "pmatrix", ("|", "|"): "vmatrix", ("‖", "‖"): "Vmatrix"}
_RELATIONS = ("=", "≈", "≤", "≥", "<", ">", "≠")
_HIDDEN = {"mphantom", "annotation-xml", "none", "mprescripts", "malignmark", "maligngroup"}
_STRUCTURED = {"mfrac", "msqrt", "mroot", "msub", "msup", "msubsup", "munder", "mover", "munderover", "mfenced",
               "maction"}
_TEX = ("application/x-tex", "tex", "latex", "text/x-latex", "application/x-latex")


@dataclass
class Node:
    """One MathML element: its tag, attributes and children (nodes or text)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list = field(default_factory=list)


def _text(node) -> str:
    return node if isinstance(node, str) else "".join(_text(c) for c in node.children)


def _elements(node: Node) -> list[Node]:
    return [c for c in node.children if isinstance(c, Node)]


def tex_annotation(node: Node) -> str | None:
    """The TeX kept in a ``<semantics>`` annotation of the formula, or None."""
    stack, seen = [node], 0
    while stack and seen < 10_000:
        seen += 1
        n = stack.pop()
        if n.tag == "annotation" and n.attrs.get("encoding", "").strip().lower() in _TEX:
            tex = _text(n).strip()
            return tex or None
        stack.extend(reversed(_elements(n)))
    return None


def _group(tex: str) -> str:
    return tex if len(tex) == 1 else "{" + tex + "}"


def _token(node: Node) -> str:
    text = _text(node).translate(_INVISIBLE).replace("\xa0", " ")
    if node.tag == "mtext":
        stripped = text.strip()
        return f" \\text{{{stripped}}} " if any(ch.isalpha() for ch in stripped) else text
    if node.tag == "mi" and len(text.strip()) > 1:
        return text.strip() + " "
    return text


def _table(node: Node, fence: tuple[str, str] | None = None, depth: int = 0) -> str:
    rows = []
    for row in _elements(node):
        cells = _elements(row) if row.tag in ("mtr", "mlabeledtr") else [row]
        if row.tag == "mlabeledtr":
            cells = cells[1:]
        rows.append([latex(c, depth + 2).strip() for c in cells])
    if fence is None and any(rel in cell for row in rows for cell in row for rel in _RELATIONS):
        return " ; ".join(" ".join(row) for row in rows)
    kind = _FENCES.get(fence, "matrix") if fence else "matrix"
    body = " \\\\ ".join(" & ".join(row) for row in rows)
    return f"\\begin{{{kind}}}{body}\\end{{{kind}}}"


def _children(node: Node, depth: int) -> str:
    """The children in order, a bracket–table–bracket run written as one bracketed matrix."""
    kids = [c for c in node.children if isinstance(c, Node) or c.strip()]
    out, i = [], 0
    while i < len(kids):
        kid = kids[i]
        if (isinstance(kid, Node) and kid.tag == "mo" and i + 2 < len(kids) and isinstance(kids[i + 1], Node)
                and kids[i + 1].tag == "mtable" and isinstance(kids[i + 2], Node) and kids[i + 2].tag == "mo"
                and (_text(kid).strip(), _text(kids[i + 2]).strip()) in _FENCES):
            out.append(_table(kids[i + 1], (_text(kid).strip(), _text(kids[i + 2]).strip()), depth))
            i += 3
            continue
        out.append(latex(kid, depth + 1) if isinstance(kid, Node) else kid.strip())
        i += 1
    return "".join(out)


def _scripts(node: Node, parts: list[str]) -> str:
    base = parts[0] if parts else ""
    if node.tag in ("mover", "munderover") and len(parts) == 2 and parts[1].strip() in _ACCENTS:
        return f"{_ACCENTS[parts[1].strip()]}{{{base}}}"
    if node.tag in ("msub", "munder") and len(parts) == 2:
        return f"{base}_{{{parts[1]}}}"
    if node.tag in ("msup", "mover") and len(parts) == 2:
        return f"{base}^{{{parts[1]}}}"
    if len(parts) == 3:
        return f"{base}_{{{parts[1]}}}^{{{parts[2]}}}"
    return "".join(parts)


def latex(node, depth: int = 0) -> str:
    """The LaTeX of a MathML node (see the module doc)."""
    if isinstance(node, str):
        return node.translate(_INVISIBLE)
    tag = node.tag
    if tag in _HIDDEN or tag == "annotation" or depth > MAX_DEPTH:
        return ""
    if tag == "math":
        tex = tex_annotation(node)
        if tex is not None:
            return tex
    if tag in ("mi", "mn", "mo", "mtext", "ms"):
        return _token(node)
    if tag == "mspace":
        return " "
    if tag == "semantics":
        first = _elements(node)[:1]
        return latex(first[0], depth + 1) if first else ""
    if tag == "mtable":
        return _table(node, None, depth)
    kids = _elements(node)
    if tag == "mfenced" and len(kids) == 1 and kids[0].tag == "mtable" and \
            (node.attrs.get("open", "("), node.attrs.get("close", ")")) in _FENCES:
        return _table(kids[0], (node.attrs.get("open", "("), node.attrs.get("close", ")")), depth)
    if tag not in _STRUCTURED:
        return _children(node, depth)
    parts = [latex(c, depth + 1).strip() for c in kids]   # each child written once: linear in the tree
    if tag == "mfrac" and len(parts) == 2:
        return f"\\frac{{{parts[0]}}}{{{parts[1]}}}"
    if tag == "msqrt":
        return f"\\sqrt{{{''.join(parts)}}}"
    if tag == "mroot" and len(parts) == 2:
        return f"\\sqrt[{parts[1]}]{{{parts[0]}}}"
    if tag in ("msub", "msup", "msubsup", "munder", "mover", "munderover"):
        return _scripts(node, [_group(p) if i == 0 and len(p) > 1 and not p.endswith(")") else p
                               for i, p in enumerate(parts)])
    if tag == "mfenced":
        opening, closing = node.attrs.get("open", "("), node.attrs.get("close", ")")
        separators = [s for s in node.attrs.get("separators", ",") if not s.isspace()] or [","]
        joined = "".join(p + (separators[min(i, len(separators) - 1)] if i < len(parts) - 1 else "")
                         for i, p in enumerate(parts))
        return f"{opening}{joined}{closing}"
    return parts[0] if parts else ""   # maction: its first child

"""Reading a notes file into its math segments with line numbers: the text, its math, then claims.

A notes file is Markdown (any extension) or a small LaTeX document; its text is read by
:mod:`symntk.check.notes_text` (bounded, regular files only; in a ``.tex`` document only the body between
``\\begin{document}`` and ``\\end{document}``, ``%`` comments dropped; lines numbered as editors do: LF,
CRLF, CR, NEL, U+2028 and U+2029 each end a line). The document's own simple macros
(``\\newcommand{\\R}{\\mathbb{R}}``) are expanded as text (:mod:`symntk.check.macros`). Math is
``$…$``, ``$$…$$``, ``\\[…\\]``, ``\\(…\\)`` and the display environments ``equation``, ``align``,
``gather``, ``multline``, ``eqnarray``, ``flalign``, ``displaymath`` (starred or not, bare or inside ``$$``),
found in one linear pass by :mod:`symntk.check.math_blocks`; everything else is prose. Code blocks and
inline code are not math unless they hold a relation and nothing only a program has (inline code such as
df/dw1 = v1*x, and the statements of an untagged fence, are soft math: :mod:`symntk.check.plain_text`).
What prose right before inline math names is :mod:`symntk.check.inline_names`. A display block is split into
claims by :mod:`symntk.check.split`; each piece is a :class:`~symntk.check.segment.Segment`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..errors import InputError
from .block_derivatives import block_heads, theta_entries
from .eigen_letter import as_lambda, eigen_letter, local_lambdas, spaced_identity, stated_lambdas
from .eigen_pieces import eigen_pieces
from .eigen_vectors import eigenvector_segments
from .glued_layers import affine_layers, whole_layers
from .inline_names import LEADS, ROOT_MARK
from .math_blocks import MAX_SEGMENTS, blocks, session_segments
from .notes_text import LATEX_COMMENT, MAX_BYTES, document_body, editor_lines, read_text
from .octave import unfenced_runs
from .own_gradients import function_letter, gradient_letter, own_gradient_function, own_gradient_pairs
from .plain_text import gradient_names, point_letter
from .segment import Segment
from .tied_vectors import tied_names, tied_products

# a matrix sketched with vertical or diagonal dots (its shape, not its value): read softly, the lead kept
_SKETCH = re.compile(r"\\begin\{[bpvBV]?matrix\}[^=]{0,2000}?\\[vd]dots(?![A-Za-z])")
_LAMBDA = re.compile(r"\\lambda(?![A-Za-z])|λ")

__all__ = ["MAX_BYTES", "MAX_SEGMENTS", "Segment", "blocks", "document_body", "editor_lines", "read_text", "segments"]


def segments(text: str, source: str = "<notes>") -> list[Segment]:
    """The math segments of a notes text, in order, split into claims (see :mod:`symntk.check.split`)."""
    from .arrows import arrow_pieces
    from .at_value import at_datapoints, row_points
    from .binom_columns import binom_columns
    from .cut_vectors import cut_entries
    from .decimal_comma import mark_decimal_commas, writes_decimal_commas
    from .defined_units import defined_units, units_as_layers
    from .evaluation_bars import at_bars, bar_label
    from .facts import fact_segments
    from .fullwidth import ascii_punctuation
    from .inline_labels import inline_labels
    from .latex_tables import latex_tables
    from .macros import expand_document
    from .mathpix import mathpix_latex
    from .physics_pkg import physics_latex
    from .point_labels import labelled_results
    from .prose import prose_segments
    from .row_words import matrices_by_rows
    from .siunitx import siunitx_latex
    from .split import lead_and_rest, split_block
    from .spreadsheet import spreadsheet_lines
    from .subscript_layers import layers_as_superscripts, writes_subscript_layers
    from .tables import data_points
    from .trailing_counts import trailing_counts
    from .trailing_layers import layers_before_indices, writes_trailing_layers
    from .unicode_math import linear_format
    from .web_markup import quoted_math, web_markup

    text = ascii_punctuation(editor_lines(text))
    text = quoted_math(web_markup(linear_format(spreadsheet_lines(text, writes_decimal_commas(text)))))
    source = LATEX_COMMENT.sub(lambda m: " " * len(m.group(0)), text)
    text = expand_document(source, document_body(text))
    text = physics_latex(siunitx_latex(text))
    # \begin{tabular} … \end{tabular}: read as a table, then blanked (before a bare array is read as a matrix)
    text, tabled = latex_tables(text, mark_decimal_commas if writes_decimal_commas(text) else None)
    text = inline_labels(trailing_counts(binom_columns(mathpix_latex(text))))
    if writes_decimal_commas(text):
        text = mark_decimal_commas(text)
    text = matrices_by_rows(text)
    eigen = eigen_letter(text)   # det(K − tI) = t² − 27t + 8, then t_1 ≈ 0.30: t is λ in the whole notes
    # det(K - lI): the letter is no word "lI"; in notes that write λ too, l is λ only where it sets the polynomial up
    text = stated_lambdas(spaced_identity(text), eigen) if eigen is not None else local_lambdas(text)
    covered: list = []
    found = blocks(text, covered) + tabled
    for start, end in unfenced_runs(text, covered):   # a MATLAB/Octave session pasted without a fence
        found.extend(session_segments(text, start, end))
        covered.append((start, end))
    if len(found) > MAX_SEGMENTS:
        raise InputError(source, "", f"at most {MAX_SEGMENTS} pieces of math", "more")
    found = sorted(found + prose_segments(text, covered, MAX_SEGMENTS) + fact_segments(text, MAX_SEGMENTS),
                   key=lambda s: s.line)
    found = [piece for s in found for piece in cut_entries(s)]   # ∇f(x_2) = [2, 0, 1,: the entries written
    found = labelled_results(text, found)
    found = [s if s.error else replace(s, text=at_bars(s.text)) for s in found   # f\Big|_{x=1}: f(1)
             if s.error or bar_label(s.text) is None]   # | \Big|_{x=x_1} |: a column's label
    letter = point_letter(text)
    if letter is not None:
        own = re.compile(rf"(?<![A-Za-z\\]){letter}_(?=\{{?[1-9])")
        found = [Segment(s.line, own.sub("x_", s.text), s.display, s.error, s.soft, s.fact) for s in found]
    named = gradient_names(text)
    if named is not None:   # g_1 = (1, 0, 1), then K_(12) = g_1 . g_2: g_i is ∇f(x_i)
        found = [Segment(s.line, named.sub(r"\\nabla_\\theta f(x_{\1})", s.text), s.display, s.error, s.soft,
                         s.fact) for s in found]
    if eigen is not None:
        found = [replace(s, text=as_lambda(s.text, eigen)) for s in found]
    layers = whole_layers(text)
    if layers:   # W1 = [1, 1]^T, then h = W1 x + b1: the layer's affine map, W^{[1]} x + b^{[1]}; df/dW1 = W2' x
        entries = theta_entries(text)
        found = [s if s.error else _blocks_read(s, layers, entries) for s in found]
    letter = gradient_letter(text)
    if letter is not None:   # g_1 = (…), g_2 = (…), then K_{12} = ⟨g_1, g_2⟩: the pair is ⟨∇f(x_1), ∇f(x_2)⟩
        found = [replace(s, text=own_gradient_pairs(s.text, letter)) for s in found]
    ties = tied_names(text)
    if ties:   # g_1 = ∇f(x_1) = (…), then ⟨g_1, g_1⟩, ‖g_1‖: the products and norms of ∇f(x_1)
        found = [s if s.error else replace(s, text=tied_products(s.text, ties)) for s in found]
    found = eigenvector_segments(text, found)   # "eigenvector for λ_1: (0.5449, 0.8385)": eigvec(λ_1) = (…)
    letter = function_letter(text)
    if letter is not None:   # g1 = […], g2 = […] and g(x) = [x, 1, 2x+1, 1]: g(x) is ∇_θ f(x)
        found = [replace(s, text=own_gradient_function(s.text, letter)) for s in found]
    if writes_subscript_layers(text):   # W_1 = [1, 1]^T, (W_1)_{21}: the subscript is the layer
        found = [Segment(s.line, layers_as_superscripts(s.text), s.display, s.error, s.soft, s.fact) for s in found]
    if writes_trailing_layers(text):   # w_{11}^{1}, b_2^{1}: the bare superscript after the indices is the layer
        found = [replace(s, text=layers_before_indices(s.text)) for s in found]
    units = defined_units(text)
    if units:   # h^{2} = w h^{1} + b^{2}, then ∂f/∂w^{3} = h^{2}: the defined name is the unit of layer 2
        found = [replace(s, text=units_as_layers(s.text, units)) for s in found]
    points = data_points(text) or row_points(text) or _unindexed(text)
    if points and all(len(value) == 1 for value in points):   # ∇f(2): the gradient at the datapoint x_i = 2
        found = [Segment(s.line, at_datapoints(s.text, points), s.display, s.error, s.soft, s.fact) for s in found]
    out: list[Segment] = []
    lead = None
    for seg in _join_open_ends(found):
        if seg.error or seg.fact:
            out.append(seg)
            continue
        for piece in [cut for whole in split_block(seg) for cut in arrow_pieces(whole)]:
            if piece.text.startswith(ROOT_MARK):   # √(the formula before) ≈ value, or nothing without one
                rest = piece.text[len(ROOT_MARK):]
                piece = Segment(piece.line, f"\\sqrt{{{lead}}} {rest}" if lead else rest, piece.display,
                                soft=piece.soft or not lead)
            elif piece.text.startswith(LEADS) and lead is not None and not piece.soft:
                piece = Segment(piece.line, lead + " " + piece.text, piece.display, soft=piece.soft)
            elif not piece.soft:
                split = lead_and_rest(piece.text)
                lead = split[0].strip() if split else None
                if lead == "0" and _LAMBDA.search(split[1]):   # 0 = det(K − λI) &= …: the lead is det(K − λI)
                    after = lead_and_rest(split[1].lstrip("=& \t"))
                    lead = after[0].strip().rstrip("&").strip() if after else lead
                if split and _SKETCH.search(split[1]):   # J = [∂f(x_1)/∂w … \\ \vdots & &] = …: a shape, no value
                    piece = replace(piece, soft=True)
            out.append(piece)
        if len(out) > MAX_SEGMENTS:
            raise InputError(source, "", f"at most {MAX_SEGMENTS} pieces of math", "more")
    return eigen_pieces(text, out)   # v^{(1)} = (…), K v = (…) ≈ λ v under "For λ_1:": eigvec(λ_1) = (…), rows


def _blocks_read(seg: Segment, layers: set[str], entries: set[str]) -> Segment:
    """A segment with its whole layers' affine maps and derivatives as the sheet's names; a derivative with respect
    to a whole layer (``df/dW1 = W2'``) is a claim also where it stands in prose."""
    text = block_heads(seg.text, layers, entries)
    return replace(seg, text=affine_layers(text, layers), soft=seg.soft and "\\partial" not in text[:200])


def _unindexed(text: str) -> dict:
    """Values → index of the datapoints written without an index (``points x = 0 and x = 1``, ``x = 0, 1, 2``)."""
    from fractions import Fraction

    from .unindexed_points import listed_points, stated_points

    values = stated_points(text) or listed_points(text)
    return {tuple(Fraction(v) for v in value) if isinstance(value, tuple) else (Fraction(value),): i
            for i, value in enumerate(values, start=1)}


def _join_open_ends(found: list[Segment]) -> list[Segment]:
    """A display block that ends in ``=`` continues in the next display block."""
    out: list[Segment] = []
    for seg in found:
        prev = out[-1] if out else None
        if (prev is not None and seg.display and prev.display and not prev.error and not seg.error
                and prev.text.rstrip().endswith(("=", "+", "-", "\\cdot", "\\\\"))):
            gap = "\n" * max(seg.line - prev.line - prev.text.count("\n"), 0)
            out[-1] = Segment(prev.line, prev.text.rstrip() + gap + " " + seg.text.strip(), True)
            continue
        out.append(seg)
    return out

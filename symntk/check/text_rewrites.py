"""The rewrites a notes file's text goes through before it is read: its own LaTeX macros expanded, what the learner
crossed out dropped, results written in words, other markups and converters' output (working written as code, Org,
Typst, Word's linear format, Word converted by pandoc, siunitx's numbers, Observable notebooks, Wolfram|Alpha
pastes, GeoGebra's CAS view, TI-Nspire screens, quiz response reports, matrices drawn in plain text, full-width
forms) and the notes' own labels and numbering turned into the notation the reader reads, in this order."""

from __future__ import annotations

from .answer_labels import answer_values
from .bracket_indices import bracket_indices
from .claims import Context
from .code_files import code_notes
from .delta_layer_words import delta_layer_words
from .derivative_lists import derivative_lists
from .derivative_rows import derivative_rows
from .derivative_sections import derivative_sections
from .discriminant_letter import discriminant_letter
from .drawn_matrices import drawn_matrices
from .earlier_values import earlier_quotes_blanked
from .fullwidth import ascii_punctuation
from .geogebra_cas import geogebra_notes
from .glued_indices import glued_indices
from .glued_inputs import glued_inputs
from .html_notes import html_notes
from .julia_cells import julia_cells
from .kernel_numbers import numbered_kernels
from .knitr_chunks import knitted_chunks
from .label_colons import labelled_math
from .layer_parts import layer_parts
from .layer_row_col import layer_row_col
from .layer_words import layer_words
from .macros import expanded_notes
from .maple_session import maple_notes
from .math_labels import math_labels
from .maxima import is_maxima, maxima_markdown
from .nspire_session import nspire_notes
from .observable import observable_notes
from .operator_tuples import operator_rows
from .org import org_markdown
from .own_activation_names import own_activations
from .pandoc_notes import pandoc_markdown
from .physics_pkg import physics_latex
from .pq_formula import pq_coefficients
from .prose_vectors import prose_vectors
from .quarto import quarto_notes
from .quiz_answers import quiz_notes
from .rank_words import rank_in_math
from .retractions import retracted
from .rst_notes import rst_markdown
from .sage_session import is_sage, sage_notes
from .script_brackets import script_brackets
from .siunitx import siunitx_latex
from .starmath import is_starmath, starmath_latex
from .theta_prose import theta_prose
from .trailing_sums import trailing_sum
from .tuple_assignments import tuple_assignments
from .typst import typst_latex
from .unicode_math import linear_format
from .wolfram import is_wolfram, wolfram_markdown
from .wolfram_alpha import alpha_notes, is_alpha
from .worded_entries import worded_entries
from .worded_links import worded_links
from .zero_based import zero_based


def rewritten(text: str, source: str) -> tuple[str, Context | None, list[str]]:
    """``text`` rewritten for the reader (see the module doc): (the text, the unfinished sum the notes stop in, listed
    but not judged, or None; the families the notes count from 0, now read 1-based, like θ_0 … θ_6)."""
    text = html_notes(text, source)   # .html: Moodle/Canvas answers, Google Docs exports, MathML, tables as matrices
    text = rst_markdown(text, source)   # .rst: :math:`…` and .. math:: as Markdown math
    text = quiz_notes(text)   # a quiz response report: a bare answer claims what its question asks for
    if is_sage(text):
        text = sage_notes(text)   # a pasted SageMath session: sage: prompts, Sage's output and # comments as notes
    else:
        text = code_notes(text, source)   # a .py/.m/.jl/.sage file of working: assignments and comments as notes
    text = pandoc_markdown(text)   # Word → pandoc: \lbrack, wrapped inline matrices, [..]{.underline}, grid tables
    text = quarto_notes(text, source)   # ```{python} chunks as code notes, `{python} K[0,1]` = 12 as K_12 = 12
    text = observable_notes(text)   # an Observable notebook: md`…` cells with ${tex`…`}, JS cells and their displays
    text = julia_cells(text)   # ```julia fences and the output below them: code as notes, printed values as claims
    text = knitted_chunks(text)   # knitted R Markdown: a ```r chunk and knitr's ## output fences as one session
    text = maple_notes(text)   # a pasted Maple session: each prompt and Maple's output as claims on their lines
    text = expanded_notes(text)   # the learner's own \newcommand macros, expanded as TeX would
    text = geogebra_notes(text)   # a pasted GeoGebra CAS view: 1  f(x) := … ↵ →  …, rows and outputs as claims
    text = nspire_notes(text)   # a TI-Nspire screen: d/dw11(f(x)) ▸ w21*x, eigVl(k) ▸ {…}, [[8,12][12,19]]
    if is_alpha(text):
        text = alpha_notes(text)   # pasted Wolfram|Alpha: Input:/Result: as claims; the rest plain text, not Wolfram
    elif is_wolfram(text):
        text = wolfram_markdown(text)   # D[f[x], w11] == w21 x; Eigenvalues[K] == {…}: Mathematica notation
    elif is_starmath(text):
        text = starmath_latex(text)   # {partial f} over {partial w_11}; left( matrix{…} right): LibreOffice Math
    elif is_maxima(text):
        text = maxima_markdown(text)   # diff(f,W1[1,1]) = W2[1,1]*x; K = matrix([8,12],[12,19]): Maxima / STACK
    text = drawn_matrices(text)   # J = [ 1 0 1 ] ↵     [ 2 0 1 ]: a matrix drawn a row a line, one claim
    text = worded_links(retracted(earlier_quotes_blanked(org_markdown(text))))   # crossed out or taken back: not read
    text = derivative_lists(text)   # derivatives at x_2: ↵ W_11: 2·3 = 6 ↵ b_1: 2, one parameter a line
    text = layer_words(text)   # x_1 = 1: hidden = (3, −1): the hidden layer's vector, a = (3, −1)
    text = delta_layer_words(text)   # Output layer: $\delta = 1$: the bare δ of the layer the words name
    text = derivative_sections(text)   # derivatives: ↵ - $w_2$: $u x$, so $3$ and $6$ ↵ at x = 2: ↵ - W1: 6
    text = layer_parts(text)   # - $b^{[1]}$ part: $(1, -1)$: ∂f/∂b^{[1]} = (1, -1), a block of the gradient
    text = theta_prose(prose_vectors(worded_entries(text)))   # K one-two is $3$; gradient is (1, 2); θ = ($a$, $b$)
    text, aside = trailing_sum(text)   # notes that stop in the middle of adding up: K_12 = 1 + 1 + 2 + 6
    text = script_brackets(text)   # W^{\left[ 2\right]}: the converter's size commands on an index
    text = physics_latex(siunitx_latex(linear_format(ascii_punctuation(typst_latex(text, source)))))
    text = layer_row_col(own_activations(text))   # s(z) = 1/(1+e^-z): σ; w211, b12: W^{[2]}_{11}, b^{[1]}_2
    text = discriminant_letter(text)   # 판별식 $D = 7.03^2 - 4 \cdot 6.36$: the discriminant's letter D is Δ
    text = tuple_assignments(text)   # a, b = 1.0, 2.0 (Python's tuple assignment): a = 1.0, b = 2.0
    text, counted = zero_based(text)   # θ_0 … θ_6, x_0, K_{00}: the families the notes count from 0, read 1-based
    text = bracket_indices(text)   # x[2], K[1,2], W1[2,1]: the bracket indices left are 1-based, as written
    text = operator_rows(labelled_math(rank_in_math(text)))   # Rang $J = 2$; $K^{(1)}:\ λ_1 = …$; (∂_w, ∂_b) f = …
    text = derivative_rows(text)   # [df/dW1 df/db1] = [x 1]: df/dW1 = x, df/db1 = 1
    text = glued_inputs(numbered_kernels(text))   # K¹ … K²: one kernel per output; v1(w1x + b1): w1 x
    text = math_labels(glued_indices(text))   # ∂f/∂wij = vj xi
    text = pq_coefficients(text)   # p-q-Formel mit p = −27, q = 8: −tr K and det K
    text = answer_values(text)   # **Answer:** $27 \pm \sqrt{697}$: the eigenvalues
    return text, aside, counted

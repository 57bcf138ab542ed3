"""The words of LibreOffice Math (StarMath) notation and the LaTeX each is read as: rules as data for
:mod:`symntk.check.starmath`.

StarMath writes structure with words (``a over b``, ``sqrt{x}``, ``left( matrix{a # b ## c # d} right)``,
``sum from{k=1} to{n}``), operators and relations with words or ASCII pairs (``cdot``, ``times``, ``+-``,
``<>``, ``approx``, ``toward``), Greek with a percent sign (``%lambda``, ``%LAMBDA``, italic ``%ilambda``) and
text in double quotes; ``bold``, ``ital``, ``size 12``, ``font sans``, ``color red`` only format.
"""

from __future__ import annotations

GREEK = ("alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
         "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "varpi", "rho", "varrho", "sigma", "varsigma", "tau",
         "upsilon", "phi", "varphi", "chi", "psi", "omega")
# a Greek letter's LaTeX; StarMath's capital (%LAMBDA) and italic (%ilambda, %iLAMBDA) spellings are the same letter
GREEK_LATEX = {name: "\\" + name for name in GREEK} | {name.upper(): "\\" + name.capitalize() for name in GREEK}
GREEK_LATEX |= {"OMICRON": "O", "ALPHA": "A", "BETA": "B", "EPSILON": "E", "ZETA": "Z", "ETA": "H", "IOTA": "I",
                "KAPPA": "K", "MU": "M", "NU": "N", "RHO": "P", "TAU": "T", "CHI": "X", "omicron": "o"}

SYMBOLS = {   # a word or sign that is always StarMath (never a word of prose) → its LaTeX
    "cdot": r"\cdot", "+-": r"\pm", "-+": r"\mp", "<>": r"\neq", "neq": r"\neq", "<=": r"\leq", ">=": r"\geq",
    "leslant": r"\leq", "geslant": r"\geq", "approx": r"\approx", "simeq": r"\simeq", "equiv": r"\equiv",
    "toward": r"\to", "rightarrow": r"\to", "leftarrow": r"\leftarrow", "drarrow": r"\Rightarrow",
    "dlarrow": r"\Leftarrow", "dlrarrow": r"\Leftrightarrow", "partial": r"\partial", "nabla": r"\nabla",
    "infinity": r"\infty", "infty": r"\infty", "langle": r"\langle", "rangle": r"\rangle", "lbrace": r"\{",
    "rbrace": r"\}", "lline": "|", "rline": "|", "ldline": r"\|", "rdline": r"\|", "mline": "|",
    "lceil": r"\lceil", "rceil": r"\rceil", "lfloor": r"\lfloor", "rfloor": r"\rfloor", "dotslow": r"\ldots",
    "dotsaxis": r"\cdots", "dotsvert": r"\vdots", "dotsdown": r"\ddots", "setR": r"\mathbb{R}",
    "setN": r"\mathbb{N}", "setZ": r"\mathbb{Z}", "setQ": r"\mathbb{Q}", "setC": r"\mathbb{C}",
    "notin": r"\notin", "subseteq": r"\subseteq", "emptyset": r"\emptyset", "forall": r"\forall",
    "exists": r"\exists", "odot": r"\odot", "otimes": r"\otimes", "oplus": r"\oplus", "ortho": r"\perp",
    "parallel": r"\parallel", "prop": r"\propto", "newline": ";", "ldbracket": "[", "rdbracket": "]",
}
BETWEEN = {   # an operator word that is prose unless it stands between two operands (``3 times 4``, ``x in setR``)
    "times": r"\times", "div": r"\div", "sim": r"\sim", "ll": r"\ll", "gg": r"\gg", "le": r"\leq", "ge": r"\geq",
    "in": r"\in", "def": "=", "circ": r"\circ",
}
FUNCTIONS = ("sin", "cos", "tan", "cot", "sinh", "cosh", "tanh", "coth", "arcsin", "arccos", "arctan", "arccot",
             "arsinh", "arcosh", "artanh", "arcoth", "exp", "ln", "log", "det", "lim", "max", "min", "liminf",
             "limsup")
BIG_OPERATORS = {"sum": r"\sum", "prod": r"\prod", "coprod": r"\coprod", "int": r"\int", "iint": r"\iint",
                 "iiint": r"\iiint", "lint": r"\oint"}   # read as such only before from{…}, to{…}, _ or ^
LIMITS = {"from": "_", "to": "^", "csub": "_", "csup": "^", "rsub": "_", "rsup": "^"}
LEFT_SCRIPTS = {"lsub": "_", "lsup": "^"}
ACCENTS = {   # an attribute before one operand → the LaTeX accent
    "vec": r"\vec", "widevec": r"\vec", "hat": r"\hat", "widehat": r"\widehat", "tilde": r"\tilde",
    "widetilde": r"\widetilde", "bar": r"\bar", "overline": r"\overline", "underline": r"\underline",
    "dot": r"\dot", "ddot": r"\ddot", "acute": r"\acute", "grave": r"\grave", "breve": r"\breve",
    "check": r"\check", "circle": r"\mathring",
}
FORMATS = ("bold", "nbold", "ital", "italic", "nitalic", "phantom", "overstrike")   # dropped before one operand
FORMAT_WITH_VALUE = ("size", "font", "color")   # dropped with the value after them: size 12, font sans, color red
ALIGNMENTS = ("alignl", "alignc", "alignr", "nospace")   # dropped
BRACKETS = {   # after left / right (and as plain brackets) → the LaTeX delimiter
    "(": "(", ")": ")", "[": "[", "]": "]", "lbrace": r"\{", "rbrace": r"\}", "langle": r"\langle",
    "rangle": r"\rangle", "lline": "|", "rline": "|", "ldline": r"\|", "rdline": r"\|", "lceil": r"\lceil",
    "rceil": r"\rceil", "lfloor": r"\lfloor", "rfloor": r"\rfloor", "none": ".", "ldbracket": "[",
    "rdbracket": "]", "\\{": r"\{", "\\}": r"\}",
}
MATRIX_KINDS = {"(": "pmatrix", "[": "bmatrix", "|": "vmatrix", r"\|": "Vmatrix"}   # a matrix alone in brackets

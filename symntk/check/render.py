"""Rendering a check report through templates ``templates/<locale>/check/…``.

Formats: ``text`` (the coloured terminal report, rich markup), ``md``, ``tex``,
``html``. The environment is the shared one of :mod:`symntk.render.environment` (an
override folder, the locale, then ``en``); templates get every format-specific
helper through the render context (``m`` for math, ``esc`` for learner text).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import jinja2
import sympy
from markupsafe import Markup

from .. import notation
from ..errors import InputError
from ..render import escape
from ..render.environment import DECIMAL_COMMA
from ..render.environment import environment as shared_environment
from .claim_names import problem_names
from .line_rows import as_written, line_rows, shorten
from .reasons import reason_filter

FORMATS = {"text": "txt", "md": "md", "tex": "tex", "html": "html"}
# an index family counted from 0 (symntk.check.zero_based) as LaTeX and as plain text
FAMILY_NAMES = {"θ": ("\\theta", "θ"), "λ": ("\\lambda", "λ"), "x⁽ⁱ⁾": ("x^{(i)}", "x⁽ⁱ⁾"),
                "g⁽ⁱ⁾": ("g^{(i)}", "g⁽ⁱ⁾")}


def environment(fmt: str, lang: str = "en", templates: str | Path | None = None) -> jinja2.Environment:
    """The shared template environment of :mod:`symntk.render.environment` for a report format
    (the check templates get their format's helpers at render time; html autoescapes), with the ``reason``
    filter: a reason for unreadable math in ``lang`` (:mod:`symntk.check.reasons`, English as it is)."""
    env = shared_environment(fmt if fmt in FORMATS else "md", lang, templates)
    env.filters["reason"] = reason_filter(env, lang)
    return env


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """Control characters (escape sequences, bidi overrides) shown as ``\\x1b``, never passed to a terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}" if ord(m.group(0)) < 256
                        else f"\\u{ord(m.group(0)):04x}", str(text))


def _rich_escape(text: str) -> str:
    from rich.markup import escape

    return escape(visible(text))


def _md_escape(text: str) -> str:
    """Learner text in Markdown: inert even where a viewer renders raw HTML."""
    return html.escape(visible(text)).replace("`", "'").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def _md_code(text: str) -> str:
    """Learner LaTeX as a code span (HTML inside a code span is shown, not run); ``|`` is
    escaped so that it cannot end a table cell and leave the span open."""
    return "`" + visible(text).replace("`", "'").replace("|", "\\|").replace("\n", " ") + "`"


def _tex_escape(text: str) -> str:
    """Learner text in LaTeX: control characters made visible, then the one TeX escaper
    (:func:`symntk.render.escape.tex`: specials, ``"`` under Icelandic babel, math signs,
    characters the fonts lack shown by their code)."""
    return escape.tex(visible(text))


def _tex_path(text: str) -> str:
    """A file's path in LaTeX that may break after any ``/``, ``_``, ``-`` or ``.`` (a long path stays on the page)."""
    return "".join(escape.tex(ch) + (r"\allowbreak{}" if ch in "/_-." else "") for ch in visible(text))


def _tex_code(text: str) -> str:
    """Learner text as typewriter code that may break between any two characters (a long formula without
    spaces stays in its column)."""
    return r"\texttt{" + r"\allowbreak{}".join(escape.tex(ch) for ch in visible(text)) + "}"


_POINT = re.compile(r"(?<=\d)\.(?=\d)")  # a decimal point between digits
_SEPARATOR = re.compile(r",(?=\s|\\[ ,;:])")  # a list's comma: followed by a space (``, \ `` in LaTeX)


def decimal_comma(text: str, latex: bool) -> str:
    """Engine math with the Icelandic decimal comma, as the derivation writes it: 0,5 (``0{,}5`` in
    LaTeX, braced so that TeX sets no space after it), and the items of a list that holds decimals
    separated by ``;`` (``(0,5; 1,25)``). Applied to printed text because some feedback reaches the
    templates already printed (the expected value of a mismatch)."""
    if not _POINT.search(text):
        return text
    return _POINT.sub("{,}" if latex else ",", _SEPARATOR.sub(";", text))


def _math_text(value, comma: bool = False) -> str:
    """Engine math in unicode: a SymPy value printed, a string kept as it is; with ``comma`` its
    decimals written with a decimal comma (:func:`decimal_comma`)."""
    if isinstance(value, int):
        text = str(value)
    else:
        text = value if isinstance(value, str) else notation.unicode(sympy.sympify(value))
    return decimal_comma(text, latex=False) if comma else text


def _math_latex(value, comma: bool = False) -> str:
    """Engine math in LaTeX: a SymPy value printed, a string kept as it is; with ``comma``, 0{,}5."""
    if isinstance(value, int):
        text = str(value)
    else:
        text = value if isinstance(value, str) else notation.latex(sympy.sympify(value))
    return decimal_comma(text, latex=True) if comma else text


def _sub(n) -> str:
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def _ref_latex(what: tuple) -> str:
    """LaTeX of an earlier claim: ("as", latex), ("gradient", k), ("entry", i, j), ("K",), ("theta",) or ("f",)."""
    kind = what[0]
    if kind == "as":
        return what[1]
    if kind == "gradient":
        return f"\\frac{{\\partial f}}{{\\partial \\theta_{{{what[1]}}}}}"
    if kind == "entry":
        return f"K_{{{what[1]},{what[2]}}}"
    return {"theta": "\\theta"}.get(kind, kind)


def _ref_text(what: tuple) -> str:
    kind = what[0]
    if kind == "as":
        return what[-1]
    if kind == "gradient":
        return f"∂f/∂θ{_sub(what[1])}"
    if kind == "entry":
        return f"K{_sub(what[1])},{_sub(what[2])}"
    return {"theta": "θ"}.get(kind, kind)


def helpers(fmt: str, lang: str = "en", widths=None) -> dict:
    """Format-specific callables for the templates: ``m`` (math: a SymPy value or a LaTeX string;
    decimals with a decimal comma in a locale of :data:`~symntk.render.environment.DECIMAL_COMMA`),
    ``esc`` (untrusted text), ``ltx`` (a learner's LaTeX source, shown as code), ``theta(k)``, ``xi(i)``,
    ``ref`` (an earlier claim), ``tm(latex, plain)`` (a formula given both ways: plain text for the terminal),
    and ``latex`` / ``plain`` (a value's LaTeX or unicode, to compose formulas). With the network's ``widths``
    the engine's parameters are named as the problem names them (:func:`~symntk.check.claim_names.problem_names`:
    b⁽²⁾ for a scalar output bias, b⁽¹⁾₁ for a vector's entry)."""
    comma = lang in DECIMAL_COMMA

    def lt(v) -> str:
        return problem_names(_math_latex(v, comma), widths, True)

    def pt(v) -> str:
        return problem_names(_math_text(v, comma), widths, False)

    common = {"latex": lt, "plain": pt}
    if fmt == "text":
        return {**common, "m": lambda v: _rich_escape(pt(v)), "esc": _rich_escape, "ltx": _rich_escape,
                "theta": lambda k: "θ" + _sub(k), "xi": lambda i: "x" + _sub(i), "ref": _ref_text,
                "tm": lambda latex, plain: _rich_escape(pt(plain))}
    if fmt == "md":
        out = {"m": lambda v: f"${lt(v)}$", "esc": _md_escape, "ltx": _md_code}
    elif fmt == "tex":
        out = {"m": lambda v: f"${lt(v)}$", "esc": _tex_escape,
               "ltx": _tex_code, "path": _tex_path}
    elif fmt == "html":  # Markup: already escaped, also under an autoescaping environment
        from ..render.assets import katex_head

        out = {"m": lambda v: Markup('<span class="m">' + html.escape(lt(v)) + "</span>"),
               "esc": lambda t: Markup(html.escape(visible(t))),
               "ltx": lambda t: Markup("<code>" + html.escape(visible(t)) + "</code>"),
               "katex_head": lambda: Markup(katex_head())}
    else:
        raise InputError("<options>", "--format", "one of json, " + ", ".join(FORMATS), repr(fmt))
    m = out["m"]
    esc = out["esc"]

    def ref(what: tuple):   # an earlier claim named only in unicode (a row's label) is text, not math
        return esc(what[-1]) if what[0] == "as" and not what[1] else m(_ref_latex(what))

    return {**common, "path": esc, **out, "theta": lambda k: m(f"\\theta_{{{k}}}"), "xi": lambda i: m(f"x_{{{i}}}"),
            "ref": ref, "tm": lambda latex, plain: m(latex)}


def feedback_text(judgement, lang: str = "en", templates=None, fmt: str = "md", widths=None) -> str:
    """The feedback on one claim as one line of text (math as ``$…$`` in md; parameters by the problem's
    names with the network's ``widths``)."""
    env = environment(fmt, lang, templates)
    template = env.get_template("check/feedback.jinja")
    module = template.make_module(helpers(fmt, lang, widths))
    parts = [str(getattr(module, f.code)(**f.params)).strip() for f in judgement.feedback]
    # the macros only join text with the helpers' (escaped) output
    return " ".join(p for p in parts if p)


def counted_text(report, lang: str = "en", templates=None, fmt: str = "md") -> str:
    """The one line saying which index families the notes count from 0 and were read one higher ("" for none)."""
    if not getattr(report, "zero_based", None):
        return ""
    module = environment(fmt, lang, templates).get_template("check/feedback.jinja").make_module(helpers(fmt, lang))
    return str(module.zero_based(names=[FAMILY_NAMES.get(n, (n, n)) for n in report.zero_based])).strip()


def render_report(report, fmt: str = "text", lang: str = "en", templates=None) -> str:
    """The report as a feedback sheet in ``fmt`` (text is rich markup): one row per line of the notes with the
    learner's own text (:mod:`symntk.check.line_rows`), the claims that are not correct in detail beneath."""
    widths = report.problem.widths
    h = helpers(fmt, lang, widths)
    env = environment(fmt, lang, templates)
    wrap = Markup if fmt == "html" else str
    items = [(j, wrap(feedback_text(j, lang, templates, fmt, widths))) for j in report.judgements]
    template = env.get_template(f"check/{fmt}/report.{FORMATS[fmt]}")
    return template.render(report=report, items=items, rows=line_rows(report, items), summary=report.summary,
                           counted=wrap(counted_text(report, lang, templates, fmt)),
                           first=report.first_mistake, problem=report.problem, lang=lang, shorten=shorten,
                           aside=[c for c in report.context if c.reason],   # set aside, not judged, with why
                           as_written=as_written, **h)

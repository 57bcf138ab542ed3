"""The Moodle question bank (Moodle XML: ``<quiz>`` of ``<question>`` elements).

Layout, so that each student draws one variant:

* category ``$course$/top/<bank>/exercise``: one Cloze question per variant holding the
  whole exercise, with a NUMERICAL field ``{1:NUMERICAL:=value:tolerance}`` per key number.
  A quiz slot "random question from this category" gives every student one variant.
* category ``$course$/top/<bank>/variant-NN`` per variant: one ``numerical`` question per
  key number (``<answer fraction="100"><text>value</text><tolerance>…</tolerance>``), each
  stating the whole exercise, for quizzes built variant by variant.

Integer answers (K entries of integer problems, integer eigenvalues) have tolerance 0;
every other number is given to 6 decimals with the run's absolute tolerance.
Math is written as ``\\( … \\)`` for Moodle's MathJax/TeX filters.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .exercise import KeyNumber, key_numbers, statement
from .generator import Variant
from .options import WorksheetOptions
from .templates import number, render_page

PENALTY = "0.3333333"


def _text(parent: ET.Element, tag: str, text: str, fmt: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(el, "text").text = text
    return el


def _category(quiz: ET.Element, path: str, info: str) -> None:
    q = ET.SubElement(quiz, "question", {"type": "category"})
    _text(q, "category", path)
    _text(q, "info", info, "html")


def tolerance(item: KeyNumber, options: WorksheetOptions) -> str:
    """The absolute tolerance of one answer: 0 for integers, else the run's ``--tolerance``."""
    return "0" if item.exact else options.tolerance


def _common(q: ET.Element, name: str, questiontext: str, feedback: str) -> None:
    _text(q, "name", name)
    _text(q, "questiontext", questiontext, "html")
    _text(q, "generalfeedback", feedback, "html")
    ET.SubElement(q, "defaultgrade").text = "1"
    ET.SubElement(q, "penalty").text = PENALTY
    ET.SubElement(q, "hidden").text = "0"


def bank_name(options: WorksheetOptions) -> str:
    """The bank's category name: the title (slashes would open subcategories) and the seed."""
    title = (options.title or "symntk worksheet").replace("/", "-")
    return f"{title} (seed {options.seed})"


def question_bank(variants: list[Variant], options: WorksheetOptions) -> bytes:
    """The Moodle XML file (UTF-8 bytes) of a run: see the module doc for its layout."""
    lang = options.lang
    quiz = ET.Element("quiz")
    root = f"$course$/top/{bank_name(options)}"
    _category(quiz, f"{root}/exercise", render_page("moodle_info.html", lang, "html", options=options, per="run"))
    for v in variants:
        items = key_numbers(v, options)
        fields = [(item, f"{{1:NUMERICAL:={number(item.value)}:{tolerance(item, options)}}}") for item in items]
        q = ET.SubElement(quiz, "question", {"type": "cloze"})
        text = render_page("moodle_question.html", lang, "html", ex=statement(v, options), fields=fields, ask=None)
        feedback = render_page("moodle_feedback.html", lang, "html", items=items)
        _common(q, f"{bank_name(options)} — {v.label}", text, feedback)
    for v in variants:
        _category(quiz, f"{root}/variant-{v.label}",
                  render_page("moodle_info.html", lang, "html", options=options, per=v.label))
        ex = statement(v, options)
        for item in key_numbers(v, options):
            q = ET.SubElement(quiz, "question", {"type": "numerical"})
            text = render_page("moodle_question.html", lang, "html", ex=ex, fields=[], ask=item)
            feedback = render_page("moodle_feedback.html", lang, "html", items=[item])
            _common(q, f"{v.label} {item.key}", text, feedback)
            answer = ET.SubElement(q, "answer", {"fraction": "100", "format": "moodle_auto_format"})
            ET.SubElement(answer, "text").text = number(item.value)
            _text(answer, "feedback", "", "html")
            ET.SubElement(answer, "tolerance").text = tolerance(item, options)
            ET.SubElement(q, "unitgradingtype").text = "0"
            ET.SubElement(q, "unitpenalty").text = "0.1000000"
            ET.SubElement(q, "showunits").text = "3"
            ET.SubElement(q, "unitsleft").text = "0"
    ET.indent(quiz)
    body = ET.tostring(quiz, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"

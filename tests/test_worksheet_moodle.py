"""The Moodle question bank: well-formed XML in Moodle's question format, one Cloze
question per variant in one category (so each student draws one), numerical questions
per variant, and numbers that match independently computed K and eigenvalues."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from fractions import Fraction

import numpy as np
import pytest

from symntk.worksheet import WorksheetOptions, generate, question_bank

from reference import exact_jacobian, flatten, gram

OPTIONS = WorksheetOptions(seed=5, variants=4, activation="relu", title="Exam A/B")
_FIELD = re.compile(r"\{1:NUMERICAL:=([-0-9.]+):([0-9.]+)\}")


@pytest.fixture(scope="module")
def bank():
    variants = generate(OPTIONS)
    return variants, question_bank(variants, OPTIONS)


def _reference(variant):
    p = variant.problem
    theta = flatten([[[Fraction(str(c)) for c in W.row(r)] for r in range(W.rows)] for W in p.weights],
                    [[[Fraction(str(c)) for c in b.row(r)] for r in range(b.rows)] for b in p.biases])
    K = gram(exact_jacobian(theta, list(p.widths), list(p.activations),
                            [[Fraction(str(c)) for c in x] for x in p.points]))
    return K, np.linalg.eigvalsh(np.array(K, dtype=float))


def test_well_formed_and_in_moodle_question_format(bank):
    _, data = bank
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    quiz = ET.fromstring(data)
    assert quiz.tag == "quiz"
    for q in quiz:
        assert q.tag == "question" and q.get("type") in ("category", "cloze", "numerical")
        if q.get("type") == "category":
            assert q.find("category/text").text.startswith("$course$/top/Exam A-B (seed 5)/")
            continue
        assert q.find("name/text").text
        assert q.find("questiontext").get("format") == "html" and q.find("questiontext/text").text
        assert q.find("generalfeedback/text") is not None
        assert q.find("defaultgrade").text == "1" and q.find("hidden").text == "0"
        if q.get("type") == "numerical":
            answers = q.findall("answer")
            assert len(answers) == 1 and answers[0].get("fraction") == "100"
            float(answers[0].find("text").text)
            float(answers[0].find("tolerance").text)


def test_each_student_draws_one_whole_variant(bank):
    variants, data = bank
    quiz = ET.fromstring(data)
    category, by_category = None, {}
    for q in quiz:
        if q.get("type") == "category":
            category = q.find("category/text").text
        else:
            by_category.setdefault(category, []).append(q)
    exercise = by_category["$course$/top/Exam A-B (seed 5)/exercise"]
    assert [q.get("type") for q in exercise] == ["cloze"] * len(variants)
    for v in variants:
        numerical = by_category[f"$course$/top/Exam A-B (seed 5)/variant-{v.label}"]
        assert {q.get("type") for q in numerical} == {"numerical"}


def test_numbers_match_an_independent_computation(bank):
    variants, data = bank
    quiz = ET.fromstring(data)
    cloze = [q for q in quiz if q.get("type") == "cloze"]
    for v, q in zip(variants, cloze):
        K, eig = _reference(v)
        text = q.find("questiontext/text").text
        fields = [(float(a), float(t)) for a, t in _FIELD.findall(text)]
        n = len(K)
        upper = [K[r][c] for r in range(n) for c in range(r, n)]
        assert [a for a, _ in fields[:len(upper)]] == [float(k) for k in upper]
        assert all(t == 0 for _, t in fields[:len(upper)])          # integer K: exact answers
        for (a, t), lam in zip(fields[len(upper):], eig):
            integer = abs(lam - round(lam)) < 1e-9
            assert abs(a - lam) < 1e-6 and t == (0.0 if integer else float(OPTIONS.tolerance))
        assert len(fields) == len(upper) + n
        # the numerical questions of the variant carry the same numbers
        numerical = [e for e in quiz if e.get("type") == "numerical" and e.find("name/text").text.startswith(v.label)]
        assert [float(e.find("answer/text").text) for e in numerical] == [a for a, _ in fields]


def test_question_text_is_escaped_html_with_tex_math(bank):
    _, data = bank
    text = ET.fromstring(data).find("question[@type='cloze']/questiontext/text").text
    assert "&amp;" in text and r"\begin{bmatrix}" in text and "\\(" in text
    assert "<p>" in text

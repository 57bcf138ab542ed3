"""Chinese, Japanese and Korean words for the checker's quantities: statements about K, counts of parameters.

Chinese (simplified and traditional) and Japanese write no spaces between words, so these patterns use no
``\\b``: they are the CJK rows beside the European words of :mod:`symntk.check.facts` and
:mod:`symntk.check.prose`. Full-width punctuation is already ASCII here (:mod:`symntk.check.fullwidth`:
``，`` is ``, `` and ``。`` is ``. ``), so a clause ends at ``.,;!?``. Every pattern is bounded and without
nested repetition.

* 半正定 / 正半定 / 半正定値 (positive semi-definite), 正定 / 正定値 (positive definite);
* 特征值都是正的, 特征值均大于 0, 固有値はすべて正 (all eigenvalues positive);
* 有一个特征值是 0, 零特征值, 奇异, 固有値の一つが 0, 特異 (a zero eigenvalue, K singular);
* 一共 7 个参数, 7 個參數, 7 つのパラメータ, 参数共有 7 个, 파라미터는 모두 7개, 파라미터 개수: 7 (the number of
  parameters; Korean's statements about K are in :mod:`symntk.check.fact_words`);
* 迹为 27, 行列式等于 8, トレースは 27, 행렬식은 8, 대각합은 27 (the trace and the determinant named in words before
  their value);
* a quantity in math, a CJK word for = or ≈, and its value in math: ``$\\lambda_1$ 约为 $26.70$``,
  ``$K_{11}$ 等于 $8$``, ``$\\lambda_1$ は $26.7$`` (one formula; not before a measure word: ``$2$ 维``);
* conjunctions between claims in ``\\text{…}``: 和, 与, 所以, 因此, および, よって;
* negation before (不是正定, 非正定, 并非) or, in Japanese, after (正定値ではない); hedges (几乎奇异, ほぼ).
"""

from __future__ import annotations

import re

_EIG = r"(?:特[征徵]值|固有値)"
_CLAUSE = r"[^.,;!?\n]"

FACT_PATTERNS: tuple[tuple[str, str], ...] = (
    ("psd", r"半正定値?|正半定|非[负負]定"),
    ("pd", r"(?<!半)正定値?(?!半)"),
    ("eig_pos", _EIG + _CLAUSE + r"{0,12}?(?:都|全|均|全部|皆|すべて|全て|両方とも|どちらも|ともに|共に)"
                + _CLAUSE + r"{0,6}?(?:正|大于\s*(?:0|零)|大於\s*(?:0|零)|>\s*0(?![\d]|[.,]\d))"),
    ("eig_zero", r"(?:一个|一個|某个|某個|一つ|1つ|ひとつ)" + _CLAUSE + r"{0,3}?" + _EIG + _CLAUSE
                 + r"{0,6}?(?:是|为|為|等于|等於|=|が|は)\s*(?:0|零)(?![\d]|[.,]\d)|"
                 + _EIG + r"の(?:一つ|1つ|ひとつ)" + _CLAUSE + r"{0,4}?(?:が|は)\s*(?:0|零)(?![\d]|[.,]\d)|"
                 r"零" + _EIG + r"|奇异|奇異|特異"),
)

NEGATED_BEFORE = re.compile(r"(?:不是|并不是|並不是|并非|並非|不|非|没有|沒有)\s*$")
NEGATED_AFTER = re.compile(r"^\s*(?:的)?\s*(?:では|じゃ)(?:ない|ありません)")
HEDGED_BEFORE = re.compile(r"(?:几乎|幾乎|接近|近似|差不多|ほぼ|ほとんど)\s*$")

COUNT = re.compile(r"(?<![\d.,])(\d{1,4})\s*(?:个|個|つの|コの)?\s*(?:参数|參數|パラメータ|パラメーター)|"
                   r"(?:参数|參數|パラメータ)[^\n]{0,200}?(?:合計|合计|全部で|总共|總共|一共|共计|共計)\s*(?:で|は)?\s*"
                   r"(?<![\d.,])(\d{1,4})\s*(?:个|個|つ)|"   # パラメータは … 、合計7個: the total, not its parts
                   r"(?:参数|參數|パラメータ)" + _CLAUSE + r"{0,6}?(?<![\d.,])(\d{1,4})\s*(?:个|個|つ)|"
                   # 파라미터는 모두 7개, 파라미터 개수: 7, 매개변수의 수는 7 (Korean: the parameter word first)
                   r"(?:파라미터|매개변수)\w{0,2}\s?(?:(?:의\s?)?(?:개수|수|갯수)\w{0,2}\s?)?[:=]?\s?(?:총|모두|전부|다)?\s?"
                   r"(?<![\d.,])(\d{1,4})(?![\d.,])\s?(?:개|$|[.,;)])")


CONJUNCTIONS = ("和", "与", "與", "及", "以及", "且", "所以", "因此", "因而", "则", "則", "即", "得", "于是",
                "および", "と", "なので", "よって", "したがって", "つまり")

# the name as a whole word (주소행렬식, a principal minor, is no 행렬식) and a number that is a value, not the first
# operand of arithmetic (행렬식 = 28·71 − 43² is no claim that det K = 28)
_NAMED = re.compile(r"(?<![가-힣])(迹|跡|トレース|行列式|행렬식|대각합|트레이스)\s*(?:の値)?\s*"
                    r"(?:为|為|是|等于|等於|=|は|が|은|는|이|가|:)\s*"
                    r"(-?\d{1,9}(?:\.\d{1,12})?)(?!\d|\.\d|\s*(?:[-+*/×·^−]|\\cdot|\\times))")
_QUANTITY = {"迹": r"\operatorname{tr} K", "跡": r"\operatorname{tr} K", "トレース": r"\operatorname{tr} K",
             "行列式": r"\det K", "행렬식": r"\det K", "대각합": r"\operatorname{tr} K",
             "트레이스": r"\operatorname{tr} K"}


_APPROX_WORDS = "约为|約為|约等于|約等於|近似为|近似為|大约是|大約是|大约为|大約為|約|约"
_EQUAL_WORDS = "等于|等於|为|為|是|は|が"
_WORDED = re.compile(r"\$([^$\n\u3000-\u9fff\uff00-\uffef]{1,60})\$[ \t]{0,3}(?:(" + _APPROX_WORDS + r")|(?:"
                     + _EQUAL_WORDS + r"))[ \t]{0,3}\$[ \t]*(-?\d{1,9}(?:\.\d{1,12})?)[ \t]*\$"
                     r"(?![ \t]*(?:维|維|个|個|阶|階|行|列|次|项|項|种|種|つ|次元|元))")
_QUANTITY_MATH = re.compile(r"_|\\lambda|\\det|\\operatorname|\\mathrm\s*\{\s*tr|\\text\s*\{\s*tr|\\Theta|λ")


def _worded(m: re.Match) -> str:
    left = m.group(1)
    if "=" in left or "\\approx" in left or not _QUANTITY_MATH.search(left):
        return m.group(0)
    relation = "\\approx" if m.group(2) else "="
    return f"${left.strip()} {relation} {m.group(3)}$"


def join_worded_relations(text: str) -> str:
    """``$λ_1$ 约为 $26.70$`` → ``$λ_1 \\approx 26.70$``, ``$K_{11}$ 为 $8$`` → ``$K_{11} = 8$``: a quantity (with an
    index, λ, det, tr or Θ) and a number in two inline maths joined by a CJK word for ≈ or = (see the module doc)."""
    return _WORDED.sub(_worded, text)


def named_values(line: str) -> list[str]:
    """``\\operatorname{tr} K = 27`` for ``迹为 27`` / ``トレースは 27``, ``\\det K = 8`` for ``行列式为 8``."""
    return [f"{_QUANTITY[m.group(1)]} = {m.group(2)}" for m in _NAMED.finditer(line)]


def counts(line: str) -> list[str]:
    """The numbers N of ``N 个参数`` / ``参数共有 N 个`` / ``N つのパラメータ`` / ``パラメータは …、合計 N 個`` in a
    line (the claim P = N)."""
    return [next(g for g in m.groups() if g) for m in COUNT.finditer(line)]


def negated(before: str, after: str) -> bool:
    """Whether a CJK statement is negated: 不是/非/并非 just before it, ではない just after it."""
    return bool(NEGATED_BEFORE.search(before[-8:]) or NEGATED_AFTER.search(after[:12]))


def hedged(before: str) -> bool:
    """Whether a CJK statement is hedged (几乎奇异, ほぼ特異): a remark, not a claim."""
    return bool(HEDGED_BEFORE.search(before[-8:]))

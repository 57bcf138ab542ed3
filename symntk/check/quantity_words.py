"""The trace and the determinant as one word right before inline math in Vietnamese, Hungarian, Korean and Hindi
(data for :mod:`symntk.check.inline_names`): ``vết $= 27$``, ``a nyom $= 27$``, ``행렬식은 $= 8$``, ``ट्रेस $= 27$``;
and in Cyrillic-script and Arabic-script languages (:data:`SCRIPT_QUANTITIES`, read in plain prose too:
``слід K = 27``, ``визначник $= 8$``, ``دترمینان = 8``, ``أثر K = 27``), with their words for the eigenvalues, for
"is/equals" and for "approximately" (data for :mod:`symntk.check.word_results`)."""

from __future__ import annotations

TRACE_DET_WORDS = {**dict.fromkeys(("vết", "nyom", "nyoma", "대각합", "대각합은", "트레이스", "트레이스는", "ट्रेस",
                                    "jejak", "jejaknya", "surih"),   # Indonesian, Malay
                                   r"\operatorname{tr} K"),
                   **dict.fromkeys(("determináns", "determinánsa", "행렬식", "행렬식은", "सारणिक", "determinan",
                                    "determinannya", "penentu"), r"\det K")}

# Russian, Ukrainian, Belarusian, Bulgarian, Serbian; Persian, Urdu, Arabic
SCRIPT_QUANTITIES = {**dict.fromkeys(("слід", "сліду", "след", "следа", "следът", "траг", "трага",
                                      "اثر", "رد", "ٹریس", "أثر", "الأثر", "الاثر", "اثر\u200cماتریس"),
                                     r"\operatorname{tr} K"),
                     **dict.fromkeys(("визначник", "визначника", "определитель", "определителя", "детерминант",
                                      "детерминанта", "вызначальнік", "детермінант",
                                      "دترمینان", "دترمینانت", "ڈیٹرمیننٹ", "محدد", "المحدد", "محددة"), r"\det K")}
# Romanian (urma, urma matricei; determinantul), Bengali (ট্রেস; নির্ণায়ক), Thai (รอย, เทรซ; ดีเทอร์มิแนนต์, ตัวกำหนด)
SCRIPT_QUANTITIES.update({**dict.fromkeys(("urma", "urmă", "urmei", "ট্রেস", "ট্রেসটা", "รอย", "เทรซ", "เทรส"),
                                          r"\operatorname{tr} K"),
                          **dict.fromkeys(("determinantul", "determinantului", "নির্ণায়ক", "ডিটারমিন্যান্ট",
                                           "ดีเทอร์มิแนนต์", "ดีเทอร์มิแนนท์", "ตัวกำหนด"), r"\det K")})
TRACE_DET_WORDS.update(SCRIPT_QUANTITIES)
_THAI = ("\u0e01", "\u0e7f")


def word_quantity(word: str, table: dict[str, str]) -> str | None:
    """What ``word`` names in ``table``; a run of Thai letters (Thai writes no spaces between words: ``ดังนั้นรอย``,
    "so the trace") names what the Thai word it ends with names."""
    if word in table:
        return table[word]
    if not word or not _THAI[0] <= word[-1] <= _THAI[1]:
        return None
    ends = [key for key in table if key and _THAI[0] <= key[0] <= _THAI[1] and word.endswith(key)]
    return table[max(ends, key=len)] if ends else None

SCRIPT_EIGEN_WORDS = ("власні значення|власних значень|власні числа|власних чисел|уласныя значэнні|"
                      "собствените стойности|собствени стойности|сопствене вредности|"
                      "مقادیر ویژه|مقدارهای ویژه|ویژه\u200cمقدارها|ویژه مقدارها|مقادیر ویژه\u200cی|آئیگن ویلیوز|"
                      "القيم الذاتية|القيم المميزة|قيم ذاتية")
SCRIPT_VERBS = "є|это|являются|дорівнює|дорівнюють|равно|равен|равна|равны|становить|составляет|е|је|" \
               "هي|هما|هو|عبارتند از|برابر با|برابر|است|يساوي|تساوي"
SCRIPT_AND = "і|й|та|и|و|اور"
SCRIPT_APPROX = "приблизно|приблизительно|примерно|около|близько|تقریباً|تقریبا|حدوداً|حدود|تقريباً|تقريبا|حوالي|قرابة"
SCRIPT_THEREFORE = "отже|тому|тож|поэтому|значит|следовательно|итак|таким образом|значыць|следователно|" \
                   "дакле|стога|پس|بنابراین|لذا|در نتیجه|إذن|لذلك|لذا|اس لیے|لہذا"
# "characteristic polynomial" right before math (English, German, French, Spanish/Italian, Portuguese; Russian,
# Ukrainian, Bulgarian, Serbian; Persian; Arabic)
CHARPOLY_WORDS = (r"characteristic polynomial|charakteristische[sn]? Polynom|polyn[ôo]me caract[ée]ristique|"
                  r"polinomio caracter[íi]stico|polinômio característico|"
                  r"характеристичн\w{0,3} (?:многочлен|поліном)\w{0,2}|"
                  r"характеристическ\w{0,3} (?:многочлен|полином)\w{0,2}|"
                  r"характеристичен полином|карактеристични полином|"
                  r"چندجمله\u200c?ای مشخصه|چند جمله\u200c?ای مشخصه|کثیرالجمله\u200c?ای مشخصه|"
                  r"كثيرة الحدود المميزة|كثير الحدود المميز|متعددة الحدود المميزة")

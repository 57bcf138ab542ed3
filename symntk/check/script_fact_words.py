"""Statements about K in Cyrillic-script and Arabic-script words (data for :mod:`symntk.check.fact_words`).

Rows of (property, pattern, needs the line to name eigenvalues or definiteness), by language:

* Russian: положительно определённая (definite), положительно полуопределённая / неотрицательно определённая
  (semi-definite), оба / все (собственные значения) положительны (all positive), нулевое собственное значение /
  вырожденная (zero), отрицательное собственное значение (negative);
* Ukrainian: додатно визначена, додатно напіввизначена / невід'ємно визначена, обидва / усі додатні, нульове власне
  значення / вироджена, від'ємне власне значення; Belarusian (дадатна вызначаная, абодва дадатныя), Bulgarian
  (положително определена, двете положителни) and Serbian (позитивно дефинитна, оба позитивна) beside them;
* Persian (and Urdu): مثبت معین / معین مثبت (definite), نیمه‌معین مثبت / مثبت نیمه‌معین (semi-definite), هر دو مثبت /
  همه مثبت (all positive), مقدار ویژه‌ی صفر / منفرد / تکین (zero), مقدار ویژه‌ی منفی (negative);
* Arabic: موجبة التحديد / محددة موجبة (definite), شبه محددة موجبة (semi-definite), كلاهما موجب / جميعها موجبة (all
  positive), قيمة ذاتية صفرية / منفردة (zero), قيمة ذاتية سالبة (negative).

"Both are positive" counts as the European words of :mod:`symntk.check.facts` do. Negation: не / ні / ليس / غير before,
نیست after; hedges: почти / майже / تقریباً / تقريبا. Fixed words and bounded classes only: linear in the line.
"""

from __future__ import annotations

_NB = r"(?<![^\W\d_])"   # no letter before
_NA = r"(?![^\W\d_])"    # no letter after
_SP = r"[\s\u200c-]{1,3}"   # a space, a hyphen or the Persian zero-width non-joiner between two words
_CL = r"[^.;:!?\n]"
_NOT_DEFINITE_AFTER = r"(?!" + _SP + r"(?:визнач|определ|вызнач|полу|напів|дефинит|نیمه|معین|التحديد|محدد))"

# Cyrillic: "positive" and "definite" words
_POS_CYR = r"(?:положительн\w*|додатн\w*|дадатн\w*|положителн\w*|позитивн\w*)"
_POS_AR = r"(?:مثبت\w*|موجب\w*)"
_EIGEN_CYR = r"(?:собственн\w*" + _SP + r"(?:значени\w*|числ\w*)|власн\w*" + _SP + r"(?:значенн\w*|числ\w*)|" \
             r"уласн\w*" + _SP + r"значэнн\w*|собствен\w*" + _SP + r"стойност\w*|сопствен\w*" + _SP + r"вредност\w*)"
_EIGEN_AR = r"(?:مقادیر" + _SP + r"ویژه|مقدار" + _SP + r"ویژه\w*|(?:ال)?قيم" + _SP + r"(?:ال)?(?:ذاتية|مميزة)|" \
            r"(?:ال)?قيمة" + _SP + r"(?:ال)?(?:ذاتية|مميزة)|آئیگن" + _SP + r"ویلیو\w*)"

FACT_PATTERNS: tuple[tuple[str, str, bool], ...] = (
    ("psd", _NB + r"(?:положительно[\s-]*полуопредел\w*|неотрицательно[\s-]*определ\w*|додатно[\s-]*напіввизначен\w*|"
            r"невід[’'ʼ]?ємно[\s-]*визначен\w*|дадатна[\s-]*паўвызначан\w*|неадмоўна[\s-]*вызначан\w*|"
            r"положително[\s-]*полуопределен\w*|позитивно[\s-]*семидефинит\w*)|"
            r"مثبت" + _SP + r"نیمه" + _SP + r"?معین|نیمه" + _SP + r"?معین" + _SP + r"مثبت|"
            r"شبه" + _SP + r"(?:محددة|معرفة|محدد)" + _SP + r"موجب\w*|موجب\w*" + _SP + r"شبه" + _SP
            + r"(?:محددة|التحديد|محدد)", False),
    ("pd", _NB + r"(?:положительно[\s-]*определ\w*|додатно[\s-]*визначен\w*|дадатна[\s-]*вызначан\w*|"
           r"положително[\s-]*определен\w*|позитивно[\s-]*дефинит\w*)|"
           r"مثبت" + _SP + r"معین|معین" + _SP + r"مثبت|موجب\w*" + _SP + r"التحديد|(?:محددة|معرفة|محدد)" + _SP
           + r"موجب\w*", False),
    ("eig_pos", _NB + r"(?:оба|обе|обидва|обидві|обоє|абодва|абедзве|двете|двата|все|всі|усі|усе|всички|све)" + _NA
                + _CL + r"{0,40}?" + _NB + _POS_CYR + _NA + _NOT_DEFINITE_AFTER + r"|"
                + _NB + _EIGEN_CYR + _CL + r"{0,30}?" + _NB + _POS_CYR + _NA + _NOT_DEFINITE_AFTER + r"|"
                + _NB + r"(?:هر" + _SP + r"دو|همه|همگی|دونوں|سب|كلاهما|كلتاهما|كلا|كلتا|جميعها|جميع)" + _NA
                + _CL + r"{0,40}?" + _NB + _POS_AR + _NOT_DEFINITE_AFTER + r"|"
                + _NB + _EIGEN_AR + _CL + r"{0,30}?" + _NB + _POS_AR + _NOT_DEFINITE_AFTER, False),
    ("eig_zero", _NB + r"(?:нулев\w*" + _SP + _EIGEN_CYR + r"|нульов\w*" + _SP + _EIGEN_CYR + r"|вырожденн\w*|"
                 r"вироджен\w*|сингулярн\w*|выраджан\w*|изроден\w*|сингуларн\w*)" + _NA + r"|"
                 + _EIGEN_AR + _SP + r"(?:صفر|صفرية)" + _NA + r"|" + _NB + r"(?:منفرد\w*|تکین|شاذة|شاذ)" + _NA, False),
    ("eig_neg", _NB + r"(?:отрицательн\w*|від[’'ʼ]?ємн\w*|адмоўн\w*|отрицателн\w*|негативн\w*)" + _SP + _EIGEN_CYR
                + r"|" + _EIGEN_AR + _SP + r"(?:منفی|سالبة|سالب|منفية)" + _NA, False),
)

NEGATED_BEFORE = r"не|ні|нет|ليس|ليست|غير|لا|نه"
NEGATED_AFTER = r"(?:است" + _SP + r")?(?:نیست|نمی" + _SP + r"?باشد|نہیں)"
HEDGES = r"почти|майже|амаль|почти|скоро|تقریباً|تقریبا|تقريباً|تقريبا|حدوداً|لگ" + _SP + r"بھگ"

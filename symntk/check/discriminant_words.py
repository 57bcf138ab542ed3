"""The words for the discriminant Δ of the characteristic quadratic, by language: ``disc = 54^2 - 4*704 = 100``,
``diskriminanta = …``, ``Diskriminante $= 100$``, ``aðgreinir = 100`` all name Δ."""

from __future__ import annotations

# one row a language; every form is matched in lower case as a whole word
DISCRIMINANT_WORDS_BY_LANGUAGE = {
    "English": ("discriminant", "disc", "discr"),
    "German": ("diskriminante",),
    "French": ("discriminant",),
    "Spanish, Italian, Portuguese": ("discriminante",),
    "Icelandic": ("aðgreinir", "aðgreininn", "aðgreinirinn", "aðgreinis", "aðgreinisins",
                  "diskriminanta", "diskriminantan", "diskriminantinn", "diskriminant"),
    "Swedish, Danish, Norwegian, Dutch": ("diskriminant", "diskriminanten", "discriminant"),
    "Finnish": ("diskriminantti",),
    "Indonesian, Malay": ("diskriminan", "diskriminannya"),
    "Polish": ("wyróżnik", "wyróżnika"),
    "Korean": ("판별식", "판별식은", "판별식이"),
    "Hungarian": ("diszkrimináns", "diszkriminánsa"),
    "Hindi": ("विविक्तकर",),
    "Russian, Ukrainian": ("дискриминант", "дискриминанта", "дискримінант"),
    "Arabic": ("المميز", "مميز"),
    "Romanian": ("discriminantul", "discriminantului"),
    "Swahili": ("diskriminanti",),
    "Bengali": ("নিরূপক", "বিচারক", "ডিসক্রিমিন্যান্ট"),
    "Thai": ("ดิสคริมิแนนต์", "ดิสคริมิแนนท์"),
}
DISCRIMINANT_WORDS = frozenset(w for words in DISCRIMINANT_WORDS_BY_LANGUAGE.values() for w in words)


def discriminant_names() -> dict[str, str]:
    """Each word for the discriminant mapped to the name the checker reads it as (``\\Delta``)."""
    return dict.fromkeys(sorted(DISCRIMINANT_WORDS), r"\Delta")

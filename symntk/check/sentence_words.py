"""The words of results said in sentences in Icelandic, German, the Romance, Slavic languages and Dutch (data).

:mod:`symntk.check.sentences` reads results said in English sentences (``the derivative with respect to the first
weight is $x$``). The learners' other languages say the same in the same order of words: ``afleiðan með tilliti
til fyrstu vigtarinnar er $x$``, ``die Ableitung nach dem zweiten Gewicht ist $x$``, ``der zweite Eigenwert ist etwa
26,70``. :data:`WORDS` lists, for each English word or phrase the sentence readers know, its spellings in those
languages (every inflected form a learner writes; Icelandic and German decline ordinals and nouns); :func:`english`
writes a line's skeleton with them in English, so that the one set of English patterns reads every language.

A line is translated only when it holds one of the content words (a derivative, an ordinal, a weight or bias,
an output, an eigenvalue, an entry of the kernel), so English lines are read exactly as before. Every pattern is an
alternation of fixed words between word boundaries: linear in the line.
"""

from __future__ import annotations

import re

# (English, language codes, the spellings separated by spaces; "_" stands for a space inside a phrase)
WORDS: tuple[tuple[str, str, str], ...] = (
    # a derivative "with respect to" (before the ordinals, whose words these phrases do not hold)
    ("derivative with respect to", "is",
     "afleiðan_með_tilliti_til afleiða_með_tilliti_til afleiðu_með_tilliti_til hlutafleiðan_með_tilliti_til "
     "hlutafleiða_með_tilliti_til afleiðan_m.t.t. afleiða_m.t.t. hlutafleiðan_m.t.t. afleiðan_mtt afleiða_mtt"),
    ("derivative with respect to", "de",
     "Ableitung_nach Ableitung_bezüglich Ableitung_bzgl. Ableitung_bzgl Ableitung_bzw. "
     "partielle_Ableitung_nach partielle_Ableitung_bezüglich partielle_Ableitung_bzgl."),
    ("derivative with respect to", "da no sv",
     "afledte_med_hensyn_til afledede_med_hensyn_til deriverte_med_hensyn_på deriverte_med_hensyn_til "
     "derivatan_med_avseende_på derivatan_m.a.p. derivata_med_avseende_på"),
    ("derivative with respect to", "fr es",
     "dérivée_par_rapport_à dérivée_partielle_par_rapport_à derivada_con_respecto_a derivada_respecto_a "
     "derivada_parcial_con_respecto_a derivada_parcial_respecto_a"),
    ("derivative with respect to the", "fr es",
     "dérivée_par_rapport_au dérivée_partielle_par_rapport_au derivada_con_respecto_al derivada_respecto_al "
     "derivada_parcial_con_respecto_al derivada_parcial_respecto_al"),
    ("derivative with respect to", "pl cs sk sl hr",
     "pochodna_względem pochodną_względem pochodnej_względem pochodna_cząstkowa_względem pochodna_po "
     "derivace_podle derivace_vzhledem_k parciální_derivace_podle derivácia_podľa odvod_po derivacija_po "
     "parcijalna_derivacija_po"),
    ("derivatives", "is de", "afleiðurnar afleiður Ableitungen"),
    ("derivatives", "pl hr", "pochodne pochodnych derivacije"),
    ("derivative", "is de da no sv fr es",
     "afleiðan afleiða afleiðu hlutafleiðan hlutafleiða Ableitung afledte deriverte derivatan dérivée derivada"),
    ("derivative", "pl cs sk sl hr", "pochodna pochodną pochodnej derivace derivácia derivacija odvod"),
    # ordinals, every declined form
    ("first", "is", "fyrsti fyrsta fyrstu fyrstan fyrstur"),
    ("second", "is", "annar önnur annað annan aðra annarri öðrum öðru annars annarrar"),
    ("third", "is", "þriðji þriðja þriðju"),
    ("fourth", "is", "fjórði fjórða fjórðu"),
    ("first", "de", "erste ersten erster erstes erstem"),
    ("second", "de", "zweite zweiten zweiter zweites zweitem"),
    ("third", "de", "dritte dritten dritter drittes drittem"),
    ("fourth", "de", "vierte vierten vierter viertes viertem"),
    ("first", "da no sv", "første första"),
    ("second", "da no sv", "anden annen annet andra"),
    ("third", "da no sv", "tredje"),
    ("fourth", "da no sv", "fjerde fjärde"),
    ("first", "fr es", "premier première primer primero primera"),
    ("second", "fr es", "deuxième seconde segundo segunda"),
    ("third", "fr es", "troisième tercer tercero tercera"),
    ("fourth", "fr es", "quatrième cuarto cuarta"),
    ("first", "pl cs sk sl hr", "pierwszy pierwsza pierwsze pierwszej pierwszego pierwszą první prvý prvá prvé "
     "prvi prva"),
    ("second", "pl cs sk sl hr", "drugi druga drugie drugiej drugiego drugą druhý druhá druhé"),
    ("third", "pl cs sk sl hr", "trzeci trzecia trzecie trzeciej trzeciego trzecią třetí tretí tretji tretja treći "
     "treća"),
    ("fourth", "pl cs sk sl hr", "czwarty czwarta czwarte czwartej czwartego czwartą čtvrtý čtvrtá štvrtý četrti "
     "četvrti četvrta"),
    # the parameters, the outputs, the eigenvalues and the entries of the kernel
    ("output weight", "is de", "úttaksvigt úttaksvigtin úttaksvigtina úttaksvigtinni úttaksvigtarinnar úttaksvog "
     "úttaksvogin úttaksvogina úttaksvogarinnar Ausgabegewicht Ausgabegewichts Ausgangsgewicht Ausgangsgewichts"),
    ("output weights", "is de", "úttaksvigtir úttaksvigtirnar úttaksvogir úttaksvogirnar Ausgabegewichte "
     "Ausgangsgewichte"),
    ("output bias", "is de", "úttakshliðrun úttakshliðrunin úttakshliðrunina úttakshliðrunarinnar Ausgabebias "
     "Ausgangsbias"),
    ("weight", "is", "vigt vigtin vigtina vigtinni vigtarinnar vigtar vog vogin vogina voginni vogarinnar vogar"),
    ("weight", "de da no sv fr es", "Gewicht Gewichts Gewichtes vægt vægten vekt vekten vikt vikten poids peso"),
    ("bias", "is", "hliðrun hliðrunin hliðrunina hliðruninni hliðrunarinnar hliðrunar skekkja skekkjan skekkjuna "
     "skekkjunni skekkjunnar"),
    ("bias", "de da no sv fr es", "Bias Biases biasen biasterm biais sesgo"),
    ("output bias", "pl cs", "bias_wyjścia bias_wyjściowy bias_výstupu"),
    ("weight", "pl cs sk sl hr", "waga wagi wagę wadze váha váhu utež težina težinu"),
    ("bias", "pl", "biasu"),
    ("output", "is", "úttak úttakið úttakinu úttaksins úttaks"),
    ("output", "pl cs sk sl hr", "wyjście wyjścia wyjściu výstup výstupu izlaz izlaza izhod"),
    ("output", "de da no sv fr es", "Ausgabe Ausgang Ausgangs Ausganges Output Outputs outputtet utgang utgangen "
     "utgång utgången sortie salida"),
    ("eigenvalue", "is de da no sv fr es",
     "eigingildi eigingildið eigingildis Eigenwert Eigenwerts egenværdi egenværdien egenverdi egenverdien "
     "egenvärde egenvärdet valeur_propre valor_propio autovalor"),
    ("eigenvalue", "pl cs sk sl hr", "wartość_własna wartość_własną wartości_własnej vlastní_číslo vlastné_číslo "
     "svojstvena_vrijednost lastna_vrednost"),
    ("trace", "pl", "ślad"),
    ("determinant", "pl", "wyznacznik"),
    ("trace", "de nl es it pt", "Spur spoor traza traccia traço"),
    ("determinant", "fr es it pt de", "déterminant determinante"),
    ("gradient", "is de da no sv fr es", "stigull stigullinn stigulinn stiglinum stiguls stigulsins stigulvigur "
     "stigulvigurinn Gradienten Gradientenvektor gradiente"),
    ("entry of the kernel", "is", "stak_kjarnans stakið_í_kjarnanum stak_í_kjarnanum stak_K stakið_í_K"),
    ("entry of the kernel", "de", "Eintrag_des_Kerns Eintrag_der_Kernmatrix Eintrag_von_K Element_des_Kerns "
     "Element_der_Kernmatrix Element_von_K"),
    ("entry", "is de", "stak stakið Eintrag"),
    # the little words the sentences need
    ("of", "is de", "af von"),
    ("are", "is de", "eru sind"),
    ("are", "fr es it pt nl", "sont son sono são zijn"),
    ("in general", "is de", "almennt allgemein"),
    ("for the", "de", "für_die für_das für_den"),
    ("for", "is", "fyrir"),
    ("it is", "is de", "er_það ist_es"),
    ("of the", "fr es", "de_la du del"),
    ("the", "de da no sv fr es", "der die das dem den des det le la el"),
    ("with respect to the", "is", "m.t.t."),
    ("with respect to", "is de da no sv", "með_tilliti_til mtt nach bezüglich bzgl. med_hensyn_til med_hensyn_på "
     "med_avseende_på m.a.p."),
    ("is", "is de da no sv fr es", "er ist är est es verður lautet beträgt"),
    ("is", "fr es it pt nl", "vaut vale valen è é bedraagt"),
    ("is", "pl hr", "wynosi jest iznosi"),
    ("are", "pl", "są wynoszą"),
    ("comes out to", "de", "ergibt_sich_zu ergibt_sich_als"),
    ("about", "is de da no sv fr es", "um u.þ.b. ca. etwa ungefähr circa cirka omkring ungefär ungefær environ "
     "aproximadamente approximativement aprox. approx. ongeveer cerca_de"),
    ("about", "pl cs sk sl hr", "około ok. w_przybliżeniu přibližně približne približno otprilike"),
    ("and", "is de da no sv fr es", "og und och et"),
    ("and", "es it pt", "y e"),
    ("so", "is de da no sv fr es", "svo also så donc"),
    ("so", "pl cs sk sl hr", "zatem czyli więc stąd tedy teda dakle torej"),
    ("and", "pl", "oraz"),
    ("also", "is de da no sv fr es", "líka einnig ebenfalls auch gleichfalls ebenso også också aussi también"),
    ("at the", "is de", "í bei beim am im"),
    ("at", "fr es it pt nl", "en em bij"),
    ("it is", "fr", "il_vaut c'est"),
    ("point", "is de", "punkti punktinum gagnapunkti gagnapunktinum Punkt Datenpunkt"),
    ("at the point", "pl cs sk sl hr", "w_punkcie dla_punktu v_bodě v_bode v_točki u_točki"),
)
"""Each English word or phrase the sentence readers know with its spellings in the learners' other languages."""

_CONTENT = ("output weight", "output weights", "output bias",
            "derivative with respect to", "derivative with respect to the", "derivative", "first", "second",
            "third", "fourth", "weight", "bias", "output", "eigenvalue", "entry of the kernel", "entry", "gradient",
            "derivatives", "trace", "determinant")
_BOUND = r"(?<![\w.])(?:{})(?![\w])"
DERIVATIVE_WORD = re.compile(r"afleið|Ableitung|abgeleitet|afledte|deriverte|derivat|dérivée|derivada|m\.t\.t\.|bzgl"
                             r"|pochodn|derivac|derivác|odvod",
                             re.I)
"""A derivative said in one of the languages of :data:`WORDS` (a line near it may name one in words)."""


def _table() -> tuple[dict[str, str], re.Pattern, re.Pattern, frozenset]:
    english: dict[str, str] = {}
    for word, _languages, spellings in WORDS:
        for spelling in spellings.split():
            english.setdefault(spelling.replace("_", " ").lower(), word)
    ordered = sorted(english, key=len, reverse=True)   # the longest phrase first: "afleiðan með tilliti til"

    def alternation(spellings) -> str:
        return "|".join(re.escape(s).replace(r"\ ", r"\s") for s in spellings)

    content = [s for s in ordered if english[s] in _CONTENT and english[s] != s]
    firsts = frozenset(s.split()[0].strip(".") for s in content)
    return (english, re.compile(_BOUND.format(alternation(ordered)), re.I),
            re.compile(_BOUND.format(alternation(content)), re.I), firsts)


_ENGLISH, _PHRASE, _CONTENT_WORD, _FIRSTS = _table()
# the stems of the rows "output weight(s)" and "output bias" above, searched for in a whole text
_OUTPUT_WEIGHTS = re.compile(r"output\s(?:weight|bias)|úttaks(?:vigt|vog|hliðrun)|[Aa]usga(?:be|ngs)(?:gewicht|bias)")
_STRIP = ",;:!?()[]{}\"'.*_"


def output_weights_named(text: str) -> bool:
    """Whether ``text`` calls the last layer's weights or bias the *output* weights or bias, in any language of
    :data:`WORDS` (``output weights``, ``Ausgabegewichte``, ``úttaksvigtirnar``)."""
    return bool(_OUTPUT_WEIGHTS.search(text))


# "Der Gradient bei $x_1$ lautet …", "Le gradient en $x_1$ vaut …", "La trace vaut 27": German and French spell the
# gradient (French the trace too) as English does; a word of their sentences beside it says the line is foreign
_GERMAN_GRADIENT = re.compile(r"(?<![\w.])(?:bei|beim|ist|lautet|beträgt|ergibt|vaut|est|en)(?!\w)", re.I)


def foreign(line: str) -> bool:
    """Whether ``line`` holds a content word of another language (see the module doc); its words are looked up
    first, so that a line without one costs one pass."""
    if ("radient" in line or "trace" in line.lower()) and _GERMAN_GRADIENT.search(line):
        return True
    return any(w.strip(_STRIP) in _FIRSTS for w in line.lower().split()) and bool(_CONTENT_WORD.search(line))


def english(line: str) -> str:
    """``line`` with every word of :data:`WORDS` written in English (lines without a foreign content word as
    they are); the rest of the line, its math markers ``@k@`` too, is kept."""
    if not foreign(line):
        return line
    return _PHRASE.sub(lambda m: _ENGLISH[" ".join(m.group(0).lower().split())], line)

"""Demonyms ("Mexican", "guatemaltecas") and the country each one points to.

Demonyms are not toponyms: "Mexican police" says who acted, not where. The actor stage asks
`demonym_country` for the country of an actor; `find_toponyms` skips these words.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from hito.geo.normalize import norm

# English forms as written (plurals added below); Spanish as the masculine singular, whose
# feminine and plural forms `_spanish_forms` derives.
_DEMONYMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "MX": (("Mexican",), ("mexicano",)),
    "GT": (("Guatemalan", "Chapin"), ("guatemalteco", "chapín")),
    "HN": (("Honduran",), ("hondureño", "catracho")),
    "SV": (("Salvadoran", "Salvadorean", "Salvadorian"), ("salvadoreño", "guanaco")),
    "BZ": (("Belizean",), ("beliceño",)),
    # "norteamericano" means a US citizen in Latin American usage, not a North American.
    "US": (("American",), ("estadounidense", "norteamericano")),
    "NI": (("Nicaraguan",), ("nicaragüense", "nica")),
    "CR": (("Costa Rican",), ("costarricense", "tico")),
    "PA": (("Panamanian",), ("panameño",)),
    "CO": (("Colombian",), ("colombiano",)),
    "VE": (("Venezuelan",), ("venezolano",)),
    "CU": (("Cuban",), ("cubano",)),
    "HT": (("Haitian",), ("haitiano",)),
    "DO": (("Dominican",), ("dominicano",)),
    "EC": (("Ecuadorian", "Ecuadorean"), ("ecuatoriano",)),
    "PE": (("Peruvian",), ("peruano",)),
    "BO": (("Bolivian",), ("boliviano",)),
    "CL": (("Chilean",), ("chileno",)),
    "AR": (("Argentine", "Argentinian"), ("argentino",)),
    "UY": (("Uruguayan",), ("uruguayo",)),
    "PY": (("Paraguayan",), ("paraguayo",)),
    "BR": (("Brazilian",), ("brasileño", "brasilero")),
    "JM": (("Jamaican",), ("jamaiquino",)),
    "CA": (("Canadian",), ("canadiense",)),
    "ES": (("Spaniard", "Spanish"), ("español",)),
    "FR": (("French", "Frenchman", "Frenchmen"), ("francés",)),
    "DE": (("German",), ("alemán",)),
    "IT": (("Italian",), ("italiano",)),
    "GB": (("British", "Briton"), ("británico", "inglés")),
    "NL": (("Dutch",), ("holandés", "neerlandés")),
    "RU": (("Russian",), ("ruso",)),
    "UA": (("Ukrainian",), ("ucraniano",)),
    "TR": (("Turkish", "Turk"), ("turco",)),
    "CN": (("Chinese",), ("chino",)),
    "JP": (("Japanese",), ("japonés",)),
    "KR": (("South Korean", "Korean"), ("surcoreano", "coreano")),
    "VN": (("Vietnamese",), ("vietnamita",)),
    "PH": (("Filipino", "Philippine"), ("filipino",)),
    # In migration reporting "Indian" is the nationality; Spanish "indio" is not, "hindú" is.
    "IN": (("Indian",), ("hindú",)),
    "PK": (("Pakistani",), ("paquistaní", "pakistaní")),
    "BD": (("Bangladeshi",), ("bangladesí",)),
    "NP": (("Nepali", "Nepalese"), ("nepalí",)),
    "AF": (("Afghan",), ("afgano",)),
    "IR": (("Iranian",), ("iraní",)),
    "IQ": (("Iraqi",), ("iraquí",)),
    "SY": (("Syrian",), ("sirio",)),
    "IL": (("Israeli",), ("israelí",)),
    "EG": (("Egyptian",), ("egipcio",)),
    "MA": (("Moroccan",), ("marroquí",)),
    "SN": (("Senegalese",), ("senegalés",)),
    "CM": (("Cameroonian",), ("camerunés",)),
    "GH": (("Ghanaian",), ("ghanés",)),
    "NG": (("Nigerian",), ("nigeriano",)),
    "AO": (("Angolan",), ("angoleño",)),
    "CD": (("Congolese",), ("congoleño",)),
    "ER": (("Eritrean",), ("eritreo",)),
    "ET": (("Ethiopian",), ("etíope",)),
    "SO": (("Somali",), ("somalí",)),
    # English only below: forms the press uses for the rest of the world.
    "PS": (("Palestinian",), ("palestino",)),
    "GE": (("Georgian",), ("georgiano",)),
    "LB": (("Lebanese",), ("libanés",)),
    "SD": (("Sudanese",), ("sudanés",)),
    "SS": (("South Sudanese",), ()),
    "LK": (("Sri Lankan", "Sinhalese"), ("esrilanqués", "cingalés")),
    "CY": (("Cypriot",), ("chipriota",)),
    "SA": (("Saudi", "Saudi Arabian"), ("saudí", "saudita")),
    "CZ": (("Czech",), ("checo",)),
    "KE": (("Kenyan",), ("keniano",)),
    "GR": (("Greek",), ("griego",)),
    "MY": (("Malaysian",), ("malasio",)),
    "AM": (("Armenian",), ("armenio",)),
    "AZ": (("Azerbaijani", "Azeri"), ("azerbaiyano",)),
    "HU": (("Hungarian",), ("húngaro",)),
    "SK": (("Slovak", "Slovakian"), ("eslovaco",)),
    "DK": (("Danish",), ("danés",)),
    "TN": (("Tunisian",), ("tunecino",)),
    "IE": (("Irish", "Irishman", "Irishmen"), ("irlandés",)),
    "AU": (("Australian",), ("australiano",)),
    "NZ": (("New Zealander",), ("neozelandés",)),
    "ID": (("Indonesian",), ("indonesio",)),
    "TH": (("Thai",), ("tailandés",)),
    "MM": (("Burmese", "Myanmarese"), ("birmano",)),
    "KH": (("Cambodian",), ("camboyano",)),
    "MN": (("Mongolian",), ("mongol",)),
    "KZ": (("Kazakh", "Kazakhstani"), ("kazajo",)),
    "UZ": (("Uzbek",), ("uzbeko",)),
    "BY": (("Belarusian",), ("bielorruso",)),
    "PL": (("Polish",), ("polaco",)),
    "LT": (("Lithuanian",), ("lituano",)),
    "LV": (("Latvian",), ("letón",)),
    "EE": (("Estonian",), ("estonio",)),
    "FI": (("Finnish",), ("finlandés",)),
    "SE": (("Swedish", "Swede"), ("sueco",)),
    "NO": (("Norwegian",), ("noruego",)),
    "IS": (("Icelandic", "Icelander"), ("islandés",)),
    "BE": (("Belgian",), ("belga",)),
    "CH": (("Swiss",), ("suizo",)),
    "AT": (("Austrian",), ("austriaco",)),
    "PT": (("Portuguese",), ("portugués",)),
    "RO": (("Romanian",), ("rumano",)),
    "BG": (("Bulgarian",), ("búlgaro",)),
    "RS": (("Serbian", "Serb"), ("serbio",)),
    "HR": (("Croatian", "Croat"), ("croata",)),
    "BA": (("Bosnian",), ("bosnio",)),
    "SI": (("Slovenian", "Slovene"), ("esloveno",)),
    "AL": (("Albanian",), ("albanés",)),
    "MK": (("Macedonian",), ("macedonio",)),
    "MT": (("Maltese",), ("maltés",)),
    "LY": (("Libyan",), ("libio",)),
    "DZ": (("Algerian",), ("argelino",)),
    "JO": (("Jordanian",), ("jordano",)),
    "KW": (("Kuwaiti",), ("kuwaití",)),
    "QA": (("Qatari",), ("catarí",)),
    "AE": (("Emirati",), ("emiratí",)),
    "YE": (("Yemeni",), ("yemení",)),
    "ZW": (("Zimbabwean",), ("zimbabuense",)),
    "ZA": (("South African",), ("sudafricano",)),
    "UG": (("Ugandan",), ("ugandés",)),
    "TZ": (("Tanzanian",), ("tanzano",)),
    "RW": (("Rwandan",), ("ruandés",)),
    "ML": (("Malian",), ("maliense",)),
    "TW": (("Taiwanese",), ("taiwanés",)),
    "SG": (("Singaporean",), ("singapurense",)),
    "PR": (("Puerto Rican",), ("puertorriqueño", "boricua")),
    "TT": (("Trinidadian",), ("trinitense",)),
    "XK": (("Kosovar",), ("kosovar",)),
    "KP": (("North Korean",), ("norcoreano",)),
    "OM": (("Omani",), ("omaní",)),
    "BH": (("Bahraini",), ("bareiní",)),
    "BS": (("Bahamian",), ("bahameño",)),
    "BB": (("Barbadian", "Bajan"), ("barbadense",)),
    "GY": (("Guyanese",), ("guyanés",)),
    "SR": (("Surinamese",), ("surinamés",)),
    "FJ": (("Fijian",), ("fiyiano",)),
    "PG": (("Papua New Guinean",), ()),
    "LA": (("Laotian", "Lao"), ("laosiano",)),
    "BT": (("Bhutanese",), ("butanés",)),
    "MV": (("Maldivian",), ("maldivo",)),
    "BN": (("Bruneian",), ()),
    "KG": (("Kyrgyz",), ("kirguís",)),
    "TJ": (("Tajik",), ("tayiko",)),
    "TM": (("Turkmen",), ("turcomano",)),
    "MD": (("Moldovan",), ("moldavo",)),
    "ME": (("Montenegrin",), ("montenegrino",)),
    "LU": (("Luxembourgish",), ("luxemburgués",)),
    "MR": (("Mauritanian",), ("mauritano",)),
    "NE": (("Nigerien",), ("nigerino",)),
    "TD": (("Chadian",), ("chadiano",)),
    "ZM": (("Zambian",), ("zambiano",)),
    "MW": (("Malawian",), ("malauí",)),
    "MZ": (("Mozambican",), ("mozambiqueño",)),
    "NA": (("Namibian",), ("namibio",)),
    "BW": (("Botswanan", "Motswana"), ()),
    "GA": (("Gabonese",), ("gabonés",)),
    "CI": (("Ivorian",), ("marfileño",)),
    "GN": (("Guinean",), ("guineano",)),
    "LR": (("Liberian",), ("liberiano",)),
    "SL": (("Sierra Leonean",), ()),
    "GM": (("Gambian",), ("gambiano",)),
    "BJ": (("Beninese",), ("beninés",)),
    "TG": (("Togolese",), ("togolés",)),
    "BF": (("Burkinabe", "Burkinabè"), ("burkinés",)),
    "BI": (("Burundian",), ("burundés",)),
    "DJ": (("Djiboutian",), ("yibutiano",)),
    "MG": (("Malagasy",), ("malgache",)),
    "MU": (("Mauritian",), ("mauriciano",)),
}
# Adjectives of states, provinces and nations inside a country ("English", "Sicilian"), for
# `demonym_state`, English only: each names the gazetteer's place of that name.
_STATE_DEMONYMS: dict[str, tuple[str, ...]] = {
    "England": ("English", "Englishman", "Englishmen"),
    "Scotland": ("Scottish", "Scot"),
    "Wales": ("Welsh", "Welshman"),
    "Northern Ireland": ("Northern Irish",),
    "Sicily": ("Sicilian",),
    "Sardinia": ("Sardinian",),
    "Bavaria": ("Bavarian",),
    "Catalonia": ("Catalan",),
    "Basque Country": ("Basque",),
    "Flanders": ("Flemish",),
    "Crimea": ("Crimean",),
    "Chechnya": ("Chechen",),
    "Tamil Nadu": ("Tamil",),
    "Kashmir": ("Kashmiri",),
    "Siberia": ("Siberian",),
    "Quebec": ("Quebecer", "Quebecker", "Québécois", "Quebecois"),
    "Texas": ("Texan",),
    "California": ("Californian",),
    "Florida": ("Floridian",),
    "Hawaii": ("Hawaiian",),
    "Alaska": ("Alaskan",),
}
# Adjectives of continents and world regions, for `demonym_region` (English and Spanish).
_REGION_DEMONYMS: dict[str, tuple[str, ...]] = {
    "Europe": ("European", "europeo"),
    "Africa": ("African", "africano"),
    "Asia": ("Asian", "asiático"),
    "North America": ("North American",),
    "South America": ("South American", "sudamericano", "suramericano"),
    "Latin America": ("Latin American", "latinoamericano"),
    "Central America": ("Central American", "centroamericano"),
    "Middle East": ("Middle Eastern",),
    "Caribbean": ("caribeño",),
    "South Ossetia": ("South Ossetian",),
    "Abkhazia": ("Abkhaz", "Abkhazian"),
    "Kurdistan": ("Kurdish", "kurdo"),
}
# Adjectives of peoples more than of places: in running text "Arab" is mostly a people ("Arab
# Israelis", "Arab-American"), so `find_demonyms` leaves it; a span known to name a place
# ("Arab intervention", "Arab solidarity") is the Arab world, placed at its heartland.
_PEOPLE_REGIONS: dict[str, str] = dict.fromkeys(
    ("arab", "arabs", "arabe", "arabes"), "Arabian Peninsula"
)


def _english_forms(word: str) -> set[str]:
    # "Chinese", "French", "Spanish" have no plural in -s; "Frenchmen" is listed as written.
    if word.endswith(("ese", "ch", "sh", "men", "ss")):
        return {word}
    return {word, word + "s"}


def _spanish_forms(word: str) -> set[str]:
    if word.endswith("o"):
        stem = word[:-1]
        return {word, stem + "a", stem + "os", stem + "as"}
    if word.endswith("és") or word.endswith("án") or word.endswith("ín"):
        stem = word[:-2] + word[-2].translate(str.maketrans("éáí", "eai")) + word[-1]
        return {word, stem + "a", stem + "es", stem + "as"}
    if word.endswith("l"):
        return {word, word + "a", word + "es", word + "as"}
    if word.endswith(("í", "ú")):
        return {word, word + "es", word + "s"}
    # -ense, -ita, -ope, "nica": one form for both genders.
    return {word, word + "s"}


@cache
def _index() -> dict[str, str]:
    out: dict[str, str] = {}
    for iso, (english, spanish) in _DEMONYMS.items():
        for word in english:
            for form in _english_forms(word):
                out.setdefault(norm(form), iso)
        for word in spanish:
            for form in _spanish_forms(word):
                out.setdefault(norm(form), iso)
    return out


@cache
def _region_index() -> dict[str, str]:
    out: dict[str, str] = {}
    for region, words in _REGION_DEMONYMS.items():
        for word in words:
            forms = _english_forms(word) if word[:1].isupper() else _spanish_forms(word)
            for form in forms:
                out.setdefault(norm(form), region)
    return out


@cache
def _state_index() -> dict[str, str]:
    return {
        norm(form): place
        for place, words in _STATE_DEMONYMS.items()
        for word in words
        for form in _english_forms(word)
    }


def demonym_state(word: str) -> str | None:
    """State, province or nation within a country an adjective refers to ("English" ->
    "England", "Sicilian" -> "Sicily"); the name is the gazetteer's."""
    return _state_index().get(norm(word))


def demonym_region(word: str) -> str | None:
    """Continent or region an adjective refers to ("European" -> "Europe")."""
    return _region_index().get(norm(word))


def people_region(word: str) -> str | None:
    """Region of a people's adjective in a span known to be a place ("Arab" -> the Arabian
    Peninsula); not used for finding names in running text."""
    return _PEOPLE_REGIONS.get(norm(word))


def demonym_country(word: str) -> str | None:
    """ISO alpha-2 code a demonym refers to ("Mexican" -> "MX", "hondureñas" -> "HN")."""
    return _index().get(norm(word))


_WORD = re.compile(r"[^\W\d_]+")


def country_demonyms(text: str) -> list[tuple[int, int, str]]:
    """Each people's name in running text, in either case ("a Guatemalan man", "al
    hondureño", "11 Costa Ricans"), as (start, end, ISO code); a two-word name is read
    before its words alone."""
    words = list(_WORD.finditer(text))
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words):
            code = demonym_country(f"{words[i].group()} {words[i + 1].group()}")
            if code is not None:
                out.append((words[i].start(), words[i + 1].end(), code))
                i += 2
                continue
        code = demonym_country(words[i].group())
        if code is not None:
            out.append((words[i].start(), words[i].end(), code))
        i += 1
    return out


# A state adjective marked so in the data names its state only after one of these nouns of
# people, authorities or places: "colonias poblanas", not "chile poblano".
_STATE_NOUN = re.compile(
    r"(?:autoridad|autoridades|gobierno|gobernador|policía|policías|agente|agentes|fuerzas?"
    r"|fiscalía|fiscal|congreso|alcaldes?|diputados?|colonias?|municipios?|pueblos?"
    r"|comunidad|comunidades|localidad|localidades|sierra|territorio|capital|vecinos?"
    r"|habitantes|pobladores|familias?|campesinos|ciudadanos|productores|empresarios"
    r"|migrantes|jóvenes|hombres|mujeres)\s+$",
    re.IGNORECASE,
)


@cache
def _state_demonym_index() -> dict[str, tuple[str, str, bool, bool]]:
    """Each form of a state adjective -> (country, state, English, needs a noun before)."""
    out: dict[str, tuple[str, str, bool, bool]] = {}
    data = resources.files("hito") / "data" / "state_demonyms.tsv"
    for line in data.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        country, state, spanish, english = ([*line.split("\t"), ""])[:4]
        for word in filter(None, (w.strip() for w in spanish.split(","))):
            needs_noun = word.endswith("*")
            for form in _spanish_forms(word.rstrip("*")):
                out.setdefault(norm(form), (country, state, False, needs_noun))
        for word in filter(None, (w.strip() for w in english.split(","))):
            for form in _english_forms(word):
                out.setdefault(norm(form), (country, state, True, False))
    return out


def state_demonyms(text: str) -> list[tuple[int, int, str, str]]:
    """Each adjective of a Mexican state's or Guatemalan department's people in running text
    ("autoridades jaliscienses", "Sinaloan police", "policías huehuetecos"), as (start, end,
    ISO code, state as the gazetteer names it). Spanish forms in either case; English ones
    capitalised, as English writes them."""
    index = _state_demonym_index()
    out: list[tuple[int, int, str, str]] = []
    for m in _WORD.finditer(text):
        hit = index.get(norm(m.group()))
        if hit is None:
            continue
        country, state, english, needs_noun = hit
        if english and not m.group()[:1].isupper():
            continue
        if needs_noun and not _STATE_NOUN.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        out.append((m.start(), m.end(), country, state))
    return out

"""Where each incident of a report happened.

The place of an incident is the most specific place named in its own sentences, read as
a location (not "supported by Washington", not "Mexico said"); an incident whose
sentences name none takes the report's main place, the town the report is about.
Ambiguous names are settled by the countries and states the report names elsewhere.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, replace

from hito.extract.actors import find_actors
from hito.geo import (
    Place,
    Toponym,
    country_code,
    country_demonyms,
    demonym_country,
    find_airports,
    find_toponyms,
    lookup,
    resolve_each,
    state_demonyms,
)
from hito.geo.gazetteer import TERRITORIES, load
from hito.geo.normalize import norm
from hito.geo.resolve import far_from_their_town
from hito.geo.toponyms import BOROUGH_TITLES, PREFIXES, runs_on_caseless
from hito.models import AnnotatedReport, Sentence
from hito.nlp.factuality import plan_after_act
from hito.nlp.number_words import counting_words

_PRECISION = {"populated": 1, "crossing": 1, "admin1": 3, "country": 4}
_NEAR = re.compile(
    r"(?:near|outskirts of|close to|on the (?:road|highway) (?:to|from|between)|between|"
    r"cerca de|afueras de|en las inmediaciones de|inmediaciones de|en la carretera (?:a|hacia|que conduce a)|"
    r"entre|a \d+ (?:km|kil[oó]metros) de|\d+ (?:km|kilometers|miles) (?:from|outside)|"
    r"outside|inmediaciones del|a (?:un|una|one) (?:km|kil[oó]metro|mile) (?:de|from|of)(?: la| el)?"
    # "un paraje cercano a X", "a la salida de X", "a la altura de X" (on a road, by the
    # town), "a unos doce kilómetros de X", "in the mountains of X": beside the town, or
    # somewhere in its area, not at its own point.
    r"|\bcercan[oa]s? al?|\ba la salida de(?:l)?|\ba la altura de(?:l)?|\bat the height of"
    r"|\ba (?:[\w.,]+ ){1,3}?(?:km|kil[oó]metros?|millas) de"
    r"|\b(?:[\w.,]+ ){1,3}?(?:km|kilomet(?:er|re)s?|miles) (?:from|outside)"
    r"|\bin the (?:mountains|hills|highlands) (?:of|around)"
    r"|\ben (?:la sierra|las monta[ñn]as|los cerros|la zona serrana) de)\s+"
    # "near the town of Rio Quieto", "cerca de la comunidad El Mirto": the word for the kind of
    # place between the cue and the name leaves the act near it all the same.
    r"(?:the |el |la |del )?(?:(?:small |mountain |border )?(?:town|city|village|community|"
    r"municipality|comunidad|poblado|ejido|localidad|ranchería|municipio|cabecera municipal|"
    r"ciudad|colonia|neighbou?rhood)(?: of| de)? )?$",
    re.IGNORECASE,
)
# "en el municipio de Palenque", "una comunidad de Ocosingo", "a village in the municipality
# of Trujillo": an area named, or an unnamed spot inside it, not the town's own point.
_AREA_OF = re.compile(
    r"(?:\bmunicipio(?: de)?|\bjurisdicci[oó]n de|\b(?:un|una|unos|unas|varios|varias)\s+"
    r"(?:comunidad|ejido|poblado|localidad|aldea|caser[ií]o|paraje)\s+de|"
    # "habitantes de ejidos de X", "dos aldeas de X": settlements of its area, plural.
    r"\b(?:comunidades|ejidos|poblados|localidades|aldeas|caser[ií]os|parajes)\s+de|"
    rf"\b(?:a|an|some|several|{counting_words('en', 2, 6)}|\d+)\s+"
    r"(?:small\s+|remote\s+|rural\s+)?"
    r"(?:town|village|community|communities|villages|towns)\s+(?:in|of|near)\s+(?:the\s+)?"
    r"(?:municipality\s+of\s+)?)\s*$",
    re.IGNORECASE,
)
# A place that acts or speaks is a government, not a location ("supported by Washington").
_METONYM_BEFORE = re.compile(
    r"\b(?:by|with|por|con|de parte de)\s+(?:the |el |la )?$", re.IGNORECASE
)
_METONYM_AFTER = re.compile(
    r"^\s*(?:said|says|announced|stated|denied|asked|urged|has|had|would|will|must|dijo|afirm[oó]|anunci[oó]"
    r"|inform[oó]|pidi[oó]|neg[oó]|exigi[oó])\b",
    re.IGNORECASE,
)
# "turned him over to Sonora state investigators", "Tabasco police reported": a state or country
# before a public body names the body, not where anything happened.
# "Nuevo Cártel de Jalisco", "the Pacific state of Guerrero": a word of a group's name, or one
# that describes the place named next.
_GROUP_AFTER = re.compile(
    r"\s+(?:c[aá]rtel|cartel|state of|department of|province of|coast of)\b", re.IGNORECASE
)
_INSTITUTION_AFTER = re.compile(
    r"^\s+(?:state\s+|federal\s+|national\s+)?(?:prosecutors?|attorney|police|authorities|officials"
    r"|government|governor|congress|legislature|judges?|courts?"
    # "the US Drug Enforcement Administration": a country's agency, not where it acted.
    r"|drug enforcement administration|DEA|FBI|embassy|ambassador|consulate|state department"
    r"|(?:justice|treasury|homeland security) department|department of|border patrol|senate"
    # "Guatemala Ex-Special Forces Arrested", "Mexico Soldiers Held": a country's forces (not
    # in capitals, where "ARMY" may follow a place on a wire's own terms).
    r"|(?-i:[Aa]rmy|[Mm]ilitary|[Nn]avy|[Mm]arines|[Ss]oldiers|[Tt]roops|[Aa]rmed [Ff]orces"
    r"|(?:[Ee]x-?)?[Ss]pecial [Ff]orces)"
    # "a Honduras drug gang", "Colombia Rebels Blamed": where the actor comes
    # from, which is often not where it acted (capitals left out, as for the forces).
    r"|(?-i:(?:[Dd]rug\s+)?(?:[Gg]angs?|[Cc]artels?|[Mm]afias?|[Tt]raffickers?|[Ss]mugglers?"
    r"|[Kk]ingpins?|[Gg]angsters?|[Gg]uerrillas?|[Rr]ebels?)"
    r"|(?:[Dd]rug|[Cc]rime|[Cc]riminal|[Tt]rafficking)\s+(?:[Gg]roups?|[Oo]rgani[sz]ations?"
    r"|[Ss]yndicates?|[Rr]ings?|[Ll]ords?)))\b"
    # "a Mexico-based cartel": based there, acting elsewhere.
    r"|^-based\b",
    re.IGNORECASE,
)
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:fiscal[ií]a|procuradur[ií]a|polic[ií]a|gobierno|congreso|gobernador[a]?|fiscal"
    r"|embajada|embajador[a]?|consulado|departamento de estado|senado)"
    r"\s+(?:general\s+|estatal\s+)?(?:de|del)\s+(?:estado\s+de\s+)?$",
    re.IGNORECASE,
)
# "miembros de las autodefensas de Cerro Alto, Palmares y Loma Roja", "vigilantes
# from Cerro Alto": the towns a militia is named after, which it leaves to act elsewhere.
_MILITIA_OF = re.compile(
    r"\b(?:autodefensas?|grupos? de autodefensa|guardias? comunitari[oa]s?|polic[ií]as? comunitari[oa]s?"
    r"|comunitarios|self-defen[cs]e (?:groups?|forces?|militias?)|vigilantes?|community police)"
    r"\s+(?:de|del|from|of)\s+"
    r"(?:[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:de\s+|del\s+|la\s+|las\s+|los\s+)*[A-ZÁÉÍÓÚÑ][\w'’-]*)*"
    r"\s*(?:,\s*(?:and\s+|y\s+)?|\s+(?:and|y|e)\s+))*$"
)
# "In Huixtla," / "En la ciudad de Huixtla,": a place that opens a sentence.
_OPENING_IN = re.compile(
    r"^\W*(?:in|en)\s+(?:the\s+(?:town|city|village|department|province|state|municipality)"
    r"\s+of\s+|(?:la|el)\s+(?:ciudad|localidad|comunidad|poblado|municipio|estado|departamento)"
    r"\s+de\s+)?$",
    re.IGNORECASE,
)
_CLOSING_COMMA = re.compile(
    r"^(?:\s+(?:department|province|state|municipality|departamento|estado|municipio))?"
    r"(?:\s*\([^)]{0,40}\))?\s*,",
    re.IGNORECASE,
)
# "IN THE TOWN OF TECATE ARMED MEN FIRED ON A BAR", "En Huixtla sujetos armados ...": the
# opening place set off by no comma, as wire copy in capitals often writes it, when the words
# after it go on with the sentence, not with a list of places ("and") or a longer name ("of").
_CLOSING_BARE = re.compile(
    r"^(?:\s+(?:department|province|state|municipality|village|town|city|departamento|estado"
    r"|municipio))?(?:\s*\([^)]{0,40}\))?\s+(?!(?:and|or|y|e|o|of|de|del|city|alone|itself|it|se)\b)"
    r"[^\W\d_]",
    re.IGNORECASE,
)
# "a la altura de dicho municipio", "near the same town": the place already told, by reference.
_BACK_THERE = re.compile(
    r"\b(?:(?:a la altura|en las inmediaciones|cerca) de|en|dentro de) (?:ese|este|dicho|aquel|el mismo)"
    r" (?:municipio|lugar|poblado|pueblo|sitio|punto|ejido)\b"
    r"|\b(?:near|in|outside) (?:that|the same) (?:town|municipality|village|place|spot)\b",
    re.IGNORECASE,
)
# "trucks headed to Ciudad Cuauhtémoc", "rumbo a Tapachula": a direction, not where it happened.
_TOWARD = re.compile(
    r"\b(?:toward|towards|bound for|headed (?:to|for)|heading (?:to|for)|on (?:its|their) way to"
    r"|hacia|rumbo a|con destino a|se dirig[ií]\w* (?:a|hacia)|trasladad[oa]s (?:a|hacia)|taken to|transferred to)\s+$",
    re.IGNORECASE,
)
# The words between a verb of motion and an airport's own name: "rumbo al aeropuerto
# internacional Los Pinos", "headed to the Los Pinos airport".
_AIRPORT_BEFORE = re.compile(
    r"(?:(?:the|el|al|la)\s+)?(?:(?:aeropuerto)\s+(?:internacional\s+)?(?:del?\s+)?[\"“«]?)?$",
    re.IGNORECASE,
)
# "la carretera Palenque–Ocosingo", "de Motozintla a Mazapa", "a flight from Tapachula to
# Caracas": a route is placed at its first end, the second is where it leads.
_ROUTE_GAP = re.compile(
    r"\s*[–—/-]\s*|\s+(?:a|al|hasta|to|until)\s+(?:the\s+|el\s+|la\s+)?", re.IGNORECASE
)
_ROUTE_START = re.compile(
    r"\b(?:from|de|desde|tramo|carretera|autopista|highway|road|route|ruta|vuelo|flight)"
    r"\s+(?:the\s+|el\s+|la\s+)?$",
    re.IGNORECASE,
)
# "along the border between Puerto Lindo and Santa Rita", "entre Villa Clara y Ojo Frío": a stretch between
# two towns, placed like a route at its first end.
_BETWEEN = re.compile(r"\b(?:between|entre)\s+(?:the\s+|el\s+|la\s+)?$", re.IGNORECASE)
_BETWEEN_GAP = re.compile(r"\s+(?:and|y|e)\s+(?:the\s+|el\s+|la\s+)?", re.IGNORECASE)
_TOWNS = frozenset({"populated", "crossing"})
_ROAD = re.compile(
    r"\b(?:carretera|autopista|tramo|camino|highway|road|route|ruta)\b[^.,;]{0,25}$", re.IGNORECASE
)
# "the Acapulco-Zihuatanejo highway": English names the road after its ends.
_ROAD_AFTER = re.compile(r"^\s+(?:highway|road|freeway|motorway|expressway)\b", re.IGNORECASE)


# "sobre la carretera federal", "en el tramo carretero", "on the highway": the act's spot is
# a stretch of road, which the town named for it only lies beside.
_ON_ROAD = re.compile(
    r"\b(?:en|sobre|por)\s+(?:el\s+tramo|la\s+(?:carretera|autopista|v[ií]a\s+r[aá]pida)|"
    r"el\s+(?:camino|kil[oó]metro))\b|\ba\s+la\s+altura\s+del?\s+"
    r"(?:kil[oó]metro|km|hotel|puente|entronque|crucero|desviaci[oó]n)\b"
    r"|\b(?:on|along)\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:highway|freeway|motorway|road)\b",
    re.IGNORECASE,
)
_CAPITALISED = r"[A-ZÁÉÍÓÚÑ][\w.]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.]*)*"
_ROAD_NAME = re.compile(
    rf"\b(?i:carretera|autopista|tramo|highway|road)\s+(?:(?i:federal|estatal)\s+)?"
    rf"{_CAPITALISED}\s*[–—/-]\s*{_CAPITALISED}"
    rf"|{_CAPITALISED}\s*[–—/-]\s*{_CAPITALISED}\s+(?i:highway|road|freeway)\b"
)


def _outside_roads(text: str) -> str:
    """The sentence without the names of its roads ("la autopista A-B"), normalised."""
    return norm(_ROAD_NAME.sub(" ", text))


def _names_road(text: str, start: int, end: int) -> bool:
    """Is the name from `start` to `end` a road's ("la carretera A-B", "the A-B highway")?"""
    return bool(_ROAD.search(text[:start]) or _ROAD_AFTER.match(text[end:]))


_INTO = re.compile(
    r"\b(?:into|to|toward|towards|hacia|a|al|rumbo a|across the border (?:in)?to)\s+(?:the |el |la )?$",
    re.IGNORECASE,
)
# "se refugiaron en el municipio de Cuilco", "took refuge in a school in Comitán": where
# people who fled ended up.
_REFUGE = re.compile(
    r"\b(?:refugiaron|refugi[oó]|refugiarse|refugiad[oa]s|albergad[oa]s|took refuge|sought refuge"
    r"|sheltering|sheltered|found shelter)\s+(?:en|in|at)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:(?:en|in|de|of)\s+(?:the |el |la )?)?$",
    re.IGNORECASE,
)
# "taken to a military hospital in X", "trasladados a un hospital de X": where the wounded
# or the arrested were brought afterwards.
_TAKEN = re.compile(
    r"\b(?:taken|rushed|brought|transferred|flown|trasladad[oa]s?|llevad[oa]s?|remitid[oa]s?)"
    r"\s+(?:to|a|al)\s+(?:[\w-]+\s+){0,4}?(?:in|at|en|de)\s+(?:the |el |la )?$",
    re.IGNORECASE,
)
_FROM = re.compile(r"\b(?:from|de|desde|procedentes? de|originari[oa]s? de)\s+$", re.IGNORECASE)
# "detenido X, originario de Huehuetán", "a native of Tenosique", "the officers were from
# X", "procedían de X": someone's home town, not where the act was, whatever kind of place.
_NATIVE = re.compile(
    r"\b(?:(?:originari[oa]s?|oriund[oa]s?|nacid[oa]s?|natives?|born)\s+(?:de|del|of|en|in)"
    r"|(?:was|were|is|are)\s+(?:all\s+)?from|proced[ií]an?\s+de)\s+"
    r"(?:(?:la|el|los|las|the)\s+)?(?:(?:municipios?|ciudad|estado|comunidad|poblado|aldea"
    r"|localidad|town|city|village|state|municipality)\s+(?:de|of)\s+)?"
    # "originarios de Jiquipilas y Comitán", "natives of Flores, Poptún and San Benito": every
    # town of the list is a home town.
    r"(?:(?-i:[A-ZÁÉÍÓÚÑ])[\w-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)?(?-i:[A-ZÁÉÍÓÚÑ])[\w-]*){0,3}"
    r"\s*(?:,\s*|\s+(?:y|e|and|or|o)\s+)){0,4}$",
    re.IGNORECASE,
)
# "campesinos de los municipios de Ocosingo y Chilón", "farmers from the towns of X and Y":
# people from several towns, none of which their being from makes the scene.
_PEOPLE_OF_TOWNS = re.compile(
    r"\b(?:ind[ií]genas|pobladores|habitantes|vecinos|campesinos|comuneros|ejidatarios"
    r"|residents|villagers|farmers|inhabitants|indigenous people)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:de|del|of|from)\s+(?:(?:los|the)\s+)?(?:municipios|municipalities|comunidades"
    r"|communities|pueblos|towns|villages)\s+(?:de|of)\s+"
    r"(?:(?-i:[A-ZÁÉÍÓÚÑ])[\w-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)?(?-i:[A-ZÁÉÍÓÚÑ])[\w-]*){0,3}"
    r"\s*(?:,\s*|\s+(?:y|e|and|or|o)\s+)){0,4}$",
    re.IGNORECASE,
)
# "detienen a un sicario señalado por la matanza de policías en Honduras", "wanted for a
# massacre in Oaxaca": where the act someone is charged with was, not where they were caught.
_CHARGED_WITH = re.compile(
    r"\b(?:acusad[oa]s?|señalad[oa]s?|buscad[oa]s?|requerid[oa]s?|accused|suspected|wanted"
    r"|charged)\s+(?:de|del|por|of|for|with|in)\s+(?:(?:la|el|los|las|una?|the|a|an)\s+)?"
    r"[\w-]+(?:\s+(?:de|del|of)\s+(?:(?:la|el|los|las|una?|the|a|an)\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"\s+(?:en|in)\s+"
    r"(?:(?:la|el|the)\s+)?$",
    re.IGNORECASE,
)
# "so the gunmen could not flee into Belize", "para evitar que escapen hacia Guatemala":
# where someone might go, which is no place of the act.
_PREVENTED = re.compile(
    r"\b(?:prevent|stop|keep|avoid|evitar|impedir)\b[^.;,]{0,40}?\b(?:flee|fleeing|escape|escaping"
    r"|cross|crossing|huy\w*|escap\w*|cruz\w*|pas\w*)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:into|to|across|over|a|al|hacia|por)\s+(?:the\s+|el\s+|la\s+)?$",
    re.IGNORECASE,
)
_CRIME = re.compile(
    r"cartel|c[aá]rtel|criminal|crime|gang|narco|delincuen|crimen|pandill|sicario", re.I
)


_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|into|inside|across|en|cerca de|desde|dentro de|municipio de|ciudad de|town of|city of"
    r"|village of|comunidad de|poblado de|aldea|ejido|department of|departamento de|state of|estado de)"
    r"\s+(?:the |el |la |los |las )?"
    # "in western Medellin", "IN DOWNTOWN BOGOTA": a word of direction between cue and name.
    rf"(?:(?:{'|'.join(sorted(PREFIXES))}) )?$",
    re.IGNORECASE,
)
# "in the town of X", "en varias cantinas del municipio de X": where something happened,
# not "a licence from the municipality of X".
_AT_TOWN = re.compile(
    r"\b(?:in|at|near|outside|en|cerca de|dentro de)\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE
)
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_LOWER_THE = re.compile(r"\bthe\s+$")
# "the arrest of Paredes", "El Amarillo fue detenido": places are not arrested, killed or
# taken; a town's name there is a person's (a surname, an alias).
_PERSON_ACTED_ON_BEFORE = re.compile(
    r"\b(?:arrest|capture|detention|murder|killing|assassination|kidnapping|abduction"
    r"|extradition)\s+of\s+$"
    r"|\b(?:captura|detenci[oó]n|aprehensi[oó]n|arresto|asesinato|homicidio|secuestro"
    r"|extradici[oó]n|ejecuci[oó]n)\s+de\s+$",
    re.IGNORECASE,
)
_PERSON_ACTED_ON_AFTER = re.compile(
    r"^\s+(?:was|were|has been|had been)\s+(?:arrested|captured|detained|killed|murdered"
    r"|assassinated|kidnapped|abducted|extradited)\b"
    r"|^\s+(?:fue|fueron|ha sido|hab[ií]a sido)\s+(?:detenid|capturad|aprehendid|arrestad|asesinad"
    r"|ejecutad|secuestrad|extraditad|privad)",
    re.IGNORECASE,
)
# "in the Paracuaro municipality", "the Juarez valley": the article is the noun's after it.
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:municipality|municipal|town|city|village|area|region|valley|district|neighbou?rhood"
    r"|state|province|department|border|highway|road|river|port|airport|prison|jail|metropolitan"
    r"|urban|rural|sector|zone|corridor|plaza|square|market|outskirts|suburbs?)\b",
    re.IGNORECASE,
)
# "en el cruce de Ramón Ibarra y Coral", "calle Morelos", "Avenida Juárez": a street named
# after a person or a place, not the place.
_STREET_BEFORE = re.compile(
    # "frente a la alameda Tomás Villalba": a promenade named after someone, no town.
    r"\b(?:[Cc]alles?|[Aa]venidas?|[Aa]v\.|[Bb]ulevar|[Bb]lvd\.?|[Cc]alzada|[Aa]lameda|[Gg]lorieta"
    r"|cruce de(?: las calles)?|esquina (?:de|con))\s+(?:(?:de|del)\s+)?"
    r"(?:(?:de |del |la |las |los )?[A-ZÁÉÍÓÚÑ\d][\w.-]*\s+){0,3}"
    r"(?:(?i:y|con|e|and)\s+(?:(?i:la |las )?(?i:calles?|avenida)\s+)?)?$"
)
# "in the Monte Claro quarter of the city", "el barrio San Juan de la ciudad": a part of the
# city the sentence or the report names, which the gazetteer may know only as a namesake far
# away. The part keeps its name and takes the city's state.
_DISTRICT_NAME = (
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)*[A-ZÁÉÍÓÚÑ][\w'’-]*)*)"
)
_DISTRICTS = (
    re.compile(
        rf"\b(?i:in|at)\s+(?i:the)\s+(?:[a-z]+\s+)?{_DISTRICT_NAME}\s+"
        r"(?i:district|neighbou?rhood|area|quarter|section)\s+of\s+"
        r"(?P<city>(?i:the\s+(?:city|town|port|capital))\b|(?=[A-ZÁÉÍÓÚÑ]))"
    ),
    # Spanish "colonia X de Tapachula" stays the town's (see _SETTLEMENT): only "de la ciudad".
    re.compile(
        rf"\b(?i:en)\s+(?i:el)\s+(?i:barrio)\s+{_DISTRICT_NAME}\s+"
        r"(?P<city>(?i:de\s+la\s+ciudad|del\s+puerto))\b"
    ),
)
# "en la comunidad Banavil", "el poblado de Los Amoles", "in the village of X": a settlement
# named by what it is, which the gazetteer may lack or know only as a namesake elsewhere.
# A "colonia" is a neighbourhood of a town: the town stays the place.
_SETTLEMENT = re.compile(
    r"\b(?i:comunidad|poblado|rancher[ií]a|rancho|ejido|aldea|case[rř][ií]o|paraje|cant[oó]n"
    # An oil or gas field stands apart from any town: "el campo petrolero X" (not "el campo
    # petrolero de Pemex", whose owner follows).
    r"|(?P<field>campo (?:petrolero|de gas))(?=\s+(?-i:[A-ZÁÉÍÓÚÑ]))"
    # A zone named as such is an area, somewhere in it: "la zona de X", "the area known as X".
    r"|localidad|agencia municipal|lugar conocido como|(?P<zone>zona conocida como|zona de|area known as)"
    r"|village|hamlet|community"
    r"|(?:mountain |border |small )?town)(?:\s+(?i:de|of)|,)?\s+"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)*[A-ZÁÉÍÓÚÑ][\w'’-]*)*)"
)
# English names the field before its kind: "the X oil field".
_FIELD_NAMED_BEFORE = re.compile(
    r"\b(?i:the)\s+"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)*[A-ZÁÉÍÓÚÑ][\w'’-]*)*)"
    r"\s+(?i:oil|gas|oil and gas)\s?(?i:field|fields)\b"
)


def _facility_as_written(m: re.Match[str]) -> tuple[int, int] | None:
    """The span of a facility's name with the kind written beside it ("the X oil field",
    "campo petrolero X", "X prison"); None for other cues, and for a kind set apart from the
    name ("a prison known as X", "X, a high security prison") or a name that already says it
    ("the Granja Penal X prison")."""
    if m.re is _PRISONS[0] and re.search(rf"\b{_PRISON_WORD}\b", m.group("name"), re.I):
        return None
    if m.re is _FIELD_NAMED_BEFORE or m.re is _PRISONS[0]:
        return m.start("name"), m.end()
    if m.re is _SETTLEMENT and m.group("field"):
        return m.start("field"), m.end("name")
    return None


def _settlement_cues(text: str) -> list[re.Match[str]]:
    return [*_SETTLEMENT.finditer(text), *_FIELD_NAMED_BEFORE.finditer(text)]


# "originaria de la aldea X", "a native of the village of X": someone's home, not the scene.
_FROM_SETTLEMENT = re.compile(
    r"\b(?:originari[oa]s?|oriund[oa]s?|natives?|vecin[oa]s?|habitantes?|residents?)\s+"
    r"(?:(?:de|del|of|from)\s+)?(?:(?:la|el|las|los|the|a)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A prison by its own name: "prisoners held in Cerro Negro prison", "a facility known as
# "La Hondonada"", "prisoners at Punta Gris, a high security prison", "el penal conocido
# como El Mirador". A prison stands on its own ground, often outside any town named.
_PRISON_WORD = (
    r"(?:prison|jail|penitentiary|detention (?:center|centre)|penal|c[aá]rcel|reclusorio"
    r"|penitenciar[ií]a|centro penitenciario|centro de readaptaci[oó]n social|cereso|cefereso)"
)
_PRISON_NAME = (
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)*[A-ZÁÉÍÓÚÑ][\w'’-]*)*)"
)
_PRISONS = (
    re.compile(
        rf"{_PRISON_NAME}\s+(?i:(?:maximum|high|medium)[- ]security\s+)?"
        r"(?i:prison|jail|penitentiary)\b"
    ),
    re.compile(
        rf"(?i:{_PRISON_WORD}|facility)\s+(?i:known as|called|named|conocid[oa] como|llamad[oa])"
        rf"\s+[\"“'‘«]?{_PRISON_NAME}"
    ),
    re.compile(
        rf"(?i:\b(?:at|in|en)\s+){_PRISON_NAME},\s+(?i:an?|una?|el|la)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?i:{_PRISON_WORD})\b"
    ),
)
# "en Carrizalejo, Sinaloa", "en Acteal, municipio de Chenalhó": a name the gazetteer lacks,
# introduced as a location and followed by its state or its municipality.
_NAMED_IN = re.compile(
    r"\b(?:en|in|at)\s+(?:(?:el\s+|the\s+)?(?:municipio|municipality)\s+(?:de|of)\s+)?"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)*[A-ZÁÉÍÓÚÑ][\w'’-]*)*)"
    r"(?=\s*,\s*[A-ZÁÉÍÓÚÑ]|\s*,?\s*(?:(?:en|del|de|in|of)\s+)?(?:el\s+|la\s+|the\s+)?(?:municipio|municipality)\b)"
)
# "bloquearon la carretera federal, a la altura de X", "en jurisdicción de X": the very spot
# on a road or a stretch of land, which the other places of the sentence only lead to.
_SPOT = re.compile(
    r"\b(?:a la altura de(?:l)?|en jurisdicci[oó]n de|at the height of)\s+(?:(?:la|el|los|las|the)\s+)?"
    r"(?:(?:colonia|comunidad|poblado|localidad|rancher[ií]a|ejido|fraccionamiento|village|community"
    r"|neighbou?rhood)\s+(?:(?:de|of)\s+)?)?$",
    re.IGNORECASE,
)
_SPOT_NAMED = re.compile(
    r"\b(?i:a la altura de(?:l)?|at the height of)\s+(?:(?i:la|el|the)\s+)?"
    r"(?i:colonia|comunidad|poblado|localidad|rancher[ií]a|ejido|fraccionamiento|village"
    r"|community|neighbou?rhood)(?:\s+(?i:de|of))?\s+"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)*[A-ZÁÉÍÓÚÑ][\w'’-]*)*)"
)
# "en el sur de la capital", "in the Guatemalan capital", "la capital del país": a
# country's capital, not "la capital de Chiapas", "the capital of the province" nor "la
# capital chiapaneca" (a state's).
_CAPITAL = re.compile(
    r"\b(?:en|in|at|near|cerca de|de|del|from|desde|outside)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<phrase>(?:la|the)\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?(?:capital(?:\s+city)?)"
    r"(?:\s+(?:del\s+pa[ií]s|(?P<adj2>[a-záéíóúñ]+(?:ana|ano|eña|eño|ense|eca|eco|ica|ina|ena|esa)))\b)?)"
    r"(?!\s+(?:de|del|of)\b|\w)",
)
_TOWN_NEXT = re.compile(r"\s*(?:,\s*)?(?:(?:en|de|del|in|of)\s+)?")
# "Ocotal, municipio de Tres Ríos", "Las Pitas en el municipio de X": the town after the
# gap contains the place before it, which is the more specific one.
_CONTAINER_GAP = re.compile(
    r"\s*,?\s*(?:(?:en|del|de|in|of)\s+)?(?:el\s+|la\s+|the\s+)?"
    r"(?:municipio|municipality|alcald[ií]a)(?:\s+(?:de|of))?\s+",
    re.IGNORECASE,
)
# "Cerro Negro prison, just outside the capital city", "el rancho X, ubicado
# en el municipio de Y": the town after the gap holds the place before it.
_LOCATED_GAP = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s*,\s*(?:which is\s+|que se encuentra\s+)?"
    r"(?:located|situated|ubicad[oa]s?|situad[oa]s?|localizad[oa]s?)\s+"
    r"(?:(?:on|in|at|a)\s+(?:the\s+|las\s+)?(?:outskirts|afueras)\s+(?:of|de)\s+"
    r"|(?:in|en|near|cerca de)\s+)(?:the\s+|la\s+|el\s+)?",
    re.IGNORECASE,
)
# Between two items of a list of places: "A, B", "A and B", "A, and in B", "A y en B".
_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)(?:(?:in|at|en)\s+)?", re.I
)
_POSSESSIVE_AFTER = re.compile(r"['’][sS]\b")
# Before the first: "in", "en", "in the towns of", "en los municipios de".
_LIST_START = re.compile(
    r"\b(?:in|at|en)\s+(?:(?:the|los|las|el|la)\s+(?:towns?|cit(?:y|ies)|villages?|municipalit(?:y|ies)"
    r"|municipios|ciudades|poblados|comunidades|provinces?|departments?|states?|estados?"
    r"|departamentos?|provincias?)\s+(?:of|de)\s+)?$",
    re.IGNORECASE,
)
# "Frontera Comalapa, Chiapas": a place followed by its state or country.
_APPOSITION_WORDS = re.compile(r"^\s*,\s*([A-ZÁÉÍÓÚÑ][\w.]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.]*){0,2})")
_ALIAS = re.compile(
    r"(?:alias|known as|a\.k\.a\.|apodad[oa]|conocid[oa] como|el llamado|la llamada)\s*[\"“'‘«]?\s*$",
    re.I,
)
_GIVEN_DE = re.compile(r"\b([A-ZÁÉÍÓÚÑ][\w'’-]*)\s+(?:del|de la|de los|de)\s+$")
# "the Tijuana Cartel", "the Acapulco-Zihuatanejo highway": a name or a route goes on.
_CAPITALISED_NEXT = re.compile(r"^(?:\s+|\s*[-–—]\s*)[A-ZÁÉÍÓÚÑ][a-záéíóúñ]")
_CAPITALISED_WORD = re.compile(r"([A-ZÁÉÍÓÚÑ][\w'’-]*)\s+$")
# Capitalised words that may stand before a place name without making it a person's name.
_NAME_PREFIXES = frozenset(
    [
        "the",
        "el",
        "la",
        "los",
        "las",
        "san",
        "santa",
        "santo",
        "ciudad",
        "puerto",
        "villa",
        "nuevo",
        "nueva",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "mount",
        "lake",
        "río",
        "rio",
        "isla",
        "bahía",
        "in",
        "en",
        "at",
        "of",
        "de",
        "del",
        "near",
    ]
)
# Words of direction and boroughs' titles ("Western Medellin", "Alcaldía Tlalpan"), in their
# normalised form: before a place they make no given name either.
_PLACE_TITLES = PREFIXES | BOROUGH_TITLES


# "a 270 kilómetros al noreste de", "some 80 miles south of": a distance past any town's
# own area, counted from the town named next.
_FAR_FROM = re.compile(
    r"\b(?P<n>\d+)\s*(?:km|kil[oó]metros?|kilomet(?:er|re)s?|millas|miles)\s+"
    r"(?:(?:al\s+)?(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|oriente|poniente)"
    r"\s+de|de|from|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+$",
    re.IGNORECASE,
)
_FAR_KM = 50
# A town this large is no village the gazetteer mistakes for a namesake.
_KNOWN_TOWN = 50_000


def _far_from(before: str) -> bool:
    m = _FAR_FROM.search(before)
    return m is not None and int(m.group("n")) >= _FAR_KM


def _in_full_name(text: str, name: str) -> bool:
    """Does the report write the one-word town `name` inside a person's full name ("Jorge
    Mario Paredes Cordoba"): between capitalised words, the one before no word that may
    open a place's name ("San", "Ciudad", "in")?"""
    if " " in name.strip():
        return False
    pattern = re.compile(
        r"\b([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\s+" + re.escape(name.strip()) + r"\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]"
    )
    # A headline in title case capitalises every word: no evidence of a name there.
    return any(
        m.group(1).lower() not in _NAME_PREFIXES and norm(m.group(1)) not in _PLACE_TITLES
        for line in text.splitlines()
        if not _is_headline(line)
        for m in pattern.finditer(line)
    )


# "la organización civil X", "the civic group X", "el colectivo indígena X": a name in
# apposition to a body of people names that body.
_ORGANISATION_BEFORE = (
    r"(?i:\b(?:organizaci[oó]n|agrupaci[oó]n|asociaci[oó]n|colectivo|sociedad civil"
    r"|organi[sz]ation|group|collective|association)"
    r"(?:\s+(?:civil|social|ind[ií]gena|de\s+(?:la\s+)?sociedad\s+civil))*)\s+"
)


def _organisation_name(text: str, name: str) -> bool:
    """Does the report give the town's `name` to an organisation ("la organización civil La
    Esperanza")? Then the name alone is that organisation, not a place of its acts: a local
    body named after its village acts where the text places it."""
    return bool(re.search(_ORGANISATION_BEFORE + re.escape(name.strip()) + r"\b", text))


def _qualified(after: str) -> bool:
    """'Frontera Comalapa, Chiapas': followed by its state or country, which no nickname is."""
    m = _APPOSITION_WORDS.match(after)
    if not m:
        return False
    top = lookup(m.group(1))
    return bool(top) and top[0].kind in ("admin1", "country")


def _person_like(text: str, t: Toponym) -> bool:
    """'Jesus Vazquez Macias', 'Juan Jose Leon', alias "El Toro": a name's last word is no place."""
    before = text[: t.start]
    if _ALIAS.search(before):
        return True
    if before.count('"') % 2 == 1 or before.count("“") > before.count("”"):
        return True  # inside quotes: a nickname or a quoted name
    # "Lázaro del Carmen Ramírez", "María de Guadalupe Soto": a given name, "de", the place's
    # name and a surname are one person's name.
    given = _GIVEN_DE.search(before)
    if (
        given
        and given.group(1).lower() not in _NAME_PREFIXES
        and " " not in t.text.strip()
        and t.candidates[0].kind in ("populated", "crossing")
        and _CAPITALISED_NEXT.match(text[t.end :])
    ):
        return True
    prev = _CAPITALISED_WORD.search(before)
    # "IN DOWNTOWN BOGOTA", "in Western Medellin", "Alcaldía Tlalpan": a word of direction or
    # a borough's title is no given name.
    if (
        prev is None
        or prev.group(1).lower() in _NAME_PREFIXES
        or norm(prev.group(1)) in _PLACE_TITLES
    ):
        return False
    # A capitalised word right before, not at the sentence start: part of a longer name.
    return bool(before[: prev.start()].strip())


def _prison_name(name: str) -> bool:
    """A prison's own name, not a word that says whose it is ("the Guatemalan prison", "a
    State prison", "the Mexico prison")."""
    first = name.split()[0]
    if first.isupper() and len(first) > 1 and not re.fullmatch(r"[IVX]+", first):
        return False  # "CERSS No. 3", "CEFERESO": an acronym with a number, not a place
    if first.lower() in {"the", "a", "an", "state", "federal", "military", "un", "una"}:
        return False
    return demonym_country(first) is None and country_code(name) is None


def _is_headline(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    if len(words) < 3 or text.rstrip().endswith("."):
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _demonym_countries(annotated: AnnotatedReport) -> set[str]:
    """Countries the report names by their people or institutions ("Guatemalan police")."""
    found = set()
    for s in annotated.sentences:
        for word in re.findall(r"[^\W\d_]+", s.text):
            if word[0].isupper() or annotated.language == "es":
                country = demonym_country(word)
                if country:
                    found.add(country)
    return found


def _demonym_states(
    annotated: AnnotatedReport, named: Sequence[tuple[int, int]]
) -> set[tuple[str, str]]:
    """States the report names by their people or authorities ("policías chiapanecos"),
    outside the names of actors (`named`, report offsets): "La Familia Michoacana" acts far
    beyond Michoacán."""
    return {
        (country, state)
        for s in annotated.sentences
        for start, end, country, state in state_demonyms(s.text)
        if not any(a <= s.start + start and s.start + end <= b for a, b in named)
    }


# After a dateline's place: ", Chih.", ".", " —", " (AP)", and the wire services' date:
# ", 12 JAN 90 (EFE) --", ", 3 de marzo.", ", March 3 (AP)", ", NO DATE".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.?"
_DATELINE_AFTER = re.compile(
    r"^\s*(?:,\s*[A-ZÁÉÍÓÚÑ][\w.]{1,14}\.?\s*)?(?:[.—–-]|\(|$)"
    rf"|^\s*,\s*(?i:\d{{1,2}}\s+(?:de\s+)?{_MONTH}|{_MONTH}\s+\d{{1,2}}\b|no date\b)"
)


# "en la ciudad de Guatemala": lower case, so no part of the name the geoparser read.
_CITY_OF_BEFORE = re.compile(r"\bciudad de\s+$")


@functools.cache
def national_capitals() -> dict[str, Place]:
    """Each country's capital, by ISO code (the most populous where the data flags two)."""
    out: dict[str, Place] = {}
    for place in sorted(load().capitals, key=lambda p: p.population):
        out[place.country] = place
    return out


@dataclass(frozen=True)
class EventPlace:
    name: str
    country: str
    admin1: str | None
    latitude: float | None
    longitude: float | None
    precision: int

    def compatible_with(self, other: EventPlace) -> bool:
        if self.country != other.country:
            return False
        if self.precision >= 3 or other.precision >= 3:
            return self.precision == 4 or other.precision == 4 or self.admin1 == other.admin1
        if None in (self.latitude, other.latitude):
            # A settlement the gazetteer lacks has no point: only its name can tell.
            return self.admin1 == other.admin1 and norm(self.name) == norm(other.name)
        return _km(self, other) <= 5.0


def _km(a: EventPlace, b: EventPlace) -> float:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return 0.0
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))  # type: ignore[arg-type]
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class _Located:
    sentence: int
    toponym: Toponym
    place: Place
    precision: int
    origin: bool  # "from Guatemala": where people came from, not where it happened
    cued: bool  # introduced as a location: "in X", "near X", "X, Chiapas"
    destination: bool  # "into Mexico", "hacia Guatemala": where someone went
    route_end: bool = False  # "de Motozintla a Mazapa": the end a road or a flight leads to
    route_to: Place | None = None  # on a route's near end: the place at its far end
    unlisted: bool = False  # a settlement the gazetteer lacks: its name, its state, no point
    container: bool = False  # the municipality of the place named right before it
    spot: bool = False  # "a la altura de X": the very spot on the road the sentence names


# "the biggest load ever seized in Mexico": the act's verb, then the country it happened in.
_VERB_THEN_IN = re.compile(r"^(?:\S+\s+){1,2}(?:in|en)\s+$", re.IGNORECASE)


def _in_told_country(text: str, anchor: int, here: list[_Located]) -> list[_Located]:
    """Where the act's verb tells its country, a town across the border the sentence also
    names ("Tijuana's closeness to San Diego") is not the scene; the towns of that country
    are. A country told for another act ("who had killed two in X, in Mexico") is not."""
    told = {
        loc.place.country
        for loc in here
        if loc.place.kind == "country"
        and loc.toponym.start > anchor
        and _VERB_THEN_IN.match(text[anchor : loc.toponym.start])
    }
    if len(told) != 1:
        return here
    towns_there = [loc for loc in here if loc.place.kind in _TOWNS and loc.place.country in told]
    if not towns_there:
        return here
    return [loc for loc in here if loc.place.kind not in _TOWNS or loc.place.country in told]


class ReportPlaces:
    """The places of one report, read once, asked for per sentence."""

    def __init__(self, annotated: AnnotatedReport) -> None:
        text = annotated.report.text
        sentences = annotated.sentences
        starts = [sent.start for sent in sentences]
        # Read the whole report at once, so that a state or country named anywhere settles the
        # reading of an ambiguous town named elsewhere.
        region = annotated.report.region
        toponyms = [
            t for t in find_toponyms(text, annotated.language, region=region) if t.candidates
        ]
        # "aeropuerto internacional La Aurora": the airport, not a namesake town.
        airports = find_airports(text)
        toponyms = sorted(
            [t for t in toponyms if not any(a.start < t.end and t.start < a.end for a in airports)]
            + airports,
            key=lambda t: t.start,
        )
        named = [
            (sent.start + a.start, sent.start + a.end)
            for sent in sentences
            for a in find_actors(sent.text, annotated.language)
        ]
        found: list[tuple[int, str, Toponym]] = []
        for t in toponyms:
            i = bisect_right(starts, t.start) - 1
            if i < 0 or t.end > sentences[i].end:
                continue
            sent = sentences[i]
            # "Cártel de Sinaloa", "Chiapas State Police": a place inside a name is no location.
            # An airport is often named after a person ("Juan Santamaría"): still a place.
            if t not in airports and any(a <= t.start and t.end <= b for a, b in named):
                continue
            local = Toponym(t.text, t.start - sent.start, t.end - sent.start, t.candidates)
            if t in airports:
                # "se dirigía hacia el aeropuerto La Aurora": where one was going, not the scene.
                before = _AIRPORT_BEFORE.sub("", sent.text[: local.start])
                if not _TOWARD.search(before):
                    found.append((sent.index, sent.text, local))
            elif self._is_location(sent.text, local):
                found.append((sent.index, sent.text, local))
        # "Jorge Mario Paredes Cordoba ... Paredes and his brothers": a town's name the report
        # gives a person in full, or an organisation ("la organización civil X"), is that
        # person or body where it stands alone, unless told as a place ("in Paredes") or
        # filed from ("PAREDES, Aguascalientes —").
        found = [
            (i, sent_text, t)
            for i, sent_text, t in found
            if t.candidates[0].kind not in _TOWNS
            or not (_in_full_name(text, t.text) or _organisation_name(text, t.text))
            or _LOCATIVE.search(sent_text[: t.start])
            or (t.start == 0 and _DATELINE_AFTER.match(sent_text[t.end :]))
        ]
        self._fact = {sent.index for sent in sentences if sent.stance == "fact"}
        self._texts = {sent.index: sent.text for sent in sentences}
        countries = _demonym_countries(annotated) | self._named_countries(found)
        # One resolution of the whole report: each name read in the light of all the others.
        readings = {
            (t.start, t.end): place
            for t, place in zip(
                toponyms,
                resolve_each(
                    toponyms, sorted(countries), text, region, _demonym_states(annotated, named)
                ),
                strict=True,
            )
        }
        # "Villa de los Arcos, Celaya": a place right before a town it is not near is a
        # neighbourhood of that town the gazetteer lacks, read as a namesake far away.
        picks = [readings.get((t.start, t.end)) for t in toponyms]
        # A headline's last word and the dateline under it are no place and its town.
        unplaced = {
            toponyms[k].start
            for k in far_from_their_town(toponyms, picks, text)
            if "\n" not in text[toponyms[k].end : toponyms[k + 1].start]
        }
        found = [f for f in found if (f[2].start + sentences[f[0]].start) not in unplaced]
        located = [
            self._locate(
                i,
                sent_text,
                t,
                readings.get((t.start + sentences[i].start, t.end + sentences[i].start))
                or t.candidates[0],
            )
            for i, sent_text, t in found
        ]
        located = self._mark_routes(located, sentences)
        # A town in a country the report never names, and not even introduced as a location
        # ("in X"), is more often a surname or a nickname than a place.
        self._located = [
            loc
            for loc in located
            if loc.place.kind in ("country", "admin1")
            or not countries
            or loc.place.country in countries
            or loc.cued
        ]
        self._located = [
            loc for loc in self._located if not self._modifies_next(loc, self._located)
        ]
        self._located = self._without_partial_namesakes(self._located, countries)
        self._dateline = self._find_dateline(sentences[:4])
        self._located = self._settlements(sentences, self._located)
        self._located = self._capitals(sentences, self._located, countries)
        self._full_names = self._fullest_names(self._located, self._texts)
        self.has_dateline = self._dateline is not None
        # A story filed from a place, even a state or department ("SAN MARCOS, Guatemala —"),
        # is local news, whose background is told of that place too.
        self.filed_locally = self.has_dateline or self._find_dateline(sentences[:4], 3) is not None
        self.report_mentions_crime = any(
            _CRIME.search(sent.text) for sent in sentences if sent.stance == "fact"
        )

    def _without_partial_namesakes(
        self, located: list[_Located], countries: Set[str]
    ) -> list[_Located]:
        """A caseless name that runs on past the gazetteer's match ("IN SAN PEDRO X", where
        the gazetteer lacks the whole name) is a village it lacks: a town named by its first
        words alone, in a country neither the report nor any other of its places is in, is
        a namesake abroad, not where the act was. One word alone ("GREEN", "BAD") is more
        often a common word misread as a town than the opening of a longer name."""
        partial = {
            id(loc)
            for loc in located
            if loc.place.kind in _TOWNS
            and len(loc.toponym.text.split()) > 1
            and runs_on_caseless(self._texts[loc.sentence], loc.toponym.end)
        }
        if not partial:
            return located
        home = set(countries) | {loc.place.country for loc in located if id(loc) not in partial}
        return [loc for loc in located if id(loc) not in partial or loc.place.country in home]

    @staticmethod
    def _modifies_next(loc: _Located, located: list[_Located]) -> bool:
        """'in downtown Lima': a one-word town right before a place in another country is
        that place's modifier, not a town abroad (a name is matched whole, so two names side
        by side in one phrase are not two places)."""
        return (
            loc.place.kind in _TOWNS
            and " " not in loc.toponym.text.strip()
            and any(
                other.sentence == loc.sentence
                and other.toponym.start == loc.toponym.end + 1
                and other.place.country != loc.place.country
                for other in located
            )
        )

    @staticmethod
    def _mark_routes(located: list[_Located], sentences: list[Sentence]) -> list[_Located]:
        """Mark the far end of each route ("X–Y", "from X to Y", "de X a Y"); its near end is
        where the act is placed, near the town (precision 2) when the route is a road."""
        out = list(located)
        for k in range(1, len(out)):
            prev, loc = out[k - 1], out[k]
            if prev.sentence != loc.sentence or not {prev.place.kind, loc.place.kind} <= _TOWNS:
                continue
            text = sentences[loc.sentence].text
            gap = text[prev.toponym.end : loc.toponym.start]
            between = bool(
                _BETWEEN_GAP.fullmatch(gap) and _BETWEEN.search(text[: prev.toponym.start])
            )
            if not (_ROUTE_GAP.fullmatch(gap) or between):
                continue
            dash = not gap.strip() or gap.strip()[0] in "–—/-"
            if not (dash or between or _ROUTE_START.search(text[: prev.toponym.start])):
                continue
            out[k] = replace(loc, route_end=True)
            road = _names_road(text, prev.toponym.start, loc.toponym.end)
            precision = max(prev.precision, 2) if road else prev.precision
            out[k - 1] = replace(prev, route_to=loc.place, precision=precision)
        return out

    def _settlements(self, sentences: list[Sentence], located: list[_Located]) -> list[_Located]:
        """Settlements named by what they are ("la comunidad Ocotal, municipio de Tres Ríos"),
        placed in the state their sentence names next (else the dateline's): a namesake in
        another state yields to the one in that state, or to the name alone, without a point."""
        out = list(located)
        # A report about one state places a settlement its sentence leaves unplaced there.
        states = {loc.place for loc in located if loc.place.kind == "admin1"}
        only_state = next(iter(states)) if len(states) == 1 else None
        # Not a state abroad whose name a village's holds ("Barra de Potosí") in a report
        # whose towns all lie in another country.
        towns = {loc.place.country for loc in located if loc.place.kind in _TOWNS}
        if only_state is not None and towns and only_state.country not in towns:
            only_state = None
        for sent in sentences:
            cued = [(m, True) for m in _settlement_cues(sent.text)]
            cued += [(m, False) for m in _NAMED_IN.finditer(sent.text)]
            # "a la altura del fraccionamiento Loma Azul": the spot on a road, whatever it is.
            cued += [(m, True) for m in _SPOT_NAMED.finditer(sent.text)]
            districts = [m for r in _DISTRICTS for m in r.finditer(sent.text)]
            cued += [(m, True) for m in districts]
            prisons = [
                m for r in _PRISONS for m in r.finditer(sent.text) if _prison_name(m.group("name"))
            ]
            cued += [(m, True) for m in prisons]
            for m, settlement in cued:
                start, end = m.span("name")
                # "la comunidad LGBT", "rumbo al rancho X": a group, or where someone went.
                if m.group("name").isupper() or _TOWARD.search(sent.text[: m.start()]):
                    continue
                here = sorted(
                    (loc for loc in out if loc.sentence == sent.index),
                    key=lambda loc: loc.toponym.start,
                )
                if any(loc.toponym.start < start < loc.toponym.end for loc in here):
                    continue  # inside a longer name
                nxt = next((loc for loc in here if loc.toponym.start >= end), None)
                if not settlement and (
                    any(start <= loc.toponym.start < end for loc in here)
                    or nxt is None
                    or nxt.place.kind not in ("admin1", *_TOWNS)
                    or not (
                        _CONTAINER_GAP.fullmatch(sent.text[end : nxt.toponym.start])
                        or (
                            nxt.place.kind == "admin1"
                            and re.fullmatch(r"\s*,\s*", sent.text[end : nxt.toponym.start])
                        )
                    )
                ):
                    continue  # a known name, or one not followed by where it lies
                if (
                    settlement
                    and nxt is not None
                    and nxt.place.kind in _TOWNS
                    and _TOWN_NEXT.fullmatch(sent.text[end : nxt.toponym.start])
                ):
                    continue  # "la comunidad X en León": the town it belongs to places it
                # "In a second Durango town, Los Sauces": else the state named just before.
                before = [
                    loc.place
                    for loc in here
                    if loc.place.kind == "admin1"
                    and not sent.text[loc.toponym.end : m.start()].strip()
                ]
                # "a 185 kilómetros al suroeste de Tegucigalpa": a town far from the settlement
                # says where it is not, neither that town's state.
                far = {
                    loc.place.admin1
                    for loc in here
                    if loc.place.kind in _TOWNS and _far_from(sent.text[: loc.toponym.start])
                }
                area = next(
                    (
                        loc.place
                        for loc in here
                        if loc.toponym.start >= end
                        and loc.place.admin1
                        and not (loc.place.kind in _TOWNS and loc.place.admin1 in far)
                    ),
                    before[-1]
                    if before
                    else self._dateline.place
                    if self._dateline
                    else only_state,
                )
                if area is not None and area.kind in _TOWNS and area.admin1 in far:
                    area = Place(None, "", area.country, None, math.nan, math.nan, "country", 0)
                if m in districts and m.group("city")[:1].islower():
                    # "of the city": the town the story last named, not a state or a dateline.
                    area = next(
                        (
                            loc.place
                            for loc in reversed(out)
                            if (loc.sentence, loc.toponym.start) < (sent.index, start)
                            and loc.place.kind in _TOWNS
                            and loc.place.admin1
                            and not (loc.origin or loc.destination)
                        ),
                        area,
                    )
                if area is None and settlement and m not in prisons:
                    # "el paraje llamado Las Cruces" two sentences after "municipio de
                    # Río Seco": in the state of the town the story last named.
                    area = next(
                        (
                            loc.place
                            for loc in reversed(out)
                            if loc.sentence < sent.index
                            and loc.place.kind in _TOWNS
                            and loc.place.admin1
                            and not (loc.origin or loc.destination)
                        ),
                        None,
                    )
                if m in prisons and (area is None or not area.admin1):
                    # A prison "in southern Guatemala": in the country its sentence names, else
                    # in the one country the report names ("Guatemala Prison Riot").
                    named = {x.place.country for x in out if x.place.kind == "country"}
                    area = next(
                        (x.place for x in here if x.toponym.start >= end and x.place.country),
                        area
                        or next(
                            (x.place for x in out if x.place.kind == "country" and len(named) == 1),
                            None,
                        ),
                    )
                    if area is not None and area.kind == "country":
                        area = Place(None, "", area.country, None, math.nan, math.nan, "admin1", 0)
                if (
                    area is None
                    or not area.country
                    or (not area.admin1 and m not in prisons and not far)
                ):
                    continue
                same = [
                    loc for loc in here if start <= loc.toponym.start and loc.toponym.end <= end
                ]
                if same and (same[0].place.country, same[0].place.admin1) == (
                    area.country,
                    area.admin1,
                ):
                    continue
                told_here = any(area == loc.place for loc in here) or area in before
                if (
                    same
                    and not told_here
                    and m not in districts
                    and same[0].place.country == area.country
                    and same[0].place.population >= _KNOWN_TOWN
                    and sum(c.kind in _TOWNS for c in same[0].toponym.candidates) == 1
                ):
                    # "the gang came back to the town of Coban": a city the gazetteer
                    # knows by that name alone keeps its state against a state only guessed
                    # from the town named before or the dateline (a neighbourhood or a village
                    # may share a far namesake's name).
                    continue
                if same and (same[0].destination or same[0].origin):
                    continue  # "took refuge in the town of X": where people went, as read
                if same and same[0].toponym.end < end and same[0].place.kind in _TOWNS:
                    continue  # "Santa Cruz Tepenixtlahuaca": the town, named in full
                name = m.group("name")
                written = _facility_as_written(m)
                if written is not None:
                    # "Cerro Negro prison", "campo petrolero X": the place as the text names it
                    # (labelling conventions), its kind with it.
                    start, end = written
                    name = sent.text[start:end]
                inside = next(
                    (
                        c
                        for t in same
                        for c in t.toponym.candidates
                        if c.kind in _TOWNS and (c.country, c.admin1) == (area.country, area.admin1)
                    ),
                    None,
                )
                place = inside or Place(
                    None, name, area.country, area.admin1, math.nan, math.nan, "populated", 0
                )
                # "a la altura del poblado X": the cue may stand inside the match, before the name.
                # "en el municipio de X": its area, as for a municipality the gazetteer knows.
                near = (
                    (m.re is _SETTLEMENT and m.group("zone"))
                    or _NEAR.search(sent.text[: m.start()])
                    or _NEAR.search(sent.text[:start])
                    or _AREA_OF.search(sent.text[:start])
                )
                loc = _Located(
                    sent.index,
                    Toponym(name, start, end, (place,)),
                    place,
                    2 if near else 1,
                    origin=False,
                    cued=True,
                    destination=False,
                    unlisted=inside is None,
                    spot=bool(_SPOT.search(sent.text[:start])),
                )
                out = [x for x in out if x not in same]
                out.append(loc)
        out.sort(key=lambda loc: (loc.sentence, loc.toponym.start))
        return self._mark_containers(sentences, out)

    def _capitals(
        self, sentences: list[Sentence], located: list[_Located], countries: set[str]
    ) -> list[_Located]:
        """'en el sur de la capital', 'in the Guatemalan capital': a country's capital
        named by what it is. The country is the one its words name ("la capital mexicana"),
        else the nearest one the sentence names before it ("la Fuerza Pública costarricense
        ... en la capital"), else the dateline's, else the report's only one."""
        out = list(located)
        capitals = national_capitals()
        for sent in sentences:
            for m in _CAPITAL.finditer(sent.text):
                adjective = m.group("adj") or m.group("adj2")
                country = demonym_country(adjective) if adjective else None
                if adjective and country is None:
                    continue  # "la capital chiapaneca": a state's capital
                if country is None:
                    country = self._country_before(sent, m.start(), out)
                if country is None and self._dateline is not None:
                    country = self._dateline.place.country
                if country is None and len(countries) == 1:
                    country = next(iter(countries))
                place = capitals.get(country or "")
                if place is None:
                    continue
                start, end = m.span("phrase")
                if any(
                    loc.sentence == sent.index
                    and loc.toponym.start < end
                    and start < loc.toponym.end
                    for loc in out
                ):
                    continue
                # Named as the report writes it elsewhere ("Ciudad de Guatemala"), if it does.
                name = next((loc.toponym.text for loc in out if loc.place == place), place.name)
                toponym = Toponym(name, start, end, (place,))
                out.append(self._locate(sent.index, sent.text, toponym, place))
        out.sort(key=lambda loc: (loc.sentence, loc.toponym.start))
        return out

    @staticmethod
    def _country_before(sent: Sentence, at: int, located: list[_Located]) -> str | None:
        """The country the sentence names last before offset `at`, by name or by its people."""
        best: tuple[int, str] | None = None
        for loc in located:
            if loc.sentence == sent.index and loc.place.kind == "country" and loc.toponym.end <= at:
                best = max(best or (-1, ""), (loc.toponym.start, loc.place.country))
        # "Costa Rican", "salvadoreños": a people's name.
        for start, _, code in country_demonyms(sent.text[:at]):
            if best is None or start > best[0]:
                best = (start, code)
        return best[1] if best else None

    @staticmethod
    def _mark_containers(sentences: list[Sentence], located: list[_Located]) -> list[_Located]:
        out = list(located)
        for k in range(1, len(out)):
            prev, loc = out[k - 1], out[k]
            if prev.sentence != loc.sentence or not {prev.place.kind, loc.place.kind} <= _TOWNS:
                continue
            gap = sentences[loc.sentence].text[prev.toponym.end : loc.toponym.start]
            if _CONTAINER_GAP.fullmatch(gap) or (prev.unlisted and _LOCATED_GAP.fullmatch(gap)):
                out[k] = replace(loc, container=True)
        return out

    @staticmethod
    def _named_countries(found: list[tuple[int, str, Toponym]]) -> set[str]:
        return {
            t.candidates[0].country
            for _, _, t in found
            if t.candidates[0].kind in ("country", "admin1")
        }

    def _find_dateline(self, first: list[Sentence], coarsest: int = 2) -> _Located | None:
        """'Ciudad Juárez, Chih. Agentes...', 'FRESNILLO. Un tiroteo...': the place a story is
        filed from, a town unless `coarsest` allows a state too."""
        indexes = {s.index: s for s in first}
        for loc in self._located:
            sent = indexes.get(loc.sentence)
            if sent is None or loc.toponym.start != 0 or loc.precision > coarsest:
                continue
            if _DATELINE_AFTER.match(sent.text[loc.toponym.end :]):
                return loc
        return None

    @staticmethod
    def _is_location(text: str, t: Toponym) -> bool:
        if _METONYM_AFTER.match(text[t.end :]) or _person_like(text, t):
            return False
        if _GROUP_AFTER.match(text[t.end :]):
            return False
        top = t.candidates[0]
        # "for the Paredes", "the Zambadas": English puts no article before a town's one-word
        # name, so a capitalised word after "the" is a family or a group.
        if (
            top.kind in _TOWNS
            and " " not in t.text.strip()
            and _LOWER_THE.search(text[: t.start])
            and not _CAPITALISED_NEXT.match(text[t.end :])
            and not _PLACE_NOUN_AFTER.match(text[t.end :])
        ):
            return False
        if top.kind in _TOWNS and (
            _PERSON_ACTED_ON_BEFORE.search(text[: t.start])
            or _PERSON_ACTED_ON_AFTER.match(text[t.end :])
        ):
            return False
        if top.kind in ("admin1", "country") and (
            _INSTITUTION_AFTER.match(text[t.end :]) or _INSTITUTION_BEFORE.search(text[: t.start])
        ):
            return False
        # "downtown", "northern": words that stand before a place name, read as a hamlet
        # of that name where capitals say nothing ("IN DOWNTOWN LIMA").
        if top.kind in _TOWNS and norm(t.text) in PREFIXES:
            return False
        # Title case says nothing about names: one capitalised word there is weak evidence.
        if (
            _is_headline(text)
            and top.kind == "populated"
            and " " not in t.text.strip()
            and not _LOCATIVE.search(text[: t.start])
        ):
            return False
        if _TOWARD.search(text[: t.start]) or _STREET_BEFORE.search(text[: t.start]):
            return False
        if top.kind in _TOWNS and _MILITIA_OF.search(text[: t.start]):
            return False
        # "supported by Washington", "coordinated with Mexico": governments, not locations.
        government_like = top.kind == "country" or top.population > 500_000
        return not (government_like and _METONYM_BEFORE.search(text[: t.start]))

    def _locate(self, index: int, text: str, t: Toponym, place: Place) -> _Located:
        code = country_code(t.text)
        if place.kind != "country" and code and code not in TERRITORIES:
            # "Mexico" alone is the country, not a city or a village that shares its name;
            # "Guadalupe" is a town before it is Guadeloupe.
            place = next((c for c in t.candidates if c.kind == "country"), place)
        precision = _PRECISION.get(place.kind, 1)
        if precision == 1 and (_NEAR.search(text[: t.start]) or _AREA_OF.search(text[: t.start])):
            precision = 2
        origin = (
            (bool(_FROM.search(text[: t.start])) and place.kind == "country")
            or bool(_NATIVE.search(text[: t.start]))
            or bool(_PEOPLE_OF_TOWNS.search(text[: t.start]))
            or bool(_PREVENTED.search(text[: t.start]))
            or bool(_CHARGED_WITH.search(text[: t.start]))
        )
        cue = _LOCATIVE.search(text[: t.start])
        # English puts no article before a town's name: "at the airport", "in the same area"
        # name a thing, however a gazetteer reads the word written in capitals.
        if cue and place.kind in _TOWNS and " " not in t.text.strip() and _THE.search(cue.group()):
            cue = None
        cued = bool(cue) or _qualified(text[t.end :])
        before = text[: t.start]
        destination = bool(_INTO.search(before) or _REFUGE.search(before) or _TAKEN.search(before))
        spot = bool(_SPOT.search(before)) and place.kind in _TOWNS
        return _Located(index, t, place, precision, origin, cued, destination, spot=spot)

    @staticmethod
    def _fullest_names(located: list[_Located], texts: Mapping[int, str]) -> dict[Place, str]:
        """'Juarez' in one sentence, 'Ciudad Juarez' in another: one town, whose full name
        the report writes once; each mention takes the fullest form written of it. Spanish
        writes a capital named after its country in lower case ("la ciudad de Guatemala"):
        where "Ciudad de X" is that very town's name, that is its name in full."""
        out: dict[Place, str] = {}
        for loc in located:
            if loc.place.kind not in _TOWNS:
                continue
            written = loc.toponym.text
            if _CITY_OF_BEFORE.search(texts.get(loc.sentence, "")[: loc.toponym.start]) and any(
                p == loc.place for p in load().get(norm(f"ciudad de {written}"))
            ):
                written = f"Ciudad de {written}"
            best = out.get(loc.place)
            if best is None or set(norm(best).split()) < set(norm(written).split()):
                out[loc.place] = written
        return out

    def _event_place(self, loc: _Located) -> EventPlace:
        p = loc.place
        name = loc.toponym.text
        # Wire copy writes datelines in capitals: the gazetteer's spelling of the same name
        # keeps one spelling per place on the map and in exports.
        if name.isupper() and norm(name) == norm(p.name):
            name = p.name
        full = self._full_names.get(p) if p.kind in _TOWNS else None
        if full and set(norm(name).split()) < set(norm(full).split()):
            name = full
        if p.kind == "country":
            return EventPlace(loc.toponym.text, p.country, None, None, None, 4)
        if p.kind == "admin1":
            return EventPlace(
                loc.toponym.text, p.country, p.admin1 or p.name, p.latitude, p.longitude, 3
            )
        if loc.unlisted:
            return EventPlace(name, p.country, p.admin1, None, None, loc.precision)
        return EventPlace(name, p.country, p.admin1, p.latitude, p.longitude, loc.precision)

    def on_road(self, sentence: int, place: EventPlace | None) -> bool:
        """Is `place` the near end of a road the sentence names ("sobre la carretera federal
        Costa Azul-Puerto Viejo")? The act was somewhere along it, not at that town."""
        return place is not None and any(
            loc.sentence == sentence
            and loc.route_to is not None
            and loc.precision == 2
            and self._event_place(loc) == place
            for loc in self._located
        )

    def by_dateline(self, sentence: int) -> bool:
        """Does the sentence name no place but the dateline that opens it? Such a place is
        where the story was filed, a default that a place told later for the act overrides.
        A headline above the dateline that names only the dateline's place ("Balacera en
        Oaxaca" over "Oaxaca, Oax.") says no more than it: the state or its capital."""
        named = [loc for loc in self._located if loc.sentence == sentence]
        line = self._dateline
        return bool(named) and all(
            loc is line
            or (line is not None and loc.sentence < line.sentence and loc.place == line.place)
            for loc in named
        )

    def opens_at(self, sentence: int) -> EventPlace | None:
        """The town or state a sentence opens with, set off by a comma ("In Huixtla, gunmen
        ...", "En Huixtla, sujetos armados ..."): the sentence puts what it tells there."""
        text = self._texts.get(sentence, "")
        for loc in self._located:
            if loc.sentence != sentence or loc.precision >= 4 or loc is self._dateline:
                continue
            before = text[: loc.toponym.start]
            after = text[loc.toponym.end :]
            if _OPENING_IN.match(before) and (
                _CLOSING_COMMA.match(after) or _CLOSING_BARE.match(after)
            ):
                return self._event_place(loc)
        return None

    def place_in(
        self,
        sentence: int,
        anchor: int,
        event_type: str = "",
        within: tuple[int, int] | None = None,
    ) -> EventPlace | None:
        """The location named in one sentence (or in its stretch `within`) for the act at
        offset `anchor`: a town or village if the sentence names one (the nearest to the act),
        else a state, else a country. People who flee are placed where they fled from when
        the text says, else where they went."""
        # The dateline says where the story was filed; it places an incident only by default:
        # when the sentence it opens names another place, that place is where the act was.
        named = [loc for loc in self._located if loc.sentence == sentence]
        if within is not None:
            named = [loc for loc in named if within[0] <= loc.toponym.start < within[1]]
        named = [loc for loc in named if loc is not self._dateline] or named
        if event_type == "DISPLACE":
            origins = [loc for loc in named if not loc.destination]
            here = origins or named
        else:
            here = [loc for loc in named if not loc.origin]
        if not here:
            return None
        text = self._texts.get(sentence, "")
        # "expulsado a Honduras, donde lo juzgarán por un robo cometido en Choluteca": the
        # place of what is still to come of the act, or of the older act it names, is not
        # where the act told before it was.
        plan = plan_after_act(text)
        if plan is not None and anchor < plan:
            here = [loc for loc in here if loc.toponym.start < plan]
            if not here:
                return None
        if _BACK_THERE.search(text):
            # "la carretera A-B, a la altura de dicho municipio": the road's ends are not the
            # spot; the town already told is, so the sentence adds no place of its own.
            here = [
                loc
                for loc in here
                if loc.route_to is None
                and not loc.route_end
                and not _names_road(text, loc.toponym.start, loc.toponym.end)
            ]
            if not here:
                return None
        # A route is placed at its first end, unless its other end is the town the report
        # is filed from ("on the Monterrey–Reynosa highway", from Reynosa).
        filed = self._dateline.place if self._dateline is not None else None
        here = [
            loc
            for loc in here
            if not (loc.route_end and loc.place != filed)
            and not (loc.route_to is not None and loc.route_to == filed)
        ] or here
        here = [loc for loc in here if not loc.container] or here
        here = [loc for loc in here if loc.spot] or here
        here = _in_told_country(text, anchor, here)
        level = min(1 if loc.precision <= 2 else loc.precision for loc in here)
        same_level = [loc for loc in here if (1 if loc.precision <= 2 else loc.precision) == level]
        best = min(same_level, key=lambda loc: abs(loc.toponym.start - anchor))
        return self._event_place(best)

    def listed_towns(self, sentence: int, states: bool = False) -> list[EventPlace]:
        """The towns one sentence lists as the scenes of its act ("bombs went off in A, B and
        C", "ataques en A y en B"): two or more towns named side by side after "in"/"en",
        joined only by commas and "and", each more than 5 km from the others. A town's state
        may follow it ("in A, Chiapas, and B"). With `states`, a state or province may be an
        item of its own ("in the province of A and in B, respectively"). Empty when the
        sentence names no such list."""
        named = sorted(
            (loc for loc in self._located if loc.sentence == sentence),
            key=lambda loc: loc.toponym.start,
        )
        text = self._texts.get(sentence, "")
        run: list[_Located] = []
        for loc in named:
            item = loc.place.kind in _TOWNS or (states and loc.place.kind == "admin1")
            if not item or (run and loc.place.kind == "admin1"):
                # "A, Chiapas": the state of the town before it, which goes on the list.
                if (
                    run
                    and (loc.place.admin1 or loc.place.name) == run[-1].place.admin1
                    and _LIST_GAP.fullmatch(text[run[-1].toponym.end : loc.toponym.start])
                ):
                    run[-1] = replace(
                        run[-1], toponym=replace(run[-1].toponym, end=loc.toponym.end)
                    )
                    continue
                if not item:
                    if len(run) >= 2:
                        break
                    run = []
                    continue
            usable = (
                (loc.precision == 1 or loc.place.kind == "admin1")
                and not (loc.origin or loc.destination or loc.route_end or loc.route_to)
                # "in A, in B's suburbs": B says where A lies, it is no second scene.
                and not _POSSESSIVE_AFTER.match(text, loc.toponym.end)
            )
            if (
                run
                and usable
                and _LIST_GAP.fullmatch(text[run[-1].toponym.end : loc.toponym.start])
            ):
                run.append(loc)
            elif len(run) >= 2:
                break
            else:
                run = [loc] if usable and _LIST_START.search(text[: loc.toponym.start]) else []
        return self._distinct(run) if len(run) >= 2 else []

    def spread_over(
        self, sentence: int, place: EventPlace | None, whole: bool = False
    ) -> EventPlace | None:
        """Where one record is placed that its sentence tells at a list of towns ("arrests
        in A, Chiapas, and B, Tabasco", "desplegados en A, B y C"): towns in different
        states, each state named in the report, leave it the country. Towns of one state
        leave it the state only for an act over the `whole` area (a deployment); arrests or
        attacks at each town keep the first town, a scene of the act. None when `place` is
        no item of such a list."""
        towns = self.listed_towns(sentence, states=True)
        if place is None or place not in towns or len({t.country for t in towns}) > 1:
            return None
        states = {t.admin1 for t in towns}
        if len(states) == 1 and None not in states:
            if not whole:
                return None
            admin1 = states.pop()
            assert admin1 is not None
            # The state's own name: a dateline's "Chis." is no name to report it by.
            named = self.state_named(place)
            return EventPlace(
                admin1,
                place.country,
                admin1,
                named.latitude if named else None,
                named.longitude if named else None,
                3,
            )
        if any(self.state_named(t) is None for t in towns):
            # Only the gazetteer says the towns lie apart ("Juárez" has namesakes in several
            # states): a guess too weak to give up the town the text names.
            return None
        return EventPlace(place.country, place.country, None, None, None, 4)

    def _distinct(self, run: list[_Located]) -> list[EventPlace]:
        places = [self._event_place(loc) for loc in run]
        if any(a.compatible_with(b) for k, a in enumerate(places) for b in places[k + 1 :]):
            # A town and its neighbourhood, or one place named twice: one scene.
            return []
        return places

    def town_beside(
        self,
        sentences: list[int],
        area: EventPlace | None,
        others: Set[int],
        back: bool = True,
        further: bool = False,
    ) -> EventPlace | None:
        """A town introduced as a location ("in the town of X", "en el municipio de X") in a
        sentence next to one of `sentences`, inside `area` (its state or country) when given:
        "Found dead in the state of X. ... a party in the town of Y" places the act in Y.
        The dateline is no such town; it stays the fallback, and a sentence in `others`
        tells another incident, whose town it is. A story names the state and then the town,
        so the sentence before is read (`back`) only for an act whose sentences name none.
        An act done at one spot (`further`) may be placed two sentences on, past one that
        tells no other act ("Gunmen took 12 passengers off a bus. The driver spoke up days
        later. Soon after it left the terminal in the city of X, trucks blocked its way")."""
        told = set(sentences)
        for i in sorted(told):
            # The sentence before, when it comes after the first that names the area, goes
            # on from it: "killed in the state of X. ... tracked to a house in the town of Y.
            # He opened fire".
            ahead: tuple[int, ...] = (i + 1,)
            if further and i + 1 not in others and i + 1 not in told:
                ahead = (i + 1, i + 2)
            for k in (*ahead, i - 1) if back or i - 1 > min(told) else ahead:
                if k in told or k in others:
                    continue
                towns = [
                    loc
                    for loc in self._located
                    if loc.sentence == k
                    and loc is not self._dateline
                    and loc.precision <= 2
                    and _AT_TOWN.search(self._texts[k][: loc.toponym.start])
                    and not (loc.origin or loc.destination or loc.route_end)
                    and self._inside(loc.place, area)
                ]
                if towns:
                    return self._event_place(towns[0])
        return None

    def settlement_in(self, town: EventPlace, others: Set[int]) -> EventPlace | None:
        """The one settlement the report names inside the act's municipality ("la comunidad
        Ocotal, municipio de Tres Ríos", "the village of X, in the municipality of Y"), which
        says where in it the act was: the most specific place named. A settlement told in
        another incident's sentence, or where another is placed, is that incident's; two of
        them leave the town."""
        found: dict[str, _Located] = {}
        for prev, loc in zip(self._located, self._located[1:], strict=False):
            if (
                not loc.container
                or prev.sentence != loc.sentence
                or prev.sentence in others
                or prev.origin
                or prev.destination
                or not self._event_place(loc).compatible_with(town)
            ):
                continue
            found.setdefault(norm(prev.toponym.text), prev)
        if len(found) != 1:
            return None
        key, settlement = next(iter(found.items()))
        if any(norm(x.toponym.text) == key for x in self._located if x.sentence in others):
            return None  # where another incident of the report is placed
        return self._event_place(settlement)

    def told_near(self, sentences: Set[int], place: EventPlace) -> bool:
        """Does one of `sentences` place an act near the town `place`, or somewhere in its
        area ("una aldea de Guachochi", "a village of X"), not at its own point?"""
        return any(
            loc.sentence in sentences
            and loc.precision == 2
            and not (loc.origin or loc.destination)
            and replace(self._event_place(loc), precision=place.precision) == place
            for loc in self._located
        )

    def told_on_road(self, sentences: Set[int], place: EventPlace) -> bool:
        """Does one of `sentences` put an act on a road ("sobre la autopista", "on the
        highway") without naming the town `place` but as one of the road's ends? The act
        was somewhere along the road by the town, not at its own point."""
        name = f" {norm(place.name)} "
        line = self._dateline
        for index in sentences:
            text = self._texts.get(index, "")
            if line is not None and line.sentence == index:
                # Where the story was filed, not where the sentence puts the act.
                text = text[line.toponym.end :]
            if _ON_ROAD.search(text) and name not in f" {_outside_roads(text)} ":
                return True
        return False

    def named_in(self, place: EventPlace) -> set[int]:
        """The sentences that name `place` as a location."""
        return {x.sentence for x in self._located if norm(x.toponym.text) == norm(place.name)}

    def settlement_told(
        self, told: Set[int], place: EventPlace, others: Set[int]
    ) -> EventPlace | None:
        """The one settlement named by what it is ("en inmediaciones del poblado X", "in the
        village of X") in a sentence that tells the act, or in the one right after them,
        inside the state of the act's town: where in it the act was ("repelió la agresión en
        el municipio de Río Seco. ... una bodega en la comunidad de Piedra Fina"). One the
        gazetteer lacks has no state of its own and takes the town's. A settlement where
        people came from or went to, or two of them, leave the town."""
        window = set(told) | {i + 1 for i in told if i + 1 not in others}
        found: dict[str, EventPlace] = {}
        for loc in self._located:
            if (
                loc.sentence not in window
                or loc.place.kind not in _TOWNS
                or loc.origin
                or loc.destination
                or loc.route_end
                or loc is self._dateline
            ):
                continue
            text = self._texts[loc.sentence]
            cue = next(
                (m for m in _settlement_cues(text) if m.start("name") == loc.toponym.start),
                None,
            )
            # "a dirt road leading to the community of X", "originaria de la aldea X": where
            # someone went or came from, not where the act was.
            before = text[: cue.start()] if cue else ""
            if cue is None or any(
                r.search(before) for r in (_INTO, _TOWARD, _FROM, _FROM_SETTLEMENT)
            ):
                continue
            found_place = self._event_place(loc)
            if found_place.country != place.country:
                continue
            if loc.unlisted:
                found_place = replace(found_place, admin1=place.admin1)
            elif found_place.admin1 != place.admin1:
                continue
            key = norm(loc.toponym.text)
            if key != norm(place.name):
                found.setdefault(key, found_place)
        # One named beside the town itself was read with it already ("en el municipio de X,
        # en el rancho Y"); one named where another incident is told is that incident's.
        here = {x.sentence for x in self._located if norm(x.toponym.text) == norm(place.name)}
        for x in self._located:
            if x.sentence in others or x.sentence in here:
                found.pop(norm(x.toponym.text), None)
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _inside(p: Place, area: EventPlace | None) -> bool:
        if area is None:
            return True
        if area.precision == 4:
            return p.country == area.country
        return (p.country, p.admin1) == (area.country, area.admin1)

    def state_named(self, place: EventPlace) -> EventPlace | None:
        """The state or department of `place` as the report names it, if it does."""
        for loc in self._located:
            if loc.precision == 3 and (loc.place.country, loc.place.admin1) == (
                place.country,
                place.admin1,
            ):
                return self._event_place(loc)
        return None

    def state_of(self, place: EventPlace) -> EventPlace | None:
        """The state or department `place` lies in: as the report names it, else by its own
        name ("llegaron a la entidad" after a town of a state the report never names)."""
        named = self.state_named(place)
        if named is not None or place.admin1 is None or place.precision >= 3:
            return named
        return EventPlace(place.admin1, place.country, place.admin1, None, None, 3)

    def state_told_before(self, sentence: int) -> EventPlace | None:
        """The state or province the report named last before `sentence` (or in it)."""
        told = [loc for loc in self._located if loc.sentence <= sentence and loc.precision == 3]
        return self._event_place(told[-1]) if told else None

    def filed_away(self, scenes: Iterable[EventPlace]) -> EventPlace | None:
        """The state of a dateline's town that the report names nowhere else (headline
        included), while it places acts (`scenes`) at other towns of that state ("Morelia.
        ... arribaron a Apatzingán"): the story was only filed from there, so an act it tells
        with no place of its own was somewhere in the state, not in the filing town. A town
        the report names for no act (a hospital the wounded were taken to) is no such sign,
        and a road named after the town ("la carretera Morelia-Salamanca") does not name the
        town again. None otherwise."""
        line = self._dateline
        if line is None or line.place.admin1 is None:
            return None
        # A road's name ends at towns it does not place the story in.
        if any(
            loc.place == line.place
            for loc in self._located
            if loc is not line and not (loc.route_end or loc.route_to is not None)
        ):
            return None
        filed = self._event_place(line)
        if not any(
            scene.precision <= 2
            and scene.admin1 == line.place.admin1
            and not scene.compatible_with(filed)
            for scene in scenes
        ):
            return None
        admin1 = line.place.admin1
        return EventPlace(admin1, line.place.country, admin1, None, None, 3)

    def default_place(self, event_type: str) -> EventPlace | None:
        """The report's main place: its dateline, else its most often named town in factual
        sentences, else its most often named state."""
        if self._dateline is not None:
            return self._event_place(self._dateline)
        fact = [loc for loc in self._located if loc.sentence in self._fact and not loc.origin]
        for level in (1, 2, 3):
            names = Counter(loc.place for loc in fact if loc.precision == level)
            if names:
                place = names.most_common(1)[0][0]
                loc = next(x for x in fact if x.place == place)
                return self._event_place(loc)
        return None

"""Turn the numbers of a sentence into the figures of a record.

A number becomes a figure by the words next to it: the noun it counts and the verb
that says what happened to them ("two police officers were killed", "detuvieron a
tres personas", "over 450 agents and troops"). An explicit none ("no
arrests", "sin detenidos") comes from the annotator as a number of value 0.

Headlines often state a count without a numeral, and the labelling conventions count
them ("a single named victim counts 1"): an indefinite article before a person ("asesinan
a un hombre", "deja un muerto", "a man was shot dead"), a singular object of a verb of
killing or arrest ("ejecutan a comerciante", "capturan a 'El Chapo'") and nouns that
mean exactly two ("a pareja", "padre e hijo"). Plurals without a number ("hermanos",
"familia", "decenas") stay null. Counts joined by "y"/"and" under one verb are summed
("asesinan a 4 mujeres y un hombre" is 5).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from hito.geo.normalize import norm
from hito.geo.toponyms import person_names
from hito.models import DrugSeizure, NumberMention, Sentence
from hito.nlp.date_words import WEEKDAYS, alternation
from hito.nlp.number_words import LEXICONS, counting_words

_NUMBER_WORDS = {
    w for lexicon in LEXICONS.values() for w, word in lexicon.items() if word.kind != "article"
}

# Words between a number and its noun; a conjunction starts another phrase ("matan a un
# hombre y dejan herido a su hijo": the man is not the one wounded).
# Nor does another number: "asesinan a 3 adultos, hay nueve detenidos".
_GAP = (
    # An age is no count of its own: "a 19-year-old student was killed".
    r"(?:(?:\d+-years?-old|(?!(?:y|e|and|or|o|que|but|pero|hay|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")\s)(?![\d])[\w,'’-]+)\s+){0,%d}?"
)


# Two participles under one count say both happened to the same people: "dos personas
# maniatadas y asesinadas", "three men beaten and killed".
# English irregular participles too: "two men were shot and killed".
_PARTICIPLE_AND = (
    r"(?:[^\W\d_]+(?:ad|id)[oa]s?|[^\W\d_]+ed|shot|beaten|hit|struck|run\s+over|bitten|cut)"
    r"\s+(?:y|e|and)\s+"
)


# English joins two modifiers of one noun with "and": "60 municipal and state officers",
# "2,000 navy and marine troops" are one count of personnel, not a count cut off by "and".
_JOINED_MODIFIER = r"(?:(?-i:[a-z][a-z-]*)\s+and\s+)?"


def _after(words: str, gap: int = 3, joined_modifier: bool = False) -> re.Pattern[str]:
    return re.compile(
        r"^\s*(?:more\s+)?"
        + (_JOINED_MODIFIER if joined_modifier else "")
        + (_GAP % gap)
        + r"(?:"
        + _PARTICIPLE_AND
        + r")?[\"'‘“«]?(?:"
        + words
        + r")\b",
        re.IGNORECASE,
    )


# Who a count can be of. A number right before one of these counts something else
# ("22 años", "9 disparos", "2 casas incendiadas"), whatever verb follows.
_NOT_PEOPLE = re.compile(
    r"^\s*(?:a[nñ]os|meses|d[ií]as|horas|minutos|semanas|metros|kil[oó]metros|km|kilos?|gramos|toneladas"
    r"|pesos|d[oó]lares|balazos|disparos|tiros|impactos|pu[nñ]aladas|machetazos|casquillos|cartuchos"
    r"|cargadores|veh[ií]culos|autos|carros|camionetas|motos|motocicletas|casas|viviendas|inmuebles"
    r"|negocios|comercios|ataques|agresiones|hechos|eventos|puntos|lugares|sitios|fosas|bolsas|colonias"
    r"|municipios|estados|ocasiones|veces|horas|years|months|days|hours|minutes|weeks|miles|kilometers"
    r"|rounds|shots|bullets|vehicles|cars|trucks|houses|homes|attacks|incidents|times|percent|por ciento|%"
    r"|cases|casos|-years?-old"
    # "300 families", "300 familias": families are no count of people (labelling conventions).
    r"|families|familias"
    # Orders and warrants carried out ("tras cumplir dos órdenes de cateo", "executed four
    # search warrants") are no people killed or held.
    r"|[oó]rdenes|cateos|allanamientos|(?:search |arrest )?warrants|orders)\b",
    re.IGNORECASE,
)
# Nouns for people, used where no verb or figure noun says it: "un hombre", "a soldier".
_PERSON = (
    r"hombres?|mujer(?:es)?|j[oó]ven(?:es)?|menor(?:es)?|personas?|sujetos?|individuos?|masculinos?|femeninos?"
    r"|var[oó]n(?:es)?|adolescentes?|ni[nñ][oa]s?|bebés?|ancian[oa]s?|adult[oa]s?(?: mayor(?:es)?)?|polic[ií]as?"
    r"|agentes?|militar(?:es)?|soldados?|elementos?|marinos?|guardias?|custodios?|taxistas?|choferes?|chofer"
    r"|conductor(?:es|as?)?|comerciantes?|empresari[oa]s?|periodistas?|reporter[oa]s?|migrantes?|reos?|internos?"
    r"|presos?|delincuentes?|sicarios?|narcomenudistas?|criminales?|ladr[oó]n(?:es)?|asaltantes?|secuestradores?"
    r"|maleantes?|homicidas?"
    r"|extorsionador(?:es|as?)?|pistoleros?|implicad[oa]s?|sospechos[oa]s?|responsables?|integrantes?|miembros?"
    r"|motociclistas?|estudiantes?|maestr[oa]s?|doctor(?:es|as?)?|m[eé]dic[oa]s?|abogad[oa]s?|alcaldes?|regidor(?:es|as?)?"
    r"|funcionari[oa]s?|exfuncionari[oa]s?|ex\w+|comandantes?|director(?:es|as?)?|l[ií]der(?:es)?|jef[ea]s?|pareja|padre|madre"
    r"|hij[oa]s?|herman[oa]s?|espos[oa]s?|novi[oa]s?|t[ií][oa]s?|sobrin[oa]s?|vecin[oa]s?|due[nñ][oa]s?|encargad[oa]s?"
    r"|empleados?|trabajador(?:es|as?)?|campesinos?|ganaderos?|transportistas?|repartidor(?:es|as?)?|albañil(?:es)?"
    r"|mec[aá]nicos?|activistas?|defensor(?:es|as?)?|candidat[oa]s?|p[aá]rrocos?|sacerdotes?|pastor(?:es)?|turistas?"
    r"|tatuador(?:es)?|vendedor(?:es|as?)?|jornaleros?|pollero?s?|coyotes?|narcos?|halcones?|puchadores?|ratas?"
    r"|transe[uú]ntes?|peatones?|ciclistas?|velador(?:es|as?)?|taquer[oa]s?|pepenador(?:es|as?)?|pacientes?"
    r"|men|man|wom[ae]n|persons?|people|youths?|civilians?|officers?|policem[ae]n|soldiers?|troops?|agents?|guards?"
    r"|journalists?|migrants?|teenagers?|boys?|girls?|child(?:ren)?|suspects?|gunm[ae]n|members?|students?"
    r"|drivers?|farmers?|residents?|villagers?|workers?|prisoners?|inmates?|individuals?|militants?|fighters?"
    r"|rebels?|insurgents?|smugglers?|traffickers?|teachers?|priests?|peasants?|leaders?|mayors?|judges?"
    r"|bodyguards?|officials?|employees?|politicians?|candidates?|businessm[ae]n|lawyers?|guerrillas?"
    # Roles a report gives a single victim: "a local drug boss", "a former police chief".
    r"|bosses|boss|chiefs?|businesswom[ae]n|shopkeepers?|merchants?|traders?|vendors?|commanders?|kingpins?"
)
# English stacks modifiers before the person: "a local drug boss", "a former police chief";
# two at most, and none that starts a phrase of its own ("a group of men").
_ENGLISH_MODIFIED_PERSON = re.compile(
    r"^\s*(?:(?!(?:of|and|or|in|on|at|to|with|by|for|from|who|that|the)\b)[\w-]+\s+){1,2}(?:"
    + _PERSON
    + r")\b",
    re.IGNORECASE,
)
_PERSON_RE = re.compile(
    r"^\s*(?:(?:presunt|supuest|probabl|posibl|otr|joven|j[oó]ven)\w*\s+)?(?:" + _PERSON + r")\b",
    re.IGNORECASE,
)

_KILLED_NOUNS = (
    r"dead|deaths|bodies|fatalities|corpses|muert[oa]s?|fallecid[oa]s?|cad[aá]ver(?:es)?|cuerpos?(?! de seguridad| polic)"
    r"|ejecutad[oa]s?|asesinad[oa]s?|v[ií]ctimas? mortal(?:es)?|personas? sin vida|sin vida|occis[oa]s?"
    r"|embolsad[oa]s?|encobijad[oa]s?|encajuelad[oa]s?|ultimad[oa]s?|acribillad[oa]s?|abatid[oa]s?"
    r"|decapitad[oa]s?|degollad[oa]s?|descuartizad[oa]s?|desmembrad[oa]s?|osamentas?|cr[aá]neos"
    # Burnt people, not burnt cars: "cinco personas calcinadas".
    r"|(?:personas?|hombres?|mujer(?:es)?|cuerpos?) (?:calcinad|carbonizad)[oa]s?"
)
_KILLED_VERBS = (
    r"(?:were |was |have been |had been |are |is )?(?:killed|shot dead|murdered|slain|executed|died|gunned down"
    r"|massacred|found dead|perished|succumbed|lost (?:his|her|their) li(?:fe|ves)"
    r"|fell to (?:the )?(?:[\w-]+ )?bullets)"
    r"|murieron|muri[oó]|mueren?|pierden? la vida|perdieron la vida|perdi[oó] la vida|fallec(?:e|en|i[oó]|ieron)"
    r"|(?:fue|fueron|es|son|resultaron|result[oó]) (?:asesinad|ejecutad|ultimad|acribillad)[oa]s?"
    r"|privad[oa]s? de la vida|(?:son|fueron|han sido) (?:localizad|hallad|encontrad)[oa]s (?:sin vida|muert[oa]s)"
)
_INJURED = r"injured|wounded|hurt|herid[oa]s?|lesionad[oa]s?"
_ARRESTED = (
    r"arrests|arrested|detained|detainees|apprehended|captured|taken into custody"
    r"|picked up|rounded up|nabbed|booked (?:for|under)|(?:were|was|have been|had been) held by"
    r"|detenid[oa]s?|capturad[oa]s?|aprehendid[oa]s?|arrestad[oa]s?|detenciones|capturas"
    r"|vinculad[oa]s? a proceso|consignad[oa]s?|(?:son|fueron|han sido) asegurad[oa]s"
)
_WEAPONS = (
    r"firearms|weapons|guns|rifles|assault rifles|pistols|handguns|shotguns|grenades"
    r"|armas(?: de fuego| largas| cortas)?|fusiles|pistolas|escopetas|ametralladoras|granadas"
    r"|subametralladoras|lanzagranadas|carabinas|rev[oó]lveres|grenade launchers|submachine guns"
)
_DISPLACED = r"displaced|fled|flee|fleeing|desplazad[oa]s|huyeron|refugiad[oa]s|were forced to flee"
_PERSONNEL = (
    r"police|policemen|officers|soldiers|troops|agents|personnel|guardsmen|marines|members of"
    r"|elementos|polic[ií]as|soldados|militares|efectivos|agentes|uniformados|guardias|marinos"
)

# Verbs whose object ("a dos", "a un hombre") is the people killed or arrested, in the
# tenses and persons headlines use.
_KILL_VERB = (
    r"killed|killing|murdered|murdering|assassinating|slaying|shot dead|executed|gunned down"
    r"|massacred|massacring"
    # The gerund after the act tells its toll: "atacaron el bar, matando a dos".
    r"|matando|asesinando|ejecutando|acribillando"
    r"|dej[oó]|dejan?|dejaron"
    r"|asesin(?:an?|aron|ó|ar)|mat(?:an?|aron|ó|ar)|ejecut(?:an?|aron|ó|ar)|ultim(?:an?|aron|ó|ar)"
    r"|acribill(?:an?|aron|ó|ar)|abat(?:en?|ieron|i[oó]|ir)|aniquil(?:an?|aron|ó)|liquid(?:an?|aron|ó)"
    r"|ejecutan|degoll(?:an?|aron|ó)|degüell(?:an?)|decapit(?:an?|aron|ó)|estrangul(?:an?|aron|ó)"
    r"|(?:privan?|privaron|priv[oó]|quit(?:an?|aron|ó)) (?:de )?la vida|(?:dan|dieron|da|dio) muerte"
    r"|(?:hallan|hallaron|encuentran|encontraron|localizan|localizaron|reportan) (?:muert[oa]s?|sin vida"
    r"|asesinad[oa]s?|ejecutad[oa]s?|calcinad[oa]s?)"
    r"|muere|muri[oó]|mueren|murieron|fallecen|fallecieron|(?:fueron|son|han sido) (?:asesinad|ejecutad|ultimad)[oa]s"
    r"|restos(?: humanos| [oó]seos)? de|bodies of|the bodies of|(?:cuerpos?|cad[aá]ver(?:es)?)(?: sin vida| \w+)? de"
    r"|(?:cobr(?:a|an|[oó]|aron)|arrebat(?:a|an|[oó]|aron)|arranc(?:a|an|[oó]|aron)|cort(?:a|an|[oó]|aron))"
    # "le arrebatan la vida a 'El Wilo'": the "a" stays with the person it marks.
    r" la vida(?: de|(?= al? ))|calcin(?:an?|aron|[oó])|linch(?:an?|aron|[oó])"
    # Headline idioms for a killing: "terminan con la existencia de", "masacran a".
    r"|(?:termin(?:an?|aron|[oó])|acab(?:an?|aron|[oó])) con la (?:vida|existencia) de"
    r"|masacr(?:an?|aron|[oó])|asfixi(?:an?|aron|[oó])"
)
_ARREST_VERB = (
    r"(?:captura|detenci[oó]n|aprehensi[oó]n|arresto)s? de|(?:capturas|detenciones|aprehensiones) de"
    # "the arrests of 30 members", "the capture of two leaders": the arrest named as a noun.
    r"|(?:arrests?|captures?|detentions?|apprehensions?) of"
    r"|arrested|detained|apprehended|captured"
    r"|arrest(?:ing)?|detain(?:ing)?|captur[oó]|apres(?:an?|aron|[oó])"
    r"|det(?:ienen?|uvieron|uvo|ener)|captur(?:an?|aron|ó|ar)|aprehend(?:en?|ieron|i[oó]|er)"
    r"|arrest(?:an?|aron|ó|ar)|atrap(?:an?|aron|ó)|vincul(?:an?|aron|ó) (?:otra vez |de nuevo |nuevamente )?a proceso|consign(?:an?|aron|ó)"
    r"|logr\w* vincular|(?:ayud|permit|logr)\w* (?:a )?(?:detener|capturar|aprehender|arrestar)"
    r"|agarr(?:an?|aron|ó)|asegur(?:an?|aron|ó)|sorprend(?:en?|ieron|i[oó])|se detuvo|encarcel(?:an?|aron|ó)|(?:(?:ponen|pusieron) )?tras las rejas|(?:ha|han|hab[ií]an?) (?:detenido|capturado|arrestado|aprehendido)|(?:fueron|son|han sido) (?:detenid|capturad|aprehendid|arrestad)[oa]s"
)
# Subjects of an intransitive arrest: "caen dos 'puchadores'".
_FALL = r"caen?|cayeron|cay[oó]"

# "Intentan asesinar a", "para evitar que maten a": the act did not happen.
_ATTEMPT = re.compile(
    r"\b(?:intent\w*|tentativa|pretend\w*|planea\w*|evitar|evitan|evit[oó]|frustr\w*|attempted|tried to|plotted"
    r"|amenaz\w*|threaten\w*)\s+(?:de\s+)?(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)

# "No one" and "sin que se reportaran" go whole: the "one" left behind would read as a count
# of one, and a "que" left behind stops the search for the noun.
_NEGATION = re.compile(
    r"^(?:no\s+one|sin\s+que\s+(?:hubiera|se\s+\w+)|no|sin|ning[uú]n[oa]?|zero|ni (?:un|una|uno))\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Figure:
    field: str
    value: int
    start: int  # offset inside the sentence
    # "was killed along with ten others": the count takes in a person told alone elsewhere.
    with_others: bool = False
    # "acusados del asesinato de dos migrantes": the dead of a killing someone is charged
    # with, the killing's figure and not the arrest's.
    charged: bool = False
    # "were detained" with no number: someone was held, how many the text tells elsewhere.
    at_least: bool = False


def _local_span(sentence: Sentence, number: NumberMention) -> tuple[int, int]:
    """Mention offsets are offsets into the report; figures work inside the sentence."""
    return number.start - sentence.start, number.end - sentence.start


_VERB_CUES: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("killed", re.compile(r"\b(?:" + _KILL_VERB + r")\b", re.IGNORECASE), 6),
    (
        "injured",
        re.compile(
            r"\b(?:injured|injuring|wounded|wounding|hiri[oó]|hieren|hirieron|hiriendo"
            r"|lesion(?:[oó]|an|aron|ando))\b",
            re.IGNORECASE,
        ),
        2,
    ),
    ("arrested", re.compile(r"\b(?:" + _ARREST_VERB + r"|" + _FALL + r")\b", re.IGNORECASE), 9),
    # A participle first names the figure of the number right after it: "Detenidas 65 personas".
    (
        "arrested",
        re.compile(
            r"\b(?:detenid|capturad|aprehendid)[oa]s\b|\bvinculad[oa]s a proceso"
            r"|\bvinculaci[oó]n a proceso (?:a|contra|de|para)|\bvincul(?:an|aron|ó|a|ar) a",
            re.IGNORECASE,
        ),
        0,
    ),
    ("killed", re.compile(r"\b(?:asesinad|ejecutad)[oa]s\b", re.IGNORECASE), 0),
    (
        "displaced",
        re.compile(r"\b(?:displaced|displacing|desplaz(?:[oó]|an|aron))\b", re.IGNORECASE),
        1,
    ),
)
_NOUN_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("killed", _after(_KILLED_NOUNS, 2)),
    ("killed", _after(_KILLED_VERBS, 3)),
    ("injured", _after(_INJURED, 3)),
    ("arrested", _after(_ARRESTED, 4)),
    ("weapons_seized", _after(_WEAPONS, 2)),
    ("displaced", _after(_DISPLACED, 3)),
    ("personnel", _after(_PERSONNEL, 2, joined_modifier=True)),
)
_SUBJECT_JOIN = re.compile(r"(?:y|e|[\w'’.-]+,)\s+", re.IGNORECASE)
_A_WORD = re.compile(r"\s(?:a|al)\s", re.IGNORECASE)
_COUNT_WORD = re.compile(
    r"\d|\b(?:un|una|uno|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_GAP_WORD = re.compile(r"(?!(?:y|e|and|or|o|que|but|pero)\s)[\w'’.\"“”-]+\s+", re.IGNORECASE)
# The act's time or place set off by commas between a verb and its count: "detained on
# Monday, in Tapachula, 40 migrants", "mataron el domingo, en Tepic, a cuatro". A day of the
# week or a capitalised name, so a lower-case clause between commas still ends the reach.
_SETTING_GAP = re.compile(
    r",?\s*(?i:on|in|at|near|last|this|el|este|esta|en)\s+"
    r"(?:(?i:"
    + alternation({**WEEKDAYS["en"], **WEEKDAYS["es"]})
    # Names are whole words apart, by a space or a comma: a name must not split inside a
    # word, or a line in capitals backtracks without end.
    + r")|[A-ZÁÉÍÓÚÑ][\w-]*(?:(?:\s*,\s*|\s+)[A-ZÁÉÍÓÚÑ][\w-]*)*)\s*,\s+"
)
_TAIL = re.compile(
    r"(?:at least |al menos |some |unos |unas |about |around |more than |m[aá]s de |a |al |otr[oa]s "
    r"|between |entre )*$",
    re.IGNORECASE,
)
# Clause breaks: a verb before one of these does not govern a number after it.
_CLAUSE_BREAK = re.compile(r"[;:.!?¡¿|(){}\[\]]|\s[-–—]\s")


_GAP_NUMBER = re.compile(
    r"\d+|"
    + "|".join(
        sorted(_NUMBER_WORDS - {"un", "una", "uno", "a", "an", "one"}, key=len, reverse=True)
    ),
    re.IGNORECASE,
)


# Spanish marks a person object with "a": past a subject or a manner ("detiene la SSP a
# tres", "asesinan a balazos a dos") the number must follow it, or it is some other
# object ("detienen a 3 homicidas de un taxista", "aseguran cinco armas").
_PERSONAL_A = re.compile(
    r"(?:^|\s)(?:a|al)\s+(?:al menos |unos |unas |otr[oa]s |m[aá]s de |un total de |los |las |sus )?$",
    re.IGNORECASE,
)
# A Spanish infinitive in the gap starts another act: "arrestan a hombre por balacear a tres".
_INFINITIVE = re.compile(
    r"(?!(?:lugar|hogar|mujer|taller|militar|familiar|particular|celular|bar|mar|par|menor|mayor|morir"
    r"|irregular|regular|popular|similar|titular|escolar|nuclear|auxiliar)\b)"
    r"[^\W\d_]{2,}(?:ar|er|ir)\s+$",
    re.IGNORECASE,
)
# Verbs that take things as often as people ("aseguran cinco armas", "sorprende la lluvia")
# count only after "a".
_NEEDS_A = re.compile(r"^(?:asegur|sorprend)", re.IGNORECASE)


# Verbs whose count is their subject, which may follow them: "muere a balazos un joven".
_INTRANSITIVE = re.compile(r"^(?:muere|muri[oó]|mueren|murieron|fallec|caen?\b|cay)", re.IGNORECASE)
_FINAL_A = re.compile(r"(?:^|\s)(?:a|al)\s+(?:\S+\s+)?$", re.IGNORECASE)
_OBJECT_GIVEN = re.compile(
    r"(?:^|\s)(?:a|al)\s+(?!(?:\w+azos|balazos|tiros|golpes|pu[nñ]aladas|machetazos|pedradas|quemarropa|mansalva"
    r"|sangre|plena)\b)\S",
    re.IGNORECASE,
)


# The agent of a passive: "was killed by three gunmen", "were arrested by 40 soldiers".
_PASSIVE_AGENT = re.compile(r"by\s", re.IGNORECASE)


def _verb_cue(
    before: str, spanish: bool, person_follows: bool = False
) -> tuple[str, int, bool] | None:
    """The figure of the nearest verb before the number whose object it is: (figure,
    distance, whether the number is its direct object)."""
    best: tuple[str, int, bool] | None = None
    for field, verb, gap in _VERB_CUES:
        for m in verb.finditer(before):
            rest = before[m.end() :]
            if _CLAUSE_BREAK.search(rest) or _ATTEMPT.search(before[: m.start()]):
                continue
            rest = rest.lstrip()
            if _PASSIVE_AGENT.match(rest):
                continue  # "was killed by three gunmen": those three did it
            words = 0
            pos = 0
            joined = False
            while not _TAIL.fullmatch(rest, pos) and words < gap:
                w = _SETTING_GAP.match(rest, pos) or _GAP_WORD.match(rest, pos)
                if (
                    w is None
                    and spanish
                    and field == "arrested"
                    and not _A_WORD.search(" " + rest[:pos])
                    and not _COUNT_WORD.search(rest[:pos])
                ):
                    # Before the object, "y" and a comma join agencies or places: "detienen
                    # SSPE y SEDENA a dos", "detienen en Uruapan, Michoacán a tres". After a
                    # count they start another phrase: "dejan cuatro muertos y una mujer...".
                    w = _SUBJECT_JOIN.match(rest, pos)
                    joined = w is not None
                # Another count of people in the gap was the verb's own: "caen tres
                # asaltantes de un hombre" arrests three, not the man ("de tres balazos a un
                # hombre" counts shots, and goes on).
                if (
                    w is None
                    or (spanish and _INFINITIVE.match(w.group()))
                    or (
                        _GAP_NUMBER.fullmatch(w.group().strip())
                        and not _NOT_PEOPLE.match(rest[w.end() :])
                    )
                ):
                    break
                pos = w.end()
                words += 1
            if not _TAIL.fullmatch(rest, pos):
                continue
            personal = bool(_PERSONAL_A.search(" " + rest))
            # Headlines drop the "a" before a person ("detiene SSPE un presunto narcomenudista"),
            # unless an object already came ("detienen a 3 homicidas de un taxista").
            loose = _INTRANSITIVE.match(m.group()) or (
                person_follows
                and not _OBJECT_GIVEN.search(" " + rest)
                and not _NEEDS_A.match(m.group())
            )
            if spanish and (words or _NEEDS_A.match(m.group())) and not personal and not loose:
                continue
            if joined and not personal:
                continue  # the joined subjects need the "a" of the object after them
            # The verb already had its person object: "detienen a 4 por robo a un hombre".
            if (
                spanish
                and words
                and _OBJECT_GIVEN.search(" " + _FINAL_A.sub("", rest))
                and not _INTRANSITIVE.match(m.group())
            ):
                continue
            distance = len(before) - m.end()
            direct = words == 0 or personal
            if best is None or distance < best[1]:
                best = (field, distance, direct)
    return best


# A count on the subject of an active killing counts the attackers, not the dead: "two
# gunmen shot dead his brother", "three men killed four officers". The verb has no auxiliary
# before it and an object after it; a headline passive ("two gunmen killed in a shootout",
# "three killed a day after the vote") keeps its count.
_ACTIVE_KILLING = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bare )(?<!\bis )"
    r"\b(?:killed|shot dead|murdered|executed|gunned down|massacred)$",
    re.IGNORECASE,
)
_EN_COUNT_WORDS = "|".join(
    w for w, x in LEXICONS["en"].items() if x.kind in ("unit", "tens") and x.value
)
_KILLING_OBJECT = re.compile(
    r"^\s+(?!(?:a|an|the|this|that|one)\s+(?:day|week|month|year|night|morning|afternoon|evening"
    r"|weekend|hour|few)\b)"
    rf"(?:a|an|the|his|her|their|its|him|them|{_EN_COUNT_WORDS}"
    r"|several|dozens|scores|at least|more than|\d+)\b",
    re.IGNORECASE,
)


def _noun_cue(after: str) -> tuple[str, int] | None:
    """The figure of the nearest noun or verb after the number; what happened to people
    (killed, injured, arrested, displaced) before who they were or what was taken."""
    best: tuple[str, int] | None = None
    for field, rule in _NOUN_CUES:
        m = rule.search(after[:80])
        if m is None:
            continue
        if (
            field == "killed"
            and _ACTIVE_KILLING.search(m.group())
            and _KILLING_OBJECT.match(after[m.end() :])
        ):
            continue
        if (
            best is None
            or (field in _SECONDARY) < (best[0] in _SECONDARY)
            or ((field in _SECONDARY) == (best[0] in _SECONDARY) and m.end() < best[1])
        ):
            best = (field, m.end())
    return best


_SECONDARY = ("weapons_seized", "personnel")


# A running total is no incident's figure ("van 245 mujeres asesinadas en 2022"), and a
# part of a group already counted adds no one ("tres muertos, uno de ellos decapitado").
_TALLY = re.compile(
    r"\b(?:van|suman|suma|sumaron|acumula|acumulan|acumul[oó]|ya son|son ya|total de|toll (?:rose|rises|climbed) to"
    r"|brings? the (?:death )?toll to)\s+(?:m[aá]s de\s+|al menos\s+)?$",
    re.IGNORECASE,
)
# A period after the total makes it a statistic: "van 245 mujeres asesinadas en 2022".
_PERIOD = re.compile(
    r"\ben (?:el |lo que va (?:del?|de este) )?(?:a[nñ]o|sexenio|19\d\d|20\d\d)\b|\beste a[nñ]o\b"
    r"|\bthis year\b|\bso far\b",
    re.IGNORECASE,
)
# "dos heridos, uno de ellos murió": a part with a verb of its own says how many of them.
_PART_DIED = _after(_KILLED_VERBS, 4)
_HOMICIDE = re.compile(r"^\s+(?:homicidios?|asesinatos?)\b", re.IGNORECASE)
_HOMICIDE_CHARGE = re.compile(
    r"\b(?:acusad\w*|acusaci\w+|responsables?|autor(?:es|a)?|señalad\w*|implicad\w*|involucrad\w*"
    r"|vinculad\w*|sentenciad\w*|cometid[oa]s?|por)\b(?:\s+\S+){0,5}\s*$",
    re.IGNORECASE,
)
_VICTIMS = re.compile(
    r"^\s+v[ií]ctimas?\b(?!\s+(?:de|del|por|herid|lesionad|sobreviv|rescatad|liberad))",
    re.IGNORECASE,
)
_GUNFIRE = re.compile(
    r"\barmas? de fuego|\bataques? armados?|\bagresi[oó]n armada|\bbalacera|\bbale[aó]|\bbalace|\bdispar"
    r"|\btiroteo|\bfuego cruzado|\ba balazos|\ba tiros|\bataques?\b",
    re.IGNORECASE,
)
_DEAD_BEFORE = re.compile(r"muert|sin vida|asesinad|ejecutad|fallecid", re.IGNORECASE)


def _shooting_victims(text: str, start: int, after: str) -> bool:
    """ "Una víctima" of a shooting, unless the dead were counted before ("deja dos muertos;
    una víctima estaba embarazada" is one of them)."""
    return bool(
        _VICTIMS.match(after) and _GUNFIRE.search(text) and not _DEAD_BEFORE.search(text[:start])
    )


_APPOSITION_BEFORE = re.compile(r"\b[A-ZÁÉÍÓÚÑ][^\W\d_]+,\s*$")
_APPOSITION_AFTER = re.compile(r"\s*,\s+(?!(?:and|or|y|o)\b)")
_EARLIER_COUNT = re.compile(
    r"(?<![\w-])\d+(?![\w-])|\b(?:"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# Part of a group ("uno de ellos", "dos de los detenidos") adds no one to a count before it.
_PART = re.compile(
    r"^\s+(?:de\s+(?:ellos|ellas|los|las|estos|estas)\b|of (?:them|whom|the)\b)", re.I
)


# Bags of human remains count one victim each, as monitors count them: "hallan tres bolsas
# con restos humanos".
_BAGS_OF_REMAINS = re.compile(
    r"^\s+bolsas?\s+(?:[\w-]+\s+)?con\s+restos\s+(?:humanos|de\s+personas)\b", re.IGNORECASE
)


# One act's toll brought up to date is its figure, not a statistic: "asciende a 5 el número
# de muertos tras el ataque" (`TOLL_UPDATE`).
_TOLL_VERB = r"(?:aumenta|asciende|sube|llega|se eleva)n?\s+a\s+"
_TOLL_NOUN = (
    r"(?:el n[uú]mero|la cifra) de (?:muertos|fallecidos|v[ií]ctimas(?: mortales)?"
    r"|personas (?:muertas|fallecidas|asesinadas))"
    r"\s+(?:tras|por|en|durante|del|de la|de los)\s+(?:el |la |un |una |los |las )?"
    r"(?:ataques?|enfrentamientos?|balaceras?|masacres?|agresi[oó]n(?:es)?|tiroteos?|atentados?|emboscadas?"
    r"|ri[nñ]as?|explosi[oó]n|motines?|linchamientos?)\b"
)
TOLL_UPDATE = re.compile(r"\b" + _TOLL_VERB + r"(?:\d+|[^\W\d_]+)\s+" + _TOLL_NOUN, re.IGNORECASE)
_TOLL_BEFORE = re.compile(r"\b" + _TOLL_VERB + r"$", re.IGNORECASE)
_TOLL_AFTER = re.compile(r"^\s+" + _TOLL_NOUN, re.IGNORECASE)

# A headline that opens on a singular "Cae" with no one named is one arrest: "Cae con droga
# en Tepic", "Cae luego de un año prófugo".
_FALLS_ALONE = re.compile(
    r"(?:^|[:;¡]\s*)ca(?:e|y[oó])\s+(?:(?:luego|despu[eé]s)\s+de|tras|con)\b", re.IGNORECASE
)


# Warrants served are arrests: "cumple la FGE cuatro órdenes de aprehensión".
_WARRANTS_AFTER = re.compile(
    r"^\s+[oó]rden(?:es)? de (?:re)?(?:aprehensi[oó]n|captura|arresto)\b", re.IGNORECASE
)
_SERVED_BEFORE = re.compile(r"\bcumpl\w*\s+(?:[\w.-]+\s+){0,3}$", re.IGNORECASE)
_SERVED_AGAINST = re.compile(
    r"\bcumpl\w*\s+(?:[\w.-]+\s+){0,3}?(?:una\s+|la\s+)?[oó]rden(?:es)? de (?:re)?(?:aprehensi[oó]n|captura"
    r"|arresto)\s+(?:en\s+)?contra\s+(?:de\s+)?$",
    re.IGNORECASE,
)
_ONE_WARRANT = re.compile(
    r"\bcumpl(?:e|en|i[oó]|ieron|iment(?:a|an|[oó]|aron))\s+(?:[\w.-]+\s+){0,3}?(?:una\s+|la\s+)?"
    r"[oó]rden de (?:re)?(?:aprehensi[oó]n|captura|arresto)\b"
    # Not when the warrant names how many: "orden de aprehensión contra tres hombres".
    rf"(?!\s+(?:en\s+)?contra\s+(?:de\s+)?(?:\d|{counting_words('es', 2, 10)}|los|las|sus)\b)",
    re.IGNORECASE,
)


# A count that opens a subject named at length, then the passive that tells what befell them:
# "Eight suspected members of a gang were arrested", "Seis elementos de la policía municipal
# fueron detenidos", "Fourteen men between 20 and 45 years of age were arrested".
_LONG_SUBJECT_PASSIVE = re.compile(
    r"^\s+(?:(?:presunt|supuest|alleged|suspected|probabl)\w*\s+)?(?:" + _PERSON + r")\s+"
    r"(?:(?:of|de|del)\s+(?:(?!(?:and|y|e|o|or|que|who|which|quienes|cuando|when)\s)[\w'’.-]+\s+){1,6}?"
    r"|(?:between|de entre|entre)\s+\d+\s+(?:and|y)\s+\d+\s+(?:years(?: of age| old)?|a[nñ]os(?: de edad)?)\s+)"
    r"(?:were|have been|had been|fueron|han sido|resultaron)\s+"
    r"(?:(?P<killed>killed|murdered|slain|executed|shot dead|gunned down|asesinad[oa]s|ejecutad[oa]s"
    r"|ultimad[oa]s|abatid[oa]s)|(?P<injured>injured|wounded|herid[oa]s|lesionad[oa]s)"
    r"|arrested|detained|captured|apprehended|detenid[oa]s|capturad[oa]s|aprehendid[oa]s|arrestad[oa]s)\b",
    re.IGNORECASE,
)


# "none of the ...", "ninguno de los ...": a none of a group named after it.
_NONE_OF = re.compile(
    r"^\s*(?:none\s+)?(?:of|de)\s+(?:the|these|those|them|los|las|estos|estas|ellos|ellas)\b",
    re.IGNORECASE,
)
_PART_VERB = re.compile(
    r"\b(?:was|were|is|are|has been|have been|had been|fue|fueron|era|eran|es|son|ha sido|han sido"
    r"|result[oó]|resultaron|died|muri[oó]|murieron)\b",
    re.IGNORECASE,
)


# Verbs and nouns of taking, holding, freeing or killing people: a personnel noun after them
# counts victims. A deployment verb in the gap starts another clause ("tras el secuestro
# de un alcalde, el gobierno envió 300 agentes").
_HELD = re.compile(
    r"\b(?:retuv\w*|reten\w*|retien\w*|secuestr\w*|plagi\w*|privaron de la libertad|liber[aó]\w*"
    r"|rescat\w*|desarm\w*|emboscad\w*|asesinato|homicidio|masacre|ejecuci[oó]n"
    r"|held|holding|kidnap\w*|abduct\w*|freed|released|rescued|disarmed|ambushed|murder|killing)"
    r"\s+(?:(?!(?:sent|deployed|dispatched|envi\w*|despleg\w*|lleg\w*|arrib\w*|mand\w*)\b)"
    r"[\w'’.-]+\s+){0,5}$",
    re.IGNORECASE,
)
_PATROL_CARS = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:police|military|army)\s+(?:patrols|patrol cars|vehicles|trucks)\b",
    re.IGNORECASE,
)


def classify_number(
    text: str, start: int, end: int, zero: bool, spanish: bool | None = None
) -> str | None:
    """Which figure (killed, arrested, personnel...) the number at text[start:end] counts."""
    if spanish is None:
        spanish = _is_spanish(text)
    if not zero and (
        (_WARRANTS_AFTER.match(text[end:]) and _SERVED_BEFORE.search(text[:start]))
        or _SERVED_AGAINST.search(text[max(0, start - 80) : start])
    ):
        return "arrested"
    if not zero and _TOLL_BEFORE.search(text[:start]) and _TOLL_AFTER.match(text[end:]):
        return "killed"
    if zero:
        # "no arrests": the noun sits inside the mention itself.
        after = " " + _NEGATION.sub("", text[start:], count=1)
        part = _NONE_OF.match(after)
        if part:
            # "None of the slain guards were locals": the participle only says who
            # they were; a none counts only what its own verb denies ("none of the passengers
            # were injured").
            predicate = _PART_VERB.search(after, part.end())
            if predicate is None:
                return None
            after = " " + after[predicate.start() :]
        noun = _noun_cue(after)
        return noun[0] if noun else None
    after = text[end:]
    if _BAGS_OF_REMAINS.match(after):
        return "killed"
    if _NOT_PEOPLE.match(after):
        noun = _noun_cue(after)
        return "weapons_seized" if noun and noun[0] == "weapons_seized" else None
    before = text[max(0, start - 60) : start]
    if _TALLY.search(before) and _PERIOD.search(after[:80]):
        return None
    subject = _LONG_SUBJECT_PASSIVE.match(after)
    if subject and _verb_cue(before, spanish, True) is None:
        if subject.group("killed"):
            return "killed"
        return "injured" if subject.group("injured") else "arrested"
    if (
        _APPOSITION_BEFORE.search(before)
        and _APPOSITION_AFTER.match(after)
        and re.fullmatch(r"[1-9]\d", text[start:end])
    ):
        # "Rodrigo Paz, 65, was killed": an age set off by commas after a name.
        return None
    noun = _noun_cue(after)
    verb = _verb_cue(before, spanish, bool(_PERSON_RE.match(after)))
    if (
        _PART.match(after)
        and _EARLIER_COUNT.search(text[:start])
        and not (verb and verb[2])
        and not _PART_DIED.match(after)
    ):
        # "tres muertos, uno de ellos decapitado": the three already count this one. The
        # object of a verb is a count of its own: "killed one of them".
        return None
    if noun is None and _HOMICIDE.match(after) and not _HOMICIDE_CHARGE.search(before):
        # "un homicidio", "dos asesinatos": the count of killings, unless it is a charge
        # ("acusados de un homicidio").
        noun = ("killed", 0)
    if noun is None and spanish and _shooting_victims(text, start, after):
        # "agresión con arma de fuego deja saldo de una víctima", "tres víctimas tras ataque
        # armado": the victims of a shooting, set apart from its wounded, are its dead.
        noun = ("killed", 0)
    nominal = _KILLING_NOUN.search(before)
    # The killing named right before the number is its nearest cue, even where a verb
    # further back reaches it through a gap: "the killing of a former police chief".
    if (verb is None or not verb[2]) and nominal and not _CHARGE.search(before[: nominal.start()]):
        verb = ("killed", len(before) - nominal.end(), True)
    if (
        noun
        and noun[0] == "personnel"
        and not (verb and verb[2])
        and (_HELD.search(before) or _PATROL_CARS.match(after))
    ):
        # "retuvieron a 40 soldados", "kidnapped four officers", "cargos por el asesinato
        # de cinco policías": uniformed people something was done to are victims, not a
        # force sent; and "40 police patrols" are cars. A killing or arrest whose object
        # they are has already counted them.
        return None
    if noun and verb and verb[2] and noun[0] in ("weapons_seized", "personnel"):
        # "detienen a tres policías", "capturan a dos con armas": the verb says what
        # happened to them; the noun only says who they were or what they carried.
        return verb[0]
    if noun:
        return noun[0]
    return verb[0] if verb else None


@dataclass
class _Count:
    value: int
    start: int
    end: int
    zero: bool
    field: str | None = None
    charged: bool = False
    at_least: bool = False


_ES_WORDS = re.compile(r"\b(?:de|la|el|los|las|en|que|del|por|con|una?|y|se|tras)\b", re.IGNORECASE)
_EN_WORDS = re.compile(
    r"\b(?:the|of|and|in|was|were|to|by|with|after|on|an|is|at)\b", re.IGNORECASE
)


def _is_spanish(text: str) -> bool:
    """A guess for callers that do not say: Spanish "a" is a preposition, English "a" an
    article, so the articles read depend on it."""
    return len(_ES_WORDS.findall(text)) + len(re.findall(r"[áéíóúñ¿¡]", text)) > len(
        _EN_WORDS.findall(text)
    )


_ARTICLE = {
    "es": re.compile(r"\b(?:un|una)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:a|an)\b", re.IGNORECASE),
}
# Nouns that are a figure of one on their own after an article: "un muerto", "una lesionada".
_FIGURE_NOUN = re.compile(
    r"^\s*(?:(?:presunt|supuest|probabl)\w*\s+)?(?:muert[oa]|herid[oa]|lesionad[oa]|detenid[oa]|capturad[oa]"
    r"|aprehendid[oa]|arrestad[oa]|cad[aá]ver|cuerpo(?! de (?:seguridad|polic|bomberos))|ejecutad[oa]"
    r"|homicidio|asesinato"
    r"|embolsad[oa]|encobijad[oa]|encajuelad[oa]|occis[oa]|fallecid[oa]|asesinad[oa]|calcinad[oa]|carbonizad[oa]|v[ií]ctima mortal"
    r"|dead body|body|corpse)\b",
    re.IGNORECASE,
)


_SKIP_WORD = re.compile(r"^\s*[\w-]+(?=\s)")


# Where the personal "a" takes a place, not a person: "lo fueron a matar a un domicilio".
_PLACE_NOUN = re.compile(
    r"^\s*(?:domicilio|casa|vivienda|costado|lado|lugar|predio|terreno|paraje|camino|hospital|negocio|bar"
    r"|establecimiento|hotel|motel|auto|veh[ií]culo|camioneta|taxi|cami[oó]n|local|tienda|escuela|parque"
    r"|calle|colonia|comunidad|rancho|brecha|canal|r[ií]o|cerro|municipio|ciudad|pueblo|zona)\b",
    re.IGNORECASE,
)


def _object_of_verb(text: str, start: int, after: str) -> bool:
    """ "un"/"una" right after a verb of killing or arrest and its personal "a" is a
    person ("asesinan a un automovilista"), unless the verb already had its object
    ("asesinan a tres personas a un costado")."""
    before = text[max(0, start - 60) : start]
    verb = _verb_cue(before, True)
    if (
        not verb
        or not verb[2]
        or not _PERSONAL_A.search(" " + before[-6:])
        or _PLACE_NOUN.match(after)
    ):
        return False
    gap = before[len(before) - verb[1] :]
    gap = re.sub(r"(?:^|\s)(?:a|al)\s*$", "", gap)
    return not _OBJECT_GIVEN.search(" " + gap)


# One weapon after an article ("aseguraron un arma corta", "seized a handgun") is a seizure
# of one when a verb of seizing comes before it; "con un arma", "with a rifle" is what an
# act was done with, not what was taken.
_ONE_WEAPON = re.compile(
    r"^\s*(?:(?:assault|hunting|automatic|semi-automatic|high-powered)\s+)?(?:arma|pistola|fusil|rifle"
    r"|escopeta|granada|ametralladora|subametralladora|rev[oó]lver|carabina|lanzagranadas|weapon|firearm"
    r"|gun|handgun|pistol|shotgun|grenade|revolver|machine gun|carbine)\b"
    # Gas and smoke grenades are no weapons.
    r"(?!\s+(?:de\s+(?:gas|humo)|lacrim[oó]gena|of\s+(?:gas|smoke)))"
    # A long or short one after others in a list: "tres armas cortas; una larga".
    r"|^\s*(?:corta|larga)(?=\s*[,;.]|\s+(?:y|e)\s)",
    re.IGNORECASE,
)
_INSTRUMENT = re.compile(r"\b(?:con|with)\s+$", re.IGNORECASE)


def _seized_weapon(text: str, start: int, after: str) -> bool:
    return bool(
        _ONE_WEAPON.match(after)
        and _SEIZED.search(text[:start])
        and not _INSTRUMENT.search(text[max(0, start - 8) : start])
    )


# Stacked modifiers are read as a person only where a killing names its victim next: "the
# killing of a local drug boss", "murdering a retired army officer"; elsewhere "said a senior
# police official" is a source, not a count.
_VICTIM_FOLLOWS = re.compile(
    r"(?:\b(?:asesinato|homicidio|murder|killing|death|assassination|slaying)s?\s+of"
    r"|\b(?:killing|murdering|assassinating|killed|murdered|assassinated|executed|shot dead|gunned down))"
    r"\s+$",
    re.IGNORECASE,
)


# One relative named after a person the verb took is a second person of the same act: "a un
# hombre y a su hermano", "a farmer and his son". Spanish repeats the personal "a"; English
# must close the object there ("and his son fled" starts a new clause). A plural relative
# ("y a sus hijos") says no number, and "his brother's car" is no person.
_KIN = (
    r"herman[oa]|espos[oa]|hij[oa]|padre|madre|pap[aá]|mam[aá]|novi[oa]|prim[oa]|t[ií][oa]|sobrin[oa]"
    r"|suegr[oa]|cuñad[oa]|abuel[oa]|niet[oa]|brother|sister|wife|husband|son|daughter|father|mother"
    r"|cousin|nephew|niece|uncle|aunt|girlfriend|boyfriend|grandson|granddaughter|grandfather|grandmother"
)
_KIN_AFTER = {
    "es": r"\s+(?:y|e)\s+a\s+su\s+(?:" + _KIN + r")\b(?!['’])",
    "en": r"\s+and\s+(?:his|her|their)\s+(?:" + _KIN + r")(?=\s*(?:[,.;:]|$)"
    r"|\s+(?:in|on|at|near|outside|inside|as|after|while|when|during|from|with|who|and)\b)",
}
_EN_KIN_AFTER = re.compile(_KIN_AFTER["en"], re.IGNORECASE)
# After an article, the noun of the person comes first, up to three words: "un hombre",
# "a taxi driver".
_NOUN_WORDS = r"\s*(?:(?!(?:y|e|and|or|o)\s)[\w'’-]+\s+){0,2}?[\w'’-]+"
_ARTICLE_KIN = {
    lang: re.compile(_NOUN_WORDS + kin, re.IGNORECASE) for lang, kin in _KIN_AFTER.items()
}


def _article_counts(text: str, spanish: bool, taken: list[tuple[int, int]]) -> list[_Count]:
    """Indefinite articles before a person or a figure noun: a written count of one."""
    out = []
    for m in _ARTICLE["es" if spanish else "en"].finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        after = text[m.end() :]
        if _seized_weapon(text, m.start(), after):
            out.append(_Count(1, m.start(), m.end(), False, "weapons_seized"))
            continue
        near = _noun_cue(after[:40])
        figure_soon = (
            spanish
            and near is not None
            and near[0] in ("killed", "injured", "arrested")
            and near[1] <= 25
        )
        # English puts a modifier before the person ("a taxi driver", "a police officer").
        person = _PERSON_RE.match(after) or (
            not spanish
            and (
                _PERSON_RE.match(_SKIP_WORD.sub("", after, 1))
                or (
                    _ENGLISH_MODIFIED_PERSON.match(after)
                    and _VICTIM_FOLLOWS.search(text[: m.start()])
                )
            )
        )
        # After a verb of killing or arrest and the personal "a", "un"/"una" is a person:
        # "asesinan a un automovilista".
        object_of_verb = spanish and _object_of_verb(text, m.start(), after)
        victim = spanish and _shooting_victims(text, m.start(), after)
        if _FIGURE_NOUN.match(after) or person or figure_soon or object_of_verb or victim:
            kin = (person or object_of_verb) and _ARTICLE_KIN["es" if spanish else "en"].match(
                after
            )
            out.append(_Count(2 if kin else 1, m.start(), m.end(), False))
    return out


# Personal "a" after a verb of killing or arrest, then one person without a number:
# "ejecutan a comerciante", "asesinan a balazos al director", "capturan a 'El Chapo'".
# Wounding takes its one person the same way: "hieren a comerciante", "wounded Rosendo Quiroga".
_INJURE_VERB = (
    r"wounded|injured|wounding|injuring|hieren?|hirieron|hiri[oó]|hiriendo"
    r"|lesion(?:an?|aron|[oó])|lesionando"
)
_OBJECT_VERB = re.compile(
    r"\b(?P<kill>" + _KILL_VERB + r")\b|\b(?P<arrest>" + _ARREST_VERB + r")\b"
    r"|\b(?P<injure>" + _INJURE_VERB + r")\b",
    re.IGNORECASE,
)


def _object_field(verb: re.Match[str]) -> str:
    if verb.group("kill"):
        return "killed"
    return "arrested" if verb.group("arrest") else "injured"


_OBJECT = re.compile(
    r"\s+(?:(?:a|de|con)\s+(?:balazos|tiros|golpes|pu[nñ]aladas|machetazos|pedradas|quemarropa|mansalva"
    r"|navajazos|cuchilladas|batazos|patadas|sangre fr[ií]a|plena luz del d[ií]a|un balazo|un disparo"
    r"|\w+ disparos|\w+ balazos|una piedra|un cuchillo|un machete|arma blanca)\s+)?"
    # A subject or a place may come between: "detiene SSPE en Juárez a escolta".
    r"(?:(?!(?:a|al|y|e|que)\s)[\w.-]+\s+){0,6}?(?:(?:a|al)\s+)(?P<obj>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_SINGULAR_PERSON = re.compile(
    r"(?:(?:la|el|su|sus|presunt[oa]|supuest[oa]|probable|posible|joven|otro|otra)\s+){0,2}"
    r"(?P<word>[\"'“‘«][^\"'”’»]{2,40}[\"'”’»]|[\w-]+)",
    re.IGNORECASE,
)
# Words after the personal "a" that are no person: manner, place, procedure.
_NOT_OBJECT = re.compile(
    r"^(?:quemarropa|mansalva|sangre|plena|bordo|proceso|disposici[oó]n|prisi[oó]n|trav[eé]s|pesar|partir|ra[ií]z"
    r"|causa|punta|mano|pie|cargo|media|mitad|quien|quienes|lo|la|las|los|le|les|su|sus|este|esta|ese|esa|aquel"
    r"|norte|sur|oriente|poniente|oeste|noreste|noroeste|sureste|suroeste|centro|interior|exterior"
    r"|un|una|uno|otros|otras|varios|varias|todos|todas|cada|[uú]ltima|[uú]ltimo|golpes|balazos|tiros"
    r"|cuchillo|machete|cuchilladas|domicilio|casa|cabo|fin|fines|finales|inicios|mediados|las|pocos|escasos"
    r"|solo|s[oó]lo|menos|m[aá]s|alguien|nadie|cualquiera|ambos|ambas"
    # A group is no count: "ejecutan a familia" says neither one nor how many.
    r"|familia|grupo|banda|c[eé]lula|comando|gente|personal|tripulaci[oó]n|multitud|poblaci[oó]n)$",
    re.IGNORECASE,
)
_TWO_PEOPLE = re.compile(r"^(?:pareja|matrimonio)$", re.IGNORECASE)
_AND_PERSON = re.compile(
    r"\s+(?:y|e)\s+(?:a\s+)?(?:su\s+|la\s+|el\s+)?(?:" + _PERSON + r")\b", re.IGNORECASE
)


# People listed by name: "a Rogelio Fuentes Lara y Marta Ibarra", "Lalo “N”, Beto “N” y Chuy
# “N”", "Pedro Alvarado and Juana Mejia". The list must close with "y" / "and" before a
# last name: a name and a capitalised title after a comma is one person.
_CAP = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+"
_NAME = _CAP + r"(?:\s+(?:(?:de|del|de la|de los)\s+)?" + _CAP + r"|\s+[\"“«]N[\"”»])*"
_NAME_LIST = re.compile(
    r"(?P<first>"
    + _NAME
    + r")(?P<middle>(?:\s*,\s*"
    + _NAME
    # Spanish may repeat the personal "a": "a Rogelio Fuentes y a Marta Ibarra".
    + r")*),?\s+(?:y|e|and)\s+(?:a\s+)?"
    + _NAME
    + r"\b"
)
_NAME_RE = re.compile(_NAME)


def _names_listed(text: str, start: int) -> int:
    """How many people a list of names at `start` counts; 0 when no list of two or more."""
    m = _NAME_LIST.match(text, start)
    if not m:
        return 0
    return 2 + len(_NAME_RE.findall(m.group("middle")))


# A name ends an English object: "Carlos Torres", "former mayor Ramiro Flores".
_NAME_AT_END = re.compile(r"(?<![\w'’-])" + _NAME + r"$")


def _is_person_name(name: str) -> bool:
    """Is a run of capitalised words a person's name? Torres, Ramos, Flores, Reyes, Morales and
    Carlos end in "s" like plural nouns; a listed given name or surname in the run tells a
    person from "Central Americans" or "Border Agents"."""
    listed = person_names()
    return any(norm(word) in listed for word in name.split())


def _english_named_objects(text: str) -> list[_Count]:
    """ "Gunmen killed Pedro Alvarado and Juana Mejia": the people a verb names, counted."""
    out = []
    for v in _OBJECT_VERB.finditer(text):
        if v.group("kill") is None and v.group("arrest") is None and v.group("injure") is None:
            continue
        start = v.end() + len(text[v.end() :]) - len(text[v.end() :].lstrip())
        listed = _names_listed(text, start)
        if listed and not _ATTEMPT.search(text[: v.start()]):
            out.append(_Count(listed, start, start + 1, False, _object_field(v)))
    return out


def _object_count(text: str, spanish: bool) -> list[_Count]:
    """One person (or a couple) named as the object of a verb of killing or arrest."""
    if not spanish:
        return _english_named_objects(text)
    out = []
    for v in _OBJECT_VERB.finditer(text):
        if _ATTEMPT.search(text[: v.start()]):
            continue
        m = _OBJECT.match(text, v.end())
        if not m:
            continue
        obj_start = m.start("obj")
        # Arrest verbs take things as often as people: past four words the "a" is seldom
        # their object ("aseguran una tienda por narcomenudeo al sur de Mérida").
        if v.group("arrest") and len(text[v.end() : obj_start].split()) > 5:
            continue
        obj = _SINGULAR_PERSON.match(text, obj_start)
        if not obj:
            continue
        word = obj.group("word")
        quoted = word[0] in "\"'“‘«"
        if not quoted:
            if _NOT_OBJECT.match(word) or word.isdigit():
                continue
            name = _NAME_RE.match(text, obj.start("word"))
            named = name is not None and _is_person_name(name.group())
            if word.lower().endswith("s") and not _TWO_PEOPLE.match(word) and not named:
                continue  # a plural without a number stays null
        # "a su pareja" is one's partner; "a pareja" a couple.
        possessed = re.match(r"sus?\s", obj.group(), re.IGNORECASE)
        value = 2 if _TWO_PEOPLE.match(word) and not possessed else 1
        if value == 1 and _AND_PERSON.match(text, obj.end()):
            value = 2  # "padre e hijo", "a un hombre y a su esposa"
        if value == 1 and not quoted:
            value = _names_listed(text, obj.start("word")) or 1
        out.append(_Count(value, obj.start("word"), obj.end(), False, _object_field(v)))
    return out


# A singular subject of a verb of dying or falling: "Muere hombre baleado", "Cae presunto
# sicario", "Hombre es asesinado en...".
_SUBJECT_FIRST = re.compile(
    r"(?:^|[:;]\s*)(?:(?:un|una|el|la)\s+)?(?:(?:presunt|supuest|probable|joven)\w*\s+)?"
    r"(?P<who>[\"'“‘«][^\"'”’»]{2,40}[\"'”’»]|[\w-]+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:es|fue|resulta|result[oó]|queda|qued[oó])\s+"
    r"(?P<what>asesinad[oa]|ejecutad[oa]|ultimad[oa]|acribillad[oa]|detenid[oa]|capturad[oa]"
    r"|aprehendid[oa]|arrestad[oa]|apresad[oa]|vinculad[oa] a proceso)\b",
    re.IGNORECASE,
)
_VERB_FIRST = re.compile(
    r"(?:^|[:;,]\s*)(?P<what>muere|muri[oó]|fallece|falleci[oó]|cae|cay[oó])\s+"
    # The place may come first, and the one may be the second or third: "Cae en Sonora
    # sujeto que...", "Cae tercer implicado".
    r"(?:en\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:(?:el|la)\s+)?(?:(?:presunt|supuest|probable|joven|segund|tercer|cuart|quint|otr)\w*\s+)?"
    r"(?P<who>[\"'“‘«][^\"'”’»]{2,40}[\"'”’»]|" + _PERSON + r")\b",
    re.IGNORECASE,
)
# Both of the people just named died: "balean a dos jóvenes; ambos murieron", "both died".
_BOTH_DIED = re.compile(
    r"\b(?:ambos|ambas|los dos|las dos|both(?: of them)?)\s+(?:murieron|fallecieron|perdieron la vida"
    r"|died|were killed)\b",
    re.IGNORECASE,
)
_BODY_FOUND = re.compile(
    r"\b(?:hall|localiz|encuentr|encontr|report|abandon|dej|tir|arroj|ubic|descubr)\w*\s+(?:el\s+|otro\s+|un\s+|su\s+)?"
    rf"(?:cad[aá]ver|cuerpo)(?!\s+de\s+(?:\d|{counting_words('es', 2, 10)}|varios|\w+s\b))\b"
    rf"|\bhallazgo\s+de\s+(?:un\s+)?(?:cad[aá]ver|cuerpo)\b(?!\s+de\s+(?:\d|{counting_words('es', 2, 5)}))"
    # Remains found say one person at least: "localizan restos humanos", "hallan una osamenta".
    r"|\b(?:hall|localiz|encuentr|encontr|descubr|abandon|dej|tir|arroj|ubic)\w*\s+(?:[\w,]+\s+){0,4}?"
    r"(?:restos humanos|restos [oó]seos|(?:una\s+)?cabeza humana|(?:una\s+)?osamenta)\b"
    # One skull or head found, and the body as the subject: "hallan un cráneo", "abandonan la
    # cabeza de un hombre", "Cadáver desmembrado es hallado", "su cuerpo fue encontrado".
    r"|\b(?:hall|localiz|encuentr|encontr|descubr|abandon|dej|tir|arroj|ubic)\w*\s+(?:un\s+|una\s+|el\s+|la\s+)?"
    rf"(?:cr[aá]neo|cabeza)\b(?!\s+de\s+(?:\d|{counting_words('es', 2, 5)}))"
    # "Localizan segundo cuerpo en Celaya", "un tercer cadáver": one more body.
    r"|\b(?:segundo|tercer|cuarto|quinto)\s+(?:cuerpo|cad[aá]ver)\b(?!\s+de\s+(?:seguridad|polic|bomberos|rescate))"
    # A singular body with a singular participle of finding: "identifican cadáver hallado".
    r"|\b(?:cad[aá]ver|cuerpo)\s+(?:hallad|encontrad|localizad|abandonad|ubicad)o\b"
    # A body that opens a headline: "Cuerpo en la entrada de una escuela", "Un cuerpo quedó".
    r"|(?:^|[:;¡]\s*)(?:un\s+|otro\s+)?cuerpo\s+(?:en|junto a|sobre|dentro de|bajo|entre|queda|qued[oó]"
    r"|aparece|apareci[oó]|flota)\b"
    r"|\b(?:partes|restos|miembros) de un cuerpo humano\b"
    r"|(?:^|[:;,¡]\s*|\b(?:el|un|su)\s+)(?:cad[aá]ver|cuerpo)\s+(?:[\w-]+\s+)?(?:(?:fue|es)\s+)?"
    r"(?:hallad|encontrad|localizad|abandonad|ubicad)[oa]\b",
    re.IGNORECASE,
)


# One person found dead or a headline opening on the victim: "localizan hombre sin vida",
# "Ejecutado en Sierra Vista era escolta", "Persona sin vida a un costado de la carretera".
_PERSON_DEAD = re.compile(
    # The finder may name where before whom: "encuentran en un canal a su padre sin vida".
    r"(?:^|[:;]\s*|\b(?:hall|localiz|encontr|encuentr|descubr)\w*\s+(?:(?:[\w-]+\s+){0,4}?a\s+|al\s+)?"
    r"(?:un\s+|una\s+|su\s+|el\s+|la\s+)?)"
    r"(?:(?:presunt|supuest)\w*\s+)?(?:"
    + _PERSON
    # An age may come between: "a joven de 22 años de edad sin vida".
    + r")\s+(?:de\s+\d{1,2}\s+a[nñ]os\s+(?:de\s+edad\s+)?)?"
    r"(?:sin vida|muert[oa]|asesinad[oa]|ejecutad[oa]"
    r"|estrangulad[oa]|decapitad[oa]|degollad[oa]|descuartizad[oa]"
    r"|[\"'‘“]?(?:encajuelad|embolsad|encobijad)[oa][\"'’”]?)\b"
    r"|^[\"'‘“]?(?:ejecutad[oa]|asesinad[oa]|encobijad[oa]|embolsad[oa])[\"'’”]?\s"
    # A singular participle of finding says one person: "..., encontrado muerto en un basurero".
    r"|(?<!\bha )(?<!\bhan )(?<!\bhab[ií]an )\b(?:hallad|encontrad|localizad)[oa]\s+(?:sin vida|muert[oa])\b"
    # One person who turns up dead: "Hombre aparece sin vida en su casa".
    r"|(?:^|[:;]\s*)(?:un\s+|una\s+|el\s+|la\s+)?(?:" + _PERSON + r")\s+"
    r"(?:aparece|apareci[oó]|yace|amanece|amaneci[oó]|queda|qued[oó])\s+(?:sin vida|muert[oa])\b",
    re.IGNORECASE,
)


# One dead person told by a singular participle anywhere in a headline: "otro hombre ejecutado",
# "Identifican a mujer asesinada", "¡Acribillado en una casa!", "abandonan un ensabanado",
# "deja muerto y un herido", "Reportan muerto".
_KILLED_PARTICIPLE = (
    r"(?:ejecutad|asesinad|acribillad|ultimad|encobijad|embolsad|encajuelad|ensabanad|encolchonad"
    r"|desmembrad|descuartizad|calcinad|carbonizad|degollad|decapitad|estrangulad|lapidad)[oa]"
)
_ONE_DEAD = re.compile(
    r"(?:^|[:;,¡]\s*)" + _KILLED_PARTICIPLE + r"\b"
    r"|\b(?:otr[oa]|el|la)\s+(?:(?:" + _PERSON + r")\s+)?" + _KILLED_PARTICIPLE + r"\b"
    r"|\b(?:un|una|a)\s+(?:" + _PERSON + r")\s+" + _KILLED_PARTICIPLE + r"\b"
    # "un hombre víctima de homicidio": one person killed.
    r"|\b(?:un|una)\s+(?:"
    + _PERSON
    + r")\s+v[ií]ctima\s+de\s+(?:un\s+)?(?:homicidio|feminicidio|asesinato)\b"
    r"|\b(?:hall|localiz|encuentr|encontr|descubr|abandon|dej|tir|arroj)\w*\s+(?:a\s+)?(?:un\s+|una\s+)?"
    r"(?:ensabanad|encolchonad|desmembrad|descuartizad|encobijad|embolsad|degollad|decapitad|lapidad"
    r"|estrangulad|calcinad|carbonizad)[oa]\b"
    # "Otro asesinato en un bar", "una ejecución más": one killing named as such.
    r"|(?<!por )\b(?:otr[oa]\s+(?:asesinato|homicidio|ejecuci[oó]n|feminicidio)|una\s+ejecuci[oó]n\s+m[aá]s)\b"
    r"|\b(?:deja|dejan|dej[oó]|dejaron|reporta|reportan|hay)\s+(?:(?:hombre|mujer|joven|persona)\s+)?muert[oa]\b",
    re.IGNORECASE,
)


# A singular passive says one person, named or not: "salió a comprar y fue asesinado",
# "ya fue detenido".
_SINGULAR_PASSIVE = re.compile(
    r"\b(?:fue|es|ha sido|result[oó])\s+(?:(?P<killed>asesinad|ejecutad|ultimad|acribillad|abatid"
    r"|estrangulad|degollad|decapitad|apu[nñ]alad|linchad)[oa]"
    r"|(?:detenid|capturad|aprehendid|arrestad)[oa]|vinculad[oa] a proceso)\b"
    # The same with a clitic or a singular verb of dying: "lo asesinan", "muere tras el ataque".
    r"|\b(?:lo|la)\s+(?:(?P<killed2>(?:asesin|mat|ejecut|ultim|acribill)(?:an|aron|[oó]|a)"
    r"|abat(?:en|ieron|i[oó]|e))|"
    r"(?:detien|detuv|captur|aprehend|arrest|asegur|vincul|agarr)\w*\b(?! a (?:golpes|balazos|tiros)))\b"
    r"|\b(?P<died>muere|muri[oó]|fallece|falleci[oó]|pierde la vida|perdi[oó] la vida)\b"
    r"|\b(?:fue|es)\s+(?P<found>localizad|hallad|encontrad)[oa]\s+(?:sin vida|muert[oa])\b"
    # "Lo encuentran sin vida en un hotel": the clitic is the one found.
    r"|\b(?:lo|la)\s+(?P<found2>(?:hall|localiz|encuentr|encontr)(?:an|aron|[oó]|a))\s+(?:sin vida|muert[oa])\b",
    re.IGNORECASE,
)
# A killing named as a noun: "investigan el asesinato de tres personas", "tras la ejecución de
# un comerciante"; not the charge of an arrest ("detenido por el asesinato de un hombre").
_KILLING_NOUN = re.compile(
    r"\b(?:asesinato|homicidio|ejecuci[oó]n|muerte(?: a balazos)?|murder|killing|death"
    # "la masacre de diez personas", "the massacre of ten people": a killing all the same.
    r"|masacre|matanza|massacre|slaughter|slaying)s?"
    # A second act joined to the killing names the same victims: "la masacre y quema de".
    r"(?:\s+(?:and|y|e)\s+[^\W\d_]+)?"
    # A month between names when: "la matanza en abril de siete choferes".
    r"(?:\s+(?:en|in)\s+[^\W\d_]+)?\s+(?:de|of)\s+"
    # Whose they were or a hedge leaves the number the dead: "of his three cousins",
    # "de al menos doce jornaleros".
    r"(?:(?:his|her|their|sus|su|at least|al menos|por lo menos|more than|m[aá]s de|some|unos|unas)\s+)?$",
    re.IGNORECASE,
)


def _charged_killing(text: str, start: int, end: int) -> bool:
    """Is the number the dead of a killing named as what someone is charged with or
    blamed for ("blamed for the slaughter of six farmers", "por el asesinato de dos
    migrantes")? Those are the killing's dead, which the arrest does not count."""
    before = text[max(0, start - 60) : start]
    nominal = _KILLING_NOUN.search(before)
    return (
        nominal is not None
        and _CHARGE.search(before[: nominal.start()]) is not None
        and not _NOT_PEOPLE.match(text[end:])
    )


_CHARGE = re.compile(
    r"\b(?:por|del|de la|acusad\w*|responsables?|implicad\w*|homicidas?|asesinos?|vinculad\w*|for|of the"
    r"|accused|charged|suspects?|sentenc\w*|investigad\w*)\s+(?:el\s+|la\s+|the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)


# English: a singular passive ("the mayor was shot dead", "a suspect was arrested") or one
# named person after the verb ("gunmen killed Attorney General Roberto Garcia").
_EN_SINGULAR_PASSIVE = re.compile(
    r"\b(?:was|has been|had been)\s+(?:(?:reportedly|allegedly|also|later|fatally)\s+)?"
    r"(?:(?P<killed>killed|murdered|assassinated|executed|slain|shot dead|shot and killed|gunned down"
    r"|stabbed to death|beaten to death|found dead)|arrested|detained|captured|apprehended)\b",
    re.IGNORECASE,
)
_EN_OBJECT = re.compile(
    r"\b(?:(?P<killed>killed|murdered|assassinated|executed|shot dead|gunned down)|arrested|detained|captured"
    r"|apprehended|(?P<injured>wounded|injured))\s+(?P<np>(?:(?:the|a|an|his|her|their)\s+)?[\"“‘]?(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+)"
    r"(?=\s*(?:[,.;:]|$|\s(?:in|on|at|near|and|as|after|while|when|during|outside|inside|who|from|with)\b))",
    re.IGNORECASE,
)
_EN_NOT_ONE = re.compile(
    # Plurals in "-men" end in no "s": "the gunmen", "the hitmen", "policemen".
    r"\b(?:people|(?:gun|hit|hench|police|service|fisher|business|congress|fire|watch|country"
    r"|tribes|clans|crafts|sales|militia|gentle|kins|lay|wo)?men|children|police|civilians|troops|soldiers|members|\w+s|\d+"
    rf"|{counting_words('en', 2, 10)}|dozens|hundreds|many|several|some|all|them|him|her|it|themselves|himself)$",
    re.IGNORECASE,
)
_EN_NO_OBJECT = re.compile(
    rf"^(?:\d|{counting_words('en', 2, 10)}|dozens|hundreds|many|several|some|all|at least)\b"
    # A preposition opens no object: "arrested for questioning", "detained over the riot".
    r"|^(?:for|over|on|at|by|with|after|since|until|under|without|into|to)\b",
    re.IGNORECASE,
)


# Deaths told with no number: "people died in police firing", "most of those killed in the
# firing were...", "more fell to police bullets". Someone died, so the figure is at least one
# (the most conservative count, as with "several were killed").
_EN_UNCOUNTED_DEAD = re.compile(
    r"\b(?:people|persons|men|women|those|victims|members|residents|villagers|civilians)"
    r"(?:\s+of\s+(?:the\s+)?(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+)?\s+(?:(?:who|that)\s+)?(?:(?:have|had)\s+)?(?:died|were\s+killed|killed|lost\s+their\s+lives"
    r"|have\s+been\s+killed|had\s+been\s+killed)\s+(?:in|due\s+to|during|from|by)\b"
    r"|\bfell\s+to\s+(?:\w+\s+){0,2}bullets\b",
    re.IGNORECASE,
)
_EN_NOUN_USE = re.compile(r"\b(?:those|the|these|all|many|some|most)\s+$", re.IGNORECASE)
_EN_AUXILIARY = re.compile(
    r"(?:had|have|has|was|were|is|are|will|would|could|did|do|does|remain|remained|say|said)\b",
    re.IGNORECASE,
)


# A plural passive of arrest with no number still says someone was held: "protesters were
# detained on Monday" is at least one arrest, as "several were killed" is one dead.
_EN_PLURAL_ARREST = re.compile(
    r"\b(?:were|have been|had been)\s+(?:(?:reportedly|allegedly|also|later)\s+)?"
    r"(?:arrested|detained|captured|apprehended)\b",
    re.IGNORECASE,
)

# The participle after people tells they were arrested: "the suspects detained on Friday".
_EN_HELD_AFTER_NOUN = re.compile(
    r"\b(?:" + _PERSON + r"|terrorists?)\s+(?:arrested|detained|captured|apprehended)\s+"
    r"(?:on|in|at|by|after|during|last|under|near|from|yesterday|earlier)\b",
    re.IGNORECASE,
)


def _english_name_ends(verb: re.Match[str], np: str) -> bool:
    """Does a person's name end the object? Not in a title-case headline, where a capital
    marks no name ("Soldiers Killed Suspected Kidnappers")."""
    name = _NAME_AT_END.search(np)
    return verb.group()[0].islower() and name is not None and _is_person_name(name.group())


def _english_counts(text: str) -> list[_Count]:
    out = []
    for m in _EN_HELD_AFTER_NOUN.finditer(text):
        out.append(_Count(1, m.start(), m.end(), False, "arrested"))
    for m in _EN_PLURAL_ARREST.finditer(text):
        # "the men who were detained had no ties": a relative clause only says who they are.
        if not _ATTEMPT.search(text[: m.start()]) and not _EN_AUXILIARY.match(
            text[m.end() :].lstrip()
        ):
            out.append(_Count(1, m.start(), m.end(), False, "arrested", at_least=True))
    for m in _EN_SINGULAR_PASSIVE.finditer(text):
        if _ATTEMPT.search(text[: m.start()]):
            continue
        field = "killed" if m.group("killed") else "arrested"
        out.append(_Count(1, m.start(), m.end(), False, field))
    for m in _EN_OBJECT.finditer(text):
        # "(initials) U.S." keep their dots, a sentence's full stop is no part of the object.
        np = m.group("np").rstrip(".")
        if _EN_NO_OBJECT.search(np) or _ATTEMPT.search(text[: m.start()]):
            continue
        named = _english_name_ends(m, np)
        if _EN_NOT_ONE.search(np) and not named:
            continue
        # "injured" is as often an adjective ("an injured officer"): only a name is its object.
        if m.group("injured") and not named:
            continue
        # "those detained had...", "the men who were detained were...": a participle used as
        # a noun or a passive, followed by its verb, has no object.
        if _EN_NOUN_USE.search(text[: m.start()]) or _EN_AUXILIARY.match(np):
            continue
        field = "killed" if m.group("killed") else "injured" if m.group("injured") else "arrested"
        value = 2 if _EN_KIN_AFTER.match(text, m.end("np")) else 1
        out.append(_Count(value, m.start("np"), m.end("np"), False, field))
    for m in _BOTH_DIED.finditer(text):
        out.append(_Count(2, m.start(), m.end(), False, "killed"))
    for m in _EN_UNCOUNTED_DEAD.finditer(text):
        if not _ATTEMPT.search(text[: m.start()]):
            out.append(_Count(1, m.start(), m.end(), False, "killed"))
    return out


# One person arrested told by a singular participle: "Detenido con droga en Cancún", "joven
# detenido tras un asalto", "terminó detenido", "una persona herida y otra detenida".
_ONE_ARRESTED = re.compile(
    r"(?:^|[:;¡]\s*)(?:(?:presunt|supuest)\w*\s+)?(?:(?:" + _PERSON + r")\s+)?"
    r"(?:detenid|capturad|arrestad|aprehendid|atrapad|sorprendid)[oa]\b"
    r"|\b(?:acab|termin|qued|result)\w*\s+(?:detenid|capturad|arrestad)[oa]\b"
    r"|\botr[oa]\s+(?:detenid|capturad|arrestad)[oa]\b",
    re.IGNORECASE,
)


_AGE = re.compile(r"\s+de\s+\d{1,2}\s+a[nñ]os\s+(?:de\s+edad\s+)?", re.IGNORECASE)


def _implicit_counts(text: str, spanish: bool) -> list[_Count]:
    out = _object_count(text, spanish)
    if not spanish:
        return out + _english_counts(text)
    for m in _ONE_ARRESTED.finditer(text):
        out.append(_Count(1, m.start(), m.end(), False, "arrested"))
    for m in _FALLS_ALONE.finditer(text):
        out.append(_Count(1, m.start(), m.end(), False, "arrested"))
    for m in _ONE_WARRANT.finditer(text):
        out.append(_Count(1, m.start(), m.end(), False, "arrested"))
    for m in _PERSON_DEAD.finditer(text):
        # A plural person is no count of one; "años" of an age is no plural person.
        who = _AGE.sub(" ", m.group())
        if not re.search(
            r"\w+s\s+(?:sin vida|muert|asesin|ejecut|\W?enca|\W?embo|\W?enco)", who, re.I
        ):
            out.append(_Count(1, m.start(), m.end(), False, "killed"))
    for m in _ONE_DEAD.finditer(text):
        if not _ATTEMPT.search(text[: m.start()]):
            out.append(_Count(1, m.start(), m.end(), False, "killed"))
    for m in _SUBJECT_FIRST.finditer(text):
        if m.group("who").lower().endswith("s"):
            continue
        what = m.group("what").lower()
        field = "arrested" if what[0] in "dcav" and not what.startswith("asesin") else "killed"
        out.append(_Count(1, m.start("who"), m.end("who"), False, field))
    for m in _VERB_FIRST.finditer(text):
        who = m.group("who")
        if who[0] not in "\"'“‘«" and who.lower().endswith("s"):
            continue
        field = "arrested" if m.group("what").lower().startswith("ca") else "killed"
        out.append(_Count(1, m.start("who"), m.end("who"), False, field))
    for m in _SINGULAR_PASSIVE.finditer(text):
        killed = (
            m.group("killed")
            or m.group("killed2")
            or m.group("died")
            or m.group("found")
            or m.group("found2")
        )
        out.append(_Count(1, m.start(), m.end(), False, "killed" if killed else "arrested"))
    for m in _BODY_FOUND.finditer(text):
        out.append(_Count(1, m.start(), m.end(), False, "killed"))
    for m in _BOTH_DIED.finditer(text):
        out.append(_Count(2, m.start(), m.end(), False, "killed"))
    return out


# Two counts joined under one verb: "a 4 mujeres y un hombre", "dos hombres y una mujer".
# A comma may close the noun of the count before it: "seis armas largas, dos pistolas".
_JOINED = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?(?:y|e|and|,|[\w'’-]+,(?:\s+(?:y|e|and))?)\s+(?:a\s+)?(?:otr[oa]s\s+)?$",
    re.IGNORECASE,
)


_CONJUNCTION = re.compile(r"\b(?:y|e|and)\b", re.IGNORECASE)
_OTHERS_BEFORE = re.compile(r"\botr[oa]s\s+$", re.IGNORECASE)
_OTHERS_AFTER = re.compile(r"^\s+other\b", re.IGNORECASE)
_ELIDED_WEAPON = re.compile(r"^\s+(?:cortas|largas)\b", re.IGNORECASE)
_ITEM_FIELDS = ("weapons_seized",)


def _joins(prev: _Count, c: _Count, text: str, spanish: bool) -> bool:
    between = text[prev.end : c.start]
    if prev.zero or c.zero or not _JOINED.match(between):
        return False
    if not _CONJUNCTION.search(between) and not (prev.field == c.field and c.field in _ITEM_FIELDS):
        # A comma alone lists weapons ("seis armas largas, dos pistolas"); after people it
        # more often opens a part of them ("matan a dos hombres, uno en ...", "a un hombre en
        # Cozumel, a tres cuadras").
        return False
    if _NOT_PEOPLE.match(text[c.end :]) or _NOT_PEOPLE.match(text[prev.end :]):
        return False
    if _PART.match(text[c.end :]):
        return False
    if prev.field in _ITEM_FIELDS and c.field is None and _ELIDED_WEAPON.match(text[c.end :]):
        return True  # "nueve armas largas y tres cortas": the noun is left out the second time
    companions = (
        c.field == "personnel"
        and prev.field in ("killed", "injured", "arrested")
        and bool(_OTHERS_BEFORE.search(between) or _OTHERS_AFTER.match(text[c.end :]))
    )
    if prev.field and c.field and not companions:
        return prev.field == c.field
    if prev.field:
        # "detienen a un comandante y a otros cuatro agentes": the others of one the verb
        # took share its act, whoever they were.
        # Forward only from a verb that governs both: "matan a 4 mujeres y un hombre",
        # not "dejan cuatro personas muertas y una mujer arrollada".
        before = text[max(0, prev.start - 60) : prev.start]
        if _LEAVES.search(before):
            return False  # "deja": its figure is the noun after the number
        verb = _verb_cue(before, spanish)
        return verb is not None and verb[0] == prev.field and verb[2]
    if c.field:
        # Backward only over a bare person noun: "dos hombres y una mujer asesinados".
        noun = _CONJ_TAIL.sub("", between)
        return not noun.strip() or bool(_PERSON_RE.fullmatch(noun))
    return False


_LEAVES = re.compile(
    r"\b(?:dej(?:a|an|[oó]|aron)|left|leaves)\s+(?:a\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE
)
_CONJ_TAIL = re.compile(r"\s*(?:y|e|and|,)\s+(?:a\s+)?$", re.IGNORECASE)


# "between 80 and 90 officers", "entre 80 y 90 agentes": a range, not two counts to add.
_RANGE_OPENS = re.compile(r"\b(?:between|entre)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s+(?:and|y|e|to|a)\s+$", re.IGNORECASE)


def _join_enumerations(counts: list[_Count], text: str, spanish: bool) -> list[_Count]:
    out: list[_Count] = []
    for c in counts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _RANGE_JOIN.match(text[prev.end : c.start])
            and _RANGE_OPENS.search(text[: prev.start])
        ):
            # The lower bound is the most conservative figure the range states.
            prev.field = prev.field or c.field
            prev.charged = prev.charged or c.charged
            continue
        if prev is not None and _joins(prev, c, text, spanish):
            out[-1] = _Count(
                prev.value + c.value,
                prev.start,
                c.end,
                False,
                prev.field or c.field,
                prev.charged or c.charged,
            )
            continue
        out.append(c)
    return out


def sentence_figures(sentence: Sentence, language: str | None = None) -> list[Figure]:
    text = sentence.text
    spanish = language == "es" if language in ("en", "es") else _is_spanish(text)
    counts: list[_Count] = []
    for number in sentence.numbers:
        if number.value < 0 or number.value != int(number.value) or number.value > 10_000_000:
            continue
        s, e = _local_span(sentence, number)
        counts.append(_Count(int(number.value), s, e, number.value == 0))
    taken = [(c.start, c.end) for c in counts]
    counts += _article_counts(text, spanish, taken)
    counts.sort(key=lambda c: c.start)
    for c in counts:
        c.field = c.field or classify_number(text, c.start, c.end, c.zero, spanish)
        if c.field is None and not c.zero and _charged_killing(text, c.start, c.end):
            c.field, c.charged = "killed", True
    counts = _join_enumerations(counts, text, spanish)
    figures = [
        Figure(c.field, c.value, c.start, charged=c.charged) for c in counts if c.field is not None
    ]
    figures = [f for f in figures if f.field != "weapons_seized" or _SEIZED.search(text)]
    figures = _one_weapons_list(figures, text)
    written = {f.field for f in figures}
    for c in _implicit_counts(text, spanish):
        # A count the text writes out says more than one read from a singular noun.
        if (
            c.field
            and c.field not in written
            and not any(f.field == c.field and f.start == c.start for f in figures)
        ):
            figures.append(Figure(c.field, c.value, c.start, at_least=c.at_least))
    single = _SINGLE_VICTIM.search(text) or _named_killing(text)
    if single and "killed" not in {f.field for f in figures}:
        figures.append(Figure("killed", 1, single.start()))
    return [
        replace(f, charged=True)
        if f.field == "killed" and _CHARGED_BEFORE.search(text[max(0, f.start - 80) : f.start])
        else f
        for f in _with_companions(sentence, figures, spanish)
    ]


# The dead that people are accused of or linked to, however the killing is told: "acusados
# de robar y de matar a un chofer", "linked to the 40 bodies found in a pit".
_CHARGED_BEFORE = re.compile(
    r"\b(?:acusad|señalad|relacionad|vinculad|ligad|accused|linked|connected|charged|wanted)\w*"
    r"\s+(?:de|del|con|al?|por|of|to|with|for|in)\b[^.;:()]*$",
    re.IGNORECASE,
)


_PARTS_FOLLOW = re.compile(
    r":|\b(?:entre (?:ell[oa]s|los que|las que|l[oa]s cuales)|de l[oa]s cuales|including|among them"
    r"|of which)\b",
    re.IGNORECASE,
)


def _one_weapons_list(figures: list[Figure], text: str) -> list[Figure]:
    """The weapons of one sentence are one list of what was seized, whatever breaks it up
    ("dos pistolas; un rifle con su cargador, 50 cartuchos y una granada" is four), unless
    the first count is the total of the parts after it ("diez armas: seis rifles y cuatro
    pistolas")."""
    weapons = sorted((f for f in figures if f.field == "weapons_seized"), key=lambda f: f.start)
    if len(weapons) < 2:
        return figures
    first, parts = weapons[0], weapons[1:]
    if first.value == sum(f.value for f in parts) and _PARTS_FOLLOW.search(
        text[first.start : parts[0].start]
    ):
        value = first.value
    else:
        value = sum(f.value for f in weapons)
    rest = [f for f in figures if f.field != "weapons_seized"]
    return [*rest, Figure("weapons_seized", value, first.start)]


# "was shot dead together with nine others", "fue detenido junto con otro sujeto": those
# along with the one a singular passive names share the act, and all of them count.
_ALONG_WITH = re.compile(
    r"\b(?:along with|together with|alongside|junto con|junto a)\s+"
    r"(?:(?P<another>otr[oa]|another)\s+(?=(?:" + _PERSON + r")\b)|(?:otr[oa]s\s+)?)",
    re.IGNORECASE,
)
_COMPANIONS_AFTER = re.compile(
    r"^\s*(?:others?\b|other\s|otr[oa]s\b|m[aá]s\b|(?:(?:presunt|supuest)\w*\s+)?(?:"
    + _PERSON
    + r")\b)",
    re.IGNORECASE,
)


def _singular_act(clause: str, spanish: bool) -> str | None:
    """The figure a singular passive in `clause` tells ("fue asesinado", "was arrested")."""
    m = (_SINGULAR_PASSIVE if spanish else _EN_SINGULAR_PASSIVE).search(clause)
    if m is None:
        return None
    deaths = ("killed", "killed2", "died", "found", "found2") if spanish else ("killed",)
    return "killed" if any(m.group(g) for g in deaths) else "arrested"


def _with_companions(sentence: Sentence, figures: list[Figure], spanish: bool) -> list[Figure]:
    text = sentence.text
    for m in _ALONG_WITH.finditer(text):
        clause = text[max(0, m.start() - 100) : m.start()]
        clause = _CLAUSE_BREAK.split(clause)[-1]
        field = _singular_act(clause, spanish)
        if field is None:
            continue
        end = m.end()
        if m.group("another"):
            others = 1
        else:
            number = next(
                (n for n in sentence.numbers if _local_span(sentence, n)[0] == m.end()), None
            )
            if number is None or number.value < 1 or number.value != int(number.value):
                continue
            end = _local_span(sentence, number)[1]
            if not _COMPANIONS_AFTER.match(text[end:]):
                continue
            others = int(number.value)
        first = m.start() - len(clause)
        figures = [f for f in figures if not (f.field == field and first <= f.start < end + 20)]
        figures.append(Figure(field, others + 1, first, with_others=True))
    for number in sentence.numbers:
        if number.value < 1 or number.value != int(number.value):
            continue
        start, end = _local_span(sentence, number)
        window = max(0, start - 160)
        arrest = _ARREST_OF_ONE_AND.search(text[window:start])
        if arrest is None or not (arrest.group("others") or _OTHERS_FOLLOW.match(text[end:])):
            continue
        first = window + arrest.start()
        figures = [
            f
            for f in figures
            if not (f.field in ("arrested", "personnel") and first <= f.start < end + 20)
        ]
        figures.append(Figure("arrested", int(number.value) + 1, first, with_others=True))
    return figures


# "The capture of Omar Lira and two of his gunmen", "la detención de un jefe y otros tres":
# an arrest named as a noun, of one person and others with them, takes them all.
_ARREST_OF_ONE_AND = re.compile(
    r"\b(?:(?:the|la|el|su|his|her)\s+)?"
    r"(?:arrest|capture|detention|apprehension|captura|detenci[oó]n|aprehensi[oó]n|arresto)"
    r"\s+(?:of|de)\s+(?:(?:a|an|un|una|el|la|al)\s+|(?=(?-i:[A-ZÁÉÍÓÚÑ])))[^\d;:.!?()]{0,90}?"
    r"\s(?:and|y|e)\s+(?:(?:a|de)\s+)?(?P<others>otr[oa]s\s+)?$",
    re.IGNORECASE,
)
_OTHERS_FOLLOW = re.compile(r"^\s+(?:other\b|of (?:his|her|their)\b|de sus\b)", re.IGNORECASE)


# "Asesinan a un hombre", "a man was shot dead": one victim, though no number is written.
_SINGLE_VICTIM = re.compile(
    r"\ba\s+(?:man|woman|police officer|policeman|soldier|journalist|taxi driver|migrant|teenager|boy|girl)\s+was\s+"
    r"(?:shot dead|killed|murdered|gunned down|found dead|executed)\b",
    re.IGNORECASE,
)


# A killing named as a noun, of one person named: "el asesinato de Ramiro Fuentes", "the
# murder of journalist Ana Gil". A single named victim counts one.
# Either a first name and a surname, or one role before the name ("del abogado Luis Paz"); a
# lone capitalised word after "homicidio de" is as often a town.
_NOT_FIRST_NAME = (
    r"(?!(?:La|El|Los|Las|Lo|San|Santa|Santo|Ciudad|Puerto|Villa|Nuevo|Nueva|Valle|R[ií]o|Cerro"
    r"|Monte|Colonia|Santiago|Playa|Bah[ií]a)\b)"
)
_ROLE_WORD = r"(?!(?:en|in|at|on|de|del|la|el|los|las|y|e|and|the|a|an|un|una)\b)[a-záéíóúñ]+(?<!s)"
_NAMED_KILLING = re.compile(
    r"\b(?i:asesinato|homicidio|ejecuci[oó]n|murder|killing|assassination|slaying)\s+(?i:del?|of)\s+"
    r"(?:(?:(?i:el|la|the)\s+)?"
    + _ROLE_WORD
    + r"\s+"
    + _CAP
    + r"|"
    + _NOT_FIRST_NAME
    + _CAP
    + r"\s+"
    + _CAP
    + r")\b"
)


def _named_killing(text: str) -> re.Match[str] | None:
    m = _NAMED_KILLING.search(text)
    if m is None or _CHARGE.search(text[: m.start()]) or _ATTEMPT.search(text[: m.start()]):
        return None
    return m


_SEIZED = re.compile(
    r"seiz|confiscat|found|recovered|impounded|asegur|decomis|incaut|encontr|hallaron|localizaron",
    re.IGNORECASE,
)

_SUBSTANCES = {
    "cocaine": r"coca[ií]na|cocaine",
    "marijuana": r"marihuana|mariguana|marijuana|cannabis",
    "methamphetamine": r"metanfetamina|methamphetamine|meth|cristal|crystal meth",
    "fentanyl": r"fentanilo|fentanyl",
    "heroin": r"hero[ií]na|heroin",
    "opium poppy": r"amapola|opium poppy|poppy",
    "coca": r"hoja de coca|coca leaf|coca plants?|plantas de coca|arbustos de coca",
}
_UNITS = {
    "kg": r"kg|kilos?|kilogram(?:me)?s?|kilogramos?",
    "t": r"tons?|tonnes?|toneladas?",
    "g": r"g|grams?|gramos?",
    "lb": r"lbs?|pounds?|libras?",
    "l": r"l|liters?|litres?|litros?",
    "ha": r"ha|hectares?|hect[aá]reas?",
    "packages": r"packages?|packets?|paquetes?|bricks?|ladrillos?",
    "plants": r"plants?|plantas?|matas?",
    "pills": r"pills?|tablets?|pastillas?|pastillas? de",
}
_SUBSTANCE_RE = re.compile(
    "|".join(f"(?P<s_{i}>{p})" for i, p in enumerate(_SUBSTANCES.values())), re.I
)
_UNIT_RE = re.compile(
    r"^\s*(?:" + "|".join(f"(?P<u_{i}>{p})" for i, p in enumerate(_UNITS.values())) + r")\b"
    r"(?:\s+(?:of|de))?\s+(?:\w+\s+){0,2}?",
    re.IGNORECASE,
)


def sentence_drugs(sentence: Sentence) -> list[DrugSeizure]:
    """Drugs with their amount: '300 kilos de cocaína', 'four tons of marijuana'."""
    out: list[DrugSeizure] = []
    used: set[str] = set()
    text = sentence.text
    names = list(_SUBSTANCES)
    units = list(_UNITS)
    for number in sentence.numbers:
        _, e = _local_span(sentence, number)
        m = _UNIT_RE.match(text[e:])
        if not m:
            continue
        sm = _SUBSTANCE_RE.match(text[e + m.end() :])
        if not sm:
            continue
        unit = units[int(next(k for k, v in m.groupdict().items() if v)[2:])]
        name = names[int(next(k for k, v in sm.groupdict().items() if v)[2:])]
        out.append(DrugSeizure(substance=name, amount=number.value, unit=unit))
        used.add(name)
    if _SEIZED.search(text):
        for sm in _SUBSTANCE_RE.finditer(text):
            name = names[int(next(k for k, v in sm.groupdict().items() if v)[2:])]
            if name not in used:
                out.append(DrugSeizure(substance=name))
                used.add(name)
    return out

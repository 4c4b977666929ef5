"""Generic and summary acts, and acts not told as fact: MUC-4 keys no template for them.

template-doc-part1 (section 1, item 7) leaves out generic or summary descriptions of
terrorism: "terrorist attacks on the pipeline", a wave of murders, a count of people killed
over months. The pipeline reads such a sentence as an assault like any other (a wire's
"hundreds of peasants were murdered" is asserted), so the MUC-4 adapter sets aside a record
whose opening sentence tells acts only that way.
"""

from __future__ import annotations

import re

from hito.models import EventRecord
from hito.nlp.date_words import RELATIVE_DAYS, alternation
from hito.nlp.number_words import counting_words

# Acts named in the plural, English and Spanish.
_ACTS = (
    r"(?:attacks|murders|killings|assassinations|kidnappings|abductions|massacres|bombings"
    r"|crimes|disappearances|acts of (?:violence|terrorism|sabotage)"
    r"|atentados|ataques|asesinatos|secuestros|matanzas|masacres|cr[ií]menes|homicidios"
    r"|desapariciones|actos (?:terroristas|de violencia|de sabotaje))"
)
# Words that make a plural act a kind or a trend rather than a told incident.
_KIND = (
    r"(?:many|numerous|countless|repeated|continuing|continued|constant|frequent|recent"
    r"|systematic|such|hundreds of|thousands of|dozens of|scores of"
    # Adverbs of acts that recur ("ARE PERIODICALLY SUFFERING ATTACKS"): a pattern, no one act.
    r"|periodically|repeatedly|constantly|continually|regularly"
    r"|(?:a|the) (?:wave|series|spate|string|campaign|escalation|rash|chain|cycle) of"
    r"|muchos|muchas|numerosos|numerosas|constantes|continuos|frecuentes|recientes"
    r"|sistem[aá]ticos|tales|cientos de|miles de|decenas de"
    r"|peri[oó]dicamente|repetidamente|constantemente|continuamente|regularmente"
    r"|(?:una|la) (?:ola|serie|cadena|escalada|campa[nñ]a) de)"
)
_KIND_ACTS = re.compile(rf"\b{_KIND} (?:[^\W\d_]+ ){{0,2}}?{_ACTS}\b", re.I)
# "the murder of activists": an act on a class of people, no number or name.
_CLASS = (
    r"(?:activists|peasants|students|leaders|officials|judges|journalists|civilians"
    r"|workers|unionists|trade unionists|politicians|children|women|innocent people"
    r"|campesinos|estudiantes|dirigentes|l[ií]deres|funcionarios|jueces|periodistas|civiles"
    r"|trabajadores|sindicalistas|pol[ií]ticos|ni[nñ]os|mujeres|inocentes)"
)
_ACT_ON_CLASS = re.compile(
    rf"\b(?:murder|killing|assassination|kidnapping|massacre|persecution"
    rf"|asesinato|secuestro|matanza|masacre|persecuci[oó]n) (?:of|de) {_CLASS}"
    r"(?=\s*(?:[,.;:]|$|and |or |in |by |y |o |en |por ))",
    re.I,
)
# A span of months or years: a count over it is a summary, not an incident.
_SPAN = re.compile(
    r"\b(?:since (?:19|20)\d\d|since (?:it|the \w+) was|(?:over|in|during) the (?:last|past|recent)"
    r" (?:\w+ )?(?:years|months|weeks)|in recent (?:years|months|weeks)|so far this year"
    r"|desde (?:19|20)\d\d|desde (?:hace|que)|(?:en|durante) (?:los|las) [uú]ltim[oa]s"
    r" (?:\w+ )?(?:a[nñ]os|meses|semanas)|en lo que va del? a[nñ]o)\b",
    re.I,
)
_TOTAL = re.compile(
    r"\b(?:\d[\d,.]*\d|hundreds|thousands|dozens|cientos|miles|decenas)\b"
    r"(?: [^\W\d_]+){0,6}? (?:have|has|had|han|ha|hab[ií]an) (?:been |sido )?"
    r"(?:murdered|killed|kidnapped|died|disappeared|asesinad[oa]s|muert[oa]s|secuestrad[oa]s"
    r"|desaparecid[oa]s)\b",
    re.I,
)


# Acts said to grow rarer or more common ("KIDNAPPINGS OF TRADERS ARE MORE COMMON NOW", "los
# atentados son menos frecuentes"), told as going on with a plural subject ("THE SQUADS ARE
# CARRYING OUT ...", "FARMERS ARE BEING KILLED", "siguen siendo asesinados"), or threatened
# to go on ("VOWED ... THREATENED TO STEP UP ITS RAIDS", "amenazó con continuar"): a trend or
# a kind of act, no one incident with its target (template-doc-part1 1.7). A single act told
# as it happens ("THE POST IS BEING ATTACKED") is not one.
_TREND = re.compile(
    rf"\b{_ACTS}\b(?: [^\W\d_]+){{0,6}}? (?:are|were|have become|son|eran|se han vuelto)"
    r" (?:less|more|increasingly|very|menos|m[aá]s|muy)"
    r" (?:frequent|common|rare|frecuentes|comunes|raros|escasos)\b"
    r"|\bare (?:\w+ (?:and \w+ )?)?(?:carrying out|committing|perpetrating"
    r"|being (?:\w+ (?:and \w+ )?)?(?:murdered|killed|kidnapped|attacked|ambushed|harassed"
    r"|massacred|assassinated|shot|bombed))\b"
    r"|\b(?:est[aá]n|siguen) (?:cometiendo|perpetrando|llevando a cabo"
    r"|siendo (?:asesinad|secuestrad|atacad|emboscad|hostigad|masacrad|bombardead)[oa]s)\b"
    r"|\bthreat(?:s|en|ens|ened)? to (?:continue|carry on|keep up|step up|intensify|resume)\b"
    r"|\bamenaz\w* con (?:continuar|seguir|intensificar|reanudar)\b",
    re.I,
)


# A trend anchored to one act ("the wave ... continued last night when X was shot", "after a
# series of attacks", "including the death of X", "three were murdered"): the act is told.
_ANCHOR = re.compile(
    r"\b(?:when|including|particularly|especially|after|cuando|incluido|incluida|incluyendo"
    r"|en particular|sobre todo|despu[eé]s de|tras)\b"
    rf"|(?:\b(?:{counting_words('en', 1, 10)})|(?<![\d,.])\d{{1,2}})"
    r" (?:[^\W\d_]+ ){0,3}?"
    r"(?:was|were|fue|fueron) (?:murdered|killed|kidnapped|asesinad[oa]s?|muert[oa]s?"
    r"|secuestrad[oa]s?)\b",
    re.I,
)


def outside_going_on(sentence: str) -> str:
    """The sentence less its acts told as going on ("CIVILIANS ARE BEING MURDERED"): a kind
    of act, no incident a record of the sentence tells of its own."""
    return _TREND.sub(" ", sentence)


def generic_sentence(sentence: str) -> bool:
    """Whether `sentence` tells acts as a kind, a trend, going on or a total over a span."""
    if _ANCHOR.search(sentence):
        return False
    if _KIND_ACTS.search(sentence) or _ACT_ON_CLASS.search(sentence) or _TREND.search(sentence):
        return True
    return bool(
        _SPAN.search(sentence) and (_TOTAL.search(sentence) or re.search(_ACTS, sentence, re.I))
    )


# Summaries the generic test above leaves to the keep regression, which learned beside
# them (set aside before it, its refit keeps other low-relevance templates in their place):
# acts listed with commas ("scores of abductions, killings, and arrests"), a count over
# a span named by a number or "last year", a running count ("the number of members murdered
# has risen to 12"), and a total whose subject runs long.
_LISTED_KIND_ACTS = re.compile(rf"\b{_KIND} (?:[^\W\d_]+,? ){{0,2}}?{_ACTS}\b", re.I)
# Weeks or more: a few days may hold one series of blasts, which MUC keys act by act.
_COUNTED_SPAN = re.compile(
    r"\b(?:last year|el a[nñ]o pasado"
    r"|in (?:only |just |less than |under )?\d+ (?:weeks|months|years)"
    r"|en (?:s[oó]lo |solo |apenas |menos de )?\d+ (?:semanas|meses|a[nñ]os)"
    r"|since the (?:[\w-]+ ){1,3}(?:began|started))\b",
    re.I,
)
_LONG_TOTAL = re.compile(
    r"\b(?:\d[\d,.]*\d|hundreds|thousands|dozens|cientos|miles|decenas)\b"
    r"(?: [^\W\d_']+'?){0,12}? (?:have|has|had|han|ha|hab[ií]an) (?:been |sido )?"
    r"(?:murdered|killed|kidnapped|died|disappeared|asesinad[oa]s|muert[oa]s|secuestrad[oa]s"
    r"|desaparecid[oa]s)\b"
    r"|\b(?:number|n[uú]mero|cifra) (?:of|de) (?:[\w'-]+ ){0,4}?(?:murdered|killed|kidnapped"
    r"|disappeared|asesinad[oa]s|muert[oa]s|secuestrad[oa]s|desaparecid[oa]s)"
    r"(?: [\w'-]+){0,3}? (?:has risen|has grown|has climbed|has reached|rose|subi[oó]"
    r"|aument[oó]|lleg[oó]|ascendi[oó]|asciende)\b",
    re.I,
)


# Kinds of act a summary lists, the state's repression among them ("raids, killings
# and arrests"), as a party's charge or a bishop's complaint names them.
_LISTED_ACTS = (
    rf"(?:{_ACTS}|tortures|arrests|searches|raids|threats|ambushes"
    r"|torturas|detenciones|allanamientos|cateos|amenazas|emboscadas)"
)
# Two of them side by side in the plural with no article or number before ("BY
# KIDNAPPINGS, ATTACKS ON FARMS", "denunció secuestros y asesinatos"): kinds of act named,
# as a trend is, not the acts of one day ("THE BOMBINGS AND KIDNAPPINGS OF LAST NIGHT").
_NO_DETERMINER = (
    r"(?<!\bthe )(?<!\bthese )(?<!\bthose )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
    r"(?<!\blos )(?<!\blas )(?<!\bestos )(?<!\bestas )(?<!\bsus )(?<!\bdos )(?<!\bboth )"
    r"(?<!\btwo )(?<!\bthree )(?<!\bfour )(?<!\bfive )(?<!\d )"
)
_ACT_KINDS_LISTED = re.compile(
    rf"\b{_NO_DETERMINER}{_LISTED_ACTS}(?:,|,? (?:and|or|y|o)) {_LISTED_ACTS}\b", re.I
)


def summary_sentence(sentence: str) -> bool:
    """Whether `sentence` tells acts as a summary: generic, listed, or counted over a span
    of weeks or more; none anchored to one act."""
    if _ANCHOR.search(sentence):
        return False
    if generic_sentence(sentence) or _LISTED_KIND_ACTS.search(sentence):
        return True
    if _ACT_KINDS_LISTED.search(sentence):
        return True
    span = _SPAN.search(sentence) or _COUNTED_SPAN.search(sentence)
    return bool(span and (_LONG_TOTAL.search(sentence) or re.search(_ACTS, sentence, re.I)))


# An act told only as planned, called for, threatened or warded off (template-doc-part1 1.5:
# acts not reported as fact): "calling for the assassination of X", "the possibility of an
# attack", "the danger of attacks", "planning to kidnap", "bomb threats", "to refrain from attacks".
_UNREAL = re.compile(
    r"\b(?:call(?:s|ed|ing)? for the (?:assassination|murder|killing|kidnapping)"
    r"|(?:possibility|danger|risk) of (?:an? )?(?:\w+ )?"
    r"(?:attacks?|bombings?|assassination|kidnapping)"
    r"|plann(?:ed|ing) to (?:carry out|commit|kidnap|attack|assassinate|murder|bomb|blow up)"
    r"|bomb threats?|threat(?:s|ened)? (?:of|to) (?:\w+ )?(?:attacks?|bomb|kill|kidnap|blow)"
    r"|(?:refrain|abstain) from (?:\w+ ){0,2}?(?:attacks|actions|violence)"
    r"|suspen(?:d|ded|ding|sion of) (?:\w+ ){0,2}?(?:attacks|actions|activities)"
    r"|from being (?:murdered|killed|kidnapped|attacked)"
    r"|pidi[oó] el (?:asesinato|secuestro)"
    r"|(?:posibilidad|peligro|riesgo) de (?:un |nuevos )?(?:atentados?|ataques?|secuestros?)"
    r"|planeaban? (?:atentar|asesinar|secuestrar|atacar|cometer)|amenazas? de (?:bomba|muerte)"
    r"|suspend(?:er|er[aá]n?|i[oó]|ieron) (?:\w+ ){0,2}?(?:ataques|atentados|acciones)"
    r"|(?:abstenerse|abstendr[aá]n?) de (?:\w+ ){0,2}?(?:ataques|atentados|acciones))",
    re.I,
)


# An act told as done in the same sentence ("THE GANG, WHICH TORCHED A
# WAREHOUSE AT DAWN, MAILED A NOTE VOWING TO KILL ..."): the threat does not unmake it.
_DONE = re.compile(
    r"(?<!being )(?<!been )\b(?:set fire to|burned|torched|bombed|blew up|dynamited|murdered"
    r"|assassinated|kidnapped|machine-?gunned|attacked|ambushed|incendiaron|quemaron|asesinaron"
    r"|mataron|secuestraron|atacaron|dinamitaron|emboscaron)\b",
    re.I,
)


# Words that tell an act, in a sentence that names one.
_ACT_WORD = (
    r"(?:assassinat\w*|murder\w*|kill\w*|massacre\w*|kidnap\w*|abduct\w*|bomb\w*|attack\w*"
    r"|explo\w*|dynamit\w*|shot|wounded|burned|set fire|asesin\w*|mat(?:ó|aron)|masacre\w*"
    r"|matanza\w*|secuestr\w*|atentado\w*|atac\w*|estall\w*|explot\w*|incendi\w*|hiri(?:ó|eron))"
)


# A crime named in the singular with no article, possessive or number before it, after a
# comma, a conjunction or a preposition ("SPREADING FEAR AND MURDER", "charged with extortion
# and murder", "cases of abduction and murder of journalists", "acusados de secuestro y
# asesinato"): the noun names a kind of crime, as a mass noun does; an incident takes a
# determiner ("the murder of the judge", "el secuestro del alcalde"). A gerund before its
# object ("accused of kidnapping 30 farmers") tells an act, so the noun must end its phrase
# or pass to a class of people (template-doc-part1 1.7: no template for generic acts).
_CRIME_NOUN = (
    r"(?:murder|assassination|massacre|abduction|kidnapping|asesinato|secuestro|masacre|matanza)"
)
_BARE_CRIME = re.compile(
    rf"(?:, |\b(?:and|or|of|on|for|by|with|y|o|de|por|con) )(?P<noun>{_CRIME_NOUN})\b"
    rf"(?=\s*(?:[,.;:\"]|$)|\s+(?:and|or|y|o|amid|in|en|entre)\b|\s+(?:of|de) {_CLASS})",
    re.I,
)
_ACT_TOLD = re.compile(rf"\b{_ACT_WORD}", re.I)


def kinds_of_crime_only(sentence: str) -> bool:
    """Whether every word of `sentence` that tells an act is a crime named as a kind, bare
    of any determiner ("accused of murder and extortion")."""
    acts = [m.start() for m in _ACT_TOLD.finditer(sentence)]
    bare = {m.start("noun") for m in _BARE_CRIME.finditer(sentence)}
    return bool(acts) and all(start in bare for start in acts)


# Acts called indiscriminate ("INDISCRIMINATE SHELLING", "THE INDISCRIMINATE BOMBING AND
# STRAFING OF", "ataques indiscriminados", "represión indiscriminada"): a campaign against
# no one chosen, the general target template-doc-part1 (section 1, item 7) makes no template
# for. Not one act ("AN INDISCRIMINATE BOMBING OF THE MARKET") nor the adverb on an act told
# with its victims ("FIRED INDISCRIMINATELY ON THE BUYERS").
_INDISCRIMINATE_ACTS = re.compile(
    r"(?<!\ban )\bindiscriminate (?:[\w-]+ ){0,2}?(?:attacks|bombings?|shelling|strafing"
    r"|machine-?gunning|murders|killings|massacres|repression|fire|acts of (?:violence|terror))\b"
    r"|\b(?:ataques|atentados|bombardeos|ametrallamientos|asesinatos|matanzas|masacres"
    r"|disparos|represi[oó]n|actos de (?:violencia|terror))(?: [\w-]+){0,2}?"
    r" indiscriminad[oa]s?\b",
    re.I,
)
# A toll counted in the sentence ("three farmhands were killed by the indiscriminate shelling
# of the ridge", "dejó cuatro muertos"): the bombing of one place, told.
_TOLL = re.compile(
    rf"\b(?:\d+|{counting_words('en', 1, 10)}|un[oa]?|{counting_words('es', 2, 10)})"
    r"(?: [^\W\d_]+){0,2}? (?:(?:have|has|had) been |were |was "
    r"|fueron |han sido |resultaron )?(?:killed|wounded|injured|dead|died|murdered|muert[oa]s?"
    r"|murieron"
    r"|herid[oa]s?|asesinad[oa]s?)\b",
    re.I,
)
_ACT_NAMED = re.compile(rf"\b{_ACT_WORD}|\b(?:repression|represi[oó]n|shelling|strafing)\b", re.I)


def _told_as_indiscriminate(record: EventRecord) -> bool:
    """Whether the first sentence of the record that names an act calls it indiscriminate
    and counts no dead or wounded."""
    telling = next((s for s in record.evidence if _ACT_NAMED.search(s)), None)
    return (
        telling is not None
        and bool(_INDISCRIMINATE_ACTS.search(telling))
        and not _TOLL.search(telling)
    )


def is_generic(record: EventRecord) -> bool:
    """Whether the record's opening sentence tells its act only generically (or names only
    kinds of crime), or only as planned, called for or threatened, or the first sentence
    telling an act calls it indiscriminate."""
    if not record.evidence:
        return False
    opening = record.evidence[0]
    if generic_sentence(opening) or kinds_of_crime_only(opening) or _told_as_indiscriminate(record):
        return True
    return bool(_UNREAL.search(opening)) and not _DONE.search(opening)


# An act told only as the time of other news ("AFTER THE MURDER OF SENATOR X, THE CABINET
# MET ...", "cuando secuestraron al alcalde, la asamblea ..."): recalled to date what the
# report is about, not reported itself; template-doc-part1 (section 1, item 6) keys only
# recent, new information, and the sentence brings none about the act.
# A wire's opening "PLACE, 3 MAR 90 (SOURCE) -- [TEXT]", read past to the sentence itself.
_DATELINE = re.compile(r"^[^,]{1,60}, \d{1,2} [^\W\d_]+ \d{2,4}\b.{0,120}?--\s*(?:\[[^\]]*\]\s*)*")
_TIME_OF_ACT = re.compile(
    r"^(?:(?:on (?:that|this) occasion|at (?:that|the) time|en (?:esa|aquella) ocasi[oó]n"
    r"|en ese momento), )?"
    r"(?:(?:shortly|soon|just|long|ever|only) )?"
    r"(?:after|since|following|when|tras|despu[eé]s de(?: que)?|luego de(?: que)?"
    r"|desde(?: que)?|cuando)\b"
    rf"(?P<clause>[^,;]{{0,160}}?\b{_ACT_WORD}\b[^,;]*),(?P<rest>.*)$",
    re.I,
)
_ACT_IN_REST = re.compile(rf"\b{_ACT_WORD}\b", re.I)
# A clause that dates the act to the report's days ("after yesterday's murder of ...") tells
# a recent act, which MUC keys however the sentence frames it.
_RECENT_DAY = re.compile(
    rf"\b(?:{alternation({w: d for w, d in RELATIVE_DAYS.items() if d >= 0})})\b", re.I
)


def _time_only(sentence: str) -> bool:
    told = _TIME_OF_ACT.match(_DATELINE.sub("", sentence).strip())
    return (
        told is not None
        and not _RECENT_DAY.search(told.group("clause"))
        and not _ACT_IN_REST.search(told.group("rest"))
    )


def told_as_time_only(record: EventRecord) -> bool:
    """Whether every sentence of the record names its act only in an opening clause that
    dates the sentence's other news ("after the murder of ...", "tras el asesinato de ...")."""
    return bool(record.evidence) and all(_time_only(s) for s in record.evidence)

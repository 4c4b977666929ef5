"""How a sentence presents its content: asserted, reported, hedged, historical or hypothetical.

Cue lexicons per labelling-conventions.md. When several kinds of cue occur, the strongest
wins: an episode recalled as background is historical whatever else the sentence says, a
promise is hypothetical even when attributed, and hedging outranks plain attribution.
Adjectives like "alleged"/"presunto" are not cues: a hedged perpetrator with an unhedged
occurrence stays asserted.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable

from hito.geo.countries import country_code
from hito.models import DateMention, Factuality
from hito.nlp.act_words import STOPPING_STEMS
from hito.nlp.date_words import month_names
from hito.nlp.gate import Gate
from hito.nlp.number_words import counting_words

_PRIORITY: tuple[Factuality, ...] = ("historical", "hypothetical", "hedged", "reported")
_I = re.IGNORECASE

_CUES: dict[str, dict[Factuality, re.Pattern[str]]] = {
    "en": {
        "historical": re.compile(
            r"\bprevious(?!\s+(?:day|night|evening|morning|afternoon|week)\b)\s+\w+|\bpreviously\b"
            r"|\bearlier\s+(?:incidents?|attacks?|episodes?|crises|crisis|clashes|cases?|massacres?)"
            # Not "recalled by his government": an envoy called home recalls nothing.
            r"|\b(?:years|decades)\s+ago\b|\brecall(?:ed|s|ing)\b(?!\s+by\b)"
            # "We remember the assassination of X": remembered, as recalled, is background; a
            # witness who "remembers hearing shots" tells what he lived, not an old act.
            r"|\bremember(?:ed|s|ing)?\b(?!\s+\w+ing\b)"
            # Not "in the past few days", "in the past 24 hours": a span up to now is news.
            r"|\bin\s+the\s+past\b(?!\s+(?:\w+\s+)?(?:minutes?|hours?|days?|weeks?|months?)\b)"
            r"|\bmirror(?:s|ed)\b|\becho(?:es|ed)\b|\breminiscent\s+of\b|\bback\s+in\b"
            # Not "unprecedented in the country's history of violence", "the worst in the
            # history of": a superlative measures today's act against the past.
            r"|(?<!\bin\sthe\s)(?<!\bin\sits\s)(?<!'s\s)(?<!’s\s)\bhistor(?:y|ically)\s+of\b"
            r"|\bat\s+the\s+time\b"
            # "The deployment follows the killing of six people": the killing came before.
            r"|\b(?:follows?|(?:comes|came)\s+(?:\w+\s+\w+\s+)?after)\s+(?:the|an?)\b"
            # "Earlier this year, the director was gunned down": an act of its own, before the news.
            r"|\bearlier\s+(?:this|that|in\s+the)\s+year\b"
            # "The same bridge was bombed two months ago": an earlier act on the target of today's.
            # Not "that same night troops were ...": a time, not a target.
            r"|\b(?:the|this|that)\s+same\s+(?!(?:day|night|morning|afternoon|evening|week|month"
            r"|year|time)\b)[\w-]+(?:\s+[\w-]+)?\s+(?:was|were|had\s+been)\b"
            r"(?=[^.;]*\b(?:ago|last\s+(?:week|month|year))\b)",
            _I,
        ),
        "hypothetical": re.compile(
            r"\b(?:will|won't|would|shall|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to"
            r"|(?:is|are)\s+(?:expected|set|due|going)\s+to|aims?\s+to|calls?\s+for|called\s+for"
            r"|promised|pledged|vowed|if|unless)\b"
            # An arrest or a release asked for, owed or given a deadline has not happened. Asked
            # for as the aim of an act ("blocked the road to demand", ", demanding"), it leaves
            # that act done, as "para exigir" and "exigiendo" do.
            r"|(?<!\bto\s)(?<!,\s)\bdemand(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,8}?(?:be\s+)?(?:arrest|release|detention)"
            r"|\b(?:should|must|ought\s+to)\s+(?:\w+\s+)?be\s+(?:arrested|detained|booked|punished)"
            r"|\b(?:days|weeks|time|orders?|warrants?|sought|seeking|bid|efforts?)\s+to\s+(?:arrest|detain)\b"
            # An arrest failed, urged or allowed, or one that may or can be made, is no arrest made.
            r"|\b(?:fail(?:ed|s)?|unable|not\s+(?:been\s+)?able|difficult|steps|urg(?:ed|ing)\s+\w+"
            r"|allow(?:s|ed)?(?:\s+\w+){0,2})\s+to\s+(?:arrest|detain|apprehend)\b"
            r"|\b(?:may|might|can|cannot|could|likely\s+to)\s+(?:not\s+)?be\s+(?:arrested|detained"
            r"|put\s+under\s+(?:house\s+)?arrest)\b"
            # An act a report is denied of did not happen ("the report that ... is
            # unfounded"); not "denied that they killed" or "denied reports about their
            # involvement", which deny a part in the act, not the act.
            r"|\b(?:reports?|rumou?rs?|versions?|news)\s+(?:that|of)\b[^.;]{0,200}?"
            r"\b(?:is|was|are|were)\s+(?:(?:absolutely|totally|completely|entirely)\s+)?"
            r"(?:unfounded|false|untrue|baseless|groundless)\b"
            r"|\bden(?:ied|ies|y|ying)\s+(?:the\s+)?(?:reports?|rumou?rs?)\s+that\b",
            _I,
        ),
        "hedged": re.compile(
            r"\b(?:allegedly|reportedly|apparently|possibly|presumably|purportedly|supposedly"
            r"|seemingly|probably|likely|appears?\s+to|appeared\s+to|seems?\s+to|might|may\s+have"
            # Not "could not prevent the attack": what no one could stop happened.
            rf"|could(?!\s+not\s+(?:{STOPPING_STEMS})\b))\b"
            # Not a hedge on who did it or what for: "gunned down, apparently on the orders of
            # the gang" (the conventions: a hedged perpetrator leaves the occurrence asserted).
            r"(?!,?\s+(?:on\s+(?:the\s+)?orders?\s+of|at\s+the\s+hands\s+of|by|for)\b)",
            _I,
        ),
        "reported": re.compile(
            r"\b(?:said|says|told|according\s+to|reported|reports?\s+that|reports|stated|announced|confirmed"
            r"|claimed|explained|added|noted|indicated|denounced|revealed|informed|declared"
            r"|testified|warned)\b",
            _I,
        ),
    },
    "es": {
        "historical": re.compile(
            r"\b(?:anteriormente|previamente)\b|\ben\s+(?:años|décadas)\s+pasad[oa]s\b|\bcomo\s+ocurrió\s+en\b"
            r"|\ben\s+el\s+pasado\b|\bhace\s+(?:\w+\s+)?(?:años|décadas)\b|\brecord(?:ó|aron|amos)\b"
            r"|\brecuerdan\b(?!\s+haber\b)"
            r"|\b(?:anteriores|previos|previas)\b|\ben\s+aquella\s+ocasión\b|\bya\s+en\b"
            r"|\bal\s+igual\s+que\s+en\b|\brecuerda\s+a\b"
            r"|\ba\s+(?:principios|inicios|comienzos)\s+de\s+(?:este|ese)\s+año\b"
            r"|\b(?:se\s+produce|llega|ocurre)\s+(?:\w+\s+\w+\s+)?(?:tras|despu[eé]s\s+de)\s+(?:el|la|los|las|un|una)\b"
            r"|\b(?:el|la|los|las|este|esta|ese|esa)\s+mism[oa]s?\s+(?!(?:d[ií]a|noche|mañana|tarde|semana|mes"
            r"|año|momento)\b)[\w-]+(?:\s+[\w-]+)?\s+(?:ya\s+)?"
            r"(?:fue|fueron|hab[ií]an?\s+sido)\b(?=[^.;]*\b(?:hace|pasad[oa])\b)",
            _I,
        ),
        "hypothetical": re.compile(
            r"\b\w+(?:ará|erá|irá|arán|erán|irán|drá|drán)\b"
            # Not "serían": news use it for rumour about who or why ("serían miembros de
            # una banda"), which leaves the occurrence asserted, not for plans.
            r"|\b(?!(?:serían|estarían)\b)\w+(?:arían|erían|irían)\b"
            r"|\b(?:planea|planean|prevé|prevén|pretende|pretenden|busca\s+que|va\s+a|van\s+a"
            r"|exigió|exigieron|pidió|pidieron|prometió|prometieron|si)\b"
            # An act a report is denied of did not happen.
            r"|\b(?:versi[oó]n|versiones|informaci[oó]n|noticias?|rumor(?:es)?|informes?"
            r"|reportes?)\b[^.;]{0,200}?\b(?:(?:es|era|son|eran|fue|fueron|resulta|result[oó])\s+"
            r"(?:(?:absolutamente|totalmente|completamente)\s+)?(?:fals[oa]s?|infundad[oa]s?)"
            r"|carecen?\s+de\s+(?:todo\s+)?fundamento)\b"
            r"|\b(?:desminti[oó]|desmintieron|desmiente|desmienten)\s+(?:(?:la|las|el|los)\s+)?"
            r"(?:versi[oó]n|versiones|informaci[oó]n|informes?|rumor(?:es)?|noticias?|reportes?)\b",
            _I,
        ),
        "hedged": re.compile(
            r"\b(?:presuntamente|al\s+parecer|aparentemente|supuestamente|posiblemente"
            r"|probablemente|se\s+presume|se\s+cree|podría|podrían|habría|habrían)\b"
            r"(?!,?\s+(?:por\s+(?:órdenes|orden|parte)\s+de|a\s+manos\s+de|para)\b)",
            _I,
        ),
        "reported": re.compile(
            r"\b(?:dijo|dijeron|según|informó|informaron|señaló|señalaron|de\s+acuerdo\s+con"
            r"|afirmó|afirmaron|indicó|indicaron|declaró|explicó|reportó"
            # "Asegurar" is to seize as well as to assure: it credits a source only where what
            # follows is said ("aseguró que", "aseguró en una entrevista que", "aseguró:"), not
            # in "se les aseguró un fusil", "aseguraron 30 kilos" nor a list of acts
            # ("detuvieron a dos, aseguraron el vehículo").
            r"|asegur(?:ó|aron)(?=\s+(?:[^\s.,;:]+\s+){0,3}?que\b|\s*:)"
            r"|reportaron|confirmó|confirmaron|detalló|precisó|agregó|añadió|manifestó|denunció"
            r"|denunciaron|dio\s+a\s+conocer|dieron\s+a\s+conocer|trascendió|reveló|comunicado"
            # The present of headlines ("..., informa la Fiscalía", "Denuncian que ..."); the
            # noun "denuncia" (a complaint filed) credits no one, so only ", denuncia X".
            r"|informa|informan|dice|dicen|señala|señalan|afirma|afirman|confirma|confirman"
            r"|revela|revelan|denuncian|denuncia\s+que)\b|(?<=,\s)denuncia\b",
            _I,
        ),
    },
}
# The kinds whose cues a sentence may hold, read off it in one cheap pass (hito.nlp.gate).
_GATES = {lang: Gate(cues[kind] for kind in _PRIORITY) for lang, cues in _CUES.items()}
# "in 2019", "en 2019": historical only when the report is published in a later year.
_YEAR = re.compile(
    r"\b(?:in|en|during|durante|back\s+in)\s+"
    # "In October 2023", "en marzo de 2022": the month does not make the year less past.
    rf"(?:(?:{month_names('en', 'es')})\s+(?:de\s+|of\s+)?)?((?:19|20)\d{{2}})\b",
    _I,
)

# A year in a clause that is not the sentence's own act dates that clause only: a relative
# clause ("Ortega, who in 1979 escaped an ambush, swore ..."; "el alcalde, quien fue
# detenido en 2011,") or a title or appointment held then ("the killing of X, mayor of
# Medellín in 1984"; "el alcalde, electo en 2009,"). Not "since 1985": what has happened
# since then ("800 members have died since the party was formed in 1985") is a tally over
# the years, background still.
_SIDE_OPENER = re.compile(
    r"(?:^|[,;(\u2014][\"\u201d\u2019']?|\s-{1,2}\s|\band\b|\by\b)\s*(?:(?:of|in|during|by|at|de|en|durante|por|a)\s+)?"
    # "Salinas, a river town which in 2010 ...": a relative clause on an apposition.
    r"(?:(?:an?|una?)\s+(?:[\w-]+\s+){1,3})?"
    r"(?:who|whom|whose|which|quien|quienes|cuy[oa]s?|(?:el|la|los|las|lo)\s+cual(?:es)?)\b",
    _I,
)
# Where a side phrase ends: a comma, semicolon, bracket or dash (no colon, unlike
# _CLAUSE_BOUND below). The incident splitter bounds its clauses with the same marks.
PHRASE_BOUND = re.compile(r"[,;()\u2014]|\s-{1,2}\s")
_DASH = re.compile(r"\u2014|\s-{1,2}\s")
_HELD_THEN = re.compile(
    r"\b(?:mayor|governor|president|minister|director|chief|head|commander|senator|deputy"
    r"|alcalde|alcaldesa|gobernador[a]?|president[ea]|ministr[oa]|director[a]?|jef[ea]|comandante"
    r"|senador[a]?|diputad[oa])(?:\s+(?:of|de|del)(?:\s+[\w.'’-]+){1,3})?\s*$"
    r"|,\s*(?:(?:re)?elected|appointed|named|born|(?:re)?elect[oa]|nombrad[oa]|designad[oa]|nacid[oa])\s*$",
    _I,
)

# A year the text names as such ("for 2013", "by 2011"): a report names no year after its own.
_NAMED_YEAR = re.compile(
    r"\b(?:in|en|for|by|of|para|de|del|since|desde|until|hasta|during|durante)\s+"
    r"((?:19|20)\d{2})\b(?!\s*[\d%])",
    _I,
)


def written_no_earlier(text: str, dates: Iterable[DateMention]) -> dt.date | None:
    """With no publication date, the first day of the latest year the report names: it was
    written then or later, so an act "in 2011" in a report that names 2013 is background."""
    years = [d.date.year for d in dates if d.date is not None]
    years += [int(m.group(1)) for m in _NAMED_YEAR.finditer(text)]
    return dt.date(max(years), 1, 1) if years else None


# "last year", "el año pasado": a year before the report's own, whenever it was written.
# Not "last year's campaign": a thing of last year, which may carry on into this one.
_LAST_YEAR = re.compile(
    r"\blast\s+year\b(?!['’]s)|\b(?:el|del)\s+(?:año\s+pasado|pasado\s+año)\b", _I
)


def _past_years(sentence: str, published: dt.date | None) -> list[re.Match[str]]:
    """The years the sentence names that are before the report's own (any named year,
    when its publication date is not given), and its "last year"."""
    named = [
        m for m in _YEAR.finditer(sentence) if published is None or int(m.group(1)) < published.year
    ]
    return sorted([*named, *_LAST_YEAR.finditer(sentence)], key=lambda m: m.start())


@functools.lru_cache(maxsize=4096)
def side_years(sentence: str, published: dt.date | None = None) -> tuple[tuple[int, int], ...]:
    """The spans of the side clauses that a year dates (only a year before the report's own,
    when its publication date is given, or "last year"): that year tells when the clause's
    act happened, not the sentence's main act."""
    spans: list[tuple[int, int]] = []
    for m in _past_years(sentence, published):
        before = sentence[: m.start()]
        bounds = [b.end() for b in PHRASE_BOUND.finditer(before)]
        clause_start = bounds[-1] if bounds else 0
        openers = [o for o in _SIDE_OPENER.finditer(before) if o.end() > clause_start - 1]
        if openers:
            start = openers[-1].start()
        elif _HELD_THEN.search(before[max(0, clause_start - 2) :]):
            start = clause_start
        else:
            # "The navy -- which critics held responsible, for the most part, for murders that
            # started in 2011 -- returned": an aside between dashes runs to the dash that
            # closes it, whatever commas it holds.
            dashes = list(_DASH.finditer(before))
            if not dashes or not _SIDE_OPENER.match(before, dashes[-1].start()):
                continue
            closing = _DASH.search(sentence, m.end())
            spans.append((dashes[-1].start(), closing.start() if closing else len(sentence)))
            continue
        after = PHRASE_BOUND.search(sentence, m.end())
        spans.append((start, after.start() if after else len(sentence)))
    return tuple(spans)


# "in recent months", "en las últimas semanas": a span that reaches back from the report
# dates the act of its clause as an earlier one, background to the news. Not "in the past
# week" (a span up to now, which may hold the news) and not a span in another clause
# ("deployed on Monday, after roadblocks in recent weeks").
_RECENT_SPAN = re.compile(
    r"\b(?:in|over|during)\s+recent\s+(?:weeks|months|years)\b"
    r"|\b(?:en|durante)\s+(?:los\s+[uú]ltimos\s+(?:meses|años)|las\s+[uú]ltimas\s+semanas"
    r"|(?:los\s+)?(?:meses|años)\s+recientes|(?:las\s+)?semanas\s+recientes)\b",
    _I,
)
_CLAUSE_BOUND = re.compile(r"[,;:()\u2014]|\s-{1,2}\s")


@functools.lru_cache(maxsize=4096)
def recent_span_clauses(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of the clauses that a span of recent weeks, months or years dates; a span
    that opens the sentence on its own ("In recent weeks, gunmen ...") dates the clause
    after it."""
    spans: list[tuple[int, int]] = []
    for m in _RECENT_SPAN.finditer(sentence):
        bounds = [b.end() for b in _CLAUSE_BOUND.finditer(sentence, 0, m.start())]
        start = bounds[-1] if bounds else 0
        after = _CLAUSE_BOUND.search(sentence, m.end())
        if after is not None and not sentence[m.end() : after.start()].strip():
            after = _CLAUSE_BOUND.search(sentence, after.end())
        spans.append((start, after.start() if after else len(sentence)))
    return tuple(spans)


# A clause of its own that tells an act done: "..., while 37 people were killed in firing".
_CLAUSES = re.compile(
    r";\s+|,\s+(?=(?:but|and)\b)|\s(?=(?:while|whereas)\b)|\s(?=(?:and|but)\s+(?:will|would)\b)", _I
)
_DONE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:killed|shot\s+dead|arrested|detained|injured|wounded)\b"
    # "it had deployed 200 soldiers ... and would keep them there": the sending is done.
    r"|\b(?:has|have|had)\s+(?:already\s+)?(?:deployed|sent|arrested|detained|seized)\b",
    _I,
)
_MODAL = re.compile(r"\b(?:will|would)\b", _I)
# Spanish headlines join a done act and what follows from it with a semicolon: "detienen a
# dos; pasarán años en prisión", "matan a un hombre; antes pidió ayuda". The act clause is
# in the present or preterite (headline tense) and holds no plan of its own.
_CLAUSES_ES = re.compile(r";\s+")
_DONE_ES = re.compile(
    r"\b(?:asesin|mat|ejecut|ultim|acribill|bale|abat|masacr|detien|detuv|captur|arrest|aprehend"
    r"|apres|hall|localiz|encuentr|encontr|secuestr|rescat|atac)(?:an|a|en|e|aron|ieron|[oó]|i[oó])\b"
    r"|\b(?:muere|mueren|muri[oó]|murieron|caen?|cay[oó]|cayeron)\b"
    r"|\b(?:fue|fueron|es|son)\s+(?:asesinad|ejecutad|detenid|capturad|aprehendid|arrestad"
    r"|hallad|localizad|encontrad|secuestrad)[oa]s?\b",
    _I,
)
# Denials name a report of the act, wherever they stand: they stay sentence-wide.
_DENIAL_ES = re.compile(r"desmient|desminti|versi[oó]n|informaci|notici|rumor|informe|reporte", _I)


def _plan_elsewhere_es(kind: Factuality, m: re.Match[str], sentence: str) -> bool:
    """A Spanish plan, request or condition in one clause of a headline does not make the
    act told as done in another a plan ("capturan a tres; uno pasará años en la cárcel")."""
    if kind != "hypothetical" or _DENIAL_ES.search(m.group()) or ";" not in sentence:
        return False
    return _done_in_another_clause(m, sentence, _CLAUSES_ES, _DONE_ES, _CUES["es"]["hypothetical"])


def _modal_elsewhere(kind: Factuality, m: re.Match[str], sentence: str) -> bool:
    """A "will"/"would" in one clause does not make an act told as done in another a plan:
    "an army brigade would be coming, while 37 people were killed in police firing"."""
    if kind != "hypothetical" or not _MODAL.fullmatch(m.group()):
        return False
    return _done_in_another_clause(m, sentence, _CLAUSES, _DONE, _MODAL)


# A promise ("promised protection", "prometió protección") is a plan of its own object only:
# an act joined to it by "and"/"y" in the past ("and deployed 200 officers", "y desplegó a
# 200 agentes") was done.
_PROMISE = re.compile(r"\b(?:promised|pledged|vowed|prometi[oó]|prometieron)\b", _I)
_DONE_AFTER_PROMISE = {
    "en": re.compile(
        r"(?:,\s*|\s)and\s+(?:also\s+|then\s+)?(?:deployed|sent|dispatched|mobili[sz]ed|stationed"
        r"|arrested|detained|seized|captured)\b",
        _I,
    ),
    "es": re.compile(
        r"(?:,\s*|\s)[ye]\s+(?:tambi[eé]n\s+|luego\s+)?(?:(?:despleg|envi|moviliz|captur|asegur"
        r"|arrest|instal|apost)(?:[oó]|aron)|detuv(?:o|ieron))\b",
        _I,
    ),
}


def _promise_beside_done_act(
    kind: Factuality, m: re.Match[str], sentence: str, language: str
) -> bool:
    """A promise does not make the act the sentence goes on to tell as done a plan: "the
    police promised protection and deployed officers" deployed them."""
    if kind != "hypothetical" or not _PROMISE.fullmatch(m.group()):
        return False
    lang = language if language in _DONE_AFTER_PROMISE else "en"
    done = _DONE_AFTER_PROMISE[lang].search(sentence, m.end())
    return done is not None and not _CUES[lang]["hypothetical"].search(sentence, done.start())


def _done_in_another_clause(
    m: re.Match[str],
    sentence: str,
    clauses: re.Pattern[str],
    done: re.Pattern[str],
    plan: re.Pattern[str],
) -> bool:
    """Whether a clause of the sentence other than the cue's tells an act as done, with no
    plan of its own."""
    cuts = [0, *(b.end() for b in clauses.finditer(sentence)), len(sentence)]
    return any(
        not a <= m.start() < b and done.search(part) and not plan.search(part)
        for a, b in itertools.pairwise(cuts)
        if (part := sentence[a:b])
    )


# A relative clause told after the act ("deported to Guatemala, where he will face
# charges"; "detenido en el penal en el que cumplirá su condena") says what comes of the act,
# not that the act is still to come.
_RELATIVE = re.compile(
    r"\b(?:where|who|whom|which|donde|quien(?:es)?|que|(?:en|a|por)\s+(?:el|la|los|las)\s+(?:que|cual(?:es)?))\b",
    _I,
)
_DONE_BEFORE = {
    "en": re.compile(
        _DONE.pattern + r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+){0,6}?"
        r"(?:deported|extradited|expelled|captured|kidnapped|abducted)\b"
        r"|\b(?:arrested|detained|captured|deported|extradited|killed|kidnapped|abducted)\s+(?!by\b)\w",
        _I,
    ),
    "es": re.compile(
        _DONE_ES.pattern + r"|\b(?:fue|fueron)\s+(?:\w+\s+){0,6}?(?:deportad|extraditad|expulsad"
        r"|detenid|capturad|aprehendid|arrestad|secuestrad|asesinad)[oa]s?\b"
        r"|\b(?:deport|extradit|expuls)(?:aron|[oó])\b",
        _I,
    ),
}


def _relative_after_act(sentence: str, end: int, language: str) -> int | None:
    """Where the first relative clause before `end` opens that follows an act told as done,
    with no plan of its own before it."""
    lang = language if language in _DONE_BEFORE else "en"
    plan = _CUES[lang]["hypothetical"]
    for opener in _RELATIVE.finditer(sentence, 0, end):
        before = sentence[: opener.start()]
        if _DONE_BEFORE[lang].search(before) and not plan.search(before):
            return opener.start()
    return None


def _future_after_act(kind: Factuality, m: re.Match[str], sentence: str, language: str) -> bool:
    """A future inside a relative clause that follows an act told as done ("was arrested
    and sent home, where a judge will try him") leaves that act done."""
    if kind != "hypothetical" or (language == "es" and _DENIAL_ES.search(m.group())):
        return False
    return _relative_after_act(sentence, m.start(), language) is not None


@functools.lru_cache(maxsize=4096)
def plan_after_act(sentence: str) -> int | None:
    """Where a relative clause opens that tells, after an act done, what is still to come of
    it ("expulsado a Honduras, donde lo juzgarán por un robo de marzo"): from there
    on, dates and places are the plan's or an older act's, not the done act's."""
    for language in ("en", "es"):
        plan = _CUES[language]["hypothetical"]
        starts = [
            at
            for m in plan.finditer(sentence)
            if not (language == "es" and _DENIAL_ES.search(m.group()))
            and (at := _relative_after_act(sentence, m.start(), language)) is not None
        ]
        if starts:
            return min(starts)
    return None


# A headline that credits its account to a source before or after a colon ("Police: two
# farmers abducted", "Caen nueve por la masacre: Sedena"); not a label ("Analysis:",
# "VIDEO:"), a country as the topic ("Honduras: ...") nor a dateline in capitals
# ("NEW DELHI:").
_CREDIT_BEFORE = re.compile(r"^\s*(?P<source>[^\W\d_][\w.'’&-]*(?:\s+[\w.'’&-]+){0,2}):\s+\S")
# The source after the last colon: one to three words, closing the headline.
_CREDIT_AFTER = re.compile(r"\s*(?P<source>[^\W\d_][\w.'’&-]*(?:\s+[\w.'’&-]+){0,2})\s*[.!]?\s*")
# A headline is a line of a few words; a longer first "sentence" is no headline.
_HEADLINE_CHARS = 250
_HEADLINE_LABEL = re.compile(
    r"(?:video|videos|photos?|fotos?|galer[ií]a|analysis|an[aá]lisis|opinion|opini[oó]n"
    r"|editorial|column|columna|update|breaking|exclusive|exclusiva|interview|entrevista"
    r"|live|en\s+vivo|[uú]ltima\s+hora|urgente|(?:\w+\s+)?roundup|resumen|cr[oó]nica"
    r"|reportaje|special\s+report|especial|watch|mira|explainer|factbox|q&a)",
    _I,
)


def _names_a_source(name: str, before_colon: bool) -> bool:
    """Could the words by a headline's colon name who tells the account? Not a dateline in
    capitals, a label, nor, before the colon, a country the headline is about."""
    words = name.split()
    dateline = name.isupper() and (len(words) > 1 or len(name) > 5)
    return (
        name[0].isupper()
        and not dateline
        and not _HEADLINE_LABEL.fullmatch(name)
        and not (before_colon and country_code(name) is not None)
    )


def credited_headline(headline: str) -> bool:
    """Does the headline credit its account to a source named before or after a colon?"""
    if len(headline) > _HEADLINE_CHARS:
        return False
    before = _CREDIT_BEFORE.match(headline)
    if before is not None:
        return _names_a_source(before.group("source").strip(), before_colon=True)
    colon = headline.rfind(":")
    after = _CREDIT_AFTER.fullmatch(headline, colon + 1) if colon > 0 else None
    return (
        after is not None
        and len(headline[:colon].split()) >= 2
        and _names_a_source(after.group("source").strip(), before_colon=False)
    )


def _place_name(kind: Factuality, m: re.Match[str], sentence: str) -> bool:
    """A capitalised word inside the sentence that ends like a future is a name: "detienen
    en Numarán a un hombre" plans nothing. (Headlines in capitals, or with every word
    capitalised, keep their verbs.)"""
    word = m.group()
    if not (kind == "hypothetical" and m.start() > 0 and word.istitle() and " " not in word):
        return False
    if sentence[: m.start()].rstrip()[-1:] in ("", ".", ":", ";", "¡", "¿", '"', "“"):
        return False
    long_words = [w for w in sentence.split() if len(w) > 3]
    return sum(w.istitle() for w in long_words) <= 0.75 * len(long_words)


# "whose owner was in Lima at the time", "she was alone at the time": where someone was, or
# was not, names the moment of the act the sentence tells, not an older one. Not a post
# held then ("in office at the time", "the leader at the time"), which is background.
_PRESENCE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|had\s+been|happened\s+to\s+be)\s+(?:not\s+)?(?:\w+ing\s+)?"
    r"(?:(?:in|at|inside|near|by|on)\s+(?!(?:office|power|charge|command)\b)(?:[\w'’-]+\s+){1,10}"
    r"|(?:home|there|inside|present|alone|asleep|away|out)\s+)$",
    _I,
)
_AT_THE_TIME = re.compile(r"at\s+the\s+time", _I)


def _presence_at_the_time(kind: Factuality, m: re.Match[str], sentence: str) -> bool:
    """Does the historical cue "at the time" tell where someone was during the act itself?"""
    if kind != "historical" or not _AT_THE_TIME.fullmatch(m.group()):
        return False
    bounds = [b.end() for b in _CLAUSE_BOUND.finditer(sentence, 0, m.start())]
    return _PRESENCE_BEFORE.search(sentence, bounds[-1] if bounds else 0, m.start()) is not None


# A time within days of the report ("a few days ago", "a week ago", "yesterday", "hace unos
# días", "ayer"). Told after a recall or a year of another clause ("the mayor recalled that
# gunmen burned the market several days ago", "a shop leased in 2019 to a trader shot dead
# a week ago"), it dates the act the sentence goes on to tell: recent news, not background
# (MUC-4 template-doc-part1 6: within two months of the report is recent). Before the cue
# it dates the speaking only.
_DAYS_BACK = re.compile(
    rf"\b(?:(?:a\s+few|several|a|{counting_words('en', 1, 6)}|\d{{1,2}})\s+(?:days?|weeks?)\s+ago"
    r"|yesterday|last\s+(?:night|week)"
    rf"|hace\s+(?:unos|pocos|algunos|un|una|{counting_words('es', 2, 6)}|\d{{1,2}})\s+"
    r"(?:pocos\s+)?(?:d[ií]as?|semanas?)|ayer|anoche|la\s+semana\s+pasada)\b",
    _I,
)
_RECALL = re.compile(r"recall|remember|record|recuerd", _I)


def _recalled_recently(kind: Factuality, m: re.Match[str], sentence: str) -> bool:
    """Does a recall cue ("recalled that", "recordó que") go on to a time within days of
    the report, which dates the act recalled as recent?"""
    return (
        kind == "historical"
        and _RECALL.match(m.group()) is not None
        and _DAYS_BACK.search(sentence, m.end()) is not None
    )


def factuality_cues(
    sentence: str, language: str, published: dt.date | None = None, dated: bool | None = None
) -> list[tuple[Factuality, str]]:
    """Every factuality cue in the sentence, strongest kind first, with the text that cued it.
    `published` is when the report was written, or the earliest it can have been; `dated`
    whether the report carries that date (by default, whether `published` is given)."""
    if dated is None:
        dated = published is not None
    cues = _CUES.get(language, _CUES["en"])
    may = _GATES.get(language, _GATES["en"]).candidates(sentence)
    found: list[tuple[Factuality, str]] = []
    for n, kind in enumerate(_PRIORITY):
        if n in may:
            found.extend(
                (kind, m.group())
                for m in cues[kind].finditer(sentence)
                if not _place_name(kind, m, sentence)
                and not _presence_at_the_time(kind, m, sentence)
                and not _modal_elsewhere(kind, m, sentence)
                and not (language == "es" and _plan_elsewhere_es(kind, m, sentence))
                and not _future_after_act(kind, m, sentence, language)
                and not _promise_beside_done_act(kind, m, sentence, language)
                and not _recalled_recently(kind, m, sentence)
            )
        if kind == "historical":
            # A past year dates the sentence's own act, unless it sits in a side clause. A
            # named year is past only against a date the report was written by; in a report
            # that carries its date, "last year" is a date of its own (hito.nlp.dates),
            # which the record's date reads.
            found.extend(
                ("historical", m.group())
                for m in _past_years(sentence, published)
                if (not dated if _LAST_YEAR.fullmatch(m.group()) else published is not None)
                and not any(a <= m.start() < b for a, b in side_years(sentence, published))
                # A year of one clause before an act of days ago: that act is the news.
                and not _DAYS_BACK.search(sentence, m.end())
            )
    return found


def classify_factuality(
    sentence: str, language: str, published: dt.date | None = None, dated: bool | None = None
) -> Factuality:
    """The strongest factuality kind cued in the sentence; "asserted" when none is."""
    cues = factuality_cues(sentence, language, published, dated)
    return cues[0][0] if cues else "asserted"

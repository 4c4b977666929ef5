"""Nouns that name back an act told before, verbs that say it took place, verbs that tell a
death and words that tell someone taken, in English and Spanish, as regex alternations to
match case-insensitively ("the attack occurred in X", "el hecho se registró en X", "THE
INCIDENT TOOK PLACE AT X", "two workers lost their lives")."""

from __future__ import annotations

ACT_NOUNS = (
    r"incidents?|attacks?|shootings?|clash(?:es)?|ambush(?:es)?|killings?|crimes?|kidnappings?"
    r"|murders?|bombings?|explosions?|blasts?|massacres?|actions?|assassinations?|abductions?"
    r"|hechos?|incidentes?|ataques?|agresi[oó]n(?:es)?|enfrentamientos?|balaceras?|tiroteos?"
    r"|cr[ií]menes|crimen|atentados?|secuestros?|asesinatos?|explosi[oó]n(?:es)?|masacres?"
    r"|emboscadas?"
)

TOOK_PLACE = (
    r"took\s+place|occurred|happened|(?:was|were)\s+carried\s+out|tuvo\s+lugar"
    r"|tuvieron\s+lugar|ocurri[oó]|ocurrieron|se\s+registr[oó]|se\s+registraron|se\s+produjo"
    r"|se\s+produjeron|se\s+suscit[oó]|se\s+realiz[oó]|se\s+realizaron"
)

# A death told with no killer ("died", "lost their lives", "murió", "perdieron la vida").
DIED = (
    r"died|lost\s+(?:his|her|their)\s+li(?:fe|ves)|muri[oó]|murieron|falleci[oó]|fallecieron"
    r"|perdi(?:[oó]|eron)\s+la\s+vida"
)

# Stems of the verbs of stopping an act ("could not prevent the attack", "no pudieron evitar
# el ataque"): match at a word's start. What no one could stop happened.
STOPPING_STEMS = r"prevent|stop|avert|halt|foil|thwart"
STOPPING_STEMS_ES = r"evit|imp[ei]d|frustr|fren"

# Stems of the words that name a kidnapping ("kidnapped", "abduction", "hostages",
# "secuestraron", "plagiado", "raptada"): match at a word's start, not its end.
ABDUCTION_STEMS = r"kidnap|abduct|hostage|secuestr|plagi|rapt"

# People taken or gone missing with no kidnapping word ("seized two students, who are still
# missing", "la desaparición de"). "Disappearances" in the plural name a kind of crime, not
# someone taken.
TAKEN = (
    r"missing|disappear(?!ances\b)\w*|seized|taken|captured|carried off|desapareci\w*"
    r"|desaparecid[oa]s?"
    r"|se (?:los|las|lo|la) llevaron|llevados?"
)

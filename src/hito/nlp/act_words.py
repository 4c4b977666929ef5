"""Nouns that name back an act told before, verbs that say it took place and verbs that tell a
death, in English and Spanish, as regex alternations to match case-insensitively ("the
attack occurred in X", "el hecho se registró en X", "THE INCIDENT TOOK PLACE AT X", "two
workers lost their lives")."""

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

"""Verbs that tell of an act, in English and Spanish, as a regex alternation to match
case-insensitively: the party named right after one is who tells of the act, no party to it
("said the soldiers", "informó la policía", "contaron los vecinos")."""

from __future__ import annotations

# Past forms, singular and plural, with or without the written accent: the three patterns
# that read the speaker after its verb each wrote a subset of these, so a verb one read the
# others missed.
TOLD_BEFORE_SPEAKER = (
    r"said|told|reported|dij(?:o|eron)|cont(?:[oó]|aron)|relat(?:[oó]|aron)|narr(?:[oó]|aron)"
    r"|inform(?:[oó]|aron)|señal(?:[oó]|aron)|explic(?:[oó]|aron)|indic(?:[oó]|aron)"
    r"|report(?:[oó]|aron)"
)

"""Countries a text's telephone numbers speak for: "(859) 555-0142", "1-800-555-0199".

A local report gives the numbers readers should call, in its own country's format. The North
American format (a three-digit area code, three digits, four digits) is the United States'
and Canada's: a local story with a number to call reads its "Mansfield" as the American
town rather than the English one, without naming the state. Mexico writes many of its ten-digit
numbers alike ("(662) 213-4567"), so a number after Mexico's country code (+52) or its old
long-distance prefix (01) says nothing. Since 2019 Mexico dials ten digits with neither, so in
Spanish text (the Mexican and Central American press hito reads first) the format says nothing
either: there it would pull a Sonora story's towns toward their Arizona namesakes.
"""

from __future__ import annotations

import re

from hito.nlp.language import detect_language

NORTH_AMERICA = ("US", "CA")

# "(859) 555-0142", "859-555-0142", "859.555.0142", "1-800-555-0199".
_NANP = re.compile(
    r"\(\d{3}\)\s?\d{3}[-.\s]\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b1-8\d\d-\d{3}-\d{4}\b"
)
# Mexico's country code or old long-distance prefix right before the number.
_MEXICAN_PREFIX = re.compile(r"(?:\+\s?52|\b52|\b01)[\s.-]*\(?$")


def phone_countries(text: str | None) -> set[str]:
    """The countries whose telephone format the numbers in `text` are written in."""
    if not text or not _NANP.search(text) or detect_language(text) == "es":
        return set()
    for m in _NANP.finditer(text):
        if not _MEXICAN_PREFIX.search(text[max(0, m.start() - 8) : m.start() + 1]):
            return set(NORTH_AMERICA)
    return set()

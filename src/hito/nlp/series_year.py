"""Months a report names after a stated year, in a report with no publication date.

Labelling conventions: "an enumerated series under a stated year ('in 2014 ... arrested in
January') takes that year". A report with no date gives a bare month no year of its own;
the year the sentence just before states is the one it goes on with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hito.models import DateMention
from hito.nlp.dates import parse_dates


def series_months(
    text: str,
    spans: Sequence[tuple[int, int]],
    dates_by: Sequence[list[DateMention]],
    language: str,
) -> list[list[DateMention]]:
    """`dates_by` with each undated sentence's bare months dated in the one year the
    sentence before states ("in 2014. ... arrested in January" -> January 2014)."""
    out = [list(ds) for ds in dates_by]
    for i in range(1, len(spans)):
        if out[i]:
            continue
        years = {d.date.year for d in dates_by[i - 1] if d.precision == "year"}
        if len(years) != 1:
            continue
        start, end = spans[i]
        # The year's last day: a bare month resolves to that year, never the next.
        year_end = dt.date(years.pop(), 12, 31)
        found = [
            d for d in parse_dates(text[start:end], language, year_end) if d.precision == "month"
        ]
        if len(found) != 1:
            continue  # "in January, and in March": which act each month dates is not read here
        d = found[0]
        out[i] = [DateMention(d.date, d.precision, d.start + start, d.end + start, d.text)]
    return out

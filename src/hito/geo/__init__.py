"""Geography stage: offline gazetteer, toponym finding, resolution, countries and borders.

Data: GeoNames (CC BY 4.0 / CC BY 3.0), OpenStreetMap via geo-maps (ODbL), pycountry (LGPL);
see docs/geography.md.
"""

from hito.geo.borders import BORDER_TRUST_KM, border_info
from hito.geo.countries import country_code, country_name
from hito.geo.demonyms import (
    country_demonyms,
    demonym_country,
    demonym_region,
    state_demonyms,
)
from hito.geo.document import find_airports, find_demonyms, geoparse, resolve_spans
from hito.geo.gazetteer import base_score, lookup
from hito.geo.places import DEFAULT_KINDS, FOCUS_COUNTRIES, KINDS, BorderInfo, Place, Toponym
from hito.geo.resolve import choose, distance_km, focus_place, resolve, resolve_each
from hito.geo.spans import span_candidates
from hito.geo.toponyms import find_toponyms

__all__ = [
    "BORDER_TRUST_KM",
    "DEFAULT_KINDS",
    "FOCUS_COUNTRIES",
    "KINDS",
    "BorderInfo",
    "Place",
    "Toponym",
    "base_score",
    "border_info",
    "choose",
    "country_code",
    "country_demonyms",
    "country_name",
    "demonym_country",
    "demonym_region",
    "distance_km",
    "find_airports",
    "find_demonyms",
    "find_toponyms",
    "focus_place",
    "geoparse",
    "lookup",
    "resolve",
    "resolve_each",
    "resolve_spans",
    "span_candidates",
    "state_demonyms",
]

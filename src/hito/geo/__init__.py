"""Geography stage: offline gazetteer, toponym finding, resolution, countries and borders.

Data: GeoNames (CC BY 4.0 / CC BY 3.0), OpenStreetMap via geo-maps (ODbL), pycountry (LGPL);
see docs/geography.md.
"""

from hito.geo.borders import BORDER_TRUST_KM, border_info
from hito.geo.countries import country_code, country_name
from hito.geo.demonyms import demonym_country
from hito.geo.gazetteer import base_score, lookup
from hito.geo.places import FOCUS_COUNTRIES, BorderInfo, Place, Toponym
from hito.geo.resolve import choose, distance_km, resolve, resolve_each, resolve_spans
from hito.geo.toponyms import find_toponyms

__all__ = [
    "BORDER_TRUST_KM",
    "FOCUS_COUNTRIES",
    "BorderInfo",
    "Place",
    "Toponym",
    "base_score",
    "border_info",
    "choose",
    "country_code",
    "country_name",
    "demonym_country",
    "distance_km",
    "find_toponyms",
    "lookup",
    "resolve",
    "resolve_each",
]

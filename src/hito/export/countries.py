"""The few countries hito reports on, with the codes and names ACLED uses for them."""

from __future__ import annotations

from typing import NamedTuple


class Country(NamedTuple):
    iso_numeric: int
    name: str
    acled_region: str


# ISO 3166-1 numeric codes and ACLED region names (ACLED puts Mexico in Central America).
COUNTRIES: dict[str, Country] = {
    "MX": Country(484, "Mexico", "Central America"),
    "GT": Country(320, "Guatemala", "Central America"),
    "BZ": Country(84, "Belize", "Central America"),
    "HN": Country(340, "Honduras", "Central America"),
    "SV": Country(222, "El Salvador", "Central America"),
    "NI": Country(558, "Nicaragua", "Central America"),
    "CR": Country(188, "Costa Rica", "Central America"),
    "PA": Country(591, "Panama", "Central America"),
    "US": Country(840, "United States", "North America"),
    "CA": Country(124, "Canada", "North America"),
    "CU": Country(192, "Cuba", "Caribbean"),
    "CO": Country(170, "Colombia", "South America"),
    "VE": Country(862, "Venezuela", "South America"),
}


def country_info(iso2: str | None) -> Country | None:
    return COUNTRIES.get(iso2.upper()) if iso2 else None

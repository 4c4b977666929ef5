"""What a watch looks for: an area, event filters, which alerts, and the surge test settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from hito.models import EVENT_TYPES, FACTUALITIES, QUANTITY_FIELDS, EventRecord
from hito.watch.area import Area, area_from_table
from hito.watch.durations import ConfigError

ALERT_KINDS = ("event", "cross_border", "surge")
# Background ("historical") and "would/could" events are not news of something happening now.
DEFAULT_FACTUALITY = frozenset({"asserted", "reported", "hedged"})
COUNTED_PRECISION = frozenset({"day", "week"})


@dataclass(frozen=True)
class EventFilters:
    """Filters on a record; None or empty means "any". `min_figures`: at least one of the
    listed figures reaches its minimum (e.g. killed >= 1 or displaced >= 50)."""

    types: frozenset[str] | None = None
    sectors: frozenset[str] | None = None
    cross_border: bool | None = None
    min_figures: tuple[tuple[str, int], ...] = ()
    factuality: frozenset[str] = DEFAULT_FACTUALITY

    def matches(self, record: EventRecord) -> bool:
        if self.types and record.event_type not in self.types:
            return False
        if self.sectors and not any(
            a.sector in self.sectors for a in (*record.actors, *record.targets)
        ):
            return False
        if self.cross_border is not None and record.cross_border != self.cross_border:
            return False
        if self.factuality and record.factuality not in self.factuality:
            return False
        if self.min_figures:
            return any(
                (getattr(record, name) or 0) >= minimum for name, minimum in self.min_figures
            )
        return True


@dataclass(frozen=True)
class SurgeSettings:
    """This week's count against the mean of the previous `weeks` weeks (Poisson, p < `p`),
    with at least `min_count` events and `min_history` weeks of coverage."""

    weeks: int = 8
    p: float = 0.01
    min_count: int = 3
    min_history: int = 4


@dataclass(frozen=True)
class WatchSpec:
    name: str
    area: Area = field(default_factory=Area)
    filters: EventFilters = field(default_factory=EventFilters)
    alerts: frozenset[str] = frozenset(ALERT_KINDS)
    # Events dated longer ago than this are old news (0: no limit); undated events pass.
    max_age_days: int = 30
    surge: SurgeSettings = field(default_factory=SurgeSettings)

    def wants(self, record: EventRecord, today: dt.date) -> bool:
        """A record this watch would alert on (area, filters and age)."""
        too_old = (
            self.max_age_days > 0
            and record.date is not None
            and (today - record.date).days > self.max_age_days
        )
        if too_old:
            return False
        return self.area.contains(record) and self.filters.matches(record)

    def counts(self, record: EventRecord) -> bool:
        """A record that counts in this watch's weekly series (precise date, area, filters)."""
        return (
            record.date is not None
            and record.date_precision in COUNTED_PRECISION
            and self.area.contains(record)
            and self.filters.matches(record)
        )


def _str_set(
    value: object, where: str, allowed: tuple[str, ...] | None, upper: bool = True
) -> frozenset[str]:
    """A string or list of strings as a set (upper or lower case); unknown values refused."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings")
    items = frozenset(v.strip().upper() if upper else v.strip().lower() for v in value)
    if allowed is not None:
        unknown = sorted(items - set(allowed))
        if unknown:
            raise ConfigError(
                f"{where}: unknown {', '.join(unknown)} (expected {', '.join(allowed)})"
            )
    return items


def _int(value: object, where: str, minimum: int = 0) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ConfigError(f"{where}: expected an integer >= {minimum}")
    return value


def filters_from_table(table: dict[str, object], where: str) -> EventFilters:
    types = _str_set(table["types"], f"{where}.types", EVENT_TYPES) if "types" in table else None
    sectors = _str_set(table["sectors"], f"{where}.sectors", None) if "sectors" in table else None
    cross_border = table.get("cross_border")
    if cross_border is not None and not isinstance(cross_border, bool):
        raise ConfigError(f"{where}.cross_border: expected true or false")
    minimums = table.get("min", {})
    if not isinstance(minimums, dict):
        raise ConfigError(f"{where}.min: expected a table like {{ killed = 1 }}")
    for name in minimums:
        if name not in QUANTITY_FIELDS:
            raise ConfigError(f"{where}.min.{name}: expected one of {', '.join(QUANTITY_FIELDS)}")
    factuality = (
        _str_set(table["factuality"], f"{where}.factuality", FACTUALITIES, upper=False)
        if "factuality" in table
        else DEFAULT_FACTUALITY
    )
    return EventFilters(
        types=types,
        sectors=sectors,
        cross_border=cross_border,
        min_figures=tuple(
            (name, _int(v, f"{where}.min.{name}")) for name, v in sorted(minimums.items())
        ),
        factuality=factuality,
    )


def surge_from_table(value: object, where: str) -> SurgeSettings:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table")
    unknown = sorted(set(value) - {"weeks", "p", "min_count", "min_history"})
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]}")
    p = value.get("p", SurgeSettings.p)
    if not isinstance(p, float | int) or isinstance(p, bool) or not 0 < p < 1:
        raise ConfigError(f"{where}.p: expected a probability between 0 and 1")
    weeks = _int(value.get("weeks", SurgeSettings.weeks), f"{where}.weeks", 1)
    return SurgeSettings(
        weeks=weeks,
        p=float(p),
        min_count=_int(value.get("min_count", SurgeSettings.min_count), f"{where}.min_count", 1),
        min_history=min(
            weeks,
            _int(value.get("min_history", SurgeSettings.min_history), f"{where}.min_history", 1),
        ),
    )


_WATCH_KEYS = frozenset(
    {
        "name",
        "country",
        "admin1",
        "bbox",
        "near",
        "center",
        "within_km",
        "types",
        "sectors",
        "cross_border",
        "min",
        "factuality",
        "alerts",
        "max_age_days",
        "surge",
    }
)


def watch_from_table(table: dict[str, object], where: str) -> WatchSpec:
    unknown = sorted(set(table) - _WATCH_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}")
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}.name: every watch needs a name")
    where = f"watch {name!r}"
    alerts = (
        _str_set(table["alerts"], f"{where}.alerts", ALERT_KINDS, upper=False)
        if "alerts" in table
        else frozenset(ALERT_KINDS)
    )
    return WatchSpec(
        name=name.strip(),
        area=area_from_table(table, where),
        filters=filters_from_table(table, where),
        alerts=alerts,
        max_age_days=_int(table.get("max_age_days", 30), f"{where}.max_age_days"),
        surge=surge_from_table(table.get("surge", {}), f"{where}.surge"),
    )

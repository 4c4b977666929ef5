"""The fusion decision as a pure function: no database."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from hito.fuse import EventCluster, FuseItem, FusionConfig, Links, assign_ids, fuse, recluster
from hito.models import Actor, EventRecord

PLACES = {
    "Tecún Umán": ("GT", "San Marcos", 14.6774, -92.1404),
    "Ciudad Hidalgo": ("MX", "Chiapas", 14.6802, -92.1519),
    "Frontera Hidalgo": ("MX", "Chiapas", 14.7777, -92.1771),
    "La Mesilla": ("GT", "Huehuetenango", 15.6167, -91.9833),
    "Ciudad Cuauhtémoc": ("MX", "Chiapas", 15.6659, -92.0039),
    "Tapachula": ("MX", "Chiapas", 14.9054, -92.2589),
}
PNC = Actor(name="Guatemalan National Civil Police", sector="COP", country="GT")
GUNMEN = Actor(name="gunmen", sector="UAF")


def rec(place: str = "Tecún Umán", day: str = "2025-03-04", **kw: Any) -> EventRecord:
    country, admin1, lat, lon = PLACES.get(place, PLACES["Tecún Umán"])
    fields: dict[str, Any] = dict(
        event_type="ASSAULT",
        mode="firearms",
        date=dt.date.fromisoformat(day),
        date_precision="day",
        place=place,
        country=country,
        admin1=admin1,
        latitude=lat,
        longitude=lon,
        geo_precision=1,
        actors=[PNC, GUNMEN],
        killed=3,
    )
    fields.update(kw)
    return EventRecord(**fields)


def item(report: str, record: EventRecord, language: str = "en", position: int = 1) -> FuseItem:
    return FuseItem.of(report * 64, position, record, language, dt.date(2025, 3, 5))


def new(*items: FuseItem) -> list[EventCluster]:
    return [
        EventCluster(f"{i.content_hash[:12]}-1", (i,), age=100 + n) for n, i in enumerate(items)
    ]


def groups(items: list[FuseItem], **config: Any) -> list[set[str]]:
    found = recluster(items, FusionConfig(**config))
    return sorted(({i.content_hash[:1] for i in g} for g in found), key=sorted)


def test_one_incident_in_two_languages_with_different_figures_is_one_event() -> None:
    en = item("a", rec(killed=3))
    es = item(
        "b", rec(killed=4, actors=[PNC], evidence=["Una balacera dejó cuatro muertos."]), "es"
    )
    (merge,) = fuse(new(en, es))
    assert merge.into == "aaaaaaaaaaaa-1" and merge.absorbed == ("bbbbbbbbbbbb-1",)


def test_twin_towns_across_the_border_never_merge() -> None:
    gt = item("a", rec("Tecún Umán"))
    mx = item("b", rec("Ciudad Hidalgo"))  # about 1.3 km away, in Mexico
    assert fuse(new(gt, mx)) == []
    assert fuse(new(gt, mx), config=FusionConfig(km=50, threshold=0)) == []


def test_next_town_the_same_day_is_another_incident() -> None:
    assert groups([item("a", rec("Ciudad Hidalgo")), item("b", rec("Frontera Hidalgo"))]) == [
        {"a"},
        {"b"},
    ]


def test_same_town_another_day_depends_on_the_window() -> None:
    first = item("a", rec(day="2025-03-04"))
    later = item("b", rec(day="2025-03-06"))
    assert groups([first, later]) == [{"a"}, {"b"}]
    assert groups([first, later], days=2) == [{"a", "b"}]


def test_coarse_record_joins_the_precise_one_when_nothing_contradicts() -> None:
    week = rec(
        day="2025-03-03",
        date_precision="week",
        place="San Marcos",
        latitude=None,
        longitude=None,
        geo_precision=3,
        killed=4,
    )
    assert groups([item("a", rec()), item("b", week, "es")]) == [{"a", "b"}]
    other_state = week.model_copy(update={"admin1": "Huehuetenango", "place": "Huehuetenango"})
    assert groups([item("a", rec()), item("b", other_state)]) == [{"a"}, {"b"}]


def test_coarse_record_never_bridges_two_precise_incidents() -> None:
    month = rec(
        day="2025-03-01",
        date_precision="month",
        place="San Marcos",
        latitude=None,
        longitude=None,
        geo_precision=3,
    )
    one = item("a", rec(day="2025-03-04"))
    other = item("b", rec(day="2025-03-20"))
    found = groups([one, other, item("c", month)])
    assert {"a", "b"} not in found and len(found) == 2


def test_records_of_one_report_never_merge() -> None:
    a1 = FuseItem.of("a" * 64, 1, rec(), "en")
    a2 = FuseItem.of("a" * 64, 2, rec(), "en")
    assert len(recluster([a1, a2])) == 2


def test_different_agencies_acts_same_town_and_day_stay_apart() -> None:
    navy = rec(
        "Tapachula",
        event_type="COERCE",
        mode="seize",
        actors=[Actor(name="Mexican Navy", sector="MIL", country="MX")],
        killed=None,
        arrested=3,
    )
    migration = navy.model_copy(
        update={
            "mode": "arrest",
            "actors": [Actor(name="National Migration Institute", sector="COP", country="MX")],
            "arrested": 2,
        }
    )
    assert groups([item("a", navy), item("b", migration, "es")]) == [{"a"}, {"b"}]


def test_editors_links_are_obeyed() -> None:
    a, b = item("a", rec()), item("b", rec(killed=4))
    apart = Links.of(cannot=[(a.key, b.key)])
    assert fuse(new(a, b), links=apart) == []
    far = item("c", rec("La Mesilla", day="2025-06-01"))
    together = Links.of(must=[(a.key, far.key)])
    assert len(fuse(new(a, far), links=together)) == 1


def test_existing_events_keep_their_ids_and_are_never_split() -> None:
    a, b = item("a", rec()), item("b", rec(killed=4))
    stored = EventCluster("old-event", (a, b), age=1)
    late = item("c", rec(killed=3, evidence=["A late report."]))
    (merge,) = fuse(new(late), [stored])
    assert merge.into == "old-event" and merge.absorbed == ("cccccccccccc-1",)


def test_a_new_record_links_two_stored_events_only_if_they_agree() -> None:
    e1 = EventCluster("e1", (item("a", rec()),), age=1)
    e2 = EventCluster("e2", (item("b", rec(killed=4), "es"),), age=2)
    (merge,) = fuse(new(item("c", rec())), [e1, e2])
    assert merge.into == "e1" and set(merge.absorbed) == {"e2", "cccccccccccc-1"}


def test_undated_records_use_the_publication_date_but_background_never_fuses() -> None:
    undated = rec(date=None, date_precision="unknown")
    assert groups([item("a", rec()), item("b", undated)]) == [{"a", "b"}]
    recalled = undated.model_copy(update={"factuality": "historical"})
    assert groups([item("a", rec()), item("b", recalled)]) == [{"a"}, {"b"}]


def test_a_place_named_like_its_department_is_read_as_the_department() -> None:
    city = rec(place="San Marcos", latitude=14.9644, longitude=-91.7949, geo_precision=1)
    assert groups([item("a", rec()), item("b", city)]) == [{"a", "b"}]


def test_assign_ids_keeps_the_id_of_the_biggest_overlap() -> None:
    previous = {"r1": "e1", "r2": "e1", "r3": "e2", "r4": "e3"}
    ages = {"e1": 1, "e2": 2, "e3": 3}
    got = assign_ids([["r1", "r2", "r3"], ["r4"], ["r5"]], previous, ages)
    assert got == [("e1", ("r1", "r2", "r3")), ("e3", ("r4",)), (None, ("r5",))]


_country = st.sampled_from(sorted(PLACES))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(_country, st.integers(0, 3), st.integers(0, 6), st.sampled_from(["en", "es"])),
        min_size=2,
        max_size=12,
    )
)
def test_no_event_ever_mixes_countries(spec: list[tuple[str, int, int, str]]) -> None:
    items = [
        FuseItem.of(
            f"{n:064d}",
            1,
            rec(place, day=f"2025-03-0{1 + day}", killed=killed),
            language,
            dt.date(2025, 3, 9),
        )
        for n, (place, day, killed, language) in enumerate(spec)
    ]
    for group in recluster(items, FusionConfig(km=500, days=10, threshold=0.0)):
        assert len({i.record.country for i in group}) == 1

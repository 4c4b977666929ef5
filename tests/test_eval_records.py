"""The records scorer: matching by type, date and place, and field accuracy."""

from __future__ import annotations

from typing import Any

from hito.evaluation.records import GoldReport, Tally, _matches, match_pairs, score_report


def record(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "event_type": "ASSAULT",
        "country": "MX",
        "admin1": "Chihuahua",
        "place": "Ciudad Juarez",
        "date": "2011-03-01",
        "latitude": 31.72,
        "longitude": -106.46,
    }
    base.update(fields)
    return base


def test_same_place_by_short_form_or_distance() -> None:
    assert _matches(record(place="Juarez"), record())
    assert _matches(record(admin1="México", country="MX"), record(admin1="Estado de México"))
    assert _matches(record(place="Centro", latitude=31.73, longitude=-106.45), record())


def test_other_place_type_or_date_does_not_match() -> None:
    assert not _matches(record(place="Chihuahua", latitude=28.63, longitude=-106.07), record())
    assert not _matches(record(event_type="COERCE"), record())
    assert not _matches(record(date="2011-03-02"), record())


def test_unknown_fields_agree() -> None:
    assert _matches(record(place=None, admin1=None, date=None), record())


def test_scores_from_counts() -> None:
    tally = Tally(tp=3, fp=1, fn=2)
    scores = tally.scores()
    assert scores["event_precision"] == 0.75
    assert scores["event_recall"] == 0.6
    assert round(scores["event_f1"], 3) == 0.667


def test_pairs_are_chosen_to_match_the_most_gold_events() -> None:
    # The first prediction could match either gold event; taking it for the first one
    # would leave the second prediction, which matches only the first gold, unpaired.
    golds = [record(), record(place="Chihuahua", latitude=28.63, longitude=-106.07)]
    preds = [record(place=None, latitude=None, longitude=None), record()]
    assert sorted(match_pairs(preds, golds)) == [(0, 1), (1, 0)]


def test_among_equal_pairings_the_closer_records_are_paired() -> None:
    golds = [record(killed=3), record(killed=5)]
    preds = [record(killed=5), record(killed=3)]
    assert sorted(match_pairs(preds, golds)) == [(0, 1), (1, 0)]


class Predicted:
    def __init__(self, **fields: Any) -> None:
        self.fields = record(**fields)

    def schema_dict(self) -> dict[str, Any]:
        return self.fields


def test_a_matched_pair_with_wrong_fields_is_listed_with_them() -> None:
    gold = GoldReport("r1", "", None, "en", None, [record(killed=3)])
    tally = Tally()
    score_report(gold, [Predicted(killed=2)], tally)  # type: ignore[list-item]
    assert tally.tp == 1
    assert [e["kind"] for e in tally.errors] == ["fields"]
    assert "killed" in tally.errors[0]["wrong"]
    assert "place" not in tally.errors[0]["wrong"]

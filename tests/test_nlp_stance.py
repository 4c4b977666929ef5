import json
from pathlib import Path

import pytest

from hito.nlp import classify_stance

SEED = Path(__file__).resolve().parents[2] / "shared/corpus/seed/la-mesilla-2025-07-31.gold.json"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The government must secure the border before it is too late.", "en"),
        ("Washington should stop pretending this is someone else's problem.", "en"),
        ("The lesson is clear: borders matter.", "en"),
        ("How long will we tolerate this chaos?", "en"),
        ("Let us not forget who pays the price.", "en"),
        ("Es inaceptable que la policía cruce la frontera.", "es"),
        ("El gobierno debe responder con firmeza.", "es"),
        ("Hay que reforzar la vigilancia en nuestra frontera.", "es"),
        ("¿Hasta cuándo vamos a tolerar esta violencia?", "es"),
        ("¿Hasta cuándo seguirá la impunidad?", "es"),
        ("How many more families will bury their sons before anyone acts?", "en"),
        ("The army should be seen in every town of the valley.", "en"),
    ],
)
def test_opinion(sentence: str, language: str) -> None:
    assert classify_stance(sentence, language) == "opinion"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Gunmen killed three police officers in Frontera Comalapa on Saturday.", "en"),
        ("The mayor said the attack was cowardly and the state must act.", "en"),
        ("Soldiers seized two rifles, a reminder of the cartel's reach.", "en"),
        ("Hombres armados asesinaron a tres policías en Tapachula.", "es"),
        ("El alcalde dijo que el gobierno debe enviar más tropas.", "es"),
        ("Según la fiscalía, es lamentable que no haya detenidos.", "es"),
        # Headlines that ask in order to report: a question is not an opinion.
        ("Who were the two men shot dead in Frontera Comalapa?", "en"),
        ("¿Quiénes eran los 3 detenidos en Tapachula?", "es"),
        ("Matan a dos hombres en Cacahoatán, ¿en qué colonia ocurrió?", "es"),
        # A note on how to read a figure is no call to act.
        ("This toll should be seen with caution, as 40 of the dead were never identified.", "en"),
    ],
)
def test_fact(sentence: str, language: str) -> None:
    assert classify_stance(sentence, language) == "fact"


@pytest.mark.skipif(not SEED.exists(), reason="seed corpus not present")
def test_seed_report_events_are_facts_and_not_events_opinions() -> None:
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    for event in gold["events"]:
        for sentence in event["evidence"]:
            assert classify_stance(sentence, "en") == "fact", sentence
    for sentence in gold["not_events"]:
        assert classify_stance(sentence, "en") == "opinion", sentence

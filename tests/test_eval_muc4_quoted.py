"""MUC-4 templates: an act told only inside a quotation is a speaker's words, not the
report's (template-doc-part1 1.0, 5), and makes no template once the keep step has run."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation import muc4
from hito.models import EventRecord

DAY = dt.date(1990, 3, 2)


def _record(*evidence: str) -> EventRecord:
    return EventRecord(
        event_type="ASSAULT",
        country="CO",
        place="BOGOTA",
        geo_precision=1,
        date=DAY,
        date_precision="day",
        evidence=list(evidence),
    )


SPEECH = (
    "BOGOTA, 2 MAR 90 -- [TEXT] THE INVENTED SENATOR ODILIO PARRA SPOKE AT A RALLY TODAY.\n\n"
    '"NOBODY IN THIS PARTY FEARS THEM. THEY BURN OUR BUSES AND CALL IT A STRUGGLE FOR THE '
    'POOR," PARRA TOLD THE CROWD.\n\n'
    "HE DID NOT SAY WHEN THE BUSES WERE BURNED."
)
DISCURSO = (
    "BOGOTA, 2 MAR 90 -- [TEXTO] EL SENADOR INVENTADO ODILIO PARRA HABLO EN UN MITIN.\n\n"
    "«Los violentos queman nuestros autobuses y lo llaman lucha», dijo Parra ante todos."
)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # Opened in an earlier sentence of the paragraph and not yet closed.
        ('THEY BURN OUR BUSES AND CALL IT A STRUGGLE FOR THE POOR," PARRA TOLD THE CROWD.', SPEECH),
        # The sentence opens the quotation itself.
        (
            "«Los violentos queman nuestros autobuses y lo llaman lucha», dijo Parra ante todos.",
            DISCURSO,
        ),
    ],
)
def test_an_act_told_inside_a_quotation_is_quoted_only(sentence: str, text: str) -> None:
    assert muc4.quoted_only(_record(sentence), text)


def test_a_narrated_act_or_a_quoted_name_is_not_quoted() -> None:
    narrated = 'GUNMEN OF THE INVENTED "LOS ZORROS" GANG SHOT A JUDGE IN CALI TODAY.'
    named = '"LOS ZORROS," AN INVENTED GANG, SHOT A JUDGE IN CALI TODAY.'
    text = f"CALI, 2 MAR 90 -- [TEXT] {narrated}\n\n{named}"
    assert not muc4.quoted_only(_record(narrated), text)
    assert not muc4.quoted_only(_record(named), text)
    # One narrated sentence is enough: the report tells the act as its own.
    quote = 'THEY BURN OUR BUSES AND CALL IT A STRUGGLE FOR THE POOR," PARRA TOLD THE CROWD.'
    told = "HE DID NOT SAY WHEN THE BUSES WERE BURNED."
    assert not muc4.quoted_only(_record(quote, told), SPEECH)
    # A sentence the text does not hold, or no text at all, is not read as quoted.
    assert not muc4.quoted_only(_record("INVENTED REBELS BURNED A TRUCK."), SPEECH)
    assert not muc4.quoted_only(_record(quote), "")


def test_a_quoted_act_is_dropped_after_the_keep_step() -> None:
    quote = 'THEY BURN OUR BUSES AND CALL IT A STRUGGLE FOR THE POOR," PARRA TOLD THE CROWD.'
    record = _record(quote).model_copy(update={"mode": "destroy"})
    templates = muc4.response_templates([record], "BOGOTA, 2 MAR 90 --", SPEECH, DAY)
    assert templates and all(t.quoted for t in templates)
    relevant = {"RELEVANT": 0.9, "ARSON": 0.2, "ATTACK": 0.2}
    assert muc4.with_message(templates, relevant, [record], DAY) == []

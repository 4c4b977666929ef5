"""MUC-4 templates: devices or targets a bombing record's sentences tell beside its own,
which MUC keys as a BOMBING each (template-doc-part1 5.0)."""

from __future__ import annotations

import datetime as dt

from hito.evaluation import muc4
from hito.models import EventRecord


def _record(*evidence: str, mode: str | None = "explosives") -> EventRecord:
    return EventRecord(
        event_type="ASSAULT",
        mode=mode,
        country="PE",
        place="LIMA",
        geo_precision=1,
        date=dt.date(1989, 5, 3),
        date_precision="day",
        evidence=list(evidence),
    )


def _kept_all(responses: list[muc4.Response]) -> list[muc4.Response]:
    return muc4.with_message(responses, {}, [], None)


def test_a_second_device_beside_the_first_is_a_bombing_of_its_own() -> None:
    en = _record(
        "A BOMB WENT OFF LAST NIGHT AT AN INVENTED CAFE IN LIMA, AND A SECOND DEVICE WAS"
        " DEFUSED BY THE POLICE AT THE SAME PLACE."
    )
    es = _record(
        "UNA BOMBA ESTALLÓ ANOCHE EN UN CAFÉ DE LIMA.",
        "LA POLICÍA DESACTIVÓ OTRA BOMBA FRENTE AL LOCAL.",
    )
    for record in (en, es):
        [own] = muc4.response_templates([record])
        assert own.devices == 1
        out = _kept_all([own])
        assert [r.incident_type for r in out] == ["BOMBING", "BOMBING"]
        assert out[0].location == out[1].location and out[1].devices == 0


def test_bombs_told_one_target_each() -> None:
    en = _record(
        "THREE BOMBS WENT OFF IN LIMA, ONE AT A BANK, ANOTHER AT A SCHOOL, AND ANOTHER AT A MARKET."
    )
    es = _record(
        "TRES BOMBAS ESTALLARON EN LIMA, UNA EN UN BANCO, OTRA EN UNA ESCUELA, Y OTRA EN UN"
        " MERCADO."
    )
    for record in (en, es):
        [own] = muc4.response_templates([record])
        assert own.devices == 2
        assert len(_kept_all([own])) == 3


def test_a_device_also_defused_beside_the_first_is_a_bombing_of_its_own() -> None:
    # "was also defused" adds a device as "another bomb" does (template-doc-part1 7.6: a
    # bomb defused is an attempted bombing).
    en = _record(
        "POLICE DEFUSED A PARCEL BOMB AT AN INVENTED SHOP IN LIMA.",
        "A CHARGE HIDDEN UNDER AN INVENTED BRIDGE WAS ALSO DEFUSED.",
    )
    es = _record(
        "LA POLICÍA DESACTIVÓ UN COCHE BOMBA EN UNA AVENIDA INVENTADA DE LIMA.",
        "UNA BOMBA COLOCADA EN UN BARRIO INVENTADO FUE TAMBIÉN DESACTIVADA.",
    )
    for record in (en, es):
        [own] = muc4.response_templates([record])
        assert own.devices == 1
    # The same device told defused twice is one.
    once = _record("A CAR BOMB WAS DEFUSED IN LIMA.", "THE BOMB WAS DEFUSED BY EXPERTS.")
    assert muc4.response_templates([once])[0].devices == 0


def test_another_device_with_a_record_of_its_own_adds_nothing() -> None:
    # The sentence of the second device is the other record's: its template is there.
    first = _record(
        "A BOMB DAMAGED AN INVENTED BANK IN LIMA.",
        "MEANWHILE, ANOTHER DEVICE EXPLODED AT A PHARMACY.",
    )
    second = _record("MEANWHILE, ANOTHER DEVICE EXPLODED AT A PHARMACY.")
    out = muc4.response_templates([first, second])
    assert [r.devices for r in out] == [0, 0]


def test_a_record_opening_on_another_device_tells_none_beside_it() -> None:
    # "Another bomb" there is the record's own device, beside one told elsewhere; nor is
    # the bomb squad that defused it a device.
    for record in (
        _record("ANOTHER BOMB EXPLODED LAST NIGHT AT AN INVENTED STORE IN LIMA."),
        _record("EXPERTS DEFUSED A SECOND EXPLOSIVE DEVICE BY THE INVENTED FAIR."),
        _record("LA POLICÍA HALLÓ OTRA BOMBA EN EL MERCADO."),
    ):
        [own] = muc4.response_templates([record])
        assert own.devices == 0


def test_no_copies_of_a_template_that_is_no_bombing() -> None:
    record = _record(
        "GUNMEN SHOT AT AN INVENTED MAYOR IN LIMA AND ANOTHER BOMB WAS FOUND LATER.",
        mode="firearms",
    )
    out = muc4.response_templates([record])
    assert all(r.devices == 0 for r in out if r.incident_type != "BOMBING")


def test_more_blown_up_beside_a_bombing_is_a_bombing_of_its_own() -> None:
    # "Also" adds another blast to the one told: MUC keys a BOMBING for each target.
    en = _record(
        "AN INVENTED CAR BOMB EXPLODED ON SUNDAY BESIDE A HOTEL IN LIMA.",
        "INVENTED GUERRILLAS ALSO BLEW UP THREE RADIO ANTENNAS.",
    )
    es = _record(
        "UN COCHE BOMBA ESTALLÓ ANOCHE CERCA DE UN HOTEL INVENTADO EN LIMA.",
        "LOS REBELDES TAMBIÉN DINAMITARON DOS TORRES DE ALTA TENSIÓN.",
    )
    for record in (en, es):
        [own] = muc4.response_templates([record])
        assert own.devices == 1
    # A first blast told by its verb alone.
    verb = _record(
        "REBELS BLEW UP SEVERAL INVENTED PYLONS NEAR LIMA ON MONDAY.",
        "OTHER PYLONS WERE ALSO BLOWN UP THIS MORNING.",
    )
    [own] = muc4.response_templates([verb])
    assert own.devices == 1
    # The same blast told again, with no "also", is the one bombing.
    again = _record(
        "AN INVENTED CAR BOMB EXPLODED ON SUNDAY BESIDE A HOTEL IN LIMA.",
        "THE REBELS BLEW UP THE CAR WITH 50 KG OF DYNAMITE.",
    )
    [own] = muc4.response_templates([again])
    assert own.devices == 0


def test_more_blown_up_beside_an_attack_is_a_bombing_of_its_own() -> None:
    # Rebels who fired on a post and "also blew up" pylons: two incidents, an ATTACK and a
    # BOMBING, which stands with the attack's kept template.
    en = _record(
        "REBELS FIRED MORTARS AT THE INVENTED BARRACKS IN LIMA.",
        "THE INVENTED COLUMN ALSO BLEW UP A WATER TANK.",
        mode="firearms",
    )
    es = _record(
        "LOS REBELDES DISPARARON CONTRA EL CUARTEL INVENTADO DE LIMA.",
        "LOS REBELDES TAMBIÉN DINAMITARON DOS POSTES.",
        mode="firearms",
    )
    for record in (en, es):
        out = muc4.response_templates([record])
        assert [r.incident_type for r in out] == ["ATTACK", "BOMBING"]
        assert out[1].location == out[0].location

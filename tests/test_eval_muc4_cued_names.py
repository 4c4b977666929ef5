"""MUC-4 LOCATION: the name a place word cues in capitals holds no verb, adverb or adjective."""

from __future__ import annotations

import pytest

from hito.evaluation import muc4
from hito.evaluation.muc4_fills import LocationFill
from hito.models import EventRecord


def _cued(sentence: str) -> str | None:
    record = EventRecord(event_type="ASSAULT", country="PE", evidence=[sentence])
    return muc4.cued_place(record)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # A verb before the place word's name: the object of the verb is the place.
        ("AT DAWN THE INVENTED COLUMN RAIDED TARQUELO VILLAGE AND BURNED THE SCHOOL.", "TARQUELO"),
        # An adjective in "-OUS" is no word of the name, nor a conjunction after it.
        ("HIS HOUSE IS IN THE LUXURIOUS SAN TARCISO NEIGHBORHOOD OF THE CAPITAL.", "SAN TARCISO"),
        ("HE WAS VISITING THE TOWN OF TARQUELO WHEN HE WAS SHOT.", "TARQUELO"),
        # Spanish names keep their endings: "-CED" is a name ("LA MERCED"), not a verb.
        ("AN INVENTED BOMB WENT OFF IN LA MERCED NEIGHBORHOOD.", "LA MERCED"),
        ("THE INVENTED BOMB WENT OFF IN THE SOLEDAD DE TARQUELO DISTRICT.", "SOLEDAD DE TARQUELO"),
        # A spot named by what it is, then "called" or "known as" its name.
        ("THE CHARGE WENT OFF AT THE PLACE CALLED TARQUELO ALTO, NEAR THE TOWN.", "TARQUELO ALTO"),
        ("A BOMB WENT OFF IN A BUSY DISTRICT IN LIMA KNOWN AS LOS TARQUELOS.", "LOS TARQUELOS"),
        ("LA CARGA ESTALLÓ EN EL LUGAR CONOCIDO COMO TARQUELO ALTO, AYER.", "TARQUELO ALTO"),
    ],
)
def test_a_cued_name_is_only_the_name(sentence: str, name: str) -> None:
    assert _cued(sentence) == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # The name stops at the people who acted there, or at a verb with no "-ED".
        ("IN THE TOWN OF SANTA TARQUELA GUERRILLAS BURNED A BUS.", "SANTA TARQUELA"),
        ("IN THE VILLAGE OF TARQUELO SOLDIERS KILLED TWO REBELS.", "TARQUELO"),
        ("IN THE TOWN OF EL TARQUELO POLICE ARRESTED A MAN.", "EL TARQUELO"),
        ("IN THE TOWN OF SAN TARQUELO TERRORISTS THREW A GRENADE AT A HOUSE.", "SAN TARQUELO"),
        ("IN THE TOWN OF TARQUELO UNKNOWN MEN SHOT A JUDGE.", "TARQUELO"),
    ],
)
def test_a_cued_name_stops_before_the_people_who_acted(sentence: str, name: str) -> None:
    assert _cued(sentence) == name


def test_a_group_called_by_a_name_is_no_place() -> None:
    assert _cued("A GROUP CALLED THE TARQUELO FRONT CLAIMED THE ATTACK.") is None
    assert _cued("UN GRUPO LLAMADO FRENTE TARQUELO REIVINDICÓ EL ATAQUE.") is None


def test_an_adjective_before_district_names_no_place() -> None:
    # "the judicial district of a city" is an office's area, not a place named by its kind.
    assert _cued("THE COURT EMPLOYEES OF THE TARQUELO JUDICIAL DISTRICT WENT ON STRIKE.") is None
    assert _cued("LOS EMPLEADOS DEL DISTRITO JUDICIAL DE TARQUELO ESTÁN EN HUELGA.") is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # A village, then the municipality it lies in: the village is the place.
        ("REBELS BLEW UP THE INVENTED PIPELINE IN TARQUELO, VISTAMAR MUNICIPALITY.", "TARQUELO"),
        ("THE BOMB WENT OFF IN TARQUELO ALTO VILLAGE, THE DISTRICT OF VISTAMAR.", "TARQUELO ALTO"),
        ("LOS REBELDES VOLARON EL OLEODUCTO EN TARQUELO, MUNICIPIO DE VISTAMAR.", "TARQUELO"),
        # A department is no village: the municipality after it stays the place.
        ("THE ATTACK TOOK PLACE IN TARQUELO DEPARTMENT, VISTAMAR MUNICIPALITY.", "VISTAMAR"),
        # A street corner is not named after "in": the municipality stays the place.
        ("IT OCCURRED AT 49TH AVENUE AND 50TH STREET, VISTAMAR MUNICIPALITY.", "VISTAMAR"),
    ],
)
def test_a_village_before_its_municipality_is_the_place(sentence: str, name: str) -> None:
    assert _cued(sentence) == name


def _abroad(sentence: str) -> EventRecord:
    # The pipeline read a namesake in Peru; the message's other records are in El Salvador.
    return EventRecord(
        event_type="ASSAULT", country="PE", place="VISTAMAR", geo_precision=1, evidence=[sentence]
    )


def test_a_cued_name_takes_the_message_country_not_the_namesake_it_replaces() -> None:
    for sentence in (
        "AN INVENTED BOMB WENT OFF IN VISTAMAR, IN THE TARQUELO NEIGHBORHOOD.",
        "UNA BOMBA INVENTADA ESTALLÓ EN TARQUELO, MUNICIPIO DE VISTAMAR.",
    ):
        fill = muc4._location(_abroad(sentence), "", "SV")
        assert fill == LocationFill("el salvador", (("tarquelo",),))


def test_a_demonym_before_a_cued_town_still_names_its_country() -> None:
    fill = muc4._location(_abroad("IT HAPPENED IN THE PERUVIAN TOWN OF TARQUELO."), "", "SV")
    assert fill == LocationFill("peru", (("tarquelo",),))


def _at_dateline(sentence: str) -> LocationFill | None:
    # The pipeline placed the act only at the town the story was filed from.
    record = EventRecord(
        event_type="ASSAULT",
        country="SV",
        admin1="San Salvador",
        place="SAN SALVADOR",
        geo_precision=1,
        evidence=[sentence],
    )
    return muc4._location(record, "SAN SALVADOR, 16 MAY 89 (INVENTED) --", "SV")


def test_a_named_area_is_the_place_where_no_other_cue_names_one() -> None:
    for sentence, name in (
        ("AN INVENTED BOMB WENT OFF IN THE COLONIA TARQUELO AREA LAST NIGHT.", "colonia tarquelo"),
        ("TWO INVENTED GUARDS WERE SHOT IN THE PALO TARQUELO SECTOR.", "palo tarquelo"),
        # Another cue names the place first, however late in the sentence.
        ("A BOMB WENT OFF IN THE VISTAMAR AREA, IN THE TARQUELO NEIGHBORHOOD.", "tarquelo"),
    ):
        assert _at_dateline(sentence) == LocationFill("el salvador", ((name,),)), sentence


def test_an_area_told_by_its_kind_is_no_place() -> None:
    for sentence in (
        "AN INVENTED BOMB WENT OFF IN THE METROPOLITAN AREA LAST NIGHT.",
        "TWO INVENTED GUARDS WERE SHOT IN THE NORTHERN SECTOR.",
        "THE INVENTED RAID TOOK PLACE IN THE PRIVATE ENTERPRISE SECTOR.",
        "AN INVENTED BOMB WENT OFF UP IN THE SAN SALVADOR VOLCANO FOOTHILLS AREA.",
    ):
        fill = _at_dateline(sentence)
        assert fill is not None and fill.specific in {(), ("san salvador",)}, sentence


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # A town's possessive before the cued name only says whose part of town it is.
        ("A LAWYER WAS SHOT NEAR HIS HOME IN LIMA'S SAN TARQUELO NEIGHBORHOOD.", "SAN TARQUELO"),
        ("THE INVENTED BOMB WENT OFF IN SAN SALVADOR'S TARQUELO DISTRICT.", "TARQUELO"),
        ("HE WAS SEIZED IN THE CAPITAL'S LA TARQUELA NEIGHBORHOOD LAST NIGHT.", "LA TARQUELA"),
    ],
)
def test_a_possessive_town_is_no_word_of_the_cued_name(sentence: str, name: str) -> None:
    assert _cued(sentence) == name


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "INVENTED CHARGES WENT OFF AT VARIOUS PLACES OF THE CAPITAL OVERNIGHT.",
            "ONE OF THEM DAMAGED A SHOP IN THE TARQUELO NEIGHBORHOOD.",
        ),
        (
            "REBELS RAIDED SEVERAL SECTORS OF THE PERUVIAN CAPITAL ON MONDAY.",
            "THEY FIRED ON A POST IN TARQUELO, ON THE OUTSKIRTS OF LIMA.",
        ),
        (
            "ESTALLARON BOMBAS INVENTADAS EN DISTINTOS SECTORES DE LIMA ANOCHE.",
            "UNA DE ELLAS DAÑÓ UNA TIENDA EN TARQUELO, EN LAS AFUERAS DE LIMA.",
        ),
    ],
)
def test_acts_spread_over_a_town_are_keyed_at_the_town(sentences: tuple[str, str]) -> None:
    # A series over the whole town: MUC keys the town, not the one part a sentence names.
    record = EventRecord(
        event_type="ASSAULT",
        country="PE",
        admin1="Lima",
        place="Lima",
        geo_precision=1,
        evidence=list(sentences),
    )
    (resp,) = muc4.response_templates([record], "LIMA, 2 FEB 90 --")
    assert resp.location == LocationFill("peru", (("lima",),))


def _judge_killed(*sentences: str, evidence: tuple[int, ...] = (0, 2)) -> LocationFill | None:
    """The fill of a record holding the `evidence` sentences of the message `sentences`."""
    dateline = "LIMA, 2 FEB 90 (INVENTED) --"
    record = EventRecord(
        event_type="ASSAULT",
        country="PE",
        admin1="Lima",
        place="Lima",
        geo_precision=1,
        evidence=[sentences[n] for n in evidence],
    )
    text = " ".join((dateline, *sentences))
    (resp,) = muc4.response_templates([record], dateline, text)
    return resp.location


@pytest.mark.parametrize(
    ("middle", "name"),
    [
        (
            "THE JUDGE WAS RIDDLED WITH BULLETS AS HE LEFT HIS CAR IN THE SMALL"
            " NEIGHBORHOOD OF SAN TARQUELO.",
            "san tarquelo",
        ),
        (
            "TWO MEN THREW A GRENADE AT HIS CAR IN THE INVENTED TARQUELO DISTRICT.",
            "tarquelo",
        ),
        (
            "EL JUEZ FUE ACRIBILLADO CUANDO BAJABA DE SU AUTO EN TARQUELO ALTO, MUNICIPIO DE"
            " CHANCAY.",
            "tarquelo alto",
        ),
    ],
)
def test_a_harm_told_between_the_records_sentences_names_its_part_of_town(
    middle: str, name: str
) -> None:
    # The pipeline left the middle sentence out of the record (no act verb it reads), but
    # it details the act told around it: its part of town is the act's (7.4).
    first = "GUNMEN KILLED AN INVENTED JUDGE IN LIMA TODAY."
    last = "THE INVENTED JUDGE DIED ON THE WAY TO HOSPITAL."
    assert _judge_killed(first, middle, last) == LocationFill("peru", ((name,),))


def test_a_part_of_town_told_with_no_harm_or_outside_the_records_sentences_is_not_read() -> None:
    first = "GUNMEN KILLED AN INVENTED JUDGE IN LIMA TODAY."
    last = "THE INVENTED JUDGE DIED ON THE WAY TO HOSPITAL."
    lima = LocationFill("peru", (("lima",),))
    # Where the victim lived tells no harm.
    home = "THE JUDGE HAD LIVED FOR YEARS IN THE NEIGHBORHOOD OF SAN TARQUELO."
    assert _judge_killed(first, home, last) == lima
    # A harm told after the record's last sentence may be another act's.
    later = "ANOTHER MAN WAS SHOT IN THE NEIGHBORHOOD OF SAN TARQUELO."
    assert _judge_killed(first, last, later, evidence=(0, 1)) == lima


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            'THE RAID ENDED IN THE COMMUNITY OF "SAN TARQUELO DEL RIEGO," NEAR THE RIVER.',
            "SAN TARQUELO DEL RIEGO",
        ),
        (
            'SOLDIERS FIRED AT THE "LOMA DE LAS TARQUELAS" REFUGEE CAMP IN THE NORTH.',
            "LOMA DE LAS TARQUELAS",
        ),
        (
            'LOS SOLDADOS DISPARARON CONTRA EL CAMPAMENTO DE REFUGIADOS "LOMA DE LAS TARQUELAS"'
            " AYER.",
            "LOMA DE LAS TARQUELAS",
        ),
    ],
)
def test_a_quoted_name_beside_its_kind_is_the_whole_name(sentence: str, name: str) -> None:
    # The quotation marks say where the name ends, however many words it holds.
    assert _cued(sentence) == name


def test_a_quoted_name_with_no_kind_of_place_beside_it_is_no_place() -> None:
    assert _cued('THE "TARQUELO" COMMANDO CLAIMED THE ATTACK ON THE INVENTED BANK.') is None

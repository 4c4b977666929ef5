import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from hito.export import ACLED_COLUMNS, CSV_COLUMNS, acled_row, classify, write_csv
from hito.models import Actor, EventRecord, Mention, StoredEvent

# ACLED's column list as the shared ontology gives it (under "## ACLED", "- Columns: ...").
ONTOLOGY = Path(__file__).resolve().parents[1].parent / "shared" / "spec" / "ontology.md"
POLICE_MX = Actor(name="Mexican police", sector="COP", country="MX")
CRIMINALS = Actor(name="alleged criminals", sector="CRM")
CIVILIANS = Actor(name="civilians", sector="CVL", country="GT")


def _event(record: EventRecord, url: str | None = "https://www.prensalibre.com/a") -> StoredEvent:
    return StoredEvent(
        event_id="0123456789ab-1",
        record=record,
        mentions=[Mention(content_hash="aa" * 32, url=url)],
        updated_at=dt.datetime(2025, 8, 1, 12, 0, tzinfo=dt.UTC),
    )


def test_header_is_acled_then_hito() -> None:
    out = io.StringIO()
    write_csv([], out)
    header = next(csv.reader(io.StringIO(out.getvalue())))
    assert header[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert header[len(ACLED_COLUMNS) :] == [
        "hito_event_type",
        "hito_mode",
        "factuality",
        "cross_border",
        "killed",
        "injured",
        "arrested",
        "personnel",
        "weapons_seized",
        "displaced",
        "drugs_seized",
        "source_url",
        "evidence",
        "content_hash",
    ]
    assert header == list(CSV_COLUMNS)


def _ontology_acled_columns() -> list[str]:
    acled = ONTOLOGY.read_text(encoding="utf-8").split("## ACLED", 1)[1]
    listed = acled.split("- Columns:", 1)[1].split("\n- ", 1)[0]
    return [column.strip().rstrip(".") for column in listed.split(",")]


@pytest.mark.skipif(not ONTOLOGY.exists(), reason="../shared/spec is not beside the checkout")
def test_acled_columns_are_the_ontology_s_in_its_order() -> None:
    assert list(ACLED_COLUMNS) == _ontology_acled_columns()


def test_clash_row_values() -> None:
    record = EventRecord(
        event_type="ASSAULT",
        mode="firearms",
        date=dt.date(2025, 6, 1),
        date_precision="month",
        place="La Mesilla",
        country="GT",
        admin1="Huehuetenango",
        latitude=15.6167,
        longitude=-91.9833,
        geo_precision=1,
        actors=[POLICE_MX, CRIMINALS],
        cross_border=True,
        killed=None,
        injured=2,
        evidence=["Police crossed.", "Shots were fired."],
    )
    out = io.StringIO()
    assert write_csv([_event(record)], out) == 1
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")
    assert row["disorder_type"] == "Political violence"
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"]) == (
        "Mexican police",
        "1",
        "alleged criminals",
        "3",
    )
    assert row["interaction"] == "13"
    assert (row["iso"], row["country"], row["region"]) == ("320", "Guatemala", "Central America")
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2025-06-01", "2025", "3")
    assert row["location"] == "La Mesilla"
    assert row["source"] == "prensalibre.com"
    assert row["fatalities"] == "0"
    assert row["notes"] == "Police crossed. Shots were fired."
    assert row["evidence"] == "Police crossed. | Shots were fired."
    assert (row["cross_border"], row["killed"], row["injured"]) == ("true", "", "2")
    assert row["drugs_seized"] == "[]"
    assert row["timestamp"] == str(int(dt.datetime(2025, 8, 1, 12, tzinfo=dt.UTC).timestamp()))


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            EventRecord(
                event_type="ASSAULT", mode="firearms", actors=[CRIMINALS], targets=[CIVILIANS]
            ),
            ("Violence against civilians", "Attack"),
        ),
        (
            EventRecord(event_type="ASSAULT", mode="abduct", actors=[CRIMINALS]),
            ("Violence against civilians", "Abduction/forced disappearance"),
        ),
        (
            EventRecord(event_type="ASSAULT", mode="explosives"),
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        (
            EventRecord(event_type="ASSAULT", actors=[CRIMINALS], targets=[POLICE_MX]),
            ("Battles", "Armed clash"),
        ),
        (
            EventRecord(event_type="ASSAULT", actors=[CIVILIANS], targets=[CRIMINALS]),
            ("Riots", "Mob violence"),
        ),
        (
            EventRecord(event_type="COERCE", mode="arrest", arrested=4),
            ("Strategic developments", "Arrests"),
        ),
        (
            EventRecord(event_type="COERCE", mode="seize", weapons_seized=2),
            ("Strategic developments", "Disrupted weapons use"),
        ),
        (EventRecord(event_type="COERCE", mode="seize"), ("Strategic developments", "Other")),
        (EventRecord(event_type="PROTEST", mode="demo"), ("Protests", "Peaceful protest")),
        (EventRecord(event_type="PROTEST", mode="riot"), ("Riots", "Violent demonstration")),
        (EventRecord(event_type="MOBILIZE", mode="troops"), ("Strategic developments", "Other")),
        (EventRecord(event_type="DISPLACE"), ("Strategic developments", "Other")),
    ],
)
def test_type_mapping(record: EventRecord, expected: tuple[str, str]) -> None:
    acled = classify(record)
    assert (acled.event_type, acled.sub_event_type) == expected


def test_one_side_of_state_forces_is_not_a_battle() -> None:
    soldiers = Actor(name="Guatemalan army", sector="MIL", country="GT")
    police = Actor(name="Guatemalan police", sector="COP", country="GT")
    row = acled_row(
        _event(
            EventRecord(
                event_type="COERCE", mode="seize", actors=[police, soldiers], country="MX", killed=1
            )
        )
    )
    assert (row["actor1"], row["assoc_actor_1"], row["actor2"]) == (
        "Guatemalan police",
        "Guatemalan army",
        "",
    )
    assert (row["inter1"], row["inter2"], row["interaction"]) == (1, "", 10)
    assert row["fatalities"] == 1
    assert (row["iso"], row["country"], row["location"]) == (484, "Mexico", "Mexico")


def test_civilian_targeting_and_unknowns() -> None:
    record = EventRecord(event_type="ASSAULT", targets=[CIVILIANS], geo_precision=4)
    row = acled_row(_event(record, url=None))
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["actor1"], row["actor2"], row["inter2"]) == ("", "civilians", 7)
    assert (row["event_date"], row["year"], row["geo_precision"], row["source"]) == ("", "", 3, "")


SOLDIERS = Actor(name="soldiers", sector="MIL", country="GT")


def _sub_event(record: EventRecord) -> str:
    return classify(record).sub_event_type


@pytest.mark.parametrize(
    "evidence",
    [
        "Two men threw a grenade at the customs office in Ciudad Hidalgo.",
        "Lanzaron una granada contra la caseta de cobro en Tecún Umán.",
    ],
)
def test_grenade_is_its_own_sub_event(evidence: str) -> None:
    record = EventRecord(event_type="ASSAULT", mode="explosives", evidence=[evidence])
    acled = classify(record)
    assert (acled.event_type, acled.sub_event_type) == ("Explosions/Remote violence", "Grenade")


@pytest.mark.parametrize(
    "evidence",
    [
        "Soldiers found rifles and ammunition hidden in a barn near La Mesilla.",
        "La policía aseguró armas largas y cartuchos en una bodega de Tapachula.",
    ],
)
def test_weapons_seized_without_a_count_disrupt_weapons_use(evidence: str) -> None:
    record = EventRecord(event_type="COERCE", mode="seize", evidence=[evidence])
    assert _sub_event(record) == "Disrupted weapons use"


def test_drugs_seized_are_not_weapons() -> None:
    record = EventRecord(
        event_type="COERCE",
        mode="seize",
        evidence=["Agents seized forty packages of cocaine at the Talismán bridge."],
    )
    assert _sub_event(record) == "Other"


@pytest.mark.parametrize(
    "evidence",
    [
        "An explosive device was found under a bridge in Comitán and defused by the army.",
        "Militares localizaron un artefacto explosivo junto a la carretera y lo desactivaron.",
        "A cache of mortar rounds was discovered in a cave outside the town.",
    ],
)
def test_explosives_found_or_defused_disrupt_weapons_use(evidence: str) -> None:
    record = EventRecord(event_type="ASSAULT", mode="explosives", evidence=[evidence])
    assert _sub_event(record) == "Disrupted weapons use"


@pytest.mark.parametrize(
    ("evidence", "injured"),
    [
        ("A bomb found in a market exploded as police arrived.", None),
        ("An explosive device was found at the scene where three people were hurt.", 3),
    ],
)
def test_explosives_that_went_off_stay_remote_violence(evidence: str, injured: int | None) -> None:
    record = EventRecord(
        event_type="ASSAULT", mode="explosives", injured=injured, evidence=[evidence]
    )
    assert _sub_event(record) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("evidence", "killed", "sub_event"),
    [
        # The lead tells the defusal; the deaths belong to bombings it recalls.
        (
            "A bomb was found near the bus terminal in Comitán and defused, days after "
            "blasts killed nine people in the city.",
            9,
            "Disrupted weapons use",
        ),
        (
            "Troops counted six dead gunmen after the fight and army sappers defused dozens "
            "of mines along the road.",
            6,
            "Disrupted weapons use",
        ),
        (
            "Militares desactivaron un artefacto explosivo en Tapachula, una semana después de "
            "que una explosión matara a dos agentes.",
            2,
            "Disrupted weapons use",
        ),
        # The blast comes first: that is the event, a second device defused beside it.
        (
            "A car bomb exploded outside the town hall, killing four; police defused a second "
            "device nearby.",
            4,
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_a_defusal_told_before_any_blast_disrupts_weapons_use_despite_deaths(
    evidence: str, killed: int, sub_event: str
) -> None:
    record = EventRecord(
        event_type="ASSAULT", mode="explosives", killed=killed, evidence=[evidence]
    )
    assert _sub_event(record) == sub_event


@pytest.mark.parametrize(
    ("evidence", "sub_event"),
    [
        (
            "Soldiers retook the town of Nueva Libertad after a two-hour fight with gunmen.",
            "Government regains territory",
        ),
        (
            "El ejército recuperó el control del municipio tras enfrentarse a un grupo armado.",
            "Government regains territory",
        ),
        # A fugitive recaptured is no ground taken back.
        ("Soldiers recaptured two escaped gunmen after a shootout.", "Armed clash"),
    ],
)
def test_state_forces_retaking_ground_regain_territory(evidence: str, sub_event: str) -> None:
    gunmen = Actor(name="gunmen", sector="UAF")
    record = EventRecord(
        event_type="ASSAULT",
        mode="firearms",
        actors=[SOLDIERS],
        targets=[gunmen],
        evidence=[evidence],
    )
    assert _sub_event(record) == sub_event


def test_a_strike_on_a_weapons_cache_is_a_strike() -> None:
    record = EventRecord(
        event_type="ASSAULT",
        mode="aerial",
        evidence=["Warplanes struck a weapons cache in the hills, the army said."],
    )
    assert _sub_event(record) == "Air/drone strike"


def test_attack_on_armed_forces_is_a_clash() -> None:
    # Whoever attacks a patrol is armed: one named armed side on the receiving end is a battle.
    record = EventRecord(
        event_type="ASSAULT",
        mode="targeted",
        targets=[SOLDIERS],
        evidence=["An army patrol was attacked near the border."],
    )
    assert classify(record).event_type == "Battles"


@pytest.mark.parametrize(
    "evidence",
    [
        "Soldiers and an armed group clashed for two hours outside Frontera Comalapa.",
        "Un enfrentamiento entre militares y hombres armados dejó tres muertos.",
    ],
)
def test_a_two_sided_fight_with_one_side_named_is_a_clash(evidence: str) -> None:
    record = EventRecord(
        event_type="ASSAULT", mode="firearms", actors=[SOLDIERS], evidence=[evidence]
    )
    assert _sub_event(record) == "Armed clash"


def test_civilians_hit_by_one_side_are_an_attack_whatever_the_words() -> None:
    record = EventRecord(
        event_type="ASSAULT",
        mode="firearms",
        actors=[CRIMINALS],
        targets=[CIVILIANS],
        evidence=["Gunmen clashed with villagers and shot at farmers on the road."],
    )
    assert _sub_event(record) == "Attack"
    # Two armed sides fighting stay a clash when civilians are caught between them.
    crossfire = record.model_copy(update={"actors": [CRIMINALS, POLICE_MX]})
    assert _sub_event(crossfire) == "Armed clash"


def test_an_unnamed_attacker_of_civilians_is_an_attack() -> None:
    record = EventRecord(
        event_type="ASSAULT",
        mode="firearms",
        targets=[CIVILIANS],
        evidence=["A family was shot at on the road to Cuilco."],
    )
    assert _sub_event(record) == "Attack"


PROTESTERS = Actor(name="protesters", sector="CVL")


@pytest.mark.parametrize(
    ("record", "sub_event"),
    [
        # Police among a protest's targets: extraction keeps them only when they broke it up.
        (
            EventRecord(
                event_type="PROTEST",
                mode="demo",
                actors=[PROTESTERS],
                targets=[POLICE_MX],
                evidence=["Police fired tear gas to disperse farmers marching in Comitán."],
            ),
            "Protest with intervention",
        ),
        (
            EventRecord(
                event_type="PROTEST",
                mode="demo",
                targets=[POLICE_MX],
                evidence=["La policía dispersó con gas lacrimógeno la marcha en Comitán."],
            ),
            "Protest with intervention",
        ),
        (EventRecord(event_type="PROTEST", mode="demo", arrested=6), "Protest with intervention"),
        (
            EventRecord(event_type="PROTEST", mode="demo", targets=[POLICE_MX], killed=2),
            "Excessive force against protesters",
        ),
        (
            EventRecord(
                event_type="PROTEST",
                mode="demo",
                targets=[POLICE_MX],
                evidence=["Officers fired live rounds to clear the sit-in outside city hall."],
            ),
            "Excessive force against protesters",
        ),
        (
            EventRecord(
                event_type="PROTEST",
                mode="demo",
                targets=[POLICE_MX],
                evidence=["Los agentes golpearon a los maestros para desalojar el plantón."],
            ),
            "Excessive force against protesters",
        ),
        # Protesters who riot stay rioters, whatever the police did.
        (
            EventRecord(event_type="PROTEST", mode="riot", targets=[POLICE_MX], killed=1),
            "Violent demonstration",
        ),
        # Deaths with no force named against the crowd are left to the other records.
        (EventRecord(event_type="PROTEST", mode="demo", killed=1), "Peaceful protest"),
    ],
)
def test_force_on_a_protest_sets_its_sub_event(record: EventRecord, sub_event: str) -> None:
    assert _sub_event(record) == sub_event


def test_a_mob_that_burns_or_loots_is_mob_violence() -> None:
    mob = Actor(name="mob", sector="CVL")
    record = EventRecord(event_type="ASSAULT", mode="destroy", actors=[mob])
    assert classify(record).sub_event_type == "Mob violence"
    # Destruction by anyone else (or no one named) stays looting/property destruction.
    assert classify(EventRecord(event_type="ASSAULT", mode="destroy")).sub_event_type == (
        "Looting/property destruction"
    )


REBELS = Actor(name="rebels", sector="REB")


@pytest.mark.parametrize(
    "evidence",
    [
        "Militants attacked a police checkpoint near the border, leaving seven dead.",
        "Rebels ambushed an army patrol on the road to the border.",
        "Insurgents attacked the convoy of the defence minister south of the city.",
        "Los rebeldes atacaron un retén militar cerca de la frontera.",
        "Guerrilleros emboscaron a una patrulla del ejército en la carretera.",
    ],
)
def test_an_attack_on_an_armed_post_is_a_clash(evidence: str) -> None:
    record = EventRecord(
        event_type="ASSAULT", mode="firearms", actors=[REBELS], evidence=[evidence]
    )
    assert _sub_event(record) == "Armed clash"


def test_an_attack_on_a_village_stays_an_attack() -> None:
    record = EventRecord(
        event_type="ASSAULT",
        mode="firearms",
        actors=[REBELS],
        evidence=["Rebels attacked a village near the border, leaving seven dead."],
    )
    assert _sub_event(record) == "Attack"


@pytest.mark.parametrize(
    "evidence",
    ["Soldiers stood before a stash of projectiles left by the rebels."],
)
def test_projectiles_found_disrupt_weapons_use(evidence: str) -> None:
    record = EventRecord(event_type="COERCE", mode="seize", evidence=[evidence])
    assert _sub_event(record) == "Disrupted weapons use"


@pytest.mark.parametrize(
    ("mode", "killed", "evidence", "sub_event"),
    [
        ("firearms", 3, "Police opened fire on protesters, killing three.", "Excessive force"),
        ("beat", None, "Los policías golpearon a los manifestantes.", "Excessive force"),
        (None, None, "Troops attacked demonstrators outside city hall.", "Protest with"),
    ],
)
def test_state_force_on_protesters_is_coded_under_the_protest(
    mode: str | None, killed: int | None, evidence: str, sub_event: str
) -> None:
    record = EventRecord(
        event_type="ASSAULT",
        mode=mode,
        actors=[POLICE_MX],
        targets=[PROTESTERS],
        killed=killed,
        evidence=[evidence],
    )
    assert _sub_event(record).startswith(sub_event)
    # The same force on other civilians stays an attack.
    assert _sub_event(record.model_copy(update={"targets": [CIVILIANS]})) == "Attack"

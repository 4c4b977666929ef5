"""Armed robbery and assault by storming: "asaltar", "atracar", armed theft, "held up".

"Asaltar" and "atracar" tell a robbery with violence by their sense; a plain theft counts
only with its arms told. The weapon, the figure of speech, a docking ship, a trend, a charge
and a passive aside are not new incidents. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from conftest import pipeline_records


def assault_places(text: str, language: str) -> list[str | None]:
    return [r.place for r in pipeline_records(text, language) if r.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "Un grupo armado asaltó una patrulla de la policía estatal en Comitán el martes.",
            "es",
            "Comitán",
        ),
        (
            "Hombres armados asaltaron a tres transportistas en la carretera de Tapachula.",
            "es",
            "Tapachula",
        ),
        ("Un comando asaltó el penal de Tapachula la madrugada del lunes.", "es", "Tapachula"),
        (
            "Dos sujetos asaltan una farmacia a mano armada en Tuxtla Gutiérrez.",
            "es",
            "Tuxtla Gutiérrez",
        ),
        (
            "Tres encapuchados atracaron una gasolinera en Tecún Umán el domingo.",
            "es",
            "Tecún Umán",
        ),
        (
            "Sujetos armados despojaron a un comerciante de su camioneta en Tapachula.",
            "es",
            "Tapachula",
        ),
        (
            "Los soldados sufrieron un asalto a mano armada en Motozintla el viernes.",
            "es",
            "Motozintla",
        ),
        ("Herido un taxista durante asalto en Huixtla", "es", "Huixtla"),
        ("Gunmen stormed a police station in Tapachula on Tuesday.", "en", "Tapachula"),
        ("Armed men held up a bus carrying migrants near Tapachula on Monday.", "en", "Tapachula"),
        (
            "A trucker was robbed at gunpoint outside Huehuetenango on Friday.",
            "en",
            "Huehuetenango",
        ),
    ],
)
def test_an_armed_robbery_or_storming_is_an_assault(text: str, language: str, place: str) -> None:
    assert assault_places(text, language) == [place]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los diputados de oposición denunciaron un asalto al poder en Tuxtla Gutiérrez.", "es"),
        ("Transportistas denuncian asaltos frecuentes en la carretera de Tapachula.", "es"),
        ("La policía detuvo en Tapachula a dos hombres acusados de asaltar una tienda.", "es"),
        ("El buque atracó en el puerto de Salina Cruz el lunes.", "es"),
        ("Los agentes aseguraron dos fusiles de asalto en una casa de Comitán.", "es"),
        ("Un hombre robó una bicicleta en Tapachula el sábado.", "es"),
        ("La policía detuvo a un hombre por robo a mano armada en Tapachula.", "es"),
        ("Detienen en Tapachula a un presunto asalta bancos.", "es"),
        ("A man robbed a bicycle shop in Tapachula on Saturday.", "en"),
        ("Opposition deputies denounced an assault on democracy in Guatemala City.", "en"),
        ("Police seized two assault rifles at a house in Comitán.", "en"),
    ],
)
def test_no_assault_from_a_weapon_a_figure_a_trend_a_charge_or_plain_theft(
    text: str, language: str
) -> None:
    assert assault_places(text, language) == []


def test_a_robbery_told_in_the_passive_does_not_split_the_killing_it_led_to() -> None:
    # The lead places the victim by his home village; the passive aside names where the bus
    # was robbed. One killing, one record.
    text = (
        "Asesinan a comerciante en Chiapas; se resistió a un asalto\n"
        "Un comerciante tzotzil de la comunidad de Zinacantán, municipio de San Cristóbal de "
        "Las Casas, fue asesinado, al parecer por resistirse a un asalto, informaron fuentes "
        "policiales.\n"
        "Las fuentes explicaron que el hombre salió temprano de su casa y que la camioneta de "
        "pasajeros en que viajaba fue asaltada por dos hombres en el paraje Las Ollas.\n"
        "Los delincuentes le dispararon cuando se negó a entregar su dinero."
    )
    assert len(assault_places(text, "es")) == 1

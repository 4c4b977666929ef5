import pytest

from hito.nlp import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed three police officers near the border crossing on Saturday.", "en"),
        ("Police arrest three men in La Mesilla", "en"),
        ("Hombres armados mataron a tres policías cerca del cruce fronterizo el sábado.", "es"),
        ("Detienen a tres en La Mesilla", "es"),
        ("Balacera en la frontera con Guatemala deja dos muertos", "es"),
        ("Die Polizei hat drei Männer an der Grenze festgenommen.", None),
        ("A polícia prendeu três homens na fronteira com a Guatemala.", None),
        ("Bonjour tout le monde, la police est arrivée ce matin.", None),
        ("asdf qwer", None),
        ("12345 67890 !!!", None),
        ("", None),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected

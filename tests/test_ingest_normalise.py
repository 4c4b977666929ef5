from hypothesis import given
from hypothesis import strategies as st

from hito.ingest import content_hash, normalise_text


def test_nfc_and_line_endings() -> None:
    decomposed = "Pete\u0301n\r\nLa Mesilla\rHuehuetenango"
    assert normalise_text(decomposed) == "Petén\nLa Mesilla\nHuehuetenango"


def test_control_chars_removed_but_tabs_and_newlines_kept() -> None:
    assert normalise_text("a\x00b\x07c\td\ne\ufeff") == "abc\td\ne"


def test_spaces_and_blank_lines_collapse() -> None:
    text = "  Más   de\u00a0600  agentes  \n\n\n\n  llegaron.  \n \n"
    assert normalise_text(text) == "Más de 600 agentes\n\nllegaron."


def test_whitespace_only_is_empty() -> None:
    assert normalise_text(" \n\t\r\n ") == ""


def test_hash_ignores_layout_differences() -> None:
    assert content_hash("Police  raided\r\nthe town.") == content_hash("Police raided\nthe town.")
    assert content_hash("Police raided the town.") != content_hash("Police raided a town.")
    assert len(content_hash("x")) == 64


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert content_hash(text) == content_hash(once)


def test_mojibake_is_repaired() -> None:
    """UTF-8 read as Windows-1252 somewhere upstream ("ejÃ©rcito", "â€œ...â€\x9d") is text
    hito could not read: no trigger, number or place pattern matches it."""
    assert normalise_text("El ejÃ©rcito detuvo a tres personas en Tapachula") == (
        "El ejército detuvo a tres personas en Tapachula"
    )
    assert normalise_text("â€œNobody was arrested,â€\x9d police said.") == (
        "“Nobody was arrested,” police said."
    )
    assert normalise_text("Police fired at the clashÂ\xa0site") == "Police fired at the clash site"
    # a no-break space that ended a line went with the layout; its lead byte goes too
    assert normalise_text("two dead in a border clashÂ\xa0") == "two dead in a border clash"
    assert normalise_text("two dead in a border clashÂ\nmore later") == (
        "two dead in a border clash\nmore later"
    )
    # text that only looks odd stays as it is
    for clean in ("niño — café “quoted”", "Ciudad Cuauhtémoc", "¿Qué?", "50 °C", "ÀÉÎÕÜ"):
        assert normalise_text(clean) == clean

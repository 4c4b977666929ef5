"""Spanish organisation names: institutions by their head word, acronyms, agencies."""

from __future__ import annotations

from hito.extract.organisations import find_organisations


def _orgs(text: str) -> list[str]:
    return [text[a:b] for a, b in find_organisations(text)]


def test_institutions_by_their_head_word() -> None:
    text = "La Secretaría de Seguridad Pública y la Guardia Nacional vigilan la frontera."
    assert _orgs(text) == ["Secretaría de Seguridad Pública", "Guardia Nacional"]


def test_acronyms_but_not_parties_states_or_capital_lines() -> None:
    assert _orgs("La SEDENA y el CJNG; el PRI votó en contra.") == ["SEDENA", "CJNG"]
    assert _orgs("Ciudad Juárez, CHIH.") == []
    assert _orgs("TODOS LOS DERECHOS RESERVADOS") == []


def test_agencies_in_credits() -> None:
    assert _orgs("Foto: Cuartoscuro / AFP") == ["Cuartoscuro", "AFP"]


def test_a_state_is_no_organisation() -> None:
    assert _orgs("El Estado de México y el Estado Mayor Presidencial") == [
        "Estado Mayor Presidencial"
    ]

"""Mx-news scorer on invented sentences; hito's finders replaced by fixed substrings."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from hito.evaluation import mx_news
from hito.evaluation.metrics import Span

TOKENS = [
    [
        ("La", "O"),
        ("Guardia", "B-ORG"),
        ("Nacional", "E-ORG"),
        ("llegó", "O"),
        ("a", "O"),
        ("San", "B-GPE"),
        ("Cristóbal", "I-GPE"),
        ("de", "I-GPE"),
        ("las", "I-GPE"),
        ("Casas", "E-GPE"),
        (",", "O"),
        ("Chiapas", "S-GPE"),
        (".", "O"),
    ],
    [("El", "O"), ("PRI", "S-PEX"), ("ganó", "O"), ("en", "O"), ("Oaxaca", "S-GPE"), (".", "O")],
]


def finder(*names: str) -> Callable[..., list[Span]]:
    def find(text: str, tokens: object = None) -> list[Span]:
        return [m.span() for n in names for m in re.finditer(re.escape(n), text)]

    return find


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    lines = ["Sentence #\tWord\tPos\tTag"]
    for i, sentence in enumerate(TOKENS, 1):
        lines += [f"Sentence {i}\t{w}\tX\t{t}" for w, t in sentence] + [""]
    (tmp_path / "tiny.mx-news.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(mx_news, "place_spans", finder("San Cristóbal", "Chiapas", "Oaxaca"))
    monkeypatch.setattr(mx_news, "organisation_spans", finder("Guardia Nacional", "PRI"))
    return tmp_path


def test_sentences_are_rebuilt_with_their_spans(data: Path) -> None:
    first, second = mx_news.read_sentences(data)
    assert first.text == "La Guardia Nacional llegó a San Cristóbal de las Casas, Chiapas."
    assert [(t, first.text[a:b]) for t, (a, b) in first.entities] == [
        ("ORG", "Guardia Nacional"),
        ("GPE", "San Cristóbal de las Casas"),
        ("GPE", "Chiapas"),
    ]
    assert second.text == "El PRI ganó en Oaxaca."


def test_scores_by_hand(data: Path) -> None:
    n, s = mx_news.evaluate(data)
    assert n == 2
    # Places: 3 gold, 3 found, 2 exact ("San Cristóbal" is short of its name), 3 overlapping.
    assert (s["place"]["tp"], s["place"]["fp"], s["place"]["fn"]) == (2, 1, 1)
    assert s["place_f1"] == 0.6667
    assert s["place_overlap"]["f1"] == 1.0
    # Organisations: the party is PEX, not ORG, so "PRI" is a false positive.
    assert (s["org"]["precision"], s["org"]["recall"], s["org_f1"]) == (0.5, 1.0, 0.6667)


def test_roles_are_not_organisations() -> None:
    text = "Los delincuentes huyeron."
    assert mx_news.organisation_spans(text) == []


def test_places_inside_longer_names_are_not_mentions() -> None:
    text = (
        "El presidente de México habló con el Instituto Electoral del Estado de México en Puebla."
    )
    assert [text[a:b] for a, b in mx_news.place_spans(text)] == ["Puebla"]


def test_a_dot_tokenised_apart_ends_the_span() -> None:
    text = "CIUDAD JUÁREZ, Chih."
    tokens = {(0, 6), (7, 13), (13, 14), (15, 19), (19, 20)}
    assert [text[a:b] for a, b in mx_news.place_spans(text, tokens)] == ["CIUDAD JUÁREZ", "Chih"]
    assert [text[a:b] for a, b in mx_news.place_spans(text)][-1] == "Chih."


def test_regions_are_place_mentions() -> None:
    text = "El desarrollo de México y Centroamérica."
    assert [text[a:b] for a, b in mx_news.place_spans(text)] == ["México", "Centroamérica"]

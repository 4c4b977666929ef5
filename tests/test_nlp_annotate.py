import datetime as dt

import pytest

from hito.models import Report
from hito.nlp import UnsupportedLanguage, annotate

TEXT_ES = (
    "Enfrentamiento en la frontera\n\n"
    "Ayer, hombres armados atacaron a la policía en La Mesilla. Hubo dos muertos y "
    "ningún detenido, informó la fiscalía. El gobierno debe actuar ya."
)


def _report(text: str, published: dt.date | None = None, language: str | None = None) -> Report:
    return Report(text=text, content_hash="x", published=published, language=language)


def test_annotate_spanish_report() -> None:
    annotated = annotate(_report(TEXT_ES, published=dt.date(2025, 7, 31)))
    assert annotated.language == "es"
    sentences = annotated.sentences
    assert [s.index for s in sentences] == [0, 1, 2, 3]
    assert sentences[0].text == "Enfrentamiento en la frontera"
    assert sentences[1].dates[0].date == dt.date(2025, 7, 30)
    assert [(n.value, n.text) for n in sentences[2].numbers] == [
        (2, "dos"),
        (0, "ningún detenido"),
    ]
    assert sentences[2].factuality == "reported"
    assert sentences[3].stance == "opinion"
    for s in sentences:
        assert TEXT_ES[s.start : s.end] == s.text
        for d in s.dates:
            assert TEXT_ES[d.start : d.end] == d.text
        for n in s.numbers:
            assert TEXT_ES[n.start : n.end] == n.text


def test_numbers_inside_dates_are_dropped() -> None:
    text = "On July 3, 2025, police arrested 12 men."
    annotated = annotate(_report(text, language="en"))
    (sentence,) = annotated.sentences
    assert [n.value for n in sentence.numbers] == [12]
    assert [d.text for d in sentence.dates] == ["July 3, 2025"]


def test_language_argument_wins_over_report() -> None:
    annotated = annotate(_report("Police arrested two men.", language="es"), language="en")
    assert annotated.language == "en"


def test_unsupported_language_raises() -> None:
    with pytest.raises(UnsupportedLanguage):
        annotate(_report("Die Polizei hat drei Männer an der Grenze festgenommen."))
    with pytest.raises(UnsupportedLanguage) as info:
        annotate(_report("Police arrived.", language="fr"))
    assert "fr" in info.value.reason
    assert isinstance(info.value, ValueError)

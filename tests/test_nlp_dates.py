import datetime as dt
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hito.nlp import parse_dates
from hito.nlp.date_words import month_names

PUB = dt.date(2025, 7, 31)  # a Thursday


def _one(text: str, language: str, published: dt.date | None = PUB) -> tuple[str, str, str]:
    found = parse_dates(text, language, published)
    assert len(found) == 1, found
    d = found[0]
    assert text[d.start : d.end] == d.text
    return d.date.isoformat(), d.precision, d.text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ocurrió el 3 de junio de 2025.", "es", ("2025-06-03", "day", "3 de junio de 2025")),
        ("It happened on June 3, 2025.", "en", ("2025-06-03", "day", "June 3, 2025")),
        ("It happened on 3 June 2025.", "en", ("2025-06-03", "day", "3 June 2025")),
        ("Filed 2025-06-03 at noon.", "en", ("2025-06-03", "day", "2025-06-03")),
        ("Fecha: 03/06/2025.", "es", ("2025-06-03", "day", "03/06/2025")),
        ("Dated 06/03/2025.", "en", ("2025-06-03", "day", "06/03/2025")),
        ("Dated 06/03/89.", "en", ("1989-06-03", "day", "06/03/89")),
        ("Fecha: 03/06/11.", "es", ("2011-06-03", "day", "03/06/11")),
        ("By Desk | July 31, 2025", "en", ("2025-07-31", "day", "July 31, 2025")),
        ("Murió el 12 de diciembre.", "es", ("2024-12-12", "day", "12 de diciembre")),
        ("They met on July 2.", "en", ("2025-07-02", "day", "July 2")),
        ("Llegarán el próximo 15 de agosto.", "es", ("2025-08-15", "day", "próximo 15 de agosto")),
        ("Se vio en junio de 2024.", "es", ("2024-06-01", "month", "junio de 2024")),
        ("The June shootout was bloody.", "en", ("2025-06-01", "month", "June")),
        ("In May, troops arrived.", "en", ("2025-05-01", "month", "May")),
        ("Sucedió en junio.", "es", ("2025-06-01", "month", "junio")),
        ("Desde septiembre hay patrullas.", "es", ("2024-09-01", "month", "septiembre")),
        ("On Saturday, gunmen attacked.", "en", ("2025-07-26", "day", "Saturday")),
        ("Last Monday police came.", "en", ("2025-07-28", "day", "Last Monday")),
        ("Troops arrive next Friday.", "en", ("2025-08-01", "day", "next Friday")),
        ("Ocurrió el pasado lunes.", "es", ("2025-07-28", "day", "el pasado lunes")),
        ("Ocurrió el sábado.", "es", ("2025-07-26", "day", "el sábado")),
        ("Yesterday, police fired.", "en", ("2025-07-30", "day", "Yesterday")),
        ("Ayer hubo disparos.", "es", ("2025-07-30", "day", "Ayer")),
        ("Hoy llegaron.", "es", ("2025-07-31", "day", "Hoy")),
        ("Anteayer llegaron.", "es", ("2025-07-29", "day", "Anteayer")),
        ("It happened last week.", "en", ("2025-07-21", "week", "last week")),
        ("Ocurrió la semana pasada.", "es", ("2025-07-21", "week", "la semana pasada")),
        ("Two weeks ago troops left.", "en", ("2025-07-14", "week", "Two weeks ago")),
        ("Ocurrió hace dos semanas.", "es", ("2025-07-14", "week", "hace dos semanas")),
        ("Ocurrió hace tres días.", "es", ("2025-07-28", "day", "hace tres días")),
        ("It happened last month.", "en", ("2025-06-01", "month", "last month")),
        ("Ocurrió el mes pasado.", "es", ("2025-06-01", "month", "el mes pasado")),
        ("It began in 2019.", "en", ("2019-01-01", "year", "2019")),
        ("Comenzó en 2019.", "es", ("2019-01-01", "year", "2019")),
        (
            "Two months after police ignited a shootout, the town is calm.",
            "en",
            ("2025-06-01", "month", "Two months after"),
        ),
        (
            "Nearly two months have gone by since the raid.",
            "en",
            ("2025-06-01", "month", "Nearly two months have gone by since"),
        ),
    ],
)
def test_dates(text: str, language: str, expected: tuple[str, str, str]) -> None:
    assert _one(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A year that names which act it was, before the noun in English, after it in Spanish.
        ("Gunmen fired on a crowd during Chiapas's 2019 carnival parade.", "en"),
        ("Sicarios dispararon contra la multitud durante el carnaval de 2019 en Tapachula.", "es"),
        ("Fue acusado de la emboscada del 2019 contra una patrulla.", "es"),
    ],
)
def test_a_year_that_names_the_act_dates_it(text: str, language: str) -> None:
    assert _one(text, language)[:2] == ("2019-01-01", "year")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officials may be wrong about it.", "en"),
        ("Troops may arrive; the march was peaceful.", "en"),
        ("Ismael 'El Mayo' Zambada fue detenido.", "es"),
        ("Hoy en día la frontera es insegura.", "es"),
        ("More than 2000 people fled.", "en"),
        ("Los lunes hay mercado.", "es"),
    ],
)
def test_not_dates(text: str, language: str) -> None:
    assert parse_dates(text, language, PUB) == []


def test_relative_dates_need_publication() -> None:
    text = "Ayer, el sábado, en junio y hace dos semanas; el 3 de junio de 2025 y en 2019."
    found = parse_dates(text, "es", None)
    assert [d.text for d in found] == ["3 de junio de 2025", "2019"]


_PAST_EN = [
    "yesterday", "on Saturday", "last Monday", "last week", "last month", "two weeks ago",
    "three days ago", "in June", "in March", "on July 30", "on December 25",
    "nearly two months have gone by since",
]  # fmt: skip
_PAST_ES = [
    "ayer", "el sábado", "el pasado lunes", "la semana pasada", "el mes pasado",
    "hace dos semanas", "hace tres días", "en junio", "el 30 de julio", "el 25 de diciembre",
]  # fmt: skip


_DAY_AND_MONTH = frozenset({"on July 30", "on December 25", "el 30 de julio", "el 25 de diciembre"})


@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)),
    st.sampled_from([("en", p) for p in _PAST_EN] + [("es", p) for p in _PAST_ES]),
)
@example(dt.date(2000, 7, 29), ("en", "on July 30"))
def test_past_expressions_never_after_publication(
    published: dt.date, case: tuple[str, str]
) -> None:
    language, phrase = case
    found = parse_dates(f"It happened {phrase}.", language, published)
    assert found
    # A day and month may be the day after publication: a wire's GMT stamp or a time zone
    # ahead of the dateline runs one day past it (hito.nlp.date_resolve.day_month).
    latest = published + dt.timedelta(days=1) if phrase in _DAY_AND_MONTH else published
    assert all(d.date <= latest for d in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Filed on Friday about "hoy miércoles": the weekday says which day.
        ("Lo atacaron la madrugada de hoy miércoles en Comitán.", ("2025-07-30", "day")),
        ("Hoy jueves detuvieron a dos hombres en Tapachula.", ("2025-07-31", "day")),
    ],
)
def test_hoy_with_a_weekday_is_that_weekday(text: str, expected: tuple[str, str]) -> None:
    day, precision, _ = _one(text, "es", dt.date(2025, 8, 1) if "miércoles" in text else PUB)
    assert (day, precision) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("El camión fue asegurado el pasado 14 de este mismo mes en Huixtla.", "es", 14),
        ("Los detenidos fueron capturados el 3 del presente mes en Tapachula.", "es", 3),
        ("Police arrested the two men on the 9th of this month in Comitan.", "en", 9),
    ],
)
def test_a_day_of_this_month_is_that_day_of_the_reports_month(
    text: str, language: str, expected: int
) -> None:
    published = dt.date(2011, 11, 15)
    (d,) = parse_dates(text, language, published)
    assert (d.date, d.precision) == (dt.date(2011, 11, expected), "day")
    assert parse_dates(text, language, None) == []


def test_month_names_are_the_written_out_names_of_the_table() -> None:
    english = re.compile(rf"^(?:{month_names('en')})$", re.IGNORECASE)
    spanish = re.compile(rf"^(?:{month_names('es')})$", re.IGNORECASE)
    assert english.match("September") and english.match("may")
    assert not english.match("sept") and not english.match("jan")
    assert spanish.match("setiembre") and spanish.match("septiembre") and spanish.match("mayo")
    assert not spanish.match("may")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Leaders of the 3 May Movement met the minister.", "en"),
        ("THE 12 OCTOBER FRONT [F-12] CLAIMED THE BLAST.", "en"),
        ("A rebel of the former 8 July (J-8) guerrilla movement spoke.", "en"),
        ("The June 5 Command denied any part in it.", "en"),
        ("Dirigentes del Movimiento 3 de Mayo se reunieron con el ministro.", "es"),
        ("El Frente 12 de Octubre se atribuyó la explosión.", "es"),
        ("El Comando Revolucionario 8 de Julio negó su participación.", "es"),
    ],
)
def test_a_group_named_after_a_date_dates_nothing(text: str, language: str) -> None:
    assert parse_dates(text, language, PUB) == []


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Front-line troops were shelled on 12 October.", "en", "-10-12"),
        ("The movement marched on 3 May and was dispersed.", "en", "-05-03"),
        ("El frente atacó el 12 de octubre.", "es", "-10-12"),
    ],
)
def test_a_group_word_beside_a_date_leaves_it_a_date(text: str, language: str, day: str) -> None:
    (found,) = parse_dates(text, language, PUB)
    assert found.date.isoformat().endswith(day)

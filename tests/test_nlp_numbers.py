import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hito.engines.synth import NUMBERS_EN, NUMBERS_ES
from hito.nlp import parse_number_word, parse_numbers
from hito.nlp.number_words import counting_words, unit_words


def _values(text: str, language: str) -> list[tuple[float, str]]:
    return [(m.value, m.text) for m in parse_numbers(text, language)]


@pytest.mark.parametrize(
    ("phrase", "language", "value"),
    [
        ("two", "en", 2),
        ("six hundred", "en", 600),
        ("six hundred and five", "en", 605),
        ("twenty-one", "en", 21),
        ("one thousand two hundred", "en", 1200),
        ("a dozen", "en", 12),
        ("two dozen", "en", 24),
        ("3 million", "en", 3_000_000),
        ("1,200", "en", 1200),
        ("2.5", "en", 2.5),
        ("zero", "en", 0),
        ("dos", "es", 2),
        ("seiscientos", "es", 600),
        ("doscientas", "es", 200),
        ("veintiún", "es", 21),
        ("treinta y un", "es", 31),
        ("ciento veinte", "es", 120),
        ("tres mil", "es", 3000),
        ("dos mil quinientos", "es", 2500),
        ("mil millones", "es", 1e9),
        ("una docena", "es", 12),
        ("1.200", "es", 1200),
        ("1,200", "es", 1200),
        ("2,5", "es", 2.5),
        ("1.200,50", "es", 1200.5),
        ("3 mil", "es", 3000),
        # Headlines write the thousands in digits and words: "77 mil 960 pastillas".
        ("77 mil 960", "es", 77960),
        ("2 millones 300 mil", "es", 2300000),
        ("5 thousand 200", "en", 5200),
    ],
)
def test_parse_number_word(phrase: str, language: str, value: float) -> None:
    assert parse_number_word(phrase, language) == value


@pytest.mark.parametrize(
    ("phrase", "language"),
    [
        ("hundreds", "en"),
        ("dozens", "en"),
        ("cientos", "es"),
        ("millones", "es"),
        ("a", "en"),
        ("un", "es"),
        ("dos perros", "es"),
        ("many", "en"),
    ],
)
def test_vague_or_partial_phrases_give_none(phrase: str, language: str) -> None:
    assert parse_number_word(phrase, language) is None


def test_mentions_in_an_english_sentence() -> None:
    text = "Over 600 police searched; only two pistols were found and no arrests made."
    assert _values(text, "en") == [(600, "600"), (2, "two"), (0, "no arrests")]


def test_mentions_in_a_spanish_sentence() -> None:
    text = (
        "Más de 1.200 agentes y seiscientos soldados; hubo veintiún muertos y cientos de heridos."
    )
    assert _values(text, "es") == [(1200, "1.200"), (600, "seiscientos"), (21, "veintiún")]


def test_separate_numbers_stay_separate() -> None:
    assert _values("two and three", "en") == [(2, "two"), (3, "three")]
    assert _values("dos y tres", "es") == [(2, "dos"), (3, "tres")]


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("No one was arrested.", "en", "No one"),
        ("Nobody was hurt.", "en", "Nobody"),
        ("There were no further arrests.", "en", "no further arrests"),
        ("The strike caused fires but no casualties.", "en", "no casualties"),
        ("El operativo terminó sin detenidos.", "es", "sin detenidos"),
        ("No se reportó ningún detenido.", "es", "ningún detenido"),
        ("No encontraron ninguna arma.", "es", "ninguna arma"),
        ("No hubo heridos.", "es", "No hubo heridos"),
        ("Nadie resultó herido.", "es", "Nadie"),
        # Wire copy in capitals denies as plainly: "NO ONE" is none, not the number one.
        ("NO ONE WAS ARRESTED.", "en", "NO ONE"),
        ("NOBODY WAS HURT.", "en", "NOBODY"),
        ("THE PATROL SUFFERED NO CASUALTIES.", "en", "NO CASUALTIES"),
        ("NADIE RESULTÓ HERIDO.", "es", "NADIE"),
        ("NO HUBO HERIDOS.", "es", "NO HUBO HERIDOS"),
        (
            "Chocaron las bandas sin que se reportaran muertos.",
            "es",
            "sin que se reportaran muertos",
        ),
    ],
)
def test_explicit_none_is_zero(text: str, language: str, span: str) -> None:
    assert _values(text, language) == [(0, span)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("There is no doubt about it.", "en"),
        ("He no longer works there.", "en"),
        ("Sin embargo, la policía llegó tarde.", "es"),
        ("Se incautó un AK-47 a las 10:30 en la 3a calle.", "es"),
        ("It was the 3rd raid.", "en"),
        # Days, years and ranges of a date the date parser may not know are no counts.
        ("On Jan. 8, coalition forces struck near Raqqah.", "en"),
        ("The exercise ran from May 15-24 near Amman.", "en"),
        ("They met in Canberra on 12 February and again in 2016.", "en"),
        ("La reunión fue el 30 de noviembre de 2016.", "es"),
        # Identifiers: phone numbers, sections, stations, hull numbers.
        ("Call the office at 910-432-3383.", "en"),
        ("He was held under section 119.3 of the code.", "en"),
        ("The story aired on Radio 4 last week.", "en"),
        # Durations and money are time and value, not counts.
        ("The siege began nearly four years ago.", "en"),
        ("Over the past two weeks the army advanced.", "en"),
        ("El bloqueo duró tres días.", "es"),
        ("The government pledged $135 million and £2.10 an hour.", "en"),
        ("They were paid two Jordanian dinars an hour.", "en"),
        ("Pagaron 500 mil pesos de rescate.", "es"),
        # A none of something that is not counted.
        ("There is no problem and no future here.", "en"),
        # Clock times, military style or with a zone or unit, are no counts.
        ("The mayor was shot dead at 1720 on Sunday.", "en"),
        ("THE MAYOR WAS SHOT DEAD AT ABOUT 1640 (2140 GMT) YESTERDAY.", "en"),
        ("The bomb went off at around 2215 [0415 GMT] near the bridge.", "en"),
        ("The guard was wounded at 0645 hrs on Friday.", "en"),
        ("El guardia resultó herido a las 0645 del viernes.", "es"),
        ("EL ALCALDE FUE ABATIDO APROXIMADAMENTE A LAS 1640 (2140 GMT) DE AYER.", "es"),
        ("La bomba estalló hacia las 2215 (0415 GMT) junto al puente.", "es"),
        ("El ataque ocurrió a las 3 de la tarde.", "es"),
    ],
)
def test_no_false_numbers(text: str, language: str) -> None:
    assert _values(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        # A count after "about" or a tally read "at" is no clock time.
        ("About 1500 pilgrims crossed the river at dawn.", "en", 1500),
        ("The toll stood at 1200 on Monday.", "en", 1200),
        ("Detuvieron a las 3 mujeres en la plaza.", "es", 3),
        ("Unas 1500 personas marcharon a las afueras.", "es", 1500),
    ],
)
def test_counts_beside_clock_words_stay(text: str, language: str, value: float) -> None:
    assert [v for v, _ in _values(text, language)] == [value]


def test_units_glued_to_digits_keep_the_number() -> None:
    assert _values("They seized 500kg of cocaine.", "en") == [(500, "500")]


def test_offsets_point_into_text() -> None:
    text = "Llegaron tres mil soldados y dos helicópteros."
    for m in parse_numbers(text, "es"):
        assert text[m.start : m.end] == m.text


@given(st.integers(min_value=0, max_value=10**12))
def test_english_digits_with_separators_round_trip(n: int) -> None:
    assert parse_number_word(f"{n:,}", "en") == n


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([".", ","]))
def test_spanish_digits_with_separators_round_trip(n: int, sep: str) -> None:
    assert parse_number_word(f"{n:,}".replace(",", sep), "es") == n


@pytest.mark.parametrize("language", ["en", "es"])
def test_synthetic_reports_spell_counts_the_parser_reads(language: str) -> None:
    spelled = NUMBERS_EN if language == "en" else NUMBERS_ES
    assert [parse_number_word(word, language) for word in spelled] == list(range(13))


@pytest.mark.parametrize(
    ("language", "first", "last", "words"),
    [
        ("en", 1, 3, "one|two|three"),
        ("en", 2, 6, "two|three|four|five|six"),
        ("es", 2, 5, "dos|tres|cuatro|cinco"),
        # Both spellings of a unit with an accent, side by side.
        ("es", 15, 17, "quince|dieciséis|dieciseis|diecisiete"),
    ],
)
def test_counting_words_spell_a_range_in_counting_order(
    language: str, first: int, last: int, words: str
) -> None:
    assert counting_words(language, first, last) == words
    assert unit_words(language, first, last) == words.split("|")


@pytest.mark.parametrize(
    ("within", "beyond", "language"),
    [
        ("Four men were held", "Seven men were held", "en"),
        ("Detuvieron a cuatro hombres", "Detuvieron a siete hombres", "es"),
    ],
)
def test_counting_words_build_a_pattern_that_reads_the_count(
    within: str, beyond: str, language: str
) -> None:
    small_count = re.compile(rf"\b(?:{counting_words(language, 2, 5)})\b", re.IGNORECASE)
    assert small_count.search(within)
    assert not small_count.search(beyond)

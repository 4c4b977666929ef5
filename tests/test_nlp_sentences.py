from hito.nlp import split_sentences


def _split(text: str, language: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, language)]


def test_titles_and_abbreviations_do_not_split_spanish() -> None:
    text = "El Sr. López y el Gral. Ruiz viajaron a EE.UU. ayer. El Lic. Pérez no fue."
    assert _split(text, "es") == [
        "El Sr. López y el Gral. Ruiz viajaron a EE.UU. ayer.",
        "El Lic. Pérez no fue.",
    ]


def test_titles_and_abbreviations_do_not_split_english() -> None:
    text = "Mr. Smith flew to the U.S. on Monday. Checkpoint No. 5 was closed. Dr. Lee left."
    assert _split(text, "en") == [
        "Mr. Smith flew to the U.S. on Monday.",
        "Checkpoint No. 5 was closed.",
        "Dr. Lee left.",
    ]


def test_abbreviation_at_sentence_end_before_opener_splits() -> None:
    assert _split("He moved to the U.S. The next day he left.", "en") == [
        "He moved to the U.S.",
        "The next day he left.",
    ]


def test_line_breaks_end_sentences() -> None:
    text = "Border Affairs\n\nTroops Sent to Chiapas\nBy Staff | June 2, 2025\n\nSoldiers arrived."
    assert _split(text, "en") == [
        "Border Affairs",
        "Troops Sent to Chiapas",
        "By Staff | June 2, 2025",
        "Soldiers arrived.",
    ]


def test_quotes_questions_and_decimals() -> None:
    text = '“We will return,” he said. ¿Qué pasó? Nadie sabe. They seized 2.5 tons. "Go." Done!'
    assert _split(text, "es") == [
        "“We will return,” he said.",
        "¿Qué pasó?",
        "Nadie sabe.",
        "They seized 2.5 tons.",
        '"Go."',
        "Done!",
    ]


def test_lowercase_after_period_continues() -> None:
    assert _split("It happened approx. five miles away. Then police came.", "en") == [
        "It happened approx. five miles away.",
        "Then police came.",
    ]


def test_spans_are_trimmed_offsets() -> None:
    text = "  Uno.   Dos.  \n"
    spans = split_sentences(text, "es")
    assert spans == [(2, 6), (9, 13)]
    assert all(text[s:e].strip() == text[s:e] for s, e in spans)


def test_ciudad_abbreviation_does_not_split() -> None:
    text = "Liberan a cuatro personas en Cd. Juárez. Hubo dos detenidos."
    assert len(split_sentences(text, "es")) == 2

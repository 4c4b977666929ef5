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


def test_dateline_town_then_state_abbreviation_after_a_period_is_one_sentence() -> None:
    # "Town. Gro." is the dateline "Town, Gro." with a period for the comma: the state's
    # abbreviation is no sentence of its own, and the lead sentence after it stays whole.
    text = "Tlapa. Gro. Agentes detuvieron a dos hombres en la colonia Centro."
    assert _split(text, "es") == [
        "Tlapa. Gro.",
        "Agentes detuvieron a dos hombres en la colonia Centro.",
    ]
    for abbr in ("Mich.", "Oax.", "Chis.", "Tamps.", "B.C.", "S.L.P."):
        text = f"San Pedro de la Loma. {abbr} Un tiroteo dejó dos muertos."
        assert _split(text, "es") == [
            f"San Pedro de la Loma. {abbr}",
            "Un tiroteo dejó dos muertos.",
        ]


def test_english_dateline_town_then_state_abbreviation_after_a_period() -> None:
    text = "Tucson. Ariz. Police arrested two men near the border fence."
    assert _split(text, "en") == ["Tucson. Ariz.", "Police arrested two men near the border fence."]


def test_state_abbreviation_without_its_period_still_splits_the_dateline() -> None:
    # Without its period "Gro" may be a word of the lead; the dateline's period still ends it.
    text = "Tlapa. Gro Agentes detuvieron a dos hombres."
    assert _split(text, "es")[0] == "Tlapa."


def test_word_like_abbreviation_after_a_sentence_is_not_glued() -> None:
    # Only a short run of capitalised words opening the line is a dateline.
    text = "The agents searched the house on the hill. Mass. was held later that day."
    assert _split(text, "en") == [
        "The agents searched the house on the hill.",
        "Mass. was held later that day.",
    ]


def test_state_abbreviations_are_the_gazetteers_dotted_forms() -> None:
    from hito.geo.abbreviations import TABLES
    from hito.nlp.sentences import _state_abbreviations

    dotted = {
        a.lower()
        for c, t in TABLES
        if c in ("MX", "US")
        for abbrs in t.values()
        for a in abbrs
        if a.endswith(".") and " " not in a
    }
    assert dotted <= _state_abbreviations()
    assert {"gro.", "s.l.p.", "ariz."} <= _state_abbreviations()
    assert "gro" not in _state_abbreviations()


def test_title_after_a_dateline_opens_the_lead() -> None:
    text = "FRESNILLO. Col. Ramírez dijo que hubo dos detenidos."
    assert _split(text, "es") == ["FRESNILLO.", "Col. Ramírez dijo que hubo dos detenidos."]


def test_an_abbreviation_ending_a_hyphenated_compound_does_not_split() -> None:
    # "the Mexico-U.S. border": the compound ends in the abbreviation, which no more ends
    # the sentence than "the U.S. border" does.
    assert _split("Smugglers crossed the Mexico-U.S. border near Nogales on Monday.", "en") == [
        "Smugglers crossed the Mexico-U.S. border near Nogales on Monday."
    ]
    assert _split("A BOMB HIT THE PERUVIAN--U.S. TRADE OFFICE IN LIMA TODAY.", "en") == [
        "A BOMB HIT THE PERUVIAN--U.S. TRADE OFFICE IN LIMA TODAY."
    ]
    spanish = "Cruzaron la frontera México-EE.UU. cerca de Nogales. Nadie fue detenido."
    assert _split(spanish, "es") == [
        "Cruzaron la frontera México-EE.UU. cerca de Nogales.",
        "Nadie fue detenido.",
    ]
    # Before an opener it still ends the sentence.
    assert _split("Talks on the Mexico-U.S. The next day they failed.", "en") == [
        "Talks on the Mexico-U.S.",
        "The next day they failed.",
    ]

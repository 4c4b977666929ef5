import datetime as dt

import pytest

from hito.nlp import classify_factuality, factuality_cues
from hito.nlp.factuality import credited_headline, side_years


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Gunmen killed three police officers in Tapachula.", "en", "asserted"),
        ("Alleged criminals fired at the patrol.", "en", "asserted"),
        ("Police said gunmen killed three officers.", "en", "reported"),
        ("According to the prosecutor, two men died.", "en", "reported"),
        ("The gunmen reportedly fled into Guatemala.", "en", "hedged"),
        ("The attackers were allegedly members of the cartel.", "en", "hedged"),
        ("The army will deploy 500 soldiers to the border.", "en", "hypothetical"),
        ("The ministry announced it will send troops, officials said.", "en", "hypothetical"),
        ("This mirrors previous crises when residents fled.", "en", "historical"),
        ("Years ago, the Zetas massacred farm workers.", "en", "historical"),
        # A modal in one clause does not make an act told as done in another a plan.
        ("The army will send troops, while two soldiers were killed on Monday.", "en", "asserted"),
        ("The army will send troops after two soldiers were killed.", "en", "hypothetical"),
        ("If police had not acted, dozens would have been killed.", "en", "hypothetical"),
        # An arrest failed, demanded among other things, or that may be made is none made.
        ("The police have not been able to arrest the kidnappers.", "en", "hypothetical"),
        (
            "The meeting demanded a ban on the group and arrest of its leaders.",
            "en",
            "hypothetical",
        ),
        ("The leaders are likely to be arrested on Friday.", "en", "hypothetical"),
        ("Police opened fire and were able to arrest 39 rioters.", "en", "asserted"),
        ("Presuntos sicarios mataron a dos policías.", "es", "asserted"),
        ("Según la policía, dos hombres murieron.", "es", "reported"),
        ("La fiscalía informó que hubo tres detenidos.", "es", "reported"),
        ("Los agresores presuntamente huyeron a Guatemala.", "es", "hedged"),
        ("El grupo habría atacado a los agentes.", "es", "hedged"),
        ("Al parecer, los atacantes eran del cártel.", "es", "hedged"),
        ("La Sedena anunció que enviará 500 elementos.", "es", "hypothetical"),
        ("Se desplegará la Guardia Nacional en Chiapas.", "es", "hypothetical"),
        ("Dijeron que enviarían tropas a la frontera.", "es", "hypothetical"),
        # "Serían" guesses who they were; the arrest itself is told plainly.
        ("Caen dos hombres en Navojoa; serían parte de una banda.", "es", "asserted"),
        # A town whose name ends like a future is no plan; a capitalised headline keeps its verb.
        ("Detienen en Numarán a un hombre armado.", "es", "asserted"),
        ("La Sedena Enviará Tropas A La Frontera", "es", "hypothetical"),
        ("Como ocurrió en años pasados, los pobladores huyeron.", "es", "historical"),
        ("Anteriormente, el cártel controlaba la zona.", "es", "historical"),
        # "Previously" recalls an earlier episode, as "anteriormente" does.
        ("The town previously saw a massacre of six farmers.", "en", "historical"),
        ("His body had been found two days previously.", "en", "historical"),
        ("Previamente, seis campesinos fueron asesinados en el pueblo.", "es", "historical"),
        # Remembering an act, as recalling it, tells it as background.
        ("We remember the assassination of the union leader Tomas Vera.", "en", "historical"),
        ("Las madres recordamos el asesinato del dirigente Tomás Vera.", "es", "historical"),
        ("Los vecinos recuerdan la masacre de seis campesinos.", "es", "historical"),
        # The same target hit at a time counted back: an earlier act than the one told.
        ("The same bridge was bombed two months ago by another cell.", "en", "historical"),
        ("That same clinic had been looted last year.", "en", "historical"),
        ("El mismo puente fue atacado hace dos meses por otra célula.", "es", "historical"),
        ("La misma clínica ya había sido saqueada el año pasado.", "es", "historical"),
        # Without a time counted back it may be today's act told again.
        ("The same bridge was bombed by the rebels.", "en", "asserted"),
        ("El mismo puente fue atacado por los rebeldes.", "es", "asserted"),
        ("That same night guards were shot at the plant, a week ago.", "en", "asserted"),
        (
            "Esa misma noche guardias fueron baleados en la planta, hace una semana.",
            "es",
            "asserted",
        ),
        # A witness remembers what he lived through: the act told is the news.
        ("A neighbour remembers hearing the gunmen shoot the guard.", "en", "asserted"),
        ("Los vecinos recuerdan haber oído los disparos contra el guardia.", "es", "asserted"),
        # An act recalled from a few days back is recent news, not background.
        ("The mayor recalled that gunmen burned the market several days ago.", "en", "asserted"),
        ("The priest recalled that two men were shot yesterday near the church.", "en", "asserted"),
        ("El alcalde recordó que pistoleros quemaron el mercado hace unos días.", "es", "asserted"),
        ("El cura recordó que ayer balearon a dos hombres cerca de la iglesia.", "es", "asserted"),
        # A recent time before the recall dates the speaking, not the act recalled.
        ("Yesterday the mayor recalled the massacre of six farmers.", "en", "historical"),
        ("Ayer el alcalde recordó la masacre de seis campesinos.", "es", "historical"),
    ],
)
def test_classify_factuality(sentence: str, language: str, expected: str) -> None:
    assert classify_factuality(sentence, language) == expected


def test_a_past_year_of_another_clause_leaves_an_act_of_days_ago_news() -> None:
    # The year dates the lease; the killing "a week ago" is the report's news.
    published = dt.date(2025, 7, 31)
    sentence = "The shop was leased in 2019 to a trader who was shot dead a week ago."
    assert classify_factuality(sentence, "en", published) == "asserted"
    frase = "La tienda fue arrendada en 2019 a un comerciante asesinado hace una semana."
    assert classify_factuality(frase, "es", published) == "asserted"
    # Without a recent time the year still makes the act background.
    assert classify_factuality("The trader was shot dead in 2019.", "en", published) == "historical"


def test_past_year_is_historical_only_with_a_later_publication() -> None:
    sentence = "In 2019 the cartel attacked the town."
    assert classify_factuality(sentence, "en", dt.date(2025, 7, 31)) == "historical"
    assert classify_factuality(sentence, "en", dt.date(2019, 12, 1)) == "asserted"
    assert classify_factuality(sentence, "en") == "asserted"


def test_previous_day_is_not_historical() -> None:
    assert classify_factuality("The previous day, troops arrived.", "en") == "asserted"


def test_cues_name_the_trigger() -> None:
    cues = factuality_cues("La Sedena anunció que enviará tropas, informó.", "es")
    assert ("hypothetical", "enviará") in cues
    assert ("reported", "informó") in cues
    assert cues[0][0] == "hypothetical"


@pytest.mark.parametrize(
    "sentence",
    [
        "The union demanded the arrest of the factory owner.",
        "Residents say the killers must be arrested at once.",
        "A court gave investigators ten days to arrest the mayor.",
    ],
)
def test_an_arrest_asked_for_is_not_an_arrest_made(sentence: str) -> None:
    assert classify_factuality(sentence, "en") == "hypothetical"


def test_an_arrest_made_stays_asserted() -> None:
    assert classify_factuality("Police arrested the factory owner on Monday.", "en") == "asserted"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Relatives protested in the square on Tuesday to demand the release of the men.", "en"),
        ("Farmers blocked the highway on Monday, demanding the release of their leader.", "en"),
        (
            "Familiares protestaron el martes en la plaza para exigir la liberación de sus hijos.",
            "es",
        ),
        ("Campesinos bloquearon la carretera el lunes, exigiendo la liberación de su líder.", "es"),
    ],
)
def test_a_release_demanded_as_the_aim_of_a_protest_leaves_the_protest_asserted(
    sentence: str, language: str
) -> None:
    assert classify_factuality(sentence, language) == "asserted"


def test_a_past_month_and_year_is_historical() -> None:
    published = dt.date(2024, 5, 9)
    assert (
        classify_factuality("In August 2023, two traders were shot.", "en", published)
        == "historical"
    )
    assert (
        classify_factuality("En agosto de 2023 mataron a dos comerciantes.", "es", published)
        == "historical"
    )


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The operation follows the killing of five farmers in Comitán last week.", "en"),
        ("El operativo se produce tras el asesinato de cinco campesinos en Comitán.", "es"),
    ],
)
def test_an_act_that_an_event_follows_is_background(sentence: str, language: str) -> None:
    assert classify_factuality(sentence, language) == "historical"


def test_troops_already_deployed_are_no_plan_though_they_will_stay() -> None:
    sentence = "The army said it had deployed 300 soldiers on Sunday and would keep them there."
    assert classify_factuality(sentence, "en") == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Two invented merchants were abducted in the capital in the past several hours.",
        "In the past 24 hours, gunmen burned three invented buses.",
        "Gunmen killed an invented farmer in the past week.",
    ],
)
def test_a_span_up_to_now_is_not_the_past(sentence: str) -> None:
    assert classify_factuality(sentence, "en") != "historical"
    for past in (
        "In the past, the gang extorted invented shops.",
        "In the past 30 years, the gang extorted invented shops.",
    ):
        assert classify_factuality(past, "en") == "historical"
    # Spanish says the span with other words, which were never a cue.
    recent = "En las últimas horas, hombres armados secuestraron a dos comerciantes inventados."
    assert classify_factuality(recent, "es") != "historical"
    assert classify_factuality("En el pasado, la banda extorsionaba tiendas.", "es") == "historical"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The report that a mayor was shot in Tecún Umán is absolutely unfounded.", "en"),
        ("Police denied reports that two migrants were killed at the checkpoint.", "en"),
        ("Rumours that gunmen kidnapped the priest are false, the bishop said.", "en"),
        ("La versión de que el alcalde fue baleado en Tecún Umán es totalmente falsa.", "es"),
        ("La fiscalía desmintió la información sobre dos migrantes asesinados.", "es"),
        ("El reporte del secuestro del sacerdote carece de fundamento.", "es"),
    ],
)
def test_an_act_the_report_denies_did_not_happen(sentence: str, language: str) -> None:
    # A denied occurrence is no more an event than a plan is.
    assert classify_factuality(sentence, language) == "hypothetical"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # Denying a part in an act that happened leaves the act told.
        ("The rebels denied that they killed the two farmers on Sunday.", "en"),
        ("Gunmen killed a driver who carried false documents.", "en"),
        ("Police denied reports about the two men arrested being in the gang.", "en"),
        ("The charges against the two detained men were false, their lawyer said.", "en"),
        ("Los rebeldes negaron haber matado a los dos campesinos.", "es"),
    ],
)
def test_a_denied_role_or_a_false_thing_is_not_a_denied_act(sentence: str, language: str) -> None:
    assert classify_factuality(sentence, language) != "hypothetical"


@pytest.mark.parametrize(
    "sentence",
    [
        "Detienen a dos en Tepic; venderían droga en una escuela",
        "Asesinan a un taxista en Tecate; semanas antes pidió ayuda",
        "Capturan a tres ladrones; uno estará diez años en prisión",
    ],
)
def test_a_plan_in_another_clause_leaves_a_done_act_told(sentence: str) -> None:
    assert classify_factuality(sentence, "es") != "hypothetical"


@pytest.mark.parametrize(
    "sentence",
    [
        "Planean atacar la alcaldía de Tepic; piden más policías",
        "Asesinan a un taxista; la fiscalía desmiente la versión",
    ],
)
def test_a_plan_in_every_clause_or_a_denial_stays_hypothetical(sentence: str) -> None:
    assert classify_factuality(sentence, "es") == "hypothetical"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Earlier this year, the mayor of a border town was shot dead in his car.", "en"),
        ("The new killings follow the discovery of nine bodies by a highway.", "en"),
        ("A principios de este año, un comandante fue asesinado frente a su casa.", "es"),
    ],
)
def test_an_act_earlier_in_the_year_or_followed_is_background(sentence: str, language: str) -> None:
    assert classify_factuality(sentence, language) == "historical"


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The mayor was gunned down, apparently on the orders of a gang.", "en", "asserted"),
        ("El alcalde fue asesinado, presuntamente por órdenes de una banda.", "es", "asserted"),
        ("Decomisaron 30 tambos, al parecer para la fabricación de drogas.", "es", "asserted"),
        ("The mayor was apparently gunned down near his home.", "en", "hedged"),
        ("Al parecer, el alcalde fue asesinado cerca de su casa.", "es", "hedged"),
    ],
)
def test_a_hedged_perpetrator_or_purpose_leaves_the_act_asserted(
    sentence: str, language: str, expected: str
) -> None:
    assert classify_factuality(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Ramiro Tovar was arrested and sent to Honduras, where a judge will try him.", "en"),
        ("Two smugglers were detained in Laredo, who will be tried next month.", "en"),
        ("Police arrested Elmer Quiroz, which will delay the trial of the gang.", "en"),
        ("Fue arrestado y expulsado a Honduras, donde lo juzgarán por robo.", "es"),
        ("Lidia Fuentes fue extraditada a Honduras donde será juzgada por secuestro.", "es"),
        ("Capturaron a tres hombres en Tijuana, quienes serán procesados por robo.", "es"),
        ("Detuvieron al sospechoso en el penal en el que cumplirá su condena.", "es"),
    ],
)
def test_a_future_in_a_relative_clause_leaves_the_act_before_it_done(
    sentence: str, language: str
) -> None:
    assert classify_factuality(sentence, language) != "hypothetical"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # The relative clause stands before the act, or the act itself is still to come.
        ("The man who will be tried was arrested in Laredo.", "en"),
        ("Police will arrest the leader, who will be deported to Honduras.", "en"),
        ("El hombre que será juzgado fue detenido en Tapachula.", "es"),
        ("La policía detendrá al líder, quien será deportado a Honduras.", "es"),
    ],
)
def test_a_future_act_or_a_future_before_the_act_stays_a_plan(sentence: str, language: str) -> None:
    assert classify_factuality(sentence, language) == "hypothetical"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Masked men set fire to a nightclub in the port last year, killing eleven.", "en"),
        ("The gang is known for raids such as the burning of a bus depot last year.", "en"),
        ("El año pasado, encapuchados incendiaron una discoteca del puerto.", "es"),
        ("En marzo del año pasado, la banda secuestró a un ganadero en Jalpan.", "es"),
    ],
)
def test_an_act_of_last_year_is_background_even_undated(sentence: str, language: str) -> None:
    # "Last year" is before the report's own year whenever it was written.
    assert classify_factuality(sentence, language) == "historical"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Troops arrested Anselmo Ruiz, who last year escaped from a prison in Oaxaca.", "en"),
        ("La policía detuvo a Rufino Anaya, quien el año pasado escapó de una cárcel.", "es"),
        # A relative clause on an apposition is a side clause too.
        ("Soldiers found the truck in Salinas, a small town which last year emptied out.", "en"),
        ("Hallaron la camioneta en Tepetate, un pueblo cuyos vecinos huyeron el año pasado.", "es"),
    ],
)
def test_last_year_in_a_side_clause_leaves_the_act_asserted(sentence: str, language: str) -> None:
    assert classify_factuality(sentence, language) == "asserted"
    assert side_years(sentence)


def test_last_year_in_a_dated_report_is_left_to_its_date() -> None:
    # With its publication date, a report's "last year" is a date the record reads.
    sentence = "Last year, masked men set fire to a nightclub in the port."
    assert classify_factuality(sentence, "en", dt.date(2025, 3, 1)) == "asserted"
    assert classify_factuality(sentence, "en", dt.date(2025, 1, 1), dated=False) == "historical"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "The navy -- which critics held responsible, for the most part, for a wave of "
            "murders that started in 2011 -- was sent back to Nuevo Laredo in May.",
            "en",
        ),
        (
            "El comandante —a quien varios responsabilizan, sobre todo, de la ola de crímenes "
            "que arrancó en 2011— volvió a Nuevo Laredo en mayo.",
            "es",
        ),
    ],
)
def test_a_year_inside_an_aside_between_dashes_dates_only_the_aside(
    sentence: str, language: str
) -> None:
    # The aside runs from dash to dash, whatever commas it holds; the year is its own.
    spans = side_years(sentence)
    year = sentence.index("2011")
    assert any(a <= year < b for a, b in spans), spans
    assert all(b <= sentence.index("volvió" if language == "es" else "was sent") for _, b in spans)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Detienen a dos en Tapachula, informa la Fiscalía", "reported"),
        ("Denuncian que soldados detuvieron a un pescador en el río", "reported"),
        ("Queman una escuela en Motozintla, denuncia un colectivo", "reported"),
        # The noun: a complaint filed credits no one with the act.
        ("Los vecinos presentaron una denuncia por el robo de ganado.", "asserted"),
    ],
)
def test_spanish_reporting_verbs_in_the_present(sentence: str, expected: str) -> None:
    assert classify_factuality(sentence, "es") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Asegurar" is to seize as well as to assure: what was seized credits no one.
        (
            "Policías detuvieron a dos hombres en Comitán, a quienes se les aseguró un fusil "
            "y tres cargadores.",
            "asserted",
        ),
        ("Soldados aseguraron 30 kilos de marihuana en una bodega de Tapachula.", "asserted"),
        ("El fiscal aseguró que los detenidos pertenecen a una banda local.", "reported"),
        ("El alcalde aseguró en una entrevista que no hubo heridos.", "reported"),
        ("Policías detuvieron a dos hombres, aseguraron el vehículo y un fusil.", "asserted"),
        ("El vocero aseguró: los detenidos pertenecen a una banda local.", "reported"),
    ],
)
def test_spanish_asegurar_credits_a_source_only_when_it_says(sentence: str, expected: str) -> None:
    assert classify_factuality(sentence, "es") == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Police: two ranchers abducted near Tenosique", True),
        ("Capturan a tres por el ataque en Comitán: Sedena", True),
        ("Analysis: the border roads grow quieter", False),
        ("VIDEO: Rescatan a once migrantes en Tapachula", False),
        ("Honduras: gunmen kill five in San Pedro Sula", False),
        ("NEW DELHI: Police held two men on Monday", False),
        ("Two dead in border clash: what we know", False),
    ],
)
def test_a_headline_credited_before_or_after_a_colon(headline: str, expected: bool) -> None:
    assert credited_headline(headline) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Where someone was, or was not, when the act happened names the act's own moment.
        "A grenade hit the judge's house in Ocotal; the judge was out at the time.",
        "Gunmen fired on the bus driver, who was alone at the time.",
        "A clerk who was working at the pharmacy at the time of the blast was hurt.",
        "A bomb damaged the office of Lena Vosk, who was not in the building at the time.",
        "THE DYNAMITE WRECKED THE CLINIC, BUT NO NURSES WERE INSIDE AT THE TIME.",
        # Spanish names that moment with "en ese momento", which was never a cue.
        "Lanzaron una granada contra la casa de la jueza, que no estaba en ese momento.",
        "Dispararon contra el chofer, quien se encontraba solo en ese momento.",
    ],
)
def test_presence_at_the_time_of_the_act_is_not_background(sentence: str) -> None:
    language = "es" if "ese momento" in sentence else "en"
    assert classify_factuality(sentence, language) == "asserted"


@pytest.mark.parametrize(
    "sentence",
    [
        # A post held, a claim or a report made "at the time" is background to the news.
        "Rafael Ortuno, then the party's leader at the time, was shot in 1988.",
        "The guerrillas claimed responsibility at the time for the ambush.",
        "The officers responsible at the time for the raids were never tried.",
        "The governor, who was in office at the time, ordered the eviction.",
        "Los guerrilleros, que en aquella ocasión reivindicaron el ataque, huyeron.",
    ],
)
def test_at_the_time_of_a_post_or_a_claim_stays_background(sentence: str) -> None:
    language = "es" if "aquella" in sentence else "en"
    assert classify_factuality(sentence, language) == "historical"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Police could not prevent the attack on the town hall.", "en"),
        ("The guards couldn't stop the kidnapping of the engineer.", "en"),
        ("Los policías no pudieron evitar el ataque contra la alcaldía.", "es"),
    ],
)
def test_an_act_someone_could_not_prevent_is_asserted(sentence: str, language: str) -> None:
    assert classify_factuality(sentence, language) == "asserted"


def test_could_alone_still_hedges() -> None:
    sentence = "Gunmen could have set off the bomb outside the bank."
    assert classify_factuality(sentence, "en") == "hedged"

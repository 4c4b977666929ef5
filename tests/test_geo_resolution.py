"""Resolution anywhere in the world: document focus, abbreviations, adjectives, regions."""

from __future__ import annotations

import datetime as dt

from hito.geo import (
    KINDS,
    border_info,
    find_demonyms,
    find_toponyms,
    geoparse,
    lookup,
    resolve,
    resolve_each,
    resolve_spans,
    span_candidates,
)
from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def _resolved(text: str, **kwargs: object) -> list[tuple[str, str | None, str | None]]:
    toponyms = find_toponyms(text, **kwargs)  # type: ignore[arg-type]
    return [
        (t.text, p.country if p else None, p.admin1 if p else None)
        for t, p in zip(toponyms, resolve_each(toponyms), strict=True)
    ]


def test_dateline_abbreviation_is_found_and_qualifies_the_town() -> None:
    assert _resolved("TAPACHULA, Chis. — Gunmen attacked a patrol on Sunday.") == [
        ("TAPACHULA", "MX", "Chiapas"),
        ("Chis.", "MX", "Chiapas"),
    ]
    assert _resolved("ALEXANDRIA, La. — A barn burned near Pineville.")[0] == (
        "ALEXANDRIA",
        "US",
        "Louisiana",
    )


def test_abbreviations_need_a_place_before_them() -> None:
    # "La" and "Ga" are words; only ", La." after a place is Louisiana.
    assert [t.text for t in find_toponyms("La Ga. es una sigla.", "es")] == []


def test_dotted_abbreviations_are_names_anywhere() -> None:
    text = "The W.Va. Highway Patrol said the S.C. line was closed."
    assert [t.text for t in find_toponyms(text, modifiers=True)] == ["W.Va.", "S.C."]


def test_unqualified_washington_is_the_capital() -> None:
    assert _resolved("Officials in Washington said talks would resume.") == [
        ("Washington", "US", "District of Columbia")
    ]
    state = _resolved("Wildfires burned across Washington state and Oregon.")
    assert state[0][1:] == ("US", "Washington")


def test_document_focus_overrides_the_mexico_guatemala_prior() -> None:
    # Alone, Córdoba is the Veracruz town (the project's prior); among Spanish towns it is Spain's.
    assert _resolved("Gunmen fired at soldiers in Córdoba.")[0][1] == "MX"
    text = "Police in Sevilla, Málaga and Córdoba searched for the suspects."
    assert [c for _, c, _ in _resolved(text)] == ["ES", "ES", "ES"]


def test_towns_of_one_county_agree() -> None:
    # Henry County, Georgia is the largest; Paris, France the best known; together with a
    # Tennessee town they are Tennessee's.
    text = "Deputies from Henry County and police in Paris searched a lake near Puryear."
    toponyms = find_toponyms(text, kinds=KINDS)
    assert [t.text for t in toponyms] == ["Henry County", "Paris", "Puryear"]
    assert [(p.country, p.admin1) for p in resolve_each(toponyms) if p] == [
        ("US", "Tennessee"),
        ("US", "Tennessee"),
        ("US", "Tennessee"),
    ]


def test_a_state_named_nearby_decides() -> None:
    assert _resolved("A storm hit Paris, Texas, on Monday.")[0][1:] == ("US", "Texas")
    assert _resolved("A storm hit Paris on Monday.")[0][1] == "FR"


def test_admin1_names_worldwide() -> None:
    top = lookup("Tamil Nadu")[0]
    assert (top.kind, top.country) == ("admin1", "IN")
    assert lookup("Bavaria")[0].kind == "admin1"
    # Generic names of provinces elsewhere are not places ("Southern" in Zambia).
    assert not [p for p in lookup("Southern") if p.kind == "admin1"]


def test_counties_and_regions_are_opt_in_kinds() -> None:
    text = "Deputies in Laurel County met officials from Central America."
    default = find_toponyms(text)
    assert all(p.kind not in ("admin2", "region") for t in default for p in t.candidates)
    found = find_toponyms(text, kinds=KINDS)
    assert [(t.text, t.candidates[0].kind) for t in found] == [
        ("Laurel County", "admin2"),
        ("Central America", "region"),
    ]


def test_common_person_names_are_not_towns() -> None:
    text = "Moore said the report was late. Bell agreed with Taylor."
    assert find_toponyms(text) == []
    assert [t.text for t in find_toponyms("A tornado struck near Moore.")] == ["Moore"]


def test_hyphenated_places_split() -> None:
    text = "Troops patrolled the Mexico-Guatemala border near Atlanta-area farms."
    assert [t.text for t in find_toponyms(text)] == ["Mexico", "Guatemala", "Atlanta"]
    assert [t.text for t in find_toponyms("Rain fell on Winston-Salem.")] == ["Winston-Salem"]


def test_place_adjectives_and_spans() -> None:
    demonyms = find_demonyms(
        "The Russian and Sri Lankan envoys met European leaders and North Korean officials."
    )
    assert [(d.text, d.candidates[0].country) for d in demonyms] == [
        ("Russian", "RU"),
        ("Sri Lankan", "LK"),
        ("European", ""),
        ("North Korean", "KP"),
    ]
    assert span_candidates("Calif.")[0].name == "California"
    assert span_candidates("the U.S.")[0].country == "US"
    assert span_candidates("Canadian")[0].kind == "country"
    assert span_candidates("Oaxaca State")[0].kind == "admin1"


def test_unknown_span_falls_back_to_the_document_focus() -> None:
    text = "Crowds filled Frenchmen Street in New Orleans, Louisiana."
    spans = [(14, 30), (34, 45), (47, 56)]
    assert resolve_spans(text, spans)[0] is None
    fallback = resolve_spans(text, spans, fallback=True)[0]
    assert fallback is not None and fallback.name == "New Orleans"


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        out.append((start, start + len(name)))
        at = start + len(name)
    return out


def test_focus_is_the_town_the_other_places_surround() -> None:
    # Moscow is named most often, but the other places cluster around Homs.
    text = (
        "Moscow said the talks in Moscow would go on. Shelling hit Homs, Hama and the Old "
        "Souk quarter, monitors in Syria said."
    )
    spans = _spans(text, "Moscow", "Moscow", "Homs", "Hama", "Old Souk quarter", "Syria")
    quarter = resolve_spans(text, spans, fallback=True)[4]
    assert quarter is not None and quarter.country == "SY"


def test_street_named_after_a_place_lies_in_the_document_town() -> None:
    text = "Marchers walked down Atlantic Avenue in Boston, Massachusetts."
    spans = _spans(text, "Atlantic Avenue", "Boston", "Massachusetts")
    assert resolve_spans(text, spans)[0] is None
    avenue = resolve_spans(text, spans, fallback=True)[0]
    assert avenue is not None and avenue.name == "Boston"
    text = "Vecinos cerraron la avenida Chihuahua en Tapachula."
    avenue = resolve_spans(text, _spans(text, "avenida Chihuahua", "Tapachula"), fallback=True)[0]
    assert avenue is not None and avenue.name == "Tapachula"


def test_only_a_name_read_first_as_a_state_names_that_state() -> None:
    # "Washington" is the capital before the state: it gives Parkland, Washington no support
    # against Parkland, Florida.
    text = "Lawmakers in Washington met families from Parkland, a Florida city."
    assert ("Parkland", "US", "Florida") in _resolved(text)


def test_state_adjective_of_a_known_place_span_is_the_state() -> None:
    text = "The English side beat a Welsh club in Cardiff."
    english, welsh, _ = resolve_spans(text, _spans(text, "English", "Welsh", "Cardiff"))
    assert english is not None and (english.name, english.kind) == ("England", "admin1")
    assert welsh is not None and (welsh.name, welsh.kind) == ("Wales", "admin1")


def test_small_town_far_from_the_other_places_is_taken_for_a_local_feature() -> None:
    # Bourbon, Indiana is the gazetteer's only Bourbon; here it is a street of New Orleans.
    text = "Brass bands played on Bourbon late into the night, New Orleans, Louisiana police said."
    spans = _spans(text, "Bourbon", "New Orleans", "Louisiana")
    assert resolve_spans(text, spans)[0] is None
    street = resolve_spans(text, spans, fallback=True)[0]
    assert street is not None and street.name == "New Orleans"
    # A small town near the others stays; so does a village of Mexico or Guatemala.
    text = "Floods closed roads between Tapachula and Tuxtla Chico, Chiapas."
    town = resolve_spans(text, _spans(text, "Tapachula", "Tuxtla Chico", "Chiapas"))[1]
    assert town is not None and town.name == "Tuxtla Chico"
    text = "Desde Ciudad de México llegaron peritos a Mazapa de Madero."
    found = dict((t.text, p) for t, p in geoparse(text, "es"))
    village = found["Mazapa de Madero"]
    assert village is not None and village.admin1 == "Chiapas"


def test_geoparse_finds_places_inside_organisation_names() -> None:
    text = "The Dublin Community Center hosted Irish dancers from Galway."
    found = [(t.text, p.country if p else None) for t, p in geoparse(text)]
    assert ("Dublin", "IE") in found and ("Irish", "IE") in found and ("Galway", "IE") in found
    assert [t.text for t in find_toponyms(text)] == ["Galway"]


def test_border_info_trusts_the_gazetteer_near_the_line() -> None:
    place = next(p for p in lookup("Tecún Umán") if p.country == "GT")
    info = border_info(place.latitude, place.longitude, place.country)
    assert (info.country, info.neighbour) == ("GT", "MX")


def test_municipality_called_without_its_honorific() -> None:
    # GeoNames writes "Jerez de García Salinas"; the short name is not a weaker alternate.
    place = resolve(find_toponyms("Hallan un cadáver en Jerez", "es"))
    assert place is not None and (place.country, place.admin1) == ("MX", "Zacatecas")


def test_overseas_territory_does_not_outrank_a_large_town() -> None:
    # "Guadalupe" is also Guadeloupe's Spanish name; the Nuevo León city is meant.
    place = resolve(find_toponyms("Balacera en Guadalupe deja un muerto", "es"))
    assert place is not None and (place.country, place.admin1) == ("MX", "Nuevo León")


def test_heroica_is_an_honorific() -> None:
    # GeoNames: "Heroica Matamoros" (Tamaulipas, 450,000 people), "Matamoros" (Coahuila).
    place = resolve(find_toponyms("Denuncian a policías en Matamoros", "es"))
    assert place is not None and (place.country, place.admin1) == ("MX", "Tamaulipas")


def test_neighbourhood_before_its_town_is_not_a_far_namesake() -> None:
    # No "Lomas de Guadalupe" in Morelia in the gazetteer: Guadalupe (Nuevo León) is no reading.
    place = resolve(find_toponyms("Abandonan un cadáver en Lomas de Guadalupe, Morelia", "es"))
    assert place is not None and (place.name, place.admin1) == ("Morelia", "Michoacán")


def test_a_river_is_not_the_town_that_shares_its_name() -> None:
    # "Usumacinta" is also an alternate name of Osumacinta, a town far up in the highlands.
    names = [t.text for t in find_toponyms("Cruzaron el río Usumacinta cerca de Tenosique", "es")]
    assert names == ["Tenosique"]
    names = [t.text for t in find_toponyms("They waded across the Usumacinta River at dawn.")]
    assert names == []


def test_a_route_between_two_far_towns_unplaces_neither() -> None:
    # "X–Y", "from X to Y": two ends of a road or a flight, not a neighbourhood and its town.
    text = "Emboscada en el tramo Palenque–Ocosingo"
    toponyms = find_toponyms(text, "es")
    assert resolve(toponyms, text=text) is not None
    assert resolve(toponyms, text=text).name == "Palenque"  # type: ignore[union-attr]
    text = "The flight left from Tapachula to Caracas on Tuesday."
    place = resolve(find_toponyms(text), text=text)
    assert place is not None and place.name == "Tapachula"


def test_two_towns_joined_by_a_are_both_found() -> None:
    text = "Atacaron a una patrulla en la carretera de Motozintla a Mazapa de Madero"
    assert [t.text for t in find_toponyms(text, "es")] == ["Motozintla", "Mazapa de Madero"]


def _records(text: str, language: str = "es") -> list[EventRecord]:
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 3, 12))
    return process(report, language)[1]


def test_an_act_on_a_road_is_placed_at_its_first_town() -> None:
    for text in (
        "Militares abatieron a tres hombres armados en la carretera Palenque–Ocosingo, Chiapas.",
        "Sicarios emboscaron a una patrulla en la carretera de Ocosingo a Palenque y mataron a "
        "dos agentes.",
    ):
        first = "Palenque" if "Palenque–" in text else "Ocosingo"
        places = [r.place for r in _records(text) if r.event_type == "ASSAULT"]
        assert places == [first], text


def test_a_flight_is_placed_where_it_leaves() -> None:
    text = "Mexican agents deported 90 Hondurans on a flight from Tapachula to San Pedro Sula."
    places = [(r.place, r.country) for r in _records(text, "en") if r.event_type == "COERCE"]
    assert places == [("Tapachula", "MX")]


def test_an_act_on_a_river_is_placed_at_the_town_named() -> None:
    text = (
        "Vecinos de Tenosique, Tabasco, denunciaron que soldados cruzaron el río Usumacinta y "
        "detuvieron a dos pescadores."
    )
    places = [r.place for r in _records(text) if r.event_type == "COERCE"]
    assert places == ["Tenosique"]


def test_unknown_feature_lies_in_the_place_written_beside_it() -> None:
    # The text is about Chicago; the museum is in the other city, named right after it.
    text = (
        "Chicago police said the Chicago suspect, from Evanston, had visited the Hall of "
        "Lanterns in Denver before he came back to Chicago."
    )
    spans = _spans(text, "Chicago", "Chicago", "Evanston", "Hall of Lanterns", "Denver", "Chicago")
    hall = resolve_spans(text, spans, fallback=True)[3]
    assert hall is not None and hall.name == "Denver"
    text = "Los vuelos de Tapachula llegaron al Hangar Norte, Oaxaca. Volvieron a Tapachula."
    spans = _spans(text, "Tapachula", "Hangar Norte", "Oaxaca", "Tapachula")
    hangar = resolve_spans(text, spans, fallback=True)[1]
    assert hangar is not None and hangar.name == "Oaxaca"
    text = "Boston officials met in Boston; Denver's Hall of Lanterns lent a painting to Boston."
    spans = _spans(text, "Boston", "Boston", "Denver", "Hall of Lanterns", "Boston")
    hall = resolve_spans(text, spans, fallback=True)[3]
    assert hall is not None and hall.name == "Denver"


def test_small_town_named_like_its_state_needs_a_qualifier() -> None:
    # Florida, New York is a village; next to New York places "Florida" is still the state.
    text = "A man from Yonkers, New York, won the lottery; the last winner was in Florida."
    spans = _spans(text, "Yonkers", "New York", "Florida")
    florida = resolve_spans(text, spans)[2]
    assert florida is not None and (florida.name, florida.kind) == ("Florida", "admin1")
    text = "The village of Florida, New York, held its onion festival."
    florida = resolve_spans(text, _spans(text, "Florida", "New York"))[0]
    assert florida is not None and florida.kind == "populated"


def test_australian_state_abbreviations() -> None:
    assert span_candidates("NSW")[0].name == "New South Wales"
    assert span_candidates("Qld")[0].name == "Queensland"
    text = "Surfers were rescued off Newcastle, NSW, and near Perth, WA, on Sunday."
    found = {t.text: p for t, p in geoparse(text)}
    assert found["NSW"] is not None and found["NSW"].country == "AU"
    spans = _spans(text, "Newcastle", "NSW", "Perth", "WA")
    wa = resolve_spans(text, spans)[3]
    assert wa is not None and wa.name == "Western Australia"
    # A company's "SA" is no state.
    assert "SA" not in {t.text for t in find_toponyms("Shares of Grupo Norte, SA fell in Lima.")}


def test_unplaced_feature_takes_the_dateline_town() -> None:
    # Lyon is named more than Quito, but the story was filed from Quito.
    text = (
        "QUITO (Wire) - Young players at the Lyon Academy train near the Mitad Quarry. "
        "Lyon coaches say Lyon, Lyon and Lyon fans follow the Quito side."
    )
    spans = _spans(text, "QUITO", "Lyon Academy", "Mitad Quarry", "Lyon", "Lyon", "Lyon", "Lyon")
    quarry = resolve_spans(text, spans, fallback=True)[2]
    assert quarry is not None and quarry.name == "Quito"


def test_state_named_under_another_form_is_that_state() -> None:
    # "Wash." names the state; "Washington" in the same text is then the state, not the capital.
    text = (
        "CAMP BRIDGE, Wash. - The unit works at home in Washington. Its Seattle office flew to "
        "Miami, Boston and Washington, D.C., for drills."
    )
    spans = _spans(
        text, "CAMP BRIDGE", "Wash.", "Washington", "Seattle", "Miami", "Boston", "Washington, D.C."
    )
    washington = resolve_spans(text, spans)[2]
    assert washington is not None and washington.kind == "admin1"


def test_list_members_are_read_at_one_level() -> None:
    text = "Companies moved from high-cost Oregon, Nevada or Washington to cheaper Ohio."
    spans = _spans(text, "Oregon", "Nevada", "Washington", "Ohio")
    washington = resolve_spans(text, spans)[2]
    assert washington is not None and washington.kind == "admin1"
    text = "El tráfico de migrantes pasa por Chihuahua, Sonora y Durango."
    spans = _spans(text, "Chihuahua", "Sonora", "Durango")
    assert all(p is not None and p.kind == "admin1" for p in resolve_spans(text, spans))


def test_a_state_that_is_also_a_city_inside_a_list_of_towns_qualifies_nothing() -> None:
    # "New York" after "Washington" reads as a state qualifier ("Albany, New York"); when the
    # list goes on with another town, it is the city, one more item, and Washington the capital.
    for text, names in (
        (
            "The envoy held talks in Washington, New York and Chicago before flying home.",
            ("Washington", "New York", "Chicago"),
        ),
        (
            "El enviado se reunió en Washington, Nueva York y Chicago antes de volver a casa.",
            ("Washington", "Nueva York", "Chicago"),
        ),
    ):
        washington = resolve_spans(text, _spans(text, *names))[0]
        assert washington is not None and washington.admin1 == "District of Columbia", text
    text = "The envoy was born in Albany, New York and later moved to Chicago."
    albany = resolve_spans(text, _spans(text, "Albany", "New York", "Chicago"))[0]
    assert albany is not None and albany.admin1 == "New York"


def test_arabic_article_may_be_written_or_left_out() -> None:
    # The gazetteer writes "Al Qāmishlī"; reports write "Qamishli" as often.
    qamishli = span_candidates("Qamishli")
    assert qamishli and qamishli[0].country == "SY"
    assert span_candidates("al-Manbij")[0].name == "Manbij"


def test_namesake_abroad_inside_an_unknown_name_is_no_place() -> None:
    # "Samarkand Grill" holds the name of an Uzbek city; the grill is in the story's.
    text = "Police in Omaha, Nebraska, said the Samarkand Grill near Omaha was robbed."
    spans = _spans(text, "Omaha", "Nebraska", "Samarkand Grill", "Omaha")
    assert resolve_spans(text, spans)[2] is None
    grill = resolve_spans(text, spans, fallback=True)[2]
    assert grill is not None and grill.name == "Omaha"


def test_far_small_namesake_of_a_world_city_is_the_world_city() -> None:
    # The US context picks London, Ohio; far from the story's places, "London" is the capital.
    text = (
        "SEATTLE - Mural painters from Seattle and the United States met officials from "
        "London, and the U.S. tour ended in Seattle."
    )
    spans = _spans(text, "SEATTLE", "Seattle", "United States", "London", "U.S.", "Seattle")
    london = resolve_spans(text, spans)[3]
    assert london is not None and (london.country, london.name) == ("GB", "London")


def test_a_state_s_own_name_is_the_state_not_a_town_called_so_by_another_name() -> None:
    # The gazetteer lists "Chiapas" among the alternate names of Chiapa de Corzo, a town
    # next to Tuxtla Gutiérrez; written alone, the name is the state's.
    es = _resolved(
        "Rescatan a tres migrantes en Chiapas. Tuxtla Gutiérrez, Chis. Así lo informó la fiscalía."
    )
    assert es[0] == ("Chiapas", "MX", "Chiapas")
    en = "Police freed four migrants in Chiapas on Monday, officials in Tuxtla Gutierrez said."
    kinds = [p.kind for p in resolve_each(find_toponyms(en)) if p is not None]
    assert kinds[0] == "admin1"


def test_country_initials_in_a_known_span_compete_with_state_abbreviations() -> None:
    # "SA" is South Australia's abbreviation, and South Africa's and Saudi Arabia's initials:
    # the other places of the text decide.
    text = (
        "Platinum mines near Rustenburg have made SA the leading exporter, traders in "
        "Johannesburg say."
    )
    sa = resolve_spans(text, _spans(text, "Rustenburg", "SA", "Johannesburg"))[1]
    assert sa is not None and (sa.name, sa.kind) == ("South Africa", "country")
    text = "Growers from Adelaide say SA vineyards had a dry year."
    sa = resolve_spans(text, _spans(text, "Adelaide", "SA"))[1]
    assert sa is not None and sa.name == "South Australia"


def test_a_name_qualified_once_lends_no_support_to_its_namesakes() -> None:
    # Parkland, Washington is a candidate of the unqualified "Parkland" too; the text has said
    # which Parkland it means, so the state of Washington gains nothing from it.
    text = (
        "Students from Parkland, Florida, marched in Washington on Saturday. Parkland parents "
        "joined them."
    )
    places = resolve_spans(text, _spans(text, "Parkland", "Florida", "Washington", "Parkland"))
    washington = places[2]
    assert washington is not None and (washington.name, washington.kind) == (
        "Washington",
        "populated",
    )
    assert washington.admin1 == "District of Columbia"


def test_a_dateline_state_places_its_town_only() -> None:
    # "CINCINNATI, Ohio" says where Cincinnati is, not that Portland is Portland, Ohio.
    text = "CINCINNATI, Ohio (AP) - The new coach came from Portland last spring."
    portland = resolve_spans(text, _spans(text, "CINCINNATI", "Ohio", "Portland"))[2]
    assert portland is not None and portland.admin1 == "Oregon"
    # The state so written still names the state: "Wash." makes "Washington" the state.
    text = "CAMP HILL, Wash. - Washington lawmakers visited the base."
    washington = resolve_spans(text, _spans(text, "CAMP HILL", "Wash.", "Washington"))[2]
    assert washington is not None and washington.kind == "admin1"
    # A state named in running text still speaks for its towns.
    text = "En Chiapas, los migrantes caminaron de Tapachula a Huixtla."
    huixtla = resolve_spans(text, _spans(text, "Chiapas", "Tapachula", "Huixtla"))[2]
    assert huixtla is not None and huixtla.admin1 == "Chiapas"


def test_a_state_named_by_generic_words_is_read_where_its_country_is_named() -> None:
    # The gazetteer leaves "North West" out (in running text it is two words); a span known
    # to be a place takes the state of a country the text names.
    text = "Chiefs in the North West and Limpopo sign mining deals, South Africa's regulator says."
    spans = _spans(text, "North West", "Limpopo", "South Africa")
    state = resolve_spans(text, spans)[0]
    assert state is not None and (state.country, state.kind) == ("ZA", "admin1")
    # Without its country, no state of that name is chosen.
    text = "Storms hit the West Coast of Oregon and California."
    coast = resolve_spans(text, _spans(text, "West Coast", "Oregon", "California"))[0]
    assert coast is None or coast.country != "NZ"


def test_a_state_inside_an_unknown_name_is_the_state_not_a_town_called_so() -> None:
    # Valle Vista, California has "Florida" among its other names; "Florida Atlantic
    # University" names the state, and no town that Florida is another name of.
    from hito.geo.document import _span_candidates

    cands = _span_candidates("Florida Atlantic University")
    assert cands[0].name == "Florida" and cands[0].kind == "admin1"
    assert all(p.name != "Valle Vista" for p in cands)
    # (The university itself is in the curated table, at Boca Raton: an invented club here.)
    text = "Florida Atlantic Rowing Club players met students in San Marcos, California."
    spans = _spans(text, "Florida Atlantic Rowing Club", "San Marcos", "California")
    club = resolve_spans(text, spans)[0]
    assert club is not None and (club.admin1, club.kind) == ("Florida", "admin1")


def test_a_metropolis_shadows_its_small_namesakes_against_state_evidence() -> None:
    # Louisville, Ohio has a few thousand people; Louisville, Kentucky is the city a text
    # about Ohio football means.
    text = (
        "The Buckeyes lost in Columbus, Ohio, on Saturday, and Ohio fans blamed the defence. "
        "Louisville won again."
    )
    spans = _spans(text, "Columbus", "Ohio", "Ohio", "Louisville")
    louisville = resolve_spans(text, spans)[3]
    assert louisville is not None and louisville.admin1 == "Kentucky"
    # A qualifier still names the small town, and Mexican villages keep their state's reading.
    text = "Fans from Louisville, Ohio, drove to the game."
    louisville = resolve_spans(text, _spans(text, "Louisville", "Ohio"))[0]
    assert louisville is not None and louisville.admin1 == "Ohio"
    text = "En Chiapas, agentes detuvieron a migrantes en Juárez y en Reforma."
    places = dict((t.text, p) for t, p in geoparse(text, "es"))
    assert places["Juárez"] is not None and places["Juárez"].admin1 == "Chiapas"


def test_a_state_after_a_municipality_still_speaks_for_a_local_report() -> None:
    # Mexican and Guatemalan reports name the state after the municipality; the crossing
    # named again without it is still the one on that state's side.
    text = (
        "Soldados llegaron a El Ceibo, en el municipio de La Libertad, Petén, para vigilar el "
        "paso con Tabasco. Comerciantes de El Ceibo pidieron calma."
    )
    toponyms = find_toponyms(text, "es")
    places = resolve_each(toponyms, text=text)
    ceibo = [p for t, p in zip(toponyms, places, strict=True) if t.text == "El Ceibo"]
    assert ceibo and all(p is not None and p.country == "GT" for p in ceibo)


def test_towns_listed_one_after_another_are_all_places() -> None:
    # "A, B and C" is a list of towns, not a neighbourhood A of the town B.
    from hito.geo.resolve import far_from_their_town

    for text in (
        "Attacks in Tapachula, Comitán and Palenque.",
        "Ataques en Tapachula, Comitán y Palenque.",
    ):
        toponyms = find_toponyms(text)
        picks = resolve_each(toponyms, ["MX"], text)
        assert [p.name for p in picks if p] == ["Tapachula", "Comitán", "Palenque"]
        assert far_from_their_town(toponyms, picks, text) == []


def test_quarter_stadium_and_lagoon_named_after_a_place_lie_in_the_text_s_place() -> None:
    # "Irish Quarter" is a part of the city the text is about, not Ireland.
    text = "Pubs in the Irish Quarter of Boston, Massachusetts reopened on Friday."
    spans = _spans(text, "Irish Quarter", "Boston", "Massachusetts")
    assert resolve_spans(text, spans)[0] is None
    quarter = resolve_spans(text, spans, fallback=True)[0]
    assert quarter is not None and quarter.name == "Boston"


def test_river_named_after_a_state_is_no_point_of_it_but_one_named_after_a_town_is() -> None:
    text = "Barges moved slowly down the Mississippi River past New Orleans, Louisiana."
    spans = _spans(text, "Mississippi River", "New Orleans", "Louisiana")
    assert resolve_spans(text, spans)[0] is None
    text = "Las lluvias desbordaron el Tijuana River cerca de Tijuana, Baja California."
    river = resolve_spans(text, _spans(text, "Tijuana River", "Tijuana", "Baja California"))[0]
    assert river is not None and river.name == "Tijuana"


def test_small_namesake_opening_a_company_s_name_is_the_large_town() -> None:
    # The context (the U.S., Washington) would pick Cambridge, Maryland; a firm's name
    # carries the town known the world over.
    text = "The firm Cambridge Analytica worked across the U.S., lawmakers in Washington said."
    spans = _spans(text, "Cambridge", "U.S.", "Washington")
    firm = resolve_spans(text, spans)[0]
    assert firm is not None and firm.country == "GB"
    # A local body keeps the local town: its state is named.
    text = "La policía de Cambridge, Maryland y la Cambridge Police detuvieron a dos hombres."
    spans = _spans(text, "Cambridge", "Maryland", "Cambridge")
    local = resolve_spans(text, spans)[2]
    assert local is not None and local.admin1 == "Maryland"


def test_town_inside_an_institution_s_name_places_it() -> None:
    # No place is named in the institution's name but the town that opens or ends it.
    text = "She studied at the London Harmony Academy before she moved to York, England."
    spans = _spans(text, "London Harmony Academy", "York", "England")
    school = resolve_spans(text, spans)[0]
    assert school is not None and school.name == "London"
    text = "Estudió en la Academia Martínez Madrid antes de mudarse a Sevilla, España."
    spans = _spans(text, "Academia Martínez Madrid", "Sevilla", "España")
    school = resolve_spans(text, spans)[0]
    assert school is not None and school.name == "Madrid"


def test_compass_part_of_a_county_lies_in_the_county() -> None:
    text = "Floods closed farms across East Yorkshire after the storm."
    part = resolve_spans(text, _spans(text, "East Yorkshire"))[0]
    assert part is not None and part.country == "GB" and part.kind == "admin2"
    text = "Las inundaciones cerraron granjas en North Cheshire, Inglaterra."
    part = resolve_spans(text, _spans(text, "North Cheshire", "Inglaterra"))[0]
    assert part is not None and part.country == "GB"


def test_bare_gulf_is_the_gulf_nearest_to_the_text_s_place() -> None:
    text = "Ministers from Qatar met in Doha to discuss shipping in the Gulf."
    spans = _spans(text, "Qatar", "Doha", "Gulf")
    gulf = resolve_spans(text, spans)[2]
    assert gulf is not None and gulf.name == "Persian Gulf"
    text = "Pescadores de Houston, Texas, dicen que el Gulf está más caliente este año."
    spans = _spans(text, "Houston", "Texas", "Gulf")
    gulf = resolve_spans(text, spans)[2]
    assert gulf is not None and gulf.name == "Gulf of Mexico"


def test_name_read_as_a_far_town_before_in_and_a_town_is_a_body_of_that_town() -> None:
    # "OAS" alone is Oas, Philippines; "in Washington" says where this one is.
    text = "Guatemala's envoy spoke at the OAS in Washington on Monday."
    spans = _spans(text, "Guatemala", "OAS", "Washington")
    body = resolve_spans(text, spans)[1]
    assert body is not None and body.name == "Washington"
    text = "Los heridos llegaron al CHU en Montpellier por la noche."
    body = resolve_spans(text, _spans(text, "CHU", "Montpellier"))[0]
    assert body is not None and body.name == "Montpellier"
    # A town near the one after it keeps its own reading.
    text = "Floods reached Tuxtla Chico in Tapachula's hinterland."
    town = resolve_spans(text, _spans(text, "Tuxtla Chico", "Tapachula"))[0]
    assert town is not None and town.name == "Tuxtla Chico"


def test_small_town_s_name_after_the_is_a_word_of_the_landscape() -> None:
    # Valley, Alabama is not "the Valley" of a story about Youngstown, Ohio.
    text = "Shops in the Valley reopened, Youngstown, Ohio officials said."
    spans = _spans(text, "Valley", "Youngstown", "Ohio")
    assert resolve_spans(text, spans)[0] is None
    valley = resolve_spans(text, spans, fallback=True)[0]
    assert valley is not None and valley.name == "Youngstown"
    # Alone, the name keeps its town; so does a town leading a name ("the Valley Times").
    text = "Ads ran in the Valley Times, Lanett, Alabama officials said."
    spans = _spans(text, "Valley", "Lanett", "Alabama")
    assert resolve_spans(text, spans)[0] is not None
    text = "Shops in the Valley reopened."
    assert resolve_spans(text, _spans(text, "Valley"))[0] is not None


def test_feature_between_two_mentions_of_a_town_lies_in_it() -> None:
    # The text is about Tucson; the gallery sits between two mentions of Phoenix.
    text = (
        "Tucson, Arizona police said the suspect from Tucson had driven to Phoenix. "
        "He was seen at the Gallery of Lanterns, a block from the Phoenix station, "
        "and came back to Tucson."
    )
    names = ("Tucson", "Arizona", "Tucson", "Phoenix", "Gallery of Lanterns", "Phoenix", "Tucson")
    gallery = resolve_spans(text, _spans(text, *names), fallback=True)[4]
    assert gallery is not None and gallery.name == "Phoenix"


def test_home_region_of_the_source_is_weak_context() -> None:
    def state(text: str, language: str, region: str | None) -> str | None:
        place = resolve(find_toponyms(text, language), text=text, region=region)
        return place.admin1 if place else None

    # Same-named towns: a Monterrey paper's "Juárez" is Juárez, Nuevo León.
    assert state("Matan a un hombre en Juárez", "es", None) == "Chihuahua"
    assert state("Matan a un hombre en Juárez", "es", "Nuevo León") == "Nuevo León"
    assert state("A man was shot dead in Cuauhtémoc", "en", "Chihuahua") == "Chihuahua"
    # A region given as a town stands for the town's state.
    assert state("Asesinan a una mujer en Guadalupe", "es", None) == "Nuevo León"
    assert state("Asesinan a una mujer en Guadalupe", "es", "Fresnillo") == "Zacatecas"
    # A state the text names outweighs the source's home.
    assert state("Matan a un hombre en Juárez, Chihuahua", "es", "Nuevo León") == "Chihuahua"
    assert state("Two men were arrested in Juárez, Chihuahua", "en", "Nuevo León") == "Chihuahua"


def test_report_region_reaches_the_records() -> None:
    text = "Detienen a dos hombres en Cuauhtémoc con armas de fuego."
    report = Report(text=text, content_hash=content_hash(text), language="es", region="Chihuahua")
    records = process(report, "es")[1]
    assert records and records[0].admin1 == "Chihuahua"


def test_home_region_names_small_towns_in_caseless_text() -> None:
    def names(text: str, language: str, region: str | None) -> list[str]:
        return [t.text for t in find_toponyms(text, language, region=region)]

    # Capitals say nothing here: a small town of the source's state after a cue is a place
    # to a reader of the paper, not to anyone else.
    assert names("HALLAN UN CUERPO EN BOCOYNA", "es", None) == []
    assert names("HALLAN UN CUERPO EN BOCOYNA", "es", "Chihuahua") == ["BOCOYNA"]
    assert names("TWO MEN SHOT DEAD IN BOCOYNA", "en", "Chihuahua") == ["BOCOYNA"]
    assert names("abandonan un auto en una brecha de comala", "es", None) == []
    assert names("abandonan un auto en una brecha de comala", "es", "Colima") == ["comala"]
    assert names("abandonan un auto en una brecha de comala", "es", "Sonora") == []

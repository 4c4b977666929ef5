"""The fast paths of extraction give what the plain ones gave: the lexicon gate never skips a
pattern that matches, case folding agrees with the regex engine, and the toponym finder's
shortcuts answer as a full search would."""

from __future__ import annotations

import re

import pytest

from hito.extract.lexicon import (
    force_gate,
    force_patterns,
    named_actor_gate,
    named_actor_patterns,
    role_gate,
    role_patterns,
    trigger_gate,
    trigger_patterns,
)
from hito.geo import toponyms
from hito.nlp.gate import Gate, fold

SENTENCES = [
    "Gunmen opened fire on soldiers near the border crossing; two police officers were killed.",
    "GUNMEN OPENED FIRE ON SOLDIERS NEAR THE BORDER, THE ARMY SAID.",
    "The National Guard deployed 300 troops to Tapachula after the clashes.",
    "Migrants fleeing the violence crossed into Mexico, where the INM detained forty people.",
    "Hombres armados atacaron a policías municipales en Frontera Comalapa; hubo tres muertos.",
    "LA GUARDIA NACIONAL DESPLEGÓ ELEMENTOS TRAS EL ENFRENTAMIENTO EN LA MESILLA.",
    "Soldados guatemaltecos y agentes de la PNC detuvieron a dos presuntos traficantes.",
    "El Ejército Mexicano aseguró armas y cartuchos; no se registraron detenidos.",
    "Familias desplazadas huyeron de los enfrentamientos entre el Cártel de Sinaloa y el CJNG.",
    "Nobody was arrested, and the Jalisco cartel denied any role in the kidnapping.",
    # Letters the regex engine folds like others: long s, dotless i, the Kelvin sign.
    "Gunmen attacked the ſoldiers and Kılled two; the \u212aidnapping was reported.",
    "İn the morning, POLİCE found the bodies.",
    "",
]


def _gates() -> list[tuple[str, Gate, list[re.Pattern[str]]]]:
    out = [("named", named_actor_gate(), [p.regex for p in named_actor_patterns()])]
    for lang in ("en", "es"):
        out.append(
            (f"triggers-{lang}", trigger_gate(lang), [p.regex for p in trigger_patterns(lang)])
        )
        out.append((f"forces-{lang}", force_gate(lang), [p.regex for p in force_patterns(lang)]))
        out.append((f"roles-{lang}", role_gate(lang), [p.regex for p in role_patterns(lang)]))
    return out


@pytest.mark.parametrize("text", SENTENCES)
def test_gate_keeps_every_pattern_that_matches(text: str) -> None:
    for name, gate, regexes in _gates():
        candidates = gate.candidates(text)
        for i, regex in enumerate(regexes):
            if regex.search(text):
                assert i in candidates, (name, regex.pattern[:60], text)


def test_gate_skips_patterns_that_cannot_match() -> None:
    # The cheap pass is worth having only if it rules most patterns out.
    candidates = trigger_gate("en").candidates("The weather was fine and the market opened.")
    assert len(candidates) < len(trigger_patterns("en")) / 2


def test_gate_runs_patterns_it_cannot_read() -> None:
    odd = [re.compile(r"\d+ hurt"), re.compile(r"(?<![\w-])(?:\w+ shot)(?![\w-])", re.I)]
    assert Gate(odd).candidates("nothing here") == {0, 1}


def test_fold_agrees_with_the_regex_engine() -> None:
    letters = "abcdefghijklmnopqrstuvwxyzáéíóúñüç"
    for code in range(0x2200):
        char = chr(code)
        for letter in letters:
            if re.fullmatch(letter, char, re.IGNORECASE):
                assert fold(char) == fold(letter), (hex(code), letter)
    assert len(fold("İSTANBUL Σ ſ")) == len("İSTANBUL Σ ſ")


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (toponyms._STREET_BEFORE, "vive en la colonia   \n  la Guadalupe"),
        (toponyms._STREET_BEFORE, "fraccionamiento " + " " * 80 + "las Lomas"),
        (toponyms._FEATURE_BEFORE, "cruzaron el río Suchiate"),
        (toponyms._ARTICLE_BEFORE, "la Mesilla"),
        (toponyms._ARTICLE_BEFORE, "desde el\nPentágono"),
        (toponyms._ROUTE_FROM, "Viajaron desde\n\n\nTapachula"),
        (toponyms._ROUTE_FROM, "a long sentence with no cue at all before Tapachula"),
    ],
)
def test_ends_before_answers_as_a_full_search(pattern: re.Pattern[str], text: str) -> None:
    for end in range(len(text) + 1):
        expected = pattern.search(text, 0, end) is not None
        assert toponyms._ends_before(pattern, text, end) == expected, (text[:end],)


@pytest.mark.parametrize(
    "line",
    [
        "ejecutan a hombre en villa de alvarez durante la noche",
        "Mujer es asesinada en coquimatlan",
        "BALACERA EN TAPACHULA DEJA TRES MUERTOS",
        "Balacera en Tapachula deja tres muertos.",
        "Ⅻ ⓐⓑⓒ Ⓐ muchas letras aquí sin mayúsculas",
        "niño herido en ÑUÑOA",
    ],
)
def test_letter_counts_match_the_plain_count(line: str) -> None:
    letters = [c for c in line if c.isalpha()]
    assert toponyms._letters_and_capitals(line) == (
        len(letters),
        sum(c.isupper() for c in letters),
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On March 12, 2025, two days ago, and again last Tuesday, troops arrived."),
        ("en", "The clash happened in 2019; about three weeks later, on 4/5/2021, it resumed."),
        ("en", "NEXT SEPTEMBER the mid-2024 plan ends; yesterday and 10 days ago were calm."),
        ("es", "El 12 de marzo de 2025, hace dos días, y el pasado martes llegaron soldados."),
        ("es", "Desde finales de 2019 y durante casi tres semanas hubo bloqueos; ayer no."),
        ("es", "EL PRÓXIMO MES DE SEPTIEMBRE, a principios de 2026, según el 05/06/2024."),
    ],
)
def test_date_gate_keeps_every_rule_that_matches(language: str, text: str) -> None:
    from hito.nlp.dates import _GATES, _RULES

    candidates = _GATES[language].candidates(text)
    for i, rule in enumerate(_RULES[language]):
        if rule.pattern.search(text):
            assert i in candidates, (rule.pattern.pattern[:60], text)


def test_gate_finditer_gives_what_finditer_gives() -> None:
    from hito.nlp.dates import _GATES, _RULES

    text = (
        "On March 12, 2025, two days ago, and again last Tuesday, troops arrived in 2019. "
        "El 12 de marzo de 2025, hace dos días, y el pasado martes; desde finales de 2019. "
        "SEPTEMBER 3 and 4/5/2021, then 10 10 10 days ago, mid-2024 and three weeks later."
    )
    for language in ("en", "es"):
        gate = _GATES[language]
        starts = gate.starts(text)
        for i, rule in enumerate(_RULES[language]):
            fast = [m.span() for m in gate.finditer(i, rule.pattern, text, starts)]
            assert fast == [m.span() for m in rule.pattern.finditer(text)]


def test_gate_reads_only_patterns_anchored_in_every_branch() -> None:
    patterns = [
        re.compile(r"\bfoo|bar"),  # "bar" may start inside a word: always run
        re.compile(r"\bfoo|\bbar"),
        re.compile(r"(?<!\w)(?:foo|bar)"),
    ]
    gate = Gate(patterns)
    assert gate.candidates("crowbar") == {0}
    assert gate.candidates("a bar") == {0, 1, 2}


@pytest.mark.parametrize("text", SENTENCES[:10])
def test_sentence_cue_gates_keep_every_cue(text: str) -> None:
    from hito.nlp import factuality, stance

    for language in ("en", "es"):
        kinds = factuality._CUES[language]
        may = factuality._GATES[language].candidates(text)
        for n, kind in enumerate(factuality._PRIORITY):
            if kinds[kind].search(text):
                assert n in may, (language, kind, text)
        may = stance._GATES[language].candidates(text)
        for n, (pattern, _) in enumerate(stance._CUES[language]):
            if pattern.search(text):
                assert n in may, (language, pattern.pattern[:40], text)

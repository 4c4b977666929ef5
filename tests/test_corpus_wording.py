"""No text of the evaluation corpora in the repository.

The labelled news in ../shared/eval is for measurement only: its licences forbid copying
it, and examples worded after it would let tests pass for the corpus rather than for the
rule. Every line of the docs, the source and the tests (with the line after it, as a
sentence may wrap) is checked for a run of six words that also occurs in the shared
records or the MUC-4 messages. Names of institutions and groups, MUC's template slot and
place formats and number-word lists share such runs by nature; they are listed below.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
RUN = 6
CHECKED = ("README.md", "docs", "src/hito", "tests", "scripts", "benchmarks", "samples")
SUFFIXES = {".md", ".py", ".toml", ".txt", ".jsonl", ".xml", ".html"}
SKIPPED = ("tests/gold/", "tests/fusion/", "/vendor/", "tests/test_corpus_wording.py")

# Runs shared by nature: official names, MUC-4 formats, stock phrases and number words. A
# run is excused when an allowed phrase holds it, or holds all of it but its first or last
# word (a name runs on into the words around it).
ALLOWED = (
    "one two three four five six seven eight nine ten eleven twelve",
    "the zarate willka armed forces of liberation",
    "uc eln camilist union army of national liberation",
    "farc revolutionary armed forces of colombia",
    "guerrillas of the farabundo marti national liberation front fmln",
    "members of the manuel rodriguez patriotic front",
    "el salvador s national civil police",
    "el instituto nacional de migración inm",
    "agentes del instituto nacional de migración",
    "la secretaría de la defensa nacional",
    "por su parte la secretaría de",
    "de la policía nacional civil pnc",
    "agentes de la policía especializada de la procuraduría",
    "la ley federal de armas de fuego y explosivos",
    "elementos del ejército mexicano detuvieron a",
    "de la policía federal para reforzar",
    "los detenidos fueron puestos a disposición de las autoridades",
    "un grupo de hombres armados se",
    "para reforzar la seguridad en la",
    "a la altura de la colonia",
    "san cristóbal de las casas chis",
    "on the other side of the",
    "no group has claimed responsibility for the attack",
    "people have been arrested in connection with",
    "two people were killed and three",
    "were killed and three others wounded",
    "1 message template 2 incident date 3 incident location 4 incident type",
    "23 hum tgt effect of incident",
    "el salvador san salvador city 4",
    "location colombia antioquia department medellin city",
    "location el salvador zaragoza town el salvador san salvador city",
)


def _excused(run: str) -> bool:
    words = run.split()
    inner = (run, " ".join(words[1:]), " ".join(words[:-1]))
    return any(part in phrase for phrase in ALLOWED for part in inner)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-záéíóúñü0-9]+", text.lower())


def _runs(words: list[str]) -> set[str]:
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _corpus_runs() -> set[str]:
    runs: set[str] = set()
    for path in sorted((EVAL / "records").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                runs |= _runs(_words(json.loads(line).get("text", "")))
    for path in sorted((EVAL / "muc4" / "dev" / "raw").glob("*/*")):
        if path.is_file():
            runs |= _runs(_words(path.read_text(encoding="utf-8", errors="ignore")))
    return runs


def _checked_files() -> list[Path]:
    files: list[Path] = []
    for name in CHECKED:
        top = ROOT / name
        candidates = [top] if top.is_file() else sorted(top.rglob("*"))
        for path in candidates:
            relative = path.relative_to(ROOT).as_posix()
            if (
                path.is_file()
                and path.suffix in SUFFIXES
                and not any(s in "/" + relative for s in SKIPPED)
            ):
                files.append(path)
    return files


@pytest.mark.skipif(
    not (EVAL / "records").is_dir(), reason="../shared/eval is not beside the checkout"
)
def test_no_six_word_run_of_the_eval_corpora_in_the_repository() -> None:
    corpus = _corpus_runs()
    found = []
    for path in _checked_files():
        lines = path.read_text(encoding="utf-8", errors="ignore").splitlines()
        for i, line in enumerate(lines):
            words = _words(line)
            following = _words(lines[i + 1]) if i + 1 < len(lines) else []
            joined = words + following
            starts = range(max(0, min(len(words), len(joined) - RUN + 1)))
            shared = [" ".join(joined[k : k + RUN]) for k in starts]
            hit = next((run for run in shared if run in corpus and not _excused(run)), None)
            if hit:
                found.append(f"{path.relative_to(ROOT)}:{i + 1}: {hit!r}")
    assert not found, "corpus wording in the repository:\n" + "\n".join(found)

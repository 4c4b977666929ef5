"""Train hito's sentence classifier (docs/classifier.md) and write it to
src/hito/data/models/sentence-classifier.npz.

Training data, all of it under a licence that allows shipping a model trained on it:
- training/sentences/*.jsonl: hand-written sentences (Apache-2.0), validated line by line;
- tests/gold/*.jsonl: our own reports (CC BY 4.0); evidence sentences take their record's
  class, the other sentences are NONE;
- PLOVER GSR (CC BY-SA 4.0): the material event types by mode, the verbal ones as NONE;
- MUC-4 dev/raw/dev (public domain; tst1 and tst2 are left out, so they stay held out):
  sentences naming a key template's target or instrument take its incident type; the
  sentences of irrelevant messages in which the trigger lexicon finds nothing are NONE.

Never given the case2021, indiapolice, insightcrime, mx-news or shared records data.

    .venv/bin/python scripts/train_classifier.py            # train and write the model
    .venv/bin/python scripts/train_classifier.py --cv 5     # also cross-validate first
    .venv/bin/python scripts/train_classifier.py --exclude gold --out /tmp/m.npz

Needs scikit-learn (the `train` extra); the shipped model needs numpy only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from hito.export.acled import classify
from hito.extract.lexicon import trigger_patterns
from hito.models import EventRecord
from hito.nlp.classify import (
    DIMENSION,
    FACTUALITY_LABELS,
    LABELS,
    MODEL_NAME,
    hashed,
)
from hito.nlp.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
STANCES = ("fact", "opinion")

# Sources weighed by how far their labels can be trusted: MUC-4's are inferred from the
# answer keys, the others were written or checked sentence by sentence.
WEIGHTS = {"sentences": 1.0, "gold": 1.0, "plover": 1.0, "muc4": 0.5}

ACLED_CLASS = {
    "Armed clash": "ARMED_CLASH",
    "Attack": "ATTACK",
    "Abduction/forced disappearance": "ABDUCTION",
    "Remote explosive/landmine/IED": "EXPLOSION",
    "Sexual violence": "SEXUAL_VIOLENCE",
    "Mob violence": "MOB_VIOLENCE",
    "Looting/property destruction": "PROPERTY_DESTRUCTION",
    "Arrests": "ARREST",
    "Disrupted weapons use": "DISRUPTED_WEAPONS",
    "Peaceful protest": "PEACEFUL_PROTEST",
    "Violent demonstration": "VIOLENT_DEMONSTRATION",
}
PLOVER_CLASS = {
    ("FIGHT", "firearms"): "ARMED_CLASH",
    ("FIGHT", "heavy-weapons"): "ARMED_CLASH",
    ("FIGHT", "explosives"): "EXPLOSION",
    ("FIGHT", "assassinate"): "ATTACK",
    ("ASSAULT", "explosives"): "EXPLOSION",
    ("ASSAULT", "suicide-attack"): "EXPLOSION",
    ("ASSAULT", "assassinate"): "ATTACK",
    ("ASSAULT", "beat"): "ATTACK",
    ("ASSAULT", "torture"): "ATTACK",
    ("ASSAULT", "primitive"): "ATTACK",
    ("ASSAULT", "sexual"): "SEXUAL_VIOLENCE",
    ("COERCE", "arrest"): "ARREST",
    ("COERCE", "detain"): "ARREST",
    ("COERCE", "confiscate"): "SEIZURE",
    ("COERCE", "destroy"): "PROPERTY_DESTRUCTION",
    ("PROTEST", "demo-org"): "PEACEFUL_PROTEST",
    ("PROTEST", "demo-spon"): "PEACEFUL_PROTEST",
    ("PROTEST", "strike-hun"): "PEACEFUL_PROTEST",
    ("PROTEST", "strike-gen"): "PEACEFUL_PROTEST",
    ("PROTEST", "obstruct"): "BLOCKADE",
    ("PROTEST", "riot"): "VIOLENT_DEMONSTRATION",
    ("PROTEST", "riot-spon"): "VIOLENT_DEMONSTRATION",
    ("MOBILIZE", "troops"): "DEPLOYMENT",
    ("MOBILIZE", "police"): "DEPLOYMENT",
}
# Talk, not acts: no material incident.
PLOVER_NONE = {
    "AGREE",
    "DEMAND",
    "REJECT",
    "DISAPPROVE",
    "SANCTION",
    "SUPPORT",
    "CONCEDE",
    "AID",
    "CONSULT",
    "COOPERATE",
    "INVESTIGATE",
    "THREATEN",
}
MUC_CLASS = {
    "ATTACK": "ATTACK",
    "BOMBING": "EXPLOSION",
    "KIDNAPPING": "ABDUCTION",
    "ARSON": "PROPERTY_DESTRUCTION",
}
NONE_WEIGHT = 0.5
MUC_NONE_CAP = 2500
MUC_EVENT_CAP = 400
_QUOTED = re.compile(r'"([^"]+)"')
_GRENADE = re.compile(r"\bgrenades?\b|\bgranadas?\b", re.IGNORECASE)


@dataclass
class Example:
    text: str
    label: str
    factuality: str | None
    stance: str | None
    source: str
    group: str


def read_sentence_files(directory: Path, problems: list[str]) -> list[Example]:
    """Every valid line of training/sentences/*.jsonl; each bad line is reported, not fixed."""
    out: list[Example] = []
    for path in sorted(directory.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: not JSON ({exc.msg})")
                continue
            if not isinstance(row, dict):
                problems.append(f"{where}: not an object")
                continue
            text, label = row.get("text"), row.get("label")
            fact, stance, lang = row.get("factuality"), row.get("stance"), row.get("lang")
            bad = []
            if not isinstance(text, str) or not text.strip():
                bad.append("no text")
            if label not in LABELS:
                bad.append(f"label {label!r}")
            if fact not in FACTUALITY_LABELS:
                bad.append(f"factuality {fact!r}")
            if stance not in STANCES:
                bad.append(f"stance {stance!r}")
            if lang not in ("en", "es"):
                bad.append(f"lang {lang!r}")
            elif not path.name.startswith(lang):
                bad.append(f"lang {lang!r} in a file named {path.name}")
            if bad:
                problems.append(f"{where}: " + ", ".join(bad))
                if not isinstance(text, str) or label not in LABELS:
                    continue
            assert isinstance(text, str) and isinstance(label, str)
            out.append(
                Example(
                    text,
                    label,
                    fact if fact in FACTUALITY_LABELS else None,
                    stance if stance in STANCES else None,
                    "sentences",
                    f"{path.name}:{n // 10}",
                )
            )
    seen: Counter[str] = Counter(e.text for e in out)
    for text, count in seen.items():
        if count > 1:
            problems.append(f"duplicate sentence ({count} times): {text[:60]!r}")
    return out


def _gold_class(record: EventRecord) -> str | None:
    if record.event_type == "MOBILIZE":
        return "DEPLOYMENT"
    if record.event_type == "DISPLACE":
        return "DISPLACEMENT"
    if record.event_type == "PROTEST" and record.mode == "obstruct":
        return "BLOCKADE"
    if record.event_type == "COERCE" and record.mode == "seize" and not record.weapons_seized:
        return "SEIZURE"
    label = ACLED_CLASS.get(classify(record).sub_event_type)
    if label == "EXPLOSION" and any(_GRENADE.search(s) for s in record.evidence):
        return "GRENADE"
    return label


def read_gold(directory: Path) -> list[Example]:
    out: list[Example] = []
    for path in sorted(directory.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            report = json.loads(line)
            text, lang = report["text"], report["language"]
            labelled: dict[str, tuple[str | None, str]] = {}
            for event in report["events"]:
                record = EventRecord.model_validate(event)
                label = _gold_class(record)
                for sentence in record.evidence:
                    labelled.setdefault(sentence.strip(), (label, record.factuality))
            for start, end in split_sentences(text, lang):
                sentence = text[start:end].strip()
                hit = labelled.get(sentence) or next(
                    (v for k, v in labelled.items() if sentence in k or k in sentence), None
                )
                if hit is None:
                    out.append(Example(sentence, "NONE", None, None, "gold", report["id"]))
                elif hit[0] is not None:
                    out.append(Example(sentence, hit[0], hit[1], "fact", "gold", report["id"]))
    return out


def read_plover(path: Path) -> list[Example]:
    out: list[Example] = []
    for row in json.loads(path.read_text(encoding="utf-8")):
        event, mode, text = row.get("event"), row.get("mode") or None, row.get("text")
        if not event or not text or event == "DOCUMENT":
            continue
        label = PLOVER_CLASS.get((event, mode))
        if label is None and event in PLOVER_NONE:
            label = "NONE"
        if label is None:
            continue
        fact = "hypothetical" if event == "THREATEN" else None
        out.append(Example(text, label, fact, None, "plover", str(row.get("id"))))
    return out


def _lexicon_hit(text: str) -> bool:
    return any(p.regex.search(text) for p in trigger_patterns("en"))


def read_muc4(directory: Path) -> list[Example]:
    from hito.evaluation.muc4_keys import raw_templates, read_corpus

    messages, _ = read_corpus(directory)
    templates: dict[str, list[dict[int, list[str]]]] = {}
    for key in sorted(directory.glob("key-*")):
        for msg_id, slots in raw_templates(key.read_text(encoding="utf-8", errors="replace")):
            templates.setdefault(msg_id, [])
            if (slots.get(1) or ["*"])[0] != "*":
                templates[msg_id].append(slots)
    out: list[Example] = []
    for msg_id, message in messages.items():
        if msg_id not in templates:
            continue
        text = message.text
        sentences = [
            " ".join(text[s:e].split()) for s, e in split_sentences(text, "en") if e - s > 20
        ]
        if not templates[msg_id]:
            for sentence in sentences:
                if not _lexicon_hit(sentence):
                    out.append(Example(sentence, "NONE", None, None, "muc4", msg_id))
            continue
        for sentence in sentences:
            upper = sentence.upper()
            for slots in templates[msg_id]:
                kind = " ".join(slots.get(4) or []).lstrip("?").strip()
                stage = " ".join(slots.get(5) or [])
                if kind not in MUC_CLASS or "THREATENED" in stage:
                    continue
                strings = [
                    s
                    for slot in (6, 9, 12, 18, 19)
                    for line in slots.get(slot, [])
                    for s in _QUOTED.findall(line)
                    if len(s) > 3
                ]
                if any(s.upper() in upper for s in strings):
                    out.append(Example(sentence, MUC_CLASS[kind], None, None, "muc4", msg_id))
                    break
    # Keep MUC-4 from drowning the rest: every k-th example of each label, deterministic.
    kept: list[Example] = []
    for label, cap in (
        ("NONE", MUC_NONE_CAP),
        *((lab, MUC_EVENT_CAP) for lab in MUC_CLASS.values()),
    ):
        rows = [e for e in out if e.label == label]
        step = max(1, -(-len(rows) // cap))
        kept.extend(rows[::step])
    return kept


def collect(exclude: Iterable[str], problems: list[str]) -> list[Example]:
    skip = set(exclude)
    examples: list[Example] = []
    if "sentences" not in skip:
        examples += read_sentence_files(ROOT / "training" / "sentences", problems)
    if "gold" not in skip:
        examples += read_gold(ROOT / "tests" / "gold")
    plover = SHARED / "plover-gsr" / "PLOVER_GSR_CAMEO.json"
    if "plover" not in skip and plover.exists():
        examples += read_plover(plover)
    muc = SHARED / "muc4" / "dev" / "raw" / "dev"
    if "muc4" not in skip and muc.exists():
        examples += read_muc4(muc)
    return examples


def matrix(texts: list[str]) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        idx = hashed(text)
        rows.extend([i] * len(idx))
        cols.extend(idx.tolist())
        vals.extend([1.0 / np.sqrt(len(idx))] * len(idx) if len(idx) else [])
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), DIMENSION), dtype=np.float64)


def _weights(examples: list[Example]) -> np.ndarray:
    # NONE outnumbers every class; down-weighted, it stops soaking up the doubtful sentences.
    return np.array(
        [WEIGHTS[e.source] * (NONE_WEIGHT if e.label == "NONE" else 1.0) for e in examples]
    )


def fit(x: sparse.csr_matrix, y: list[str], w: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, max_iter=300, tol=1e-3)
    model.fit(x, y, sample_weight=w)
    return model


def _full(model: LogisticRegression, labels: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Weights for every label, in `labels` order; a label with no example never wins."""
    weights = np.zeros((DIMENSION, len(labels)), dtype=np.float32)
    bias = np.full(len(labels), -30.0, dtype=np.float32)
    classes = list(model.classes_)
    coef = model.coef_ if len(classes) > 2 else np.vstack([-model.coef_, model.coef_])
    intercept = (
        model.intercept_
        if len(classes) > 2
        else np.array([-model.intercept_[0], model.intercept_[0]])
    )
    for j, label in enumerate(classes):
        k = labels.index(label)
        weights[:, k] = coef[j]
        bias[k] = intercept[j]
    return weights, bias


def cross_validate(examples: list[Example], folds: int, c: float) -> dict[str, object]:
    x = matrix([e.text for e in examples])
    y = np.array([e.label for e in examples])
    w = _weights(examples)
    groups = [f"{e.source}:{e.group}" for e in examples]
    predicted = np.empty(len(examples), dtype=object)
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        model = fit(x[train], list(y[train]), w[train], c)
        predicted[test] = model.predict(x[test])
    report: dict[str, object] = {}
    for source in sorted({e.source for e in examples}):
        mask = np.array([e.source == source for e in examples])
        report[source] = _scores(list(y[mask]), list(predicted[mask]))
    report["all"] = _scores(list(y), list(predicted))
    return report


def _scores(gold: list[str], predicted: list[str]) -> dict[str, float]:
    classes = sorted(set(gold) - {"NONE"})
    f1s = []
    for c in classes:
        tp = sum(g == p == c for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == c and g != c for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, predicted, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    ev_tp = sum(g != "NONE" and p != "NONE" for g, p in zip(gold, predicted, strict=True))
    ev_fp = sum(g == "NONE" and p != "NONE" for g, p in zip(gold, predicted, strict=True))
    ev_fn = sum(g != "NONE" and p == "NONE" for g, p in zip(gold, predicted, strict=True))
    return {
        "n": len(gold),
        "accuracy": round(
            sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(len(gold), 1), 4
        ),
        "event_f1": round(2 * ev_tp / max(2 * ev_tp + ev_fp + ev_fn, 1), 4),
        "macro_f1_events": round(sum(f1s) / max(len(f1s), 1), 4),
    }


def train(examples: list[Example], c: float, out: Path) -> None:
    x = matrix([e.text for e in examples])
    w = _weights(examples)
    model = fit(x, [e.label for e in examples], w, c)
    weights, bias = _full(model, LABELS)
    arrays: dict[str, np.ndarray] = {
        "weights": weights.astype(np.float16),
        "bias": bias,
        "labels": np.array(LABELS),
    }
    fact = [i for i, e in enumerate(examples) if e.factuality is not None]
    fact_labels = {examples[i].factuality for i in fact}
    if len(fact_labels) >= 2:
        fmodel = fit(x[fact], [examples[i].factuality or "" for i in fact], w[fact], c)
        fweights, fbias = _full(fmodel, FACTUALITY_LABELS)
        arrays["fact_weights"] = fweights.astype(np.float16)
        arrays["fact_bias"] = fbias
        arrays["fact_labels"] = np.array(FACTUALITY_LABELS)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arrays)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=ROOT / "src" / "hito" / "data" / "models" / MODEL_NAME
    )
    parser.add_argument(
        "--cv", type=int, default=0, help="cross-validate with this many folds first"
    )
    parser.add_argument("--c", type=float, default=10.0, help="inverse regularisation strength")
    parser.add_argument(
        "--exclude", action="append", default=[], choices=["sentences", "gold", "plover", "muc4"]
    )
    parser.add_argument(
        "--sentences", type=Path, help="read hand-written sentences from here instead"
    )
    args = parser.parse_args(argv)
    problems: list[str] = []
    examples = collect([*args.exclude, *(["sentences"] if args.sentences else [])], problems)
    if args.sentences is not None:
        examples += read_sentence_files(args.sentences, problems)
    for problem in problems:
        print(f"bad line: {problem}", file=sys.stderr)
    counts = Counter((e.source, e.label) for e in examples)
    by_source = Counter(e.source for e in examples)
    print(f"{len(examples)} examples: {dict(by_source)}")
    print("labels:", dict(Counter(e.label for e in examples).most_common()))
    if len({e.label for e in examples}) < 2:
        print("need at least two labels", file=sys.stderr)
        return 1
    if args.cv:
        print(json.dumps(cross_validate(examples, args.cv, args.c), indent=1))
    train(examples, args.c, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB), {len(counts)} cells")
    return 0


if __name__ == "__main__":
    sys.exit(main())

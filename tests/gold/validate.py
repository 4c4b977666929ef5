"""Check the gold set in tests/gold/ and its agreement with the demo samples in samples/reports/.

Run: python tests/gold/validate.py   (standard library only; exits 1 on any problem)
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

GOLD = Path(__file__).resolve().parent
ROOT = GOLD.parent.parent
SAMPLES = ROOT / "samples" / "reports"

FIELDS = [
    "event_type",
    "mode",
    "contexts",
    "date",
    "date_precision",
    "place",
    "country",
    "admin1",
    "latitude",
    "longitude",
    "geo_precision",
    "actors",
    "targets",
    "cross_border",
    "killed",
    "injured",
    "arrested",
    "personnel",
    "weapons_seized",
    "drugs_seized",
    "displaced",
    "factuality",
    "evidence",
]
EVENT_TYPES = {
    "ASSAULT",
    "COERCE",
    "MOBILIZE",
    "PROTEST",
    "THREATEN",
    "SANCTION",
    "ACCUSE",
    "REQUEST",
    "REJECT",
    "AID",
    "COOPERATE",
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "RETREAT",
    "DISPLACE",
}
PRECISIONS = {"day", "week", "month", "year", "unknown"}
FACTUALITY = {"asserted", "reported", "hedged", "historical", "hypothetical"}
SECTORS = {
    "COP",
    "MIL",
    "GOV",
    "JUD",
    "CRM",
    "UAF",
    "PRM",
    "REB",
    "CVL",
    "REF",
    "BUS",
    "JRN",
    "MED",
    "EDU",
    "REL",
    "LAB",
    "PTY",
    "UNK",
}
COUNTS = ["killed", "injured", "arrested", "personnel", "weapons_seized", "displaced"]

errors: list[str] = []


def err(where: str, msg: str) -> None:
    errors.append(f"{where}: {msg}")


def check_actor(where: str, a: object) -> None:
    if not isinstance(a, dict) or set(a) != {"name", "sector", "country"}:
        err(where, f"actor must have exactly name, sector, country: {a!r}")
        return
    if not isinstance(a["name"], str) or not a["name"]:
        err(where, "actor name empty")
    if a["sector"] not in SECTORS:
        err(where, f"unknown sector {a['sector']!r}")
    if a["country"] is not None and (not isinstance(a["country"], str) or len(a["country"]) != 2):
        err(where, f"actor country must be ISO2 or null: {a['country']!r}")


def check_event(where: str, e: dict, text: str) -> None:
    if list(e) != FIELDS:
        missing = [f for f in FIELDS if f not in e]
        extra = [f for f in e if f not in FIELDS]
        if missing or extra:
            err(where, f"fields missing {missing} extra {extra}")
            return
    if e["event_type"] not in EVENT_TYPES:
        err(where, f"event_type {e['event_type']!r}")
    if e["mode"] is not None and not isinstance(e["mode"], str):
        err(where, "mode must be string or null")
    if not isinstance(e["contexts"], list):
        err(where, "contexts must be a list")
    if e["date_precision"] not in PRECISIONS:
        err(where, f"date_precision {e['date_precision']!r}")
    if e["date"] is None:
        if e["date_precision"] != "unknown":
            err(where, "null date needs date_precision unknown")
    else:
        try:
            d = dt.date.fromisoformat(e["date"])
        except (TypeError, ValueError):
            err(where, f"bad date {e['date']!r}")
        else:
            if e["date_precision"] == "unknown":
                err(where, "dated event with precision unknown")
            if e["date_precision"] == "month" and d.day != 1:
                err(where, "month precision must use the first of the month")
            if e["date_precision"] == "year" and (d.month, d.day) != (1, 1):
                err(where, "year precision must use 1 January")
    if e["geo_precision"] not in (1, 2, 3, 4):
        err(where, f"geo_precision {e['geo_precision']!r}")
    if not (isinstance(e["country"], str) and len(e["country"]) == 2):
        err(where, f"country {e['country']!r}")
    has_coords = e["latitude"] is not None and e["longitude"] is not None
    if e["geo_precision"] in (1, 2):
        if not has_coords or not e["place"] or not e["admin1"]:
            err(where, "precision 1/2 needs place, admin1 and coordinates")
        elif not (7.0 <= e["latitude"] <= 33.0 and -118.5 <= e["longitude"] <= -77.0):
            err(
                where,
                "coordinates outside Mexico and Central America: "
                f"{e['latitude']}, {e['longitude']}",
            )
    for f in ("actors", "targets"):
        if not isinstance(e[f], list):
            err(where, f"{f} must be a list")
        else:
            for a in e[f]:
                check_actor(where, a)
    if not isinstance(e["cross_border"], bool):
        err(where, "cross_border must be bool")
    for f in COUNTS:
        v = e[f]
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            err(where, f"{f} must be a non-negative int or null: {v!r}")
    for ds in e["drugs_seized"]:
        if not isinstance(ds, dict) or set(ds) != {"substance", "amount", "unit"}:
            err(where, f"drugs_seized item {ds!r}")
    if e["factuality"] not in FACTUALITY:
        err(where, f"factuality {e['factuality']!r}")
    if not e["evidence"]:
        err(where, "no evidence")
    for s in e["evidence"]:
        if s not in text:
            err(where, f"evidence not verbatim in text: {s[:70]!r}")


def load_gold() -> dict[str, dict]:
    reports: dict[str, dict] = {}
    for path in sorted(GOLD.glob("*.jsonl")):
        lang = path.stem.split("_")[0]  # en.jsonl, en_2.jsonl, ... hold English reports
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as exc:
                err(where, f"invalid JSON: {exc}")
                continue
            for k in ("id", "text", "published", "language", "types", "events"):
                if k not in r:
                    err(where, f"missing key {k}")
            if r.get("id") in reports:
                err(where, f"duplicate id {r['id']}")
            if r.get("language") != lang:
                err(where, f"language {r.get('language')!r} in {path.name}")
            try:
                dt.date.fromisoformat(r.get("published", ""))
            except ValueError:
                err(where, f"bad published {r.get('published')!r}")
            types = set(r.get("types", []))
            for i, e in enumerate(r.get("events", [])):
                check_event(f"{where} {r.get('id')} event {i}", e, r.get("text", ""))
                if e.get("event_type") not in types:
                    err(where, f"event type {e.get('event_type')} not in types")
            reports[r["id"]] = r
    return reports


class _Text(HTMLParser):
    """Collect the text of <h1> and <p> elements, optionally only inside <article>."""

    def __init__(self, article_only: bool) -> None:
        super().__init__()
        self.article_only = article_only
        self.in_article = not article_only
        self.cur: list[str] | None = None
        self.blocks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "article":
            self.in_article = True
        elif tag in ("h1", "p") and self.in_article:
            self.cur = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self.article_only:
            self.in_article = False
        elif tag in ("h1", "p") and self.cur is not None:
            self.blocks.append("".join(self.cur).strip())
            self.cur = None

    def handle_data(self, data: str) -> None:
        if self.cur is not None:
            self.cur.append(data)


def blocks(html: str, article_only: bool) -> str:
    p = _Text(article_only)
    p.feed(html)
    return "\n\n".join(b for b in p.blocks if b)


def sample_texts() -> dict[str, str]:
    out: dict[str, str] = {}
    for path in sorted(SAMPLES.glob("*.txt")):
        out[f"sample-{path.stem}"] = path.read_text(encoding="utf-8").strip()
    for path in sorted(SAMPLES.glob("*.html")):
        out[f"sample-{path.stem}"] = blocks(path.read_text(encoding="utf-8"), article_only=True)
    feed = SAMPLES / "feed.xml"
    if feed.exists():
        for item in ET.parse(feed).getroot().iter("item"):
            guid = item.findtext("guid")
            body = blocks(item.findtext("description") or "", article_only=False)
            out[guid] = f"{(item.findtext('title') or '').strip()}\n\n{body}"
    wire = SAMPLES / "wire.jsonl"
    if wire.exists():
        for line in wire.read_text(encoding="utf-8").splitlines():
            if line.strip():
                w = json.loads(line)
                for k in ("id", "text", "title", "url", "published", "language"):
                    if k not in w:
                        err("wire.jsonl", f"{w.get('id')}: missing {k}")
                out[w["id"]] = w["text"]
    return out


def main() -> int:
    reports = load_gold()
    samples = sample_texts()
    for sid, text in samples.items():
        g = reports.get(sid)
        if g is None:
            err("samples", f"{sid} has no gold record")
        elif g["text"] != text:
            err("samples", f"{sid}: text differs from gold")
    gold_samples = {k for k in reports if k.startswith("sample-")}
    for sid in sorted(gold_samples - set(samples)):
        err("samples", f"gold {sid} has no sample file")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        return 1
    n_events = sum(len(r["events"]) for r in reports.values())
    print(f"ok: {len(reports)} reports, {n_events} events, {len(samples)} demo samples")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Read MUC-3/4 messages and answer keys (the formats of muc4/dev/raw).

A message file holds many messages, each opening with its id on a line of its own
("DEV-MUC3-0001 (NOSC)", "TST1-MUC3-0001"); the dateline after it ("SAN SALVADOR, 3 JAN 90
--") dates the article. A key file holds one template per incident (slots "0." to "24.",
a slot's extra fillers on the lines below it, ";" comment lines); an irrelevant message
has a single template of "*". In a filler, " / " separates acceptable alternatives and a
leading "?" marks an optional one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from hito.evaluation.muc4_fills import (
    DateFill,
    DeathFill,
    LocationFill,
    parse_date,
    parse_location,
    split_alternatives,
)

_MESSAGE_ID = re.compile(r"^([A-Z0-9]+-MUC\d-\d{4})\b[^\n]*$", re.MULTILINE)
_DATELINE = re.compile(r"^[^\n]*?,\s+([^\n(]*?)\s*(?:\(|--)")
_MONTH_FIRST = re.compile(r"^([A-Z]{3})[A-Z]*\s+(\d{1,2})\s+(\d{2})$")
_SLOT = re.compile(r"^\s*(\d{1,2})\.\s+([A-Z]+(?: [A-Z]+)*: [A-Z]+(?: [A-Z]+)*)(?:\s+(.*))?$")
# A quoted string, in which the key writes a quote of the text as \" ("\"DARE-TO-DIE\" SQUAD").
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _quoted(text: str) -> list[str]:
    return [q.replace('\\"', '"') for q in _QUOTED.findall(text)]


@dataclass
class Fill:
    """One filler line: its alternatives (without quotes) and whether it is optional."""

    alternatives: list[str]
    optional: bool = False
    refs: list[str] = field(default_factory=list)  # cross-reference strings after ":"


@dataclass
class KeyTemplate:
    optional: bool
    types: list[Fill]
    dates: list[str]  # DATE filler lines, parsed with the article's year (`date_alternatives`)
    locations: list[list[LocationFill]]
    perp_orgs: list[Fill]
    instruments: list[Fill] | None  # None: inapplicable ("*", arson and kidnapping)
    deaths: DeathFill | None


@dataclass
class Message:
    id: str
    text: str
    published: dt.date | None


def read_messages(text: str) -> Iterator[Message]:
    heads = list(_MESSAGE_ID.finditer(text))
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = text[m.end() : end].strip("\n")
        yield Message(m.group(1), unwrap(body), _published(body))


_PARAGRAPH_GAP = re.compile(r"\n[ \t]*\n")


def unwrap(body: str) -> str:
    """The message with each paragraph on one line. The wire copy is wrapped at 80 columns,
    and the pipeline ends a sentence at every line break (a headline, a list item), which
    would cut most sentences of a message in two: the act in one half, its place in the
    other. Paragraphs are separated by blank lines."""
    paragraphs = (" ".join(line.split()) for line in _PARAGRAPH_GAP.split(body))
    return "\n\n".join(p for p in paragraphs if p)


def dateline(text: str) -> str:
    """The message's opening "SAN SALVADOR, 3 JAN 90 (EFE) --": where and when it was filed."""
    head, sep, _ = text.lstrip().partition("--")
    return head + sep if sep and _DATELINE.match(head + sep) else ""


def filing_town(line: str) -> str:
    """The town of a dateline ("SAN SALVADOR" of "SAN SALVADOR (EL SALVADOR), 3 JAN 90 --");
    empty for none."""
    return line.split(",")[0].split("(")[0].strip()


def _published(body: str) -> dt.date | None:
    """The dateline's date ("SAN SALVADOR, 3 JAN 90 --", "QUITO, 22 AUGUST 89 (DPA)",
    "PERTH (AUSTRALIA), JUNE 11 89"); None for "NO DATE" or a date without its year."""
    d = _DATELINE.search(body.lstrip())
    if not d:
        return None
    when = d.group(1).strip()
    flipped = _MONTH_FIRST.match(when)
    if flipped:
        when = f"{flipped.group(2)} {flipped.group(1)} {flipped.group(3)}"
    if not re.fullmatch(r"\d{1,2}\s+[A-Z]+\s+\d{2}", when):
        return None
    fill = parse_date(when)
    return fill.hi if fill else None


def is_key_file(text: str) -> bool:
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith(";"):
            return bool(re.match(r"^0\.\s+MESSAGE: ID\s+\S+-MUC\d-\d{4}", line.strip()))
    return False


def _slots(block: list[str]) -> dict[int, list[str]]:
    """Slot number -> its filler lines (blank and "-" lines dropped; "*" kept)."""
    out: dict[int, list[str]] = {}
    current: int | None = None
    for line in block:
        m = _SLOT.match(line)
        if m:
            current = int(m.group(1))
            out[current] = [m.group(3).strip()] if m.group(3) and m.group(3).strip() else []
        elif current is not None and line.strip():
            out[current].append(line.strip())
    return {k: [v for v in vs if v != "-"] for k, vs in out.items()}


def _fill(line: str) -> Fill:
    optional = line.startswith("?")
    line = line.lstrip("?").strip()
    head, sep, tail = line.partition(":")
    quoted = _quoted(line)
    if line.startswith('"'):
        return Fill(quoted, optional)
    # A set fill with a cross-reference: 'DEATH: "PEASANTS" / "OLD PEASANTS"'.
    alternatives = [a.strip() for a in head.split(" / ") if a.strip()]
    return Fill(alternatives, optional, _quoted(tail) if sep else [])


def _number(text: str) -> DeathFill | None:
    text = text.strip()
    if text == "PLURAL":
        return DeathFill(2, None, exact=False)
    approx = text.startswith("~")
    nums = [int(x) for x in re.findall(r"\d+", text)]
    if not nums:
        return None
    if len(nums) == 1 and text.rstrip().endswith("-"):
        return DeathFill(nums[0], None, exact=False)
    return DeathFill(min(nums), max(nums), exact=len(nums) == 1 and not approx)


def _deaths(slots: dict[int, list[str]]) -> DeathFill | None:
    """Sum of the victims whose effect is DEATH, with the precision the key allows."""
    numbers: dict[str, DeathFill] = {}
    for line in slots.get(21, []):
        fill = _fill(line)
        value = _number(fill.alternatives[0]) if fill.alternatives else None
        for ref in fill.refs:
            if value is not None:
                numbers[ref] = value
    victims = [
        f for f in map(_fill, slots.get(23, [])) if "DEATH" in f.alternatives and not f.optional
    ]
    if not victims:
        return None
    lo, exact = 0, True
    hi: int | None = 0
    for v in victims:
        n = next((numbers[r] for r in v.refs if r in numbers), None) or DeathFill(1, None, False)
        lo += n.lo
        hi = None if hi is None or n.hi is None else hi + n.hi
        exact = exact and n.exact
    return DeathFill(lo, hi, exact)


def parse_template(block: list[str]) -> tuple[str, KeyTemplate | None]:
    slots = _slots(block)
    msg_id = " ".join(slots.get(0) or []).split(" ")[0]
    template = (slots.get(1) or ["*"])[0]
    if template == "*":
        return msg_id, None
    instruments = slots.get(7, [])
    return msg_id, KeyTemplate(
        optional="OPTIONAL" in template,
        types=[_fill(x) for x in slots.get(4, []) if x != "*"],
        dates=[x for x in slots.get(2, []) if x != "*"],
        locations=[parse_location(x.lstrip("?").strip()) for x in slots.get(3, []) if x != "*"],
        perp_orgs=[_fill(x) for x in slots.get(10, []) if x != "*"],
        instruments=None if "*" in instruments else [_fill(x) for x in instruments],
        deaths=_deaths(slots),
    )


def date_alternatives(template: KeyTemplate, year: int | None) -> list[DateFill]:
    """The acceptable dates of the template's (first) DATE filler."""
    if not template.dates:
        return []
    alternatives = split_alternatives(template.dates[0].upper().lstrip("?"))
    return [d for d in (parse_date(a, year) for a in alternatives) if d is not None]


def read_keys(text: str) -> Iterator[tuple[str, KeyTemplate | None]]:
    block: list[str] = []
    for line in text.splitlines():
        if line.lstrip().startswith(";"):
            continue
        if re.match(r"^\s*0\.\s+MESSAGE: ID", line):
            yield from _template(block)
            block = []
        block.append(line)
    yield from _template(block)


def _template(block: list[str]) -> Iterator[tuple[str, KeyTemplate | None]]:
    msg_id, template = parse_template(block)
    if msg_id:
        yield msg_id, template


def read_corpus(path: Path) -> tuple[dict[str, Message], dict[str, list[KeyTemplate]]]:
    """Every message and key file under `path`: messages by id, key templates by id (an
    irrelevant message has an empty list)."""
    messages: dict[str, Message] = {}
    keys: dict[str, list[KeyTemplate]] = {}
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        if is_key_file(text):
            for msg_id, template in read_keys(text):
                keys.setdefault(msg_id, [])
                if template is not None:
                    keys[msg_id].append(template)
        elif _MESSAGE_ID.match(text.lstrip()):
            # Message files open with an id; documentation that quotes one does not.
            for message in read_messages(text):
                messages[message.id] = message
    return messages, keys


def raw_templates(text: str) -> Iterator[tuple[str, dict[int, list[str]]]]:
    """(message id, slot number -> filler lines) for every filled template of a key file;
    the training script reads the target and instrument strings from these."""
    block: list[str] = []
    blocks: list[list[str]] = []
    for line in text.splitlines():
        if line.lstrip().startswith(";"):
            continue
        if re.match(r"^\s*0\.\s+MESSAGE: ID", line):
            blocks.append(block)
            block = []
        block.append(line)
    blocks.append(block)
    for b in blocks:
        slots = _slots(b)
        msg_id = " ".join(slots.get(0) or []).split(" ")[0]
        if msg_id:
            yield msg_id, slots

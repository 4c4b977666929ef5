"""Whether two records can tell one incident (hard checks) and how alike they are (a score).

Hard checks, all required: same country, same event type, dates within the window, places
within the distance (or, when one side names only a state or department, the same one), not
from the same report, and no editor's "never merge these". Across languages the score
compares normalised actors, places and figures; within one language it also compares the
wording of the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from hito.fuse.config import FusionConfig
from hito.fuse.keys import Span, Where, date_span, fold, km_between, where
from hito.fuse.models import FuseItem, Links
from hito.models import QUANTITY_FIELDS, Actor

# Weights of the parts of the score; a part that one side leaves blank is left out.
W_WHEN, W_WHERE, W_MODE, W_ACTORS, W_FIGURES, W_TEXT = 1.0, 1.0, 0.5, 1.5, 1.0, 0.5
STATE_SECTORS = frozenset({"COP", "MIL", "GOV", "JUD"})
# Modes that outlets use for one act: an attack told as a shooting or as a killing; a raid told
# by its arrests or by its seizures (the labelling conventions code the act named first).
RELATED_MODES = frozenset({frozenset(("firearms", "targeted")), frozenset(("seize", "arrest"))})
# Wording similarity (token set ratio) of unrelated reports of the same kind of incident.
TEXT_FLOOR = 0.4
ARMED_NONSTATE = frozenset({"UAF", "CRM"})


@dataclass(frozen=True)
class Profile:
    """An item with its blocking keys and comparable parts computed once."""

    item: FuseItem
    span: Span | None
    where: Where
    parties: tuple[tuple[str, str | None], ...]
    figures: dict[str, float]
    text: str

    @property
    def key(self) -> str:
        return self.item.key

    @property
    def fusable(self) -> bool:
        return self.span is not None and self.where.country is not None


def _parties(actors: list[Actor]) -> tuple[tuple[str, str | None], ...]:
    return tuple(sorted({(a.sector or "UNK", a.country) for a in actors}, key=str))


def _figures(item: FuseItem) -> dict[str, float]:
    r = item.record
    found: dict[str, float] = {
        name: float(value) for name in QUANTITY_FIELDS if (value := getattr(r, name)) is not None
    }
    for d in r.drugs_seized:
        if d.amount is not None:
            found[f"drugs:{fold(d.substance)}:{d.unit or ''}"] = float(d.amount)
    return found


def profile(item: FuseItem, config: FusionConfig) -> Profile:
    r = item.record
    return Profile(
        item=item,
        span=date_span(item, config),
        where=where(item),
        parties=_parties([*r.actors, *r.targets]),
        figures=_figures(item),
        text=fold(" ".join(r.evidence)),
    )


def conflict(
    a: Profile, b: Profile, config: FusionConfig, links: Links, fields: bool = True
) -> bool:
    """True when something the two records state rules out one incident (what either leaves
    unknown rules out nothing). With `fields` False only the report, the country and the
    editors' links count: for records an editor has vouched for by merging them by hand."""
    if a.item.content_hash and a.item.content_hash == b.item.content_hash:
        return True
    if links.forbids(a.key, b.key):
        return True
    if a.where.country and b.where.country and a.where.country != b.where.country:
        return True
    if not fields:
        return False
    if a.item.record.event_type != b.item.record.event_type:
        return True
    if a.span is not None and b.span is not None and a.span.gap(b.span) > config.days:
        return True
    return not _places_agree(a.where, b.where, config)


def compatible(a: Profile, b: Profile, config: FusionConfig, links: Links) -> bool:
    """True when both records can be fused at all (a date span and a country) and nothing
    rules out that they tell the same incident."""
    return a.fusable and b.fusable and not conflict(a, b, config, links)


def _places_agree(a: Where, b: Where, config: FusionConfig) -> bool:
    if a.place and a.place == b.place and (not a.admin1 or not b.admin1 or a.admin1 == b.admin1):
        # One town name in one state: the same town, even where the gazetteer resolved the
        # two reports to different homonymous hamlets.
        return True
    if a.point is not None and b.point is not None:
        return km_between(a.point, b.point) <= config.km
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    if a.place and b.place and a.point is None and b.point is None:
        # Named towns that could not be placed on the map must at least be called alike.
        return fuzz.ratio(a.place, b.place) >= 90
    return True


def similarity_parts(
    a: Profile, b: Profile, config: FusionConfig
) -> list[tuple[str, float, float]]:
    """The parts of the similarity both records state: (name, weight, value 0..1)."""
    assert a.span is not None and b.span is not None
    parts: list[tuple[str, float, float]] = [
        ("when", W_WHEN, _when(a.span, b.span)),
        ("where", W_WHERE, _where(a.where, b.where, config)),
    ]
    mode_a, mode_b = a.item.record.mode, b.item.record.mode
    if mode_a and mode_b:
        parts.append(("mode", W_MODE, _mode_agreement(mode_a, mode_b)))
    if a.parties and b.parties:
        parts.append(("actors", W_ACTORS, _parties_overlap(a.parties, b.parties)))
    shared = sorted(set(a.figures) & set(b.figures))
    if shared:
        agreement = sum(_figure_agreement(a.figures[k], b.figures[k]) for k in shared)
        parts.append(("figures", W_FIGURES, agreement / len(shared)))
    if a.item.language and a.item.language == b.item.language and a.text and b.text:
        parts.append(("text", W_TEXT, _text_agreement(a.text, b.text)))
    return parts


def similarity(a: Profile, b: Profile, config: FusionConfig) -> float:
    """How alike two compatible records are, 0..1: a weighted mean of the parts both state."""
    parts = similarity_parts(a, b, config)
    return sum(w * v for _, w, v in parts) / sum(w for _, w, _ in parts)


def _mode_agreement(a: str, b: str) -> float:
    if a == b:
        return 1.0
    return 0.5 if frozenset((a, b)) in RELATED_MODES else 0.0


def _text_agreement(a: str, b: str) -> float:
    """Wording of the evidence, rescaled so that unrelated reports on the same beat (which
    share words such as "police", "border", the weekday) score about 0."""
    ratio = fuzz.token_set_ratio(a, b) / 100.0
    return min(1.0, max(0.0, (ratio - TEXT_FLOOR) / (1.0 - TEXT_FLOOR - 0.2)))


def _when(a: Span, b: Span) -> float:
    if a.exact and b.exact:
        return 1.0 if a.start == b.start else 0.6
    if a.weak or b.weak:
        return 0.4
    return 0.5


def _where(a: Where, b: Where, config: FusionConfig) -> float:
    if a.place and a.place == b.place:
        return 1.0
    if a.point is not None and b.point is not None:
        km = km_between(a.point, b.point)
        return 1.0 if km <= 1.0 else 1.0 - 0.4 * min(1.0, km / max(config.km, 1.0))
    if a.admin1 and a.admin1 == b.admin1:
        return 0.5
    return 0.3


def _party_credit(a: tuple[str, str | None], b: tuple[str, str | None]) -> float:
    (sa, ca), (sb, cb) = a, b
    if ca is not None and cb is not None and ca != cb:
        return 0.0
    if sa == sb:
        return 1.0
    if (sa in STATE_SECTORS and sb in STATE_SECTORS and "GOV" in (sa, sb)) or (
        sa in ARMED_NONSTATE and sb in ARMED_NONSTATE
    ):
        return 0.5
    return 0.0


def _parties_overlap(
    a: tuple[tuple[str, str | None], ...], b: tuple[tuple[str, str | None], ...]
) -> float:
    """Share of the smaller side's parties that the other side names too."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    credit = sum(max(_party_credit(p, q) for q in large) for p in small)
    return min(1.0, credit / len(small))


def _figure_agreement(x: float, y: float) -> float:
    """The same figure is evidence of one incident; close figures (3 and 4 dead) are what
    different outlets often give for one incident, but are no evidence by themselves."""
    if x == y:
        return 1.0
    if x == 0 or y == 0:
        return 0.3
    ratio = min(x, y) / max(x, y)
    if ratio >= 0.5:
        return 0.5
    if ratio >= 0.25:
        return 0.25
    return 0.0

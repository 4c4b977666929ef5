"""The fusion decision: which events tell one incident. A pure function over records.

Greedy agglomeration: every pair of records that passes the hard checks and scores at least
the threshold is a candidate link; links are taken best first, and two groups join only if
no pair across them conflicts (so a coarse record can join a precise one, but never bridge
two precise ones that disagree, and chains of nearby places do not creep). Editors' "always
merge" links are joined first, "never merge" links veto. Records an editor merged by hand are
vouched for: a new record joins them when it matches any one of them (their dates and places no
longer rule it out; their reports, countries and links still do).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Mapping, Sequence

from hito.fuse.compare import Profile, compatible, conflict, profile, similarity
from hito.fuse.config import FusionConfig
from hito.fuse.models import EventCluster, FuseItem, Links, Merge

DEFAULT_CONFIG = FusionConfig()
NO_LINKS = Links()


class _Groups:
    """Union-find over clusters, keeping each group's member profiles."""

    def __init__(self, members: list[list[int]]) -> None:
        self.parent = list(range(len(members)))
        self.members = members
        self.score: dict[int, float] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int, score: float | None = None) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members[rb])
        self.members[rb] = []
        scores = [s for s in (self.score.pop(rb, None), self.score.get(ra), score) if s is not None]
        if scores:
            self.score[ra] = max(scores)


def _group(
    clusters: Sequence[EventCluster], is_open: Sequence[bool], config: FusionConfig, links: Links
) -> _Groups:
    profiles: list[Profile] = []
    owner: list[int] = []
    members: list[list[int]] = []
    for ci, cluster in enumerate(clusters):
        members.append([])
        for item in cluster.items:
            members[ci].append(len(profiles))
            profiles.append(profile(item, config))
            owner.append(ci)
    groups = _Groups(members)
    by_key = {p.key: i for i, p in enumerate(profiles)}
    vouched = {key for pair in links.must for key in pair}
    for pair in sorted(links.must, key=sorted):
        a, b = sorted(pair)
        if a in by_key and b in by_key:
            groups.union(owner[by_key[a]], owner[by_key[b]])
    for neg_score, _, _, i, j in _candidate_pairs(profiles, owner, is_open, config, links):
        ri, rj = groups.find(owner[i]), groups.find(owner[j])
        if ri == rj:
            continue
        if any(
            conflict(
                profiles[x],
                profiles[y],
                config,
                links,
                fields=profiles[x].key not in vouched and profiles[y].key not in vouched,
            )
            for x in groups.members[ri]
            for y in groups.members[rj]
        ):
            continue
        groups.union(ri, rj, -neg_score)
    return groups


def _candidate_pairs(
    profiles: list[Profile],
    owner: list[int],
    is_open: Sequence[bool],
    config: FusionConfig,
    links: Links,
) -> list[tuple[float, str, str, int, int]]:
    """Pairs worth linking, best first: at least one side open, compatible, above threshold.
    Blocking: a sweep over the records sorted by the start of their date span."""
    dated = sorted(
        (i for i, p in enumerate(profiles) if p.fusable),
        key=lambda i: (profiles[i].span.start, profiles[i].key),  # type: ignore[union-attr]
    )
    starts = [profiles[i].span.start.toordinal() for i in dated]  # type: ignore[union-attr]
    widest = (
        max(
            (profiles[i].span.end - profiles[i].span.start).days  # type: ignore[union-attr]
            for i in dated
        )
        if dated
        else 0
    )
    pairs: list[tuple[float, str, str, int, int]] = []
    for i in dated:
        if not is_open[owner[i]]:
            continue
        span = profiles[i].span
        assert span is not None
        lo = bisect.bisect_left(starts, span.start.toordinal() - config.days - widest)
        hi = bisect.bisect_right(starts, span.end.toordinal() + config.days)
        for j in dated[lo:hi]:
            if owner[j] == owner[i] or (is_open[owner[j]] and j < i):
                continue
            a, b = profiles[i], profiles[j]
            if not compatible(a, b, config, links):
                continue
            score = similarity(a, b, config)
            if score >= config.threshold:
                first, second = sorted((a.key, b.key))
                pairs.append((-round(score, 9), first, second, i, j))
    pairs.sort()
    return pairs


def fuse(
    new: Sequence[EventCluster],
    existing: Sequence[EventCluster] = (),
    config: FusionConfig = DEFAULT_CONFIG,
    links: Links = NO_LINKS,
) -> list[Merge]:
    """Decide which of the `new` events (the records just added, usually one event each) tell
    the same incident as each other or as `existing` events (the candidates found near them).

    Returns one Merge per resulting event made of several: the oldest event (smallest age,
    then id) keeps its id and absorbs the others. Existing events are never split, and two
    existing events merge only when a new record links them and nothing conflicts.
    """
    clusters = [*existing, *new]
    is_open = [False] * len(existing) + [True] * len(new)
    for ci, cluster in enumerate(existing):
        is_open[ci] = cluster.open
    groups = _group(clusters, is_open, config, links)
    by_root: dict[int, list[int]] = {}
    for ci in range(len(clusters)):
        by_root.setdefault(groups.find(ci), []).append(ci)
    decisions = []
    for root, cis in by_root.items():
        if len(cis) < 2:
            continue
        ordered = sorted(cis, key=lambda ci: (clusters[ci].age, clusters[ci].event_id))
        decisions.append(
            Merge(
                into=clusters[ordered[0]].event_id,
                absorbed=tuple(clusters[ci].event_id for ci in ordered[1:]),
                score=groups.score.get(root),
            )
        )
    return sorted(decisions, key=lambda m: m.into)


def recluster(
    items: Sequence[FuseItem], config: FusionConfig = DEFAULT_CONFIG, links: Links = NO_LINKS
) -> list[tuple[FuseItem, ...]]:
    """Fuse a whole set of records from scratch; groups in the order of their first record."""
    clusters = [EventCluster(item.key, (item,), age=n, open=True) for n, item in enumerate(items)]
    groups = _group(clusters, [True] * len(clusters), config, links)
    by_root: dict[int, list[FuseItem]] = {}
    for ci, item in enumerate(items):
        by_root.setdefault(groups.find(ci), []).append(item)
    return [tuple(group) for group in by_root.values()]


def assign_ids(
    groups: Sequence[Sequence[str]],
    previous: Mapping[str, str],
    ages: Mapping[str, int],
) -> list[tuple[str | None, tuple[str, ...]]]:
    """Give each group of record keys the id of the earlier event it shares most records with
    (ties: the older event), so that re-running fusion keeps ids. `previous` maps record key
    to its current event id, `ages` event id to age. Groups left without one get None."""
    overlap = Counter(
        (gi, previous[key]) for gi, group in enumerate(groups) for key in group if key in previous
    )
    ranked = sorted(
        overlap.items(),
        key=lambda kv: (-kv[1], ages.get(kv[0][1], 1 << 62), kv[0][1], kv[0][0]),
    )
    chosen: dict[int, str] = {}
    taken: set[str] = set()
    for (gi, event_id), _ in ranked:
        if gi not in chosen and event_id not in taken:
            chosen[gi] = event_id
            taken.add(event_id)
    return [(chosen.get(gi), tuple(group)) for gi, group in enumerate(groups)]

"""An in-memory column index of `event_facets`, for answering /events over large stores.

Over a million events, any mix of filters the API allows (two to four of type, place, dates,
box, actor, sector, figures, cross-border, factuality, text, in any sort order) has to come
back within a tenth of a second. No set of B-tree indexes covers every combination: a filter
that matches few events late in the sort order makes either database walk or scan most of
the table, and the exact count every answer carries scans all the matches. Held as numpy
columns (about 450 MB for a million events), each filter is one vectorised comparison over the
whole table, the count is a sum and a page a partial sort over precomputed sort positions:
milliseconds at a million events, on SQLite and PostgreSQL alike.

It is a read-only snapshot, labelled with the store's data version
(`hito.store.queries.data_version`); the answer comes from it only while that version is
current, so nothing stale is ever served. A stale or missing snapshot is rebuilt in a
background thread (about 20 s at a million events) while the SQL queries answer. Full
text search stays in the database (FTS5 or tsvector): its matching rows are fetched and
intersected. Semantics match the SQL of `hito.store.queries.where` exactly (string order is
code point order, as SQLite's BINARY and PostgreSQL's C collation);
tests/test_store_facet_index.py runs the same queries through both and compares.

Stores opt in with `enable(location, min_events)`; the API does so for stores of at least
`ApiConfig.facet_index_min_events` events.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import numpy.typing as npt

from hito.models import QUANTITY_FIELDS
from hito.store import facet_stats
from hito.store.facet_stats import StatsColumns
from hito.store.store import Store

if TYPE_CHECKING:
    from hito.store.queries import EventQuery, Sort

log = logging.getLogger(__name__)

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.integer[Any]]

RECENT_QUERIES = 16
# On PostgreSQL, full text is matched among the other filters' rows when they are at most
# this many (see Dialect.text_docs): each costs a heap read (about 10 us), where a common
# word matched over all events reads hundreds of thousands (0.4 s)
TEXT_AMONG = 10_000
COMMON_WORDS = 256
_PLAIN_WORD = re.compile(r"'([^'\\]+)'")
RECENT_SEARCHES = 64  # a bool per event each: 64 MB at a million events
TEXT_COLUMNS = ("day", "updated_at", "event_type", "country", "admin1", "mode", "factuality")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class TextColumn:
    """A text column as codes into its sorted distinct values; -1 for NULL. Because the
    values are sorted, comparing codes compares the strings (in code point order)."""

    values: npt.NDArray[np.str_]
    codes: IntArray

    @classmethod
    def of(cls, column: Iterable[str | None]) -> TextColumn:
        encoder = TextEncoder()
        encoder.add(column)
        return encoder.column()

    def filled(self, null_as: str = "") -> TextColumn:
        """NULL read as `null_as` (as `coalesce` does in a sort key or a group)."""
        return self.mapped(lambda v: v, null_as)

    def mapped(self, change: Callable[[str], str], null_as: str | None = None) -> TextColumn:
        """Every value changed by `change` (equal results merge); NULL becomes `null_as`
        if given. Costs one call per distinct value."""
        changed = [change(v) for v in self.values.tolist()]
        if null_as is not None:
            changed.append(null_as)
        values = sorted(set(changed))
        code = {v: i for i, v in enumerate(values)}
        # the last entry is what code -1 (NULL) reads
        remap = np.array([code[v] for v in changed] + ([] if null_as is not None else [-1]))
        return TextColumn(np.array(values, dtype=np.str_), remap.astype(np.int32)[self.codes])

    def code_at_least(self, text: str) -> int:
        """Rows whose value >= text are those whose code >= this."""
        return int(np.searchsorted(self.values, text, side="left"))

    def code_at_most(self, text: str) -> int:
        return int(np.searchsorted(self.values, text, side="right")) - 1

    def where(self, keep: Callable[[str], bool]) -> BoolArray:
        """Rows whose (non-NULL) value passes `keep`, tested once per distinct value."""
        # one entry per code, and a last one (False) that code -1 (NULL) reads
        table = np.array([keep(v) for v in self.values.tolist()] + [False], dtype=bool)
        return table[self.codes]

    def isin(self, wanted: Iterable[str], fold: Callable[[str], str] | None = None) -> BoolArray:
        if fold is None:
            exact = set(wanted)
            return self.where(exact.__contains__)
        folded = {fold(w) for w in wanted}
        return self.where(lambda v: fold(v) in folded)


class TextEncoder:
    """Builds a TextColumn a chunk of rows at a time, keeping one copy of each distinct
    value (a million rows hold a few hundred actor names, not a million)."""

    def __init__(self) -> None:
        self.code: dict[str, int] = {}
        self.chunks: list[IntArray] = []

    def add(self, values: Iterable[str | None]) -> None:
        code = self.code
        self.chunks.append(
            np.array(
                [-1 if v is None else code.setdefault(v, len(code)) for v in values],
                dtype=np.int32,
            )
        )

    def column(self) -> TextColumn:
        values = sorted(self.code)
        remap = np.empty(len(values) + 1, dtype=np.int32)  # the last entry: NULL stays -1
        remap[-1] = -1
        for new, value in enumerate(values):
            remap[self.code[value]] = new
        codes = np.concatenate(self.chunks) if self.chunks else np.zeros(0, dtype=np.int32)
        return TextColumn(np.array(values, dtype=np.str_), remap[codes])


@dataclass(frozen=True)
class SortOrder:
    """One sort key: each row's rank (a text code, or the figure itself), the rows in the
    order (key, event_id) ascending, and each row's position in that order.

    A key compared without case (admin1 on PostgreSQL, a citext) ranks the folded text
    (`fold`) and keeps each row's own text in `labels`, which is what SQL returns."""

    rank: IntArray
    values: npt.NDArray[np.str_] | None  # text keys: the (folded) text of each rank
    order: IntArray
    position: IntArray
    labels: TextColumn | None = None
    fold: Callable[[str], str] | None = None

    @classmethod
    def of(
        cls,
        rank: IntArray,
        id_rank: IntArray,
        values: npt.NDArray[np.str_] | None,
        labels: TextColumn | None = None,
        fold: Callable[[str], str] | None = None,
    ) -> SortOrder:
        n = len(rank)
        order = np.lexsort((id_rank, rank)).astype(np.int32)
        position = np.empty(n, dtype=np.int32)
        position[order] = np.arange(n, dtype=np.int32)
        return cls(rank, values, order, position, labels, fold)

    def value(self, row: int) -> Any:
        """The row's sort value as the SQL of `SORT_KEYS` gives it."""
        if self.labels is not None:
            return str(self.labels.values[self.labels.codes[row]])
        r = int(self.rank[row])
        return str(self.values[r]) if self.values is not None else r

    def rank_of(self, value: Any) -> float:
        """A cursor's sort value in rank space: an exact rank, or halfway between two."""
        if self.values is None:
            try:
                return float(value)
            except (TypeError, ValueError):
                return -np.inf
        text = self.fold(str(value)) if self.fold else str(value)
        i = int(np.searchsorted(self.values, text, side="left"))
        return float(i) if i < len(self.values) and self.values[i] == text else i - 0.5


@dataclass(frozen=True)
class Snapshot:
    version: tuple[int, int]
    postgres: bool
    folds_all_letters: bool  # how admin1 is compared without case (see `matches`)
    doc: IntArray  # ascending
    event_id: npt.NDArray[np.str_]
    text: dict[str, TextColumn]
    cross_border: BoolArray
    latitude: npt.NDArray[np.float64]  # NaN when unknown
    longitude: npt.NDArray[np.float64]
    figures: dict[str, npt.NDArray[np.float64]]  # NaN when unknown
    actors: TextColumn
    sectors: TextColumn
    sorts: dict[str, SortOrder]
    stats_columns: StatsColumns
    # the last few queries' rows: a page and its count ask the same question
    recent: OrderedDict[EventQuery, BoolArray] = field(
        default_factory=OrderedDict, compare=False, repr=False
    )
    recent_lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)
    # full-text matches of the last searches: the database's answer to a common word is
    # hundreds of thousands of rows (0.1 s on SQLite, 0.4 s on PostgreSQL), and people
    # search the same words again and again
    searched: OrderedDict[str, BoolArray] = field(
        default_factory=OrderedDict, compare=False, repr=False
    )
    common_words: dict[str, npt.NDArray[np.uint8]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @property
    def size(self) -> int:
        return len(self.doc)

    def rows(self, store: Store, query: EventQuery) -> BoolArray:
        """`matches`, remembered for the last few queries."""
        return self._remembered(self.recent, query, RECENT_QUERIES, self.matches, store)

    def _remembered(
        self,
        memory: OrderedDict[Any, BoolArray],
        key: Any,
        size: int,
        compute: Callable[[Store, Any], BoolArray],
        store: Store,
    ) -> BoolArray:
        with self.recent_lock:
            found = memory.get(key)
            if found is not None:
                memory.move_to_end(key)
                return found
        found = compute(store, key)
        found.setflags(write=False)
        with self.recent_lock:
            memory[key] = found
            while len(memory) > size:
                memory.popitem(last=False)
        return found

    # ------------------------------------------------------------ filtering

    def matches(self, store: Store, query: EventQuery) -> BoolArray:
        """Which rows the query selects: the conditions of `hito.store.queries.where`."""
        mask = np.ones(self.size, dtype=bool)
        t = self.text
        if query.types:
            mask &= t["event_type"].isin(x.upper() for x in query.types)
        if query.countries:
            mask &= t["country"].isin(x.upper() for x in query.countries)
        if query.admin1:
            # SQLite's NOCASE folds ASCII letters only; PostgreSQL's citext folds as lower()
            # does under the database's locale (ASCII only under C)
            fold = str.lower if self.folds_all_letters else _ascii_lower
            mask &= t["admin1"].isin(query.admin1, fold=fold)
        if query.modes:
            mask &= t["mode"].isin(m.lower() for m in query.modes)
        if query.factualities:
            mask &= t["factuality"].isin(query.factualities)
        day = t["day"]
        if query.date_from is not None:
            mask &= day.codes >= day.code_at_least(query.date_from.isoformat())
        if query.date_to is not None:
            mask &= (day.codes <= day.code_at_most(query.date_to.isoformat())) & (
                day.codes > day.code_at_most("")  # '' (undated) sorts first
            )
        if query.cross_border is not None:
            mask &= self.cross_border == bool(query.cross_border)
        if query.updated_since is not None:
            since = query.updated_since.astimezone(dt.UTC).isoformat(timespec="seconds")
            mask &= t["updated_at"].codes >= t["updated_at"].code_at_least(since)
        if query.located or query.bbox is not None:
            mask &= ~np.isnan(self.latitude) & ~np.isnan(self.longitude)
        if query.bbox is not None:
            minlon, minlat, maxlon, maxlat = (float(x) for x in query.bbox)
            lon, lat = self.longitude, self.latitude
            with np.errstate(invalid="ignore"):
                if minlon <= maxlon:
                    mask &= (lon >= minlon) & (lon <= maxlon)
                else:
                    mask &= (lon >= minlon) | (lon <= maxlon)
                mask &= (lat >= minlat) & (lat <= maxlat)
        if query.sectors:
            # LIKE '% X %' over text stored in upper case: a substring test
            needles = [f" {x.upper()} " for x in query.sectors]
            mask &= self.sectors.where(lambda v: any(n in v for n in needles))
        if query.actor:
            needle = query.actor.lower()
            # as in SQL: a NUL matches nothing (no stored name holds one)
            mask &= self.actors.where(lambda v: "\x00" not in needle and needle in v)
        for name, least in query.minimums:
            if name not in QUANTITY_FIELDS:
                raise ValueError(f"unknown quantity {name!r}")
            with np.errstate(invalid="ignore"):
                mask &= self.figures[name] >= least
        if query.text is not None:
            common = self._common_word_rows(store, query.text)
            if common is not None:
                mask &= common
            elif self.postgres and np.count_nonzero(mask) <= TEXT_AMONG:
                mask &= self._text_rows(store, query.text, self.doc[mask])
            else:
                mask &= self._remembered(
                    self.searched, query.text, RECENT_SEARCHES, self._text_rows, store
                )
        return mask

    def _common_word_rows(self, store: Store, text: str) -> BoolArray | None:
        """The rows of a search made only of common words, from the rows kept for each
        (`learn_common_words`); None when it has another word, a phrase or a prefix."""
        if not self.common_words:
            return None
        asked = store.dialect.search_words(text)
        if asked is None:
            return None
        words = []
        for part in str(store.query(*asked)[0][0] or "").split(" & "):
            found = _PLAIN_WORD.fullmatch(part)
            if found is None or found.group(1) not in self.common_words:
                return None
            words.append(found.group(1))
        rows = np.ones(self.size, dtype=bool)
        for word in words:
            rows &= np.unpackbits(self.common_words[word], count=self.size).view(bool)
        return rows

    def learn_common_words(self, store: Store) -> int:
        """Keep the rows of the commonest words (PostgreSQL), whose search over all events
        reads hundreds of thousands of rows (0.4 s each); packed, 125 kB a word at a
        million events. Returns how many."""
        sql = store.dialect.common_words_sql()
        if sql is None:
            return 0
        for row in store.query(sql, [TEXT_AMONG, COMMON_WORDS]):
            word = str(row[0])
            if _PLAIN_WORD.fullmatch(f"'{word}'") is None:
                continue
            # the word as a search: a lexeme of the index is its own tsquery
            rows = self._text_rows(store, word)
            self.common_words[word] = np.packbits(rows)
        return len(self.common_words)

    def _text_rows(self, store: Store, text: Any, among: IntArray | None = None) -> BoolArray:
        """Full text stays in the database's own index; its rows are marked here."""
        listed = None if among is None else ",".join(map(str, among.tolist()))
        sql, params = store.dialect.text_docs(text, listed)
        joined = store.query(sql, params)[0][0]
        found = np.sort(np.fromstring(joined or "", dtype=np.int64, sep=","))
        mask = np.zeros(self.size, dtype=bool)
        at = np.searchsorted(self.doc, found)
        inside = at < self.size
        at, found = at[inside], found[inside]
        mask[at[self.doc[at] == found]] = True
        return mask

    # ------------------------------------------------------------ answers

    def stats(
        self, store: Store, query: EventQuery, interval: str, by: str
    ) -> dict[str, Any] | None:
        """/stats (`hito.store.queries.stats`); None where only SQL can say it exactly."""
        return facet_stats.stats(self, self.rows(store, query), interval, by)

    def clusters(self, store: Store, query: EventQuery, cell: float) -> list[dict[str, Any]]:
        """/clusters (`hito.store.queries.clusters`)."""
        return facet_stats.clusters(self, self.rows(store, query), cell)

    def count(self, store: Store, query: EventQuery) -> int:
        return int(np.count_nonzero(self.rows(store, query)))

    def page(
        self, store: Store, query: EventQuery, sort: Sort, after: tuple[Any, str] | None, limit: int
    ) -> tuple[list[str], tuple[Any, str] | None]:
        """The event ids of one page and the keyset position after it (None on the last)."""
        order = self.sorts[sort.key]
        position = order.position[self.rows(store, query)]
        if after is not None:
            boundary = self._boundary(order, after, sort.descending)
            position = position[position < boundary if sort.descending else position >= boundary]
        want = limit + 1
        if len(position) > want:
            cut = len(position) - want if sort.descending else want - 1
            position = np.partition(position, cut)
            position = position[cut:] if sort.descending else position[:want]
        position = np.sort(position)
        if sort.descending:
            position = position[::-1]
        more = len(position) > limit
        rows = order.order[position[:limit]]
        ids = self.event_id[rows].tolist()
        last = (order.value(int(rows[-1])), ids[-1]) if more and len(rows) else None
        return ids, last

    def _boundary(self, order: SortOrder, after: tuple[Any, str], descending: bool) -> int:
        """Ascending: how many rows are ordered at or before `after`; descending: before it."""
        rank = order.rank_of(after[0])
        ranks = order.rank[order.order]
        lo = int(np.searchsorted(ranks, rank, side="left"))
        hi = int(np.searchsorted(ranks, rank, side="right"))
        tied = self.event_id[order.order[lo:hi]]  # ascending ids
        side: Literal["left", "right"] = "left" if descending else "right"
        return lo + int(np.searchsorted(tied, str(after[1]), side=side))


def _ascii_lower(text: str) -> str:
    return text.translate(_ASCII_LOWER)


# ---------------------------------------------------------------- building

_COLUMNS = (
    "doc", "event_id", "day", "updated_at", "event_type", "country", "admin1", "mode",
    "factuality", "cross_border", "latitude", "longitude", *QUANTITY_FIELDS, "actors", "sectors",
    "week", "drugs",
)  # fmt: skip


BUILD_CHUNK = 50_000


def build(store: Store) -> Snapshot:
    """A snapshot of the store's events now, read a chunk at a time. Rows that change
    meanwhile make the snapshot's version stale at once, so it is never used."""
    from hito.store.queries import SORT_KEYS, data_version

    version = data_version(store)
    encoders = {name: TextEncoder() for name in (*TEXT_COLUMNS, "actors", "sectors", "week")}
    numbers: dict[str, list[npt.NDArray[Any]]] = {
        name: [] for name in ("doc", "cross_border", "latitude", "longitude", *QUANTITY_FIELDS)
    }
    ids: list[npt.NDArray[np.str_]] = []
    drugs: list[str | None] = []
    after = -1
    while True:
        rows = store.query(
            f"SELECT {', '.join(_COLUMNS)} FROM event_facets WHERE doc > ? ORDER BY doc LIMIT ?",
            [after, BUILD_CHUNK],
        )
        if not rows:
            break
        after = int(rows[-1][0])
        columns = dict(zip(_COLUMNS, zip(*rows, strict=True), strict=True))
        for name, encoder in encoders.items():
            encoder.add(columns[name])
        ids.append(np.array(columns["event_id"], dtype=np.str_))
        drugs.extend(columns["drugs"])
        numbers["doc"].append(np.array(columns["doc"], dtype=np.int64))
        numbers["cross_border"].append(np.array(columns["cross_border"], dtype=bool))
        for name in ("latitude", "longitude", *QUANTITY_FIELDS):
            numbers[name].append(
                np.array([np.nan if v is None else v for v in columns[name]], dtype=np.float64)
            )
        del rows, columns

    def joined(name: str, dtype: Any) -> npt.NDArray[Any]:
        parts = numbers[name]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)

    event_id = np.concatenate(ids) if ids else np.zeros(0, dtype=np.str_)
    text = {name: encoders[name].column() for name in TEXT_COLUMNS}
    figures = {name: joined(name, np.float64) for name in QUANTITY_FIELDS}
    id_rank = np.empty(len(event_id), dtype=np.int64)
    id_rank[np.argsort(event_id, kind="stable")] = np.arange(len(event_id))
    # each sort key exactly as SORT_KEYS computes it in SQL (NULL as '' or -1)
    ranked: dict[str, TextColumn | IntArray] = {
        "date": text["day"],
        "updated_at": text["updated_at"],
        "event_type": text["event_type"],
        "country": text["country"].filled(),
        "admin1": text["admin1"].filled(),
        **{
            name: np.where(np.isnan(values), -1, values).astype(np.int64)
            for name, values in figures.items()
        },
    }
    assert set(ranked) == set(SORT_KEYS)
    sorts = {
        key: SortOrder.of(by.codes, id_rank, by.values)
        if isinstance(by, TextColumn)
        else SortOrder.of(by, id_rank, None)
        for key, by in ranked.items()
    }
    # admin1 is a citext on PostgreSQL: ordered by its lower() under the database's locale
    folds_all_letters = store.dialect.postgres and bool(
        store.query("SELECT lower('\u00c9') = '\u00e9'")[0][0]
    )
    fold = str.lower if folds_all_letters else _ascii_lower
    if store.dialect.postgres:
        labels = text["admin1"].filled()
        folded = labels.mapped(fold)
        sorts["admin1"] = SortOrder.of(folded.codes, id_rank, folded.values, labels, fold)
    return Snapshot(
        version=version,
        postgres=store.dialect.postgres,
        folds_all_letters=folds_all_letters,
        doc=joined("doc", np.int64),
        event_id=event_id,
        text=text,
        cross_border=joined("cross_border", bool),
        latitude=joined("latitude", np.float64),
        longitude=joined("longitude", np.float64),
        figures=figures,
        actors=encoders["actors"].column(),
        sectors=encoders["sectors"].column(),
        sorts=sorts,
        stats_columns=facet_stats.columns(
            text, encoders["week"].column(), drugs, store.dialect.postgres, fold
        ),
    )


# ---------------------------------------------------------------- the registry


class FacetIndex:
    """The snapshot of one store location, rebuilt in the background when it goes stale."""

    def __init__(self, location: str, min_events: int) -> None:
        self.location = location
        self.min_events = min_events
        self.snapshot: Snapshot | None = None
        self._building = threading.Lock()
        self._thread: threading.Thread | None = None
        self.builds = 0
        self.last_build_s: float | None = None

    def current(self, store: Store) -> Snapshot | None:
        """The snapshot if it holds the store's events as they are now; otherwise None,
        and a rebuild starts if the store is large enough."""
        from hito.store.queries import data_version

        version = data_version(store)
        snapshot = self.snapshot
        if snapshot is not None and snapshot.version == version:
            return snapshot
        if self.min_events <= 0 or _estimated_events(store) >= self.min_events:
            self._rebuild_soon()
        return None

    def _rebuild_soon(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self.rebuild, name="hito-facet-index", daemon=True)
        self._thread.start()

    def rebuild(self) -> Snapshot | None:
        with self._building:
            started = time.perf_counter()
            store = Store(self.location)
            try:
                snapshot = build(store)
            except Exception:  # the SQL path keeps answering; say why once
                log.exception("facet index of %s: rebuild failed", self.location)
                return None
            else:
                self.snapshot = snapshot
                self.builds += 1
                self.last_build_s = time.perf_counter() - started
                try:
                    snapshot.learn_common_words(store)
                except Exception:  # searches then go to the database, as before
                    log.exception("facet index of %s: common words failed", self.location)
                return snapshot
            finally:
                store.close()

    def wait(self, timeout: float = 600.0) -> bool:
        """Block until no rebuild is running (for benchmarks and tests)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return self.snapshot is not None


def _estimated_events(store: Store) -> int:
    """The number of events, cheaply (counting a million rows takes tens of milliseconds):
    on SQLite the rows ever written to the search index, at least as many as there are; on
    PostgreSQL the planner's estimate, or a count before the table's first analysis."""
    if not store.dialect.postgres:
        row = store.query("SELECT seq FROM sqlite_sequence WHERE name = 'event_facets'")
        return int(row[0][0]) if row else 0
    estimate = int(
        store.query("SELECT reltuples FROM pg_class WHERE oid = 'event_facets'::regclass")[0][0]
    )
    if estimate < 0:
        return int(store.query("SELECT count(*) FROM event_facets")[0][0])
    return estimate


_REGISTRY: dict[str, FacetIndex] = {}
_REGISTRY_LOCK = threading.Lock()


def enable(location: str, min_events: int = 0) -> FacetIndex:
    """Answer counts and pages of the store at `location` from memory once it holds at
    least `min_events` events."""
    with _REGISTRY_LOCK:
        index = _REGISTRY.get(location)
        if index is None:
            index = _REGISTRY[location] = FacetIndex(location, min_events)
        index.min_events = min_events
        return index


def disable(location: str) -> None:
    with _REGISTRY_LOCK:
        _REGISTRY.pop(location, None)


def index_of(location: str) -> FacetIndex | None:
    return _REGISTRY.get(location)


def current(store: Store) -> Snapshot | None:
    """The up-to-date snapshot of this store's events, when it has one."""
    index = _REGISTRY.get(store.path)
    return index.current(store) if index is not None else None

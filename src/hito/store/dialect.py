"""What differs between the SQLite and the PostgreSQL store, in one place.

The rest of the store writes SQL once, with `?` placeholders and the SQL both databases
understand; where they part ways (planner hints, case-insensitive text, full-text search,
the bounding box, the catalogues) it asks the store's `Dialect` for the fragment. The
PostgreSQL connection is wrapped so that it takes the same `?` SQL and gives rows that
read by name and by position, like `sqlite3.Row`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(location: str | Path) -> bool:
    return isinstance(location, str) and location.startswith(POSTGRES_SCHEMES)


class Row(Protocol):
    """A result row: `row["name"]` or `row[0]` (sqlite3.Row and `PgRow` both are)."""

    def __getitem__(self, key: Any, /) -> Any: ...

    def keys(self) -> list[str]: ...


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What the store's code calls on a connection: `?` placeholders on both databases."""

    def execute(self, sql: str, params: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, params: Any, /) -> Any: ...


# -- PostgreSQL connection ------------------------------------------------------------------

_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\$\$.*?\$\$|\?|%", re.S)


@lru_cache(maxsize=4096)
def to_pyformat(sql: str) -> str:
    """`?` placeholders as psycopg's `%s`, leaving a `?` in quoted text or identifiers
    alone; every literal `%` doubled, quoted or not (psycopg reads `%` everywhere)."""

    def swap(m: re.Match[str]) -> str:
        token = m.group(0)
        if token == "?":
            return "%s"
        return token.replace("%", "%%")

    return _TOKENS.sub(swap, sql)


class PgRow(tuple[Any, ...]):
    """A row that reads by column name as well as by position."""

    names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self.names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self.names)


def _row_factory(cursor: Any) -> Any:
    names = {c.name: i for i, c in enumerate(cursor.description or ())}

    def make(values: Sequence[Any]) -> PgRow:
        row = PgRow(values)
        row.names = names
        return row

    return make


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise SystemExit(
            "a postgresql:// database needs psycopg: pip install 'hito[postgres]'"
        ) from None
    return psycopg


def _numeric_loader(psycopg: Any) -> type:
    from psycopg.types.numeric import NumericLoader

    class WholeNumericLoader(NumericLoader):
        """sum() of integers is `numeric` in PostgreSQL; give ints (as SQLite does), and
        floats for fractions, rather than Decimals no JSON encoder takes."""

        def load(self, data: Any) -> Any:
            value = super().load(data)
            return int(value) if value == value.to_integral_value() else float(value)

    return WholeNumericLoader


class PgConnection:
    """A psycopg 3 connection in autocommit mode that speaks the store's `?` SQL."""

    def __init__(self, url: str) -> None:
        psycopg = _psycopg()
        self.raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory)
        self.raw.adapters.register_loader("numeric", _numeric_loader(psycopg))

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.raw.execute(to_pyformat(sql), tuple(params))

    def executemany(self, sql: str, params: Iterable[Sequence[Any]]) -> Any:
        cursor = self.raw.cursor()
        rows = [tuple(p) for p in params]
        if rows:
            cursor.executemany(to_pyformat(sql), rows)
        return cursor

    def script(self, sql: str) -> None:
        """Several statements at once, no parameters (a migration)."""
        self.raw.execute(sql)

    def copy(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Bulk insert through COPY: what a load of a million events wants."""
        with self.raw.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def close(self) -> None:
        self.raw.close()


def database_errors() -> tuple[type[Exception], ...]:
    """The exceptions either database raises (for callers that retry or skip)."""
    import sqlite3

    errors: list[type[Exception]] = [sqlite3.Error]
    try:
        import psycopg

        errors.append(psycopg.Error)
    except ImportError:
        pass
    return tuple(errors)


# -- SQL fragments ---------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_TERM = re.compile(r'"([^"]*)"|(\S+)')


def fts_query(text: str) -> str | None:
    """The user's words as a safe FTS5 query: every word (or "quoted phrase") must occur;
    a trailing * makes a prefix. None when nothing searchable is left."""
    parts = []
    for phrase, word in _TERM.findall(text):
        prefix = bool(word) and word.endswith("*")
        term = (phrase or word).strip().rstrip("*")
        if not any(ch.isalnum() for ch in term):
            continue
        parts.append('"' + term.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(parts) or None


def ts_query(text: str) -> str | None:
    """The same search as `fts_query`, as a PostgreSQL tsquery: words ANDed, a quoted
    phrase's words adjacent (<->), a trailing * a prefix (:*)."""
    parts = []
    for phrase, word in _TERM.findall(text):
        prefix = bool(word) and word.endswith("*")
        tokens = _WORD.findall((phrase or word).lower().replace("_", " "))
        if not tokens:
            continue
        quoted = [f"'{t}'" for t in tokens]
        if prefix:
            quoted[-1] += ":*"
        parts.append("(" + " <-> ".join(quoted) + ")")
    return " & ".join(parts) or None


@dataclass(frozen=True)
class Dialect:
    name: str

    @property
    def postgres(self) -> bool:
        return self.name == "postgresql"

    def hint(self, expr: str) -> str:
        """`expr` kept from SQLite's choice of index (unary +); PostgreSQL's planner weighs
        its statistics instead and has no such operator for text."""
        return expr if self.postgres else "+" + expr

    def unindexed(self, expr: str, numeric: bool) -> str:
        """`expr` as a value no index gives in order, for a query that should find its few
        rows through other indexes and sort them rather than walk an order's index. The
        planners misjudge that walk when the filters match few rows late in the order."""
        if not self.postgres:
            return "+" + expr
        return f"({expr} + 0)" if numeric else f"({expr} || '')"

    def nocase(self, column: str) -> str:
        """A column of `event_facets` compared without case (`citext` on PostgreSQL)."""
        return column if self.postgres else f"{column} COLLATE NOCASE"

    def nocase_equals(self, column: str) -> str:
        """`column = ?` without case, on a plain text column."""
        return f"lower({column}) = lower(?)" if self.postgres else f"{column} = ? COLLATE NOCASE"

    def text_match(self, text: str) -> tuple[str, list[object]]:
        """Condition over `event_facets AS f` for a full-text search of the evidence."""
        if self.postgres:
            tsq = ts_query(text)
            if tsq is None:
                return "1 = 0", []
            return "f.tsv @@ to_tsquery('simple', unaccent(?))", [tsq]
        match = fts_query(text)
        if match is None:
            return "1 = 0", []
        return "f.doc IN (SELECT rowid FROM event_text WHERE event_text MATCH ?)", [match]

    def text_docs(self, text: str, among: str | None = None) -> tuple[str, list[object]]:
        """One row, one value: the `event_facets` docs whose evidence matches `text`, joined
        by commas (NULL when none). One string parses far faster than a row per doc.

        `among`: comma-joined docs to look at only. PostgreSQL then intersects the text
        index with the primary key's and reads only those rows, where a common word alone
        reads hundreds of thousands; SQLite's FTS5 returns its row ids without reading the
        table, so it needs no such help and ignores it."""
        if self.postgres:
            condition, params = self.text_match(text)
            if among is not None:
                condition += " AND f.doc = ANY(string_to_array(?, ',')::bigint[])"
                params = [*params, among]
            return (
                f"SELECT string_agg(f.doc::text, ',') FROM event_facets AS f WHERE {condition}",
                params,
            )
        match = fts_query(text)
        if match is None:
            return "SELECT NULL", []
        return "SELECT group_concat(rowid) FROM event_text WHERE event_text MATCH ?", [match]

    def common_words_sql(self) -> str | None:
        """The words (as the text index holds them) of at least ? events, the commonest
        first, at most ?: the searches worth answering ahead. None on SQLite, whose FTS5
        returns even a common word's rows from the index alone, fast."""
        if not self.postgres:
            return None
        return (
            "SELECT word FROM ts_stat('SELECT tsv FROM event_facets')"
            " WHERE ndoc >= ? ORDER BY ndoc DESC, word LIMIT ?"
        )

    def search_words(self, text: str) -> tuple[str, list[object]] | None:
        """One row, one value: the search `text` as the text index reads it, words joined
        by " & " (a phrase or prefix in other notation); None where nothing is searched.
        PostgreSQL only (see `common_words_sql`)."""
        tsq = ts_query(text)
        if tsq is None:
            return None
        return "SELECT to_tsquery('simple', unaccent(?))::text", [tsq]

    def bbox(
        self, box: tuple[float, float, float, float], ordered: bool
    ) -> tuple[list[str], list[object]]:
        """Conditions for the events inside (minlon, minlat, maxlon, maxlat); a box whose
        minlon is east of its maxlon crosses the antimeridian."""
        minlon, minlat, maxlon, maxlat = (float(x) for x in box)
        if self.postgres:
            # the GiST index on the point answers this (the spatial index of the store)
            env = "f.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
            if minlon <= maxlon:
                return [env], [minlon, minlat, maxlon, maxlat]
            return [f"({env} OR {env})"], [minlon, minlat, 180.0, maxlat, -180.0, minlat, maxlon,
                                           maxlat]  # fmt: skip
        pos = "+" if ordered else ""
        if minlon <= maxlon:
            conditions = [f"{pos}f.longitude BETWEEN ? AND ?"]
        else:
            conditions = [f"({pos}f.longitude >= ? OR {pos}f.longitude <= ?)"]
        conditions.append(f"{pos}f.latitude BETWEEN ? AND ?")
        return conditions, [minlon, maxlon, minlat, maxlat]

    def grid_cell(self, column: str, offset: int) -> str:
        """The whole number of `?`-sized cells from -offset to the column's value."""
        if self.postgres:
            return f"CAST(floor(({column} + {offset}) / ?) AS BIGINT)"
        return f"CAST(({column} + {offset}) / ? AS INTEGER)"

    def drugs_sql(self, facets: str, where: str) -> str:
        """Per substance and unit, the amount seized and the number of events."""
        if self.postgres:
            return (
                "SELECT d.value ->> 'substance' AS substance, d.value ->> 'unit' AS unit,"
                " sum((d.value ->> 'amount')::float8) AS amount, count(*) AS n"
                f"{facets} CROSS JOIN LATERAL jsonb_array_elements(f.drugs::jsonb) AS d{where}"
                " GROUP BY substance, unit ORDER BY substance, unit"
            )
        return (
            "SELECT json_extract(d.value, '$.substance') AS substance,"
            " json_extract(d.value, '$.unit') AS unit,"
            " sum(json_extract(d.value, '$.amount')) AS amount,"
            f" count(*) AS n{facets}, json_each(f.drugs) AS d{where}"
            " GROUP BY substance, unit ORDER BY substance, unit"
        )

    def data_version_sql(self) -> str:
        """Two numbers that change whenever the events do, cheap to read."""
        # kept by triggers on `events` (migration 5 on PostgreSQL, 8 on SQLite)
        return "SELECT 0, n FROM event_data_version"

    def has_table_sql(self) -> str:
        if self.postgres:
            return "SELECT 1 WHERE to_regclass(?) IS NOT NULL"
        return "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"

    @property
    def no_limit(self) -> int | None:
        """The LIMIT value that means none."""
        return None if self.postgres else -1


SQLITE = Dialect("sqlite")
POSTGRES = Dialect("postgresql")

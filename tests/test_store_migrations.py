import sqlite3
from pathlib import Path

import pytest

from hito.store import MIGRATIONS, Store, apply_migrations, default_db_path, schema_version


def test_fresh_db_gets_every_migration_in_order(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "hito.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    assert schema_version(conn) == len(MIGRATIONS)
    logged = [row[0] for row in conn.execute("SELECT version FROM schema_version ORDER BY 1")]
    assert logged == list(range(1, len(MIGRATIONS) + 1))
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"reports", "sentences", "events", "event_mentions", "failures"} <= tables
    conn.close()


def test_reopen_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "hito.db"
    Store(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    assert apply_migrations(conn) == 0
    assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(MIGRATIONS)
    conn.close()
    with Store(path) as store:
        assert store.stats() == {"reports": 0, "events": 0, "failures": 0}


def test_appended_migration_applies_once(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    extended = [*MIGRATIONS, "ALTER TABLE reports ADD COLUMN outlet TEXT;"]
    assert apply_migrations(conn, MIGRATIONS) == len(MIGRATIONS)
    assert apply_migrations(conn, extended) == 1
    assert apply_migrations(conn, extended) == 0
    columns = [row[1] for row in conn.execute("PRAGMA table_info(reports)")]
    assert "outlet" in columns


def test_failed_migration_leaves_version_unchanged(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    apply_migrations(conn, MIGRATIONS)
    broken = [*MIGRATIONS, "CREATE TABLE extra (x INT); SELECT * FROM no_such_table;"]
    with pytest.raises(sqlite3.Error):
        apply_migrations(conn, broken)
    assert schema_version(conn) == len(MIGRATIONS)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "extra" not in names


def test_newer_database_is_refused(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(RuntimeError, match="newer"):
        apply_migrations(conn)


def test_wal_mode_and_foreign_keys(tmp_path: Path) -> None:
    with Store(tmp_path / "hito.db") as store:
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_memory_db_works() -> None:
    with Store(":memory:") as store:
        assert store.stats()["events"] == 0


def test_default_db_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("HITO_DB", raising=False)
    assert default_db_path() == Path("hito.db")
    monkeypatch.setenv("HITO_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"

"""`hito ingest` killed with SIGKILL at random moments, 20 times: after each kill the database
is sound, every report in it is whole, and running again finishes the job with nothing
duplicated and nothing lost.

A process that starts `hito ingest` spends ~3 s loading the gazetteer before it writes
anything, so most kills are of `hito ingest` forked from a warm process (a driver that has
loaded everything once): the same command-line entry point in a real OS process that dies
by SIGKILL, only without the start-up wait. One kill is of the real `hito` console script
started cold. The seed is printed on failure; HITO_CRASH_SEED=<n> replays a run.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

KILLS = 20
PLACES = [
    ("Tapachula", "Chiapas"),
    ("Ciudad Hidalgo", "Chiapas"),
    ("Frontera Comalapa", "Chiapas"),
    ("Comitán", "Chiapas"),
    ("Motozintla", "Chiapas"),
    ("La Mesilla", "Huehuetenango"),
    ("Tecún Umán", "San Marcos"),
    ("Malacatán", "San Marcos"),
    ("Ayutla", "San Marcos"),
    ("Nentón", "Huehuetenango"),
]
MONTHS_EN = ["January", "February", "March", "April", "May", "June"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio"]
COUNTS = ["two", "three", "four", "five", "six", "seven"]
CUENTAS = ["dos", "tres", "cuatro", "cinco", "seis", "siete"]

DRIVER = r"""
import json, os, sys, time, traceback
from hito.cli import main
from hito.ingest.build import make_report
from hito.pipeline import process

# Load the gazetteer, lexicons and language model once; every fork starts warm.
process(make_report("Soldiers arrested two armed men in Tapachula on Monday.", source="w"))
process(make_report("Soldados detuvieron a dos hombres armados en Tapachula el lunes.", source="w"))
print("ready", flush=True)
for line in sys.stdin:
    job = json.loads(line)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            fd = os.open(job["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            main(job["args"], prog_name="hito", standalone_mode=False)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    started = time.monotonic()
    status = None
    # The child stays unreaped until we kill it or it ends, so its pid cannot be reused.
    while job["kill_after"] is None or time.monotonic() - started < job["kill_after"]:
        done, status = os.waitpid(pid, os.WNOHANG if job["kill_after"] is not None else 0)
        if done:
            break
        time.sleep(0.001)
    else:
        os.kill(pid, 9)
        _, status = os.waitpid(pid, 0)
    elapsed = time.monotonic() - started
    print(json.dumps({"code": os.waitstatus_to_exitcode(status), "elapsed": elapsed}), flush=True)
"""


def _report(i: int) -> tuple[str, str]:
    """(file name, text) of the i-th generated report: small, one or two incidents each.
    Every tenth is the same incident as the one before, told in the other language, so
    that fusion has records to merge."""
    n = i - 1 if i % 10 == 9 else i
    place, region = PLACES[n % len(PLACES)]
    month, day = n % 6, 1 + n % 27
    if i % 2:
        text = (
            f"Detienen a {CUENTAS[n % 6]} hombres en {place}\n"
            f"Por Redacción Frontera | 30 de junio de 2025\n\n"
            f"Elementos del Ejército Mexicano detuvieron a {CUENTAS[n % 6]} hombres armados en "
            f"{place}, {region}, el {day} de {MONTHS_ES[month]} de 2025, informó la Fiscalía "
            f"en el informe número {i}."
        )
        return f"r{i:03d}-es.txt", text
    text = (
        f"{COUNTS[n % 6].capitalize()} men arrested in {place}\n"
        f"By Border Desk | June 30, 2025\n\n"
        f"Soldiers arrested {COUNTS[n % 6]} armed men in {place}, {region}, on "
        f"{MONTHS_EN[month]} {day}, 2025, officials said in report number {i}."
    )
    if i % 4 == 0:
        text += f" Gunmen later opened fire on police in {place}; nobody was hurt."
    return f"r{i:03d}-en.txt", text


def write_reports(folder: Path) -> int:
    """About 200 inputs: 176 text files, two JSON Lines files of ten lines (one bad line
    each), a binary file and an empty one. Returns the number of items read_paths yields."""
    folder.mkdir(parents=True)
    for i in range(176):
        name, text = _report(i)
        (folder / name).write_text(text, encoding="utf-8")
    for j, start in enumerate((200, 300)):
        lines = []
        for k in range(start, start + 10):
            _, text = _report(k)
            lines.append(json.dumps({"text": text, "published": "2025-06-30"}))
        lines[3] = json.dumps({"text": 42})
        (folder / f"wire-{j}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "scan.bin").write_bytes(b"\x00\xff" * 100)
    (folder / "blank.txt").write_text("  \n", encoding="utf-8")
    return 176 + 20 + 2


@dataclass
class Driver:
    proc: subprocess.Popen[str]
    log: Path
    ready: bool = False

    def run(self, args: list[str], kill_after: float | None) -> tuple[int, float]:
        """Fork `hito <args>`; SIGKILL it after `kill_after` s. (exit code, seconds ran);
        the code is -9 when it was killed."""
        assert self.proc.stdin and self.proc.stdout
        if not self.ready:  # warming up runs alongside whatever the test did first
            assert self.proc.stdout.readline().strip() == "ready"
            self.ready = True
        job = {"args": args, "log": str(self.log), "kill_after": kill_after}
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        result = json.loads(self.proc.stdout.readline())
        return int(result["code"]), float(result["elapsed"])


@contextmanager
def started_driver(folder: Path) -> Iterator[Driver]:
    """A warm driver process writing its log in `folder`, closed and waited for on exit."""
    script = folder / "driver.py"
    script.write_text(DRIVER, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        yield Driver(proc, folder / "hito.log")
    finally:
        if proc.stdin:
            proc.stdin.close()
        proc.wait(timeout=30)


@pytest.fixture()
def driver(tmp_path: Path) -> Iterator[Driver]:
    with started_driver(tmp_path) as started:
        yield started


# -- what a sound database looks like ------------------------------------------------------


@dataclass
class Snapshot:
    reports: dict[str, tuple[int, int]]  # content hash -> (sentences, mentions)
    mentions: set[tuple[str, int, str]]  # (content hash, position, event id)
    events: set[str]
    failures: set[tuple[str, str]]


def _migrations() -> int:
    from hito.store import MIGRATIONS

    return len(MIGRATIONS)


def check_sound(db: Path) -> Snapshot | None:
    """Assert what must hold after any kill; the data in the database, or None when the
    kill came before the schema was complete (and then there must be no data at all)."""
    if not db.exists():
        return None
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {row[0]: row[1] for row in conn.execute("SELECT name, sql FROM sqlite_master")}
        for name, sql in tables.items():
            if sql and "USING fts5" in sql:  # full-text indexes have their own check
                conn.execute(f"INSERT INTO {name}({name}) VALUES ('integrity-check')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < _migrations():
            # Each migration is one transaction: a kill leaves a whole, older schema.
            assert "reports" not in tables or not conn.execute("SELECT 1 FROM reports").fetchone()
            return None
        reports = {
            h: (s, m)
            for h, s, m in conn.execute(
                "SELECT r.content_hash,"
                " (SELECT count(*) FROM sentences s WHERE s.content_hash = r.content_hash),"
                " (SELECT count(*) FROM event_mentions m WHERE m.content_hash = r.content_hash)"
                " FROM reports r"
            )
        }
        mentions = set(conn.execute("SELECT content_hash, position, event_id FROM event_mentions"))
        events = {row[0] for row in conn.execute("SELECT event_id FROM events")}
        # No event without a report behind it, no mention without its event.
        assert events == {event_id for _, _, event_id in mentions}
        failures = set(conn.execute("SELECT source, reason FROM failures"))
        return Snapshot(reports, mentions, events, failures)
    finally:
        conn.close()


def check_subset(got: Snapshot | None, reference: Snapshot) -> int:
    """Every stored report is whole: the sentences and mentions an uninterrupted run gives
    it; every failure logged is one that run logs too. Returns the number of reports."""
    if got is None:
        return 0
    for content_hash, counts in got.reports.items():
        assert reference.reports.get(content_hash) == counts, content_hash
    assert got.failures <= reference.failures
    return len(got.reports)


def check_complete(got: Snapshot | None, reference: Snapshot) -> None:
    assert got is not None
    assert got.reports == reference.reports
    assert len(got.events) == len(reference.events)
    assert got.mentions == reference.mentions
    assert got.failures == reference.failures


# -- the test ----------------------------------------------------------------------------


def _cold_kill(db: Path, inbox: Path, log: Path, rng: random.Random) -> None:
    """Start the real console script, wait for its first stored report, kill it soon after."""
    script = Path(sys.executable).with_name("hito")
    command = (
        [str(script)]
        if script.exists()
        else [sys.executable, "-c", "import sys; from hito.cli import main; sys.exit(main())"]
    )
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [*command, "ingest", "--db", str(db), "--time-limit", "0", str(inbox)],
            stdout=out,
            stderr=out,
        )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with closing(sqlite3.connect(db, timeout=0.1)) as conn:
                        if conn.execute("SELECT count(*) FROM reports").fetchone()[0]:
                            break
                except sqlite3.Error:
                    pass  # no schema yet, or locked for a moment
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 0.5))
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)


def kill_in_rounds(
    driver: Driver,
    command: Callable[[Path], list[str]],
    tmp_path: Path,
    reference: Snapshot,
    timings: tuple[float, float],
    rng: random.Random,
    kills: int,
) -> int:
    """Run `command(db)` and SIGKILL it at random moments until KILLS kills in all, each
    round on a fresh database that is then run to the end; returns the kills.

    `timings` are the seconds of a full run and of a run that only skips what is stored.
    After each kill the database is sound and a subset of `reference`; after each round it
    equals `reference`."""
    full, skip = timings
    rounds = 0
    while kills < KILLS:
        rounds += 1
        db = tmp_path / f"crash-{rounds}.db"
        for attempt in range(100):
            stored = check_subset(check_sound(db), reference)
            done = stored / len(reference.reports)
            # The first kill of a round lands in the start (schema creation, the first
            # writes); later ones after the skipping of what is stored, in the first half
            # of what is left (so that a round has several kills in its writes).
            if attempt == 0:
                start, window = 0.0, 0.05
            else:
                start = 0.8 * skip * done
                window = skip * done + full * (1 - done) / 2 + 0.02
            code, _ = driver.run(command(db), kill_after=rng.uniform(start, window))
            if code == 0:
                break
            assert code == -signal.SIGKILL, driver.log.read_text()[-3000:]
            kills += 1
            check_subset(check_sound(db), reference)
            if kills >= KILLS:
                break
        # Re-running after the last kill finishes the job: the same as never being killed.
        code, _ = driver.run(command(db), kill_after=None)
        assert code == 0, driver.log.read_text()[-3000:]
        check_complete(check_sound(db), reference)
    return kills


def test_sigkill_at_random_moments_loses_and_duplicates_nothing(
    tmp_path: Path, driver: Driver
) -> None:
    seed = int(os.environ.get("HITO_CRASH_SEED", random.randrange(10**6)))
    print(f"HITO_CRASH_SEED={seed}")
    rng = random.Random(seed)
    inbox = tmp_path / "inbox"
    write_reports(inbox)

    def ingest(db: Path) -> list[str]:
        return ["ingest", "--db", str(db), "--time-limit", "0", str(inbox)]

    # Kill 1: the real console script, started cold (while the driver warms up).
    _cold_kill(tmp_path / "crash-1.db", inbox, driver.log, rng)
    kills = 1

    code, full = driver.run(ingest(tmp_path / "reference.db"), kill_after=None)
    assert code == 0, driver.log.read_text()
    # A run over a database that has everything: the time it takes to skip what is stored.
    code, skip = driver.run(ingest(tmp_path / "reference.db"), kill_after=None)
    assert code == 0, driver.log.read_text()
    reference = check_sound(tmp_path / "reference.db")
    assert reference is not None and len(reference.reports) >= 150 and reference.failures

    kills = kill_in_rounds(driver, ingest, tmp_path, reference, (full, skip), rng, kills)
    assert kills == KILLS

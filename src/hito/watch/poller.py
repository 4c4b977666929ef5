"""Polling sources: each on its own schedule, with conditional requests, per-source
exponential back-off on errors and a limit on requests per host. New reports go through the
whole pipeline and into the store; one log line per poll.

Restart safety: an item's id is marked seen only after its reports are stored, and a source's
ETag/Last-Modified only after all its items are handled. A crash in between means the next
poll fetches the items again; those already stored are recognised by content hash and
skipped, so nothing is lost and nothing is processed twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from hito.models import IngestFailure, Report
from hito.nlp import UnsupportedLanguage
from hito.pipeline import process
from hito.store import Store
from hito.store import watch_state as state
from hito.watch.config import Settings, SourceSpec
from hito.watch.durations import format_duration
from hito.watch.http import Fetched, FetchError, HostLimiter, conditional_get, host_of
from hito.watch.items import Item, feed_items, folder_items, json_items

log = logging.getLogger("hito.watch")


@dataclass
class PollResult:
    source: str
    status: str  # "200" (or another 2xx), "304", "folder", "error", "deferred"
    next_in: float
    new: int = 0
    known: int = 0
    failed: int = 0
    events: int = 0
    error: str | None = None
    errors: int = 0  # consecutive errors so far

    def line(self) -> str:
        nxt = format_duration(self.next_in)
        if self.status == "error":
            return f"poll {self.source} error {self.error!r} errors={self.errors} retry_in={nxt}"
        if self.status == "deferred":
            return f"poll {self.source} deferred (host limit) retry_in={nxt}"
        return (
            f"poll {self.source} {self.status} new={self.new} known={self.known}"
            f" failed={self.failed} events={self.events} next_in={nxt}"
        )


def backoff_delay(every: float, errors: int, cap: float, retry_after: float | None) -> float:
    """Wait after the `errors`-th failure in a row: every x 2^(errors-1), at most `cap`, and
    no sooner than the server's Retry-After."""
    delay = min(cap, every * 2 ** max(0, errors - 1))
    return max(delay, retry_after or 0.0)


class Poller:
    def __init__(self, store: Store, sources: tuple[SourceSpec, ...], settings: Settings) -> None:
        self.store = store
        self.sources = sources
        self.settings = settings
        self.limiter = HostLimiter(settings.per_host_per_minute)

    def due(self, now: float) -> list[SourceSpec]:
        """Sources whose next poll time has come (a new source is due at once), least
        recently polled first, so a source the host limit deferred goes before the others."""
        due = []
        for order, spec in enumerate(self.sources):
            cursor = state.source_cursor(self.store, spec.name, spec.location)
            if cursor.next_poll is None or cursor.next_poll <= now:
                due.append((cursor.last_poll or "", order, spec))
        return [spec for *_, spec in sorted(due, key=lambda d: (d[0], d[1]))]

    def next_due(self) -> float | None:
        """The earliest next poll time over all sources (None if one has never been polled)."""
        times = []
        for spec in self.sources:
            cursor = state.source_cursor(self.store, spec.name, spec.location)
            if cursor.next_poll is None:
                return None
            times.append(cursor.next_poll)
        return min(times, default=None)

    def poll_due(self, now: float) -> list[PollResult]:
        return [self.poll(spec, now) for spec in self.due(now)]

    def poll(self, spec: SourceSpec, now: float) -> PollResult:
        """Poll one source now, store what is new, and schedule its next poll."""
        cursor = state.source_cursor(self.store, spec.name, spec.location)
        if spec.kind != "folder":
            host = host_of(spec.location)
            wait = self.limiter.wait(host, now)
            if wait > 0:
                cursor.next_poll = now + wait
                state.save_source_cursor(self.store, cursor)
                return self._logged(PollResult(spec.name, "deferred", wait))
            self.limiter.record(host, now)
        try:
            status, items, fetched = self._fetch(spec, cursor)
        except FetchError as exc:
            return self._failed(spec, cursor, now, exc.reason, exc.retry_after)
        except Exception as exc:  # a parser bug on one source must not stop the others
            log.exception(f"poll {spec.name}: unexpected error")
            return self._failed(spec, cursor, now, f"unexpected {type(exc).__name__}: {exc}")
        result = PollResult(spec.name, status, spec.every)
        self._handle(spec, items, now, result)
        # Only now that every item is handled: a crash before this re-fetches them all.
        if fetched is not None and fetched.status != 304:
            cursor.etag, cursor.last_modified = fetched.etag, fetched.last_modified
        cursor.errors = 0
        cursor.next_poll = now + spec.every
        cursor.last_status = status
        cursor.last_poll = state.iso(now)
        state.save_source_cursor(self.store, cursor)
        return self._logged(result)

    def _fetch(
        self, spec: SourceSpec, cursor: state.SourceCursor
    ) -> tuple[str, list[Item], Fetched | None]:
        """(status, items, the response) of one source; FetchError when it fails."""
        if spec.kind == "folder":
            return "folder", folder_items(spec.location, spec.settle), None
        fetched = conditional_get(
            spec.location, cursor.etag, cursor.last_modified, self.settings.timeout
        )
        if fetched.status == 304:
            return "304", [], fetched
        parse = feed_items if spec.kind == "feed" else json_items
        return str(fetched.status), parse(fetched.body, spec.location), fetched

    def _failed(
        self,
        spec: SourceSpec,
        cursor: state.SourceCursor,
        now: float,
        reason: str,
        retry_after: float | None = None,
    ) -> PollResult:
        cursor.errors += 1
        delay = backoff_delay(spec.every, cursor.errors, self.settings.backoff_max, retry_after)
        cursor.next_poll = now + delay
        cursor.last_status = f"error: {reason}"
        cursor.last_poll = state.iso(now)
        state.save_source_cursor(self.store, cursor)
        return self._logged(
            PollResult(spec.name, "error", delay, error=reason, errors=cursor.errors)
        )

    def _handle(self, spec: SourceSpec, items: list[Item], now: float, result: PollResult) -> None:
        seen = state.seen_keys(self.store, spec.name, (item.key for item in items))
        state.touch_seen(self.store, spec.name, seen, now)
        for item in items:
            if item.key in seen:
                continue
            first_hash = None
            for value in item.load():
                if isinstance(value, IngestFailure):
                    self.store.record_failure(value)
                    result.failed += 1
                    continue
                first_hash = first_hash or value.content_hash
                self._store_report(spec, value, result)
            state.mark_seen(self.store, spec.name, item.key, first_hash, now)
            seen.add(item.key)

    def _store_report(self, spec: SourceSpec, report: Report, result: PollResult) -> None:
        if self.store.has_report(report.content_hash):
            result.known += 1
            return
        try:
            annotated, records = process(report, spec.language)
        except UnsupportedLanguage as exc:
            reason = exc.reason
        except Exception as exc:  # one report's bug must not stop the monitor
            reason = f"processing failed: {type(exc).__name__}: {exc}"
        else:
            # As hito.pipeline.ingest does: fusion runs in the same transaction.
            result.events += len(self.store.save_report(annotated, records, fuse=True))
            result.new += 1
            return
        where = report.url or report.source or report.content_hash[:12]
        self.store.record_failure(IngestFailure(where, reason))
        result.failed += 1

    @staticmethod
    def _logged(result: PollResult) -> PollResult:
        if result.status == "error":
            log.warning(result.line())
        else:
            log.info(result.line())
        return result

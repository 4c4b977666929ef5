"""The monitor: one `tick` polls the sources that are due, checks new events and weekly counts
against the watches, and delivers what is owed. `run` ticks until stopped.

All state lives in the database, so a new process on the same database carries on where the
last one stopped. The first run on a database takes the events already there as known:
only events created after it can alert.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from hito.store import Store
from hito.store import watch_state as state
from hito.store.rows import utc_now
from hito.store.watch_state import StoredAlert
from hito.watch.alerts import event_alert, surge_alert
from hito.watch.config import WatchConfig
from hito.watch.deliver import (
    Channel,
    DeliveryResult,
    channels_for,
    deliver_due,
    register_channels,
)
from hito.watch.poller import Poller, PollResult
from hito.watch.surge import new_surge, week_start, weekly_counts

log = logging.getLogger("hito.watch")

# Events are re-read from a little before the last one seen: another process may commit an
# event stamped a moment earlier. Re-reading is harmless, alert ids are unique.
RESCAN_S = 120
FORGET_EVERY_S = 3600.0


@dataclass
class TickResult:
    polls: list[PollResult] = field(default_factory=list)
    alerts: list[StoredAlert] = field(default_factory=list)
    delivery: DeliveryResult = field(default_factory=DeliveryResult)

    @property
    def new_reports(self) -> int:
        return sum(p.new for p in self.polls)


def _minus(stamp: str, seconds: int) -> str:
    when = dt.datetime.fromisoformat(stamp) - dt.timedelta(seconds=seconds)
    return when.isoformat(timespec="seconds")


class Watcher:
    def __init__(
        self,
        store: Store,
        config: WatchConfig,
        clock: Callable[[], float] = time.time,
        stream: TextIO | None = None,
        channels: list[Channel] | None = None,
    ) -> None:
        self.store = store
        self.config = config
        self.clock = clock
        self.poller = Poller(store, config.sources, config.settings)
        self.channels = channels if channels is not None else channels_for(config.delivery, stream)
        self._forgot_at = 0.0
        now = clock()
        register_channels(store, self.channels, now)
        # The store stamps events with its own (wall) clock, so the baseline uses it too.
        state.set_meta(store, "baseline", utc_now(), only_if_absent=True)

    # -- one tick ------------------------------------------------------------------------

    def tick(self) -> TickResult:
        now = self.clock()
        result = TickResult()
        result.polls = self.poller.poll_due(now)
        result.alerts = self.check_events(now) + self.check_surges(now)
        result.delivery = deliver_due(self.store, self.channels, now)
        if now - self._forgot_at >= FORGET_EVERY_S:
            state.forget_seen(self.store, now - self.config.settings.forget_after)
            self._forgot_at = now
        return result

    def _today(self, now: float) -> dt.date:
        return dt.datetime.fromtimestamp(now, dt.UTC).date()

    def check_events(self, now: float) -> list[StoredAlert]:
        """Event and cross-border alerts for events created or changed since the last check."""
        baseline = state.get_meta(self.store, "baseline") or utc_now()
        stamp = state.get_meta(self.store, "events_stamp") or baseline
        changed = state.events_changed_since(self.store, _minus(stamp, RESCAN_S))
        watches = [w for w in self.config.watches if w.alerts & {"event", "cross_border"}]
        today = self._today(now)
        alerts = []
        for change in changed:
            if change.created_at < baseline:
                continue  # there before the monitor started
            for watch in watches:
                if not watch.wants(change.record, today):
                    continue
                if change.record.cross_border and "cross_border" in watch.alerts:
                    kind = "cross_border"
                elif "event" in watch.alerts:
                    kind = "event"
                else:
                    continue
                if state.already_alerted(self.store, watch.name, change.event_id):
                    continue
                event = self.store.get_event(change.event_id)
                if event is None:
                    continue
                alert = event_alert(watch, event, kind, state.iso(now))
                if state.insert_alert(self.store, alert, [event.event_id]):
                    alerts.append(alert)
        if changed:
            newest = max(c.updated_at for c in changed)
            state.set_meta(self.store, "events_stamp", max(newest, stamp))
        return alerts

    def check_surges(self, now: float) -> list[StoredAlert]:
        """Surge alerts for this week and last week (late reports can still lift it)."""
        watches = [w for w in self.config.watches if "surge" in w.alerts]
        coverage = state.first_event_date(self.store) if watches else None
        if coverage is None:
            return []
        this_week = week_start(self._today(now))
        span = max(w.surge.weeks for w in watches) + 2  # weeks of history the tests need
        first = this_week - dt.timedelta(weeks=span)
        records = state.dated_records(self.store, first, this_week + dt.timedelta(days=6))
        skip = max(0, (week_start(coverage) - first).days // 7)
        alerts = []
        for watch in watches:
            counted = [(event_id, r.date) for event_id, r in records if watch.counts(r) and r.date]
            series = weekly_counts((d for _, d in counted), first, span + 1)[skip:]
            for index in (len(series) - 2, len(series) - 1):
                if index < 0:
                    continue
                test = new_surge(series, index, watch.surge)
                if test is None:
                    continue
                week = first + dt.timedelta(weeks=skip + index)
                alert_id = f"{watch.name}/surge/{week.isoformat()}"
                if state.get_alert(self.store, alert_id) is not None:
                    continue
                end = week + dt.timedelta(days=7)
                ids = [e for e, d in counted if week <= d < end]
                events = [e for e in map(self.store.get_event, reversed(ids)) if e is not None]
                alert = surge_alert(watch, week, test, events, state.iso(now))
                if state.insert_alert(self.store, alert, [e.event_id for e in events]):
                    alerts.append(alert)
        return alerts

    # -- forever -------------------------------------------------------------------------

    def run(self, stop: threading.Event | None = None, max_sleep: float = 60.0) -> None:
        """Tick, sleep until the next source is due (at most `max_sleep`), repeat until
        `stop` is set."""
        stop = stop or threading.Event()
        while not stop.is_set():
            try:
                self.tick()
            except Exception:  # a database hiccup must not end the monitor; state is safe
                log.exception("tick failed; trying again at the next one")
            next_due = self.poller.next_due()
            now = self.clock()
            wait = max_sleep if next_due is None else next_due - now
            stop.wait(min(max_sleep, max(1.0, wait)))

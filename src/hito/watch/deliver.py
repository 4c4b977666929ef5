"""Delivery channels: the terminal, a log file (JSON lines), webhooks (signed JSON POSTs).

Each (alert, channel) pair has one row in watch_deliveries: sent, waiting for a retry, or
failed for good after `max_attempts`. A channel only owes the alerts created since it was
first configured, so adding a webhook does not replay history. The Atom feed
(hito.watch.feed) is read from the alerts table and needs no delivery.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TextIO

from hito.store import Store
from hito.store import watch_state as state
from hito.store.watch_state import StoredAlert
from hito.watch.config import DeliverySpec, WebhookSpec
from hito.watch.http import post_json
from hito.watch.signing import ALERT_HEADER, KIND_HEADER, SIGNATURE_HEADER, sign

log = logging.getLogger("hito.watch")


class Channel(Protocol):
    name: str
    max_attempts: int
    backoff: float

    def send(self, alert: StoredAlert) -> None:
        """Deliver or raise."""


class TerminalChannel:
    name = "terminal"
    max_attempts = 3
    backoff = 5.0

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream

    def send(self, alert: StoredAlert) -> None:
        out = self.stream or sys.stdout
        out.write(f"ALERT [{alert.kind}] {alert.created_at} {alert.title}\n")
        for line in alert.summary.splitlines():
            out.write(f"  {line}\n")
        out.flush()


class LogFileChannel:
    name = "log"
    max_attempts = 8
    backoff = 30.0

    def __init__(self, path: Path) -> None:
        self.path = path

    def send(self, alert: StoredAlert) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(alert.payload, ensure_ascii=False, sort_keys=True) + "\n")


def webhook_body(alert: StoredAlert) -> bytes:
    return json.dumps(alert.payload, ensure_ascii=False, sort_keys=True).encode("utf-8")


class WebhookChannel:
    def __init__(self, spec: WebhookSpec) -> None:
        self.spec = spec
        self.name = spec.channel
        self.max_attempts = spec.max_attempts
        self.backoff = spec.backoff

    def send(self, alert: StoredAlert) -> None:
        body = webhook_body(alert)
        headers = {
            SIGNATURE_HEADER: sign(body, self.spec.secret),
            ALERT_HEADER: alert.alert_id,
            KIND_HEADER: alert.kind,
        }
        post_json(self.spec.url, body, headers, self.spec.timeout)


def channels_for(spec: DeliverySpec, stream: TextIO | None = None) -> list[Channel]:
    channels: list[Channel] = []
    if spec.terminal:
        channels.append(TerminalChannel(stream))
    if spec.log_file is not None:
        channels.append(LogFileChannel(spec.log_file))
    channels.extend(WebhookChannel(hook) for hook in spec.webhooks)
    return channels


@dataclass
class DeliveryResult:
    sent: int = 0
    retry: int = 0
    failed: int = 0


def retry_delay(backoff: float, attempts: int) -> float:
    """Wait after the `attempts`-th failed attempt: backoff x 2^(attempts-1), at most a day."""
    return float(min(86400.0, backoff * 2 ** max(0, attempts - 1)))


def register_channels(store: Store, channels: list[Channel], now: float) -> None:
    """Note when each channel was first configured (it owes alerts from then on)."""
    for channel in channels:
        state.set_meta(store, f"channel_since:{channel.name}", state.iso(now), only_if_absent=True)


def deliver_due(store: Store, channels: list[Channel], now: float) -> DeliveryResult:
    """Send every alert a channel owes now; failures are retried later with back-off."""
    result = DeliveryResult()
    for channel in channels:
        since = state.get_meta(store, f"channel_since:{channel.name}") or state.iso(now)
        for due in state.due_deliveries(store, channel.name, since, now):
            attempts = due.attempts + 1
            try:
                channel.send(due.alert)
            except Exception as exc:  # a channel's failure must not stop the others
                error = f"{type(exc).__name__}: {exc}"
                if attempts >= channel.max_attempts:
                    state.record_delivery(
                        store,
                        due.alert.alert_id,
                        channel.name,
                        "failed",
                        attempts,
                        now,
                        None,
                        error,
                    )
                    result.failed += 1
                    log.error(
                        f"deliver {channel.name} {due.alert.alert_id} failed for good after"
                        f" {attempts} attempts: {error}"
                    )
                else:
                    delay = retry_delay(channel.backoff, attempts)
                    state.record_delivery(
                        store,
                        due.alert.alert_id,
                        channel.name,
                        "retry",
                        attempts,
                        now,
                        now + delay,
                        error,
                    )
                    result.retry += 1
                    log.warning(
                        f"deliver {channel.name} {due.alert.alert_id} attempt {attempts}"
                        f" failed ({error}); retry in {delay:.0f}s"
                    )
            else:
                state.record_delivery(
                    store, due.alert.alert_id, channel.name, "sent", attempts, now
                )
                result.sent += 1
    return result

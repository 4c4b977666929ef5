"""The watch config (TOML): sources to poll, watches, delivery channels and settings.

See docs/monitoring.md and samples/watch.toml. Relative paths are taken from the config
file's folder.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from hito.watch.durations import ConfigError, parse_duration
from hito.watch.rules import WatchSpec, watch_from_table

SourceKind = Literal["feed", "json", "folder"]
SOURCE_KINDS: tuple[SourceKind, ...] = ("feed", "json", "folder")


@dataclass(frozen=True)
class SourceSpec:
    """One place to poll: an RSS/Atom feed URL, a JSON endpoint, or a folder of files."""

    name: str
    kind: SourceKind
    location: str  # URL, or the folder's absolute path
    every: float = 600.0
    language: str | None = None
    # A dropped file is read once it has not changed for this long (it may still be written).
    settle: float = 2.0


@dataclass(frozen=True)
class WebhookSpec:
    name: str
    url: str
    secret: str
    max_attempts: int = 8
    backoff: float = 30.0
    timeout: float = 10.0

    @property
    def channel(self) -> str:
        return f"webhook:{self.name}"


@dataclass(frozen=True)
class DeliverySpec:
    terminal: bool = True
    log_file: Path | None = None
    webhooks: tuple[WebhookSpec, ...] = ()


@dataclass(frozen=True)
class Settings:
    db: Path | None = None
    per_host_per_minute: int = 6
    backoff_max: float = 6 * 3600.0
    timeout: float = 20.0
    # Item ids a source has not shown for this long are forgotten (content hashes still dedupe).
    forget_after: float = 180 * 86400.0


@dataclass(frozen=True)
class WatchConfig:
    sources: tuple[SourceSpec, ...] = ()
    watches: tuple[WatchSpec, ...] = ()
    delivery: DeliverySpec = field(default_factory=DeliverySpec)
    settings: Settings = field(default_factory=Settings)


def _table(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table")
    return value


def _tables(value: object, where: str) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        return [value]
    if not isinstance(value, list):
        raise ConfigError(f"{where}: expected [[{where}]] tables")
    return [_table(v, f"{where}[{i}]") for i, v in enumerate(value)]


def _string(table: dict[str, Any], key: str, where: str) -> str | None:
    value = table.get(key)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ConfigError(f"{where}.{key}: expected a non-empty string")
    return value.strip() if isinstance(value, str) else None


def _path(value: str, base: Path) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


def _unknown(table: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}")


def _source(table: dict[str, Any], where: str, base: Path) -> SourceSpec:
    _unknown(table, {"name", *SOURCE_KINDS, "every", "language", "settle"}, where)
    kinds = [k for k in SOURCE_KINDS if k in table]
    if len(kinds) != 1:
        raise ConfigError(f"{where}: give exactly one of feed = URL, json = URL, folder = PATH")
    kind = kinds[0]
    location = _string(table, kind, where) or ""
    if kind == "folder":
        location = str(_path(location, base).resolve())
    elif not location.lower().startswith(("http://", "https://")):
        raise ConfigError(f"{where}.{kind}: expected an http(s) URL")
    name = _string(table, "name", where) or location
    language = _string(table, "language", where)
    if language is not None and language not in ("en", "es"):
        raise ConfigError(f"{where}.language: expected en or es")
    every = parse_duration(table.get("every", 600), f"{where}.every")
    if every < 1:
        raise ConfigError(f"{where}.every: poll at most once a second")
    return SourceSpec(
        name=name,
        kind=kind,
        location=location,
        every=every,
        language=language,
        settle=parse_duration(table.get("settle", 2), f"{where}.settle"),
    )


def _positive_int(table: dict[str, Any], key: str, default: int, where: str) -> int:
    value = table.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigError(f"{where}.{key}: expected a positive integer")
    return value


def _webhook(table: dict[str, Any], where: str, index: int) -> WebhookSpec:
    allowed = {"name", "url", "secret", "secret_env", "max_attempts", "backoff", "timeout"}
    _unknown(table, allowed, where)
    url = _string(table, "url", where)
    if not url or not url.lower().startswith(("http://", "https://")):
        raise ConfigError(f"{where}.url: expected an http(s) URL")
    secret = _string(table, "secret", where)
    secret_env = _string(table, "secret_env", where)
    if secret_env:
        secret = os.environ.get(secret_env)
        if not secret:
            raise ConfigError(f"{where}.secret_env: environment variable {secret_env} is not set")
    if not secret:
        raise ConfigError(f"{where}: a webhook needs secret_env (or secret) to sign its posts")
    return WebhookSpec(
        name=_string(table, "name", where) or f"webhook{index + 1}",
        url=url,
        secret=secret,
        max_attempts=_positive_int(table, "max_attempts", 8, where),
        backoff=parse_duration(table.get("backoff", 30), f"{where}.backoff"),
        timeout=parse_duration(table.get("timeout", 10), f"{where}.timeout"),
    )


def _delivery(table: dict[str, Any], base: Path) -> DeliverySpec:
    _unknown(table, {"terminal", "log_file", "webhook"}, "delivery")
    terminal = table.get("terminal", True)
    if not isinstance(terminal, bool):
        raise ConfigError("delivery.terminal: expected true or false")
    log_file = _string(table, "log_file", "delivery")
    hooks = [
        _webhook(t, f"delivery.webhook[{i}]", i)
        for i, t in enumerate(_tables(table.get("webhook", []), "delivery.webhook"))
    ]
    names = [h.name for h in hooks]
    if len(set(names)) != len(names):
        raise ConfigError("delivery.webhook: names must differ")
    return DeliverySpec(
        terminal=terminal,
        log_file=_path(log_file, base) if log_file else None,
        webhooks=tuple(hooks),
    )


def _settings(table: dict[str, Any], base: Path) -> Settings:
    allowed = {"db", "per_host_per_minute", "backoff_max", "timeout", "forget_after"}
    _unknown(table, allowed, "settings")
    db = _string(table, "db", "settings")
    return Settings(
        db=_path(db, base) if db else None,
        per_host_per_minute=_positive_int(table, "per_host_per_minute", 6, "settings"),
        backoff_max=parse_duration(table.get("backoff_max", "6h"), "settings.backoff_max"),
        timeout=parse_duration(table.get("timeout", 20), "settings.timeout"),
        forget_after=parse_duration(table.get("forget_after", "180d"), "settings.forget_after"),
    )


def config_from_dict(data: dict[str, Any], base: Path | None = None) -> WatchConfig:
    """A validated config from parsed TOML; ConfigError naming the first bad key."""
    base = base or Path.cwd()
    _unknown(data, {"settings", "source", "watch", "delivery"}, "config")
    sources = tuple(
        _source(t, f"source[{i}]", base)
        for i, t in enumerate(_tables(data.get("source", []), "source"))
    )
    watches = tuple(
        watch_from_table(t, f"watch[{i}]")
        for i, t in enumerate(_tables(data.get("watch", []), "watch"))
    )
    for label, names in (
        ("source", [s.name for s in sources]),
        ("watch", [w.name for w in watches]),
    ):
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ConfigError(f"{label} names must differ: {dupes[0]!r} is used twice")
    return WatchConfig(
        sources=sources,
        watches=watches,
        delivery=_delivery(_table(data.get("delivery", {}), "delivery"), base),
        settings=_settings(_table(data.get("settings", {}), "settings"), base),
    )


def load_config(path: str | Path) -> WatchConfig:
    """Read and validate a watch config file."""
    file = Path(path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: invalid TOML: {exc}") from exc
    return config_from_dict(data, file.resolve().parent)

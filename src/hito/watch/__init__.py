"""Live monitoring: poll sources, alert on watched areas, deliver alerts, weekly trends.

See docs/monitoring.md. Names are imported on first use, so that `hito.watch.feed` (mounted
by the API) does not load the pipeline.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hito.watch.area import Area, parse_area_spec
    from hito.watch.config import WatchConfig, config_from_dict, load_config
    from hito.watch.durations import ConfigError
    from hito.watch.rules import SurgeSettings, WatchSpec
    from hito.watch.surge import alert_weeks, poisson_sf, surge_test
    from hito.watch.trends import TrendTable, weekly_trends
    from hito.watch.watcher import TickResult, Watcher

_WHERE = {
    "Area": "area",
    "parse_area_spec": "area",
    "WatchConfig": "config",
    "config_from_dict": "config",
    "load_config": "config",
    "ConfigError": "durations",
    "SurgeSettings": "rules",
    "WatchSpec": "rules",
    "alert_weeks": "surge",
    "poisson_sf": "surge",
    "surge_test": "surge",
    "TrendTable": "trends",
    "weekly_trends": "trends",
    "TickResult": "watcher",
    "Watcher": "watcher",
}

__all__ = [
    "Area",
    "ConfigError",
    "SurgeSettings",
    "TickResult",
    "TrendTable",
    "WatchConfig",
    "WatchSpec",
    "Watcher",
    "alert_weeks",
    "config_from_dict",
    "load_config",
    "parse_area_spec",
    "poisson_sf",
    "surge_test",
    "weekly_trends",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'hito.watch' has no attribute {name!r}")
    return getattr(importlib.import_module(f"hito.watch.{_WHERE[name]}"), name)

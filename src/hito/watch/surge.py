"""Weekly counts and the surge test.

Method: let k be this week's count of an area's events and λ the mean weekly count of the
previous N weeks (N = 8 by default; fewer when coverage is shorter, but at least
`min_history`). Under "nothing changed", k ~ Poisson(λ). The week surges when
P(X >= k | λ) < p (0.01 by default) and k >= `min_count` (3). λ is floored at 1/(2N), half an
event over the window, so an area with no history needs `min_count` events and a tail
probability below p. An alert fires only when the rise is new: the previous week, tested
against its own N weeks, did not surge. A one-week spike and a step up each alert once.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hito.watch.rules import SurgeSettings

# ISO weeks start on Monday; ACLED's weekly files run Saturday to Friday (first_weekday=5).
MONDAY = 0


def week_start(day: dt.date, first_weekday: int = MONDAY) -> dt.date:
    """The first day of the week holding `day`."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)


def weekly_counts(dates: Iterable[dt.date], first_week: dt.date, weeks: int) -> list[int]:
    """Counts per week for `weeks` weeks from the week starting `first_week`."""
    counts = [0] * weeks
    for day in dates:
        index = (day - first_week).days // 7
        if 0 <= index < weeks:
            counts[index] += 1
    return counts


def poisson_sf(k: int, lam: float) -> float:
    """P(X >= k) for X ~ Poisson(lam), accurate in the far tail."""
    if k <= 0:
        return 1.0
    if lam <= 0:
        return 0.0

    def pmf(i: int) -> float:
        return math.exp(i * math.log(lam) - lam - math.lgamma(i + 1))

    if k <= lam:
        return max(0.0, 1.0 - math.fsum(pmf(i) for i in range(k)))
    total, i = 0.0, k
    while True:
        term = pmf(i)
        total += term
        if term < 1e-17 * total or i > k + 10_000:
            return min(1.0, total)
        i += 1


@dataclass(frozen=True)
class SurgeTest:
    count: int
    baseline: float  # mean weekly count of the history weeks
    history_weeks: int
    p_value: float
    significant: bool


def surge_test(history: Sequence[int], count: int, settings: SurgeSettings) -> SurgeTest:
    """This week's `count` against the mean of `history` (the previous weeks, oldest first;
    only the last `settings.weeks` are used)."""
    window = list(history)[-settings.weeks :] if settings.weeks else []
    if len(window) < settings.min_history:
        mean = sum(window) / len(window) if window else 0.0
        return SurgeTest(count, mean, len(window), 1.0, False)
    mean = sum(window) / len(window)
    lam = max(mean, 1.0 / (2 * len(window)))
    p_value = poisson_sf(count, lam)
    significant = count >= settings.min_count and p_value < settings.p
    return SurgeTest(count, mean, len(window), p_value, significant)


def surge_at(series: Sequence[int], index: int, settings: SurgeSettings) -> SurgeTest:
    """The test of week `index` of a series against the weeks before it."""
    return surge_test(series[:index], series[index], settings)


def new_surge(series: Sequence[int], index: int, settings: SurgeSettings) -> SurgeTest | None:
    """The test of week `index` if it surges and the week before did not; else None."""
    test = surge_at(series, index, settings)
    if not test.significant:
        return None
    if index > 0 and surge_at(series, index - 1, settings).significant:
        return None
    return test


def alert_weeks(series: Sequence[int], settings: SurgeSettings) -> list[int]:
    """Indices of the weeks of a whole series that would alert (for tests and tuning)."""
    return [i for i in range(len(series)) if new_surge(series, i, settings) is not None]

"""Which automatic backups to keep: grandfather-father-son rotation.

Kept: the newest few (a bad morning can still go back to the start of the session), then the
newest backup of each of the last 7 days that have one, of each of the last 4 ISO weeks and of
each of the last 12 months. Everything else is removed. Days, weeks and months are counted in the
local time the caller gives, so a backup at 23:30 belongs to that evening.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime, tzinfo

KEEP_NEWEST = 3
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


def _newest_per_bucket(times: list[datetime], bucket: Callable[[datetime], Hashable], count: int) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for t in times:  # newest first
        key = bucket(t)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(t)
    return kept


def backups_to_keep(times: Iterable[datetime], tz: tzinfo | None = None, *, newest: int = KEEP_NEWEST,
                    daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY) -> set[datetime]:
    """The backup times to keep among `times` (timezone-aware)."""
    ordered = sorted(set(times), reverse=True)
    local = {t: t.astimezone(tz) for t in ordered}
    keep = set(ordered[:newest])
    keep |= _newest_per_bucket(ordered, lambda t: local[t].date(), daily)
    keep |= _newest_per_bucket(ordered, lambda t: local[t].isocalendar()[:2], weekly)
    keep |= _newest_per_bucket(ordered, lambda t: (local[t].year, local[t].month), monthly)
    return keep


def backups_to_remove(times: Iterable[datetime], tz: tzinfo | None = None, **counts: int) -> set[datetime]:
    all_times = set(times)
    return all_times - backups_to_keep(all_times, tz, **counts)

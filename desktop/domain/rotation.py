"""Which backups to keep: the newest of each of the last few days, weeks and months."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date, datetime
from zoneinfo import ZoneInfo


def keep(backups: list[tuple[str, int]], zone: ZoneInfo, daily: int = 7, weekly: int = 4,
         monthly: int = 12) -> set[str]:
    """The names to keep of (name, taken at UTC ms): the newest backup of each of the
    ``daily`` most recent days that have one, likewise of ``weekly`` ISO weeks and
    ``monthly`` months. The newest backup is always kept."""
    newest_first = sorted(backups, key=lambda b: b[1], reverse=True)
    kept: set[str] = {newest_first[0][0]} if newest_first else set()

    def newest_per(period: Callable[[date], Hashable], count: int) -> None:
        seen: list[Hashable] = []
        for name, taken in newest_first:
            key = period(datetime.fromtimestamp(taken / 1000, zone).date())
            if key not in seen:
                if len(seen) == count:
                    return
                seen.append(key)
                kept.add(name)

    newest_per(lambda d: d, daily)
    newest_per(lambda d: d.isocalendar()[:2], weekly)
    newest_per(lambda d: (d.year, d.month), monthly)
    return kept

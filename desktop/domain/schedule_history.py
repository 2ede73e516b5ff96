"""The schedule as it was: figures of a past period judge each inquiry by the hours, holidays
and holiday mode in force at its time, not by today's.

A history is a list of ``(since, schedule)`` in time order, each schedule in force from
``since`` (UTC ms) until the next one's; the first is in force before its ``since`` too.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from desktop.domain.hours import OpenTime, Schedule

History = Sequence[tuple[int, Schedule]]


def schedule_as_of(history: History, t: int) -> Schedule:
    """The schedule in force at instant ``t``."""
    if not history:
        raise ValueError("an empty schedule history")
    i = bisect_right([since for since, _ in history], t) - 1
    return history[max(i, 0)][1]


class OpenTimeline:
    """Open time over a window when the schedule changed within it: like
    :class:`desktop.domain.hours.OpenTime`, each instant judged by the schedule in force
    then, and working time between two instants summed piece by piece."""

    def __init__(self, history: History, start: int, end: int) -> None:
        if not history:
            raise ValueError("an empty schedule history")
        inside = [(since, s) for since, s in history if start < since < end]
        first = schedule_as_of(history, start)
        self._since = [start, *(since for since, _ in inside)]
        schedules = [first, *(s for _, s in inside)]
        bounds = [*self._since[1:], end]
        self._pieces = [OpenTime(s, a, b) for s, a, b in zip(schedules, self._since, bounds)]
        self.zone: ZoneInfo = history[-1][1].zone

    def _piece(self, t: int) -> OpenTime:
        return self._pieces[max(bisect_right(self._since, t) - 1, 0)]

    def schedule_at(self, t: int) -> Schedule:
        return self._piece(t).schedule

    def is_open(self, t: int) -> bool:
        return self._piece(t).is_open(t)

    def in_holiday_mode(self, t: int) -> bool:
        return self._piece(t).schedule.holiday_mode.active(t)

    def business_ms(self, start: int, end: int) -> int:
        if end <= start:
            return 0
        total = 0
        cuts = [c for c in self._since[1:] if start < c < end]
        for a, b in zip([start, *cuts], [*cuts, end]):
            total += self._piece(a).business_ms(a, b)
        return total

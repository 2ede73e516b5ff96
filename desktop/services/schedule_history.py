"""The schedule in force at a past moment, from the dated history of its settings
(desktop.store.schedule_history): figures of a past period use the hours, holidays and holiday
mode of then, so switching holiday mode on today leaves last week's response rate alone."""

from __future__ import annotations

from typing import Any

from desktop.domain.hours import Schedule
from desktop.domain.schedule_history import OpenTimeline, schedule_as_of
from desktop.services import schedule, shop
from desktop.store import schedule_history as history_store
from desktop.store.db import Store


def _values_over(store: Store, start: int, end: int) -> list[tuple[int, dict[str, Any]]]:
    """The schedule's settings in force at ``start`` and from each change before ``end``, as
    (since, values). Before its first kept change a setting had its default (a setting with
    no change kept at all is taken as it stands)."""
    rows = history_store.changes(store.conn)
    kept = {key for _, key, _ in rows}
    values: dict[str, Any] = shop.all_settings(store)
    values.update({key: shop.DEFAULTS.get(key) for key in kept})
    i = 0
    while i < len(rows) and rows[i][0] <= start:
        values[rows[i][1]] = rows[i][2]
        i += 1
    out = [(start, dict(values))]
    while i < len(rows) and rows[i][0] < end:
        at = rows[i][0]
        while i < len(rows) and rows[i][0] == at:
            values[rows[i][1]] = rows[i][2]
            i += 1
        out.append((at, dict(values)))
    return out


def history(store: Store, start: int, end: int) -> list[tuple[int, Schedule]]:
    """The schedules in force over [start, end), each with the instant it took effect."""
    return [(since, schedule.schedule_of(values, since, end))
            for since, values in _values_over(store, start, end)]


def as_of(store: Store, t: int) -> Schedule:
    """The schedule that was in force at instant ``t``."""
    return schedule_as_of(history(store, t, t + 1), t)


def open_time(store: Store, start: int, end: int) -> OpenTimeline:
    """Open time over [start, end), each instant judged by the schedule in force then."""
    return OpenTimeline(history(store, start, end), start, end)

"""The dated history of the settings that say when the shop is open: each change of hours,
holidays, closed days or holiday mode kept with the moment it took effect, so figures of a
past period are worked out with what was in force then (desktop.services.schedule_history).

Rows are only ever added. Migration m014 seeds the history with the settings as they stood,
in force since the beginning (``effective_at`` 0).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.domain.ids import new_id
from desktop.store.writer import Writer

# the settings the schedule is made of
TRACKED = frozenset({
    "shop.timezone", "shop.country", "schedule.week", "schedule.holiday_switches",
    "schedule.closed_days", "schedule.open_days", "schedule.corrections",
    "schedule.holiday_mode", "schedule.closed_hours",
})


# where the shop is: the first value given (at set-up) is its place since the beginning, so
# history imported right after set-up is read in the shop's own zone
SINCE_THE_BEGINNING = frozenset({"shop.timezone", "shop.country"})


def record(w: Writer, key: str, value: Any) -> None:
    """Keep a change of a tracked setting, in force from the writer's time."""
    at = w.now
    if key in SINCE_THE_BEGINNING and w.conn.execute(
            "SELECT 1 FROM schedule_history WHERE key = ? LIMIT 1", (key,)).fetchone() is None:
        at = 0
    w.insert("schedule_history", {"id": new_id(w.now), "key": key,
                                  "value": json.dumps(value, ensure_ascii=False),
                                  "effective_at": at})


def changes(conn: sqlite3.Connection) -> list[tuple[int, str, Any]]:
    """Every kept change as (in force from, key, value), oldest first."""
    return [(at, key, json.loads(value)) for at, key, value in conn.execute(
        "SELECT effective_at, key, value FROM schedule_history ORDER BY effective_at, id")]

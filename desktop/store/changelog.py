"""The team's change log on this desktop: every write of shared data, stamped by the hybrid
logical clock in the transaction that made it, and the changes pulled from the hub."""

from __future__ import annotations

import sqlite3
from typing import Any

import orjson

from desktop.domain.hlc import Clock, Stamp

HLC_KEY = "hlc.last"


def clock(conn: sqlite3.Connection, device: str, wall: Any) -> Clock:
    row = conn.execute("SELECT value FROM local_settings WHERE key = ?", (HLC_KEY,)).fetchone()
    return Clock(device, wall, Stamp.parse(row[0]) if row else None)


def record(conn: sqlite3.Connection, hlc: Clock,
           entries: list[tuple[str, str, dict[str, Any] | None]]) -> None:
    """Log a transaction's writes (called inside it, just before it commits)."""
    rows = []
    for table, key, fields in entries:
        rows.append((hlc.now().text(), hlc.device, table, key,
                     None if fields is None else orjson.dumps(fields).decode()))
    conn.executemany("INSERT INTO change_log (stamp, origin, tbl, key, fields) "
                     "VALUES (?, ?, ?, ?, ?)", rows)
    conn.execute("INSERT INTO local_settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                 "DO UPDATE SET value = excluded.value", (HLC_KEY, hlc.last.text()))

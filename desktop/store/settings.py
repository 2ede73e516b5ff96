"""Shop settings (shared, JSON values) and per-desktop local settings."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.store import schedule_history
from desktop.store.writer import Writer


def read_all(conn: sqlite3.Connection) -> dict[str, Any]:
    return {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM settings")}


def write(w: Writer, key: str, value: Any) -> None:
    """Set a shop setting; a change of one the schedule is made of is also kept, dated, in
    its history (see desktop.store.schedule_history)."""
    encoded = json.dumps(value, ensure_ascii=False)
    if key in schedule_history.TRACKED:
        old = w.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if old is None or json.loads(old[0]) != value:
            schedule_history.record(w, key, value)
    if w.insert("settings", {"key": key, "value": encoded}, key="key", or_ignore=True) is None:
        w.update("settings", key, {"value": encoded}, key="key")


def read_local(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM local_settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def write_local(w: Writer, key: str, value: str) -> None:
    w.raw("INSERT INTO local_settings (key, value) VALUES (?, ?) "
          "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

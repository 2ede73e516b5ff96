"""Shop settings (shared, JSON values) and per-desktop local settings."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.store.writer import Writer


def read_all(conn: sqlite3.Connection) -> dict[str, Any]:
    return {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM settings")}


def write(w: Writer, key: str, value: Any) -> None:
    encoded = json.dumps(value, ensure_ascii=False)
    if w.insert("settings", {"key": key, "value": encoded}, key="key", or_ignore=True) is None:
        w.update("settings", key, {"value": encoded}, key="key")


def read_local(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM local_settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def write_local(w: Writer, key: str, value: str) -> None:
    w.raw("INSERT INTO local_settings (key, value) VALUES (?, ?) "
          "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

"""The hub's own database: the team's change log and its members (one SQLite file in the
hub's data folder). Kept behind :class:`HubStore`, so another backend (PostgreSQL) can follow
for teams that outgrow one file."""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any, Protocol

SCHEMA = """
CREATE TABLE IF NOT EXISTS changes (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,        -- the change's own id: a change pushed twice is kept once
    stamp TEXT NOT NULL,            -- hybrid logical clock, as text
    origin TEXT NOT NULL,           -- the desktop that made it
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    fields TEXT NOT NULL,           -- JSON: {field: value}
    member TEXT NOT NULL,           -- who pushed it
    received_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS members (
    name TEXT PRIMARY KEY,
    token_sha256 TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
"""
CHANGE_FIELDS = ("id", "stamp", "origin", "tbl", "key", "fields")


class HubStore(Protocol):
    def add_member(self, name: str, token: str, now: int) -> None: ...
    def revoke(self, name: str, now: int) -> bool: ...
    def member_for(self, token: str) -> str | None: ...
    def push(self, member: str, changes: list[dict[str, Any]], now: int) -> tuple[int, int]: ...
    def pull(self, since: int, limit: int) -> tuple[list[dict[str, Any]], int]: ...


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class SQLiteHubStore:
    """The change log in one SQLite file; safe to use from the server's threads."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA busy_timeout = 5000")
        self.conn.executescript(SCHEMA)
        self.lock = threading.Lock()

    def add_member(self, name: str, token: str, now: int) -> None:
        with self.lock:
            self.conn.execute("INSERT OR REPLACE INTO members (name, token_sha256, created_at) "
                              "VALUES (?, ?, ?)", (name, _digest(token), now))

    def revoke(self, name: str, now: int) -> bool:
        with self.lock:
            cur = self.conn.execute("UPDATE members SET revoked_at = ? WHERE name = ? AND "
                                    "revoked_at IS NULL", (now, name))
            return cur.rowcount == 1

    def member_for(self, token: str) -> str | None:
        """The member whose token this is, compared in constant time; None if none (or
        revoked)."""
        wanted = _digest(token)
        found = None
        with self.lock:
            rows = self.conn.execute("SELECT name, token_sha256, revoked_at FROM members")
            for name, digest, revoked in rows.fetchall():
                if hmac.compare_digest(digest, wanted) and revoked is None:
                    found = name
        return found

    def push(self, member: str, changes: list[dict[str, Any]], now: int) -> tuple[int, int]:
        """Store changes (by id, once); returns (stored, already there)."""
        rows = [(c["id"], c["stamp"], c["origin"], c["tbl"], c["key"],
                 json.dumps(c["fields"], ensure_ascii=False), member, now) for c in changes]
        with self.lock:
            before = self.conn.total_changes
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.executemany(
                    "INSERT OR IGNORE INTO changes (id, stamp, origin, tbl, key, fields, member, "
                    "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            stored = self.conn.total_changes - before
        return stored, len(rows) - stored

    def pull(self, since: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        """Changes after ``since`` (the hub's own order), at most ``limit``, and the cursor to
        ask from next."""
        with self.lock:
            rows = self.conn.execute(
                "SELECT seq, id, stamp, origin, tbl, key, fields FROM changes WHERE seq > ? "
                "ORDER BY seq LIMIT ?", (since, limit)).fetchall()
        out = [{"id": r[1], "stamp": r[2], "origin": r[3], "tbl": r[4], "key": r[5],
                "fields": json.loads(r[6])} for r in rows]
        return out, rows[-1][0] if rows else since

    def close(self) -> None:
        self.conn.close()

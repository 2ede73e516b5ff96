"""The hub's own database: the team's change log and its members (one SQLite file in the
hub's data folder). Kept behind :class:`HubStore`, so another backend (PostgreSQL) can follow
for teams that outgrow one file.

Beside the log: which member each desktop (a change's ``origin``) belongs to, the changes the
hub refused and why, the changes desktops could not apply and set aside ("held", as they
report them), and the ids the owner dropped."""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
import threading
from pathlib import Path
from typing import Any, Protocol

import orjson

from desktop.domain import protocol
from desktop.domain.protocol import CHANGE_FIELDS as CHANGE_FIELDS

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
CREATE TABLE IF NOT EXISTS origins (     -- a desktop's changes come from one member only
    origin TEXT PRIMARY KEY,
    member TEXT NOT NULL,
    first_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS refused (
    id TEXT PRIMARY KEY,
    member TEXT NOT NULL,
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS held (         -- as the desktops report them
    id TEXT NOT NULL,
    member TEXT NOT NULL,
    reason TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (id, member)
);
CREATE TABLE IF NOT EXISTS dropped (
    id TEXT PRIMARY KEY,
    at INTEGER NOT NULL
);
"""
# history rows a desktop's retention removed: the hub forgets them too (by key)
FORGETTABLE = {"messages": "sent_at"}


class HubStore(Protocol):
    def add_member(self, name: str, token: str, now: int) -> None: ...
    def revoke(self, name: str, now: int) -> bool: ...
    def member_for(self, token: str) -> str | None: ...
    def foreign_origins(self, member: str, origins: set[str], now: int) -> set[str]: ...
    def dropped(self, ids: list[str]) -> set[str]: ...
    def push(self, member: str, changes: list[dict[str, Any]], now: int) -> tuple[int, int]: ...
    def refuse(self, member: str, refusals: list[dict[str, str]], now: int) -> None: ...
    def hold(self, member: str, held: list[dict[str, str]], now: int) -> None: ...
    def pull(self, since: int, limit: int, max_bytes: int = ..., *,
             skip_origin: str | None = None,
             as_text: bool = False) -> tuple[list[dict[str, Any]], int]: ...
    def more_after(self, cursor: int) -> bool: ...
    def set_aside(self) -> list[dict[str, Any]]: ...
    def drop(self, change_id: str, now: int) -> bool: ...
    def recently_dropped(self, limit: int) -> list[str]: ...
    def forget(self, table: str, keys: list[str], before: int) -> int: ...


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
        self.conn.execute("CREATE INDEX IF NOT EXISTS changes_row ON changes (tbl, key)")
        # a hub that ran before desktops were tied to members: each desktop to the member
        # who first pushed its changes
        self.conn.execute("INSERT OR IGNORE INTO origins (origin, member, first_at) "
                          "SELECT origin, member, min(received_at) FROM changes "
                          "WHERE seq IN (SELECT min(seq) FROM changes GROUP BY origin) "
                          "GROUP BY origin")
        self.lock = threading.Lock()
        self._upgrade()

    def _upgrade(self) -> None:
        """Changes kept under an earlier protocol, as this one carries them: columns that no
        longer travel (a channel's connection settings, a conversation's state) taken out,
        changes that cannot travel at all set aside as refused, with their reason."""
        if self.conn.execute("PRAGMA user_version").fetchone()[0] >= protocol.PROTOCOL_VERSION:
            return
        self.conn.execute("BEGIN IMMEDIATE")
        last = 0
        while rows := self.conn.execute(
                "SELECT seq, id, stamp, origin, tbl, key, fields, member, received_at FROM "
                "changes WHERE seq > ? ORDER BY seq LIMIT 5000", (last,)).fetchall():
            last = rows[-1][0]
            for seq, cid, stamp, origin, table, key, fields, member, at in rows:
                values = orjson.loads(fields)
                change, why = protocol.upgraded({"id": cid, "stamp": stamp, "origin": origin,
                                                 "tbl": table, "key": key, "fields": values})
                if why is not None:
                    self.conn.execute(
                        "INSERT OR REPLACE INTO refused (id, member, tbl, key, reason, detail, "
                        "at) VALUES (?, ?, ?, ?, ?, ?, ?)", (cid, member, table, key, *why, at))
                if change is None:
                    self.conn.execute("DELETE FROM changes WHERE seq = ?", (seq,))
                elif change["fields"] is not values:
                    self.conn.execute("UPDATE changes SET fields = ? WHERE seq = ?",
                                      (orjson.dumps(change["fields"]).decode(), seq))
        self.conn.execute(f"PRAGMA user_version = {protocol.PROTOCOL_VERSION}")
        self.conn.execute("COMMIT")

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

    def foreign_origins(self, member: str, origins: set[str], now: int) -> set[str]:
        """Tie desktops seen for the first time, or last used by a member since revoked (a
        desktop joined again under another name), to ``member``; returns those tied to
        another member (their changes are not this member's to push)."""
        with self.lock:
            self.conn.executemany(
                "INSERT INTO origins (origin, member, first_at) VALUES (?1, ?2, ?3) "
                "ON CONFLICT (origin) DO UPDATE SET member = ?2, first_at = ?3 WHERE "
                "origins.member IN (SELECT name FROM members WHERE revoked_at IS NOT NULL)",
                [(o, member, now) for o in origins])
            return {o for o in origins if self.conn.execute(
                "SELECT member FROM origins WHERE origin = ?", (o,)).fetchone()[0] != member}

    def dropped(self, ids: list[str]) -> set[str]:
        """Which of these ids the owner dropped."""
        with self.lock:
            if not self.conn.execute("SELECT 1 FROM dropped LIMIT 1").fetchone():
                return set()
            return {i for i in ids if self.conn.execute(
                "SELECT 1 FROM dropped WHERE id = ?", (i,)).fetchone()}

    def push(self, member: str, changes: list[dict[str, Any]], now: int) -> tuple[int, int]:
        """Store changes (by id, once; their fields as a dict or as JSON text already);
        returns (stored, already there)."""
        rows = [(c["id"], c["stamp"], c["origin"], c["tbl"], c["key"],
                 f if isinstance(f := c["fields"], str) else orjson.dumps(f).decode(), member,
                 now) for c in changes]
        with self.lock:
            before = self.conn.total_changes
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.executemany(
                    "INSERT OR IGNORE INTO changes (id, stamp, origin, tbl, key, fields, member, "
                    "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
                stored = self.conn.total_changes - before
                if changes and self.conn.execute("SELECT 1 FROM refused LIMIT 1").fetchone():
                    # pushed again and accepted this time (after an upgrade): not refused now
                    self.conn.executemany("DELETE FROM refused WHERE id = ?",
                                          [(c["id"],) for c in changes])
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        return stored, len(rows) - stored

    def refuse(self, member: str, refusals: list[dict[str, str]], now: int) -> None:
        """Keep what was refused and why (the owner lists and drops them)."""
        with self.lock:
            self.conn.executemany(
                "INSERT OR REPLACE INTO refused (id, member, tbl, key, reason, detail, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(r["id"], member, r.get("tbl", ""), r.get("key", ""), r["reason"],
                  r.get("detail", ""), now) for r in refusals])

    def hold(self, member: str, held: list[dict[str, str]], now: int) -> None:
        """What this member's desktop sets aside now (replaces what it reported before)."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("DELETE FROM held WHERE member = ?", (member,))
            self.conn.executemany(
                "INSERT OR REPLACE INTO held (id, member, reason, at) VALUES (?, ?, ?, ?)",
                [(h["id"], member, h["reason"], now) for h in held])
            self.conn.execute("COMMIT")

    def pull(self, since: int, limit: int, max_bytes: int = 1 << 62, *,
             skip_origin: str | None = None,
             as_text: bool = False) -> tuple[list[dict[str, Any]], int]:
        """Changes after ``since`` (the hub's own order), at most ``limit`` and about
        ``max_bytes`` of them (always one), and the cursor to ask from next. The changes made
        by ``skip_origin`` (the asking desktop's own) are left out, the cursor moved past
        them; ``as_text``: the fields as the JSON text they are kept in."""
        out: list[dict[str, Any]] = []
        cursor, size, full = since, 0, False
        with self.lock:
            rows = self.conn.execute(
                "SELECT seq, id, stamp, origin, tbl, key, fields, member, "
                "length(CAST(fields AS BLOB)) + length(CAST(key AS BLOB)) FROM changes "
                "WHERE seq > ? AND origin != ? ORDER BY seq LIMIT ?",
                (since, skip_origin or "", limit))
            for seq, cid, stamp, origin, table, key, fields, member, length in rows:
                size += length + 2 * len(cid) + 200
                if out and size > max_bytes:
                    full = True
                    break
                out.append({"id": cid, "stamp": stamp, "origin": origin, "tbl": table,
                            "key": key, "fields": fields if as_text else orjson.loads(fields),
                            "member": member})
                cursor = seq
            rows.close()
            if skip_origin and not full and len(out) < limit:
                # nothing but the asker's own after the last change sent: move past them
                last = self.conn.execute("SELECT max(seq) FROM changes").fetchone()[0]
                cursor = max(cursor, last or 0)
        return out, cursor

    def more_after(self, cursor: int) -> bool:
        with self.lock:
            return self.conn.execute("SELECT 1 FROM changes WHERE seq > ? LIMIT 1",
                                     (cursor,)).fetchone() is not None

    def set_aside(self) -> list[dict[str, Any]]:
        """The changes the hub refused and those desktops hold, oldest first."""
        with self.lock:
            refused = self.conn.execute(
                "SELECT id, member, tbl, key, reason, detail, at FROM refused ORDER BY at, id")
            out = [{"id": r[0], "state": "refused", "member": r[1], "tbl": r[2], "key": r[3],
                    "reason": r[4], "detail": r[5], "at": r[6], "held_by": []}
                   for r in refused.fetchall()]
            held: dict[str, dict[str, Any]] = {}
            for cid, by, reason, at, member, table, key in self.conn.execute(
                    "SELECT h.id, h.member, h.reason, h.at, c.member, c.tbl, c.key FROM held h "
                    "LEFT JOIN changes c ON c.id = h.id ORDER BY h.at, h.id"):
                entry = held.setdefault(cid, {
                    "id": cid, "state": "held", "member": member or "", "tbl": table or "",
                    "key": key or "", "reason": reason, "detail": "", "at": at, "held_by": []})
                entry["held_by"].append(by)
        return out + list(held.values())

    def drop(self, change_id: str, now: int) -> bool:
        """Forget a change: out of the log, no longer refused or held, and refused if pushed
        again. False if the hub knows no change by that id."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            found = sum(self.conn.execute(f"DELETE FROM {t} WHERE id = ?", (change_id,)).rowcount
                        for t in ("changes", "refused", "held"))
            if found:
                self.conn.execute("INSERT OR REPLACE INTO dropped (id, at) VALUES (?, ?)",
                                  (change_id, now))
            self.conn.execute("COMMIT")
        return found > 0

    def recently_dropped(self, limit: int) -> list[str]:
        with self.lock:
            return [r[0] for r in self.conn.execute(
                "SELECT id FROM dropped ORDER BY at DESC, id LIMIT ?", (limit,))]

    def forget(self, table: str, keys: list[str], before: int) -> int:
        """Forget every change of these history rows that were written before ``before``
        (UTC ms, by the row's own time); returns how many changes went."""
        column = FORGETTABLE[table]
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            gone = sum(self.conn.execute(
                f"DELETE FROM changes WHERE tbl = ?1 AND key = ?2 AND EXISTS (SELECT 1 FROM "
                f"changes o WHERE o.tbl = ?1 AND o.key = ?2 AND "
                f"json_extract(o.fields, '$.{column}') < ?3)",
                (table, key, before)).rowcount for key in keys)
            self.conn.execute("COMMIT")
        return gone

    def close(self) -> None:
        self.conn.close()

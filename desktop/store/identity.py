"""Which row here a change from another desktop is about, and the changes set aside.

A row is known to the team by its natural key (``desktop.domain.merge.NATURAL_KEYS``): the
id another desktop gave the same real thing is an alias of the row here (``sync_alias``), and
everything that names it is read through the alias. When an edit makes two rows here the same
thing (a channel renamed to one that exists), the two become one: the row with the smaller id
stays, the other's references, history and aliases are moved to it.

A change that cannot apply is held (``sync_held``) with its reason and tried again later.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

import orjson

from desktop.domain.merge import DERIVED_TABLES, NATURAL_KEYS, REFERENCES
from desktop.domain.text import index_tokens

# Tables of this desktop alone that name shared rows: (table, column, the table named).
_LOCAL_REFERENCES = (("outbox", "message_id", "messages"),
                     ("channel_state", "channel_id", "channels"),
                     ("reminders", "conversation_id", "conversations"))
_SEARCH = {"messages": ("message_fts", "text"), "customers": ("customer_fts",
                                                               "name || ' ' || external_id")}


def canonical(conn: sqlite3.Connection, table: str, key: str) -> str:
    """The id here of the row another desktop calls ``key``."""
    row = conn.execute("SELECT canonical FROM sync_alias WHERE tbl = ? AND key = ?",
                       (table, key)).fetchone()
    return row[0] if row else key


def canonical_many(conn: sqlite3.Connection, table: str, keys: list[str]
                   ) -> dict[tuple[str, str], str]:
    """:func:`canonical` of many keys of a table: (table, key) -> the id here."""
    out = {(table, k): k for k in keys}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        out.update(((table, k), c) for k, c in conn.execute(
            "SELECT key, canonical FROM sync_alias WHERE tbl = ? AND key IN "
            f"({', '.join('?' * len(chunk))})", (table, *chunk)))
    return out


def add_alias(conn: sqlite3.Connection, table: str, key: str, to: str) -> None:
    conn.execute("INSERT INTO sync_alias (tbl, key, canonical) VALUES (?, ?, ?) "
                 "ON CONFLICT (tbl, key) DO UPDATE SET canonical = excluded.canonical",
                 (table, key, to))


def content_source(conn: sqlite3.Connection, table: str, key: str) -> str:
    """The id whose version a history row here holds: the smallest of its own and its
    aliases' (two versions of one message keep the same one everywhere)."""
    row = conn.execute("SELECT min(key) FROM sync_alias WHERE tbl = ? AND canonical = ?",
                       (table, key)).fetchone()
    return min(key, row[0]) if row and row[0] else key


def exists(conn: sqlite3.Connection, table: str, key: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (key,)).fetchone() is not None


def find(conn: sqlite3.Connection, table: str, natural: tuple[Any, ...]) -> str | None:
    """The id of the row here with this natural key, if any."""
    names = NATURAL_KEYS[table]
    row = conn.execute(f"SELECT id FROM {table} WHERE " +
                       " AND ".join(f"{n} = ?" for n in names), natural).fetchone()
    return row[0] if row else None


def find_messages(conn: sqlite3.Connection, naturals: list[tuple[str, str]]
                  ) -> dict[tuple[str, str], str]:
    """:func:`find` of many messages: (channel, platform id) -> the id here, for those
    here."""
    by_channel: dict[str, list[str]] = {}
    for channel, ext in naturals:
        by_channel.setdefault(channel, []).append(ext)
    out: dict[tuple[str, str], str] = {}
    for channel, ids in by_channel.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            out.update(((channel, ext), key) for key, ext in conn.execute(
                "SELECT id, external_id FROM messages WHERE channel_id = ? AND external_id "
                f"IN ({', '.join('?' * len(chunk))})", (channel, *chunk)))
    return out


def find_events(conn: sqlite3.Connection, conversations: list[str]
                ) -> dict[tuple[str, str, int, str], str]:
    """The events here of these conversations: their natural keys (conversation, kind, time,
    data) -> the id here."""
    out: dict[tuple[str, str, int, str], str] = {}
    for start in range(0, len(conversations), 500):
        chunk = conversations[start:start + 500]
        out.update(((c, k, at, d), key) for key, c, k, at, d in conn.execute(
            "SELECT id, conversation_id, kind, at, data FROM conversation_events WHERE "
            f"conversation_id IN ({', '.join('?' * len(chunk))})", chunk))
    return out


def merge_rows(conn: sqlite3.Connection, table: str, src: str, dst: str) -> None:
    """Make ``src`` and ``dst`` (two rows of one real thing) one row, ``dst``: rows naming
    ``src`` name ``dst`` (children that become the same thing are merged in turn), its
    history is ``dst``'s, and ``src`` is an alias of ``dst``. Local only: every desktop that
    meets the two does the same."""
    for child, refs in REFERENCES.items():
        for column, parent in refs.items():
            if parent != table:
                continue
            if child in DERIVED_TABLES:  # folded again afterwards
                conn.execute(f"DELETE FROM {child} WHERE {column} = ?", (src,))
                continue
            natural = NATURAL_KEYS.get(child, ())
            if column in natural:
                others = [n for n in natural if n != column]
                pairs = conn.execute(
                    f"SELECT s.id, d.id FROM {child} s JOIN {child} d ON " +
                    " AND ".join([f"s.{n} = d.{n}" for n in others] or ["1"]) +
                    f" WHERE s.{column} = ? AND d.{column} = ?", (src, dst)).fetchall()
                for child_src, child_dst in pairs:
                    merge_rows(conn, child, child_src, child_dst)
            conn.execute(f"UPDATE {child} SET {column} = ? WHERE {column} = ?", (dst, src))
    for local, column, parent in _LOCAL_REFERENCES:
        if parent == table:
            conn.execute(f"UPDATE OR IGNORE {local} SET {column} = ? WHERE {column} = ?",
                         (dst, src))
            conn.execute(f"DELETE FROM {local} WHERE {column} = ?", (src,))
    if table == "conversations":
        conn.execute("DELETE FROM metric_digests WHERE conversation_id IN (?, ?)", (src, dst))
    if table == "agents":
        conn.execute("UPDATE local_settings SET value = ? WHERE key = 'me' AND value = ?",
                     (dst, src))
    conn.execute("UPDATE change_log SET key = ? WHERE tbl = ? AND key = ?", (dst, table, src))
    conn.execute("UPDATE sync_alias SET canonical = ? WHERE tbl = ? AND canonical = ?",
                 (dst, table, src))
    add_alias(conn, table, src, dst)
    _unindex(conn, table, src)
    conn.execute(f"DELETE FROM {table} WHERE id = ?", (src,))


def take_history_id(conn: sqlite3.Connection, table: str, src: str, dst: str,
                    values: dict[str, Any], device: str, origin: str) -> bool:
    """Joining: this desktop's own history row ``src``, never sent, holding just what the
    team's row ``dst`` holds (``values``), becomes that row: it takes its id, as if it had
    come from the team, and ``src`` is forgotten (no other desktop ever heard of it). False
    (nothing done) when the row is not this desktop's, the two differ in anything, or another
    id names ``src``."""
    same = [(column, value) for column, value in values.items() if column != "id"]
    taken = conn.execute(
        f"UPDATE {table} SET id = ?, device = ? WHERE id = ? AND device = ? AND NOT EXISTS "
        "(SELECT 1 FROM sync_alias WHERE tbl = ? AND canonical = ?)"
        + "".join(f" AND {column} IS ?" for column, _v in same),
        (dst, origin, src, device, table, src, *(v for _c, v in same))).rowcount
    if not taken:
        return False
    for local, column, parent in _LOCAL_REFERENCES:
        if parent == table:
            conn.execute(f"UPDATE {local} SET {column} = ? WHERE {column} = ?", (dst, src))
    return True


def _unindex(conn: sqlite3.Connection, table: str, key: str) -> None:
    search = _SEARCH.get(table)
    if search is None:
        return
    row = conn.execute(f"SELECT seq, {search[1]} FROM {table} WHERE id = ?", (key,)).fetchone()
    if row:
        conn.execute(f"INSERT INTO {search[0]} ({search[0]}, rowid, body) "
                     "VALUES ('delete', ?, ?)", (row[0], index_tokens(row[1] or "")))


def take_over_channels(conn: sqlite3.Connection, old: str, new: str, now: int) -> None:
    """The channels device ``old`` received are received by device ``new`` (this desktop,
    restored), from ``now``: what was queued before waits for confirmation."""
    for channel_id, config in conn.execute("SELECT id, config FROM channels").fetchall():
        values = orjson.loads(config or "{}")
        if values.get("receiver_device") == old:
            values.update(receiver_device=new, taken_over_at=now)
            conn.execute("UPDATE channels SET config = ? WHERE id = ?",
                         (orjson.dumps(values).decode(), channel_id))


def hold(conn: sqlite3.Connection, change: dict[str, Any], reason: str, *,
         outgoing: bool = False) -> None:
    """Set a change aside with the reason it could not apply (again: one more try); an
    ``outgoing`` one is this desktop's own that could not be sent."""
    conn.execute("INSERT INTO sync_held (stamp, change, reason, held_at, outgoing) "
                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (stamp) DO UPDATE SET "
                 "reason = excluded.reason, tries = tries + 1",
                 (change["id"], orjson.dumps(change).decode(), reason,
                  int(time.time() * 1000), int(outgoing)))


def release(conn: sqlite3.Connection, stamp: str) -> None:
    conn.execute("DELETE FROM sync_held WHERE stamp = ? AND NOT outgoing", (stamp,))


def forget_held(conn: sqlite3.Connection, stamp: str) -> None:
    """A change set aside, this desktop's or the team's, that the owner dropped at the hub."""
    conn.execute("DELETE FROM sync_held WHERE stamp = ?", (stamp,))


def held_ids(conn: sqlite3.Connection) -> set[str]:
    return {s for (s,) in conn.execute("SELECT stamp FROM sync_held WHERE NOT outgoing")}


def held_changes(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The changes from other desktops held here, in the order they came."""
    return [orjson.loads(c) for (c,) in conn.execute(
        "SELECT change FROM sync_held WHERE NOT outgoing ORDER BY held_at, stamp")]


def held_list(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every change set aside: its id, table, reason and whether it is this desktop's own."""
    return [{"id": stamp, "tbl": orjson.loads(change)["tbl"], "reason": reason,
             "outgoing": bool(out), "tries": tries}
            for stamp, change, reason, out, tries in conn.execute(
                "SELECT stamp, change, reason, outgoing, tries FROM sync_held "
                "ORDER BY held_at, stamp")]


def held_summary(conn: sqlite3.Connection) -> dict[str, Any]:
    """How many changes are set aside and why (each reason with its count)."""
    rows = conn.execute("SELECT reason, count(*) FROM sync_held GROUP BY reason "
                        "ORDER BY count(*) DESC, reason").fetchall()
    return {"count": sum(n for _r, n in rows),
            "reasons": [{"reason": r, "count": n} for r, n in rows]}

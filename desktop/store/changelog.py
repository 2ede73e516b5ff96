"""The team's change log on this desktop: every write of shared data, stamped by the hybrid
logical clock in the transaction that made it, and the changes pulled from the hub."""

from __future__ import annotations

import sqlite3
from typing import Any

import orjson

from desktop.domain import protocol
from desktop.domain.hlc import Clock, Stamp
from desktop.domain.merge import DELETED
from desktop.domain.text import index_tokens
from desktop.store.writer import (
    AS_STORED,
    AS_STORED_TEXT,
    IMMUTABLE_TABLES,
    KEY_SEPARATOR,
    LOCAL_COLUMNS,
    TABLE_KEYS,
    Run,
    fields_text,
    insert_rows,
    runs_of,
)
from desktop.store.writer import RUN_LIMIT as RUN_LIMIT  # the change log's run length

HLC_KEY = "hlc.last"


def clock(conn: sqlite3.Connection, device: str, wall: Any) -> Clock:
    row = conn.execute("SELECT value FROM local_settings WHERE key = ?", (HLC_KEY,)).fetchone()
    return Clock(device, wall, Stamp.parse(row[0]) if row else None)


ROWS = "@rows"


def record(conn: sqlite3.Connection, hlc: Clock,
           entries: list[tuple[str, str, dict[str, Any] | str | Run | None]]) -> None:
    """Log a transaction's writes (called inside it, just before it commits); fields may
    come as JSON text already (see ``Writer.freeze``).

    Every change gets its own stamp, one block of them. A run of history rows (see
    ``writer.Run``) is one entry holding its first stamp, the count and the keys, which
    :func:`unpushed` turns back into one change each with exactly the stamp it would have
    had if logged alone.
    """
    device = hlc.device
    sizes = [len(f) if type(f) is Run else 1 for _, _, f in entries]
    stamps = hlc.block(sum(sizes)).texts(sizes)
    rows: list[tuple[str, str, str, str, str | None, int, int]] = []
    for (table, key, fields), n, stamp in zip(entries, sizes, stamps, strict=True):
        if n > 1:
            text = orjson.dumps({ROWS: fields}).decode()
        else:
            text = AS_STORED_TEXT if type(fields) is Run else fields_text(fields)  # type: ignore[arg-type]
        rows.append((stamp, device, table, key, text, n, _stays(table, key, fields)))
    insert_rows(conn, "change_log", ("stamp", "origin", "tbl", "key", "fields", "n", "pushed"),
                rows)
    conn.execute("INSERT INTO local_settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                 "DO UPDATE SET value = excluded.value", (HLC_KEY, hlc.last.text()))


def _stays(table: str, key: str, fields: Any) -> int:
    """1 when nothing of the change will leave this desktop (``protocol.stays_here``): it is
    logged as sent already, so it is never counted as waiting nor read by a push."""
    if type(fields) is Run or table in IMMUTABLE_TABLES:
        return 0
    if isinstance(fields, str):
        fields = orjson.loads(fields)
    return int(protocol.stays_here(table, key, fields))


def size(conn: sqlite3.Connection) -> int:
    """How many changes the log holds (a run of history rows counts each row)."""
    return conn.execute("SELECT coalesce(sum(n), 0) FROM change_log").fetchone()[0]


def stored_row(conn: sqlite3.Connection, table: str, key: str) -> dict[str, Any] | None:
    """A row as it is stored (its shared columns), found by its change-log key."""
    columns = TABLE_KEYS.get(table, ("id",))
    values = key.split(KEY_SEPARATOR)
    cursor = conn.execute(f"SELECT * FROM {table} WHERE " +
                          " AND ".join(f"{c} = ?" for c in columns), values)
    row = cursor.fetchone()
    if row is None:
        return None
    names = [d[0] for d in cursor.description]
    return {n: v for n, v in zip(names, row, strict=True) if n not in LOCAL_COLUMNS}


def stored_rows(conn: sqlite3.Connection, table: str, keys: list[str]
                ) -> dict[str, dict[str, Any]]:
    """:func:`stored_row` of many rows of a table keyed by ``id``, a few hundred a query."""
    if TABLE_KEYS.get(table, ("id",)) != ("id",):
        return {k: row for k in keys if (row := stored_row(conn, table, k)) is not None}
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        cursor = conn.execute(f"SELECT * FROM {table} WHERE id IN "
                              f"({', '.join('?' * len(chunk))})", chunk)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            values = {n: v for n, v in zip(names, row, strict=True) if n not in LOCAL_COLUMNS}
            out[values["id"]] = values
    return out


def unpushed(conn: sqlite3.Connection, limit: int, after: int = 0) -> list[dict[str, Any]]:
    """This desktop's changes not yet at the hub (logged after ``after``, a ``seq``), oldest
    first, at most ``limit`` of them (whole change-log rows: a run that would not fit waits
    for the next page, unless it is the first); rows logged by name (messages, events)
    travel as stored."""
    out: list[dict[str, Any]] = []
    cursor = conn.execute(
        "SELECT seq, stamp, origin, tbl, key, fields, n FROM change_log INDEXED BY "
        "change_log_unpushed WHERE pushed = 0 AND seq > ? ORDER BY seq", (after,))
    for seq, stamp, origin, table, key, fields, n in cursor:
        if out and len(out) + n > limit:
            break
        values = None if fields is None else orjson.loads(fields)
        if n > 1 or values == AS_STORED:  # rows logged by name (a run: one change each,
            # each with its own stamp from the block); a row removed here since (retention)
            # goes as {}: the others keep theirs
            names = values[ROWS] if n > 1 else [key]  # type: ignore[index]
            rows = stored_rows(conn, table, names)
            for name, text in zip(names, Stamp.parse(stamp).texts([1] * len(names)),
                                  strict=True):
                out.append({"seq": seq, "id": text, "stamp": text, "origin": origin,
                            "tbl": table, "key": name, "fields": rows.get(name) or {}})
            continue
        out.append({"seq": seq, "id": stamp, "stamp": stamp, "origin": origin, "tbl": table,
                    "key": key, "fields": values if values is not None else {DELETED: True}})
    cursor.close()
    return out


def withdraw_shared_settings(conn: sqlite3.Connection, device: str) -> list[str]:
    """This desktop's changes to settings the team already has, never sent: withdrawn (the
    team's values stay). Returns the settings' keys."""
    keys = [k for (k,) in conn.execute(
        "SELECT DISTINCT key FROM change_log WHERE tbl = 'settings' AND origin != ? "
        "AND key IN (SELECT key FROM change_log WHERE tbl = 'settings' AND origin = ? "
        "AND pushed = 0)", (device, device))]
    conn.executemany("DELETE FROM change_log WHERE tbl = 'settings' AND key = ? AND "
                     "origin = ? AND pushed = 0", [(k, device) for k in keys])
    return keys


def withdraw_gone_history(conn: sqlite3.Connection, device: str) -> int:
    """This desktop's history rows logged but not sent that are no longer here under that id
    (joining, they took the team's ids; or retention removed them): out of the log, as there
    is nothing of them to send. Returns how many."""
    gone = 0
    for table in sorted(IMMUTABLE_TABLES):
        for seq, key, fields, n in conn.execute(
                "SELECT seq, key, fields, n FROM change_log INDEXED BY change_log_unpushed "
                "WHERE pushed = 0 AND origin = ? AND tbl = ?", (device, table)).fetchall():
            if n == 1 and fields != AS_STORED_TEXT:
                continue
            names = orjson.loads(fields)[ROWS] if n > 1 else [key]
            here = {k for (k,) in conn.execute(  # a run has at most RUN_LIMIT rows
                f"SELECT id FROM {table} WHERE id IN ({', '.join('?' * len(names))})", names)}
            kept = [k for k in names if k in here]
            gone += len(names) - len(kept)
            if not kept:
                conn.execute("DELETE FROM change_log WHERE seq = ?", (seq,))
            elif len(kept) < len(names):  # the run's first stamps serve the rows kept
                conn.execute("UPDATE change_log SET key = ?, n = ?, fields = ? WHERE seq = ?",
                             (kept[0], len(kept), AS_STORED_TEXT if len(kept) == 1 else
                              orjson.dumps({ROWS: kept}).decode(), seq))
    return gone


def mark_pushed(conn: sqlite3.Connection, up_to_seq: int) -> None:
    conn.execute("UPDATE change_log SET pushed = 1 WHERE pushed = 0 AND seq <= ?",
                 (up_to_seq,))


def unpushed_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(sum(n), 0) FROM change_log INDEXED BY "
                        "change_log_unpushed WHERE pushed = 0").fetchone()[0]


def add_remote(conn: sqlite3.Connection, change: dict[str, Any]) -> bool:
    """Keep a change pulled from the hub (never pushed back); False if it was here already."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO change_log (stamp, origin, tbl, key, fields, pushed) "
        "VALUES (?, ?, ?, ?, ?, 1)",
        (change["stamp"], change["origin"], change["tbl"], change["key"],
         orjson.dumps(change["fields"]).decode()))
    return cur.rowcount == 1


def add_remote_history(conn: sqlite3.Connection, changes: list[dict[str, Any]]) -> None:
    """:func:`add_remote` for many changes to history rows (messages, events) at once, those
    here already skipped. Each is logged by the row it names: the row holds what it says
    (written once), so the log keeps no second copy of every message that came."""
    insert_rows(conn, "change_log", ("stamp", "origin", "tbl", "key", "fields", "pushed"),
                [(c["stamp"], c["origin"], c["tbl"], c["key"],
                  AS_STORED_TEXT if c["fields"] else orjson.dumps(c["fields"]).decode(), 1)
                 for c in changes], ignore=True)


def insert_history(conn: sqlite3.Connection, table: str, values: dict[str, Any], stamp: str,
                   origin: str) -> None:
    """A history row new here (a message with its search entry, an event), as it came."""
    row = {**values, "updated_at": int(stamp.split("-", 1)[0]), "device": origin}
    cursor = conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES "
                          f"({', '.join('?' * len(row))})", tuple(row.values()))
    if table == "messages":
        conn.execute("INSERT INTO message_fts (rowid, body) VALUES (?, ?)",
                     (cursor.lastrowid, index_tokens(values.get("text") or "")))


_KEPT_HERE = frozenset({"id", "delivery", "payload"})  # a message's own and its sending's


def rewrite_history(conn: sqlite3.Connection, table: str, key: str,
                    values: dict[str, Any]) -> bool:
    """Make a history row hold another desktop's version of it (what it says, when, by whom),
    its search entry too; its id and its delivery stay. False if it held that already."""
    old = stored_row(conn, table, key)
    if old is None:
        return False
    changed = {c: v for c, v in values.items() if c not in _KEPT_HERE and old.get(c) != v}
    if not changed:
        return False
    search = table == "messages" and "text" in changed
    if search:
        _unindex(conn, table, key, "message_fts")
    conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in changed)} WHERE id = ?",
                 (*changed.values(), key))
    if search:
        _index(conn, table, key, "message_fts")
    return True


def history(conn: sqlite3.Connection, table: str, key: str) -> list[tuple[str, dict | None]]:
    """(stamp, fields) of every change to a row, oldest first (None fields: deleted)."""
    return [(stamp, None if fields is None else orjson.loads(fields)) for stamp, fields in
            conn.execute("SELECT stamp, fields FROM change_log WHERE tbl = ? AND key = ? "
                         "ORDER BY stamp", (table, key))]


def write_row(conn: sqlite3.Connection, table: str, key: str, values: dict[str, Any] | None,
              stamp: str, origin: str) -> str:
    """Make a row what the merge says (inserted, updated or deleted), search index included;
    not logged again (the change that caused it is in the log already). Returns what was
    done: "added", "changed", "deleted", or "" when the row was so already (left as it is: a
    look costs less than a write)."""
    columns = TABLE_KEYS.get(table, ("id",))
    search = {"messages": "message_fts", "customers": "customer_fts"}.get(table)
    old = stored_row(conn, table, key)
    if values is None:
        if old is None:
            return ""
        if search:
            _unindex(conn, table, key, search)
        conn.execute(f"DELETE FROM {table} WHERE " +
                     " AND ".join(f"{c} = ?" for c in columns), key.split(KEY_SEPARATOR))
        return "deleted"
    if old is not None and (table in IMMUTABLE_TABLES  # written once: the first version stays
                            or all(old.get(n, _ABSENT) == v for n, v in values.items())):
        return ""
    wall = int(stamp.split("-", 1)[0])
    row = {**values, "updated_at": wall, "device": origin}
    names = list(row)
    updates = ", ".join(f"{n} = excluded.{n}" for n in names if n not in columns)
    if search and old is not None:
        _unindex(conn, table, key, search)
    conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES "
                 f"({', '.join('?' * len(names))}) ON CONFLICT ({', '.join(columns)}) DO "
                 + (f"UPDATE SET {updates}" if updates else "NOTHING"),
                 [row[n] for n in names])
    if search:
        _index(conn, table, key, search)
    return "added" if old is None else "changed"


_ABSENT = object()
_RANK = "CASE {} WHEN 'sent' THEN 3 WHEN 'failed' THEN 2 WHEN 'queued' THEN 1 ELSE 0 END"


def advance_delivery(conn: sqlite3.Connection, message_id: str, delivery: str | None,
                     payload: str | None) -> bool:
    """A message's delivery moves one way only (queued, then failed, then sent: sent wins,
    whatever order the desktops' news comes in); a message another desktop sent or gave up
    on leaves this desktop's outbox. True if it moved."""
    if delivery not in ("queued", "failed", "sent"):
        return False
    moved = conn.execute(
        "UPDATE messages SET delivery = ?, payload = CASE WHEN ? = 'sent' THEN "
        "coalesce(?, payload) ELSE payload END WHERE id = ? AND "
        f"{_RANK.format('delivery')} < {_RANK.format('?')}",
        (delivery, delivery, payload, message_id, delivery)).rowcount == 1
    if moved and delivery != "queued":
        conn.execute("DELETE FROM outbox WHERE message_id = ?", (message_id,))
    return moved


def _search_text(conn: sqlite3.Connection, table: str, key: str) -> tuple[int, str] | None:
    if table == "messages":
        row = conn.execute("SELECT seq, text FROM messages WHERE id = ?", (key,)).fetchone()
    else:
        row = conn.execute("SELECT seq, name || ' ' || external_id FROM customers WHERE id = ?",
                           (key,)).fetchone()
    return (row[0], row[1] or "") if row else None


def _index(conn: sqlite3.Connection, table: str, key: str, search: str) -> None:
    found = _search_text(conn, table, key)
    if found:
        conn.execute(f"INSERT INTO {search} (rowid, body) VALUES (?, ?)",
                     (found[0], index_tokens(found[1])))


def _unindex(conn: sqlite3.Connection, table: str, key: str, search: str) -> None:
    found = _search_text(conn, table, key)
    if found:
        conn.execute(f"INSERT INTO {search} ({search}, rowid, body) VALUES ('delete', ?, ?)",
                     (found[0], index_tokens(found[1])))


def claimed_by(conn: sqlite3.Connection, conversation_id: str, device: str,
               agent_id: str) -> bool:
    """Whether this desktop assigned the conversation to that agent (its own change)."""
    for (fields,) in conn.execute(
            "SELECT fields FROM change_log WHERE tbl = 'conversations' AND key = ? "
            "AND origin = ? AND fields LIKE '%assignee_id%' ORDER BY stamp DESC LIMIT 1",
            (conversation_id, device)):
        return bool(fields) and orjson.loads(fields).get("assignee_id") == agent_id
    return False


def observe(conn: sqlite3.Connection, device: str, wall: Any, stamps: list[str]) -> None:
    """Move this desktop's clock past stamps from other desktops (so its next change sorts
    after everything it has seen)."""
    if not stamps:
        return
    hlc = clock(conn, device, wall)
    hlc.seen(Stamp.parse(max(stamps)))  # fixed-width texts (``hlc``): they sort as stamps do
    conn.execute("INSERT INTO local_settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                 "DO UPDATE SET value = excluded.value", (HLC_KEY, hlc.last.text()))


def backfill(conn: sqlite3.Connection, hlc: Clock, tables: list[str]) -> int:
    """Log the rows written before the change log existed (a shop older than team sync), so
    joining a team brings the whole shop. Returns how many rows were logged."""
    total = 0
    for table in tables:
        columns = TABLE_KEYS.get(table, ("id",))
        key_sql = " || char(31) || ".join(f"CAST(t.{c} AS TEXT)" for c in columns)
        in_runs = ""
        if table in IMMUTABLE_TABLES:  # rows logged within a run are named in its fields
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS logged_in_runs "
                         "(key TEXT PRIMARY KEY) WITHOUT ROWID")
            conn.execute("DELETE FROM temp.logged_in_runs")
            conn.execute("INSERT OR IGNORE INTO temp.logged_in_runs SELECT j.value FROM "
                         "change_log l, json_each(l.fields, '$.\"@rows\"') j "
                         "WHERE l.tbl = ? AND l.n > 1", (table,))
            in_runs = f" AND {key_sql} NOT IN (SELECT key FROM temp.logged_in_runs)"
        cursor = conn.execute(
            f"SELECT {key_sql} AS change_key, t.* FROM {table} t WHERE NOT EXISTS "
            f"(SELECT 1 FROM change_log l WHERE l.tbl = ? AND l.key = {key_sql}){in_runs}",
            (table,))
        names = [d[0] for d in cursor.description][1:]
        entries: list[tuple[str, str, dict[str, Any] | Run | None]] = []
        history: list[str] = []
        for row in cursor:
            total += 1
            if table in IMMUTABLE_TABLES:
                history.append(row[0])
            else:
                entries.append((table, row[0], {n: v for n, v in zip(names, row[1:], strict=True)
                                                if n not in LOCAL_COLUMNS}))
        entries += [(table, run[0], run) for run in runs_of(history)]
        for at in range(0, len(entries), 5_000):
            record(conn, hlc, entries[at : at + 5_000])
    return total

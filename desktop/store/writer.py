"""The one path every write of shared data goes through.

Each row the writer inserts or updates is stamped with the time and this
desktop's id, and the writer remembers what changed so the caller can tell the
views (and, later, so team sync can record it in its change log without
touching every table again).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import orjson

from desktop.store.bulk_rows import ROWS_OF_JSON, json_rows, statement
from desktop.store.bulk_rows import insert_rows as insert_rows  # for the change log

# Tables holding data the whole team shares. Rows carry updated_at + device.
SHARED_TABLES = frozenset({
    "settings", "channels", "customers", "agents", "conversations", "conversation_tags",
    "messages", "conversation_events", "customer_notes", "audit_log", "templates", "rules",
    "guard_words", "kb_articles", "kb_versions", "kb_offers", "schedule_history", "orders",
    "translations", "after_sales", "platform_figures", "shop_scores",
})


# A row's identity in the team's change log: its primary key (several columns joined).
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "settings": ("key",), "conversation_tags": ("conversation_id", "tag"),
    "kb_offers": ("article_id", "text"), "kb_versions": ("article_id", "version"),
    "guard_words": ("word",), "orders": ("channel_id", "order_id"), "translations": ("key",),
    "after_sales": ("channel_id", "request_id"), "platform_figures": ("source", "day", "agent"),
    "shop_scores": ("channel_id", "day"),
}
KEY_SEPARATOR = "\x1f"
# Columns each desktop keeps for itself (row numbers for the search index, the write stamp).
LOCAL_COLUMNS = frozenset({"seq", "updated_at", "device"})
# Rows never changed once written: the change log names them, the row itself travels when the
# change is pushed (so a history import does not store every message twice).
IMMUTABLE_TABLES = frozenset({"messages", "conversation_events"})
AS_STORED: dict[str, Any] = {"@row": True}
# The longest run of such rows one change-log entry stands for (see ``Run``).
RUN_LIMIT = 500


class Run(list[str]):
    """Keys of history rows of one table, all logged as stored: the change log keeps them
    as one entry (its first stamp, the count and the keys) instead of one entry each — an
    import writes them by the million."""


def runs_of(keys: list[str]) -> list[Run]:
    """History rows' keys, in order, cut into runs of at most ``RUN_LIMIT``."""
    return [Run(keys[i:i + RUN_LIMIT]) for i in range(0, len(keys), RUN_LIMIT)]


# The order deferred inserts are written in: a row's parents before it.
_BY_ID = "@by_id"
INSERT_ORDER = ("channels", "agents", "customers", "conversations", "messages",
                "conversation_events", "conversation_tags")


def shared_fields(row: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``row`` without the columns each desktop keeps for itself."""
    fields = row.copy()  # copied and trimmed in C: cheaper than filtering every item
    for column in LOCAL_COLUMNS:
        fields.pop(column, None)
    return fields


def row_key(table: str, row: dict[str, Any]) -> str:
    return KEY_SEPARATOR.join(str(row[k]) for k in TABLE_KEYS.get(table, ("id",)))


@dataclass
class Changes:
    """What a transaction changed: table name -> ids of the rows touched."""

    tables: dict[str, set[str]] = field(default_factory=dict)

    def add(self, table: str, key: str) -> None:
        ids = self.tables.get(table)
        if ids is None:
            ids = self.tables[table] = set()
        ids.add(key)

    def ids(self, table: str) -> set[str]:
        return self.tables.get(table, set())

    def __bool__(self) -> bool:
        return any(self.tables.values())


class Writer:
    """Stamped inserts and updates inside one open transaction.

    A deferring writer (see :meth:`deferring`) keeps the writes instead of making them and
    makes them all in :meth:`flush`, a few statements per table: each hands SQLite a whole
    batch as one JSON array, so the statement runs without Python in the loop — and without
    holding Python's interpreter lock, which lets an import read its next lines meanwhile.
    Kept writes return no row number; a deferring caller must not need one.
    """

    def __init__(self, conn: sqlite3.Connection, device_id: str, clock: Callable[[], int]):
        self.conn = conn
        self.device_id = device_id
        self.now = clock()
        self.changes = Changes()
        self.committed = False
        # what the team's change log records at commit: (table, row key, fields; None:
        # deleted; str: as JSON); history rows are kept apart, by key, logged in runs (see
        # ``entries``)
        self.log: list[tuple[str, str, dict[str, Any] | str | None]] = []
        self.history: dict[str, list[str]] = {}
        self._told: dict[str, int] = {}  # history keys already in ``changes``, by table
        self._log_frozen = 0  # entries of ``log`` whose fields are JSON already
        self._sql: dict[tuple, str] = {}
        self.deferred = False
        self.added: dict[str, int] = {}  # rows each table's kept inserts added, all flushes
        self._inserts: dict[tuple[str, tuple[str, ...], bool], list[Sequence[Any]]] = {}
        self._slots: dict[tuple[str, tuple[str, ...], bool],
                          tuple[list[Sequence[Any]], list[str] | None, tuple[Any, ...]]] = {}
        self._updates: dict[tuple[str, str], dict[Any, dict[str, Any]]] = {}
        self._later: list[tuple[str, Any, bool]] = []  # (sql, params, many) in order
        # statements ready to run: (table counted or None, sql, JSON array or rows)
        self._ready: list[tuple[str | None, str, Any]] = []

    @contextmanager
    def deferring(self) -> Iterator[Writer]:
        """Keep the writes made inside the block and make them when it ends."""
        outer = self.deferred
        self.deferred = True
        try:
            yield self
            if not outer:
                self.flush()
        finally:
            self.deferred = outer

    def freeze(self) -> None:
        """Turn the kept writes into ready statements (their JSON made now, on the calling
        thread), so :meth:`flush` only has to run them; the change log's fields too."""
        rank = {t: i for i, t in enumerate(INSERT_ORDER)}
        for (table, columns, or_ignore), rows in sorted(
                self._inserts.items(), key=lambda kv: rank.get(kv[0][0], len(rank))):
            if columns[0] == _BY_ID:  # a search index: row numbers looked up by id
                seq = f"(SELECT seq FROM {columns[1]} WHERE id = "
                self._ready.append((None, *statement(
                    f"INSERT INTO {table} (rowid, body)",
                    (f"{seq}?), ?", f"{seq}value ->> 0), value ->> 1"), rows)))
                continue
            verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
            self._ready.append((table, *statement(
                f"{verb} INTO {table} ({', '.join(columns)})",
                (", ".join("?" * len(columns)),
                 ", ".join(f"value ->> {i}" for i in range(len(columns)))), rows)))
        for (table, key), keyed in self._updates.items():
            grouped: dict[tuple[str, ...], list[list[Any]]] = {}
            for key_value, fields in keyed.items():
                grouped.setdefault(tuple(fields), []).append([key_value, *fields.values()])
            for columns, params in grouped.items():
                data = json_rows(params)
                if data is None:
                    self._ready.append((None, f"UPDATE {table} SET "
                                        f"{', '.join(f'{c} = ?' for c in columns)} "
                                        f"WHERE {key} = ?", [[*p[1:], p[0]] for p in params]))
                else:
                    sets = ", ".join(f"{c} = j.value ->> {i + 1}" for i, c in enumerate(columns))
                    self._ready.append((None, f"{ROWS_OF_JSON} UPDATE {table} SET {sets} FROM "
                                        f"rows AS j WHERE {table}.{key} = j.value ->> 0", data))
        for sql, params, many in self._later:
            self._ready.append((None, sql, [params] if not many else params))
        self._inserts.clear()
        self._slots.clear()
        self._updates.clear()
        self._later.clear()
        done = self._log_frozen  # entries made JSON by an earlier freeze stay as they are
        if done < len(self.log):
            self.log[done:] = [(t, k, fields_text(f)) for t, k, f in self.log[done:]]
            self._log_frozen = len(self.log)
        for table, keys in self.history.items():  # the kept history rows, told at once
            told = self._told.get(table, 0)
            if told < len(keys):
                self.changes.tables.setdefault(table, set()).update(keys[told:])
                self._told[table] = len(keys)

    def flush(self) -> dict[str, int]:
        """Make the kept writes: inserts (parents first), updates, then the rest in order.
        Returns how many rows each table's inserts added (ignored duplicates not counted)."""
        self.freeze()
        added: dict[str, int] = {}
        for table, sql, params in self._ready:
            if isinstance(params, bytes):  # one statement over the JSON array
                count = self.conn.execute(sql, (params,)).rowcount
            else:
                before = self.conn.total_changes
                self.conn.executemany(sql, params)
                count = self.conn.total_changes - before
            if table is not None:
                added[table] = added.get(table, 0) + count
        self._ready.clear()
        for table, count in added.items():
            self.added[table] = self.added.get(table, 0) + count
        return added

    def _stamped(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        """Add the stamp columns to ``row`` in place (callers pass a fresh dict)."""
        if table in SHARED_TABLES:
            if "updated_at" not in row:
                row["updated_at"] = self.now
            row["device"] = self.device_id
        return row

    def _insert_sql(self, table: str, columns: Sequence[str], or_ignore: bool) -> str:
        key = (table, tuple(columns), or_ignore)
        sql = self._sql.get(key)
        if sql is None:
            verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
            sql = (f"{verb} INTO {table} ({', '.join(columns)}) "
                   f"VALUES ({', '.join('?' * len(columns))})")
            self._sql[key] = sql
        return sql

    def insert(self, table: str, row: dict[str, Any], *, key: str = "id",
               or_ignore: bool = False) -> int | None:
        """Insert one row and return its rowid; ``None`` when ``or_ignore`` skipped it.

        ``row`` is stamped in place: pass a dict built for this call.
        """
        row = self._stamped(table, row)
        if self.deferred:
            self._inserts.setdefault((table, tuple(row), or_ignore), []).append(
                tuple(row.values()))
            if key in row:
                self.changes.add(table, str(row[key]))
            self._log(table, row)
            return None
        cur = self.conn.execute(self._insert_sql(table, tuple(row), or_ignore),
                                tuple(row.values()))
        if cur.rowcount == 0:
            return None
        if key in row:
            self.changes.add(table, str(row[key]))
        self._log(table, row)
        return cur.lastrowid

    def upsert(self, table: str, row: dict[str, Any]) -> None:
        """Insert one row, or replace the fields of the row with its key (``TABLE_KEYS``):
        a row the outside world names (an order) said again. Not while deferring."""
        if self.deferred:
            raise RuntimeError("upsert is not deferred")
        row = self._stamped(table, row)
        keys = TABLE_KEYS.get(table, ("id",))
        sets = ", ".join(f"{c} = excluded.{c}" for c in row if c not in keys)
        self.conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES "
                          f"({', '.join('?' * len(row))}) ON CONFLICT ({', '.join(keys)}) "
                          f"DO UPDATE SET {sets}", tuple(row.values()))
        self.changes.add(table, row_key(table, row))
        self._log(table, row)

    def _log(self, table: str, row: dict[str, Any]) -> None:
        if table in IMMUTABLE_TABLES:
            self._log_as_stored(table, row_key(table, row))
        elif table in SHARED_TABLES:
            self.log.append((table, row_key(table, row),
                             shared_fields(row)))

    def _log_as_stored(self, table: str, key: str) -> None:
        """Log a history row by name (the runs are cut in :meth:`entries`)."""
        self.history.setdefault(table, []).append(key)

    def entries(self) -> list[tuple[str, str, dict[str, Any] | str | Run | None]]:
        """What the change log records: the log in order, then the runs of history rows.
        Those come last because nothing refers to them, and they refer to rows logged
        before them (a message to its conversation), so a desktop applying the changes in
        stamp order always has a row's parents first."""
        return [*self.log, *((t, run[0], run) for t, keys in self.history.items()
                             for run in runs_of(keys))]

    def insert_values(self, table: str, columns: tuple[str, ...], values: tuple[Any, ...], *,
                      or_ignore: bool = False) -> int | None:
        """Fast path of :meth:`insert` for hot loops: fixed columns, values as a tuple.

        ``columns`` must not include the stamp columns; the first column is the key.
        """
        stamped = table in SHARED_TABLES
        if self.deferred:
            slot = self._slots.get((table, columns, or_ignore))
            if slot is None:
                slot = self._slot(table, columns, or_ignore)
            slot[0].append(values + slot[2])
            if slot[1] is not None:  # a history row: logged by name (the key is the first
                # column) and added to ``changes`` by freeze, all at once (an import's millions)
                slot[1].append(values[0])
            else:
                self.changes.add(table, values[0])
                self._log(table, dict(zip(columns, values, strict=True)))
            return None
        sql = self._insert_sql(table, columns + (("updated_at", "device") if stamped else ()),
                               or_ignore)
        cur = self.conn.execute(sql, values + ((self.now, self.device_id) if stamped else ()))
        if cur.rowcount == 0:
            return None
        self.changes.add(table, values[0])
        self._log(table, dict(zip(columns, values, strict=True)))
        return cur.lastrowid

    def _slot(self, table: str, columns: tuple[str, ...], or_ignore: bool
              ) -> tuple[list[Sequence[Any]], list[str] | None, tuple[Any, ...]]:
        """Where :meth:`insert_values` keeps rows of one shape while deferring: the kept
        inserts' list, the history keys' list (None: not a history table) and the stamp
        values the rows end with; looked up once per shape, not once per row."""
        stamped = table in SHARED_TABLES
        all_columns = columns + (("updated_at", "device") if stamped else ())
        slot = (self._inserts.setdefault((table, all_columns, or_ignore), []),
                self.history.setdefault(table, []) if table in IMMUTABLE_TABLES else None,
                (self.now, self.device_id) if stamped else ())
        self._slots[(table, columns, or_ignore)] = slot
        return slot

    def update(self, table: str, key_value: str, fields: dict[str, Any], *,
               key: str = "id") -> None:
        """Update some fields of one row by its key."""
        self.update_many(table, [(key_value, fields)], key=key)

    def update_many(self, table: str, rows: Iterable[tuple[str, dict[str, Any]]], *,
                    key: str = "id") -> None:
        """Update rows by key; rows with the same set of fields share one statement."""
        grouped: dict[tuple[str, ...], list[list[Any]]] = {}
        for key_value, fields in rows:
            if table in SHARED_TABLES:
                self.log.append((table, str(key_value),
                                 shared_fields(fields)))
            fields = self._stamped(table, dict(fields))
            self.changes.add(table, str(key_value))
            if self.deferred:  # one update per row: later fields win, as they would have
                kept = self._updates.setdefault((table, key), {})
                kept[key_value] = {**kept.get(key_value, {}), **fields}
                continue
            grouped.setdefault(tuple(fields), []).append([*fields.values(), key_value])
        for columns, params in grouped.items():
            sets = ", ".join(f"{c} = ?" for c in columns)
            self.conn.executemany(f"UPDATE {table} SET {sets} WHERE {key} = ?", params)

    def delete(self, table: str, where: str, params: Sequence[Any],
               ids: Iterable[str] = (), keys: Iterable[str] | None = None) -> None:
        """Delete rows (``where`` is a fixed SQL fragment from the store, never user text).
        ``ids`` tell the views what changed; ``keys`` are the deleted rows' keys (see
        :func:`row_key`) when they are not the ids, for the team's change log."""
        if self.deferred:
            self._later.append((f"DELETE FROM {table} WHERE {where}", list(params), False))
        else:
            self.conn.execute(f"DELETE FROM {table} WHERE {where}", list(params))
        ids = list(ids)
        for i in ids:
            self.changes.add(table, str(i))
        if table in SHARED_TABLES:
            self.log += [(table, str(k), None) for k in (ids if keys is None else keys)]

    def raw(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor | None:
        """Statements on local, derived tables (the search index) that need no stamp; kept
        (no cursor) while deferring."""
        if self.deferred:
            self._later.append((sql, list(params), False))
            return None
        return self.conn.execute(sql, params)

    def raw_many(self, sql: str, params: Iterable[Sequence[Any]]) -> None:
        if self.deferred:
            self._later.append((sql, list(params), True))
        else:
            self.conn.executemany(sql, params)

    def index_by_id(self, search: str, table: str, rows: list[tuple[str, str]]) -> None:
        """Add (row id, indexed text) pairs to a search index whose row numbers are the
        table's ``seq`` (looked up by id when written, so it works while deferring)."""
        if not rows:
            return
        if self.deferred:
            self._inserts.setdefault((search, (_BY_ID, table), False), []).extend(rows)
            return
        self.conn.executemany(f"INSERT INTO {search} (rowid, body) VALUES "
                              f"((SELECT seq FROM {table} WHERE id = ?), ?)", rows)


AS_STORED_TEXT = orjson.dumps(AS_STORED).decode()


def fields_text(fields: dict[str, Any] | str | None) -> str | None:
    """A change-log entry's fields as stored (JSON text; None: the row was deleted)."""
    return fields if fields is None or isinstance(fields, str) else orjson.dumps(fields).decode()

"""The one path every write of shared data goes through.

Each row the writer inserts or updates is stamped with the time and this
desktop's id, and the writer remembers what changed so the caller can tell the
views (and, later, so team sync can record it in its change log without
touching every table again).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# Tables holding data the whole team shares. Rows carry updated_at + device.
SHARED_TABLES = frozenset({
    "settings", "channels", "customers", "agents", "conversations", "conversation_tags",
    "messages", "conversation_events", "customer_notes", "audit_log", "templates", "rules",
    "guard_words", "kb_articles", "kb_versions", "kb_offers",
})


# A row's identity in the team's change log: its primary key (several columns joined).
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "settings": ("key",), "conversation_tags": ("conversation_id", "tag"),
    "kb_offers": ("article_id", "text"), "kb_versions": ("article_id", "version"),
    "guard_words": ("word",),
}
KEY_SEPARATOR = "\x1f"
# Columns each desktop keeps for itself (row numbers for the search index, the write stamp).
LOCAL_COLUMNS = frozenset({"seq", "updated_at", "device"})
# Rows never changed once written: the change log names them, the row itself travels when the
# change is pushed (so a history import does not store every message twice).
IMMUTABLE_TABLES = frozenset({"messages", "conversation_events"})
AS_STORED: dict[str, Any] = {"@row": True}


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
    """Stamped inserts and updates inside one open transaction."""

    def __init__(self, conn: sqlite3.Connection, device_id: str, clock: Callable[[], int]):
        self.conn = conn
        self.device_id = device_id
        self.now = clock()
        self.changes = Changes()
        self.committed = False
        # what the team's change log records at commit: (table, row key, fields; None: deleted)
        self.log: list[tuple[str, str, dict[str, Any] | None]] = []
        self._sql: dict[tuple, str] = {}

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
        cur = self.conn.execute(self._insert_sql(table, tuple(row), or_ignore),
                                tuple(row.values()))
        if cur.rowcount == 0:
            return None
        if key in row:
            self.changes.add(table, str(row[key]))
        self._log(table, row)
        return cur.lastrowid

    def _log(self, table: str, row: dict[str, Any]) -> None:
        if table in IMMUTABLE_TABLES:
            self.log.append((table, row_key(table, row), AS_STORED))
        elif table in SHARED_TABLES:
            self.log.append((table, row_key(table, row),
                             {k: v for k, v in row.items() if k not in LOCAL_COLUMNS}))

    def insert_values(self, table: str, columns: tuple[str, ...], values: tuple[Any, ...], *,
                      or_ignore: bool = False) -> int | None:
        """Fast path of :meth:`insert` for hot loops: fixed columns, values as a tuple.

        ``columns`` must not include the stamp columns; the first column is the key.
        """
        stamped = table in SHARED_TABLES
        sql = self._insert_sql(table, columns + (("updated_at", "device") if stamped else ()),
                               or_ignore)
        cur = self.conn.execute(sql, values + ((self.now, self.device_id) if stamped else ()))
        if cur.rowcount == 0:
            return None
        self.changes.add(table, values[0])
        self._log(table, dict(zip(columns, values, strict=True)))
        return cur.lastrowid

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
                                 {k: v for k, v in fields.items() if k not in LOCAL_COLUMNS}))
            fields = self._stamped(table, dict(fields))
            grouped.setdefault(tuple(fields), []).append([*fields.values(), key_value])
            self.changes.add(table, str(key_value))
        for columns, params in grouped.items():
            sets = ", ".join(f"{c} = ?" for c in columns)
            self.conn.executemany(f"UPDATE {table} SET {sets} WHERE {key} = ?", params)

    def delete(self, table: str, where: str, params: Sequence[Any],
               ids: Iterable[str] = (), keys: Iterable[str] | None = None) -> None:
        """Delete rows (``where`` is a fixed SQL fragment from the store, never user text).
        ``ids`` tell the views what changed; ``keys`` are the deleted rows' keys (see
        :func:`row_key`) when they are not the ids, for the team's change log."""
        self.conn.execute(f"DELETE FROM {table} WHERE {where}", list(params))
        ids = list(ids)
        for i in ids:
            self.changes.add(table, str(i))
        if table in SHARED_TABLES:
            self.log += [(table, str(k), None) for k in (ids if keys is None else keys)]

    def raw(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Statements on local, derived tables (the search index) that need no stamp."""
        return self.conn.execute(sql, params)

    def raw_many(self, sql: str, params: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, params)

"""Savepoints: a part of a transaction that can be undone on its own (sync applies a page of
changes at once, and falls back to one change at a time when one cannot apply)."""

from __future__ import annotations

import sqlite3


def begin(conn: sqlite3.Connection, name: str) -> None:
    conn.execute(f"SAVEPOINT {name}")


def undo(conn: sqlite3.Connection, name: str) -> None:
    """Everything since ``begin(name)`` undone, and the savepoint ended."""
    conn.execute(f"ROLLBACK TO {name}")
    conn.execute(f"RELEASE {name}")


def keep(conn: sqlite3.Connection, name: str) -> None:
    """What was done since ``begin(name)`` kept as part of the enclosing transaction."""
    conn.execute(f"RELEASE {name}")

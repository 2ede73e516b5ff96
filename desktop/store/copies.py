"""Whole-database copies with SQLite's online backup API: backups, checks, restores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store import migrations
from desktop.store.errors import StorageError, StorageProblem, classify


def _storage(exc: sqlite3.Error) -> StorageError:
    return classify(exc) or StorageError(StorageProblem.UNAVAILABLE, str(exc))


def copy_to(conn: sqlite3.Connection, dest: Path) -> None:
    """Copy the live database into ``dest`` in one step (``pages=-1``: a step-wise copy of a
    database being written may start over for ever)."""
    try:
        target = sqlite3.connect(dest)
        try:
            conn.backup(target, pages=-1)
            target.execute("PRAGMA journal_mode = DELETE")  # a self-contained single file
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise _storage(exc) from exc


class NotAShop(Exception):
    """The file is not a ShopDesk database this version can use; the reason says why."""


def check(path: Path) -> int:
    """Open ``path`` read-only and make sure it is a sound ShopDesk database this version can
    read; returns its schema version. Raises :class:`NotAShop` with the reason otherwise."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotAShop(f"cannot open it: {exc}") from exc
    try:
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                                 "WHERE type = 'table'")}
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise NotAShop(f"not a database: {exc}") from exc
        if not {"messages", "conversations", "local_settings"} <= tables:
            raise NotAShop("not a ShopDesk database")
        if version > migrations.latest_version():
            raise NotAShop(f"made by a newer ShopDesk (schema {version}; this one reads up to "
                           f"{migrations.latest_version()})")
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise NotAShop(f"damaged: {result}")
        return version
    finally:
        conn.close()


def restore_into(source: Path, conn: sqlite3.Connection) -> None:
    """Replace the live database's content with ``source``'s (other connections see the new
    content; the file stays where it is, WAL and all)."""
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            src.backup(conn, pages=-1)
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise _storage(exc) from exc

"""Forward-only, numbered schema migrations (sqlite-utils ``Migrations``).

A migration is never edited once released; a change is a new function. The
schema version (``PRAGMA user_version``) is the number of migrations applied,
so an older ShopDesk can tell it was handed a newer database and refuse it.

The migrations live in one module per group, imported here in order (the order is the
schema's history: never reorder). A new migration is a new function at the end of the last
group module, named ``mNNN_<what>``.

Conventions: ids are ULID text; times are INTEGER UTC epoch milliseconds;
``external_id`` is the id a platform (or an imported file) knows a row by;
shared rows carry ``updated_at`` and ``device`` stamped by the writer.
"""

from __future__ import annotations

import sqlite3

from desktop.store.migrations import (  # noqa: F401 - importing registers, in this order
    v1_core,
    v2_automation,
    v3_team,
    v4_orders,
    v5_platforms,
)
from desktop.store.migrations.registry import MIGRATIONS, NO_WAIT

__all__ = ["MIGRATIONS", "NO_WAIT", "latest_version", "migration_names", "upgrade"]


def latest_version() -> int:
    return len(MIGRATIONS.functions)


def migration_names() -> list[str]:
    return [options.get("name") or fn.__name__ for fn, options in MIGRATIONS.functions]


def upgrade(conn: sqlite3.Connection, *, stop_before: str | None = None) -> int:
    """Apply pending migrations; returns the new schema version."""
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    applier = MIGRATIONS.applier()
    applier.apply(db, stop_before=stop_before)
    version = len(applier.applied(db))
    conn.execute(f"PRAGMA user_version = {version:d}")
    return version

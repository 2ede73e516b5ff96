"""The change log the team syncs by, schedule history, outbox claims and sync identity
(m011–m018)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.store.migrations.registry import MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils

@MIGRATIONS()
def m011_change_log(db: sqlite_utils.Database) -> None:
    # Every write of shared data, stamped with the hybrid logical clock, for team sync
    # (desktop/store/changelog.py). Changes from other desktops are kept here too.
    db.executescript("""
    CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY,
        stamp TEXT NOT NULL UNIQUE,    -- the change's id too: stamps are unique per desktop
        origin TEXT NOT NULL,          -- the desktop that made it
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        fields TEXT,                   -- JSON {field: value}; NULL: the row was deleted
        pushed INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX change_log_row ON change_log (tbl, key);
    CREATE INDEX change_log_unpushed ON change_log (seq) WHERE pushed = 0;
    """)


@MIGRATIONS()
def m012_change_log_runs(db: sqlite_utils.Database) -> None:
    # A run of history rows written together (an import's messages) is logged as one row
    # standing for ``n`` changes: its first stamp, and the rows' keys in ``fields``
    # ({"@rows": [...]}); the others' stamps follow the first (desktop/domain/hlc.py).
    db.executescript("ALTER TABLE change_log ADD COLUMN n INTEGER NOT NULL DEFAULT 1;")


@MIGRATIONS()
def m013_job_run_summary(db: sqlite_utils.Database) -> None:
    # What a run did as figures (JSON, e.g. {"raised": 2, "sent": 1}), so the window words
    # it in the user's language; ``detail`` stays the log's line.
    db.executescript("ALTER TABLE job_runs ADD COLUMN summary TEXT NOT NULL DEFAULT '{}';")


@MIGRATIONS()
def m014_schedule_history(db: sqlite_utils.Database) -> None:
    # The dated history of hours, holidays and holiday mode (desktop/store/schedule_history.py):
    # figures of a past period use what was in force then. Seeded with the settings as they
    # stand, in force since the beginning; a key the shop never set is its default until set.
    db.executescript("""
    CREATE TABLE schedule_history (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL,             -- the setting, e.g. schedule.week
        value TEXT NOT NULL,           -- JSON, as in settings
        effective_at INTEGER NOT NULL, -- in force from (UTC ms)
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL
    );
    CREATE INDEX schedule_history_at ON schedule_history (effective_at);
    """)
    tracked = ("shop.timezone", "shop.country", "schedule.week", "schedule.holiday_switches",
               "schedule.closed_days", "schedule.open_days", "schedule.corrections",
               "schedule.holiday_mode", "schedule.closed_hours")
    # the same id on every desktop, so two desktops' seeds of one setting are one row
    db.execute(
        "INSERT OR IGNORE INTO schedule_history (id, key, value, effective_at, updated_at, "
        f"device) SELECT 'seed ' || key, key, value, 0, updated_at, device FROM settings "
        f"WHERE key IN ({', '.join('?' * len(tracked))})", tracked)


@MIGRATIONS()
def m015_outbox_claims(db: sqlite_utils.Database) -> None:
    # A sender (the app's send round, `shopdesk outbox send`, a second window) claims a message
    # before sending it: who, and until when. A claim whose time is up (its sender crashed)
    # may be taken by another. Local, like the rest of the outbox.
    db.executescript("""
    ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
    ALTER TABLE outbox ADD COLUMN claim_until INTEGER;
    """)


@MIGRATIONS()
def m016_agent_active(db: sqlite_utils.Database) -> None:
    # An agent who has left is deactivated, not deleted: their name stays on the
    # conversations and figures they worked on, and they are offered nothing new.
    db.executescript("ALTER TABLE agents ADD COLUMN active INTEGER NOT NULL DEFAULT 1;")


@MIGRATIONS()
def m017_sync_identity(db: sqlite_utils.Database) -> None:
    # Team sync knows a row by what the outside world calls it (desktop/domain/merge.py,
    # NATURAL_KEYS): a row another desktop created under its own id for the same real thing
    # is an alias of the row here (its references are moved to it when its changes apply).
    # A change that cannot apply is held, with its reason, and tried again on every sync.
    db.executescript("""
    CREATE TABLE sync_alias (
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,             -- the id another desktop gave the row
        canonical TEXT NOT NULL,       -- the row's id here
        PRIMARY KEY (tbl, key)
    ) WITHOUT ROWID;
    CREATE INDEX sync_alias_canonical ON sync_alias (tbl, canonical, key);
    CREATE TABLE sync_held (
        stamp TEXT PRIMARY KEY,        -- the change's id
        change TEXT NOT NULL,          -- JSON, as it came from the hub
        reason TEXT NOT NULL,
        held_at INTEGER NOT NULL,
        tries INTEGER NOT NULL DEFAULT 1,
        outgoing INTEGER NOT NULL DEFAULT 0  -- 1: this desktop's, the hub refused it
    ) WITHOUT ROWID;
    """)


@MIGRATIONS()
def m018_outbox_confirmation(db: sqlite_utils.Database) -> None:
    # A desktop that takes a channel over asks before sending the replies queued before it
    # did (another desktop may have sent them): confirmed = 1 once a person said to send.
    db.executescript("ALTER TABLE outbox ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0;")

"""After-sales requests and the platforms' own figures (m021–m023). A new migration goes at
the end of the last group module (or a new one, imported last in ``__init__``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.store.migrations.registry import MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils


@MIGRATIONS()
def m021_after_sales(db: sqlite_utils.Database) -> None:
    # After-sales requests (desktop/store/aftersales.py) known by what the platform says:
    # (channel, request id), tied to their order; the platform's deadline for the shop's next
    # step. Kept by the desktop that fetches the channel (the platform is the record).
    db.executescript("""
    CREATE TABLE after_sales (
        channel_id TEXT NOT NULL REFERENCES channels(id),
        request_id TEXT NOT NULL,        -- the platform's after-sales id
        order_id TEXT NOT NULL,
        customer_id TEXT,                -- the shop's customer, when known
        buyer_id TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,              -- normalised (desktop/domain/aftersales.py)
        stage TEXT NOT NULL,             -- normalised
        platform_status TEXT NOT NULL,   -- as the platform says it
        amount TEXT NOT NULL,            -- decimal, in yuan / dollars
        currency TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        deadline INTEGER,                -- the platform's, for the next step
        created_at INTEGER NOT NULL,
        handled_at INTEGER,              -- first seen out of the shop's hands
        late INTEGER NOT NULL DEFAULT 0, -- and that was after the deadline it had then
        fetched_at INTEGER NOT NULL,
        PRIMARY KEY (channel_id, request_id)
    );
    CREATE INDEX after_sales_open ON after_sales (stage, deadline);
    CREATE INDEX after_sales_order ON after_sales (channel_id, order_id);
    CREATE TABLE after_sales_fetch (
        channel_id TEXT PRIMARY KEY REFERENCES channels(id),
        next_at INTEGER NOT NULL DEFAULT 0,
        last_ok_at INTEGER,
        last_error TEXT NOT NULL DEFAULT '',
        failures INTEGER NOT NULL DEFAULT 0
    );
    """)


@MIGRATIONS()
def m022_platform_figures(db: sqlite_utils.Database) -> None:
    # The platforms' own figures of the shop's service, as the shop exported them (Feige's
    # 客服数据, desktop/services/feige.py): one row per (source, day, agent); a day imported
    # again is replaced whole. The figures the file had, as JSON (rates 0-1, seconds).
    db.executescript("""
    CREATE TABLE platform_figures (
        source TEXT NOT NULL,            -- feige
        day TEXT NOT NULL,               -- 2026-12-04, the shop's day
        agent TEXT NOT NULL,             -- the agent's name on the platform
        figures TEXT NOT NULL,           -- JSON
        imported_at INTEGER NOT NULL,
        PRIMARY KEY (source, day, agent)
    );
    CREATE TABLE shop_scores (
        channel_id TEXT NOT NULL REFERENCES channels(id),
        day TEXT NOT NULL,               -- the day the platform's scores are of
        scores TEXT NOT NULL,            -- JSON: shop, product, logistics, service
        fetched_at INTEGER NOT NULL,
        PRIMARY KEY (channel_id, day)
    );
    """)


@MIGRATIONS()
def m023_platform_rows_shared(db: sqlite_utils.Database) -> None:
    # After-sales requests, the platforms' figures and the shop's scores travel with team
    # sync (only one desktop polls a channel): their rows carry the write stamp of the other
    # shared tables. Rows written before keep 0 / '' until written again.
    db.executescript("""
    ALTER TABLE after_sales ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE after_sales ADD COLUMN device TEXT NOT NULL DEFAULT '';
    ALTER TABLE platform_figures ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE platform_figures ADD COLUMN device TEXT NOT NULL DEFAULT '';
    ALTER TABLE shop_scores ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE shop_scores ADD COLUMN device TEXT NOT NULL DEFAULT '';
    """)


@MIGRATIONS()
def m024_problem_codes(db: sqlite_utils.Database) -> None:
    # Why a reply was not sent and why a channel is in trouble, as a code and its values
    # (JSON: {"code": "webhook.busy", "values": {"status": 503}}, desktop/domain/problems.py)
    # beside the channel's English sentence, which stays for the command line. NULL: written
    # before (the window words the sentence as it can).
    db.executescript("""
    ALTER TABLE outbox ADD COLUMN problem TEXT;
    ALTER TABLE channel_state ADD COLUMN problem TEXT;
    """)

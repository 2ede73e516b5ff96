"""Orders and translations (m019–m020). A new migration goes at the end of the last group
module (or a new one, imported last in ``__init__``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.store.migrations.registry import MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils

@MIGRATIONS()
def m019_orders(db: sqlite_utils.Database) -> None:
    # Orders beside the conversations (desktop/store/orders.py), known by what the platform
    # says: (channel, order id). Items and tracking travel with their order as JSON (an order
    # is replaced whole when the platform or a file says it again). Shared with the team.
    db.executescript("""
    CREATE TABLE orders (
        channel_id TEXT NOT NULL REFERENCES channels(id),
        order_id TEXT NOT NULL,          -- the platform's order id
        customer_id TEXT,                -- the shop's customer, when known
        buyer_id TEXT NOT NULL DEFAULT '',  -- the buyer's id on the platform
        status TEXT NOT NULL,            -- normalised (desktop/domain/orders.py)
        platform_status TEXT NOT NULL,   -- as the platform says it
        created_at INTEGER NOT NULL,
        paid_at INTEGER,
        shipped_at INTEGER,
        total TEXT NOT NULL,             -- decimal, in yuan / dollars
        currency TEXT NOT NULL,
        recipient TEXT NOT NULL DEFAULT '',  -- masked
        items TEXT NOT NULL DEFAULT '[]',    -- JSON
        tracking TEXT NOT NULL DEFAULT '[]', -- JSON, events newest first
        source TEXT NOT NULL DEFAULT 'api',  -- api, import, demo
        fetched_at INTEGER NOT NULL,     -- when the platform (or the file) said so
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL,
        PRIMARY KEY (channel_id, order_id)
    );
    CREATE INDEX orders_customer ON orders (customer_id, created_at);
    CREATE INDEX orders_buyer ON orders (channel_id, buyer_id);
    """)


@MIGRATIONS()
def m020_translations(db: sqlite_utils.Database) -> None:
    # Machine translations, paid for once: the same text is never sent to a provider twice.
    # ``key`` is the natural key (a hash of text, source, target and provider), so two
    # desktops that translate the same line hold one row, and the team shares them.
    # A customer's language follows their messages unless set by hand on the profile
    # (``language_pinned``).
    db.executescript("""
    CREATE TABLE translations (
        key TEXT PRIMARY KEY,          -- sha256 of provider, source, target, text
        text TEXT NOT NULL,
        source TEXT NOT NULL,          -- ISO 639-1, as asked ('' = let the provider tell)
        target TEXT NOT NULL,
        provider TEXT NOT NULL,
        translated TEXT NOT NULL,
        detected TEXT NOT NULL DEFAULT '',  -- the source language the provider found
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL
    );
    ALTER TABLE customers ADD COLUMN language_pinned INTEGER NOT NULL DEFAULT 0;
    """)

"""The first schema: settings, channels, customers, conversations, messages, the search
index and the inbox's indexes (m001–m004)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.store.migrations.registry import MIGRATIONS, NO_WAIT

if TYPE_CHECKING:
    import sqlite_utils

_CORE_SCHEMA = """
    CREATE TABLE local_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,           -- JSON
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL
    );
    CREATE TABLE channels (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,            -- tiktok, douyin, email, webhook, import ...
        name TEXT NOT NULL UNIQUE,
        config TEXT NOT NULL DEFAULT '{}',
        paused INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL
    );
    CREATE TABLE customers (
        seq INTEGER PRIMARY KEY,       -- local, stable: the search index's rowid
        id TEXT NOT NULL UNIQUE,
        channel_id TEXT NOT NULL REFERENCES channels(id),
        external_id TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        vip INTEGER NOT NULL DEFAULT 0,
        language TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL,
        UNIQUE (channel_id, external_id)
    );
    CREATE TABLE agents (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('owner', 'agent')),
        tier INTEGER NOT NULL DEFAULT 1,
        max_concurrent INTEGER NOT NULL DEFAULT 10,
        status TEXT NOT NULL DEFAULT 'offline',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL
    );
    CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        channel_id TEXT NOT NULL REFERENCES channels(id),
        external_id TEXT NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'pending', 'snoozed', 'closed')),
        assignee_id TEXT REFERENCES agents(id),
        category TEXT,
        priority TEXT NOT NULL DEFAULT 'normal',
        resolved INTEGER NOT NULL DEFAULT 0,
        rating INTEGER,
        opened_at INTEGER,
        closed_at INTEGER,
        snoozed_until INTEGER,
        last_message_at INTEGER,
        last_in_at INTEGER,
        waiting_since INTEGER,
        first_response_at INTEGER,
        unread INTEGER NOT NULL DEFAULT 0,
        message_count INTEGER NOT NULL DEFAULT 0,
        last_preview TEXT NOT NULL DEFAULT '',
        last_direction TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL,
        UNIQUE (channel_id, external_id)
    );
    -- The inbox: open conversations, longest waiting first, paged by keyset.
    CREATE INDEX conversations_queue ON conversations
        (status, coalesce(waiting_since, 9007199254740991), id);
    CREATE INDEX conversations_recent ON conversations (status, last_message_at);
    CREATE INDEX conversations_assignee ON conversations (assignee_id, status);
    CREATE INDEX conversations_customer ON conversations (customer_id);
    CREATE TABLE conversation_tags (
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL,
        PRIMARY KEY (conversation_id, tag)
    ) WITHOUT ROWID;
    CREATE INDEX conversation_tags_tag ON conversation_tags (tag);
    CREATE TABLE messages (
        seq INTEGER PRIMARY KEY,       -- local, stable: the search index's rowid
        id TEXT NOT NULL UNIQUE,
        conversation_id TEXT NOT NULL REFERENCES conversations(id),
        channel_id TEXT NOT NULL REFERENCES channels(id),
        external_id TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out', 'note')),
        author TEXT NOT NULL,          -- customer, bot or agent
        agent_id TEXT REFERENCES agents(id),
        kind TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        order_id TEXT,
        product_id TEXT,
        payload TEXT,                  -- JSON: attachments, unknown fields kept as-is
        sent_at INTEGER NOT NULL,
        sent_offset INTEGER NOT NULL DEFAULT 0,  -- minutes east of UTC it was written in
        delivery TEXT CHECK (delivery IN ('queued', 'sent', 'failed')),
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL,
        UNIQUE (channel_id, external_id)
    );
    CREATE INDEX messages_thread ON messages (conversation_id, sent_at);
    CREATE INDEX messages_order ON messages (order_id) WHERE order_id IS NOT NULL;
    CREATE INDEX messages_outbox ON messages (delivery) WHERE delivery IN ('queued', 'failed');
    CREATE TABLE conversation_events (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        conversation_id TEXT NOT NULL REFERENCES conversations(id),
        kind TEXT NOT NULL,
        at INTEGER NOT NULL,
        at_offset INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL DEFAULT '{}',
        by_agent_id TEXT REFERENCES agents(id),
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL,
        UNIQUE (conversation_id, kind, at, data)
    );
    CREATE TABLE customer_notes (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        agent_id TEXT REFERENCES agents(id),
        text TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL
    );
    CREATE INDEX customer_notes_customer ON customer_notes (customer_id);
    CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        at INTEGER NOT NULL,
        actor TEXT,                    -- agent id, or NULL for the system
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        detail TEXT NOT NULL DEFAULT '{}',
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL
    );
    CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
    """


@MIGRATIONS()
def m001_core(db: sqlite_utils.Database) -> None:
    db.executescript(_CORE_SCHEMA)


@MIGRATIONS()
def m002_search(db: sqlite_utils.Database) -> None:
    # Contentless FTS5 tables: the text lives in messages/customers; the index
    # holds the tokens made by desktop.domain.text.index_tokens (words, CJK
    # bigrams). rowid = the row's seq.
    db.executescript("""
    CREATE VIRTUAL TABLE message_fts USING fts5(
        body, content='', tokenize='unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE customer_fts USING fts5(
        body, content='', tokenize='unicode61 remove_diacritics 2');
    """)


@MIGRATIONS()
def m003_inbox_views(db: sqlite_utils.Database) -> None:
    # The inbox's views page on these: Unassigned / Mine by assignee, VIP by customer.
    db.executescript(f"""
    CREATE INDEX conversations_assignee_queue ON conversations
        (assignee_id, status, coalesce(waiting_since, {NO_WAIT}), id);
    DROP INDEX conversations_assignee;
    CREATE INDEX customers_vip ON customers (vip) WHERE vip;
    CREATE INDEX conversations_closed ON conversations (status, closed_at);
    """)


@MIGRATIONS()
def m004_sort_indexes(db: sqlite_utils.Database) -> None:
    # "Newest" and "Closed" page by (time, id) straight off an index.
    db.executescript("""
    DROP INDEX conversations_recent;
    DROP INDEX conversations_closed;
    CREATE INDEX conversations_recent ON conversations (status, last_message_at, id);
    CREATE INDEX conversations_closed ON conversations (status, closed_at, id);
    """)

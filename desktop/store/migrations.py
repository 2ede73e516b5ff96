"""Forward-only, numbered schema migrations (sqlite-utils ``Migrations``).

A migration is never edited once released; a change is a new function. The
schema version (``PRAGMA user_version``) is the number of migrations applied,
so an older ShopDesk can tell it was handed a newer database and refuse it.

Conventions: ids are ULID text; times are INTEGER UTC epoch milliseconds;
``external_id`` is the id a platform (or an imported file) knows a row by;
shared rows carry ``updated_at`` and ``device`` stamped by the writer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


class _Registry:
    """The migrations in order, handed to sqlite-utils' ``Migrations`` only when a database
    needs upgrading: importing sqlite-utils takes ~0.1 s and imports numpy, and an up-to-date
    shop (every start but the first after an update) never needs it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.functions: list[tuple[Callable[[Any], None], dict[str, Any]]] = []
        self._applier: Any = None

    def __call__(self, **options: Any) -> Callable[[Callable[[Any], None]],
                                                    Callable[[Any], None]]:
        """``@MIGRATIONS()``, with sqlite-utils' options (``name``, ``transactional``)."""
        def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
            self.functions.append((fn, options))
            return fn
        return register

    def applier(self) -> Any:
        """sqlite-utils' ``Migrations`` holding every migration registered."""
        if self._applier is None:
            from sqlite_utils.migrations import Migrations

            applier = Migrations(self.name)
            for fn, options in self.functions:
                applier(**options)(fn)
            self._applier = applier
        return self._applier


MIGRATIONS = _Registry("shopdesk")
NO_WAIT = 9007199254740991  # sorts conversations nobody waits in after the waiting ones


@MIGRATIONS()
def m001_core(db: sqlite_utils.Database) -> None:
    db.executescript("""
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
    """)


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


@MIGRATIONS()
def m005_automation(db: sqlite_utils.Database) -> None:
    db.executescript("""
    CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        shortcut TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        language TEXT NOT NULL DEFAULT 'zh',
        category TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL
    );
    CREATE TABLE rules (
        id TEXT PRIMARY KEY,
        position REAL NOT NULL,
        definition TEXT NOT NULL,      -- JSON of desktop.domain.autoreply.Rule
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL
    );
    CREATE TABLE guard_words (
        word TEXT PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('block', 'mask', 'warn', 'allow')),
        reason TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL
    );
    CREATE INDEX messages_bot ON messages (conversation_id, sent_at) WHERE author = 'bot';
    """)


@MIGRATIONS()
def m006_knowledge_base(db: sqlite_utils.Database) -> None:
    db.executescript("""
    CREATE TABLE kb_articles (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        questions TEXT NOT NULL DEFAULT '[]',   -- JSON list of phrasings
        answer TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        language TEXT NOT NULL DEFAULT 'zh',
        products TEXT NOT NULL DEFAULT '[]',
        valid_from TEXT,                        -- ISO dates, inclusive
        valid_to TEXT,
        owner TEXT,
        reviewed_at INTEGER,
        review_every_days INTEGER NOT NULL DEFAULT 30,
        position REAL NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL
    );
    CREATE TABLE kb_versions (
        article_id TEXT NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        snapshot TEXT NOT NULL,                 -- JSON of the article as it was
        saved_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL,
        PRIMARY KEY (article_id, version)
    );
    """)


@MIGRATIONS()
def m007_kb_offers(db: sqlite_utils.Database) -> None:
    # A customer's message an agent answered with an article: offered as a new phrasing.
    db.executescript("""
    CREATE TABLE kb_offers (
        article_id TEXT NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        offered_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        device TEXT NOT NULL,
        PRIMARY KEY (article_id, text)
    );
    """)


@MIGRATIONS()
def m008_metric_digests(db: sqlite_utils.Database) -> None:
    # Per-conversation digests the figures are worked out from (store/digests.py): a local
    # cache, current while the conversation's message count is unchanged, so not stamped.
    db.executescript("""
    CREATE TABLE metric_digests (
        conversation_id TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        message_count INTEGER NOT NULL,
        digest BLOB NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX conversation_events_kind ON conversation_events (kind, at);
    """)


@MIGRATIONS()
def m009_jobs(db: sqlite_utils.Database) -> None:
    # This desktop's scheduled work: the run log, reminders raised, backups taken. Local
    # (each desktop runs its own jobs), so not stamped and never synced.
    db.executescript("""
    CREATE TABLE job_runs (
        id INTEGER PRIMARY KEY,
        job TEXT NOT NULL,
        planned_at INTEGER NOT NULL,   -- the run it stands for (a manual run: when asked)
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        outcome TEXT NOT NULL CHECK (outcome IN ('running', 'ok', 'failed', 'interrupted')),
        detail TEXT NOT NULL DEFAULT '',
        manual INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX job_runs_job ON job_runs (job, planned_at);
    CREATE TABLE reminders (
        key TEXT PRIMARY KEY,          -- what it is about: raised once, never twice
        kind TEXT NOT NULL,
        conversation_id TEXT,
        data TEXT NOT NULL DEFAULT '{}',
        raised_at INTEGER NOT NULL,
        dismissed_at INTEGER
    );
    CREATE INDEX reminders_open ON reminders (dismissed_at, raised_at);
    CREATE TABLE backups (
        path TEXT PRIMARY KEY,
        taken_at INTEGER NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        reason TEXT NOT NULL,          -- scheduled, exit, manual, before-restore
        removed_at INTEGER             -- rotated away
    );
    """)


@MIGRATIONS()
def m010_outbox(db: sqlite_utils.Database) -> None:
    # Sending queued messages and polling channels from this desktop: local state, not synced.
    db.executescript("""
    CREATE TABLE outbox (
        message_id TEXT PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        sending_since INTEGER,         -- set before a send, cleared after: a send cut short
        last_error TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID;
    CREATE TABLE channel_state (
        channel_id TEXT PRIMARY KEY REFERENCES channels(id) ON DELETE CASCADE,
        cursor TEXT NOT NULL DEFAULT '{}',
        last_ok_at INTEGER,
        last_error TEXT NOT NULL DEFAULT '',
        failures INTEGER NOT NULL DEFAULT 0,
        next_poll_at INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    -- routing asks, for every incoming message, when each agent was last assigned
    CREATE INDEX conversation_events_assign ON conversation_events
        (json_extract(data, '$.agent'), at) WHERE kind = 'assign';
    """)


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

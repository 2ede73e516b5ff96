"""Automation, the knowledge base, metric digests, jobs and the outbox (m005–m010)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.store.migrations.registry import MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils

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

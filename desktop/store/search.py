"""Full-text search over messages and customers, and exact order-id lookup.

The FTS5 tables are contentless (the text lives in ``messages``/``customers``);
``body`` holds the tokens from :mod:`desktop.domain.text`. Matching
is done by FTS5 newest-first (``ORDER BY rowid DESC`` walks the index backwards
and stops early); relevance ranking of that candidate window is done by the
caller with the bm25 score returned here.
"""

from __future__ import annotations

import sqlite3
from typing import Any

_HIT_COLS = """m.seq, m.id, m.conversation_id, m.direction, m.author, m.kind, m.text,
    m.order_id, m.sent_at, m.sent_offset, cu.name, ch.name, c.external_id"""
_HIT_KEYS = ("seq", "message_id", "conversation_id", "direction", "author", "kind", "text",
             "order_id", "sent_at", "sent_offset", "customer", "channel", "conversation")
_HIT_JOIN = """FROM messages m
    JOIN conversations c ON c.id = m.conversation_id
    JOIN customers cu ON cu.id = c.customer_id
    JOIN channels ch ON ch.id = m.channel_id"""


def match_messages(conn: sqlite3.Connection, match: str, window: int) -> list[tuple[int, float]]:
    """(seq, bm25) of the newest ``window`` messages matching an FTS5 expression."""
    return conn.execute(
        "SELECT rowid, bm25(message_fts) FROM message_fts WHERE message_fts MATCH ? "
        "ORDER BY rowid DESC LIMIT ?", (match, window)).fetchall()


def count_messages(conn: sqlite3.Connection, match: str) -> int:
    """How many messages match an FTS5 expression (all of them, not a window)."""
    return conn.execute("SELECT count(*) FROM message_fts WHERE message_fts MATCH ?",
                        (match,)).fetchone()[0]


def older_matches(conn: sqlite3.Connection, match: str, before: int, skip: list[int],
                  limit: int, offset: int) -> list[int]:
    """Seqs of matching messages older than seq ``before`` (past the ranked window), newest
    first, leaving out ``skip``; a page of ``limit`` from ``offset``."""
    left_out = f"AND rowid NOT IN ({', '.join('?' * len(skip))})" if skip else ""
    return [r[0] for r in conn.execute(
        f"SELECT rowid FROM message_fts WHERE message_fts MATCH ? AND rowid < ? {left_out} "
        "ORDER BY rowid DESC LIMIT ? OFFSET ?", (match, before, *skip, limit, offset))]


def matching(conn: sqlite3.Connection, match: str, seqs: list[int]) -> set[int]:
    """Those of ``seqs`` that match an FTS5 expression."""
    if not seqs:
        return set()
    return {r[0] for r in conn.execute(
        f"SELECT rowid FROM message_fts WHERE message_fts MATCH ? "
        f"AND rowid IN ({', '.join('?' * len(seqs))})", (match, *seqs))}


_CUSTOMER_MATCH = """FROM customer_fts f JOIN customers cu ON cu.seq = f.rowid
    WHERE customer_fts MATCH ?
    AND EXISTS (SELECT 1 FROM conversations WHERE customer_id = cu.id)"""


def count_customers(conn: sqlite3.Connection, match: str) -> int:
    """How many customers with a conversation match (what ``match_customers`` pages)."""
    return conn.execute(f"SELECT count(*) {_CUSTOMER_MATCH}", (match,)).fetchone()[0]


def match_customers(conn: sqlite3.Connection, match: str, limit: int,
                    offset: int = 0) -> list[dict[str, Any]]:
    """Customers whose name or id matches, each with their latest conversation, best first;
    a page of ``limit`` from ``offset``."""
    rows = conn.execute(
        f"""SELECT cu.id, cu.name, cu.external_id, ch.name, c.id, c.external_id,
                  c.last_message_at
           FROM (SELECT cu.seq AS seq, f.rank AS rank {_CUSTOMER_MATCH}
                 ORDER BY f.rank, cu.seq LIMIT ? OFFSET ?) f
           JOIN customers cu ON cu.seq = f.seq
           JOIN channels ch ON ch.id = cu.channel_id
           JOIN conversations c ON c.id = (
               SELECT id FROM conversations WHERE customer_id = cu.id
               ORDER BY last_message_at DESC LIMIT 1)
           ORDER BY f.rank, f.seq""", (match, limit, offset)).fetchall()
    keys = ("customer_id", "customer", "customer_external_id", "channel", "conversation_id",
            "conversation", "last_message_at")
    return [dict(zip(keys, r)) for r in rows]


def messages_by_order(conn: sqlite3.Connection, order_id: str, limit: int) -> list[dict[str, Any]]:
    """Messages that carry exactly this order id, newest first."""
    rows = conn.execute(
        f"SELECT {_HIT_COLS} {_HIT_JOIN} WHERE m.order_id = ? ORDER BY m.sent_at DESC LIMIT ?",
        (order_id, limit)).fetchall()
    return [dict(zip(_HIT_KEYS, r)) for r in rows]


def hydrate(conn: sqlite3.Connection, seqs: list[int]) -> dict[int, dict[str, Any]]:
    """The display fields of messages by seq."""
    if not seqs:
        return {}
    rows = conn.execute(
        f"SELECT {_HIT_COLS} {_HIT_JOIN} WHERE m.seq IN ({', '.join('?' * len(seqs))})",
        seqs).fetchall()
    return {r[0]: dict(zip(_HIT_KEYS, r)) for r in rows}


def like_scan(conn: sqlite3.Connection, needle: str, limit: int) -> list[int]:
    """The naive search a full-text index replaces (for benchmarks only)."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return [r[0] for r in conn.execute(
        "SELECT seq FROM messages WHERE text LIKE ? ESCAPE '\\' OR order_id = ? "
        "ORDER BY sent_at DESC LIMIT ?", (f"%{escaped}%", needle, limit))]


def optimize(conn: sqlite3.Connection) -> None:
    """Merge the index's segments (after a bulk load) so queries touch fewer pages."""
    conn.execute("INSERT INTO message_fts (message_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO customer_fts (customer_fts) VALUES ('optimize')")

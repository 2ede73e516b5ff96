"""Knowledge-base articles and their versions."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.store.writer import Writer, row_key

_LIST_FIELDS = ("questions", "tags", "products")
COLUMNS = ("id", "title", "questions", "answer", "category", "tags", "language", "products",
           "valid_from", "valid_to", "owner", "reviewed_at", "review_every_days", "position",
           "version")


def _row(r: tuple) -> dict[str, Any]:
    out = dict(zip(COLUMNS, r))
    for key in _LIST_FIELDS:
        out[key] = json.loads(out[key])
    return out


def articles(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [_row(r) for r in conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM kb_articles ORDER BY category, position, title")]


def article(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM kb_articles WHERE id = ?",
                       (article_id,)).fetchone()
    return _row(row) if row else None


def save(w: Writer, data: dict[str, Any]) -> int:
    """Insert or update an article, keeping the previous text as a version; returns the new
    version number."""
    encoded = {k: (json.dumps(v, ensure_ascii=False) if k in _LIST_FIELDS else v)
               for k, v in data.items() if k in COLUMNS and k != "version"}
    old = article(w.conn, data["id"])
    if old is None:
        w.insert("kb_articles", {**encoded, "version": 1})
        version = 1
    else:
        version = old["version"] + 1
        w.insert("kb_versions", {"article_id": old["id"], "version": old["version"],
                                 "snapshot": json.dumps(old, ensure_ascii=False),
                                 "saved_at": w.now}, key="article_id")
        w.update("kb_articles", data["id"], {**{k: v for k, v in encoded.items() if k != "id"},
                                             "version": version})
    return version


def versions(conn: sqlite3.Connection, article_id: str) -> list[dict[str, Any]]:
    return [{"version": r[0], "saved_at": r[1], **json.loads(r[2])} for r in conn.execute(
        "SELECT version, saved_at, snapshot FROM kb_versions WHERE article_id = ? "
        "ORDER BY version DESC", (article_id,))]


def delete(w: Writer, article_id: str) -> None:
    w.delete("kb_articles", "id = ?", [article_id], ids=[article_id])


def questions_with_answers(conn: sqlite3.Connection, since: int,
                           until: int) -> list[tuple[str, str | None]]:
    """Customers' text messages in a period, each with the first agent reply after it."""
    return list(conn.execute(
        """SELECT m.text,
                  (SELECT r.text FROM messages r WHERE r.conversation_id = m.conversation_id
                     AND r.direction = 'out' AND r.author = 'agent' AND r.sent_at >= m.sent_at
                   ORDER BY r.sent_at LIMIT 1)
           FROM messages m
           WHERE m.direction = 'in' AND m.kind = 'text' AND m.sent_at >= ? AND m.sent_at < ?
             AND length(m.text) >= 2""", (since, until)))


def customer_texts(conn: sqlite3.Connection, start: int, end: int) -> list[str]:
    """Customers' text messages sent in [start, end) (through the conversations active then,
    so a day's worth is read through the thread index)."""
    return [r[0] for r in conn.execute(
        "SELECT m.text FROM conversations c INDEXED BY conversations_recent "
        "JOIN messages m ON m.conversation_id = c.id AND m.sent_at >= ? AND m.sent_at < ? "
        "WHERE c.status IN ('open', 'pending', 'snoozed', 'closed') "
        "AND c.last_message_at >= ? AND c.opened_at < ? "
        "AND m.direction = 'in' AND m.kind = 'text' AND length(m.text) >= 2",
        (start, end, start, end))]


def offer(w: Writer, article_id: str, text: str) -> None:
    w.insert("kb_offers", {"article_id": article_id, "text": text, "offered_at": w.now},
             key="article_id", or_ignore=True)


def offers(conn: sqlite3.Connection, article_id: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT text FROM kb_offers WHERE article_id = ? "
                                       "ORDER BY offered_at", (article_id,))]


def drop_offer(w: Writer, article_id: str, text: str) -> None:
    w.delete("kb_offers", "article_id = ? AND text = ?", [article_id, text], ids=[article_id],
             keys=[row_key("kb_offers", {"article_id": article_id, "text": text})])

"""Kept translations (paid for once) and the customer's language as their messages tell it."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass

from desktop.store.writer import Writer


@dataclass(frozen=True, slots=True)
class Kept:
    text: str
    source: str
    target: str
    provider: str
    translated: str
    detected: str


def key(text: str, source: str, target: str, provider: str) -> str:
    """The natural key of a translation: the same on every desktop of the team."""
    raw = "\x1f".join((provider, source, target, text)).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()


def find(conn: sqlite3.Connection, text: str, source: str, target: str,
         provider: str) -> Kept | None:
    row = conn.execute("SELECT text, source, target, provider, translated, detected "
                       "FROM translations WHERE key = ?",
                       (key(text, source, target, provider),)).fetchone()
    return Kept(*row) if row else None


def keep(w: Writer, kept: Kept) -> None:
    w.insert("translations", {
        "key": key(kept.text, kept.source, kept.target, kept.provider), "text": kept.text,
        "source": kept.source, "target": kept.target, "provider": kept.provider,
        "translated": kept.translated, "detected": kept.detected, "created_at": w.now},
        key="key", or_ignore=True)


def count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM translations").fetchone()[0])


# --- the customer's language ------------------------------------------------------------------

def incoming_texts(conn: sqlite3.Connection,
                   message_ids: list[str]) -> list[tuple[str, int, str]]:
    """(customer id, sent at, text) of the customers' incoming messages among ``message_ids``
    whose customer's language is not pinned."""
    found: list[tuple[str, int, str]] = []
    for start in range(0, len(message_ids), 500):
        chunk = message_ids[start:start + 500]
        found += conn.execute(
            "SELECT c.customer_id, m.sent_at, m.text FROM messages m "
            "JOIN conversations c ON c.id = m.conversation_id "
            "JOIN customers cu ON cu.id = c.customer_id "
            f"WHERE m.id IN ({', '.join('?' * len(chunk))}) AND m.direction = 'in' "
            "AND m.author = 'customer' AND NOT cu.language_pinned", chunk).fetchall()
    return found


def follow_languages(w: Writer, wanted: dict[str, str]) -> dict[str, str]:
    """Set the customers' languages that differ from ``wanted``; returns those changed."""
    ids = list(wanted)
    current = dict(w.conn.execute(
        f"SELECT id, language FROM customers WHERE id IN ({', '.join('?' * len(ids))}) "
        "AND NOT language_pinned", ids))
    changed = {cid: lang for cid, lang in wanted.items()
               if cid in current and current[cid] != lang}
    w.update_many("customers", [(cid, {"language": lang}) for cid, lang in changed.items()])
    return changed


def pin_language(w: Writer, customer_id: str, language: str) -> None:
    w.update("customers", customer_id, {"language": language,
                                        "language_pinned": int(bool(language))})


def customer_language(conn: sqlite3.Connection, conversation_id: str) -> tuple[str, bool]:
    """A conversation's customer's language and whether it was set by hand."""
    row = conn.execute("SELECT cu.language, cu.language_pinned FROM conversations c "
                       "JOIN customers cu ON cu.id = c.customer_id WHERE c.id = ?",
                       (conversation_id,)).fetchone()
    return (row[0], bool(row[1])) if row else ("", False)


def conversation_languages(conn: sqlite3.Connection,
                           conversation_ids: list[str]) -> dict[str, str]:
    """conversation id -> its customer's language."""
    found: dict[str, str] = {}
    for start in range(0, len(conversation_ids), 500):
        chunk = conversation_ids[start:start + 500]
        found.update(conn.execute(
            "SELECT c.id, cu.language FROM conversations c "
            "JOIN customers cu ON cu.id = c.customer_id "
            f"WHERE c.id IN ({', '.join('?' * len(chunk))})", chunk))
    return found

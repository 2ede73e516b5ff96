"""A conversation's history read for folding, and the folded state written back.

After a merge the state is worked out again on each desktop from the history both desktops
hold, so it is written here without a change-log entry: it never travels.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.domain.conversation import ConversationState


def history(conn: sqlite3.Connection, conversation_id: str
            ) -> list[tuple[int, int, str, dict[str, Any]]]:
    """The conversation's messages and events as (time, 0 message / 1 event, tie-break,
    item), in an order every desktop agrees on (the tie-break is what the outside world
    calls the item, never a row number of this desktop)."""
    out: list[tuple[int, int, str, dict[str, Any]]] = []
    for ext, direction, author, kind, text, at in conn.execute(
            "SELECT external_id, direction, author, kind, text, sent_at FROM messages "
            "WHERE conversation_id = ?", (conversation_id,)):
        out.append((at, 0, ext, {"direction": direction, "author": author, "kind": kind,
                                 "text": text}))
    for kind, at, data in conn.execute(
            "SELECT kind, at, data FROM conversation_events WHERE conversation_id = ?",
            (conversation_id,)):
        out.append((at, 1, kind + data, {"kind": kind, "data": json.loads(data)}))
    out.sort(key=lambda t: t[:3])
    return out


def save(conn: sqlite3.Connection, conversation_id: str, state: ConversationState) -> None:
    """Write a folded state and its tags (this desktop's unread count is kept while no new
    customer message came); the conversation's digest is worked out again when asked."""
    row = conn.execute("SELECT last_in_at, unread FROM conversations WHERE id = ?",
                       (conversation_id,)).fetchone()
    if row is None:
        return
    unread = row[1] if row[0] == state.last_in_at else state.unread
    conn.execute(
        "UPDATE conversations SET status = ?, assignee_id = ?, category = ?, priority = ?, "
        "resolved = ?, rating = ?, opened_at = ?, closed_at = ?, snoozed_until = ?, "
        "last_message_at = ?, last_in_at = ?, waiting_since = ?, first_response_at = ?, "
        "unread = ?, message_count = ?, last_preview = ?, last_direction = ? WHERE id = ?",
        (state.status.value, state.assignee, state.category, state.priority.value,
         int(state.resolved), state.rating, state.opened_at, state.closed_at,
         state.snoozed_until, state.last_message_at, state.last_in_at, state.waiting_since,
         state.first_response_at, unread, state.message_count, state.last_preview,
         state.last_direction, conversation_id))
    have = {t for (t,) in conn.execute(
        "SELECT tag FROM conversation_tags WHERE conversation_id = ?", (conversation_id,))}
    if have != state.tags:
        conn.execute("DELETE FROM conversation_tags WHERE conversation_id = ?",
                     (conversation_id,))
        device = conn.execute("SELECT value FROM local_settings WHERE key = 'device_id'"
                              ).fetchone()
        conn.executemany(
            "INSERT INTO conversation_tags (conversation_id, tag, updated_at, device) "
            "VALUES (?, ?, 0, ?)", [(conversation_id, t, device[0] if device else "")
                                    for t in sorted(state.tags)])
    conn.execute("DELETE FROM metric_digests WHERE conversation_id = ?", (conversation_id,))


def agent_ids_by_name(conn: sqlite3.Connection) -> dict[str, str]:
    return {name: aid for aid, name in conn.execute("SELECT id, name FROM agents")}

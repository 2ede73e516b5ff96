"""A conversation's history read for folding, and the folded state written back.

After a merge the state is worked out again on each desktop from the history both desktops
hold, so it is written here without a change-log entry: it never travels.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import orjson

from desktop.domain.conversation import ConversationState

_CHUNK = 500  # conversations read or written per statement


def histories(conn: sqlite3.Connection, conversation_ids: list[str]
              ) -> dict[str, list[tuple[int, int, str, dict[str, Any]]]]:
    """Each conversation's messages and events as (time, 0 message / 1 event, tie-break,
    item), in an order every desktop agrees on (the tie-break is what the outside world
    calls the item, never a row number of this desktop); read a few hundred at a time."""
    out: dict[str, list[tuple[int, int, str, dict[str, Any]]]] = {
        c: [] for c in conversation_ids}
    for start in range(0, len(conversation_ids), _CHUNK):
        chunk = conversation_ids[start:start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for conv, ext, direction, author, kind, text, at in conn.execute(
                "SELECT conversation_id, external_id, direction, author, kind, text, sent_at "
                f"FROM messages WHERE conversation_id IN ({marks})", chunk):
            out[conv].append((at, 0, ext, {"direction": direction, "author": author,
                                           "kind": kind, "text": text}))
        for conv, kind, at, data in conn.execute(
                "SELECT conversation_id, kind, at, data FROM conversation_events "
                f"WHERE conversation_id IN ({marks})", chunk):
            out[conv].append((at, 1, kind + data, {"kind": kind, "data": orjson.loads(data)}))
    for items in out.values():
        items.sort(key=lambda t: t[:3])
    return out


def save_many(conn: sqlite3.Connection, states: dict[str, ConversationState]) -> None:
    """Write folded states and their tags (this desktop's unread count is kept while no new
    customer message came); the conversations' digests are worked out again when asked."""
    ids = list(states)
    seen: dict[str, tuple[Any, Any]] = {}
    tags: dict[str, set[str]] = {c: set() for c in ids}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        seen.update((c, (last_in, unread)) for c, last_in, unread in conn.execute(
            f"SELECT id, last_in_at, unread FROM conversations WHERE id IN ({marks})", chunk))
        for c, tag in conn.execute("SELECT conversation_id, tag FROM conversation_tags "
                                   f"WHERE conversation_id IN ({marks})", chunk):
            tags[c].add(tag)
    rows = []
    for conversation_id, state in states.items():
        if conversation_id not in seen:
            continue
        last_in, unread = seen[conversation_id]
        rows.append((
            state.status.value, state.assignee, state.category, state.priority.value,
            int(state.resolved), state.rating, state.opened_at, state.closed_at,
            state.snoozed_until, state.last_message_at, state.last_in_at, state.waiting_since,
            state.first_response_at, unread if last_in == state.last_in_at else state.unread,
            state.message_count, state.last_preview, state.last_direction, conversation_id))
    conn.executemany(
        "UPDATE conversations SET status = ?, assignee_id = ?, category = ?, priority = ?, "
        "resolved = ?, rating = ?, opened_at = ?, closed_at = ?, snoozed_until = ?, "
        "last_message_at = ?, last_in_at = ?, waiting_since = ?, first_response_at = ?, "
        "unread = ?, message_count = ?, last_preview = ?, last_direction = ? WHERE id = ?",
        rows)
    retag = [c for c in seen if tags[c] != states[c].tags]
    if retag:
        device = conn.execute("SELECT value FROM local_settings WHERE key = 'device_id'"
                              ).fetchone()
        conn.executemany("DELETE FROM conversation_tags WHERE conversation_id = ?",
                         [(c,) for c in retag])
        conn.executemany(
            "INSERT INTO conversation_tags (conversation_id, tag, updated_at, device) "
            "VALUES (?, ?, 0, ?)", [(c, t, device[0] if device else "")
                                    for c in retag for t in sorted(states[c].tags)])
    conn.executemany("DELETE FROM metric_digests WHERE conversation_id = ?",
                     [(c,) for c in seen])


def agent_ids_by_name(conn: sqlite3.Connection) -> dict[str, str]:
    return {name: aid for aid, name in conn.execute("SELECT id, name FROM agents")}

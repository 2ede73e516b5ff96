"""Conversations: their derived state, tags, and the inbox's paged queries."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop.domain.conversation import ConversationState
from desktop.domain.ids import new_id
from desktop.domain.model import ConversationStatus, Priority
from desktop.store.writer import Writer

_STATE_COLS = (
    "status", "assignee_id", "category", "priority", "resolved", "rating", "opened_at",
    "closed_at", "last_message_at", "last_in_at", "waiting_since", "first_response_at",
    "unread", "message_count", "last_preview", "last_direction",
)
NO_WAIT = 9007199254740991  # sorts conversations nobody waits in after the waiting ones


@dataclass(slots=True)
class ConversationRow:
    id: str
    channel_id: str
    external_id: str
    customer_id: str
    state: ConversationState


def _state(row: tuple) -> ConversationState:
    return ConversationState(
        status=ConversationStatus(row[0]), assignee=row[1], category=row[2],
        priority=Priority(row[3]), resolved=bool(row[4]), rating=row[5], opened_at=row[6],
        closed_at=row[7], last_message_at=row[8], last_in_at=row[9], waiting_since=row[10],
        first_response_at=row[11], unread=row[12], message_count=row[13],
        last_preview=row[14], last_direction=row[15])


def _state_fields(state: ConversationState) -> dict[str, Any]:
    return {
        "status": state.status.value, "assignee_id": state.assignee, "category": state.category,
        "priority": state.priority.value, "resolved": int(state.resolved),
        "rating": state.rating, "opened_at": state.opened_at, "closed_at": state.closed_at,
        "last_message_at": state.last_message_at, "last_in_at": state.last_in_at,
        "waiting_since": state.waiting_since, "first_response_at": state.first_response_at,
        "unread": state.unread, "message_count": state.message_count,
        "last_preview": state.last_preview, "last_direction": state.last_direction,
    }


def tags_of(conn: sqlite3.Connection, conversation_id: str) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT tag FROM conversation_tags WHERE conversation_id = ?", (conversation_id,))}


def find(conn: sqlite3.Connection, channel_id: str, external_id: str) -> ConversationRow | None:
    row = conn.execute(
        f"SELECT id, channel_id, external_id, customer_id, {', '.join(_STATE_COLS)} "
        "FROM conversations WHERE channel_id = ? AND external_id = ?",
        (channel_id, external_id)).fetchone()
    if row is None:
        return None
    state = _state(row[4:])
    state.tags = tags_of(conn, row[0])
    return ConversationRow(row[0], row[1], row[2], row[3], state)


def find_many(conn: sqlite3.Connection, channel_id: str,
              external_ids: list[str]) -> dict[str, ConversationRow]:
    """The stored conversations among ``external_ids`` of a channel, by external id."""
    found: dict[str, ConversationRow] = {}
    for start in range(0, len(external_ids), 500):
        chunk = external_ids[start : start + 500]
        rows = conn.execute(
            f"SELECT id, channel_id, external_id, customer_id, {', '.join(_STATE_COLS)} "
            f"FROM conversations WHERE channel_id = ? AND external_id IN "
            f"({', '.join('?' * len(chunk))})", [channel_id, *chunk]).fetchall()
        for row in rows:
            found[row[2]] = ConversationRow(row[0], row[1], row[2], row[3], _state(row[4:]))
    if found:
        by_id = {c.id: c for c in found.values()}
        ids = list(by_id)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for cid, tag in conn.execute(
                    f"SELECT conversation_id, tag FROM conversation_tags WHERE conversation_id "
                    f"IN ({', '.join('?' * len(chunk))})", chunk):
                by_id[cid].state.tags.add(tag)
    return found


def get(conn: sqlite3.Connection, conversation_id: str) -> ConversationRow | None:
    row = conn.execute("SELECT channel_id, external_id FROM conversations WHERE id = ?",
                       (conversation_id,)).fetchone()
    return find(conn, row[0], row[1]) if row else None


def add(w: Writer, channel_id: str, external_id: str, customer_id: str,
        state: ConversationState) -> str:
    cid = new_id(state.opened_at or w.now)
    w.insert("conversations", {"id": cid, "channel_id": channel_id, "external_id": external_id,
                               "customer_id": customer_id, "created_at": w.now,
                               **_state_fields(state)})
    return cid


def save_states(w: Writer, rows: list[tuple[str, ConversationState, set[str]]]) -> None:
    """Write new states; ``rows`` holds (id, state, tags before) for changed tags."""
    w.update_many("conversations", [(cid, _state_fields(s)) for cid, s, _ in rows])
    for cid, state, before in rows:
        for tag in state.tags - before:
            w.insert("conversation_tags", {"conversation_id": cid, "tag": tag},
                     key="conversation_id", or_ignore=True)
        gone = before - state.tags
        if gone:
            w.delete("conversation_tags",
                     f"conversation_id = ? AND tag IN ({', '.join('?' * len(gone))})",
                     [cid, *gone], ids=[cid])


def queue_page(conn: sqlite3.Connection, status: str, limit: int,
               after: tuple[int, str] | None = None) -> list[dict[str, Any]]:
    """Conversations in ``status``, longest waiting first; keyset-paged by (wait, id)."""
    where = "c.status = ?"
    params: list[Any] = [status]
    if after is not None:
        where += f" AND (coalesce(c.waiting_since, {NO_WAIT}), c.id) > (?, ?)"
        params += list(after)
    rows = conn.execute(
        f"""SELECT c.id, c.waiting_since, c.last_message_at, c.last_preview, c.unread,
                   c.priority, c.assignee_id, cu.name, cu.vip, ch.name, ch.kind
            FROM conversations c INDEXED BY conversations_queue
            JOIN customers cu ON cu.id = c.customer_id
            JOIN channels ch ON ch.id = c.channel_id
            WHERE {where}
            ORDER BY coalesce(c.waiting_since, {NO_WAIT}), c.id
            LIMIT ?""", [*params, limit]).fetchall()
    keys = ("id", "waiting_since", "last_message_at", "preview", "unread", "priority",
            "assignee_id", "customer", "vip", "channel", "channel_kind")
    return [dict(zip(keys, r)) for r in rows]


def count_by_status(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT status, count(*) FROM conversations GROUP BY status"))


def external_refs(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """(id, channel name, external id, customer id) of every conversation, oldest first."""
    return conn.execute(
        "SELECT c.id, ch.name, c.external_id, c.customer_id FROM conversations c "
        "JOIN channels ch ON ch.id = c.channel_id ORDER BY c.opened_at, c.id")

"""Who waits and since when, what was tagged when, what went quiet: what reminders and the
dashboard's "now" figures ask of conversations."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop.store.migrations import NO_WAIT


def waiting_counts(conn: sqlite3.Connection, recent_3min: int,
                   recent_24h: int) -> tuple[int, int | None, int, int]:
    """(customers waiting in open conversations, the oldest wait start, how many began
    waiting after ``recent_3min``, after ``recent_24h``)."""
    row = conn.execute(
        "SELECT count(*), min(waiting_since), coalesce(sum(waiting_since > ?), 0), "
        "coalesce(sum(waiting_since > ?), 0) FROM conversations INDEXED BY conversations_queue "
        f"WHERE status = 'open' AND coalesce(waiting_since, {NO_WAIT}) < {NO_WAIT}",
        (recent_3min, recent_24h)).fetchone()
    return row[0], row[1], row[2], row[3]


def waiting_customers(conn: sqlite3.Connection) -> list[tuple[str, int, str, str | None]]:
    """Open conversations whose customer waits: (id, waiting since, customer, assignee id)."""
    return list(conn.execute(
        "SELECT c.id, c.waiting_since, cu.name, c.assignee_id FROM conversations c "
        "INDEXED BY conversations_queue JOIN customers cu ON cu.id = c.customer_id "
        f"WHERE c.status = 'open' AND coalesce(c.waiting_since, {NO_WAIT}) < {NO_WAIT}"))


def snoozed_due(conn: sqlite3.Connection, now_ms: int) -> list[tuple[str, int]]:
    """(id, snoozed until) of snoozed conversations whose time has come."""
    return list(conn.execute("SELECT id, snoozed_until FROM conversations "
                             "WHERE status = 'snoozed' AND snoozed_until <= ?", (now_ms,)))


# when a conversation was last tagged ``tag``: its tag event (the moment it happened, also
# for imported history), else the row's own write time
_TAGGED_AT = """coalesce((SELECT max(e.at) FROM conversation_events e
    WHERE e.conversation_id = t.conversation_id AND e.kind = 'tag'
    AND json_extract(e.data, '$.tag') = t.tag), t.updated_at)"""


def tagged_open_since(conn: sqlite3.Connection, tag: str) -> list[tuple[str, int, str]]:
    """Conversations not closed carrying ``tag``: (id, when tagged, customer)."""
    return list(conn.execute(
        f"SELECT c.id, {_TAGGED_AT}, cu.name FROM conversation_tags t "
        "JOIN conversations c ON c.id = t.conversation_id "
        "JOIN customers cu ON cu.id = c.customer_id "
        "WHERE t.tag = ? AND c.status != 'closed'", (tag,)))


def tagged_between(conn: sqlite3.Connection, tag: str, start: int, end: int) -> int:
    """Conversations tagged ``tag`` in [start, end), by when the tag happened; a tag since
    taken off counts not."""
    return conn.execute(
        "SELECT count(DISTINCT e.conversation_id) FROM conversation_events e "
        "INDEXED BY conversation_events_kind JOIN conversation_tags t "
        "ON t.conversation_id = e.conversation_id AND t.tag = ? "
        "WHERE e.kind = 'tag' AND e.at >= ? AND e.at < ? "
        "AND json_extract(e.data, '$.tag') = ?", (tag, start, end, tag)).fetchone()[0]


@dataclass(frozen=True, slots=True)
class ReminderFacts:
    """What decides whether a conversation's reminders still hold."""

    status: str
    waiting_since: int | None
    last_message_at: int | None
    complaint: bool  # carries the complaint tag


def reminder_facts(conn: sqlite3.Connection, ids: list[str],
                   complaint_tag: str) -> dict[str, ReminderFacts]:
    out: dict[str, ReminderFacts] = {}
    unique = sorted(set(ids))
    for start in range(0, len(unique), 500):
        chunk = unique[start:start + 500]
        for cid, status, since, last, complaint in conn.execute(
                "SELECT c.id, c.status, c.waiting_since, c.last_message_at, EXISTS (SELECT 1 "
                "FROM conversation_tags t WHERE t.conversation_id = c.id AND t.tag = ?) "
                f"FROM conversations c WHERE c.id IN ({', '.join('?' * len(chunk))})",
                (complaint_tag, *chunk)):
            out[cid] = ReminderFacts(status, since, last, bool(complaint))
    return out


def answered_and_quiet(conn: sqlite3.Connection, quiet_since: int
                       ) -> list[tuple[str, int, str]]:
    """Open conversations we answered last, with no customer message since ``quiet_since``:
    (id, last message time, customer) — waiting for their closing message."""
    return list(conn.execute(
        "SELECT c.id, c.last_message_at, cu.name FROM conversations c "
        "JOIN customers cu ON cu.id = c.customer_id WHERE c.status = 'open' "
        "AND c.last_direction = 'out' AND c.waiting_since IS NULL "
        "AND coalesce(c.last_in_at, 0) < ? AND c.last_message_at < ?",
        (quiet_since, quiet_since)))

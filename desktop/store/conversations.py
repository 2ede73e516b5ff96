"""Conversations: their derived state, tags, and the inbox's paged queries."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop.domain.conversation import ConversationState
from desktop.domain.ids import new_id
from desktop.domain.model import ConversationStatus, Priority
from desktop.store.migrations import NO_WAIT
from desktop.store.writer import Writer, row_key

_STATE_COLS = (
    "status", "assignee_id", "category", "priority", "resolved", "rating", "opened_at",
    "closed_at", "last_message_at", "last_in_at", "waiting_since", "first_response_at",
    "unread", "message_count", "last_preview", "last_direction", "snoozed_until",
)


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
        last_preview=row[14], last_direction=row[15], snoozed_until=row[16])


def _state_fields(state: ConversationState) -> dict[str, Any]:
    return {
        "status": state.status.value, "assignee_id": state.assignee, "category": state.category,
        "priority": state.priority.value, "resolved": int(state.resolved),
        "rating": state.rating, "opened_at": state.opened_at, "closed_at": state.closed_at,
        "last_message_at": state.last_message_at, "last_in_at": state.last_in_at,
        "waiting_since": state.waiting_since, "first_response_at": state.first_response_at,
        "unread": state.unread, "message_count": state.message_count,
        "last_preview": state.last_preview, "last_direction": state.last_direction,
        "snoozed_until": state.snoozed_until,
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
        state: ConversationState, conversation_id: str | None = None) -> str:
    """Insert a conversation (with ``conversation_id`` when the caller chose it already)."""
    cid = conversation_id or new_id(state.opened_at or w.now)
    w.insert("conversations", {"id": cid, "channel_id": channel_id, "external_id": external_id,
                               "customer_id": customer_id, "created_at": w.now,
                               **_state_fields(state)})
    return cid


def save_states(w: Writer, rows: list[tuple[str, ConversationState, set[str]]]) -> None:
    """Write new states; ``rows`` holds (id, state, tags before) for changed tags."""
    w.update_many("conversations", [(cid, _state_fields(s)) for cid, s, _ in rows])
    save_tags(w, rows)


def save_tags(w: Writer, rows: list[tuple[str, ConversationState, set[str]]]) -> None:
    """Write the tags that changed; ``rows`` holds (id, state, tags before)."""
    for cid, state, before in rows:
        for tag in state.tags - before:
            w.insert("conversation_tags", {"conversation_id": cid, "tag": tag},
                     key="conversation_id", or_ignore=True)
        gone = before - state.tags
        if gone:
            w.delete("conversation_tags",
                     f"conversation_id = ? AND tag IN ({', '.join('?' * len(gone))})",
                     [cid, *gone], ids=[cid],
                     keys=[row_key("conversation_tags", {"conversation_id": cid, "tag": t})
                           for t in gone])


@dataclass(frozen=True, slots=True)
class ListFilter:
    """Which conversations a list shows (plain values; the service names the views)."""

    statuses: tuple[str, ...] = ("open",)
    assignee: str | None = None  # an agent id
    unassigned: bool = False
    waiting_only: bool = False
    waiting_after: int | None = None  # the wait began after this (ms)
    waiting_until: int | None = None  # the wait began at or before this (ms)
    vip_only: bool = False
    channel_id: str | None = None
    tag: str | None = None
    ids: tuple[str, ...] | None = None  # only these (re-reading changed rows)


_PRIORITY = "(CASE c.priority WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 " \
            "ELSE 0 END)"
# sort name -> ((expression, descending), ...); the last key is always the id
SORTS: dict[str, tuple[tuple[str, bool], ...]] = {
    "waiting": ((f"coalesce(c.waiting_since, {NO_WAIT})", False), ("c.id", False)),
    "newest": (("c.last_message_at", True), ("c.id", True)),
    "priority": ((_PRIORITY, True), (f"coalesce(c.waiting_since, {NO_WAIT})", False),
                 ("c.id", False)),
    "closed": (("c.closed_at", True), ("c.id", True)),
}
LIST_KEYS = ("id", "status", "waiting_since", "last_message_at", "preview", "unread", "priority",
             "assignee_id", "assignee", "customer", "vip", "channel", "channel_kind",
             "snoozed_until", "closed_at", "last_direction", "customer_id", "waiting_text",
             "waiting_kind")
# while the customer waits and the shop wrote last (an auto reply), their own last message
_WAITING_MESSAGE = """(SELECT m.{0} FROM messages m INDEXED BY messages_thread
    WHERE m.conversation_id = c.id AND m.direction = 'in' ORDER BY m.sent_at DESC LIMIT 1)"""
_WAITING_COLS = ", ".join(
    f"CASE WHEN c.waiting_since IS NOT NULL AND c.last_direction != 'in' "
    f"THEN {_WAITING_MESSAGE.format(col)} END" for col in ("text", "kind"))


def _where(f: ListFilter) -> tuple[list[str], list[Any]]:
    where = [f"c.status IN ({', '.join('?' * len(f.statuses))})"]
    params: list[Any] = list(f.statuses)
    if f.unassigned:
        where.append("c.assignee_id IS NULL")
    elif f.assignee is not None:
        where.append("c.assignee_id = ?")
        params.append(f.assignee)
    if f.waiting_only:
        where.append("c.waiting_since IS NOT NULL")
    if f.waiting_after is not None:
        where.append("c.waiting_since > ?")
        params.append(f.waiting_after)
    if f.waiting_until is not None:
        where.append("c.waiting_since <= ?")
        params.append(f.waiting_until)
    if f.vip_only:
        where.append("c.customer_id IN (SELECT id FROM customers WHERE vip)")
    if f.channel_id is not None:
        where.append("c.channel_id = ?")
        params.append(f.channel_id)
    if f.tag is not None:
        where.append("EXISTS (SELECT 1 FROM conversation_tags t "
                     "WHERE t.conversation_id = c.id AND t.tag = ?)")
        params.append(f.tag)
    if f.ids is not None:
        where.append(f"c.id IN ({', '.join('?' * len(f.ids))})")
        params += list(f.ids)
    return where, params


def list_page(conn: sqlite3.Connection, f: ListFilter, sort: str, limit: int,
              after: tuple | None = None) -> list[dict[str, Any]]:
    """A page of conversations; ``after`` is the ``sort_key`` of the last row seen."""
    keys = SORTS[sort]
    where, params = _where(f)
    if after is not None and len({d for _, d in keys}) == 1:
        # one direction: a row-value comparison the index can seek to
        op = "<" if keys[0][1] else ">"
        where.append(f"({', '.join(e for e, _ in keys)}) {op} "
                     f"({', '.join('?' * len(keys))})")
        params += list(after)
    elif after is not None:
        # mixed directions: lexicographic keyset (k1 > a1) OR (k1 = a1 AND k2 > a2) OR ...
        ors = []
        for i, (expr, desc) in enumerate(keys):
            same = [f"{e} = ?" for e, _ in keys[:i]]
            ors.append("(" + " AND ".join([*same, f"{expr} {'<' if desc else '>'} ?"]) + ")")
            params += [*after[:i], after[i]]
        where.append("(" + " OR ".join(ors) + ")")
    order = ", ".join(f"{e} {'DESC' if d else 'ASC'}" for e, d in keys)
    key_cols = ", ".join(f"{e} AS k{i}" for i, (e, _) in enumerate(keys))
    rows = conn.execute(
        f"""SELECT c.id, c.status, c.waiting_since, c.last_message_at, c.last_preview,
                   c.unread, c.priority, c.assignee_id, a.name, cu.name, cu.vip, ch.name,
                   ch.kind, c.snoozed_until, c.closed_at, c.last_direction, c.customer_id,
                   {_WAITING_COLS}, {key_cols}
            FROM conversations c
            JOIN customers cu ON cu.id = c.customer_id
            JOIN channels ch ON ch.id = c.channel_id
            LEFT JOIN agents a ON a.id = c.assignee_id
            WHERE {' AND '.join(where)}
            ORDER BY {order}
            LIMIT ?""", [*params, limit]).fetchall()
    n = len(LIST_KEYS)
    return [{**dict(zip(LIST_KEYS, r[:n])), "sort_key": tuple(r[n:])} for r in rows]


def count(conn: sqlite3.Connection, f: ListFilter) -> int:
    where, params = _where(f)
    return conn.execute(f"SELECT count(*) FROM conversations c WHERE {' AND '.join(where)}",
                        params).fetchone()[0]


def queue_stats(conn: sqlite3.Connection) -> tuple[int, int | None]:
    """(customers waiting in unassigned open conversations, the oldest wait start)."""
    row = conn.execute(
        "SELECT count(*), min(waiting_since) FROM conversations "
        "WHERE assignee_id IS NULL AND status = 'open' AND waiting_since IS NOT NULL").fetchone()
    return row[0], row[1]


def queue_page(conn: sqlite3.Connection, status: str, limit: int,
               after: tuple | None = None) -> list[dict[str, Any]]:
    """Conversations in ``status``, longest waiting first (the inbox's default list)."""
    return list_page(conn, ListFilter(statuses=(status,)), "waiting", limit, after)


# Each tag in use, found by jumping from one to the next on the tag index: a few lookups,
# where DISTINCT reads every conversation's tags (35 ms on a 2-million-message shop, at start).
TAGS_IN_USE = """
WITH RECURSIVE t(tag) AS (
    SELECT MIN(tag) FROM conversation_tags
    UNION ALL
    SELECT (SELECT MIN(tag) FROM conversation_tags WHERE tag > t.tag) FROM t
    WHERE t.tag IS NOT NULL)
SELECT tag FROM t WHERE tag IS NOT NULL"""


def tags_in_use(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(TAGS_IN_USE)]


def by_customer(conn: sqlite3.Connection, customer_id: str, limit: int = 20) -> list[dict]:
    rows = conn.execute(
        "SELECT id, status, opened_at, last_preview, resolved FROM conversations "
        "WHERE customer_id = ? ORDER BY opened_at DESC LIMIT ?", (customer_id, limit))
    return [dict(zip(("id", "status", "opened_at", "preview", "resolved"), r)) for r in rows]


def open_load(conn: sqlite3.Connection, agent_id: str) -> int:
    """How many open or pending conversations an agent is serving."""
    return conn.execute("SELECT count(*) FROM conversations WHERE assignee_id = ? "
                        "AND status IN ('open', 'pending')", (agent_id,)).fetchone()[0]


def count_by_status(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT status, count(*) FROM conversations GROUP BY status"))


def external_refs(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """(id, channel name, external id, customer id) of every conversation, oldest first."""
    return conn.execute(
        "SELECT c.id, ch.name, c.external_id, c.customer_id FROM conversations c "
        "JOIN channels ch ON ch.id = c.channel_id ORDER BY c.opened_at, c.id")


def due_snoozed(conn: sqlite3.Connection, now_ms: int) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT id FROM conversations WHERE status = 'snoozed' AND snoozed_until <= ?",
        (now_ms,))]


def export_rows(conn: sqlite3.Connection, f: ListFilter) -> sqlite3.Cursor:
    """One row per conversation for a spreadsheet, in opening order."""
    where, params = _where(f)
    return conn.execute(
        f"""SELECT cu.name, ch.name, a.name, c.opened_at, c.first_response_at, c.closed_at,
                   c.resolved, c.rating, c.message_count, c.status, c.id,
                   (SELECT group_concat(tag, ', ') FROM conversation_tags t
                    WHERE t.conversation_id = c.id)
            FROM conversations c
            JOIN customers cu ON cu.id = c.customer_id
            JOIN channels ch ON ch.id = c.channel_id
            LEFT JOIN agents a ON a.id = c.assignee_id
            WHERE {' AND '.join(where)} ORDER BY c.opened_at""", params)


def unread(conn: sqlite3.Connection, conversation_id: str) -> int:
    row = conn.execute("SELECT unread FROM conversations WHERE id = ?",
                       (conversation_id,)).fetchone()
    return row[0] if row else 0


def newest(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT id FROM conversations INDEXED BY conversations_recent "
                       "WHERE status = 'open' ORDER BY last_message_at DESC LIMIT 1").fetchone()
    return row[0] if row else None


def active_between(conn: sqlite3.Connection, start: int, end: int) -> list[tuple[str, str]]:
    """(conversation id, channel name) of conversations with a message in [start, end)."""
    return list(conn.execute(
        "SELECT c.id, ch.name FROM conversations c INDEXED BY conversations_recent "
        "JOIN channels ch ON ch.id = c.channel_id "
        "WHERE c.status IN ('open', 'pending', 'snoozed', 'closed') "
        "AND c.last_message_at >= ? AND c.opened_at < ?", (start, end)))


_ON_CHANNEL = ("AND e.conversation_id IN (SELECT c.id FROM conversations c JOIN channels ch "
               "ON ch.id = c.channel_id WHERE ch.name = ?)")


def closes_between(conn: sqlite3.Connection, start: int, end: int, channel: str | None = None
                   ) -> list[tuple[str, int, bool, str | None]]:
    """(conversation id, time, resolved, by agent name) of the closes in [start, end), of
    one channel's conversations when ``channel`` names it."""
    where = "" if channel is None else _ON_CHANNEL
    return [(c, at, bool(resolved), name) for c, at, resolved, name in conn.execute(
        "SELECT e.conversation_id, e.at, json_extract(e.data, '$.resolved'), a.name "
        "FROM conversation_events e LEFT JOIN agents a ON a.id = e.by_agent_id "
        f"WHERE e.kind = 'close' AND e.at >= ? AND e.at < ? {where}",
        (start, end, *(() if channel is None else (channel,))))]


def ratings_between(conn: sqlite3.Connection, start: int, end: int,
                    channel: str | None = None) -> list[tuple[str, int, int]]:
    """(conversation id, time, score) of the ratings given in [start, end), of one channel's
    conversations when ``channel`` names it."""
    where = "" if channel is None else _ON_CHANNEL
    return list(conn.execute(
        "SELECT e.conversation_id, e.at, json_extract(e.data, '$.score') "
        f"FROM conversation_events e WHERE e.kind = 'rating' AND e.at >= ? AND e.at < ? {where}",
        (start, end, *(() if channel is None else (channel,)))))


def new_customers(conn: sqlite3.Connection, start: int, end: int) -> int:
    """Customers whose first conversation opened in [start, end)."""
    return conn.execute(
        "SELECT count(*) FROM (SELECT customer_id, min(opened_at) AS first FROM conversations "
        "GROUP BY customer_id) WHERE first >= ? AND first < ?", (start, end)).fetchone()[0]


def tag_counts_between(conn: sqlite3.Connection, start: int, end: int,
                       channel: str | None = None) -> list[tuple[str, int]]:
    """How many conversations with a message in [start, end) carry each tag, most first."""
    where = "" if channel is None else "AND ch.name = ?"
    return list(conn.execute(
        "SELECT t.tag, count(*) AS n FROM conversations c INDEXED BY conversations_recent "
        "JOIN conversation_tags t ON t.conversation_id = c.id "
        "JOIN channels ch ON ch.id = c.channel_id "
        "WHERE c.status IN ('open', 'pending', 'snoozed', 'closed') "
        f"AND c.last_message_at >= ? AND c.opened_at < ? {where} "
        "GROUP BY t.tag ORDER BY n DESC, t.tag",
        (start, end) if channel is None else (start, end, channel)))


def customer_name(conn: sqlite3.Connection, conversation_id: str) -> str:
    row = conn.execute("SELECT cu.name FROM conversations c JOIN customers cu ON "
                       "cu.id = c.customer_id WHERE c.id = ?", (conversation_id,)).fetchone()
    return row[0] if row else ""

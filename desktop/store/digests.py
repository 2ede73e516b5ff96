"""The per-conversation digests the figures are worked out from (``domain.metrics.Digest``).

A local cache, not shared data: a digest is a pure function of a conversation's messages and
is recognised as current by the conversation's message count, so it is never synced, stamped
or backed up for its own sake, and losing it only costs the time to work it out again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from itertools import groupby
from operator import itemgetter

import orjson

from desktop.domain.metrics import Digest, Inquiry

Row = tuple[str, str, int, int, bytes | None]  # id, channel, message count, last at, digest


def active(conn: sqlite3.Connection, start: int, end: int) -> list[Row]:
    """Conversations with a message in [start, end): id, channel name, message count, last
    message time and their digest (see :func:`decode`) if it is current."""
    rows = conn.execute(
        "SELECT c.id, ch.name, c.message_count, c.last_message_at, d.digest "
        "FROM conversations c INDEXED BY conversations_recent "
        "JOIN channels ch ON ch.id = c.channel_id "
        "LEFT JOIN metric_digests d ON d.conversation_id = c.id "
        "AND d.message_count = c.message_count "
        "WHERE c.status IN ('open', 'pending', 'snoozed', 'closed') "
        "AND c.last_message_at >= ? AND c.opened_at < ?", (start, end))
    return rows.fetchall()


def decode(raw: bytes, start: int, end: int) -> Digest:
    """A stored digest, keeping only the inquiries begun in [start, end)."""
    inquiries, buyer_times, human = orjson.loads(raw)
    return Digest([Inquiry._make(i) for i in inquiries if start <= i[0] < end],
                  buyer_times, human)


def _encode(d: Digest) -> bytes:
    return orjson.dumps([[tuple(i) for i in d.inquiries], d.buyer_times, d.human_replies])


def save(conn: sqlite3.Connection, digests: Sequence[tuple[str, int, Digest]]) -> bool:
    """Keep digests (conversation id, its message count, digest); False when the database
    cannot be written just now (read-only, busy, full): they are worked out again next time."""
    if not digests:
        return True
    if conn.in_transaction:  # never commit someone else's transaction
        return False
    try:
        with conn:
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT OR REPLACE INTO metric_digests (conversation_id, message_count, digest) "
                "VALUES (?, ?, ?)", [(cid, count, _encode(d)) for cid, count, d in digests])
    except sqlite3.Error:
        return False
    return True


def timelines(conn: sqlite3.Connection, conversation_ids: Sequence[str]
              ) -> Iterator[tuple[str, list[tuple[str, str, str | None, str, int]]]]:
    """The messages of these conversations as (direction, author, agent id, kind, sent_at),
    each conversation's in time order."""
    for at in range(0, len(conversation_ids), 500):
        chunk = conversation_ids[at : at + 500]
        rows = conn.execute(
            "SELECT conversation_id, direction, author, agent_id, kind, sent_at FROM messages "
            f"WHERE conversation_id IN ({', '.join('?' * len(chunk))}) "
            "ORDER BY conversation_id, sent_at, seq", chunk)
        for conversation_id, group in groupby(rows, key=itemgetter(0)):
            yield conversation_id, [r[1:] for r in group]

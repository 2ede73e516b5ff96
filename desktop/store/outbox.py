"""The outbox: queued outgoing messages and this desktop's sending of them; channel state."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.domain.problems import Problem
from desktop.store.writer import Writer

_PENDING = """
SELECT m.id, m.conversation_id, ch.name, ch.kind, c.external_id, cu.external_id, cu.name,
       m.text, m.payload, m.sent_at, m.kind, coalesce(o.attempts, 0),
       coalesce(o.next_attempt_at, 0), o.sending_since, coalesce(o.last_error, ''),
       coalesce(o.confirmed, 0), o.problem
FROM messages m INDEXED BY messages_outbox
JOIN channels ch ON ch.id = m.channel_id
JOIN conversations c ON c.id = m.conversation_id
JOIN customers cu ON cu.id = c.customer_id
LEFT JOIN outbox o ON o.message_id = m.id
WHERE m.delivery IN ('queued', 'failed') AND m.delivery = '{delivery}' {extra}
ORDER BY m.sent_at, m.seq
"""
_FIELDS = ("id", "conversation_id", "channel", "channel_kind", "conversation", "customer_id",
           "customer", "text", "payload", "sent_at", "kind", "attempts", "next_attempt_at",
           "sending_since", "last_error", "confirmed", "problem")


def _rows(conn: sqlite3.Connection, delivery: str, extra: str = "",
          params: tuple = ()) -> list[dict[str, Any]]:
    out = []
    assert delivery in ("queued", "failed")  # a literal, so the partial index applies
    for r in conn.execute(_PENDING.format(delivery=delivery, extra=extra), params):
        row = dict(zip(_FIELDS, r))
        row["payload"] = json.loads(row["payload"]) if row["payload"] else {}
        row["problem"] = Problem.from_stored(row["problem"], row["last_error"])
        out.append(row)
    return out


def queued(conn: sqlite3.Connection, channel: str | None = None) -> list[dict[str, Any]]:
    """Messages waiting to go out, oldest first (with their sending state)."""
    if channel is None:
        return _rows(conn, "queued")
    return _rows(conn, "queued", "AND ch.name = ?", (channel,))


def queued_channels(conn: sqlite3.Connection) -> set[str]:
    """The names of the channels with messages waiting to go out."""
    return {r[0] for r in conn.execute(
        "SELECT DISTINCT ch.name FROM messages m JOIN channels ch ON ch.id = m.channel_id "
        "WHERE m.delivery IN ('queued', 'failed') AND m.delivery = 'queued'")}


def confirm(conn: sqlite3.Connection, message_ids: list[str]) -> None:
    """A person said these replies (queued before this desktop took their channel) go."""
    conn.executemany("INSERT INTO outbox (message_id, confirmed) VALUES (?, 1) "
                     "ON CONFLICT (message_id) DO UPDATE SET confirmed = 1",
                     [(m,) for m in message_ids])


def failed(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return _rows(conn, "failed")


_CLAIM = """
INSERT INTO outbox (message_id, claimed_by, claim_until)
SELECT m.id, :owner, :until FROM messages m WHERE m.id = :id AND m.delivery = 'queued'
ON CONFLICT (message_id) DO UPDATE SET claimed_by = excluded.claimed_by,
    claim_until = excluded.claim_until
WHERE outbox.next_attempt_at <= :now
  AND (outbox.claimed_by IS NULL OR outbox.claimed_by = excluded.claimed_by
       OR outbox.claim_until <= :now)
"""


def claim(conn: sqlite3.Connection, message_id: str, owner: str, now: int,
          until: int) -> dict[str, Any] | None:
    """Take ``message_id`` for sending, in one statement (so two senders never both take
    it): only while it is queued, due, and not claimed by another sender whose claim still
    runs. Returns its row as it is now, or ``None`` when it is not ours to send."""
    cursor = conn.execute(_CLAIM, {"id": message_id, "owner": owner, "now": now,
                                   "until": until})
    if cursor.rowcount != 1:
        return None
    rows = _rows(conn, "queued", "AND m.id = ?", (message_id,))
    return rows[0] if rows else None


def begin_send(conn: sqlite3.Connection, message_id: str, now: int) -> None:
    """Noted (and committed) before the message is handed to its channel."""
    conn.execute("INSERT INTO outbox (message_id, sending_since) VALUES (?, ?) "
                 "ON CONFLICT (message_id) DO UPDATE SET sending_since = excluded.sending_since",
                 (message_id, now))


def sent(w: Writer, message_id: str, external_id: str | None) -> None:
    """The channel took it: the message is sent (a shared change) and leaves the outbox."""
    fields: dict[str, Any] = {"delivery": "sent"}
    if external_id:
        row = w.conn.execute("SELECT payload FROM messages WHERE id = ?",
                             (message_id,)).fetchone()
        payload = json.loads(row[0]) if row and row[0] else {}
        payload.setdefault("extra", {})["sent_as"] = external_id
        fields["payload"] = json.dumps(payload, ensure_ascii=False)
    w.update("messages", message_id, fields)
    w.raw("DELETE FROM outbox WHERE message_id = ?", (message_id,))


def attempt_failed(conn: sqlite3.Connection, message_id: str, attempts: int, retry_at: int,
                   error: Problem) -> None:
    conn.execute("INSERT INTO outbox (message_id, attempts, next_attempt_at, last_error, "
                 "problem) VALUES (?, ?, ?, ?, ?) ON CONFLICT (message_id) DO UPDATE SET "
                 "attempts = excluded.attempts, next_attempt_at = excluded.next_attempt_at, "
                 "last_error = excluded.last_error, problem = excluded.problem, "
                 "sending_since = NULL, claimed_by = NULL, claim_until = NULL",
                 (message_id, attempts, retry_at, error.text[:1000], error.stored()))


def give_up(w: Writer, message_id: str, error: Problem) -> None:
    """No more attempts: the message is marked failed, with why."""
    w.update("messages", message_id, {"delivery": "failed"})
    w.raw("INSERT INTO outbox (message_id, last_error, problem) VALUES (?, ?, ?) "
          "ON CONFLICT (message_id) DO UPDATE SET last_error = excluded.last_error, "
          "problem = excluded.problem, sending_since = NULL, claimed_by = NULL, "
          "claim_until = NULL",
          (message_id, error.text[:1000], error.stored()))


def delivery(conn: sqlite3.Connection, message_id: str) -> str | None:
    row = conn.execute("SELECT delivery FROM messages WHERE id = ?", (message_id,)).fetchone()
    return row[0] if row else None


def reset(conn: sqlite3.Connection, message_id: str) -> None:
    """A retry asked for by a person: attempts start again. A sender's claim and a send cut
    short are kept (the one sending it goes on; the cut-short one is checked first)."""
    conn.execute("UPDATE outbox SET attempts = 0, next_attempt_at = 0, last_error = '', "
                 "problem = NULL WHERE message_id = ?", (message_id,))


def claimed(conn: sqlite3.Connection, message_id: str, now: int) -> bool:
    """Whether a sender holds ``message_id`` now (it may be going out this moment)."""
    return conn.execute("SELECT 1 FROM outbox WHERE message_id = ? AND claimed_by IS NOT NULL "
                        "AND claim_until > ?", (message_id, now)).fetchone() is not None


# -- channel state ---------------------------------------------------------------------------

def channel_state(conn: sqlite3.Connection, channel_id: str) -> dict[str, Any]:
    """The channel's fetching state; ``problem`` is ``last_error`` with its code."""
    row = conn.execute("SELECT cursor, last_ok_at, last_error, failures, next_poll_at, problem "
                       "FROM channel_state WHERE channel_id = ?", (channel_id,)).fetchone()
    if row is None:
        return {"cursor": {}, "last_ok_at": None, "last_error": "", "failures": 0,
                "next_poll_at": 0, "problem": Problem(None)}
    return {"cursor": json.loads(row[0]), "last_ok_at": row[1], "last_error": row[2],
            "failures": row[3], "next_poll_at": row[4],
            "problem": Problem.from_stored(row[5], row[2])}


def save_channel_state(conn: sqlite3.Connection, channel_id: str, state: dict[str, Any]) -> None:
    """Saved as :func:`channel_state` reads it."""
    problem = state.get("problem")
    stored = problem.stored() if isinstance(problem, Problem) and state["last_error"] else None
    conn.execute(
        "INSERT INTO channel_state (channel_id, cursor, last_ok_at, last_error, failures, "
        "next_poll_at, problem) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (channel_id) DO "
        "UPDATE SET cursor = excluded.cursor, last_ok_at = excluded.last_ok_at, "
        "last_error = excluded.last_error, failures = excluded.failures, "
        "next_poll_at = excluded.next_poll_at, problem = excluded.problem",
        (channel_id, json.dumps(state["cursor"], ensure_ascii=False), state["last_ok_at"],
         state["last_error"][:1000], state["failures"], state["next_poll_at"], stored))

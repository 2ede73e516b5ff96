"""The outbox: outgoing messages are stored first (``queued``) and sent when their channel
can take them, in order per conversation, with retries that back off, and marked ``failed``
with the reason after the last attempt (a person can retry or cancel).

A message is never sent twice: its id is the idempotency key its channel carries, and a send
cut short between the channel taking it and the outbox recording it is noticed (the row is
left "sending") and checked with the channel before anything goes out again. Two senders on
one shop (the app's send round and ``shopdesk outbox send``) never both send it: each claims
a message atomically before sending (:func:`claim`); a claim lasts ``CLAIM_LEASE_MS``, so the
claims of a sender that crashed come back to the others.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.problems import Problem, cancelled
from desktop.services.errors import UserError
from desktop.store import audit, directory
from desktop.store import outbox as store_outbox
from desktop.store.db import Store
from desktop.store.writer import Changes

MAX_ATTEMPTS = 8
BASE_DELAY_MS = 5_000
MAX_DELAY_MS = 30 * 60_000
CLAIM_LEASE_MS = 5 * 60_000  # longer than any channel takes to send one message


def backoff_ms(attempts: int) -> int:
    """5 s, 10 s, 20 s … at most 30 min between attempts."""
    return min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** max(0, attempts - 1))


def due(store: Store, channel: str, now: int | None = None) -> list[dict[str, Any]]:
    """The messages of ``channel`` to send now, oldest first: a conversation whose earlier
    message is still waiting for its retry holds the later ones back (they go in order)."""
    now = store.clock() if now is None else now
    held: set[str] = set()
    out = []
    for m in store_outbox.queued(store.conn, channel):
        if m["conversation_id"] in held:
            continue
        if needs_confirmation(store, m):  # it and what follows it wait for a person
            held.add(m["conversation_id"])
            continue
        if m["next_attempt_at"] > now:
            held.add(m["conversation_id"])
            continue
        out.append(m)
    return out


def needs_confirmation(store: Store, message: dict[str, Any]) -> bool:
    """A reply queued before this desktop took its channel over: another desktop may have
    sent it already, so it goes only once a person confirms it."""
    channel = directory.channel(store.conn, message["channel"])
    since = channel["config"].get("taken_over_at") if channel else None
    return bool(since) and message["sent_at"] < since and not message["confirmed"]


def confirm(store: Store, message_id: str | None = None) -> int:
    """Send replies that wait for confirmation (one, or all of them); how many."""
    ids = [m["id"] for m in store_outbox.queued(store.conn)
           if needs_confirmation(store, m) and message_id in (None, m["id"])]
    if message_id is not None and not ids:
        raise UserError("this message is not waiting for confirmation")
    with store.write() as w:
        store_outbox.confirm(w.conn, ids)
    return len(ids)


def waiting_channels(store: Store) -> set[str]:
    return store_outbox.queued_channels(store.conn)


def pending(store: Store) -> list[dict[str, Any]]:
    """Everything queued or failed, for ``shopdesk outbox`` and the UI."""
    rows = [(m, "confirm" if needs_confirmation(store, m) else "queued")
            for m in store_outbox.queued(store.conn)] + \
        [(m, "failed") for m in store_outbox.failed(store.conn)]
    return [{"id": m["id"], "channel": m["channel"], "customer": m["customer"],
             "text": m["text"], "sent_at": m["sent_at"], "attempts": m["attempts"],
             "next_attempt_at": m["next_attempt_at"] or None, "status": status,
             "last_error": m["last_error"], "problem": m["problem"]} for m, status in rows]


def claim(store: Store, message_id: str, sender: str) -> dict[str, Any] | None:
    """Take a due message for ``sender`` (one send round's id); its row as it is now, or
    ``None`` when another sender has it, it was sent meanwhile, or it is not due."""
    now = store.clock()
    return store_outbox.claim(store.conn, message_id, sender, now, now + CLAIM_LEASE_MS)


def begin(store: Store, message_id: str) -> None:
    store_outbox.begin_send(store.conn, message_id, store.clock())


def succeeded(store: Store, message_id: str, external_id: str | None = None) -> Changes:
    with store.write() as w:
        store_outbox.sent(w, message_id, external_id)
        return w.changes


def failed(store: Store, message: dict[str, Any], error: Problem | str, permanent: bool = False
           ) -> Changes:
    """An attempt failed: try again later, or give up after the last attempt (or at once
    when the channel says it will never take this message). ``error``: the channel's problem
    (a bare sentence has no code: the window gives it the general wording)."""
    if isinstance(error, str):
        error = Problem(None, {}, error)
    attempts = message["attempts"] + 1
    if permanent or attempts >= MAX_ATTEMPTS:
        with store.write() as w:
            store_outbox.give_up(w, message["id"], error)
            return w.changes
    store_outbox.attempt_failed(store.conn, message["id"], attempts,
                                store.clock() + backoff_ms(attempts), error)
    return Changes()


def retry(store: Store, message_id: str, actor: str | None = None) -> Changes:
    """A failed (or waiting) message goes out again at the next dispatch, attempts anew."""
    if store_outbox.delivery(store.conn, message_id) not in ("queued", "failed"):
        raise UserError("this message is not waiting to be sent")
    store_outbox.reset(store.conn, message_id)
    with store.write() as w:
        w.update("messages", message_id, {"delivery": "queued"})
        audit.record(w, "message.retry", "message", message_id, actor=actor)
        return w.changes


def cancel(store: Store, message_id: str, actor: str | None = None) -> Changes:
    """A queued message will not be sent: it stays in the thread, marked failed (cancelled)."""
    if store_outbox.delivery(store.conn, message_id) != "queued":
        raise UserError("only a message still waiting to be sent can be cancelled")
    if store_outbox.claimed(store.conn, message_id, store.clock()):
        raise UserError("this message is being sent right now and can no longer be cancelled")
    with store.write() as w:
        store_outbox.give_up(w, message_id, cancelled())
        audit.record(w, "message.cancel", "message", message_id, actor=actor)
        return w.changes

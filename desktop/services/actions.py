"""What an agent does to a conversation: reply, note, assign, tag, snooze, close ...

Every action is stored the way an imported one would be (a message or a
conversation event through the receiver), so history, export, sync and the
conversation's state all agree; each is also written to the audit log. Sending
only queues: the outbox sends when the channel is reachable.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from desktop.domain.ids import new_id
from desktop.domain.language import reply_language
from desktop.domain.model import (
    BOT,
    CustomerRef,
    Delivery,
    Direction,
    EventKind,
    EventRecord,
    MessageKind,
    MessageRecord,
    Priority,
    Record,
)
from desktop.domain.timefmt import epoch_ms, format_moment, moment_in_zone, to_datetime
from desktop.services import guard, outbox, shop
from desktop.services import sync as team_sync
from desktop.services.errors import UserError
from desktop.services.inbox import Receiver
from desktop.store import audit, conversations, directory
from desktop.store.db import Store
from desktop.store.writer import Changes

MAX_TEXT = 100_000


class _Target:
    def __init__(self, store: Store, conversation_id: str) -> None:
        row = conversations.get(store.conn, conversation_id)
        if row is None:
            raise UserError("this conversation no longer exists")
        self.row = row
        self.channel = directory.channel_names(store.conn)[row.channel_id]
        customer = directory.get_customer(store.conn, row.customer_id)
        assert customer is not None
        self.customer = CustomerRef(customer.external_id, customer.name, customer.vip,
                                    customer.language)


def _agent_name(store: Store, agent_id: str | None) -> str | None:
    if agent_id is None:
        return None
    name = directory.agent_names(store.conn).get(agent_id)
    if name is None:
        raise UserError("unknown agent")
    return name


def _store(store: Store, records: list[Record], action: str, conversation_id: str,
           actor: str | None, detail: dict[str, Any]) -> Changes:
    with store.write() as w:
        Receiver(store).receive(records)
        audit.record(w, action, "conversation", conversation_id, actor=actor, detail=detail)
        return w.changes


def _event(store: Store, conversation_id: str, kind: EventKind, data: dict[str, Any],
           actor: str | None) -> Changes:
    target = _Target(store, conversation_id)
    now = moment_in_zone(store.clock(), shop.shop_zone(store))
    record = EventRecord(target.channel, target.row.external_id, kind, now, data,
                         by=_agent_name(store, actor), customer=target.customer)
    return _store(store, [record], f"conversation.{kind.value}", conversation_id, actor, data)


def reply(store: Store, conversation_id: str, text: str, actor: str | None, *,
          note: bool = False, attachments: list[dict[str, Any]] | None = None,
          auto: dict[str, Any] | None = None,
          extra: dict[str, Any] | None = None) -> Changes:
    """Queue a reply (or store an internal note) at once; works offline.

    Every outgoing text passes the sensitive-word guard: a blocked word refuses the
    message with the reason, a masked one goes out with ``*``. ``auto`` marks an
    auto-reply: ``{"auto": cooldown key, "scenario": …}`` kept with the message; ``extra``
    is kept with it too (a translated reply's original: ``{"original": …}``).
    """
    if not text.strip() and not attachments:
        raise UserError("write something first")
    if len(text) > MAX_TEXT:
        raise UserError(f"a message can be at most {MAX_TEXT:,} characters")
    author = _agent_name(store, actor) if actor else BOT
    if note and author == BOT:
        raise UserError("a note needs an agent: choose who works at this desktop first")
    if not note and text.strip():
        text = guard.clear_to_send(store, text).text
    target = _Target(store, conversation_id)
    # the team's time (this desktop's clock corrected by the hub's), and never before the
    # message it answers, however wrong this desktop's clock is
    now = max(team_sync.team_clock(store), (target.row.state.last_message_at or 0) + 1)
    at = moment_in_zone(now, shop.shop_zone(store))
    kind = MessageKind.IMAGE if attachments and not text.strip() else MessageKind.TEXT
    records: list[Record] = []
    if not note and author != BOT and target.row.state.assignee is None:
        # whoever answers a conversation nobody has taken, takes it
        records.append(EventRecord(target.channel, target.row.external_id, EventKind.ASSIGN,
                                   at, {"agent": author}, by=author, customer=target.customer))
    records.append(MessageRecord(
        target.channel, target.row.external_id, target.customer, new_id(now),
        Direction.NOTE if note else Direction.OUT, author or BOT, kind, text, at,
        attachments=tuple(attachments or ()), extra={**(auto or {}), **(extra or {})},
        delivery=None if note else Delivery.QUEUED))
    return _store(store, records, "conversation.note" if note else "conversation.reply",
                  conversation_id, actor, {"length": len(text)})


def assign(store: Store, conversation_id: str, agent_id: str, actor: str | None,
           note: str | None = None) -> Changes:
    """Give the conversation to an agent; a transfer note stays in the thread with it."""
    data: dict[str, Any] = {"agent": _agent_name(store, agent_id)}
    if note and note.strip():
        data["note"] = note.strip()[:500]
    return _event(store, conversation_id, EventKind.ASSIGN, data, actor)


def tag(store: Store, conversation_id: str, name: str, actor: str | None) -> Changes:
    name = name.strip()
    if not name:
        raise UserError("a tag needs a name")
    return _event(store, conversation_id, EventKind.TAG, {"tag": name}, actor)


def untag(store: Store, conversation_id: str, name: str, actor: str | None) -> Changes:
    return _event(store, conversation_id, EventKind.UNTAG, {"tag": name}, actor)


def set_priority(store: Store, conversation_id: str, priority: Priority,
                 actor: str | None) -> Changes:
    return _event(store, conversation_id, EventKind.PRIORITY, {"priority": priority.value},
                  actor)


def set_category(store: Store, conversation_id: str, category: str,
                 actor: str | None) -> Changes:
    if not category.strip():
        raise UserError("a category needs a name")
    return _event(store, conversation_id, EventKind.CATEGORY, {"category": category.strip()},
                  actor)


def snooze(store: Store, conversation_id: str, until_ms: int | None,
           actor: str | None) -> Changes:
    """Snooze until a time, or (``None``) until the customer writes again."""
    if until_ms is not None and until_ms <= store.clock():
        raise UserError("choose a time in the future")
    until = None
    if until_ms is not None:
        until = format_moment(moment_in_zone(until_ms, shop.shop_zone(store)))
    return _event(store, conversation_id, EventKind.SNOOZE, {"until": until}, actor)


def snooze_choices(store: Store) -> dict[str, int]:
    """The preset snooze times: in an hour, tomorrow 09:00, next Monday 09:00."""
    zone = shop.shop_zone(store)
    now = to_datetime(store.clock(), zone)
    tomorrow = (now + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    monday = now + timedelta(days=7 - now.weekday())
    next_week = monday.replace(hour=9, minute=0, second=0, microsecond=0)
    return {"hour": epoch_ms(now + timedelta(hours=1)),
            "tomorrow": epoch_ms(_wall(tomorrow, zone)),
            "next_week": epoch_ms(_wall(next_week, zone))}


def _wall(value: datetime, zone: Any) -> datetime:
    """The same wall-clock time, with the zone's offset on that day (DST-safe)."""
    return value.replace(tzinfo=None).replace(tzinfo=zone)


def close(store: Store, conversation_id: str, resolved: bool, actor: str | None,
          closing_message: str | None = None, rating_invite: str | None = None) -> Changes:
    """Close, as resolved or not; the shop's closing message and the platform's rating
    invitation (邀评) go first when given."""
    changes = Changes()
    for text in (closing_message, rating_invite):
        if text and text.strip():
            _merge(changes, reply(store, conversation_id, text, actor))
    return _merge(changes, _event(store, conversation_id, EventKind.CLOSE,
                                  {"resolved": resolved}, actor))


def _merge(changes: Changes, more: Changes) -> Changes:
    for table, ids in more.tables.items():
        changes.tables.setdefault(table, set()).update(ids)
    return changes


def reopen(store: Store, conversation_id: str, actor: str | None) -> Changes:
    return _event(store, conversation_id, EventKind.REOPEN, {}, actor)


def closing_message(store: Store, conversation_id: str) -> str:
    """The shop's closing message in the customer's language."""
    return closing_texts(store, conversation_id)["closing"]


def closing_texts(store: Store, conversation_id: str) -> dict[str, Any]:
    """What the close dialog offers, in the customer's language: the closing message, the
    rating invitation (邀评) and whether the shop sends the invitation by default."""
    target = _Target(store, conversation_id)
    lang = reply_language(target.customer.language)
    return {"closing": shop.get(store, f"replies.closing_{lang}"),
            "rating_invite": shop.get(store, f"replies.rating_invite_{lang}"),
            "invite_on": bool(shop.get(store, "replies.rating_invite_on"))}


def set_vip(store: Store, customer_id: str, vip: bool, actor: str | None) -> Changes:
    customer = directory.get_customer(store.conn, customer_id)
    if customer is None:
        raise UserError("this customer no longer exists")
    with store.write() as w:
        directory.update_customer(w, customer, customer.name, vip, customer.language)
        audit.record(w, "customer.vip", "customer", customer_id, actor=actor,
                     detail={"vip": vip})
        for conv in conversations.by_customer(w.conn, customer_id, limit=1000):
            w.changes.add("conversations", conv["id"])
        return w.changes


def add_customer_note(store: Store, customer_id: str, text: str, actor: str | None) -> Changes:
    if not text.strip():
        raise UserError("write something first")
    with store.write() as w:
        note_id = new_id(w.now)
        w.insert("customer_notes", {"id": note_id, "customer_id": customer_id,
                                    "agent_id": actor, "text": text.strip(),
                                    "created_at": w.now})
        audit.record(w, "customer.note", "customer", customer_id, actor=actor)
        return w.changes


def mark_read(store: Store, conversation_id: str) -> Changes:
    """The agent has seen the conversation (nothing changes when nothing was unread)."""
    with store.write() as w:
        if conversations.unread(w.conn, conversation_id):
            w.update("conversations", conversation_id, {"unread": 0})
        return w.changes


def wake_due(store: Store) -> Changes:
    """Snoozed conversations whose time has come are open again."""
    changes = Changes()
    for conversation_id in conversations.due_snoozed(store.conn, store.clock()):
        _merge(changes, _event(store, conversation_id, EventKind.REOPEN, {}, None))
    return changes


def retry_send(store: Store, message_id: str) -> Changes:
    """Put a failed message back in the outbox (its attempts start again)."""
    return outbox.retry(store, message_id)


"""One conversation as the agent sees it: the thread and the customer beside it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.domain.problems import Problem
from desktop.services import outbox
from desktop.services.errors import UserError
from desktop.store import conversations, directory
from desktop.store import messages as message_store
from desktop.store.db import Store


@dataclass(frozen=True, slots=True)
class ThreadMessage:
    id: str
    direction: str  # in / out / note
    author: str  # customer, bot, or the agent's name
    kind: str
    text: str
    sent_at: int
    sent_offset: int
    delivery: str | None
    order_id: str | None
    product_id: str | None
    attachments: tuple[dict[str, Any], ...]
    extra: dict[str, Any]
    failure: Problem | None = None  # why a failed reply was not sent


@dataclass(frozen=True, slots=True)
class ThreadEvent:
    """Something done to the conversation (assigned, tagged, snoozed, closed …), shown as a
    line in the thread with who did it and when."""

    kind: str  # close / reopen / assign / tag / untag / snooze / priority / category / rating
    at: int
    by: str | None  # the agent's name; None when the shop did it by itself (rules, routing)
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class CustomerPanel:
    id: str
    name: str
    external_id: str
    vip: bool
    language: str
    channel: str
    order_ids: tuple[str, ...]
    earlier: tuple[dict[str, Any], ...]  # other conversations of this customer
    notes: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class ConversationDetail:
    id: str
    external_id: str
    status: str
    assignee_id: str | None
    assignee: str | None
    category: str | None
    priority: str
    resolved: bool
    rating: int | None
    waiting_since: int | None
    snoozed_until: int | None
    unread: int
    tags: tuple[str, ...]
    channel: str
    channel_kind: str
    customer: CustomerPanel
    messages: tuple[ThreadMessage, ...] = field(default=())
    events: tuple[ThreadEvent, ...] = field(default=())


def detail(store: Store, conversation_id: str) -> ConversationDetail:
    """Everything the conversation view shows, in a handful of indexed reads."""
    conn = store.conn
    row = conversations.get(conn, conversation_id)
    if row is None:
        raise UserError("this conversation no longer exists")
    state = row.state
    agents = directory.agent_names(conn)
    channel = next(c for c in directory.list_channels(conn) if c["id"] == row.channel_id)
    customer = directory.get_customer(conn, row.customer_id)
    assert customer is not None
    thread = []
    orders: dict[str, None] = {}
    pending = outbox.pending(store)
    asking = {m["id"] for m in pending if m["status"] == "confirm"}
    failures = {m["id"]: m["problem"] for m in pending if m["status"] == "failed"}
    for m in message_store.thread(conn, conversation_id):
        author = agents.get(m["agent_id"], "") if m["agent_id"] else m["author"]
        if m["order_id"]:
            orders[m["order_id"]] = None
        payload = m["payload"]
        thread.append(ThreadMessage(
            m["id"], m["direction"], author, m["kind"], m["text"], m["sent_at"],
            m["sent_offset"], "confirm" if m["id"] in asking else m["delivery"],
            m["order_id"], m["product_id"],
            tuple(payload.get("attachments", ())), payload.get("extra", {}),
            failures.get(m["id"])))
    events = tuple(ThreadEvent(e["kind"], e["at"], agents.get(e["by_agent_id"] or ""),
                               e["data"]) for e in message_store.events(conn, conversation_id))
    earlier = tuple(c for c in conversations.by_customer(conn, customer.id)
                    if c["id"] != conversation_id)
    notes = tuple({"text": n["text"], "at": n["created_at"],
                   "author": agents.get(n["agent_id"] or "", "")}
                  for n in directory.customer_notes(conn, customer.id))
    panel = CustomerPanel(customer.id, customer.name, customer.external_id, customer.vip,
                          customer.language, channel["name"], tuple(orders), earlier, notes)
    return ConversationDetail(
        id=row.id, external_id=row.external_id, status=state.status.value,
        assignee_id=state.assignee, assignee=agents.get(state.assignee or ""),
        category=state.category, priority=state.priority.value, resolved=state.resolved,
        rating=state.rating, waiting_since=state.waiting_since,
        snoozed_until=state.snoozed_until, unread=state.unread,
        tags=tuple(sorted(state.tags)),
        channel=channel["name"], channel_kind=channel["kind"], customer=panel,
        messages=tuple(thread), events=events)

"""The inbox's lists of conversations: named views, filters, sorts, keyset paging.

Pages are read on an index so the first page of 300,000 conversations comes back
in a millisecond; the UI asks for the next page when the user scrolls.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from desktop.domain.text import preview as text_preview
from desktop.store import conversations, directory
from desktop.store.conversations import ListFilter
from desktop.store.db import Store


class View(StrEnum):
    UNASSIGNED = "unassigned"
    MINE = "mine"
    OPEN = "open"
    WAITING = "waiting"
    SNOOZED = "snoozed"
    CLOSED = "closed"
    VIP = "vip"


class Sort(StrEnum):
    WAITING = "waiting"  # longest waiting first (the default)
    NEWEST = "newest"
    PRIORITY = "priority"


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What one conversation list shows."""

    view: View = View.OPEN
    sort: Sort = Sort.WAITING
    me: str | None = None  # this desktop's agent id, for "Mine"
    channel: str | None = None  # channel id
    tag: str | None = None
    agent: str | None = None  # agent id
    waiting_after: int | None = None  # only waits begun after this (ms; the dashboard's groups)
    waiting_until: int | None = None  # only waits begun at or before this (ms)

    def __post_init__(self) -> None:
        # a view or sort given by its code ("newest", from a drop-down or the command line)
        # is the enum from here on; an unknown code is refused here, not deep in a query
        object.__setattr__(self, "view", View(self.view))
        object.__setattr__(self, "sort", Sort(self.sort))


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    id: str
    status: str
    customer: str
    customer_id: str
    vip: bool
    channel: str
    channel_kind: str
    preview: str
    waiting_since: int | None
    last_message_at: int | None
    unread: int
    priority: str
    assignee_id: str | None
    assignee: str | None
    snoozed_until: int | None
    closed_at: int | None
    sort_key: tuple[Any, ...]
    ours_last: bool = False  # the preview is the shop's own reply (an agent's or the bot's)


def list_filter(q: ListQuery) -> ListFilter:
    """The store filter a named view stands for."""
    base = ListFilter(channel_id=q.channel, tag=q.tag, assignee=q.agent,
                      waiting_after=q.waiting_after, waiting_until=q.waiting_until)
    match q.view:
        case View.UNASSIGNED:
            return replace(base, unassigned=True, assignee=None)
        case View.MINE:
            return replace(base, statuses=("open", "pending"), assignee=q.me or "-")
        case View.WAITING:
            return replace(base, waiting_only=True)
        case View.SNOOZED:
            return replace(base, statuses=("snoozed",))
        case View.CLOSED:
            return replace(base, statuses=("closed",))
        case View.VIP:
            return replace(base, statuses=("open", "pending", "snoozed"), vip_only=True)
    return base


def _sort(q: ListQuery) -> str:
    if q.view is View.CLOSED:
        return "closed"
    return q.sort.value


def _summary(row: dict[str, Any]) -> ConversationSummary:
    """A list row. While the customer waits, the preview is what they asked last — not the
    auto reply the shop sent after it."""
    waiting_for_us = row["waiting_kind"] is not None
    shown = (text_preview(row["waiting_text"]) if row["waiting_text"]
             else f"[{row['waiting_kind']}]") if waiting_for_us else row["preview"]
    return ConversationSummary(
        id=row["id"], status=row["status"], customer=row["customer"],
        customer_id=row["customer_id"], vip=bool(row["vip"]), channel=row["channel"],
        channel_kind=row["channel_kind"], preview=shown,
        waiting_since=row["waiting_since"], last_message_at=row["last_message_at"],
        unread=row["unread"], priority=row["priority"], assignee_id=row["assignee_id"],
        assignee=row["assignee"], snoozed_until=row["snoozed_until"],
        closed_at=row["closed_at"], sort_key=row["sort_key"],
        ours_last=row["last_direction"] == "out" and not waiting_for_us)


def page(store: Store, query: ListQuery, limit: int = 50,
         after: tuple[Any, ...] | None = None) -> list[ConversationSummary]:
    """One page of a list; pass the last row's ``sort_key`` as ``after`` for the next."""
    rows = conversations.list_page(store.conn, list_filter(query), _sort(query), limit, after)
    return [_summary(r) for r in rows]


def rows_by_id(store: Store, query: ListQuery, ids: list[str]) -> dict[str, ConversationSummary]:
    """Those of ``ids`` that belong in the list now (to refresh changed rows only)."""
    if not ids:
        return {}
    f = replace(list_filter(query), ids=tuple(ids))
    rows = conversations.list_page(store.conn, f, _sort(query), len(ids))
    return {r["id"]: _summary(r) for r in rows}


def count(store: Store, query: ListQuery) -> int:
    return conversations.count(store.conn, list_filter(query))


def counts(store: Store, me: str | None) -> dict[str, int]:
    """How many conversations each view holds (for the navigation badges)."""
    return {v.value: count(store, ListQuery(view=v, me=me))
            for v in (View.UNASSIGNED, View.MINE, View.WAITING, View.SNOOZED, View.VIP)}


@dataclass(frozen=True, slots=True)
class QueueStats:
    unassigned_waiting: int
    oldest_wait_since: int | None


def queue_stats(store: Store) -> QueueStats:
    return QueueStats(*conversations.queue_stats(store.conn))


def filter_choices(store: Store) -> dict[str, Any]:
    """Channels, tags and agents the filters offer."""
    return {
        "channels": [(c["id"], c["name"], c["kind"]) for c in
                     directory.list_channels(store.conn)],
        "tags": conversations.tags_in_use(store.conn),
        "agents": [(a["id"], a["name"]) for a in directory.list_agents(store.conn)],
    }


def precedes(query: ListQuery, a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Whether a row with sort key ``a`` comes before one with ``b`` in this list."""
    directions = [desc for _, desc in conversations.SORTS[_sort(query)]]
    for x, y, desc in zip(a, b, directions):
        if x != y:
            return (x > y) if desc else (x < y)
    return False

"""How a conversation's state follows from its messages and events.

The store keeps this state on the conversation row so that the inbox can sort
and page on an index; these functions are the one definition of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from zoneinfo import ZoneInfo

from desktop.domain.model import (
    BOT,
    ConversationStatus,
    Direction,
    EventKind,
    Priority,
)
from desktop.domain.text import preview
from desktop.domain.timefmt import parse_moment

_UTC = ZoneInfo("UTC")


@dataclass(slots=True)
class ConversationState:
    """The derived, sortable state of one conversation."""

    status: ConversationStatus = ConversationStatus.OPEN
    assignee: str | None = None  # agent id
    category: str | None = None
    priority: Priority = Priority.NORMAL
    resolved: bool = False
    rating: int | None = None
    opened_at: int | None = None
    closed_at: int | None = None
    last_message_at: int | None = None
    last_in_at: int | None = None
    waiting_since: int | None = None  # first customer message not yet answered by a person
    first_response_at: int | None = None
    snoozed_until: int | None = None  # None while snoozed: until the customer writes
    unread: int = 0
    message_count: int = 0
    last_preview: str = ""
    last_direction: str | None = None
    tags: set[str] = field(default_factory=set)

    def copy(self) -> ConversationState:
        return replace(self, tags=set(self.tags))


def apply_message(state: ConversationState, direction: Direction, author: str,
                  sent_ms: int, text: str, kind: str) -> None:
    """Fold one message (in time order) into the state, in place."""
    if state.opened_at is None or sent_ms < state.opened_at:
        state.opened_at = sent_ms
    if direction is Direction.NOTE:
        return
    state.message_count += 1
    if state.last_message_at is None or sent_ms >= state.last_message_at:
        state.last_message_at = sent_ms
        state.last_preview = preview(text) if text else f"[{kind}]"
        state.last_direction = direction.value
    if direction is Direction.IN:
        state.last_in_at = max(state.last_in_at or sent_ms, sent_ms)
        state.unread += 1
        if state.waiting_since is None:
            state.waiting_since = sent_ms
        if state.status in (ConversationStatus.CLOSED, ConversationStatus.SNOOZED):
            state.status = ConversationStatus.OPEN
            state.closed_at = None
            state.resolved = False
            state.snoozed_until = None
    elif author != BOT:
        # A person answered: the customer is no longer waiting. A bot's
        # auto-reply does not stop the clock the shop is judged by.
        if state.waiting_since is not None and state.first_response_at is None:
            state.first_response_at = sent_ms
        state.waiting_since = None
        state.unread = 0


def apply_event(state: ConversationState, kind: EventKind, at_ms: int,
                data: dict, agent_id: str | None = None) -> None:
    """Fold one event into the state, in place. ``agent_id`` resolves ``assign``."""
    if kind is EventKind.CLOSE:
        state.status = ConversationStatus.CLOSED
        state.resolved = bool(data.get("resolved"))
        state.closed_at = at_ms
        state.waiting_since = None
        state.unread = 0
    elif kind is EventKind.REOPEN:
        state.status = ConversationStatus.OPEN
        state.closed_at = None
        state.resolved = False
        state.snoozed_until = None
    elif kind is EventKind.SNOOZE:
        state.status = ConversationStatus.SNOOZED
        until = data.get("until")
        state.snoozed_until = parse_moment(until, _UTC).epoch_ms if until else None
    elif kind is EventKind.RATING:
        state.rating = int(data["score"])
    elif kind is EventKind.ASSIGN:
        state.assignee = agent_id
    elif kind is EventKind.TAG:
        state.tags.add(data["tag"])
    elif kind is EventKind.UNTAG:
        state.tags.discard(data["tag"])
    elif kind is EventKind.PRIORITY:
        state.priority = Priority(data["priority"])
    elif kind is EventKind.CATEGORY:
        state.category = data["category"]

"""The vocabulary of ShopDesk: enums and small records.

Domain code speaks in these codes; the UI turns them into translated words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple


class Direction(StrEnum):
    IN = "in"
    OUT = "out"
    NOTE = "note"


class MessageKind(StrEnum):
    TEXT = "text"
    IMAGE = "image"
    EMOJI = "emoji"
    LINK = "link"
    PRODUCT_CARD = "product_card"
    ORDER_CARD = "order_card"
    SYSTEM = "system"
    SERVICE_REQUEST = "service_request"  # 抖店 服务请求 (催发货, 改地址…) raised on an order


class Delivery(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"


class ConversationStatus(StrEnum):
    OPEN = "open"
    PENDING = "pending"
    SNOOZED = "snoozed"
    CLOSED = "closed"


class Role(StrEnum):
    OWNER = "owner"
    AGENT = "agent"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


PRIORITY_RANK = {Priority.LOW: 0, Priority.NORMAL: 1, Priority.HIGH: 2, Priority.URGENT: 3}


class EventKind(StrEnum):
    CLOSE = "close"
    REOPEN = "reopen"
    RATING = "rating"
    ASSIGN = "assign"
    TAG = "tag"
    UNTAG = "untag"
    PRIORITY = "priority"
    CATEGORY = "category"
    SNOOZE = "snooze"


CUSTOMER = "customer"
BOT = "bot"
COMPLAINT_TAG = "投诉"  # the tag auto-reply puts on a complaint; reminders follow it


@dataclass(frozen=True, slots=True)
class CustomerRef:
    """A customer as a channel knows them (``external_id`` is the platform's id)."""

    external_id: str
    name: str = ""
    vip: bool = False
    language: str = ""


class Moment(NamedTuple):
    """An instant in UTC milliseconds plus the UTC offset it was written with. (A named
    tuple: immutable like a frozen dataclass, built in less than half the time; an import
    makes one for every line it reads.)"""

    epoch_ms: int
    offset_min: int


# The two records are built by the million in an import, where a frozen dataclass costs four
# times as much to build (every field set through object.__setattr__): they are not frozen,
# and nothing changes one once built.
@dataclass(slots=True)
class MessageRecord:
    """One message as it crosses the boundary (import, connector, composer)."""

    channel: str
    conversation: str
    customer: CustomerRef | None
    external_id: str
    direction: Direction
    author: str  # "customer", "bot" or an agent's name
    kind: MessageKind
    text: str
    sent: Moment
    order_id: str | None = None
    product_id: str | None = None
    attachments: tuple[dict[str, Any], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    delivery: Delivery | None = None


@dataclass(slots=True)
class EventRecord:
    """Something that happened to a conversation (close, rating, assign, tag ...)."""

    channel: str
    conversation: str
    kind: EventKind
    at: Moment
    data: dict[str, Any]
    by: str | None = None
    customer: CustomerRef | None = None


Record = MessageRecord | EventRecord

"""Orders and their logistics, as the shop sees them whatever platform they came from.

An order is known by (channel, order id). Its status is kept as the platform says it
(``platform_status``) and normalised (:class:`Status`). Money is a decimal string in the
currency's unit (yuan, dollars: ``"129.90"``), never cents; amounts a platform gives in fen
are converted once, at the edge (:func:`money_from_fen`). Times are UTC epoch milliseconds;
tracking events are kept newest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

STALE_AFTER_MS = 15 * 60_000  # an order older than this is refreshed when it is looked at
ORDER_VARIABLES = ("order_status", "tracking_no", "carrier", "latest_logistics")


class Status(StrEnum):
    UNPAID = "unpaid"
    AWAITING_SHIPMENT = "awaiting_shipment"
    AWAITING_COLLECTION = "awaiting_collection"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class OrderError(ValueError):
    """Data that does not make an order (a platform's answer or a file's row)."""


# The platforms' own words for a status (API codes and the exports' texts, Chinese and
# English), lower-cased, to the normalised status.
_STATUS_WORDS: dict[str, Status] = {
    # TikTok Shop API 202309 and Seller Center exports
    "unpaid": Status.UNPAID, "on_hold": Status.AWAITING_SHIPMENT,
    "awaiting_shipment": Status.AWAITING_SHIPMENT, "to ship": Status.AWAITING_SHIPMENT,
    "awaiting shipment": Status.AWAITING_SHIPMENT, "on hold": Status.AWAITING_SHIPMENT,
    "partially_shipping": Status.AWAITING_SHIPMENT,
    "awaiting_collection": Status.AWAITING_COLLECTION,
    "awaiting collection": Status.AWAITING_COLLECTION,
    "in_transit": Status.IN_TRANSIT, "in transit": Status.IN_TRANSIT,
    "shipped": Status.IN_TRANSIT, "delivered": Status.DELIVERED,
    "completed": Status.COMPLETED, "cancelled": Status.CANCELLED, "canceled": Status.CANCELLED,
    # 抖店 order_status codes (order.orderDetail / order.searchList)
    "1": Status.UNPAID, "105": Status.AWAITING_SHIPMENT, "2": Status.AWAITING_SHIPMENT,
    "101": Status.IN_TRANSIT, "3": Status.IN_TRANSIT, "4": Status.CANCELLED,
    "5": Status.COMPLETED,
    # 抖店 texts (order_status_desc, the order export's 订单状态)
    "待支付": Status.UNPAID, "待付款": Status.UNPAID, "待确认": Status.UNPAID,
    "已支付": Status.AWAITING_SHIPMENT, "备货中": Status.AWAITING_SHIPMENT,
    "待发货": Status.AWAITING_SHIPMENT, "部分发货": Status.IN_TRANSIT,
    "待揽收": Status.AWAITING_COLLECTION, "已发货": Status.IN_TRANSIT,
    "待收货": Status.IN_TRANSIT, "运输中": Status.IN_TRANSIT, "已签收": Status.DELIVERED,
    "已完成": Status.COMPLETED, "交易成功": Status.COMPLETED, "已取消": Status.CANCELLED,
    "已关闭": Status.CANCELLED, "交易关闭": Status.CANCELLED,
}

# What a customer reads in a reply ({order_status}); the window words statuses itself.
CUSTOMER_WORDS = {
    "zh": {Status.UNPAID: "待付款", Status.AWAITING_SHIPMENT: "待发货",
           Status.AWAITING_COLLECTION: "待揽收", Status.IN_TRANSIT: "运输中",
           Status.DELIVERED: "已签收", Status.COMPLETED: "已完成", Status.CANCELLED: "已取消"},
    "en": {Status.UNPAID: "awaiting payment", Status.AWAITING_SHIPMENT: "awaiting shipment",
           Status.AWAITING_COLLECTION: "awaiting collection by the carrier",
           Status.IN_TRANSIT: "in transit", Status.DELIVERED: "delivered",
           Status.COMPLETED: "completed", Status.CANCELLED: "cancelled"},
}


def normalise_status(platform_status: str) -> Status:
    """The normalised status of a platform's status word or code."""
    found = _STATUS_WORDS.get(str(platform_status).strip().lower())
    if found is None:
        raise OrderError(f"unknown order status {platform_status!r}")
    return found


@dataclass(frozen=True)
class TrackingEvent:
    at: int  # UTC ms
    text: str


@dataclass(frozen=True)
class Tracking:
    number: str
    carrier: str = ""
    events: tuple[TrackingEvent, ...] = ()  # newest first


@dataclass(frozen=True)
class OrderItem:
    name: str
    quantity: int = 1
    price: str = "0.00"  # unit price in the currency's unit
    sku: str = ""  # SKU or spec, as the shop reads it (e.g. "黑色 M")
    picture: str = ""  # URL
    after_sale: str = ""  # the platform's after-sale state, "" when none


@dataclass(frozen=True)
class Order:
    channel: str  # the channel's name
    order_id: str
    status: Status
    platform_status: str
    created_at: int
    total: str = "0.00"
    currency: str = "CNY"
    items: tuple[OrderItem, ...] = ()
    tracking: tuple[Tracking, ...] = ()
    paid_at: int | None = None
    shipped_at: int | None = None
    recipient: str = ""  # masked
    buyer_id: str = ""  # the buyer's id on the platform
    customer_id: str | None = None  # the shop's customer, when known
    source: str = "api"  # api, import, demo
    fetched_at: int = 0  # when the platform (or the file) said so
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def with_events_sorted(self) -> Order:
        return replace(self, tracking=tuple(
            replace(t, events=tuple(sorted(t.events, key=lambda e: -e.at)))
            for t in self.tracking))


# --- money -------------------------------------------------------------------------------------

_CENT = Decimal("0.01")


def money(value: Any) -> str:
    """An amount in the currency's unit as a two-decimal string ("129.9" -> "129.90")."""
    text = str(value).strip().replace(",", "").lstrip("¥￥$")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise OrderError(f"not an amount: {value!r}") from None
    if not amount.is_finite() or amount < 0:
        raise OrderError(f"not an amount: {value!r}")
    return str(amount.quantize(_CENT, rounding=ROUND_HALF_UP))


def money_from_fen(fen: Any) -> str:
    """An amount a platform gives in fen (cents) in yuan: 12990 -> "129.90"."""
    try:
        value = int(fen)
    except (TypeError, ValueError):
        raise OrderError(f"not an amount in fen: {fen!r}") from None
    if value < 0:
        raise OrderError(f"not an amount in fen: {fen!r}")
    return str((Decimal(value) / 100).quantize(_CENT))


# --- privacy -----------------------------------------------------------------------------------

def mask_name(name: str) -> str:
    name = name.strip()
    return name[:1] + "*" * min(len(name) - 1, 2) if len(name) > 1 else name


def mask_phone(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    return digits[:3] + "****" + digits[-4:] if len(digits) >= 7 else ("*" * len(digits))


def mask_recipient(name: str = "", phone: str = "", region: str = "") -> str:
    """A recipient as the panel shows it: surname, masked phone, region without the street."""
    parts = [mask_name(name) if name else "", mask_phone(phone) if phone else "",
             region.strip()]
    return " ".join(p for p in parts if p)


# --- reading -----------------------------------------------------------------------------------

def latest_event(order: Order) -> TrackingEvent | None:
    events = [e for t in order.tracking for e in t.events]
    return max(events, key=lambda e: e.at) if events else None


def is_stale(order: Order, now: int, max_age: int = STALE_AFTER_MS) -> bool:
    """Whether the order should be asked for again (finished orders never change)."""
    if order.status in (Status.COMPLETED, Status.CANCELLED) and order.fetched_at:
        return False
    return now - order.fetched_at > max_age


def _clock_text(ms: int, zone: tzinfo) -> str:
    return datetime.fromtimestamp(ms / 1000, zone).strftime("%m-%d %H:%M")


def reply_values(order: Order | None, zone: tzinfo, language: str = "zh") -> dict[str, str]:
    """The order variables of templates and auto-replies ("" where the order does not say)."""
    if order is None:
        return dict.fromkeys(ORDER_VARIABLES, "")
    words = CUSTOMER_WORDS["en" if language.startswith("en") else "zh"]
    first = order.tracking[0] if order.tracking else None
    event = latest_event(order)
    return {"order_status": words[order.status],
            "tracking_no": first.number if first else "",
            "carrier": first.carrier if first else "",
            "latest_logistics": f"{_clock_text(event.at, zone)} {event.text}" if event else ""}


def summary(order: Order, zone: tzinfo, language: str = "zh") -> str:
    """The order in a few lines for the customer ("send to customer")."""
    en = language.startswith("en")
    values = reply_values(order, zone, language)
    symbol = {"CNY": "¥", "USD": "$"}.get(order.currency, order.currency + " ")
    items = "；".join(f"{i.name}{' ' + i.sku if i.sku else ''} ×{i.quantity}"
                     for i in order.items) if not en else "; ".join(
        f"{i.name}{' (' + i.sku + ')' if i.sku else ''} x{i.quantity}" for i in order.items)
    lines = [f"Order {order.order_id}: {values['order_status']}" if en else
             f"订单 {order.order_id}：{values['order_status']}"]
    if items:
        lines.append(("Items: " if en else "商品：") + items)
    lines.append(("Total: " if en else "合计：") + f"{symbol}{order.total}")
    if values["tracking_no"]:
        lines.append(("Tracking: " if en else "物流：") +
                     f"{values['carrier']} {values['tracking_no']}".strip())
    if values["latest_logistics"]:
        lines.append(("Latest: " if en else "最新动态：") + values["latest_logistics"])
    return "\n".join(lines)


_VARIABLE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def without_unfilled(body: str, values: dict[str, str]) -> str:
    """A reply body without the lines naming an order variable that has no value (no order,
    a failed lookup, offline): the reply falls back to its text without the live part. When
    every line would go, the order variables alone are left out."""
    kept = [line for line in body.split("\n")
            if not any(n in ORDER_VARIABLES and not values.get(n)
                       for n in _VARIABLE.findall(line))]
    if any(line.strip() for line in kept):
        return "\n".join(kept)
    return _VARIABLE.sub(lambda m: "" if m.group(1) in ORDER_VARIABLES and
                         not values.get(m.group(1)) else m.group(0), body)


def fill_live(body: str, values: dict[str, str]) -> str:
    """A reply body with its variables filled in (see :func:`without_unfilled`) — never a
    blank line where the live part was, never a raw ``{variable}``."""
    text = without_unfilled(body, values)
    return _VARIABLE.sub(lambda m: values.get(m.group(1), ""), text).strip()


_BRACES = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}|[{}]")


def escape_except(body: str, names: tuple[str, ...]) -> str:
    """A text written without variables in mind (a knowledge-base answer) ready for
    ``str.format``: its braces doubled, except those of the variables ``names``."""
    return _BRACES.sub(lambda m: m.group(0) if m.group(1) in names else
                       m.group(0).replace("{", "{{").replace("}", "}}"), body)

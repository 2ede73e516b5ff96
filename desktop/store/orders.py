"""Orders: one row per (channel, order id), items and tracking as JSON inside it."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict

from desktop.domain.orders import Order, OrderItem, Status, Tracking, TrackingEvent
from desktop.store.writer import Writer

_COLUMNS = ("channel_id", "order_id", "customer_id", "buyer_id", "status", "platform_status",
            "created_at", "paid_at", "shipped_at", "total", "currency", "recipient", "items",
            "tracking", "source", "fetched_at")
_SELECT = ("SELECT c.name, " + ", ".join(f"o.{c}" for c in _COLUMNS[1:]) +
           " FROM orders o JOIN channels c ON c.id = o.channel_id")


def save(w: Writer, channel_id: str, order: Order) -> None:
    """Store the order as it is now (a row said again is replaced whole)."""
    w.upsert("orders", {
        "channel_id": channel_id, "order_id": order.order_id,
        "customer_id": order.customer_id, "buyer_id": order.buyer_id,
        "status": order.status.value, "platform_status": order.platform_status,
        "created_at": order.created_at, "paid_at": order.paid_at,
        "shipped_at": order.shipped_at, "total": order.total, "currency": order.currency,
        "recipient": order.recipient,
        "items": json.dumps([asdict(i) for i in order.items], ensure_ascii=False),
        "tracking": json.dumps([asdict(t) for t in order.tracking], ensure_ascii=False),
        "source": order.source, "fetched_at": order.fetched_at})


def _order(row: tuple) -> Order:
    (channel, order_id, customer_id, buyer_id, status, platform_status, created_at, paid_at,
     shipped_at, total, currency, recipient, items, tracking, source, fetched_at) = row
    return Order(
        channel=channel, order_id=order_id, status=Status(status),
        platform_status=platform_status, created_at=created_at, total=total, currency=currency,
        items=tuple(OrderItem(**i) for i in json.loads(items)),
        tracking=tuple(Tracking(t["number"], t.get("carrier", ""), tuple(
            TrackingEvent(int(e["at"]), str(e["text"])) for e in t.get("events", [])))
            for t in json.loads(tracking)),
        paid_at=paid_at, shipped_at=shipped_at, recipient=recipient, buyer_id=buyer_id,
        customer_id=customer_id, source=source, fetched_at=fetched_at)


def get(conn: sqlite3.Connection, order_id: str, channel_id: str | None = None) -> list[Order]:
    """The order(s) with this id (on one channel when given)."""
    if channel_id is None:
        rows = conn.execute(_SELECT + " WHERE o.order_id = ? ORDER BY c.name", (order_id,))
    else:
        rows = conn.execute(_SELECT + " WHERE o.order_id = ? AND o.channel_id = ?",
                            (order_id, channel_id))
    return [_order(r) for r in rows]


def existing(conn: sqlite3.Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str],
                                                                             Order]:
    """The stored orders among (channel id, order id) pairs."""
    out: dict[tuple[str, str], Order] = {}
    for channel_id, order_id in keys:
        row = conn.execute(_SELECT + " WHERE o.channel_id = ? AND o.order_id = ?",
                           (channel_id, order_id)).fetchone()
        if row is not None:
            out[(channel_id, order_id)] = _order(row)
    return out


# An order is the customer's when it says so, when its buyer is the customer on the
# platform, or when the customer sent its order card in a conversation.
_OF_CUSTOMER = """
    WITH me AS (SELECT id, channel_id, external_id FROM customers WHERE id = :customer)
    SELECT o.channel_id, o.order_id FROM orders o, me WHERE o.customer_id = me.id
    UNION SELECT o.channel_id, o.order_id FROM orders o, me
        WHERE o.channel_id = me.channel_id AND o.buyer_id = me.external_id AND o.buyer_id != ''
    UNION SELECT m.channel_id, m.order_id FROM conversations v
        CROSS JOIN messages m ON m.conversation_id = v.id
        WHERE v.customer_id = :customer AND m.order_id IS NOT NULL
"""
# (CROSS JOIN keeps SQLite on the customer's own conversations, then their messages by the
# thread index: left to itself it walked every order-naming message of the shop, 2 s on a
# 2-million-message shop, on the GUI thread when a conversation opens.)


def for_customer(conn: sqlite3.Connection, customer_id: str, channel_id: str | None = None,
                 limit: int = 50) -> list[Order]:
    """The customer's orders, newest first."""
    sql = (_SELECT + f" JOIN ({_OF_CUSTOMER}) k ON k.channel_id = o.channel_id "
           "AND k.order_id = o.order_id" + (" WHERE o.channel_id = :channel" if channel_id
                                            else "") +
           " ORDER BY o.created_at DESC, o.order_id DESC LIMIT :limit")
    return [_order(r) for r in conn.execute(sql, {"customer": customer_id,
                                                  "channel": channel_id, "limit": limit})]


def card_order_ids(conn: sqlite3.Connection, conversation_id: str,
                   cards_only: bool = False) -> list[str]:
    """Order ids a conversation's messages name (only its order cards' when ``cards_only``),
    latest first."""
    return [r[0] for r in conn.execute(
        "SELECT order_id FROM messages WHERE conversation_id = ? AND order_id IS NOT NULL "
        "AND (? = 0 OR kind = 'order_card') ORDER BY sent_at DESC",
        (conversation_id, int(cards_only)))]


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM orders").fetchone()[0]




def customers_named(conn: sqlite3.Connection, external_id: str,
                    channel_id: str | None = None) -> list[str]:
    """Ids of the customers with this platform id (on one channel when given)."""
    return [r[0] for r in conn.execute(
        "SELECT id FROM customers WHERE external_id = ? AND (? IS NULL OR channel_id = ?)",
        (external_id, channel_id, channel_id))]


def mentioned(conn: sqlite3.Connection) -> list[tuple[str, str, str, str, int, str]]:
    """(channel name, channel kind, order id, customer id, first mentioned at, customer's
    language) of the orders the conversations mention, oldest first."""
    return list(conn.execute(
        "SELECT ch.name, ch.kind, m.order_id, c.customer_id, min(m.sent_at), cu.language "
        "FROM messages m JOIN conversations c ON c.id = m.conversation_id JOIN channels ch "
        "ON ch.id = m.channel_id JOIN customers cu ON cu.id = c.customer_id "
        "WHERE m.order_id IS NOT NULL GROUP BY m.channel_id, m.order_id ORDER BY 5"))


def customers_first_seen(conn: sqlite3.Connection) -> list[tuple[str, str, str, int, str]]:
    """(channel name, channel kind, customer id, first message at, language) of every
    customer."""
    return list(conn.execute(
        "SELECT ch.name, ch.kind, c.customer_id, min(c.opened_at), cu.language "
        "FROM conversations c JOIN channels ch ON ch.id = c.channel_id JOIN customers cu "
        "ON cu.id = c.customer_id GROUP BY c.customer_id ORDER BY 4"))

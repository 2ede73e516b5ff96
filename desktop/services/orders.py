"""Orders beside the conversations: stored, listed by customer, refreshed when stale.

The platforms are asked by the channels layer (``desktop/channels/orders.py``) through an
:class:`OrderSource`; this module only stores what a source said, in one transaction, and
reads it back. A failed lookup changes nothing: the cached order stays with its age.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from desktop.domain import orders as domain
from desktop.domain.orders import Order
from desktop.domain.problems import Problem
from desktop.services import shop
from desktop.services.errors import UserError
from desktop.store import conversations, directory
from desktop.store import orders as order_store
from desktop.store.db import Store
from desktop.store.writer import Changes


class OrderSource(Protocol):
    """What a platform's order API offers (a channel's connector)."""

    def order(self, order_id: str) -> Order:
        """The order as the platform says it now, with its tracking."""

    def buyer_orders(self, buyer_id: str) -> list[Order]:
        """The buyer's orders, newest first ([] where the platform cannot search by buyer)."""


class LookupFailed(Exception):
    """The platform could not be asked (offline, refused, throttled, a broken answer).
    ``code`` says which, for the window to word it: offline, throttled, broken,
    authorisation, contract, unknown (the platform does not know the order), no_lookup, or
    failed (anything else). ``problem``: the channel's problem, when a channel said one."""

    def __init__(self, message: str, code: str | None = None,
                 problem: Problem | None = None) -> None:
        super().__init__(message)
        self.code = code or next((c for words, c in _CODES if words in message), "failed")
        self.problem = problem


_CODES = (("cannot be reached", "offline"), ("too many requests", "throttled"),
          ("rate limit", "throttled"), ("not its API", "broken"), ("authoris", "authorisation"),
          ("documented fields", "contract"), ("not an amount", "contract"),
          ("unknown order status", "contract"), ("does not know order", "unknown"),
          ("订单不存在", "unknown"), ("no order lookup", "no_lookup"))


def channel_id(store: Store, name: str) -> str:
    found = directory.channel_ids(store.conn).get(name)
    if found is None:
        raise UserError(f"no channel named {name!r}")
    return found


def save(store: Store, orders: Iterable[Order]) -> Changes:
    """Store orders as said now, all in one transaction. An order without a customer is linked
    to the channel's customer with its buyer id, or keeps the customer it had."""
    ids = directory.channel_ids(store.conn)
    orders = list(orders)
    known = order_store.existing(store.conn, [(ids[o.channel], o.order_id) for o in orders])
    with store.write() as w:
        for order in orders:
            cid = ids[order.channel]
            if order.customer_id is None:
                old = known.get((cid, order.order_id))
                buyer = directory.find_customer(store.conn, cid, order.buyer_id) \
                    if order.buyer_id else None
                order = replace(order, customer_id=buyer.id if buyer else
                                old.customer_id if old else None)
            order = _keep_events(order, known.get((cid, order.order_id)))
            order_store.save(w, cid, order.with_events_sorted())
    return w.changes


def _keep_events(order: Order, old: Order | None) -> Order:
    """A parcel said again without its events (a search result) keeps the events known."""
    if old is None:
        return order
    known = {t.number: t.events for t in old.tracking}
    return replace(order, tracking=tuple(
        t if t.events or not known.get(t.number) else replace(t, events=known[t.number])
        for t in order.tracking))


def get(store: Store, order_id: str, channel: str | None = None) -> Order:
    """The stored order; several channels with the same id need ``channel``."""
    found = order_store.get(store.conn, order_id,
                            channel_id(store, channel) if channel else None)
    if not found:
        raise UserError(f"no order {order_id}" + (f" on {channel}" if channel else ""))
    if len(found) > 1:
        raise UserError(f"order {order_id} is on several channels "
                        f"({', '.join(o.channel for o in found)}): name one with --channel")
    return found[0]


def find(store: Store, order_id: str, channel: str | None = None) -> Order | None:
    try:
        return get(store, order_id, channel)
    except UserError:
        return None


def for_customer(store: Store, customer_id: str, channel: str | None = None) -> list[Order]:
    """The customer's orders, newest first."""
    return order_store.for_customer(store.conn, customer_id,
                                    channel_id(store, channel) if channel else None)


def for_conversation(store: Store, conversation_id: str,
                     parties: tuple[str, str] | None = None) -> Order | None:
    """The conversation's latest order: of its latest order card when stored, else the
    customer's newest. ``parties``: the conversation's (channel id, customer id) when the
    caller has them already."""
    if parties is None:
        row = conversations.get(store.conn, conversation_id)
        if row is None:
            return None
        parties = (row.channel_id, row.customer_id)
    channel_id, customer = parties
    for order_id in order_store.card_order_ids(store.conn, conversation_id):
        found = order_store.get(store.conn, order_id, channel_id)
        if found:
            return found[0]
    mine = order_store.for_customer(store.conn, customer, limit=1)
    return mine[0] if mine else None


def customer_id(store: Store, given: str, channel: str | None = None) -> str:
    """The shop's customer named by their id on the platform (or the shop's own id)."""
    if channel is None and directory.get_customer(store.conn, given) is not None:
        return given
    found = order_store.customers_named(store.conn, given,
                                        channel_id(store, channel) if channel else None)
    if not found:
        raise UserError(f"no customer {given!r}" + (f" on {channel}" if channel else ""))
    if len(found) > 1:
        raise UserError(f"several channels have a customer {given!r}: name one with --channel")
    return found[0]


def card_orders(store: Store, conversation_id: str) -> dict[str, Order]:
    """The stored orders of a conversation's order cards, by order id (short indexed reads)."""
    row = conversations.get(store.conn, conversation_id)
    if row is None:
        return {}
    out: dict[str, Order] = {}
    for order_id in order_store.card_order_ids(store.conn, conversation_id, True)[:20]:
        found = order_store.get(store.conn, order_id, row.channel_id)
        if found:
            out[order_id] = found[0]
    return out


def stale(store: Store, order: Order) -> bool:
    return domain.is_stale(order, store.clock())


def refresh(store: Store, source: OrderSource, order_id: str, channel: str) -> Order:
    """Ask the platform for the order now and store it; :class:`LookupFailed` leaves the
    stored order as it was."""
    fresh = source.order(order_id)
    save(store, [replace(fresh, channel=channel, fetched_at=store.clock())])
    return get(store, order_id, channel)


def refresh_customer(store: Store, sources: Callable[[str], OrderSource | None],
                     customer_id: str) -> tuple[list[Order], list[LookupFailed]]:
    """Ask the platforms for a customer's orders (the buyer's search where the platform has
    one, and every order already known); returns the orders and what could not be asked
    (nothing is stored then: the cached orders stay as they were)."""
    customer = directory.get_customer(store.conn, customer_id)
    if customer is None:
        raise UserError("no such customer")
    channel = directory.channel_names(store.conn)[customer.channel_id]
    source = sources(channel)
    if source is None:
        return for_customer(store, customer_id), [
            LookupFailed(f"{channel}: no order lookup for this channel", "no_lookup")]
    now = store.clock()
    fetched: dict[str, Order] = {}
    try:
        for order in source.buyer_orders(customer.external_id):
            fetched[order.order_id] = order
        for order in for_customer(store, customer_id):
            if order.channel == channel and order.order_id not in fetched:
                fetched[order.order_id] = source.order(order.order_id)
    except LookupFailed as exc:
        return for_customer(store, customer_id), [exc]
    if fetched:
        save(store, [replace(o, channel=channel, fetched_at=now,
                             customer_id=o.customer_id or customer_id)
                     for o in fetched.values()])
    return for_customer(store, customer_id), []


# --- as the command line and the window show it --------------------------------------------------

def _iso(store: Store, ms: int | None) -> str | None:
    if ms is None:
        return None
    return datetime.fromtimestamp(ms / 1000, shop.shop_zone(store)).isoformat(timespec="seconds")


def to_json(store: Store, order: Order) -> dict[str, Any]:
    """The order as ``shopdesk order show --json`` prints it (documented keys)."""
    return {
        "order_id": order.order_id, "channel": order.channel, "status": order.status.value,
        "platform_status": order.platform_status, "created_at": _iso(store, order.created_at),
        "items": [{"name": i.name, "sku": i.sku, "quantity": i.quantity, "price": i.price}
                  for i in order.items],
        "total": order.total, "currency": order.currency,
        "tracking": [{"number": t.number, "carrier": t.carrier,
                      "events": [{"at": _iso(store, e.at), "text": e.text} for e in t.events]}
                     for t in order.tracking],
        "updated_at": _iso(store, order.fetched_at),
    }


def reply_values(store: Store, conversation_id: str, language: str = "zh") -> dict[str, str]:
    """The order variables for a conversation's latest order ("" when it has none)."""
    return domain.reply_values(for_conversation(store, conversation_id),
                               shop.shop_zone(store), language)


def card_values(store: Store, order_id: str | None, channel: str, conversation_id: str,
                language: str, zone: Any = None,
                parties: tuple[str, str] | None = None) -> dict[str, str]:
    """The live part of an auto-reply: the state of the order on the card (as the channels
    layer just refreshed it, or as stored), else of the conversation's latest order; times in
    ``zone`` (the shop's, read when not given)."""
    order = find(store, order_id, channel) if order_id else None
    if order is None:
        order = for_conversation(store, conversation_id, parties)
    return domain.reply_values(order, zone or shop.shop_zone(store), language)


def summary(store: Store, order: Order, language: str = "zh") -> str:
    return domain.summary(order, shop.shop_zone(store), language)

"""After-sales requests beside the orders: stored as the platforms say them, each tied to its
order and customer (and so their conversation), listed by nearest deadline.

The platforms are asked by the channels layer (``desktop/channels/aftersales.py``) through an
:class:`AfterSaleSource`; this module stores what a source said, in one transaction. A request
stored open that the platform no longer lists open has left the shop's hands.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from desktop.domain import aftersales as domain
from desktop.domain.aftersales import AfterSale, Stage
from desktop.services import shop
from desktop.services.orders import channel_id
from desktop.store import aftersales as store_rows
from desktop.store import conversations, directory
from desktop.store import orders as order_store
from desktop.store.db import Store


class AfterSaleSource(Protocol):
    def open_after_sales(self) -> list[AfterSale]:
        """The channel's open requests, nearest deadline first (LookupFailed when it cannot
        be asked: nothing is stored then)."""


def _customer(store: Store, cid: str, item: AfterSale) -> str | None:
    found = order_store.get(store.conn, item.order_id, cid)
    if found and found[0].customer_id:
        return found[0].customer_id
    buyer = item.buyer_id or (found[0].buyer_id if found else "")
    if buyer:
        row = directory.find_customer(store.conn, cid, buyer)
        if row is not None:
            return row.id
    return None


def save(store: Store, channel: str, fetched: list[AfterSale]) -> int:
    """Store a channel's open requests as fetched now (all of them, in one transaction);
    returns how many are open."""
    cid = channel_id(store, channel)
    now = store.clock()
    with store.write() as w:
        known = store_rows.of_channel(store.conn, cid)
        seen = set()
        for item in fetched:
            seen.add(item.request_id)
            old = known.get(item.request_id)
            item = replace(item, channel=channel, fetched_at=now,
                           customer_id=_customer(store, cid, item) or item.customer_id or
                           (old.customer_id if old else None))
            store_rows.save(w, cid, domain.settle(item, old, now))
        for old in known.values():
            if old.open and old.request_id not in seen:  # no longer open on the platform
                closed = replace(old, stage=Stage.CLOSED, fetched_at=now)
                store_rows.save(w, cid, domain.settle(closed, old, now))
    return sum(1 for i in fetched if i.open)


def open_requests(store: Store, channel: str | None = None) -> list[AfterSale]:
    """The open requests, nearest deadline first."""
    return store_rows.open_requests(store.conn, channel_id(store, channel) if channel else None)


def of_order(store: Store, channel: str, order_id: str) -> list[AfterSale]:
    return store_rows.of_order(store.conn, channel_id(store, channel), order_id)


def of_customer(store: Store, customer_id: str) -> list[AfterSale]:
    return store_rows.of_customer(store.conn, customer_id)


def any_known(store: Store) -> bool:
    return store_rows.count(store.conn) > 0


def handled_between(store: Store, start: int, end: int) -> list[AfterSale]:
    """The requests that left the shop's hands between ``start`` and ``end``."""
    return store_rows.handled_between(store.conn, start, end)


def conversation_of(store: Store, item: AfterSale) -> str | None:
    """The customer's latest conversation (None when the request has no known customer)."""
    if not item.customer_id:
        return None
    found = conversations.by_customer(store.conn, item.customer_id, limit=1)
    return found[0]["id"] if found else None


def customer_name(store: Store, item: AfterSale) -> str:
    row = directory.get_customer(store.conn, item.customer_id) if item.customer_id else None
    return (row.name or row.external_id) if row else item.buyer_id


def service_requests(store: Store, channel: str, conversation: str) -> list[tuple[str, str]]:
    """(message external id, order id) of a conversation's 服务请求, newest first."""
    return store_rows.service_requests(store.conn, channel_id(store, channel), conversation)


def buyer_of(store: Store, channel: str, order_id: str) -> str:
    """The buyer's platform id of a stored order ("" when unknown)."""
    found = order_store.get(store.conn, order_id, channel_id(store, channel))
    return found[0].buyer_id if found else ""


def fetch_state(store: Store, channel: str) -> dict[str, Any]:
    """When the channel's requests are fetched next, and how the last fetches went."""
    return store_rows.fetch_state(store.conn, channel_id(store, channel))


def save_fetch_state(store: Store, channel: str, state: dict[str, Any]) -> None:
    with store.write() as w:
        store_rows.save_fetch_state(w, channel_id(store, channel), state)


def _iso(store: Store, ms: int | None) -> str | None:
    if ms is None:
        return None
    return datetime.fromtimestamp(ms / 1000, shop.shop_zone(store)).isoformat(timespec="seconds")


def to_json(store: Store, item: AfterSale) -> dict[str, Any]:
    """The request as ``shopdesk aftersales --json`` prints it (documented keys)."""
    return {"id": item.request_id, "channel": item.channel, "order_id": item.order_id,
            "type": item.kind.value, "status": item.stage.value,
            "platform_status": item.platform_status, "amount": item.amount,
            "currency": item.currency, "reason": item.reason,
            "deadline": _iso(store, item.deadline), "customer": customer_name(store, item)}

"""Which platform answers for a channel's orders, and the refreshes the window's worker, the
command line and the auto-reply run (never on the GUI thread: they wait for a platform).

A channel's orders are asked from its own platform (TikTok Shop, 抖店) or, for a chat bridge
(a webhook channel), from the 抖店 channel that names it as its ``bridge``: one lookup for
every channel whose orders have an API. Incoming order cards are looked up at once, each on a
thread of its own, waited for :data:`LIVE_WAIT_S` at most (see :func:`look_up_cards`).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from desktop.channels import registry
from desktop.channels.douyin import API_BASE as DOUYIN_API
from desktop.channels.douyin import DouyinShop
from desktop.channels.tiktok import TikTokConnector, Tokens
from desktop.channels.tiktok_orders import TikTokOrders
from desktop.domain.model import Direction, MessageKind, MessageRecord
from desktop.domain.orders import Order
from desktop.services import channels, crash, errors, orders, secrets
from desktop.services.errors import UserError
from desktop.services.orders import LookupFailed, OrderSource
from desktop.services.session import Shop

log = logging.getLogger(__name__)
LOOKUPS = ("douyin", "tiktok")  # the kinds of channel whose platform is asked for orders
# How long an order card's auto-reply waits for its order at most: a bridge waits that much
# longer for its 200, a poll that much longer per round; a lookup still under way then goes on
# and stores what it gets, the reply is made from what is stored.
LIVE_WAIT_S = 3.0
_SLOTS = threading.BoundedSemaphore(8)  # lookups under way at once (more: the stored order)


def _douyin(channel: dict[str, Any]) -> DouyinShop | None:
    name, config = channel["name"], channel["config"]
    raw = channels.secret(name, "secrets")
    if not raw:
        return None
    values = json.loads(raw)

    def keep(new: Tokens) -> None:
        secrets.put(channels.secret_key(name, "secrets"), json.dumps(
            {"app_secret": new.app_secret, "access_token": new.access_token,
             "refresh_token": new.refresh_token}))

    return DouyinShop(name, config["app_key"], str(config.get("shop_id") or ""),
                      Tokens(values["app_secret"], values["access_token"],
                             values["refresh_token"]), keep,
                      config.get("api_base") or DOUYIN_API)


def answering(store: Shop, name: str) -> dict[str, Any] | None:
    """The connected channel whose platform answers for the orders of channel ``name``: itself
    (TikTok Shop, 抖店), or for a bridge (webhook) the 抖店 channel that names it."""
    listed = channels.listing(store)
    found = next((c for c in listed if c["name"] == name), None)
    if found is not None and found["kind"] == "webhook":
        found = next((c for c in listed if c["kind"] == "douyin" and
                      c["config"].get("bridge") == name), None)
    return found if found is not None and found["kind"] in LOOKUPS else None


def source(store: Shop, name: str) -> OrderSource | None:
    """The order lookup of a connected channel (None: the channel has none, or no keys)."""
    found = answering(store, name)
    if found is None:
        return None
    if found["kind"] == "douyin":
        return _douyin(found)
    if found["kind"] == "tiktok":
        connector = registry.connector(store, found)
        return TikTokOrders(connector) if isinstance(connector, TikTokConnector) else None
    return None


def refresh_order(store: Shop, order_id: str, channel: str | None = None) -> Order:
    """Ask the order's platform now; LookupFailed (the stored order kept) when it cannot."""
    if channel is None:
        cached = orders.find(store, order_id)
        if cached is not None:
            channel = cached.channel
        else:
            able = [c["name"] for c in channels.listing(store) if c["kind"] in LOOKUPS]
            if len(able) != 1:
                raise UserError(f"no order {order_id} is stored; name its channel with "
                                "--channel" if able else f"no order {order_id}, and no "
                                "channel can look orders up")
            channel = able[0]
    lookup = source(store, channel)
    if lookup is None:
        raise LookupFailed(f"{channel} has no order lookup (add the platform's keys, or import "
                           "its order export)")
    return orders.refresh(store, lookup, order_id, channel)


def refresh_customer(store: Shop, customer_id: str) -> tuple[list[Order], list[LookupFailed]]:
    return orders.refresh_customer(store, lambda name: source(store, name), customer_id)


def live_order(store: Shop, channel: str, order_id: str) -> Order | None:
    """The order as fresh as can be had: asked now when stale, else (or when the platform
    cannot be asked) as stored; None when it is known nowhere."""
    cached = orders.find(store, order_id, channel)
    if cached is not None and not orders.stale(store, cached):
        return cached
    try:
        return refresh_order(store, order_id, channel)
    except LookupFailed:
        return cached


def look_up_cards(open_store: Callable[[], Shop], records: Iterable[Any],
                  wait: float | None = None) -> None:
    """Before incoming order cards are answered (a poll, a bridge's request): their orders as
    fresh as can be had. Each is asked on a thread of its own with its own connection
    (``open_store``); this returns when all are stored or failed, or after ``wait`` seconds
    (:data:`LIVE_WAIT_S`) — the auto-reply reads the orders as stored then, and a failed or
    late lookup leaves the stored order, or the reply without its live part."""
    cards = {(r.channel, r.order_id) for r in records
             if isinstance(r, MessageRecord) and r.direction == Direction.IN and
             r.kind == MessageKind.ORDER_CARD and r.order_id}
    deadline = time.monotonic() + (LIVE_WAIT_S if wait is None else wait)
    done: list[threading.Event] = []
    for channel, order_id in sorted(cards):
        if not _SLOTS.acquire(blocking=False):
            log.warning("order %s on %s: too many lookups under way; answered as stored",
                        order_id, channel)
            continue
        finished = threading.Event()
        threading.Thread(target=_look_up, args=(open_store, channel, order_id, finished),
                         name="order-lookup", daemon=True).start()
        done.append(finished)
    for finished in done:
        finished.wait(max(0.0, deadline - time.monotonic()))


def _look_up(open_store: Callable[[], Shop], channel: str, order_id: str,
             finished: threading.Event) -> None:
    try:
        store = open_store()
        try:
            live_order(store, channel, order_id)
        finally:
            store.close()
    except Exception as exc:  # the card is answered from what is stored
        if errors.describe(exc) is not None:  # expected trouble (a busy database…)
            log.warning("order %s on %s not looked up: %s", order_id, channel, exc)
        else:
            log.exception("order %s on %s: the lookup failed", order_id, channel)
            crash.write_report(exc)
    finally:
        _SLOTS.release()
        finished.set()

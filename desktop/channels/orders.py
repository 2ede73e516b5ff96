"""Which platform answers for a channel's orders, and the refreshes the window's worker, the
command line and the auto-reply run (never on the GUI thread: they wait for a platform)."""

from __future__ import annotations

import json
from typing import Any

from desktop.channels import registry
from desktop.channels.douyin import API_BASE as DOUYIN_API
from desktop.channels.douyin import DouyinShop
from desktop.channels.tiktok import TikTokConnector, Tokens
from desktop.channels.tiktok_orders import TikTokOrders
from desktop.domain.model import Direction, MessageKind, MessageRecord
from desktop.domain.orders import Order
from desktop.services import channels, orders, secrets
from desktop.services.errors import UserError
from desktop.services.orders import LookupFailed, OrderSource
from desktop.services.session import Shop

LOOKUPS = ("douyin", "tiktok")  # the kinds of channel whose platform is asked for orders


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


def source(store: Shop, name: str) -> OrderSource | None:
    """The order lookup of a connected channel (None: the channel has none, or no keys)."""
    found = next((c for c in channels.listing(store) if c["name"] == name), None)
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


def look_up_cards(store: Shop, records: list[Any]) -> None:
    """Before incoming order cards are answered: their orders as fresh as can be had (the
    auto-reply reads them as stored; a failed lookup leaves its reply without the live part)."""
    for record in records:
        if isinstance(record, MessageRecord) and record.direction == Direction.IN and \
                record.kind == MessageKind.ORDER_CARD and record.order_id:
            live_order(store, record.channel, record.order_id)

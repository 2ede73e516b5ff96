"""TikTok Shop orders through the channel's connector (its signing, token refresh and rate
limits): order detail ``GET /order/202309/orders?ids=…``, a buyer's orders ``POST
/order/202309/orders/search`` (body ``buyer_user_id``, paged) and tracking ``GET
/fulfillment/202309/orders/{order_id}/tracking``. Amounts are already in the currency's unit.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from desktop.channels.base import ChannelError
from desktop.channels.tiktok import VERSION, TikTokConnector
from desktop.domain.orders import (
    Order,
    OrderError,
    OrderItem,
    Tracking,
    TrackingEvent,
    mask_recipient,
    money,
    normalise_status,
)
from desktop.services.orders import LookupFailed

SEARCH_PAGE = 50
SEARCH_PAGES = 4  # a buyer's 200 latest orders are plenty beside a chat


class TikTokOrders:
    """The orders of one TikTok Shop channel."""

    def __init__(self, connector: TikTokConnector) -> None:
        self.connector = connector

    def order(self, order_id: str) -> Order:
        try:
            data = self.connector.call("GET", f"/order/{VERSION}/orders", {"ids": order_id})
            found = [o for o in data.get("orders") or [] if str(o.get("id")) == order_id]
            if not found:
                raise OrderError(f"TikTok Shop does not know order {order_id}")
            order = to_order(self.connector.name, found[0])
            if order.tracking:
                order = self._tracked(order)
            return order
        except (ChannelError, OrderError) as exc:
            raise LookupFailed(str(exc)) from exc

    def buyer_orders(self, buyer_id: str) -> list[Order]:
        out: list[Order] = []
        token: str | None = None
        try:
            for _ in range(SEARCH_PAGES):
                data = self.connector.call(
                    "POST", f"/order/{VERSION}/orders/search",
                    {"page_size": SEARCH_PAGE, "page_token": token,
                     "sort_field": "create_time", "sort_order": "DESC"},
                    body={"buyer_user_id": buyer_id})
                out += [to_order(self.connector.name, o) for o in data.get("orders") or []]
                token = data.get("next_page_token") or None
                if not token:
                    break
        except (ChannelError, OrderError) as exc:
            raise LookupFailed(str(exc)) from exc
        return out

    def _tracked(self, order: Order) -> Order:
        data = self.connector.call("GET", f"/fulfillment/{VERSION}/orders/{order.order_id}"
                                          "/tracking")
        try:
            events = tuple(TrackingEvent(int(e["update_time_millis"]), str(e["description"]))
                           for e in data.get("tracking") or [])
        except (KeyError, TypeError, ValueError) as exc:
            raise OrderError(f"TikTok Shop answered tracking without the documented fields "
                             f"({exc})") from None
        first, *rest = order.tracking
        return replace(order, tracking=(replace(first, events=events), *rest))


def _items(lines: list[dict[str, Any]]) -> tuple[OrderItem, ...]:
    """Line items (TikTok lists one per unit) grouped into items with a quantity."""
    grouped: dict[tuple[str, str, str], OrderItem] = {}
    for line in lines:
        key = (str(line.get("sku_id") or ""), str(line["product_name"]),
               str(line.get("sku_name") or ""))
        if key in grouped:
            item = grouped[key]
            grouped[key] = replace(item, quantity=item.quantity + 1)
            continue
        grouped[key] = OrderItem(
            name=str(line["product_name"]), quantity=1,
            price=money(line.get("sale_price") or "0"),
            sku=str(line.get("sku_name") or line.get("seller_sku") or ""),
            picture=str(line.get("sku_image") or ""),
            after_sale=str(line.get("display_status") or "")
            if line.get("display_status") in ("CANCELLED", "REFUNDED") else "")
    return tuple(grouped.values())


def to_order(channel: str, o: dict[str, Any]) -> Order:
    """One order of the API as an order; OrderError when it breaks the contract."""
    try:
        lines = o.get("line_items") or []
        parcels: dict[str, str] = {}
        if o.get("tracking_number"):
            parcels[str(o["tracking_number"])] = str(o.get("shipping_provider") or "")
        for line in lines:
            if line.get("tracking_number"):
                parcels.setdefault(str(line["tracking_number"]),
                                   str(line.get("shipping_provider_name") or ""))
        address = o.get("recipient_address") or {}
        region = " ".join(str(d.get("address_name") or "") for d in
                         (address.get("district_info") or [])[1:3])
        payment = o.get("payment") or {}
        return Order(
            channel=channel, order_id=str(o["id"]), status=normalise_status(str(o["status"])),
            platform_status=str(o["status"]), created_at=int(o["create_time"]) * 1000,
            paid_at=int(o["paid_time"]) * 1000 if o.get("paid_time") else None,
            shipped_at=int(o["collection_time"]) * 1000 if o.get("collection_time") else None,
            total=money(payment.get("total_amount") or "0"),
            currency=str(payment.get("currency") or "USD"), items=_items(lines),
            tracking=tuple(Tracking(n, c) for n, c in parcels.items()),
            recipient=mask_recipient(str(address.get("name") or ""),
                                     str(address.get("phone_number") or ""), region),
            buyer_id=str(o.get("user_id") or ""))
    except (KeyError, TypeError, ValueError) as exc:
        raise OrderError(f"TikTok Shop answered an order without the documented fields "
                         f"({exc})") from None

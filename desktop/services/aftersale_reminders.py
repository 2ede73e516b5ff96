"""Reminders before an after-sales request's deadline (settings ``reminders.after_sale_warn_h``,
12 h, and ``reminders.after_sale_urgent_h``, 2 h, by default): one of each per request and
deadline, in the customer's conversation; put away once the request has left the shop's
hands or its deadline moved."""

from __future__ import annotations

from typing import Any

from desktop.domain.aftersales import HOUR_MS, SHOP_MOVES
from desktop.services import aftersales, shop
from desktop.store.db import Store

KINDS = ("after_sale_due", "after_sale_urgent")  # the later takes the place of the earlier


def set_hours(store: Store, warn_h: float, urgent_h: float) -> None:
    """How many hours before the deadline the first reminder comes, and the urgent one
    (nearer the deadline: fewer hours)."""
    if not 0 < urgent_h < warn_h:
        raise shop.SettingError("the urgent reminder must come nearer the deadline than the "
                                "first one, both before it")
    shop.set_values(store, {"reminders.after_sale_warn_h": warn_h,
                            "reminders.after_sale_urgent_h": urgent_h})


def found(store: Store, now: int) -> list[tuple[str, str, str | None, dict[str, Any]]]:
    """(key, kind, conversation id, data) of the requests worth a reminder now."""
    warn = float(shop.get(store, "reminders.after_sale_warn_h")) * HOUR_MS
    urgent = float(shop.get(store, "reminders.after_sale_urgent_h")) * HOUR_MS
    out = []
    for item in aftersales.open_requests(store):
        if item.deadline is None or item.stage not in SHOP_MOVES:
            continue
        left = item.deadline - now
        if left > warn:
            break  # nearest deadline first: the rest are further away
        kind = KINDS[1] if left <= urgent else KINDS[0]
        data = {"customer": aftersales.customer_name(store, item), "order_id": item.order_id,
                "type": item.kind.value, "deadline": item.deadline, "channel": item.channel,
                "request_id": item.request_id}
        out.append((f"{kind}:{item.channel}:{item.request_id}:{item.deadline}", kind,
                    aftersales.conversation_of(store, item), data))
    return out


def over(store: Store, reminders: list[dict[str, Any]]) -> list[str]:
    """The keys of after-sales reminders that no longer hold."""
    mine = [r for r in reminders if r["kind"] in KINDS]
    if not mine:
        return []
    still = {(i.channel, i.request_id, i.deadline) for i in aftersales.open_requests(store)
             if i.stage in SHOP_MOVES}
    urgent = {(r["data"].get("channel"), r["data"].get("request_id")) for r in mine
              if r["kind"] == KINDS[1]}
    return [r["key"] for r in mine
            if (r["data"].get("channel"), r["data"].get("request_id"),
                r["data"].get("deadline")) not in still
            or (r["kind"] == KINDS[0] and (r["data"].get("channel"),
                                           r["data"].get("request_id")) in urgent)]

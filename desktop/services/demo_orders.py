"""The demo shop's orders: every order its customers mention (order cards, order numbers in
messages) on TikTok Shop and 抖店, some earlier ones, with items, totals and logistics events
that agree with their status — so the customer panel, the variables and the order cards show
real-looking orders on every screen."""

from __future__ import annotations

import random
from typing import Any

from desktop.domain.orders import Order, OrderItem, Status, Tracking, TrackingEvent
from desktop.services import orders
from desktop.store import orders as order_store
from desktop.store.db import Store

HOUR = 3_600_000
CARRIERS = {"douyin": ("中通快递", "ZT"), "tiktok": ("USPS", "9400")}
# status, weight, hours after the order its last event is (None: no parcel yet)
STATUSES = ((Status.AWAITING_SHIPMENT, 3, None), (Status.AWAITING_COLLECTION, 1, 10),
            (Status.IN_TRANSIT, 5, 30), (Status.DELIVERED, 2, 70),
            (Status.COMPLETED, 3, 90), (Status.CANCELLED, 0.5, None))
PLATFORM_WORDS = {
    "douyin": {Status.AWAITING_SHIPMENT: "备货中", Status.AWAITING_COLLECTION: "待揽收",
               Status.IN_TRANSIT: "已发货", Status.DELIVERED: "已签收",
               Status.COMPLETED: "已完成", Status.CANCELLED: "已取消"},
    "tiktok": {s: s.value.upper() for s in Status}}
ROUTE = {"zh": ("【{city}】快递员已揽收", "【{city}转运中心】已发出，下一站【杭州转运中心】",
                "【杭州转运中心】已到达", "【杭州市】快递员正在派送，请保持电话畅通",
                "已签收，签收人：本人"),
         "en": ("Picked up by the carrier in {city}", "Departed the {city} facility",
                "Arrived at the regional facility", "Out for delivery",
                "Delivered, left at front door")}
SIZES = ("S", "M", "L", "XL")
COLOURS = {"zh": ("黑色", "白色", "灰色", "蓝色"), "en": ("black", "white", "grey", "blue")}


def _order(rng: random.Random, channel: str, kind: str, order_id: str, customer_id: str,
           created: int, now: int, products: dict[str, list[str]], language: str,
           done: bool = False) -> Order:
    lang = "en" if language.startswith("en") else "zh"
    status, _, last = rng.choices(STATUSES, [s[1] for s in STATUSES])[0]
    if done or (created < now - 10 * 24 * HOUR and status not in (Status.CANCELLED,)):
        status, last = Status.COMPLETED, 90  # an order of weeks ago has arrived
    if created > now - 48 * HOUR and status in (Status.DELIVERED, Status.COMPLETED):
        status, last = Status.IN_TRANSIT, max(1, (now - created) // HOUR - 1)
    items = tuple(OrderItem(rng.choice(products[lang]), rng.choice((1, 1, 1, 2)),
                            f"{rng.choice((39, 59, 79, 99, 129, 199))}.{rng.choice((0, 9))}0",
                            f"{rng.choice(COLOURS[lang])} {rng.choice(SIZES)}")
                  for _ in range(rng.choice((1, 1, 2))))
    total = sum(float(i.price) * i.quantity for i in items)
    tracking: tuple[Tracking, ...] = ()
    if last is not None:
        carrier, prefix = CARRIERS[kind]
        steps = ROUTE[lang]
        count = {Status.AWAITING_COLLECTION: 1, Status.IN_TRANSIT: rng.choice((2, 3, 4))}.get(
            status, len(steps))
        end = min(now - HOUR // 2, created + last * HOUR)
        span = max(HOUR, end - created - 6 * HOUR)
        city = rng.choice(("广州", "深圳", "义乌") if lang == "zh" else
                          ("Los Angeles", "Dallas", "Newark"))
        events = tuple(TrackingEvent(end - (count - 1 - k) * span // max(count, 2),
                                     steps[k].format(city=city)) for k in range(count))
        tracking = (Tracking(f"{prefix}{rng.randint(10**11, 10**12 - 1)}", carrier,
                             tuple(reversed(events))),)
    return Order(channel=channel, order_id=order_id, status=status,
                 platform_status=PLATFORM_WORDS[kind][status], created_at=created,
                 total=f"{total:.2f}", currency="CNY" if kind == "douyin" else "USD",
                 items=items, tracking=tracking, paid_at=created + 60_000,
                 shipped_at=tracking[0].events[-1].at if tracking else None,
                 recipient="张** 138****" + f"{rng.randint(0, 9999):04d} 广东省广州市"
                 if lang == "zh" else f"A** (+1)206****{rng.randint(0, 9999):04d} Seattle WA",
                 customer_id=customer_id, source="demo", fetched_at=now)


def add_demo_orders(store: Store, rng: random.Random, products: dict[str, Any]) -> int:
    """Orders for the orders the demo's customers mention, and an earlier one for some."""
    now = store.clock()
    made: list[Order] = []
    for channel, kind, order_id, customer_id, first, lang in order_store.mentioned(store.conn):
        if kind not in CARRIERS:
            continue
        created = first - rng.randint(1, 96) * HOUR
        made.append(_order(rng, channel, kind, order_id, customer_id, created, now, products,
                           lang))
        if rng.random() < 0.35:
            made.append(_order(rng, channel, kind, f"{order_id[:3]}{rng.randint(0, 10**7):07d}",
                               customer_id, created - rng.randint(10, 60) * 24 * HOUR, now,
                               products, lang, done=True))
    served = {o.customer_id for o in made}
    for channel, kind, customer_id, first, lang in order_store.customers_first_seen(store.conn):
        if kind in CARRIERS and customer_id not in served and first:
            made.append(_order(rng, channel, kind, f"{'69' if kind == 'douyin' else '57'}"
                               f"{rng.randint(0, 10**8):08d}", customer_id,
                               first - rng.randint(1, 96) * HOUR, now, products, lang))
    orders.save(store, made)
    return len(made)

"""The demo shop's orders: every order its customers mention (order cards, 服务请求, order
numbers in messages) on TikTok Shop and 抖店, some earlier ones, with items, totals and
logistics events that agree with their status — so the customer panel, the variables and the
order cards show real-looking orders on every screen.

Each platform's orders read as that platform's: 抖店 sells in China (yuan, a domestic parcel
delivered in the recipient's city, Chinese listings), TikTok Shop in the United States
(dollars, a USPS parcel to an American address, English listings), whatever language the
customer writes in. An order is completed some days after its delivery, never at once."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from desktop.domain.orders import Order, OrderItem, Status, Tracking, TrackingEvent
from desktop.services import orders
from desktop.store import orders as order_store
from desktop.store.db import Store

HOUR = 3_600_000
DAY = 24 * HOUR
COMPLETED_AFTER = 3 * DAY  # the buyer confirms (or the platform closes) days after delivery
CARRIERS = {"douyin": ("中通快递", "ZT", 12), "tiktok": ("USPS", "94001", 17)}
# status, weight, hours after the order its last event is (None: no parcel yet)
STATUSES = ((Status.AWAITING_SHIPMENT, 3, None), (Status.AWAITING_COLLECTION, 1, 10),
            (Status.IN_TRANSIT, 5, 30), (Status.DELIVERED, 2, 70),
            (Status.COMPLETED, 3, 90), (Status.CANCELLED, 0.5, None))
PLATFORM_WORDS = {
    "douyin": {Status.AWAITING_SHIPMENT: "备货中", Status.AWAITING_COLLECTION: "待揽收",
               Status.IN_TRANSIT: "已发货", Status.DELIVERED: "已签收",
               Status.COMPLETED: "已完成", Status.CANCELLED: "已取消"},
    "tiktok": {s: s.value.upper() for s in Status}}
LANGUAGE = {"douyin": "zh", "tiktok": "en"}
ROUTE = {"zh": ("【{origin}】快递员已揽收", "【{origin}转运中心】已发出，下一站【{city}转运中心】",
                "【{city}转运中心】已到达", "【{city}市】快递员正在派送，请保持电话畅通",
                "【{city}市】已签收，签收人：本人"),
         "en": ("Picked up by USPS in {origin}", "Departed the USPS facility in {origin}",
                "Arrived at the USPS regional facility in {city}", "Out for delivery in {city}",
                "Delivered, front door/porch, {city}")}
ORIGINS = {"zh": ("广州", "深圳", "义乌"), "en": ("Los Angeles, CA", "Dallas, TX", "Newark, NJ")}
# (the recipient's place, the city the parcel's events name)
PLACES = {"zh": (("浙江省杭州市", "杭州"), ("江苏省南京市", "南京"), ("广东省佛山市", "佛山"),
                 ("湖北省武汉市", "武汉"), ("四川省成都市", "成都")),
          "en": (("Seattle WA", "Seattle, WA"), ("Chicago IL", "Chicago, IL"),
                 ("Austin TX", "Austin, TX"), ("Denver CO", "Denver, CO"))}
SURNAMES = {"zh": "张王李刘陈杨赵", "en": "ABCDJKLMST"}
SIZES = ("S", "M", "L", "XL")
COLOURS = {"zh": ("黑色", "白色", "灰色", "蓝色"), "en": ("black", "white", "grey", "blue")}


def _order(rng: random.Random, kind: str, order_id: str, created: int, now: int,
           products: dict[str, list[str]], done: bool = False) -> Order:
    """One order of a platform (``kind``) as it stands ``now``; no channel or customer yet."""
    lang = LANGUAGE[kind]
    status, _, last = rng.choices(STATUSES, [s[1] for s in STATUSES])[0]
    if done or (created < now - 10 * DAY and status not in (Status.CANCELLED,)):
        status, last = Status.COMPLETED, 90  # an order of weeks ago has arrived
    if created > now - 48 * HOUR and status in (Status.DELIVERED, Status.COMPLETED):
        status, last = Status.IN_TRANSIT, max(1, (now - created) // HOUR - 1)
    items = tuple(OrderItem(rng.choice(products[lang]), rng.choice((1, 1, 1, 2)),
                            f"{rng.choice((39, 59, 79, 99, 129, 199))}.{rng.choice((0, 9))}0",
                            f"{rng.choice(COLOURS[lang])} {rng.choice(SIZES)}")
                  for _ in range(rng.choice((1, 1, 2))))
    total = sum(float(i.price) * i.quantity for i in items)
    place, city = rng.choice(PLACES[lang])
    tracking: tuple[Tracking, ...] = ()
    if last is not None:
        carrier, prefix, digits = CARRIERS[kind]
        steps = ROUTE[lang]
        count = {Status.AWAITING_COLLECTION: 1, Status.IN_TRANSIT: rng.choice((2, 3, 4))}.get(
            status, len(steps))
        end = min(now - HOUR // 2, created + last * HOUR)
        if status is Status.COMPLETED and end > now - COMPLETED_AFTER:
            status = Status.DELIVERED  # delivered lately: not confirmed yet
        span = max(HOUR, end - created - 6 * HOUR)
        origin = rng.choice(ORIGINS[lang])
        events = tuple(TrackingEvent(end - (count - 1 - k) * span // max(count, 2),
                                     steps[k].format(origin=origin, city=city))
                       for k in range(count))
        tracking = (Tracking(f"{prefix}{rng.randrange(10 ** (digits - 1), 10 ** digits)}",
                             carrier, tuple(reversed(events))),)
    phone = f"{rng.randint(0, 9999):04d}"
    recipient = (f"{rng.choice(SURNAMES[lang])}** 138****{phone} {place}" if lang == "zh" else
                 f"{rng.choice(SURNAMES[lang])}** (+1)206****{phone} {place}")
    return Order(channel=kind, order_id=order_id, status=status,
                 platform_status=PLATFORM_WORDS[kind][status], created_at=created,
                 total=f"{total:.2f}", currency="CNY" if kind == "douyin" else "USD",
                 items=items, tracking=tracking, paid_at=created + 60_000,
                 shipped_at=tracking[0].events[-1].at if tracking else None,
                 recipient=recipient, source="demo", fetched_at=now)


def as_of(order: Order, at: int) -> Order:
    """The order as it stood at ``at``: the parcel's events until then, and its status."""
    if not order.tracking or order.status is Status.CANCELLED:
        return order
    parcel = order.tracking[0]
    events = tuple(e for e in parcel.events if e.at <= at)
    status = order.status
    if not events:
        status = Status.AWAITING_SHIPMENT
    elif len(events) < len(parcel.events):
        status = Status.IN_TRANSIT  # picked up, not there yet
    elif status is Status.COMPLETED and at < events[0].at + COMPLETED_AFTER:
        status = Status.DELIVERED
    return replace(order, status=status, tracking=(replace(parcel, events=events),))


class DemoOrders:
    """The orders the demo's conversations show as they are made (order cards, 服务请求),
    kept for :func:`add_demo_orders`."""

    def __init__(self, rng: random.Random, products: dict[str, list[str]], now: int) -> None:
        self.rng, self.products, self.now = rng, products, now
        self.made: dict[tuple[str, str], Order] = {}

    def at(self, channel: str, order_id: str, moment: int) -> Order:
        """The order (of the channel's platform), as it stood at ``moment``."""
        order = self.made.get((channel, order_id))
        if order is None:
            created = moment - self.rng.randint(1, 96) * HOUR
            order = _order(self.rng, channel, order_id, created, self.now, self.products)
            self.made[(channel, order_id)] = order
        return as_of(order, moment)


def add_demo_orders(store: Store, rng: random.Random, products: dict[str, Any],
                    made: dict[tuple[str, str], Order] | None = None) -> int:
    """Orders for the orders the demo's customers mention (those ``made`` while the
    conversations were, as they were made), and an earlier one for some."""
    now = store.clock()
    made = made or {}
    out: list[Order] = []
    for channel, kind, order_id, customer_id, first, _lang in order_store.mentioned(store.conn):
        if kind not in CARRIERS:
            continue
        order = made.get((channel, order_id))
        if order is None:
            order = _order(rng, kind, order_id, first - rng.randint(1, 96) * HOUR, now, products)
        out.append(replace(order, channel=channel, customer_id=customer_id))
        if rng.random() < 0.35:
            out.append(replace(_order(rng, kind, f"{order_id[:3]}{rng.randint(0, 10**7):07d}",
                                      order.created_at - rng.randint(10, 60) * DAY, now,
                                      products, done=True),
                               channel=channel, customer_id=customer_id))
    served = {o.customer_id for o in out}
    for channel, kind, customer_id, first, _lang in order_store.customers_first_seen(store.conn):
        if kind in CARRIERS and customer_id not in served and first:
            order = _order(rng, kind, f"{'69' if kind == 'douyin' else '57'}"
                           f"{rng.randint(0, 10**8):08d}", first - rng.randint(1, 96) * HOUR,
                           now, products)
            out.append(replace(order, channel=channel, customer_id=customer_id))
    orders.save(store, out)
    return len(out)

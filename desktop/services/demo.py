"""A realistic demo shop: agents, customers, a month of conversations.

The mix follows what small shops see: about 39% logistics questions, 24%
returns and refunds, then sizes, product questions, coupons and complaints;
Chinese and English customers, VIPs, order and product cards, images and
emoji, night-time traffic answered by the bot and by people next morning,
reply delays around a minute in working hours (some far longer), some
conversations still waiting, ratings on most closed ones. Everything is stored
through the same receiver as an import.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta, timezone
from typing import Any

from desktop.domain.model import (
    BOT,
    CUSTOMER,
    CustomerRef,
    Delivery,
    Direction,
    EventKind,
    EventRecord,
    MessageKind,
    MessageRecord,
    Moment,
    Record,
)
from desktop.domain.orders import fill_live, reply_values
from desktop.services import shop
from desktop.services.demo_aftersales import add_demo_after_sales, add_demo_platform_figures
from desktop.services.demo_orders import CARRIERS, DemoOrders, add_demo_orders
from desktop.services.demo_setup import prepare
from desktop.services.gc_paused import gc_paused
from desktop.services.inbox import BATCH, Receiver
from desktop.services.inbox_pipeline import Pipeline
from desktop.services.resources import resource
from desktop.store import search as search_store
from desktop.store.db import Store

MINUTE = 60_000
HOUR = 60 * MINUTE
DAY = 24 * HOUR
# Share of a day's customer messages by local hour: quiet nights, busy evenings.
_HOURLY = [2, 1.2, 0.7, 0.4, 0.3, 0.4, 0.8, 1.5, 3, 4.5, 5.5, 5.5, 5, 5, 5.5, 5.5, 5.2, 5,
           5, 5.5, 6.5, 7, 6, 4]
_CHANNELS = (("tiktok", 0.5), ("douyin", 0.3), ("email", 0.2))
_CARDS = ("tiktok", "douyin")  # chats have order and product cards; mail is text
# what 抖店 buyers raise from the order page (服务请求), answered like a logistics question
_SERVICE_REQUESTS = ("催发货：什么时候能发货？", "催发货：买家希望尽快发货",
                     "催物流：快递好几天没有更新了", "催物流：请帮忙催一下快递")
_SHIPPED = "亲，您的订单已经发货了，快递单号是{tracking}，已经帮您催促快递，有消息第一时间通知您"
_SHIPS_SOON = "亲，您的订单正在备货，我们48小时内发货，今天下午就给您安排"
OPENS, CLOSES = 9, 22  # the demo's people answer from 09:00 to 22:00 (the bot at night)


@dataclass
class DemoSummary:
    messages: int
    events: int
    conversations: int
    customers: int

    def as_dict(self) -> dict[str, int]:
        return {"messages": self.messages, "events": self.events,
                "conversations": self.conversations, "customers": self.customers}


def _corpus() -> dict[str, Any]:
    return json.loads(resource("demo", "corpus.json").read_text(encoding="utf-8"))


class _Generator:
    def __init__(self, rng: random.Random, corpus: dict[str, Any], offset_min: int,
                 orders: DemoOrders) -> None:
        self.rng = rng
        self.c = corpus
        self.offset = offset_min
        self.orders = orders
        self.zone = timezone(timedelta(minutes=offset_min))
        card = shop.DEFAULTS["autoreply.scenarios"]["order_card"]
        self.card_reply = {"zh": card["zh"], "en": card["en"]}
        self.topics = corpus["topics"]
        self.topic_weights = [t["weight"] for t in self.topics]
        self.agents = [a["name"] for a in corpus["agents"]]

    def customer(self, n: int) -> tuple[str, CustomerRef]:
        rng, c = self.rng, self.c
        channel = rng.choices([ch for ch, _ in _CHANNELS], [w for _, w in _CHANNELS])[0]
        english = rng.random() < (0.35 if channel == "tiktok" else 0.15 if channel == "email"
                                  else 0.02)
        if english:
            name = f"{rng.choice(c['english_names'])} {rng.choice(c['english_surnames'])}"
        elif rng.random() < 0.3:
            name = rng.choice(c["nicknames"]) + str(rng.randint(1, 999))
        else:
            name = rng.choice(c["surnames"]) + rng.choice(c["given"])
        return channel, CustomerRef(f"u-{n}", name, rng.random() < 0.08,
                                    "en" if english else "zh")

    def conversation(self, key: str, channel: str, customer: CustomerRef, start: int,
                     now: int, waiting: bool) -> list[Record]:
        rng = self.rng
        lang = "en" if customer.language == "en" else "zh"
        topic = rng.choices(self.topics, self.topic_weights)[0]
        agent = rng.choice(self.agents)
        if topic["name"] == "投诉":
            agent = self.agents[0]
        order_id = f"579{rng.randint(0, 9_999_999):07d}"
        th = _Thread(channel, key, customer, self.offset, start)
        if channel == "douyin" and topic["name"] == "物流" and self.rng.random() < 0.12:
            hour, off_hours = self._service_request(th, order_id)
            service_order: str | None = order_id
        else:
            hour, off_hours = self._opening(th, topic, lang, order_id)
            service_order = None
        if waiting:
            return th.out
        self._answers(th, topic, lang, agent, hour, off_hours, now - start > DAY,
                      service_order)
        return [r for r in th.out
                if (r.sent if isinstance(r, MessageRecord) else r.at).epoch_ms <= now]

    def _opening(self, th: _Thread, topic: dict[str, Any], lang: str,
                 order_id: str) -> tuple[int, bool]:
        """The customer's first messages (a card, a photo, the question), and the bot's word
        out of hours; returns the local hour and whether the shop is closed then."""
        rng, c = self.rng, self.c
        cards = th.channel in _CARDS
        if cards and rng.random() < 0.3:
            th.msg(Direction.IN, CUSTOMER, MessageKind.ORDER_CARD, "", order_id=order_id)
            th.t += rng.randint(800, 3_000)
            self._card_reply(th, lang, order_id)
            th.t += rng.randint(2_000, 20_000)
        elif cards and rng.random() < 0.1:
            th.msg(Direction.IN, CUSTOMER, MessageKind.PRODUCT_CARD,
                   rng.choice(c["products"][lang]), product_id=f"p-{rng.randint(1000, 9999)}")
            th.t += rng.randint(2_000, 20_000)
        if rng.random() < 0.05:
            th.msg(Direction.IN, CUSTOMER, MessageKind.IMAGE, "",
                   attachments=({"name": "photo.jpg",
                                 "uri": f"demo://images/{rng.randint(1, 40)}.jpg"},))
            th.t += rng.randint(2_000, 30_000)
        question = rng.choice(topic[lang])
        th.msg(Direction.IN, CUSTOMER, MessageKind.TEXT, question,
               order_id=order_id if "订单" in question or rng.random() < 0.2 else None)
        return self._off_hours_word(th, lang)

    def _off_hours_word(self, th: _Thread, lang: str) -> tuple[int, bool]:
        """The bot's word when the shop is closed; the local hour, and whether it is closed."""
        hour = ((th.t // HOUR) + self.offset // 60) % 24
        off_hours = hour >= CLOSES or hour < OPENS
        if off_hours:
            th.t += self.rng.randint(800, 3_000)
            th.msg(Direction.OUT, BOT, MessageKind.TEXT, self.c[f"bot_offhours_{lang}"])
        return hour, off_hours

    def _card_reply(self, th: _Thread, lang: str, order_id: str) -> None:
        """The auto-reply to an order card, at any hour: the order's state at that moment."""
        order = self.orders.at(th.channel, order_id, th.t)
        values = {**reply_values(order, self.zone, lang), "order_id": order_id}
        th.msg(Direction.OUT, BOT, MessageKind.TEXT, fill_live(self.card_reply[lang], values))

    def _service_request(self, th: _Thread, order_id: str) -> tuple[int, bool]:
        """A 抖店 buyer's 服务请求 on an order (taken one reply, through the platform)."""
        self.orders.at(th.channel, order_id, th.t)  # the order it is raised on
        th.msg(Direction.IN, CUSTOMER, MessageKind.SERVICE_REQUEST,
               self.rng.choice(_SERVICE_REQUESTS), order_id=order_id,
               external=f"svc:{order_id[3:]}{self.rng.randrange(100, 1000)}",
               extra={"operate_status": 0})
        return self._off_hours_word(th, "zh")

    def _answers(self, th: _Thread, topic: dict[str, Any], lang: str, agent: str, hour: int,
                 off_hours: bool, older_than_a_day: bool,
                 service_order: str | None = None) -> None:
        """People answer: quickly in the day, the next morning for night messages; a few
        rounds, then (mostly) the close and a rating. A 服务请求 (on ``service_order``)
        takes one reply, and is closed."""
        rng, c = self.rng, self.c
        if off_hours:
            local_day = (th.t + self.offset * MINUTE) // DAY * DAY - self.offset * MINUTE
            opens = local_day + OPENS * HOUR + (DAY if hour >= CLOSES else 0)
            th.t = opens + rng.randint(1, 40) * MINUTE
        else:
            th.t += int(math.exp(rng.gauss(math.log(45_000), 1.0)))
        th.event(EventKind.ASSIGN, {"agent": agent}, by=agent)
        th.event(EventKind.TAG, {"tag": topic["name"]}, by=agent)
        if service_order:  # answered by the order's state: its parcel, or when it ships
            order = self.orders.at(th.channel, service_order, th.t)
            reply = (_SHIPPED.format(tracking=order.tracking[0].number) if order.tracking
                     else _SHIPS_SOON)
            th.msg(Direction.OUT, agent, MessageKind.TEXT, reply)
            th.t += rng.randint(30_000, 600_000)
            th.event(EventKind.CLOSE, {"resolved": True}, by=agent)
            return
        rounds = rng.choices([1, 2, 3], [0.5, 0.35, 0.15])[0]
        # Older conversations have all been closed; some of today's are still open.
        closing = older_than_a_day or rng.random() < 0.6
        for r in range(rounds):
            reply = rng.choice(topic[f"reply_{lang}"]).replace(
                "{tracking}", _tracking_number(rng, th.channel))
            th.msg(Direction.OUT, agent, MessageKind.TEXT, reply)
            if rng.random() < 0.15:
                th.t += rng.randint(5_000, 60_000)
                th.msg(Direction.NOTE, agent, MessageKind.TEXT,
                       "已和仓库确认" if lang == "zh" else "Checked with the warehouse")
            th.t += int(math.exp(rng.gauss(math.log(90_000), 1.2)))
            if r == rounds - 1 and (not closing or rng.random() < 0.4):
                break  # an open conversation rests on the agent's answer
            if rng.random() < 0.12:
                th.msg(Direction.IN, CUSTOMER, MessageKind.EMOJI, rng.choice(c["emoji"]))
            else:
                th.msg(Direction.IN, CUSTOMER, MessageKind.TEXT,
                       rng.choice(c[f"followups_{lang}"]))
            th.t += int(math.exp(rng.gauss(math.log(40_000), 0.8)))
        if closing:
            th.msg(Direction.OUT, agent, MessageKind.TEXT, rng.choice(c[f"closing_{lang}"]))
            th.t += rng.randint(30_000, 600_000)
            th.event(EventKind.CLOSE, {"resolved": rng.random() < 0.88}, by=agent)
            if rng.random() < 0.55:
                th.t += rng.randint(10_000, 3_600_000)
                score = rng.choices([5, 4, 3, 2, 1], [70, 15, 7, 4, 4])[0]
                th.event(EventKind.RATING, {"score": score})


def _tracking_number(rng: random.Random, channel: str) -> str:
    """A parcel number as the channel's carrier writes it (see demo_orders.CARRIERS)."""
    carrier = CARRIERS.get(channel)
    if carrier is None:
        return f"SF{rng.randint(10**11, 10**12 - 1)}"
    _, prefix, digits = carrier
    return f"{prefix}{rng.randrange(10 ** (digits - 1), 10 ** digits)}"


@dataclass
class _Thread:
    """One conversation's records as they are made, each at the moment ``t``."""

    channel: str
    key: str
    customer: CustomerRef
    offset: int
    t: int
    out: list[Record] = field(default_factory=list)
    n: int = 0

    def msg(self, direction: Direction, author: str, kind: MessageKind, text: str,
            external: str | None = None, **extra: Any) -> None:
        self.n += 1
        delivery = Delivery.SENT if direction is Direction.OUT else None
        self.out.append(MessageRecord(self.channel, self.key, self.customer,
                                      external or f"{self.key}-{self.n}", direction, author,
                                      kind, text,
                                      Moment(self.t, self.offset), delivery=delivery, **extra))

    def event(self, kind: EventKind, data: dict[str, Any], by: str | None = None) -> None:
        self.out.append(EventRecord(self.channel, self.key, kind, Moment(self.t, self.offset),
                                    data, by))


def build_demo(store: Store, *, days: int = 30, seed: int = 1, messages: int = 20_000,
               progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Fill ``store`` with about ``messages`` messages over the last ``days`` days."""
    rng = random.Random(seed)
    corpus = _corpus()
    now = store.clock()
    zone = shop.shop_zone(store)
    offset = shop.zone_offset_minutes(zone, now)
    shown = DemoOrders(random.Random(seed + 6), corpus["products"], now)
    gen = _Generator(rng, corpus, offset, shown)
    prepare(store, corpus, tuple(ch for ch, _ in _CHANNELS))
    receiver = Receiver(store)
    local_midnight = (now + offset * MINUTE) // DAY * DAY - offset * MINUTE

    def start_time() -> int:
        """A moment of the last ``days`` days as busy as its hour is: today only up to now,
        so today's traffic is what its hours so far bring, not a whole day's in a few."""
        while True:
            day = rng.randrange(days)
            hour = rng.choices(range(24), _HOURLY)[0]
            start = local_midnight - day * DAY + hour * HOUR + rng.randrange(HOUR)
            if start <= now - MINUTE:
                return start

    pilot = _Generator(random.Random(seed + 1), corpus, offset,
                       DemoOrders(random.Random(seed + 1), corpus["products"], now))
    mean = _mean_messages(pilot, start_time, now)
    # A few more conversations than the sample predicts, thinned evenly over time, and the
    # last one cut: the shop ends up with exactly the number of messages asked for.
    planned = max(3, round(messages / mean * 1.15) + 2)
    customers = [gen.customer(i) for i in range(max(5, planned * 2 // 3))]
    starts = sorted(start_time() for _ in range(planned))
    total = events = made = 0
    batch: list[Record] = []
    def plan() -> Iterator[tuple[int, int, bool]]:
        """(number, start, nobody has answered yet) of each conversation to make: first the
        few customers waiting now (see _waiting_now; the others wait only as long as the
        hours say: the night's until the morning)."""
        for i, start in enumerate(_waiting_now(rng, now)):
            yield planned + 1 + i, start, True
        for i, start in enumerate(starts):
            running = total / made if made >= 50 else mean
            if rng.random() <= (messages - total) / ((planned - i) * running):
                yield i, start, False
        extra = planned + 10
        while total < messages:  # the sample guessed long: top up with more conversations
            extra += 1
            yield extra, start_time(), False

    # the next conversations are made while the last batch is written (as an import does)
    with store.bulk(), gc_paused(), Pipeline(store, receiver) as pipeline:
        for i, start, unanswered in plan():
            needed = messages - total
            if needed <= 0:
                break
            channel, customer = customers[rng.randrange(len(customers))]
            key = f"{channel[:2]}-{100000 + i}"
            records = gen.conversation(key, channel, customer, start, now, unanswered)
            if sum(isinstance(r, MessageRecord) for r in records) > needed:
                # the last one, cut to the size asked for: a customer who has just written
                # (cut short, an old conversation would have waited for weeks)
                start = now - rng.randint(1, 25) * MINUTE - rng.randrange(MINUTE)
                records = _cut(gen.conversation(key, channel, customer, start, now, True),
                               needed)
            made += 1
            batch.extend(records)
            total += sum(1 for r in records if isinstance(r, MessageRecord))
            events += sum(1 for r in records if isinstance(r, EventRecord))
            if len(batch) >= BATCH:
                pipeline.receive(batch)
                batch = []
                if progress:
                    progress(total, messages)
        if batch:
            pipeline.receive(batch)
        pipeline.finish()
    _finish(store, seed, corpus, total, shown)
    if progress:
        progress(total, messages)
    return DemoSummary(total, events, made, len(customers))


def _mean_messages(pilot: _Generator, start_time: Callable[[], int], now: int) -> float:
    """Messages per conversation, on average, over a sample the pilot makes."""
    sample = [pilot.conversation("x", "tiktok", CustomerRef("u"), start_time(), now, False)
              for _ in range(2000)]
    return sum(isinstance(r, MessageRecord) for s in sample for r in s) / len(sample)


def _finish(store: Store, seed: int, corpus: dict[str, Any], total: int,
            made: DemoOrders) -> None:
    """The demo's orders, after-sales requests and Douyin's own figures; a big shop's search
    index made compact."""
    add_demo_orders(store, random.Random(seed + 2), corpus["products"], made.made)
    add_demo_after_sales(store, random.Random(seed + 3))
    add_demo_platform_figures(store, random.Random(seed + 4),
                              [a["name"] for a in corpus["agents"]])
    if total > 100_000:
        with store.write() as w:
            search_store.optimize(w.conn)


def _waiting_now(rng: random.Random, now: int) -> list[int]:
    """When the customers nobody has answered yet wrote: one a moment ago, two to four more
    in the last 25 minutes, whatever the hour (at night the bot has answered them, and they
    wait for the morning with the night's other customers), and one who slipped through
    yesterday, past the platforms' 24-hour reply window (what reminders are for)."""
    recent = [now - rng.randint(20, 170) * 1000] + \
        [now - rng.randint(3, 25) * MINUTE - rng.randrange(MINUTE)
         for _ in range(rng.randint(2, 4))]
    return sorted([now - rng.randint(26 * 60, 30 * 60) * MINUTE - rng.randrange(MINUTE),
                   *recent])


def _cut(records: list[Record], messages: int) -> list[Record]:
    """The first ``messages`` messages of a conversation (and the events among them)."""
    out: list[Record] = []
    for record in records:
        if isinstance(record, MessageRecord):
            if messages == 0:
                break
            messages -= 1
        out.append(record)
    return out

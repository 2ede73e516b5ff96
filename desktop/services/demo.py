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
from desktop.services import shop
from desktop.services.demo_aftersales import add_demo_after_sales, add_demo_platform_figures
from desktop.services.demo_orders import add_demo_orders
from desktop.services.gc_paused import gc_paused
from desktop.services.inbox import BATCH, Receiver
from desktop.services.inbox_pipeline import Pipeline
from desktop.services.resources import resource
from desktop.store import directory
from desktop.store import search as search_store
from desktop.store import settings as settings_store
from desktop.store.db import Store

MINUTE = 60_000
HOUR = 60 * MINUTE
DAY = 24 * HOUR
# Share of a day's customer messages by local hour: quiet nights, busy evenings.
_HOURLY = [2, 1.2, 0.7, 0.4, 0.3, 0.4, 0.8, 1.5, 3, 4.5, 5.5, 5.5, 5, 5, 5.5, 5.5, 5.2, 5,
           5, 5.5, 6.5, 7, 6, 4]
_CHANNELS = (("tiktok", 0.5), ("douyin", 0.3), ("email", 0.2))
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
    def __init__(self, rng: random.Random, corpus: dict[str, Any], offset_min: int) -> None:
        self.rng = rng
        self.c = corpus
        self.offset = offset_min
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
        hour, off_hours = self._opening(th, topic, lang, order_id)
        if waiting:
            return th.out
        self._answers(th, topic, lang, agent, hour, off_hours, now - start > DAY)
        return [r for r in th.out
                if (r.sent if isinstance(r, MessageRecord) else r.at).epoch_ms <= now]

    def _opening(self, th: _Thread, topic: dict[str, Any], lang: str,
                 order_id: str) -> tuple[int, bool]:
        """The customer's first messages (a card, a photo, the question), and the bot's word
        out of hours; returns the local hour and whether the shop is closed then."""
        rng, c = self.rng, self.c
        if rng.random() < 0.3:
            th.msg(Direction.IN, CUSTOMER, MessageKind.ORDER_CARD, "", order_id=order_id)
            th.t += rng.randint(2_000, 20_000)
        elif rng.random() < 0.1:
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
        hour = ((th.t // HOUR) + self.offset // 60) % 24
        off_hours = hour >= CLOSES or hour < OPENS
        if off_hours:
            th.t += rng.randint(800, 3_000)
            th.msg(Direction.OUT, BOT, MessageKind.TEXT, c[f"bot_offhours_{lang}"])
        return hour, off_hours

    def _answers(self, th: _Thread, topic: dict[str, Any], lang: str, agent: str, hour: int,
                 off_hours: bool, older_than_a_day: bool) -> None:
        """People answer: quickly in the day, the next morning for night messages; a few
        rounds, then (mostly) the close and a rating."""
        rng, c = self.rng, self.c
        if off_hours:
            local_day = (th.t + self.offset * MINUTE) // DAY * DAY - self.offset * MINUTE
            opens = local_day + OPENS * HOUR + (DAY if hour >= CLOSES else 0)
            th.t = opens + rng.randint(1, 40) * MINUTE
        else:
            th.t += int(math.exp(rng.gauss(math.log(45_000), 1.0)))
        th.event(EventKind.ASSIGN, {"agent": agent}, by=agent)
        th.event(EventKind.TAG, {"tag": topic["name"]}, by=agent)
        rounds = rng.choices([1, 2, 3], [0.5, 0.35, 0.15])[0]
        # Older conversations have all been closed; some of today's are still open.
        closing = older_than_a_day or rng.random() < 0.6
        for r in range(rounds):
            reply = rng.choice(topic[f"reply_{lang}"]).replace(
                "{tracking}", f"SF{rng.randint(10**11, 10**12 - 1)}")
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
            **extra: Any) -> None:
        self.n += 1
        delivery = Delivery.SENT if direction is Direction.OUT else None
        self.out.append(MessageRecord(self.channel, self.key, self.customer,
                                      f"{self.key}-{self.n}", direction, author, kind, text,
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
    gen = _Generator(rng, corpus, offset)
    _prepare(store, corpus)
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

    mean = _mean_messages(_Generator(random.Random(seed + 1), corpus, offset), start_time, now)
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
    _finish(store, seed, corpus, total)
    if progress:
        progress(total, messages)
    return DemoSummary(total, events, made, len(customers))


def _mean_messages(pilot: _Generator, start_time: Callable[[], int], now: int) -> float:
    """Messages per conversation, on average, over a sample the pilot makes."""
    sample = [pilot.conversation("x", "tiktok", CustomerRef("u"), start_time(), now, False)
              for _ in range(2000)]
    return sum(isinstance(r, MessageRecord) for s in sample for r in s) / len(sample)


def _finish(store: Store, seed: int, corpus: dict[str, Any], total: int) -> None:
    """The demo's orders, after-sales requests and Douyin's own figures; a big shop's search
    index made compact."""
    add_demo_orders(store, random.Random(seed + 2), corpus["products"])
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


def _prepare(store: Store, corpus: dict[str, Any]) -> None:
    with store.write() as w:
        existing = directory.agent_ids(w.conn)
        for agent in corpus["agents"]:
            if agent["name"] not in existing:
                directory.add_agent(w, agent["name"], agent["role"], agent["tier"],
                                    agent["max_concurrent"])
        names = directory.channel_ids(w.conn)
        for channel, _ in _CHANNELS:
            if channel not in names:
                directory.add_channel(w, channel, channel)
        if not settings_store.read_all(w.conn).get("shop.name"):
            settings_store.write(w, "shop.name", "小雨服饰旗舰店")
    _demo_automation(store)


def _demo_automation(store: Store) -> None:
    """A few templates and rules, as a shop that has used ShopDesk for a while has."""
    from desktop.domain.autoreply import Rule
    from desktop.services import autoreply

    if autoreply.templates(store):
        return
    from desktop.services import kb
    kb.load_starter(store)
    for name, shortcut, body, language in (
            ("发货时间", "fh", "亲，{customer_name}，您的订单{order_id}我们48小时内发货哦~", "zh"),
            ("物流查询", "wl", "亲，您的快递单号是{tracking_no}，可以在物流详情里查看进度~", "zh"),
            ("退款进度", "tk", "亲，退款已经为您加急处理，1-3个工作日原路退回，请留意通知~", "zh"),
            ("尺码推荐", "cm", "亲，告诉我您的身高体重，我帮您推荐合适的尺码~", "zh"),
            ("Shipping time", "ship", "Hi {customer_name}, your order {order_id} ships "
             "within 48 hours.", "en")):
        autoreply.save_template(store, name, body, shortcut, language)
    autoreply.save_rule(store, Rule("demo-complaint", "投诉升级", keywords=("投诉", "差评", "假货"),
                                    tag="投诉", priority="urgent", escalate=True,
                                    reply="非常抱歉给您带来不好的体验，店长马上为您处理。"))
    autoreply.save_rule(store, Rule("demo-logistics", "物流问题打标签",
                                    keywords=("快递", "物流", "发货", "ship"), tag="物流"))
    autoreply.save_rule(store, Rule("demo-refund", "退换货打标签",
                                    keywords=("退款", "退货", "换货", "refund", "return"),
                                    tag="退换货"))

"""The demo shop looks like a real one."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop.services import demo, interchange, search
from desktop.store import directory


@pytest.fixture(scope="module")
def demo_shop(tmp_path_factory):
    from desktop.store.db import open_store
    from tests.conftest import FakeClock
    store = open_store(tmp_path_factory.mktemp("demo") / "demo.sqlite", clock=FakeClock())
    summary = demo.build_demo(store, days=30, seed=7, messages=6000)
    return store, summary


def test_size_is_close_to_what_was_asked(demo_shop):
    store, summary = demo_shop
    assert 5400 <= summary.messages <= 6600
    assert store.conn.execute("SELECT count(*) FROM messages").fetchone()[0] == summary.messages


def test_three_agents_with_an_owner(demo_shop):
    store, _ = demo_shop
    agents = directory.list_agents(store.conn)
    assert len(agents) == 3 and [a["role"] for a in agents].count("owner") == 1


def test_question_mix_is_that_of_real_shops(demo_shop):
    store, _ = demo_shop
    tags = Counter(t for (t,) in store.conn.execute("SELECT tag FROM conversation_tags"))
    total = sum(tags.values())
    assert 0.33 < tags["物流"] / total < 0.45
    assert 0.18 < tags["退换货"] / total < 0.30
    assert {"优惠券", "尺码", "商品咨询", "投诉"} <= set(tags)


def test_customers_vips_languages_and_kinds(demo_shop):
    store, _ = demo_shop
    langs = Counter(r[0] for r in store.conn.execute("SELECT language FROM customers"))
    assert langs["zh"] > langs["en"] > 0
    assert store.conn.execute("SELECT count(*) FROM customers WHERE vip").fetchone()[0] > 0
    kinds = {r[0] for r in store.conn.execute("SELECT DISTINCT kind FROM messages")}
    assert {"text", "image", "emoji", "order_card", "product_card"} <= kinds
    authors = {r[0] for r in store.conn.execute("SELECT DISTINCT author FROM messages")}
    assert authors == {"customer", "bot", "agent"}


def test_night_traffic_unanswered_conversations_and_ratings(demo_shop):
    store, _ = demo_shop
    waiting = store.conn.execute("SELECT count(*) FROM conversations "
                                 "WHERE status = 'open' AND waiting_since IS NOT NULL")
    assert waiting.fetchone()[0] > 0
    rated = store.conn.execute("SELECT count(*) FROM conversations WHERE rating IS NOT NULL")
    assert rated.fetchone()[0] > 0
    bot = store.conn.execute("SELECT count(*) FROM messages WHERE author = 'bot'").fetchone()[0]
    assert bot > 0


def test_same_seed_same_shop(tmp_path):
    from desktop.store.db import open_store
    from tests.conftest import FakeClock
    exports = []
    for name in ("a", "b"):
        store = open_store(tmp_path / f"{name}.sqlite", clock=FakeClock())
        demo.build_demo(store, days=5, seed=3, messages=300)
        out = tmp_path / f"{name}.jsonl"
        interchange.export_file(store, out)
        exports.append(out.read_text(encoding="utf-8"))
    assert exports[0] == exports[1]


def test_the_demo_shop_is_searchable(demo_shop):
    store, _ = demo_shop
    assert search.search(store, "发货")
    assert search.search(store, "refund")


# 2025-10-02 00:00 in Shanghai (the demo shop's zone), and the hours the demo is built at
MIDNIGHT = 1_759_334_400_000
HOURS = {"00:30": 30, "03:00": 180, "08:50": 530, "09:20": 560, "12:00": 720, "16:45": 1005,
         "21:50": 1310, "23:10": 1390}


@pytest.fixture(scope="module", params=sorted(HOURS))
def built_at(request, tmp_path_factory):
    """The demo shop as built at an hour of the day: (store, its now)."""
    from desktop.store.db import open_store
    from tests.conftest import FakeClock
    now = MIDNIGHT + HOURS[request.param] * 60_000
    store = open_store(tmp_path_factory.mktemp("at") / "demo.sqlite", clock=FakeClock(now))
    demo.build_demo(store, days=30, seed=5, messages=6000)
    yield store, now
    store.close()


def test_whatever_the_hour_a_few_customers_wait_minutes_not_days(built_at):
    """While the shop is open (09:00–22:00), a few customers who wrote minutes ago wait; at
    night, the night's customers wait for the morning (the bot has answered them); one
    customer slipped through yesterday (what reminders are for); never days of backlog,
    never a message from the future."""
    from desktop.services import waiting
    store, now = built_at
    minutes = (now - MIDNIGHT) // 60_000
    shown = waiting.now(store)
    assert store.conn.execute("SELECT count(*) FROM messages WHERE sent_at > ?",
                              (now,)).fetchone()[0] == 0
    assert shown.within_3min >= 1 and shown.past_24h == 1
    assert (shown.longest_s or 0) <= 32 * 3600
    since = sorted(r[0] for r in store.conn.execute(
        "SELECT waiting_since FROM conversations WHERE status = 'open' "
        "AND waiting_since IS NOT NULL"))[1:]  # but the one who slipped through
    if 10 * 60 <= minutes < 22 * 60:
        assert 3 <= len(since) <= 10 and now - since[0] <= 45 * 60_000
    else:  # waiting since the shop closed, 22:00 yesterday or today
        closed = MIDNIGHT + (22 - (24 if minutes < 22 * 60 else 0)) * 3_600_000
        assert 3 <= len(since) <= 40 and since[0] >= closed - 60_000


def test_today_brings_what_its_hours_so_far_bring(built_at):
    """Today's conversations follow the hours that have passed, not a whole day's squeezed
    into the last ones."""
    store, now = built_at
    (today,) = store.conn.execute("SELECT count(*) FROM conversations WHERE opened_at >= ?",
                                  (MIDNIGHT,)).fetchone()
    (month,) = store.conn.execute("SELECT count(*) FROM conversations WHERE opened_at < ?",
                                  (MIDNIGHT,)).fetchone()
    hours = (now - MIDNIGHT) / 3_600_000
    share = sum(min(1.0, max(0.0, hours - h)) * w for h, w in enumerate(demo._HOURLY)) / \
        sum(demo._HOURLY)
    expected = month / 29 * share
    assert today <= 1.6 * expected + 8
    assert today >= 0.5 * expected - 3


def test_every_platform_customer_has_orders_with_logistics(demo_shop):
    from desktop.domain.orders import Status
    from desktop.services import orders

    store, _ = demo_shop
    customers = store.conn.execute(
        "SELECT cu.id, ch.kind FROM customers cu JOIN channels ch ON ch.id = cu.channel_id "
        "WHERE ch.kind IN ('tiktok', 'douyin')").fetchall()
    assert {kind for _, kind in customers} == {"tiktok", "douyin"}
    seen = set()
    for customer_id, _ in customers:
        mine = orders.for_customer(store, customer_id)
        assert mine and [o.created_at for o in mine] == sorted(
            (o.created_at for o in mine), reverse=True)
        seen |= {(o.currency, o.status) for o in mine}
        for order in mine:
            for parcel in order.tracking:
                assert [e.at for e in parcel.events] == sorted(
                    (e.at for e in parcel.events), reverse=True)
    assert {c for c, _ in seen} == {"CNY", "USD"}
    assert {Status.IN_TRANSIT, Status.COMPLETED, Status.AWAITING_SHIPMENT} <= {s for _, s in seen}
    # every order card in the demo names a stored order (e-mail has no cards: mail is text)
    cards = store.conn.execute("SELECT count(*) FROM messages m WHERE kind = 'order_card' AND "
                               "NOT EXISTS (SELECT 1 FROM orders o WHERE o.order_id = m.order_id "
                               "AND o.channel_id = m.channel_id)").fetchone()[0]
    assert cards == 0


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" or ch in "【】" for ch in text)


def test_each_platform_s_orders_read_as_that_platform_s(demo_shop):
    """TikTok Shop (US, dollars): a USPS parcel across America to an American address, the
    listing's English names; 抖店: a domestic parcel delivered in the recipient's city. An
    order is completed only some days after it was delivered."""
    from desktop.domain.orders import Status
    from desktop.services import orders

    store, _ = demo_shop
    now = store.clock()
    ids = store.conn.execute("SELECT o.order_id, c.name FROM orders o JOIN channels c ON "
                             "c.id = o.channel_id").fetchall()
    assert ids
    for order_id, channel in ids:
        order = orders.get(store, order_id, channel)
        words = [order.recipient or ""] + [i.name + i.sku for i in order.items] + \
            [e.text for t in order.tracking for e in t.events]
        if channel == "tiktok":
            assert order.currency == "USD" and not any(_has_cjk(w) for w in words), order
            assert all(t.carrier == "USPS" and len(t.number) == 22 for t in order.tracking)
        else:
            assert order.currency == "CNY" and all(t.carrier == "中通快递" for t in order.tracking)
            city = (order.recipient or "").split("省")[-1].split(" ")[-1][:2]
            if order.status in (Status.DELIVERED, Status.COMPLETED):
                assert city and city in order.tracking[0].events[1].text, order
        if order.status is Status.COMPLETED:
            delivered = order.tracking[0].events[0].at
            assert delivered <= now - 2 * 86_400_000, order


def test_after_sales_types_and_statuses_are_the_platform_s(demo_shop):
    """TikTok Shop knows refunds, returns and replacements (no 补寄, no 价保), each with its
    own statuses; 抖店's types and statuses come from its own codes."""
    from desktop.domain import aftersales as domain
    from desktop.services import aftersales

    store, _ = demo_shop
    items = [a for channel in ("tiktok", "douyin") for a in aftersales.open_requests(
        store, channel)]
    assert {a.channel for a in items} == {"tiktok", "douyin"}
    tiktok_words = {**{s: s for s in domain.TIKTOK_STAGES},
                    **{s.replace("_", " ").capitalize(): s for s in domain.TIKTOK_STAGES}}
    for item in items:
        if item.channel == "tiktok":
            assert item.kind in set(domain.TIKTOK_KINDS.values())
            code = tiktok_words[item.platform_status]
            assert domain.TIKTOK_STAGES[code] is item.stage
            assert code.startswith("REPLACEMENT") == (item.kind is domain.Kind.EXCHANGE), item
        else:
            assert item.kind in set(domain.DOUYIN_KINDS.values())
            assert not item.platform_status.isascii()


def test_order_cards_are_answered_with_the_order_s_state(demo_shop):
    """Whatever the hour, the bot answers an order card with the parcel's state then."""
    store, _ = demo_shop
    rows = store.conn.execute(
        "SELECT m.order_id, (SELECT n.text FROM messages n WHERE n.conversation_id = "
        "m.conversation_id AND n.seq > m.seq ORDER BY n.seq LIMIT 1), (SELECT n.author FROM "
        "messages n WHERE n.conversation_id = m.conversation_id AND n.seq > m.seq ORDER BY "
        "n.seq LIMIT 1) FROM messages m WHERE m.kind = 'order_card'").fetchall()
    assert len(rows) > 50
    answered = [(order_id, text) for order_id, text, author in rows if author == "bot"]
    assert len(answered) >= 0.9 * len(rows)
    assert all(order_id in text for order_id, text in answered)
    states = ("运输中", "已签收", "已完成", "待发货", "in transit", "delivered", "completed",
              "awaiting shipment")
    assert sum(any(s in text for s in states) for _, text in answered) >= 0.9 * len(answered)


def test_douyin_buyers_raise_service_requests(demo_shop):
    """Some 抖店 buyers write through 服务请求 (催发货, 改地址…) on a stored order."""
    store, _ = demo_shop
    rows = store.conn.execute(
        "SELECT c.kind, m.order_id, m.external_id, EXISTS (SELECT 1 FROM orders o WHERE "
        "o.order_id = m.order_id AND o.channel_id = m.channel_id) FROM messages m JOIN "
        "channels c ON c.id = m.channel_id WHERE m.kind = 'service_request'").fetchall()
    assert len(rows) >= 5
    assert all(kind == "douyin" and stored and external.startswith("svc:")
               for kind, _, external, stored in rows)
    # answered by the order's state: the parcel number of the order, or when it ships
    from desktop.services import orders
    answers = store.conn.execute(
        "SELECT m.order_id, (SELECT n.text FROM messages n WHERE n.conversation_id = "
        "m.conversation_id AND n.seq > m.seq AND n.direction = 'out' ORDER BY n.seq LIMIT 1) "
        "FROM messages m WHERE m.kind = 'service_request'").fetchall()
    shipped = [(o, t) for o, t in answers if t and "已经发货" in t]
    assert shipped
    for order_id, text in shipped:
        assert orders.get(store, order_id, "douyin").tracking[0].number in text


def test_a_demo_shop_made_with_the_command_opens_without_the_welcome(tmp_path):
    from desktop.cli import main
    from desktop.services import team
    from desktop.store.db import open_store

    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--messages", "300", "--days", "3"]) == 0
    store = open_store(path)
    assert not team.needs_welcome(store)
    me = team.me(store)
    assert me is not None and me.role == "owner"


def test_after_sales_requests_are_on_orders_that_can_have_them(demo_shop):
    """Goods are returned, exchanged or sent again once they have arrived; nothing is asked
    of a cancelled order."""
    from desktop.domain.aftersales import Kind
    from desktop.domain.orders import Status
    from desktop.services import aftersales, orders

    store, _ = demo_shop
    items = aftersales.open_requests(store)
    assert len(items) == 7
    arrived = {Status.DELIVERED, Status.COMPLETED}
    for item in items:
        order = orders.get(store, item.order_id, item.channel)
        if item.kind is Kind.REFUND_ONLY:
            assert order.status is not Status.CANCELLED, (item, order)
        else:
            assert order.status in arrived, (item, order)

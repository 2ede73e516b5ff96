"""Auto-replies and templates with the order's live state: an order card is answered with it
whatever the hours; without it the reply falls back to its text, never a raw {variable}."""

from __future__ import annotations

from desktop.domain.orders import Order, OrderItem, Status, Tracking, TrackingEvent
from desktop.services import autoreply, orders
from desktop.store import conversations, directory
from tests.services.test_autoreply import feed, iso, line
from tests.services.test_autoreply import shop_open as shop_open  # the fixture

T = 1_795_000_000_000  # 2026-11-18


def _store_order(store, order_id="5790012345"):
    orders.save(store, [Order(
        channel="tiktok", order_id=order_id, status=Status.IN_TRANSIT,
        platform_status="IN_TRANSIT", created_at=T, total="39.80", currency="USD",
        items=(OrderItem("Linen Shirt", 2, "19.90", "White, M"),),
        tracking=(Tracking("SF1402233445", "顺丰速运", (
            TrackingEvent(1_795_400_000_000, "【广州】快件已发出"),)),), fetched_at=T)])


def test_an_order_card_at_night_is_answered_with_the_live_state(shop_open):
    feed(shop_open, line(1, iso(2026, 11, 23, 10, 0)))  # the conversation exists
    _store_order(shop_open)
    done = feed(shop_open, line(2, iso(2026, 11, 23, 23, 30), text="", kind="order_card",
                                order_id="5790012345"))
    replies = {a["scenario"]: a["text"] for a in done if a["action"] == "reply"}
    assert set(replies) == {"off_hours", "order_card"}
    assert replies["order_card"] == (
        "已为您查询到包裹最新动态：11-23 10:13 【广州】快件已发出（顺丰速运 SF1402233445）\n"
        "订单状态：运输中\n亲，您的订单5790012345已收到，有其他问题随时告诉我们~")


def test_an_unknown_order_card_at_night_falls_back_without_a_raw_variable(shop_open):
    done = feed(shop_open, line(1, iso(2026, 11, 23, 23, 30), text="", kind="order_card",
                                order_id="404"))
    [text] = [a["text"] for a in done if a["scenario"] == "order_card"]
    assert text == "亲，您的订单404已收到，有其他问题随时告诉我们~" and "{" not in text


def test_templates_get_the_conversations_latest_order(shop_open):
    feed(shop_open, line(1, iso(2026, 11, 23, 10, 0), text="", kind="order_card",
                         order_id="5790012345"))
    autoreply.save_template(shop_open, "物流查询", "亲，帮您查了订单{order_id}：\n"
                            "状态{order_status}，{carrier}单号{tracking_no}\n"
                            "最新：{latest_logistics}", "wl")
    conv = conversations.find(shop_open.conn, directory.channel_ids(shop_open.conn)["tiktok"],
                              "c-1")
    [(_, before)] = autoreply.find_templates(shop_open, "wl", conv.id, None)
    assert before == "亲，帮您查了订单5790012345："  # nothing known yet: no live lines
    _store_order(shop_open)
    [(_, after)] = autoreply.find_templates(shop_open, "wl", conv.id, None)
    assert after == ("亲，帮您查了订单5790012345：\n状态运输中，顺丰速运单号SF1402233445\n"
                     "最新：11-23 10:13 【广州】快件已发出")


def test_knowledge_base_answers_get_the_order_variables(shop_open):
    from desktop.domain.autoreply import Rule
    from desktop.services import answers, kb

    kb.save(shop_open, kb.ArticleInput(
        "查物流", ["我的快递到哪了", "物流到哪了"],
        "亲，您的包裹{order_status}\n最新：{latest_logistics}\n（格式 {x} 原样）", "物流"))
    autoreply.save_rule(shop_open, Rule("kb", "FAQ", kb_answer=True, kb_threshold=0.4))
    feed(shop_open, line(1, iso(2026, 11, 23, 10, 0), text="", kind="order_card",
                         order_id="5790012345"))
    _store_order(shop_open)
    done = feed(shop_open, line(2, iso(2026, 11, 23, 10, 5), text="我的快递到哪了"))
    [text] = [a["text"] for a in done if a.get("scenario") == "kb"]
    assert text == "亲，您的包裹运输中\n最新：11-23 10:13 【广州】快件已发出\n（格式 {x} 原样）"
    conv = conversations.find(shop_open.conn, directory.channel_ids(shop_open.conn)["tiktok"],
                              "c-1")
    offered = answers.suggestions(shop_open, "我的快递到哪了", conv.id)
    assert offered[0]["answer"] == text

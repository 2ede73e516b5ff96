"""Orders as plain values: statuses, money, masking, the reply variables and their fallback."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from desktop.domain.orders import (
    Order,
    OrderError,
    OrderItem,
    Status,
    Tracking,
    TrackingEvent,
    fill_live,
    is_stale,
    mask_recipient,
    money,
    money_from_fen,
    normalise_status,
    reply_values,
    summary,
)

ZONE = ZoneInfo("Asia/Shanghai")
T = 1_759_406_400_000  # 2025-10-02 20:00 Shanghai


def order(**kw) -> Order:
    base = dict(channel="抖音旗舰店", order_id="6920001", status=Status.IN_TRANSIT,
                platform_status="已发货", created_at=T, total="129.90",
                items=(OrderItem("连衣裙", 1, "129.90", "黑色 M"),),
                tracking=(Tracking("SF1234567890", "顺丰速运", (
                    TrackingEvent(T + 3_600_000, "【广州】快件已发出"),
                    TrackingEvent(T, "顺丰已揽收"))),), fetched_at=T)
    base.update(kw)
    return Order(**base)


@pytest.mark.parametrize(("said", "status"), [
    ("AWAITING_COLLECTION", Status.AWAITING_COLLECTION), ("IN_TRANSIT", Status.IN_TRANSIT),
    ("To ship", Status.AWAITING_SHIPMENT), ("Completed", Status.COMPLETED),
    ("2", Status.AWAITING_SHIPMENT), ("3", Status.IN_TRANSIT), ("4", Status.CANCELLED),
    ("待发货", Status.AWAITING_SHIPMENT), ("已签收", Status.DELIVERED),
    ("交易关闭", Status.CANCELLED), (" unpaid ", Status.UNPAID)])
def test_platform_statuses_are_normalised(said, status):
    assert normalise_status(said) is status


def test_an_unknown_status_is_refused_by_name():
    with pytest.raises(OrderError, match="待审核"):
        normalise_status("待审核")


def test_money_is_yuan_never_fen():
    assert money_from_fen(12990) == "129.90" and money_from_fen("5") == "0.05"
    assert money("129.9") == "129.90" and money("¥1,299") == "1299.00"
    for bad in ("abc", "-1", "NaN"):
        with pytest.raises(OrderError):
            money(bad)
    with pytest.raises(OrderError):
        money_from_fen(-3)


def test_a_recipient_is_masked():
    assert mask_recipient("张小雨", "13812345678", "广东省广州市") == \
        "张** 138****5678 广东省广州市"


def test_reply_values_take_the_latest_event_with_its_time():
    values = reply_values(order(), ZONE)
    assert values == {"order_status": "运输中", "tracking_no": "SF1234567890",
                      "carrier": "顺丰速运", "latest_logistics": "10-02 21:00 【广州】快件已发出"}
    assert reply_values(order(), ZONE, "en")["order_status"] == "in transit"
    assert set(reply_values(None, ZONE).values()) == {""}


def test_a_line_without_its_live_part_is_left_out_never_a_raw_variable():
    body = ("亲，已收到您的订单{order_id}~\n"
            "已为您查询到包裹最新动态：{order_status}，{latest_logistics}")
    full = fill_live(body, {"order_id": "6920001", **reply_values(order(), ZONE)})
    assert full.endswith("运输中，10-02 21:00 【广州】快件已发出")
    offline = fill_live(body, {"order_id": "6920001", **reply_values(None, ZONE)})
    assert offline == "亲，已收到您的订单6920001~"
    only_live = fill_live("物流：{tracking_no}", reply_values(None, ZONE))
    assert "{" not in only_live


def test_finished_orders_are_never_stale_others_after_a_while():
    assert not is_stale(order(), T + 60_000)
    assert is_stale(order(), T + 16 * 60_000)
    assert not is_stale(order(status=Status.COMPLETED), T + 10**10)


def test_the_summary_names_items_total_and_tracking():
    text = summary(order(), ZONE)
    assert "订单 6920001：运输中" in text and "连衣裙 黑色 M ×1" in text and "¥129.90" in text
    assert "顺丰速运 SF1234567890" in text and "【广州】快件已发出" in text
    assert "Total: $9.00" in summary(order(currency="USD", total="9.00"), ZONE, "en")


def test_a_knowledge_base_answer_keeps_its_own_braces_and_takes_known_variables():
    from desktop.domain.orders import escape_except

    body = "包裹{tracking_no}，代码 {x} 与 {0}，{ 单独 }"
    escaped = escape_except(body, ("tracking_no",))
    assert escaped.format_map({"tracking_no": "SF1"}) == "包裹SF1，代码 {x} 与 {0}，{ 单独 }"

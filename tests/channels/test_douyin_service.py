"""抖店 服务请求 as a channel, against the local open platform (signatures checked): each
request becomes a service_request message with its order id in the buyer's conversation;
replies (an agent's, an auto-reply) go out through order.replyService, never twice for a
request."""

from __future__ import annotations

import json

import pytest

from desktop.channels import dispatcher, registry
from desktop.channels import orders as lookups
from desktop.channels.poll import poll
from desktop.domain.problems import Code
from desktop.services import actions, channels
from desktop.store import directory
from desktop.store.db import open_store
from tests.channels import douyin_contract
from tests.channels.douyin_contract import DouyinOpen
from tests.conftest import NOW_MS

DY = "抖音旗舰店"
NOW_S = NOW_MS // 1000


@pytest.fixture
def dy():
    server = DouyinOpen()
    server.clock = NOW_S
    yield server
    server.close()


@pytest.fixture
def shop(db_path, clock, dy):
    s = open_store(db_path, clock=clock)
    channels.add(s, "douyin", DY, {"app_key": douyin_contract.APP_KEY,
                                   "shop_id": douyin_contract.SHOP_ID, "api_base": dy.base},
                 {"secrets": json.dumps({"app_secret": douyin_contract.APP_SECRET,
                                         "access_token": "dy-token-1",
                                         "refresh_token": "dy-refresh-1"})})
    yield s
    s.close()


def _messages(shop):
    return shop.conn.execute(
        "SELECT c.external_id, cu.external_id, m.kind, m.text, m.order_id, m.direction, "
        "m.delivery FROM messages m JOIN conversations c ON c.id = m.conversation_id "
        "JOIN customers cu ON cu.id = c.customer_id ORDER BY m.sent_at, m.seq").fetchall()


def _send(shop):
    return dispatcher.dispatch(shop, registry.connectors(shop))


def test_service_requests_arrive_in_the_buyers_conversation_with_their_order(shop, dy):
    cid = channels.get(shop, DY)["id"]
    with shop.write() as w:
        directory.add_customer(w, cid, "open-id-7", "小林", False, "zh")
    dy.add_order("4781", buyer="open-id-7")
    lookups.refresh_order(shop, "4781", DY)
    dy.add_service(9001, "4781", "催发货：什么时候发货？", NOW_S - 600)
    dy.add_service(9002, "5555", "改地址：改到杭州市西湖区", NOW_S - 300)
    [report] = poll(shop, DY)
    assert report["error"] == "" and dy.bad_signatures == 0
    assert [m[:6] for m in _messages(shop) if m[5] == "in"] == [
        ("open-id-7", "open-id-7", "service_request", "催发货：什么时候发货？", "4781", "in"),
        ("order:5555", "order:5555", "service_request", "改地址：改到杭州市西湖区", "5555",
         "in")]
    poll(shop, DY)  # said again: stored once
    assert len([m for m in _messages(shop) if m[5] == "in"]) == 2


def test_replies_go_out_through_reply_service_once_per_request(shop, dy):
    dy.add_service(9001, "4781", "催发货", NOW_S - 600)
    poll(shop, DY)  # a holiday: the auto-reply is queued
    conversation = shop.conn.execute("SELECT id FROM conversations").fetchone()[0]
    report = _send(shop)
    assert dy.bad_signatures == 0 and report.sent == 1
    assert [r["id"] for r in dy.replies] == [9001]
    assert "节假日" in dy.replies[0]["reply"]  # the auto-reply answered the request
    assert dy.services["9001"]["operate_status"] == 100  # 已关闭
    actions.reply(shop, conversation, "亲，今天下午发出", None)
    report = _send(shop)  # the request has had its answer: never a second one
    assert len(dy.replies) == 1 and report.failed == 1
    assert "answered already" in report.errors[DY]
    assert report.problems[DY].code is Code.ALL_ANSWERED
    assert _messages(shop)[-1][3:] == ("亲，今天下午发出", None, "out", "failed")
    dy.add_service(9003, "4781", "再催一下", NOW_S - 10)  # a new request takes a new reply
    poll(shop, DY)
    _send(shop)
    actions.reply(shop, conversation, "已加急", None)
    _send(shop)
    assert [r["id"] for r in dy.replies] == [9001, 9003]  # each answered once


def test_a_reply_whose_answer_was_lost_is_not_sent_again(shop, dy, clock):
    dy.add_service(9001, "4781", "催发货", NOW_S - 600)
    poll(shop, DY)
    _send(shop)  # whatever the auto-reply did
    dy.services["9001"].update(operate_status=0, reply="")  # the request is open again
    dy.replies.clear()
    conversation = shop.conn.execute("SELECT id FROM conversations").fetchone()[0]
    dy.lose_reply_answers = 1
    actions.reply(shop, conversation, "亲，今天下午发出", None)
    report = _send(shop)
    assert report.sent == 0 and len(dy.replies) == 1  # it went; its answer did not come
    clock.advance(10 * 60_000)
    report = _send(shop)  # tried again: found answered with these words, not sent twice
    assert len(dy.replies) == 1 and report.sent == 1
    assert _messages(shop)[-1][3:] == ("亲，今天下午发出", None, "out", "sent")


def test_requests_are_read_from_page_one_with_their_china_time(shop, dy, monkeypatch):
    from desktop.channels import douyin_service

    monkeypatch.setattr(douyin_service, "PAGE", 2)
    for n in range(5):
        dy.add_service(9100 + n, f"48{n}", f"催发货 {n}", NOW_S - 3600 + n * 60)
    [report] = poll(shop, DY)
    assert report["error"] == "" and report["skipped"] == [] and dy.bad_signatures == 0
    assert dy.calls.count("order.getServiceList") == 3  # pages 1, 2 and 3
    got = shop.conn.execute("SELECT text, sent_at FROM messages WHERE kind = 'service_request' "
                            "ORDER BY sent_at").fetchall()
    # "2025-10-02 19:00:00" in China time is 11:00 UTC, an hour before now
    assert dy.services["9100"]["create_time"] == "2025-10-02 19:00:00"
    assert got == [(f"催发货 {n}", (NOW_S - 3600 + n * 60) * 1000) for n in range(5)]


def test_a_create_time_is_read_as_china_time_and_a_broken_one_is_reported():
    from desktop.channels.douyin_service import seconds

    assert seconds("2020-12-09 13:34:55") == 1_607_492_095  # 05:34:55 UTC
    assert seconds("1607492095") == 1_607_492_095
    with pytest.raises(ValueError):
        seconds("09/12/2020")


def test_a_rate_limit_on_the_second_page_stores_none_of_the_first_and_says_so(
        shop, dy, monkeypatch):
    from desktop.channels import douyin_service

    monkeypatch.setattr(douyin_service, "PAGE", 1)
    dy.add_service(9001, "4781", "催发货", NOW_S - 600)
    dy.add_service(9002, "4782", "改地址", NOW_S - 300)
    original = dy._handle

    def throttle_second_page(handler):
        if "getServiceList" in handler.path and dy.calls.count("order.getServiceList") == 1:
            dy.throttle_next = 1  # 60000, as the platform says it
        return original(handler)

    dy._handle = throttle_second_page
    [report] = poll(shop, DY)
    assert "rate limit" in report["error"]
    assert _messages(shop) == []  # nothing of the first page stored
    assert "rate limit" in channels.state(shop, DY)["last_error"]
    dy._handle = original
    [report] = poll(shop, DY)  # the next poll stores both
    assert report["error"] == "" and len(_messages(shop)) >= 2

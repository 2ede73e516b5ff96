"""After-sales requests fetched with each poll from the local 抖店 open platform and TikTok Shop
Partner API (both check signatures, page and throttle), stored against their orders and
customers, listed by nearest deadline."""

from __future__ import annotations

import json

import pytest

from desktop import cli
from desktop.channels import aftersales as fetching
from desktop.channels import orders as lookups
from desktop.channels.poll import poll
from desktop.domain.aftersales import Kind, Stage, band
from desktop.services import aftersales, channels
from desktop.store import directory
from desktop.store.db import open_store
from tests.channels import douyin_contract, tiktok_contract
from tests.channels.douyin_contract import DouyinOpen
from tests.channels.tiktok_orders_contract import TikTokOrderShop
from tests.conftest import NOW_MS

DY, TT = "抖音旗舰店", "TikTok美区"
NOW_S = NOW_MS // 1000
HOUR = 3600


@pytest.fixture
def dy():
    server = DouyinOpen()
    yield server
    server.close()


@pytest.fixture
def tt():
    server = TikTokOrderShop()
    yield server
    server.close()


@pytest.fixture
def shop(db_path, clock, dy, tt):
    s = open_store(db_path, clock=clock)
    channels.add(s, "douyin", DY, {"app_key": douyin_contract.APP_KEY,
                                   "shop_id": douyin_contract.SHOP_ID, "api_base": dy.base},
                 {"secrets": json.dumps({"app_secret": douyin_contract.APP_SECRET,
                                         "access_token": "dy-token-1",
                                         "refresh_token": "dy-refresh-1"})})
    channels.add(s, "tiktok", TT, {"app_key": tiktok_contract.APP_KEY,
                                   "shop_cipher": tiktok_contract.CIPHER,
                                   "api_base": tt.base, "auth_base": tt.base},
                 {"secrets": json.dumps({"app_secret": tiktok_contract.APP_SECRET,
                                         "access_token": "token-1",
                                         "refresh_token": "refresh-1"})})
    yield s
    s.close()


def _customer(shop, channel: str, buyer: str) -> str:
    cid = channels.get(shop, channel)["id"]
    with shop.write() as w:
        return directory.add_customer(w, cid, buyer, "小林", False, "zh").id


def test_douyin_requests_come_with_the_poll_page_by_page_nearest_deadline_first(
        shop, dy, monkeypatch):
    monkeypatch.setattr(fetching, "PAGE", 2)
    buyer = _customer(shop, DY, "open-id-7")
    dy.add_order("4781", buyer="open-id-7")
    lookups.refresh_order(shop, "4781", DY)
    dy.add_after_sale("as-far", "4781", NOW_S + 30 * HOUR)
    dy.add_after_sale("as-near", "4781", NOW_S + 1 * HOUR, kind=1, amount=2950,
                      reason="不想要了")
    dy.add_after_sale("as-mid", "9999", NOW_S + 5 * HOUR, status=11,
                      status_text="待商家收货")
    dy.add_after_sale("as-done", "4781", NOW_S + 2 * HOUR, status=12, status_text="退款成功")
    reports = poll(shop, DY)
    assert dy.bad_signatures == 0
    assert dy.calls.count("afterSale.List") == 2  # three open requests, two a page
    assert all(q["order_by"] == ["status_deadline asc"] for q in dy.after_sale_queries)
    assert reports == [] or reports[0].get("after_sales", {}).get("error", "") == ""
    found = aftersales.open_requests(shop, DY)
    assert [i.request_id for i in found] == ["as-near", "as-mid", "as-far"]
    near = found[0]
    assert (near.kind, near.stage, near.amount, near.currency, near.reason) == \
        (Kind.REFUND_ONLY, Stage.TO_REVIEW, "29.50", "CNY", "不想要了")
    assert near.deadline == (NOW_S + HOUR) * 1000
    assert near.customer_id == buyer  # through its order
    assert found[1].stage is Stage.TO_RECEIVE and found[1].customer_id is None
    assert [band(i.deadline, NOW_MS) for i in found] == ["red", "yellow", "calm"]
    assert [i.request_id for i in aftersales.of_customer(shop, buyer)] == ["as-near", "as-far"]


def test_an_ended_authorisation_says_so_and_keeps_the_requests_fetched_before(shop, dy):
    dy.add_after_sale("a1", "1", NOW_S + HOUR)
    assert fetching.fetch(shop, channels.get(shop, DY), 60_000, force=True)["open"] == 1
    dy.add_after_sale("a2", "2", NOW_S + 2 * HOUR)
    dy.access_token, dy.refresh_fails = "dy-token-9", True  # 40003, renewal refused (50001)
    report = fetching.fetch(shop, channels.get(shop, DY), 60_000, force=True)
    assert "authorisation has ended" in report["error"]
    assert [i.request_id for i in aftersales.open_requests(shop)] == ["a1"]  # kept, no half
    assert dy.calls.count("token.refresh") == 1


def test_a_poll_again_is_not_due_before_the_channels_interval(shop, dy, clock):
    dy.add_after_sale("a1", "1", NOW_S + HOUR)
    poll(shop)
    poll(shop)
    assert dy.calls.count("afterSale.List") == 1
    clock.advance(61_000)
    poll(shop)
    assert dy.calls.count("afterSale.List") == 2


def test_a_request_no_longer_open_has_left_the_shops_hands_late_or_in_time(shop, dy, clock):
    dy.add_after_sale("in-time", "1", NOW_S + HOUR)
    dy.add_after_sale("late", "2", NOW_S + 60)
    poll(shop, DY)
    clock.advance(10 * 60_000)  # ten minutes: "late" passed its deadline
    dy.after_sales.clear()
    poll(shop, DY)
    assert aftersales.open_requests(shop) == []
    done = {i.request_id: i for o in ("1", "2") for i in aftersales.of_order(shop, DY, o)}
    assert done["late"].late and not done["in-time"].late
    assert done["late"].handled_at == clock.now


def test_a_throttle_on_the_second_page_stores_nothing_and_says_so(shop, dy, monkeypatch):
    monkeypatch.setattr(fetching, "PAGE", 1)
    dy.add_after_sale("a1", "1", NOW_S + HOUR)
    dy.add_after_sale("a2", "2", NOW_S + 2 * HOUR)
    original = dy._handle

    def throttle_second(handler):
        if "afterSale" in handler.path and len(dy.after_sale_queries) == 1:
            dy.throttle_next = 1
        return original(handler)

    dy._handle = throttle_second
    report = fetching.fetch(shop, channels.get(shop, DY), 60_000, force=True)
    assert "rate limit" in report["error"]
    assert aftersales.open_requests(shop) == []
    assert "rate limit" in aftersales.fetch_state(shop, DY)["last_error"]


def test_an_expired_token_is_renewed_and_a_broken_answer_refused(shop, dy):
    dy.add_after_sale("a1", "1", NOW_S + HOUR)
    dy.access_token, dy.refresh_token = "dy-token-5", "dy-refresh-1"
    assert fetching.fetch(shop, channels.get(shop, DY), 60_000, force=True)["open"] == 1
    del dy.after_sales[0]["aftersale_info"]["aftersale_id"]
    report = fetching.fetch(shop, channels.get(shop, DY), 60_000, force=True)
    assert "documented fields" in report["error"]
    assert [i.request_id for i in aftersales.open_requests(shop)] == ["a1"]  # kept


def test_tiktok_returns_take_the_nearest_seller_deadline_page_by_page(shop, tt, monkeypatch):
    monkeypatch.setattr(fetching, "PAGE", 1)
    tt.add_return("r1", "576461234", [NOW_S + 40 * HOUR, NOW_S + 3 * HOUR])
    tt.add_return("r2", "576461235", [NOW_S + HOUR], kind="REFUND", total="5")
    tt.add_return("r3", "576461236", [], status="RETURN_OR_REFUND_REQUEST_COMPLETE")
    poll(shop, TT)
    assert tt.bad_signatures == 0 and len(tt.return_searches) == 2
    found = aftersales.open_requests(shop, TT)
    assert [(i.request_id, i.kind, i.amount, i.deadline) for i in found] == [
        ("r2", Kind.REFUND_ONLY, "5.00", (NOW_S + HOUR) * 1000),
        ("r1", Kind.RETURN_REFUND, "19.90", (NOW_S + 3 * HOUR) * 1000)]


def test_the_command_line_lists_open_requests_with_the_documented_keys(shop, dy, db_path,
                                                                       capsys):
    dy.add_after_sale("as-1", "4781", NOW_S + 3 * HOUR, reason="发错货")
    poll(shop, DY)
    assert cli.main(["aftersales", "--json", "--db", str(db_path)]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got == [{"id": "as-1", "channel": DY, "order_id": "4781", "type": "return_refund",
                    "status": "to_review", "platform_status": "待商家处理", "amount": "59.00",
                    "currency": "CNY", "reason": "发错货",
                    "deadline": got[0]["deadline"], "customer": ""}]
    assert got[0]["deadline"].startswith("2025-10-02T") and "+" in got[0]["deadline"]
    assert cli.main(["aftersales", "--channel", TT, "--db", str(db_path)]) == 0
    assert "No open after-sales requests" in capsys.readouterr().out


def test_the_shops_scores_are_fetched_once_a_day_with_the_poll(shop, dy, clock):
    from desktop.services import shop_scores

    poll(shop, DY)
    poll(shop, DY)
    assert dy.calls.count("shop.reputation") == 1 and dy.bad_signatures == 0
    [got] = shop_scores.latest(shop)
    # the answer names no day: the scores are of the shop's day they were fetched
    assert (got["channel"], got["date"], got["shop_score"], got["product_score"],
            got["logistics_score"], got["service_score"]) == \
        (DY, shop_scores.today(shop), 4.82, 4.75, 4.9, 4.68)
    assert got["date"] == "2025-10-02"
    clock.advance(24 * 3_600_000)  # the next day: asked again
    dy.reputation.update(shop_score="4.85")
    poll(shop, DY)
    assert dy.calls.count("shop.reputation") == 2
    assert shop_scores.latest(shop)[0]["shop_score"] == 4.85
    clock.advance(24 * 3_600_000)
    dy.reputation = {"unexpected": 1}  # a contract break: said, the scores kept
    report = fetching.fetch(shop, channels.get(shop, DY), 60_000, force=True)
    assert "no scores" in report["scores_error"]
    assert shop_scores.latest(shop)[0]["date"] == "2025-10-03"


BROKEN = '{"code":10000,"msg":"success","data":{"foo":1}}'  # success, but no list in it


def test_an_answer_without_its_list_closes_nothing_and_the_channel_says_so(shop, dy, clock):
    """抖店 answering code 10000 with no ``items`` is a broken answer, not "none open": the
    requests stay open with their deadlines, the poll and the channel say what is wrong, and
    the next good answer finds them as they were (no handled time)."""
    from desktop.channels.poll import describe
    from desktop.domain.problems import Code
    from desktop.services import shop as shop_settings

    dy.add_after_sale("a1", "1", NOW_S + 3 * HOUR)
    poll(shop, DY)
    assert [i.request_id for i in aftersales.open_requests(shop, DY)] == ["a1"]
    clock.advance(61_000)
    dy.failures += [(200, BROKEN), (200, BROKEN)]  # order.getServiceList, afterSale.List
    [report] = poll(shop, DY)
    [kept] = aftersales.open_requests(shop, DY)
    assert (kept.request_id, kept.handled_at, kept.deadline) == ("a1", None,
                                                                 (NOW_S + 3 * HOUR) * 1000)
    assert "documented fields" in report["after_sales"]["error"]
    assert report["error"]  # the service requests' list was broken too
    line = describe(report, clock.now, shop_settings.shop_zone(shop))
    assert "documented fields" in line
    state = channels.get(shop, DY)
    listed = next(c for c in channels.listing(shop) if c["name"] == state["name"])
    assert listed["last_error"] and listed["problem"].code is Code.PLATFORM_CONTRACT
    clock.advance(15 * 60_000)
    poll(shop, DY)  # a good answer again
    [again] = aftersales.open_requests(shop, DY)
    assert (again.request_id, again.handled_at, again.late) == ("a1", None, False)
    assert aftersales.handled_between(shop, 0, clock.now + 1) == []
    assert next(c for c in channels.listing(shop) if c["name"] == DY)["last_error"] == ""


def test_a_broken_after_sales_list_alone_is_the_channels_error(shop, dy, clock):
    """The service requests come fine; only afterSale.List breaks: the poll is not OK."""
    from desktop.channels.poll import describe
    from desktop.domain.problems import Code
    from desktop.services import shop as shop_settings

    dy.add_after_sale("a1", "1", NOW_S + 3 * HOUR)
    poll(shop, DY)
    clock.advance(61_000)
    dy._after_sale_list = lambda handler, params: dy._ok(handler, {"foo": 1})
    [report] = poll(shop, DY)
    assert report["error"] == "" and report["after_sales"]["error"]
    assert "documented fields" in describe(report, clock.now, shop_settings.shop_zone(shop))
    listed = next(c for c in channels.listing(shop) if c["name"] == DY)
    assert listed["problem"].code is Code.PLATFORM_CONTRACT
    assert [i.request_id for i in aftersales.open_requests(shop, DY)] == ["a1"]


def test_an_empty_list_said_as_such_still_closes_what_left_the_shops_hands(shop, dy, clock):
    dy.add_after_sale("a1", "1", NOW_S + 3 * HOUR)
    poll(shop, DY)
    clock.advance(61_000)
    dy._after_sale_list = lambda handler, params: dy._ok(
        handler, {"page": 0, "size": 50, "total": 0, "has_more": False})  # no items: none
    [report] = poll(shop, DY)
    assert (report["after_sales"]["open"], report["after_sales"]["error"]) == (0, "")
    assert aftersales.open_requests(shop, DY) == []


def test_tiktok_returns_without_their_list_close_nothing(shop, tt):
    tt.add_return("r1", "576461234", [NOW_S + 3 * HOUR])
    assert fetching.fetch(shop, channels.get(shop, TT), 60_000, force=True)["open"] == 1
    tt.failures.append((200, '{"code":0,"message":"Success","request_id":"r","data":'
                             '{"next_page_token":""}}'))
    report = fetching.fetch(shop, channels.get(shop, TT), 60_000, force=True)
    assert "documented fields" in report["error"]
    assert [i.request_id for i in aftersales.open_requests(shop, TT)] == ["r1"]


def test_the_command_line_poll_is_not_ok_when_the_after_sales_list_is_broken(shop, dy,
                                                                           db_path, capsys):
    dy.add_after_sale("a1", "1", NOW_S + 3 * HOUR)
    assert cli.main(["channel", "poll", DY, "--db", str(db_path)]) == 0
    capsys.readouterr()
    dy._after_sale_list = lambda handler, params: dy._ok(handler, {"foo": 1})
    assert cli.main(["channel", "poll", DY, "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert "after-sales" in out and "documented fields" in out
    assert cli.main(["aftersales", "--db", str(db_path)]) == 0
    assert "order 1" in capsys.readouterr().out

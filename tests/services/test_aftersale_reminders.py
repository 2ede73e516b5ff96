"""Reminders before an after-sales request's deadline: 12 h and 2 h before by default (or as
the settings say), in the customer's conversation, once each, put away once handled."""

from __future__ import annotations

import pytest

from desktop.domain.aftersales import AfterSale, Kind, Stage
from desktop.domain.model import CustomerRef, Direction, MessageKind, MessageRecord, Moment
from desktop.services import aftersale_reminders, aftersales, channels, inbox, reminders, shop
from desktop.store import jobs
from tests.conftest import NOW_MS

HOUR = 3_600_000
CH = "抖音旗舰店"


def _request(request_id: str, deadline: int, stage: Stage = Stage.TO_REVIEW) -> AfterSale:
    return AfterSale(channel=CH, request_id=request_id, order_id=f"o-{request_id}",
                     kind=Kind.RETURN_REFUND, stage=stage, platform_status="待商家处理",
                     amount="59.00", currency="CNY", reason="尺码不合适", deadline=deadline,
                     created_at=NOW_MS - 24 * HOUR, buyer_id="open-id-7")


def _shop_with_customer(store):
    channels.add(store, "webhook", CH, {"reply_url": None}, {})
    inbox.receive(store, [MessageRecord(CH, "conv-7", CustomerRef("open-id-7", "小林"),
                                        "m1", Direction.IN, "customer", MessageKind.TEXT,
                                        "我要退货", Moment(NOW_MS - HOUR, 480))])


def _after_sale_reminders(store):
    return sorted((r["kind"], r["data"]["request_id"]) for r in reminders.open_reminders(store)
                  if r["kind"].startswith("after_sale"))


def test_reminders_fire_12_and_2_hours_before_the_deadline_once_each(store, clock):
    _shop_with_customer(store)
    aftersales.save(store, CH, [_request("a1", NOW_MS + 13 * HOUR),
                                _request("a2", NOW_MS + 30 * HOUR),
                                _request("a3", NOW_MS + 3 * HOUR, Stage.AWAITING_RETURN)])
    assert [r.kind for r in reminders.scan(store)] == []
    clock.advance(HOUR + 60_000)  # a1: under 12 h
    raised = [r for r in reminders.scan(store) if r.kind.startswith("after_sale")]
    assert [(r.kind, r.data["order_id"], r.data["customer"]) for r in raised] == \
        [("after_sale_due", "o-a1", "小林")]
    assert raised[0].conversation_id is not None  # the customer's conversation
    assert reminders.scan(store) == []  # once
    clock.advance(10 * HOUR)  # a1: under 2 h; a3 is the buyer's move: never
    assert [r.kind for r in reminders.scan(store)] == ["after_sale_urgent"]
    assert _after_sale_reminders(store) == [("after_sale_urgent", "a1")]  # replaces the 12 h
    aftersales.save(store, CH, [_request("a2", NOW_MS + 30 * HOUR)])  # a1 handled
    assert _after_sale_reminders(store) == []


def test_the_hours_are_settings(store, clock):
    _shop_with_customer(store)
    shop.set_value(store, "reminders.after_sale_warn_h", 24)
    aftersales.save(store, CH, [_request("a1", NOW_MS + 20 * HOUR)])
    assert [r.kind for r in reminders.scan(store)] == ["after_sale_due"]
    assert jobs.open_reminders(store.conn)[0]["data"]["deadline"] == NOW_MS + 20 * HOUR


def test_the_hours_are_set_together_the_urgent_one_nearer_the_deadline(store):
    aftersale_reminders.set_hours(store, 8, 0.5)
    assert (shop.get(store, "reminders.after_sale_warn_h"),
            shop.get(store, "reminders.after_sale_urgent_h")) == (8, 0.5)
    for warn, urgent in ((2, 2), (2, 3), (4, 0), (4, -1)):
        with pytest.raises(shop.SettingError):
            aftersale_reminders.set_hours(store, warn, urgent)
    assert shop.get(store, "reminders.after_sale_urgent_h") == 0.5  # nothing changed


def test_the_daily_report_lists_requests_handled_late_and_due_today(store, clock, tmp_path):
    from datetime import date

    from openpyxl import load_workbook

    from desktop.services import report

    _shop_with_customer(store)
    aftersales.save(store, CH, [_request("late", NOW_MS + HOUR),
                                _request("today", NOW_MS + 3 * HOUR),
                                _request("later", NOW_MS + 40 * HOUR)])
    clock.advance(2 * HOUR)  # "late" passed its deadline, then leaves the shop's hands
    aftersales.save(store, CH, [_request("today", NOW_MS + 3 * HOUR),
                                _request("later", NOW_MS + 40 * HOUR)])
    book = load_workbook(report.write(store, date(2025, 10, 2), tmp_path / "r.xlsx"))
    assert book.worksheets[1].title == "售后"
    rows = list(book["售后"].iter_rows(min_row=3, values_only=True))
    assert [(r[0], r[1], r[3], r[5], r[8]) for r in rows] == [
        ("超时处理", "o-late", "退货退款", 59.0, "小林"),
        ("今日到期", "o-today", "退货退款", 59.0, "小林")]
    assert "超时处理 1 个，今日到期 1 个" in book["售后"]["A1"].value


def test_the_report_title_counts_the_rows_as_they_are_labelled(store, clock, tmp_path):
    """An open request whose deadline has passed is 已超时 in its row, and counted so in the
    title (not as 今日到期)."""
    from datetime import date

    from openpyxl import load_workbook

    from desktop.services import report

    _shop_with_customer(store)
    aftersales.save(store, CH, [_request("overdue", NOW_MS - HOUR),
                                _request("today", NOW_MS + 3 * HOUR)])
    book = load_workbook(report.write(store, date(2025, 10, 2), tmp_path / "r.xlsx"))
    rows = list(book["售后"].iter_rows(min_row=3, values_only=True))
    assert [(r[0], r[1], r[7]) for r in rows] == [("已超时", "o-overdue", None),
                                                 ("今日到期", "o-today", None)]
    assert book["售后"]["A1"].value == "售后：超时处理 0 个，今日到期 1 个，已超时 1 个"

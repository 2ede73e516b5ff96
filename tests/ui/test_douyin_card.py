"""The dashboard shows the shop's 抖店 scores with their date and Douyin's own figures per agent
beside ShopDesk's of the same agents on Douyin, on the real window."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from openpyxl import Workbook

from PySide6.QtCore import Qt

from desktop.domain.model import (
    CUSTOMER,
    CustomerRef,
    Delivery,
    Direction,
    MessageKind,
    MessageRecord,
    Moment,
)
from desktop.services import feige, inbox, metrics, schedule, schedule_history, shop, team
from desktop.services.session import open_shop
from desktop.store.db import open_store
from desktop.ui import formatting

HEADERS = ["Agent", "Sessions (Douyin)", "3-minute reply (Douyin)", "3-minute reply (ShopDesk)",
           "First response (Douyin)", "First response median (ShopDesk)",
           "Average response (Douyin)", "Satisfaction (Douyin)", "Dissatisfaction (Douyin)",
           "Inquiry conversion (Douyin)"]


AGENT = "小周"  # a new agent: her figures are only those made here
FEIGE_HEADERS = {"agent": "客服昵称", "sessions": "人工已接待会话量",
                 "three_min_rate": "3分钟人工回复率（会话）",
                 "first_response_s": "首次响应时长(秒)", "avg_response_s": "平均响应时长(秒)",
                 "satisfaction": "满意率",
                 "dissatisfaction": "不满意率", "inquiry_conversion": "询单转化率"}


def _feige_export(path, rows):
    """Feige's 客服数据 export of ``rows`` (figures as ShopDesk keeps them)."""
    book = Workbook()
    book.active.append(list(FEIGE_HEADERS.values()))
    for row in rows:
        book.active.append([row.get(key) for key in FEIGE_HEADERS])
    book.save(path)
    return path


def _message(channel, key, customer, n, direction, author, at, text, zone):
    return MessageRecord(channel, key, customer, f"{key}-{n}", direction, author,
                         MessageKind.TEXT, text, Moment(at, shop.zone_offset_minutes(zone, at)),
                         delivery=Delivery.SENT if direction is Direction.OUT else None)


@pytest.fixture
def demo_path(demo_path, tmp_path):
    """The demo shop with an agent who answered yesterday at 10:00 on Douyin within a minute
    and by e-mail half an hour later (made so: the small demo's last week depends on the hour
    it is built), and her figures in yesterday's Feige export beside the demo's agents'."""
    store = open_shop(demo_path)
    zone = shop.shop_zone(store)
    now = store.clock()
    yesterday = datetime.fromtimestamp(now / 1000, zone).date() - timedelta(days=1)
    at = int(datetime.combine(yesterday, time(10), zone).timestamp() * 1000)
    team.add_agent(store, AGENT)
    douyin, mail = CustomerRef("dy-zhou", "周女士", language="zh"), \
        CustomerRef("zhou@example.com", "Zhou Lan", language="zh")
    inbox.receive(store, [_message(*m, zone) for m in (
        ("douyin", "dy-zhou-1", douyin, 1, Direction.IN, CUSTOMER, at, "什么时候发货？"),
        ("douyin", "dy-zhou-1", douyin, 2, Direction.OUT, AGENT, at + 40_000,
         "亲，今天下午就给您发货"),
        ("email", "em-zhou-1", mail, 1, Direction.IN, CUSTOMER, at + 300_000,
         "请问可以开发票吗？"),
        ("email", "em-zhou-1", mail, 2, Direction.OUT, AGENT, at + 2_100_000,
         "您好，可以的，发票会随货寄出"))])
    theirs = feige.figures(store, yesterday, yesterday)
    mine = {"agent": AGENT, "sessions": 1, "three_min_rate": 1.0, "first_response_s": 40,
            "avg_response_s": 40, "satisfaction": 1.0, "dissatisfaction": 0.0,
            "inquiry_conversion": 0.5}
    feige.import_file(store, _feige_export(tmp_path / "feige.xlsx", [*theirs, mine]),
                      yesterday)
    store.close()
    # the shop worked yesterday at 10:00 even if it was a public holiday (said a week before)
    week_ago = open_store(demo_path, clock=lambda: now - 8 * 86_400_000)
    schedule.switch_holiday(week_ago, yesterday, True)
    week_ago.close()
    store = open_shop(demo_path, readonly=True)
    assert schedule_history.open_time(store, at - 1, now).is_open(at + 300_000)
    store.close()
    return demo_path


def _last_week(window, qtbot):
    page = window.dashboard_page
    window.show_page("dashboard")
    period = page.period
    period.setFocus()
    for _ in range(3):  # the last 7 days hold yesterday's export
        if period.currentData() == 7:
            break
        qtbot.keyClick(period, Qt.Key.Key_Down)
    assert period.currentData() == 7
    window.context.db.wait_idle()  # the period's figures in
    qtbot.waitUntil(lambda: page.douyin.isVisible() and page.douyin.table.rowCount() > 0,
                    timeout=10_000)
    return page


def _pct(value):
    return "—" if value is None else f"{value * 100:.1f}%"


def _secs(value):
    return "—" if value is None else formatting.duration(value)


def test_the_dashboard_shows_douyins_scores_and_feige_figures(window, qtbot):
    page = _last_week(window, qtbot)
    card = page.douyin
    # with two decimals, as 抖店 shows them (4.81 is not 4.8)
    assert "shop score 4.81 · product 4.76 · logistics 4.90 · service 4.62 (as of " in \
        card.scores.text()
    table = card.table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == HEADERS
    text = [[table.item(r, c).text() for c in range(len(HEADERS))]
            for r in range(table.rowCount())]
    theirs = {f["agent"]: f for f in feige.figures(window.context.reader, *page.range)}
    # ShopDesk's figures beside Douyin's are the agent's on Douyin alone, as metrics of the
    # Douyin channel by itself count them; 小周 also answered by e-mail, slower
    first, last = page.range
    on_douyin = metrics.compute(window.context.reader, first, last,
                                page.figures["period"]["as_of"], channel="douyin")["agents"]
    everywhere = page.figures["agents"]
    assert (on_douyin[AGENT]["three_min_rate"], everywhere[AGENT]["three_min_rate"]) == (1, 0.5)
    assert [row[3] for row in text if row[0] == AGENT] == ["100.0%"]
    for row in text:
        mine, feiges = on_douyin.get(row[0], {}), theirs[row[0]]
        assert row[3] == _pct(mine.get("three_min_rate")), row
        assert row[5] == _secs(mine.get("frt_median_s")), row
        assert row[2] == _pct(feiges["three_min_rate"]) and row[4] == _secs(
            feiges["first_response_s"])
        assert row[6] == _secs(feiges["avg_response_s"]), row  # 平均响应
        assert row[8] == _pct(feiges["dissatisfaction"]), row  # 不满意率


def test_the_douyin_table_fills_the_card_and_cuts_no_figure(window, qtbot):
    page = _last_week(window, qtbot)
    table = page.douyin.table
    header = table.horizontalHeader()

    def widths():
        return sum(table.columnWidth(c) for c in range(table.columnCount()))

    for size in ((1920, 1080), (1366, 768)):
        window.resize(*size)
        qtbot.waitUntil(lambda: widths() >= table.viewport().width() > 0, timeout=5_000)
        assert table.viewport().width() > 0.8 * page.douyin.width()  # the card's width
        for c in range(table.columnCount()):  # every header and figure shows whole
            assert table.columnWidth(c) >= max(header.sectionSizeHint(c),
                                               table.sizeHintForColumn(c)), (size, c)

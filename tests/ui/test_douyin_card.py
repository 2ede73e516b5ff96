"""The dashboard shows the shop's 抖店 scores with their date and Douyin's own figures per agent
beside ShopDesk's of the same agents on Douyin, on the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services import feige, metrics
from desktop.ui import formatting

HEADERS = ["Agent", "Sessions (Douyin)", "3-minute reply (Douyin)", "3-minute reply (ShopDesk)",
           "First response (Douyin)", "First response median (ShopDesk)",
           "Average response (Douyin)", "Satisfaction (Douyin)", "Dissatisfaction (Douyin)",
           "Inquiry conversion (Douyin)"]


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
    # Douyin channel by itself count them; in the demo Amy also answers elsewhere, slower
    first, last = page.range
    on_douyin = metrics.compute(window.context.reader, first, last,
                                page.figures["period"]["as_of"], channel="douyin")["agents"]
    everywhere = page.figures["agents"]
    assert any(on_douyin.get(row[0], {}).get("three_min_rate") !=
               everywhere.get(row[0], {}).get("three_min_rate") for row in text)
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

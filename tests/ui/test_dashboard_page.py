"""The Dashboard on the demo shop: tiles, charts, tables, and the inquiries behind a figure."""

from __future__ import annotations

from desktop.ui.inquiries_dialog import InquiriesDialog


def _show_week(window):
    window.show_page("dashboard")
    page = window.dashboard_page
    page.period.setCurrentIndex(page.period.findData(7))
    window.context.db.wait_idle()
    return page


def test_the_dashboard_shows_the_demo_shops_figures(window):
    page = _show_week(window)
    assert page.tiles["inquiries"][1].text() not in ("", "0")
    assert "%" in page.tiles["response_rate_24h"][1].text()
    # the change against the 7 days before follows the figures
    assert any(mark in page.tiles["inquiries"][1].text() for mark in "▲▼＝")
    assert page.agents.rowCount() >= 1 and page.channels.rowCount() >= 1
    assert page.chart.chart_.series()[0].barSets()[0].count() == 24  # hours
    days = page.day_chart.chart_.series()
    assert days[0].barSets()[0].count() == 7 and days[1].count() >= 1  # bars and the rate line
    assert page.frt_chart.chart_.series()[0].barSets()[0].count() == 9


def test_a_click_lists_the_inquiries_and_opens_one(window, qtbot):
    page = _show_week(window)
    dialog = page.drill("inquiries")
    window.context.db.wait_idle()
    assert dialog.table.rowCount() > 0
    conversation_id = dialog._ids[0]
    dialog.table.cellDoubleClicked.emit(0, 0)
    assert window.stack.currentWidget() is window.inbox
    window.context.db.wait_idle()
    qtbot.waitUntil(lambda: window.inbox.conversation.detail is not None and
                    window.inbox.conversation.detail.id == conversation_id,
                    timeout=3000)


def test_a_click_on_an_hour_lists_that_hours_inquiries(window):
    page = _show_week(window)
    busiest = max(range(24), key=lambda h: page.chart.chart_.series()[0].barSets()[0].at(h))
    opened = []
    page.chart.figureClicked.connect(opened.append)
    page.chart.click_bar(busiest)
    assert opened == [f"hour:{busiest}"]
    window.context.db.wait_idle()
    dialog = page.findChildren(InquiriesDialog)[0]
    assert dialog.table.rowCount() == min(500, int(
        page.chart.chart_.series()[0].barSets()[0].at(busiest)))

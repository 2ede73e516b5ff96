"""The dashboard shows the shop's 抖店 scores with their date and Douyin's own figures per agent
beside ShopDesk's, on the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_the_dashboard_shows_douyins_scores_and_feige_figures(window, qtbot):
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
    card = page.douyin
    # with two decimals, as 抖店 shows them (4.81 is not 4.8)
    assert "shop score 4.81 · product 4.76 · logistics 4.90 · service 4.62 (as of " in \
        card.scores.text()
    headers = [card.table.horizontalHeaderItem(c).text() for c in range(8)]
    assert headers[2] == "3-minute reply (Douyin)" and headers[3] == "3-minute reply (ShopDesk)"
    agents = [card.table.item(r, 0).text() for r in range(card.table.rowCount())]
    assert agents
    ours = [card.table.item(r, 3).text() for r in range(card.table.rowCount())
            if agents[r] in page.figures["agents"]]
    assert ours and all(t.endswith("%") or t == "—" for t in ours)
    assert all(card.table.item(r, 2).text().endswith("%") for r in range(len(agents)))

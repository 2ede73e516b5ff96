"""The Dashboard on the demo shop: tiles, the hour chart, the agents."""

from __future__ import annotations


def test_the_dashboard_shows_the_demo_shops_figures(window):
    window.show_page("dashboard")
    page = window.dashboard_page
    page.period.setCurrentIndex(page.period.findData(7))
    window.context.db.wait_idle()
    assert page.tiles["inquiries"][1].text() not in ("", "0")
    assert "%" in page.tiles["response_rate_24h"][1].text()
    assert page.agents.rowCount() >= 1
    assert page.chart.series() and page.chart.series()[0].count() == 1

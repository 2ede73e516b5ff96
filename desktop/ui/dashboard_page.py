"""The Dashboard: today or the last days at a glance — tiles coloured by target, the day's
rhythm by hour, and each agent's figures."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import metrics
from desktop.ui import formatting
from desktop.ui.context import Context
from desktop.ui.layout import ScrollPage

BAND_COLOURS = {"green": "#00a870", "yellow": "#d48806", "red": "#f53f3f", None: "#4e5969"}


class DashboardPage(ScrollPage):

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.period = QComboBox()
        self.period.currentIndexChanged.connect(self.refresh)
        self.tiles: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for n, key in enumerate(("service_score", "response_rate_24h", "three_min_rate",
                                 "frt_median_s", "bot_handled_share", "resolution_rate", "csat",
                                 "inquiries")):
            tile = QWidget()
            tile.setObjectName("card")
            v = QVBoxLayout(tile)
            name, value = QLabel(), QLabel()
            name.setObjectName("hint")
            value.setStyleSheet("font-size: 26px; font-weight: bold;")
            v.addWidget(name)
            v.addWidget(value)
            self.tiles[key] = (name, value)
            grid.addWidget(tile, n // 4, n % 4)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.agents = QTableWidget(0, 5)
        self.agents.verticalHeader().hide()
        self.agents.setMinimumHeight(160)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.period)
        layout = self.page_layout
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.chart_view)
        layout.addWidget(self.agents)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        current = self.period.currentIndex()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("Today so far"), 0)
        self.period.addItem(self.tr("Yesterday"), 1)
        self.period.addItem(self.tr("Last 7 days"), 7)
        self.period.addItem(self.tr("Last 30 days"), 30)
        self.period.setCurrentIndex(max(0, current))
        self.period.blockSignals(False)
        names = {"service_score": self.tr("Service score"),
                 "response_rate_24h": self.tr("24-hour response rate"),
                 "three_min_rate": self.tr("3-minute reply rate"),
                 "frt_median_s": self.tr("First response (median)"),
                 "bot_handled_share": self.tr("Handled by auto-reply"),
                 "resolution_rate": self.tr("Resolution rate"),
                 "csat": self.tr("Satisfaction (4–5 stars)"),
                 "inquiries": self.tr("Inquiries")}
        for key, (label, _) in self.tiles.items():
            label.setText(names[key])
        self.agents.setHorizontalHeaderLabels([self.tr("Agent"), self.tr("Replies"),
                                               self.tr("Inquiries answered first"),
                                               self.tr("First response (median)"),
                                               self.tr("Closed / resolved")])
        self.refresh()

    def refresh(self) -> None:
        days = self.period.currentData() or 0
        today = datetime.fromtimestamp(self.context.reader.clock() / 1000,
                                       self.context.zone).date()
        first, last = (today, today) if days == 0 else \
            ((today - timedelta(days=1),) * 2 if days == 1 else
             (today - timedelta(days=days - 1), today))
        span = (last - first).days + 1
        before = (first - timedelta(days=span), first - timedelta(days=1))
        self.context.db.run(partial(_with_previous, first=first, last=last, before=before),
                            self._show, self.error.emit)

    def _show(self, result: tuple[dict[str, Any], dict[str, Any]]) -> None:
        f, previous = result
        bands = f.get("bands", {})
        score = f["service_score"]["score"]
        values = {
            "service_score": ("—" if score is None else f"{score:.0f}", None),
            "response_rate_24h": (_pct(f["response_rate_24h"]), bands.get("response_rate_24h")),
            "three_min_rate": (_pct(f["three_min_rate"]), bands.get("three_min_rate")),
            "frt_median_s": ("—" if f["frt_median_s"] is None
                             else formatting.duration(f["frt_median_s"]), None),
            "bot_handled_share": (_pct(f["bot_handled_share"]), None),
            "resolution_rate": (_pct(f["resolution_rate"]), bands.get("resolution_rate")),
            "csat": (_pct(f["csat"]), bands.get("csat")),
            "inquiries": (f"{f['inquiries']:,}", None),
        }
        for key, (text, band) in values.items():
            label = self.tiles[key][1]
            label.setText(text + _change(key, f.get(key) if key != "service_score" else score,
                                         previous.get(key) if key != "service_score" else
                                         previous["service_score"]["score"]))
            label.setStyleSheet(f"font-size: 26px; font-weight: bold; "
                                f"color: {BAND_COLOURS[band]};")
        self._chart(f["by_hour"])
        agents = f["agents"]
        self.agents.setRowCount(len(agents))
        for row, (name, a) in enumerate(agents.items()):
            cells = [name, f"{a['human_replies']:,}", f"{a['inquiries_first_answered']:,}",
                     "—" if a["frt_median_s"] is None else formatting.duration(a["frt_median_s"]),
                     f"{a['closed']} / {a['resolved']}"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.agents.setItem(row, col, item)
        self.agents.resizeColumnsToContents()

    def _chart(self, by_hour: list[int]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(self.tr("Inquiries"))
        bars.setColor(QColor("#1677ff"))
        bars.append([float(n) for n in by_hour])
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([f"{h:02d}" for h in range(24)])
        y = QValueAxis()
        y.setRange(0, max([*by_hour, 1]))
        y.setLabelFormat("%d")
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self.chart.setTitle(self.tr("Inquiries by hour of day"))


def _with_previous(store: Any, first: Any, last: Any,
                   before: tuple[Any, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A period's figures and those of the period just before it (for the change)."""
    return metrics.compute(store, first, last), metrics.compute(store, *before)


def _change(key: str, now: float | None, before: float | None) -> str:
    """A small “▲ 2.1 pts” after a tile's value (points for rates, plain for counts)."""
    if now is None or before is None:
        return ""
    delta = now - before
    if abs(delta) < 1e-9:
        return "  <span style='font-size:13px; color:#86909c'>＝</span>"
    arrow = "▲" if delta > 0 else "▼"
    if key.endswith("_rate") or key in ("response_rate_24h", "csat", "bot_handled_share"):
        text = QCoreApplication.translate("Dashboard", "{0:.1f} pts").format(abs(delta) * 100)
    elif key.endswith("_s"):
        text = formatting.duration(abs(delta))
    else:
        text = f"{abs(delta):,.0f}"
    return f"  <span style='font-size:13px; color:#86909c'>{arrow} {text}</span>"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"



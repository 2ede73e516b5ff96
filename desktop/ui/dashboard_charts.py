"""The Dashboard's charts (Qt Charts): by day, by hour of day, and first response times.

Each chart reports a click on a bar as the figure behind it (``day:…``, ``hour:…``, ``frt:…``)
so the page can list those inquiries.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop.ui import formatting

BLUE = QColor("#1677ff")
GREEN = QColor("#00a870")


class FigureChart(QChartView):
    """A bar chart whose bars can be clicked; ``figureClicked`` names what was clicked."""

    figureClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.chart_.legend().hide()
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.setBackgroundVisible(False)
        self.setStyleSheet("background: transparent")
        title = QFont()
        title.setPointSize(11)
        title.setBold(True)
        self.chart_.setTitleFont(title)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(250)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._figures: list[str] = []

    def _reset(self, title: str) -> None:
        self.chart_.removeAllSeries()
        for axis in self.chart_.axes():
            self.chart_.removeAxis(axis)
        self.chart_.setTitle(title)

    def _bars(self, name: str, values: Sequence[float], labels: list[str], figures: list[str],
              colour: QColor = BLUE) -> tuple[QBarSeries, QBarCategoryAxis, QValueAxis]:
        bars = QBarSet(name)
        bars.setColor(colour)
        bars.setBorderColor(colour)
        bars.append([float(v) for v in values])
        bars.clicked.connect(self._clicked)
        series = QBarSeries()
        series.append(bars)
        self.chart_.addSeries(series)
        x = QBarCategoryAxis()
        x.append(labels)
        y = QValueAxis()
        y.setRange(0, max([*values, 4]))
        y.setLabelFormat("%d")
        y.setTickCount(5)
        y.applyNiceNumbers()
        self.chart_.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self._figures = figures
        return series, x, y

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self._figures):
            self.figureClicked.emit(self._figures[index])

    def click_bar(self, index: int) -> None:
        """What a click on bar ``index`` does (also for tests)."""
        self._clicked(index)


class DayChart(FigureChart):
    """Inquiries per day (bars) and the 24-hour response rate (line, right axis)."""

    def show_days(self, by_day: list[dict]) -> None:
        self._reset(QCoreApplication.translate(
            "Dashboard", "Inquiries and 24-hour response rate by day"))
        # a month of labels would overlap: then the day of the month is enough
        labels = [d["date"][5:] if len(by_day) <= 10 else d["date"][8:].lstrip("0")
                  for d in by_day]
        _, x, _ = self._bars(QCoreApplication.translate("Dashboard", "Inquiries"),
                             [d["inquiries"] for d in by_day], labels,
                             [f"day:{d['date']}" for d in by_day])
        _small(x)
        line = QLineSeries()
        line.setName(QCoreApplication.translate("Dashboard", "24-hour response rate"))
        line.setPen(QPen(GREEN, 2.5))
        line.setPointsVisible(True)
        for n, d in enumerate(by_day):
            if d["response_rate_24h"] is not None:
                line.append(n, d["response_rate_24h"] * 100)
        self.chart_.addSeries(line)
        rate = QValueAxis()
        rate.setRange(0, 100)
        rate.setLabelFormat("%d%%")
        rate.setTickCount(5)
        rate.setLinePenColor(GREEN)
        self.chart_.addAxis(rate, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(rate)
        position = QValueAxis()  # bars sit on categories 0..n-1: the line follows them
        position.setRange(-0.5, len(by_day) - 0.5)
        position.setVisible(False)
        self.chart_.addAxis(position, Qt.AlignmentFlag.AlignTop)
        line.attachAxis(position)
        self.chart_.legend().show()
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)


class HourChart(FigureChart):
    def show_hours(self, by_hour: list[int]) -> None:
        self._reset(QCoreApplication.translate("Dashboard", "Inquiries by hour of day"))
        series, x, _ = self._bars(QCoreApplication.translate("Dashboard", "Inquiries"), by_hour,
                                  [str(h) for h in range(24)], [f"hour:{h}" for h in range(24)])
        # 24 labels do not fit under the bars: every third hour, on a value axis beneath
        x.setLabelsVisible(False)
        hours = QValueAxis()
        hours.setRange(-0.5, 23.5)
        hours.setTickType(QValueAxis.TickType.TicksDynamic)
        hours.setTickAnchor(0)
        hours.setTickInterval(3)
        hours.setLabelFormat("%d")
        hours.setGridLineVisible(False)
        font = hours.labelsFont()
        font.setPointSize(8)
        hours.setLabelsFont(font)
        self.chart_.addAxis(hours, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(hours)


class FrtChart(FigureChart):
    """How long inquiries waited for a person's first reply, in buckets."""

    def show_buckets(self, buckets: list[dict]) -> None:
        self._reset(QCoreApplication.translate("Dashboard", "First response time"))
        labels = [f"≤{formatting.short_duration(b['upto_s'])}" if b["upto_s"] else
                  f">{formatting.short_duration(buckets[-2]['upto_s'])}" for b in buckets]
        _, x, _ = self._bars(QCoreApplication.translate("Dashboard", "Inquiries"),
                             [b["inquiries"] for b in buckets], labels,
                             [f"frt:{k}" for k in range(len(buckets))],
                             QColor("#722ed1"))
        _small(x)


def _small(axis: QBarCategoryAxis) -> None:
    font = axis.labelsFont()
    font.setPointSize(8)
    axis.setLabelsFont(font)

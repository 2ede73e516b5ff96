"""The dashboard's Douyin card: the shop's four 抖店 scores with their date, and Douyin's own
service figures per agent (imported from Feige) beside ShopDesk's for the same agents on the
shop's Douyin channels (Douyin judges an agent by their Douyin work alone). Hidden while the
shop has neither."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.domain.channel_names import Kind
from desktop.services import feige, shop_scores
from desktop.ui import formatting
from desktop.ui.context import Context


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _secs(value: float | None) -> str:
    return "—" if value is None else formatting.duration(value)


class FillingTable(QTableWidget):
    """A table whose columns are as wide as their contents, sharing what is left of its
    width: it fills the card, and a narrow window scrolls it rather than cutting a figure."""

    def fit(self) -> None:
        self.resizeColumnsToContents()
        columns = self.columnCount()
        spare = self.viewport().width() - sum(self.columnWidth(c) for c in range(columns))
        for c in range(columns):
            if spare > 0:
                self.setColumnWidth(c, self.columnWidth(c) + spare // columns +
                                    (1 if c < spare % columns else 0))
        self.setFixedHeight(  # every row shows, the scroll bar under them when it scrolls
            self.horizontalHeader().height() + 2 * self.frameWidth() +
            sum(self.rowHeight(r) for r in range(self.rowCount())) +
            (self.horizontalScrollBar().sizeHint().height() if spare < 0 else 0))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit()


class DouyinCard(QWidget):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("card")
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.scores = QLabel()
        self.scores.setObjectName("douyinScores")
        self.scores.setWordWrap(True)
        self.figures_title = QLabel()
        self.figures_title.setObjectName("hint")
        self.table = FillingTable(0, 10)
        self.table.setObjectName("douyinFigures")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        for widget in (self.title, self.scores, self.figures_title, self.table):
            layout.addWidget(widget)
        self.rows: list[dict[str, Any]] = []
        self.setVisible(False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Douyin's own figures"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Agent"), self.tr("Sessions (Douyin)"), self.tr("3-minute reply (Douyin)"),
            self.tr("3-minute reply (ShopDesk)"), self.tr("First response (Douyin)"),
            self.tr("First response median (ShopDesk)"), self.tr("Average response (Douyin)"),
            self.tr("Satisfaction (Douyin)"), self.tr("Dissatisfaction (Douyin)"),
            self.tr("Inquiry conversion (Douyin)")])
        for column in range(1, self.table.columnCount()):
            self.table.horizontalHeaderItem(column).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def show_period(self, first: date, last: date, ours: dict[str, Any]) -> None:
        """The latest scores, and the latest day of Douyin's figures within the period beside
        each agent's figures on Douyin channels in ``ours`` (metrics of the period)."""
        self.retranslate()
        reader = self.context.reader
        scores = shop_scores.latest(reader)
        self.scores.setText("<br>".join(self.tr(
            "{0}: shop score {1} · product {2} · logistics {3} · service {4} (as of {5})").format(
            formatting.channel_name(s["channel"]), *(self._score(s.get(k)) for k in
                                                     shop_scores.SCORES), s["date"])
            for s in scores))
        self.scores.setVisible(bool(scores))
        found = feige.figures(reader, first, last)
        day = max((r["date"] for r in found), default=None)
        self.rows = [r for r in found if r["date"] == day]
        agents = ours.get("agents_by_kind", {}).get(Kind.DOUYIN, {})
        self.figures_title.setText(self.tr("Exported from Feige for {0}; ShopDesk's figures "
                                           "are each agent's on Douyin over the period "
                                           "shown").format(day or ""))
        self.table.setRowCount(len(self.rows))
        for row, r in enumerate(self.rows):
            mine = agents.get(r["agent"], {})
            cells = [r["agent"], str(r.get("sessions", "—")), _pct(r.get("three_min_rate")),
                     _pct(mine.get("three_min_rate")), _secs(r.get("first_response_s")),
                     _secs(mine.get("frt_median_s")), _secs(r.get("avg_response_s")),
                     _pct(r.get("satisfaction")), _pct(r.get("dissatisfaction")),
                     _pct(r.get("inquiry_conversion"))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:  # figures to the right, under their headers
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.fit()
        for widget in (self.figures_title, self.table):
            widget.setVisible(bool(self.rows))
        self.setVisible(bool(scores or self.rows))

    @staticmethod
    def _score(value: float | None) -> str:
        """A score as 抖店 shows it, with two decimals (4.81, 4.90)."""
        return "—" if value is None else f"{value:.2f}"

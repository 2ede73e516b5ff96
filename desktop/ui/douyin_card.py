"""The dashboard's Douyin card: the shop's four 抖店 scores with their date, and Douyin's own
service figures per agent (imported from Feige) beside ShopDesk's for the same agents. Hidden
while the shop has neither."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.services import feige, shop_scores
from desktop.ui import formatting
from desktop.ui.context import Context


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _secs(value: float | None) -> str:
    return "—" if value is None else formatting.duration(value)


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
        self.table = QTableWidget(0, 8)
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
            self.tr("First response median (ShopDesk)"), self.tr("Satisfaction (Douyin)"),
            self.tr("Inquiry conversion (Douyin)")])

    def show_period(self, first: date, last: date, ours: dict[str, Any]) -> None:
        """The latest scores, and the latest day of Douyin's figures within the period beside
        ShopDesk's figures ``ours`` of the period."""
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
        agents = ours.get("agents", {})
        self.figures_title.setText(self.tr("Exported from Feige for {0}; ShopDesk's figures "
                                           "are of the period shown").format(day or ""))
        self.table.setRowCount(len(self.rows))
        for row, r in enumerate(self.rows):
            mine = agents.get(r["agent"], {})
            cells = [r["agent"], str(r.get("sessions", "—")), _pct(r.get("three_min_rate")),
                     _pct(mine.get("three_min_rate")), _secs(r.get("first_response_s")),
                     _secs(mine.get("frt_median_s")), _pct(r.get("satisfaction")),
                     _pct(r.get("inquiry_conversion"))]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.setFixedHeight(  # every row shows, a scroll bar under them if need be
            self.table.horizontalHeader().height() + 8 +
            self.table.horizontalScrollBar().sizeHint().height() +
            sum(self.table.rowHeight(i) for i in range(len(self.rows))))
        for widget in (self.figures_title, self.table):
            widget.setVisible(bool(self.rows))
        self.setVisible(bool(scores or self.rows))

    @staticmethod
    def _score(value: float | None) -> str:
        """A score as 抖店 shows it, with two decimals (4.81, 4.90)."""
        return "—" if value is None else f"{value:.2f}"

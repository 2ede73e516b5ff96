"""The inbox's after-sales view: the open requests, nearest deadline first, each with a countdown
that turns yellow under 12 hours and red under 2 (the platform decides alone after it); a
double-click opens the customer's conversation. Acting on a request (agree, refuse) stays in the
platform's back office. Also the after-sales line an order card shows under its order."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.aftersales import AfterSale, Kind, Stage, band
from desktop.services import aftersales
from desktop.ui import formatting
from desktop.ui.context import Context

BAND_COLOURS = {"red": "#f53f3f", "overdue": "#f53f3f", "yellow": "#ff9a2e"}
TICK_MS = 30_000  # the countdowns move, and the requests fetched meanwhile come in


def kind_name(kind: Kind) -> str:
    translate = QCoreApplication.translate
    return {Kind.RETURN_REFUND: translate("AfterSales", "Return and refund"),
            Kind.REFUND_ONLY: translate("AfterSales", "Refund only"),
            Kind.EXCHANGE: translate("AfterSales", "Exchange"),
            Kind.PRICE_PROTECTION: translate("AfterSales", "Price protection"),
            Kind.RESEND: translate("AfterSales", "Resend missing item"),
            Kind.REPAIR: translate("AfterSales", "Repair"),
            Kind.OTHER: translate("AfterSales", "After-sales")}[kind]


def stage_name(stage: Stage) -> str:
    translate = QCoreApplication.translate
    return {Stage.TO_REVIEW: translate("AfterSales", "To review"),
            Stage.AWAITING_RETURN: translate("AfterSales", "Buyer to send back"),
            Stage.TO_RECEIVE: translate("AfterSales", "Returned goods to check"),
            Stage.TO_SHIP: translate("AfterSales", "To ship"),
            Stage.CLOSED: translate("AfterSales", "Closed")}[stage]


def time_left(item: AfterSale, now: int) -> str:
    translate = QCoreApplication.translate
    if item.deadline is None:
        return translate("AfterSales", "No deadline")
    if item.deadline <= now:
        return translate("AfterSales", "Overdue")
    return formatting.duration((item.deadline - now) / 1000)


def money(item: AfterSale) -> str:
    return {"CNY": "¥", "USD": "$"}.get(item.currency, item.currency + " ") + item.amount


def order_line(context: Context, channel: str, order_id: str) -> QLabel | None:
    """The order's open after-sales request in a line for its order card (None without)."""
    found = [i for i in aftersales.of_order(context.reader, channel, order_id) if i.open]
    if not found:
        return None
    item, now = found[0], context.reader.clock()
    colour = BAND_COLOURS.get(band(item.deadline, now), "#86909c")
    label = QLabel(QCoreApplication.translate("AfterSales", "After-sales: {0} · {1} · {2} · "
                                              "{3} left").format(
        html.escape(kind_name(item.kind)), html.escape(stage_name(item.stage)), money(item),
        f'<b style="color:{colour}">{html.escape(time_left(item, now))}</b>'))
    label.setObjectName("orderAfterSale")
    label.setToolTip(item.reason)
    label.setWordWrap(True)
    return label


class AfterSalesView(QWidget):
    """The open requests as a table; its button (for the inbox bar) says how many. Shown, it
    asks for the height of all its rows (``fit``); the inbox gives what it can spare."""

    openConversation = Signal(str)
    fit = Signal()  # shown, or its number of rows changed: the height it wants may differ
    COLUMNS = 7

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("afterSalesView")
        self.items: list[AfterSale] = []
        self.button = QPushButton()
        self.button.setObjectName("afterSalesButton")
        self.button.setCheckable(True)
        self.button.toggled.connect(self._show)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("afterSalesTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        # compact rows (``_show``), as many as can be shown; a long reason is cut short (its
        # tooltip has it all) rather than a scroll bar taking a row's place
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setStyleSheet("QHeaderView::section { padding: 2px 8px; }")
        self.table.cellDoubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 12, 2)
        layout.addWidget(self.table)
        self.setVisible(False)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(TICK_MS)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Time left"), self.tr("Type"), self.tr("Status"), self.tr("Amount"),
            self.tr("Order"), self.tr("Customer"), self.tr("Reason")])
        self.table.setToolTip(self.tr("Open after-sales requests, nearest deadline first. "
                                      "Agree or refuse in the platform's back office; a "
                                      "double-click opens the customer's conversation."))
        self.refresh()

    def wanted_height(self) -> int:
        """The height that shows the header and every row (one empty row when none)."""
        table, margins = self.table, self.layout().contentsMargins()
        rows = table.verticalHeader().length() or table.verticalHeader().defaultSectionSize()
        return (margins.top() + margins.bottom() + 2 * table.frameWidth() + rows +
                table.horizontalHeader().sizeHint().height())

    def _show(self, shown: bool) -> None:
        self.setVisible(shown)  # the style sheet's font is the table's from now on
        if shown:
            rows = self.table.verticalHeader()
            rows.setDefaultSectionSize(self.table.fontMetrics().height() + 6)
            self.fit.emit()

    def refresh(self) -> None:
        """Read the open requests again (a short indexed read) and show the countdowns."""
        self.items = aftersales.open_requests(self.context.reader)
        now = self.context.reader.clock()
        urgent = sum(1 for i in self.items if band(i.deadline, now) in ("red", "overdue"))
        self.button.setText(self.tr("After-sales {0}").format(len(self.items)))
        self.button.setToolTip(self.tr("%n open after-sales requests", "", len(self.items)))
        self.button.setProperty("alert", bool(urgent))
        self.button.setVisible(bool(self.items) or self.button.isChecked())
        changed = self.table.rowCount() != len(self.items)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            self._fill(row, item, now)
        self.table.resizeColumnsToContents()
        if changed and self.isVisible():
            self.fit.emit()

    def _fill(self, row: int, item: AfterSale, now: int) -> None:
        values: list[Any] = [time_left(item, now), kind_name(item.kind),
                             stage_name(item.stage), money(item), item.order_id,
                             aftersales.customer_name(self.context.reader, item), item.reason]
        colour = BAND_COLOURS.get(band(item.deadline, now))
        for column, value in enumerate(values):
            cell = QTableWidgetItem(str(value))
            if column == 0 and colour:
                cell.setBackground(QColor(colour))
                cell.setForeground(QColor("#ffffff"))
            cell.setData(Qt.ItemDataRole.UserRole, band(item.deadline, now))
            if column == self.COLUMNS - 1:
                cell.setToolTip(str(value))
            self.table.setItem(row, column, cell)

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.items):
            found = aftersales.conversation_of(self.context.reader, self.items[row])
            if found:
                self.openConversation.emit(found)

"""The Dashboard's "now" card: who is waiting for the shop at this moment, beside the rates
(which count an inquiry only once it is answered or its window is over). A click opens those
conversations in the inbox, longest waiting first; a click on one group's figure (e.g. "over
24 hours") opens only that group."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.services.waiting import WaitingNow
from desktop.ui import formatting

FIGURES = ("waiting", "longest", "within_3min", "past_3min", "within_24h", "past_24h")
RED, GREY, INK = "#f53f3f", "#86909c", "#1d2129"


class NowCard(QWidget):
    clicked = Signal(str)  # the figure clicked ("waiting": the card itself)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the card's white
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel()
        self.title.setObjectName("hint")
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        row = QHBoxLayout()
        row.setSpacing(28)
        for key in FIGURES:
            name, value = QLabel(), QLabel()
            name.setObjectName("hint")
            value.setTextFormat(Qt.TextFormat.RichText)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(name)
            column.addWidget(value)
            column.addStretch(1)  # the names on one line
            row.addLayout(column)
            self.names[key], self.values[key] = name, value
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(row)
        for widget in (self, *self.findChildren(QLabel)):
            widget.installEventFilter(self)
        self.figures: WaitingNow | None = None

    def retranslate(self) -> None:
        self.title.setText(self.tr("NOW · customers waiting for a reply"))
        for key, text in {"waiting": self.tr("Waiting now"),
                          "longest": self.tr("Longest wait"),
                          "within_3min": self.tr("Within 3 minutes"),
                          "past_3min": self.tr("Over 3 minutes"),
                          "within_24h": self.tr("Within 24 hours"),
                          "past_24h": self.tr("Over 24 hours")}.items():
            self.names[key].setText(text)
        self.setToolTip(self.tr("Click to open them in the inbox, longest waiting first"))
        if self.figures is not None:
            self.show_figures(self.figures)

    def show_figures(self, f: WaitingNow) -> None:
        self.figures = f
        longest = "—" if f.longest_s is None else formatting.duration(f.longest_s)
        shown = {"waiting": (f"{f.waiting:,}", INK if f.waiting == 0 else RED, 26),
                 "longest": (longest, RED if (f.longest_s or 0) > 180 else INK, 20),
                 "within_3min": (f"{f.within_3min:,}", INK, 20),
                 "past_3min": (f"{f.past_3min:,}", RED if f.past_3min else INK, 20),
                 "within_24h": (f"{f.within_24h:,}", INK, 20),
                 "past_24h": (f"{f.past_24h:,}", RED if f.past_24h else INK, 20)}
        for key, (text, colour, size) in shown.items():
            self.values[key].setText(f"<span style='font-size:{size}px; font-weight:bold; "
                                     f"color:{colour}'>{text}</span>")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            figure = next((key for labels in (self.names, self.values)
                           for key, label in labels.items() if label is watched), "waiting")
            self.clicked.emit(figure)
            return True
        return super().eventFilter(watched, event)

"""Templates & auto-reply › automatic replies: each scenario on or off with its Chinese and
English text shown whole, how often a reply may repeat, how conversations are shared out."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import autoreply, shop
from desktop.ui.context import Context
from desktop.ui.layout import CardBox, labelled_form

SCENARIOS = ("welcome", "off_hours", "public_holiday", "holiday_mode", "busy", "media_only",
             "order_card", "nudge")


class ScenariosCard(CardBox):
    error = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title.setWordWrap(True)  # a long title never widens the page
        # the switch and the scenario's name in the first column; the two replies share the
        # rest and wrap onto more lines, so every word of them shows
        self.scenarios = QTableWidget(len(SCENARIOS), 3)
        self.scenarios.verticalHeader().hide()
        self.scenarios.setWordWrap(True)
        self.scenarios.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.scenarios.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.cooldown = QSpinBox()
        self.cooldown.setRange(0, 24 * 60)
        self.s_save = QPushButton()
        self.s_save.setObjectName("primary")
        self.s_save.clicked.connect(self._save_scenarios)
        self.s_msg = QLabel()
        self.routing = QComboBox()
        self.closing_hours = QSpinBox()
        self.closing_hours.setRange(0, 24 * 14)
        self.nudge_minutes = QSpinBox()
        self.nudge_minutes.setRange(0, 24 * 60)
        for field in (self.cooldown, self.routing, self.closing_hours, self.nudge_minutes):
            field.setMaximumWidth(260)  # figures and a choice, not a line of text
        s_form, self.s_labels = labelled_form([self.cooldown, self.routing, self.closing_hours,
                                               self.nudge_minutes])
        self.cooldown_label = self.s_labels[0]
        s_row = QHBoxLayout()
        s_row.addWidget(self.s_save)
        s_row.addWidget(self.s_msg, 1)
        s_box = QWidget()
        s_v = QVBoxLayout(s_box)
        s_v.setContentsMargins(0, 0, 0, 0)
        s_v.addLayout(s_form)
        s_v.addLayout(s_row)
        self.body.addWidget(self.scenarios)
        self.body.addWidget(s_box)

    def scenario_names(self) -> dict[str, str]:
        return {"welcome": self.tr("Welcome (a new customer's first message)"),
                "off_hours": self.tr("Outside working hours"),
                "public_holiday": self.tr("Public holiday"),
                "holiday_mode": self.tr("Holiday mode"),
                "busy": self.tr("Busy (every agent at their maximum)"),
                "media_only": self.tr("Only an image or emoji"),
                "order_card": self.tr("Order card received"),
                "nudge": self.tr("Nudge (a customer kept waiting)")}

    def retranslate(self) -> None:
        self.title.setText(self.tr("AUTOMATIC REPLIES — when the shop answers by itself"))
        self.scenarios.setHorizontalHeaderLabels([self.tr("Scenario"), self.tr("Chinese"),
                                                  self.tr("English")])
        self.cooldown_label.setText(self.tr("Never the same reply twice within (minutes)"))
        self.s_labels[1].setText(self.tr("Share new conversations"))
        self.s_labels[2].setText(self.tr("Close quiet conversations after (hours, 0 = never)"))
        self.s_labels[3].setText(self.tr("Nudge a waiting customer after (minutes, 0 = never)"))
        self.routing.clear()
        self.routing.addItem(self.tr("to the least busy agent"), "least_busy")
        self.routing.addItem(self.tr("in turn (round-robin)"), "round_robin")
        self.s_save.setText(self.tr("Save replies"))

    def load(self) -> None:
        reader = self.context.reader
        names = self.scenario_names()
        specs = shop.get(reader, "autoreply.scenarios") or {}
        for row, key in enumerate(SCENARIOS):
            spec = specs.get(key, {})
            on = QTableWidgetItem(names[key])
            on.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            on.setCheckState(Qt.CheckState.Checked if spec.get("on") else Qt.CheckState.Unchecked)
            self.scenarios.setItem(row, 0, on)
            self.scenarios.setItem(row, 1, QTableWidgetItem(spec.get("zh", "")))
            self.scenarios.setItem(row, 2, QTableWidgetItem(spec.get("en", "")))
        self._fit_rows()
        self.cooldown.setValue(int(shop.get(reader, "autoreply.cooldown_minutes") or 30))
        self.routing.setCurrentIndex(max(0, self.routing.findData(
            shop.get(reader, "autoreply.routing"))))
        self.closing_hours.setValue(int(shop.get(reader, "autoreply.closing_after_hours") or 0))
        self.nudge_minutes.setValue(int(shop.get(reader, "autoreply.nudge_after_minutes") or 0))

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped replies; the table as tall as its rows."""
        self.scenarios.resizeRowsToContents()
        height = self.scenarios.horizontalHeader().height() + 4 + sum(
            self.scenarios.rowHeight(r) for r in range(self.scenarios.rowCount()))
        self.scenarios.setFixedHeight(height)

    def _save_scenarios(self) -> None:
        specs = {}
        for row, key in enumerate(SCENARIOS):
            specs[key] = {"on": self.scenarios.item(row, 0).checkState() == Qt.CheckState.Checked,
                          "zh": self.scenarios.item(row, 1).text(),
                          "en": self.scenarios.item(row, 2).text()}
        self.context.db.run(partial(autoreply.set_scenarios, scenarios=specs,
                                    cooldown_minutes=self.cooldown.value(),
                                    routing=self.routing.currentData(),
                                    closing_after_hours=self.closing_hours.value(),
                                    nudge_after_minutes=self.nudge_minutes.value()),
                            lambda _r: self.s_msg.setText(self.tr("Saved.")), self.s_msg.setText)

"""Settings › reminders before an after-sales request's deadline: how many hours before it the
first reminder comes (12 by default) and the urgent one (2)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services import aftersale_reminders, shop
from desktop.ui.context import Context
from desktop.ui.layout import CardBox, labelled_form

MAX_HOURS = 168.0  # a week: the platforms' deadlines are days at most


class RemindersCard(CardBox):
    error = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title.setWordWrap(True)
        self.warn, self.urgent = QDoubleSpinBox(), QDoubleSpinBox()
        for box in (self.warn, self.urgent):
            box.setDecimals(1)
            box.setRange(0.5, MAX_HOURS)
            box.setSingleStep(1)
            box.setFixedWidth(150)
        form, self.labels = labelled_form([self.warn, self.urgent])
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.save = QPushButton()
        self.save.setObjectName("primary")
        self.save.clicked.connect(self._save)
        self.msg = QLabel()
        self.msg.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addWidget(self.msg, 1)
        self.body.addLayout(form)
        self.body.addWidget(self.hint)
        self.body.addLayout(row)

    def retranslate(self) -> None:
        self.title.setText(self.tr("REMINDERS — before an after-sales request's deadline"))
        self.labels[0].setText(self.tr("First reminder"))
        self.labels[1].setText(self.tr("Urgent reminder"))
        for box in (self.warn, self.urgent):
            box.setSuffix(self.tr(" h before"))
        self.hint.setText(self.tr("After the deadline the platform decides alone (it may "
                                  "agree to a refund by itself). The urgent reminder comes "
                                  "later, nearer the deadline."))
        self.save.setText(self.tr("Save reminders"))
        self.msg.clear()

    def load(self) -> None:
        reader = self.context.reader
        self.warn.setValue(float(shop.get(reader, "reminders.after_sale_warn_h")))
        self.urgent.setValue(float(shop.get(reader, "reminders.after_sale_urgent_h")))

    def _save(self) -> None:
        warn, urgent = self.warn.value(), self.urgent.value()
        if urgent >= warn:
            self.msg.setText(self.tr("The urgent reminder comes nearer the deadline: fewer "
                                     "hours before it than the first one."))
            return
        self.context.db.run(partial(aftersale_reminders.set_hours, warn_h=warn, urgent_h=urgent),
                            lambda _r: self.msg.setText(self.tr("Saved.")), self.error.emit)

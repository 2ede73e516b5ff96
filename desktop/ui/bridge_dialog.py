"""Settings › Channels › Chat bridge: which of the shop's webhook channels a 抖店 channel's chats
arrive through (its order cards are answered with the orders looked up on 抖店), or none."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class BridgeDialog(QDialog):
    """``chosen()`` after ``exec``: the webhook channel's name, or ``None`` for no bridge."""

    def __init__(self, douyin: str, webhooks: list[str], current: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chat bridge of {0}").format(douyin))
        self.setMinimumWidth(460)
        about = QLabel(self.tr(
            "The webhook channel this 抖店 shop's chats arrive through: the order cards it "
            "delivers are answered with the orders looked up on 抖店. A bridge serves one 抖店 "
            "shop."))
        about.setObjectName("hint")
        about.setWordWrap(True)
        self.bridge = QComboBox()
        self.bridge.addItem(self.tr("No bridge"), None)
        for name in webhooks:
            self.bridge.addItem(name, name)
        if current is not None:
            found = self.bridge.findData(current)
            if found < 0:  # named before its webhook channel was removed: still shown
                self.bridge.addItem(current, current)
                found = self.bridge.count() - 1
            self.bridge.setCurrentIndex(found)
        form = QFormLayout()
        form.addRow(self.tr("Chats arrive through"), self.bridge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        data = self.bridge.currentData()
        return str(data) if data else None

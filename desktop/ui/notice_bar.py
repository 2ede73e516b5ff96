"""A bar across the top of the window for news that needs a click: the daily report is
ready, a backup failed, questions the knowledge base cannot answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.action = QPushButton()
        self.action.setObjectName("primary")
        self.close_button = QPushButton("×")
        self.close_button.setObjectName("flat")
        self.close_button.setFixedWidth(32)
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 12, 8)
        row.addWidget(self.text, 1)
        row.addWidget(self.action)
        row.addWidget(self.close_button)
        self._do: Callable[[], None] | None = None
        self.action.clicked.connect(self._clicked)
        self.hide()

    def show_notice(self, text: str, button: str, do: Callable[[], None],
                    alert: bool = False) -> None:
        self.text.setText(text)
        self.action.setText(button)
        self._do = do
        self.setProperty("alert", alert)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def _clicked(self) -> None:
        if self._do is not None:
            self._do()
        self.hide()

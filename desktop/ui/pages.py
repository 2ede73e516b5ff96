"""Pages of the left navigation that later versions fill; each says what comes and what to do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EmptyPage(QWidget):
    """A page with its title and an empty state that tells the user what to do next."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("pageBody")
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.body = QLabel()
        self.body.setObjectName("emptyState")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "dashboard": (self.tr("Dashboard"),
                          self.tr("Response rate, 3-minute reply rate, first-response time and "
                                  "satisfaction per agent and channel will be charted here. "
                                  "Import your history (File › Import) so the figures have "
                                  "something to count.")),
        }
        title, body = texts[self.key]
        self.title.setText(title)
        self.body.setText(body)

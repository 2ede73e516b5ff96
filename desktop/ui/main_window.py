"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QMainWindow

from desktop.services import queues
from desktop.services.session import Shop


class MainWindow(QMainWindow):
    def __init__(self, shop: Shop) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("ShopDesk"))
        listing = QListWidget()
        for c in queues.longest_waiting(shop, 50):
            listing.addItem(f"{c.customer} · {c.channel} · {c.preview}")
        self.setCentralWidget(listing)

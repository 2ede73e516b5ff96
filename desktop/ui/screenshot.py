"""``shopdesk --screenshot``: the real window, offscreen, with real data, saved as a PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow


def save_screenshot(window: MainWindow, out: Path, page: str, size: str) -> int:
    width, _, height = size.lower().partition("x")
    window.resize(int(width), int(height or 900))
    window.show()
    window.start()
    window.show_page(page)
    db = window.context.db
    db.wait_idle()
    if page == "kb":
        window.kb_page.select_first()
    if page == "inbox" and window.inbox.list.model.rowCount():
        window.inbox.list.view.setCurrentIndex(window.inbox.list.model.index(0))
        db.wait_idle()
    for _ in range(5):
        QApplication.processEvents()
    ok = window.grab().save(str(out))
    db.shutdown()
    window.close()
    return 0 if ok else 1

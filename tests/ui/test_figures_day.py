"""A working day's figures in the window, on a demo shop of a few thousand messages: search
says how many results there are and pages through all of them; the dashboard's "now" card
tells who is waiting and opens them in the inbox."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.services.session import open_shop


@pytest.fixture(scope="module")
def big_demo(tmp_path_factory):
    from desktop.app import ensure_demo

    return ensure_demo(tmp_path_factory.mktemp("bigdemo") / "demo.sqlite", messages=4000)


@pytest.fixture
def day_window(qtbot, big_demo, request):
    from desktop.app import build_window

    language = getattr(request, "param", "en")
    win, _welcome = build_window(big_demo, language)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.start()
    win.context.db.wait_idle()
    yield win
    win.context.db.shutdown()


def _search(window, qtbot, words):
    box = window.inbox.search
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    commit = QInputMethodEvent()  # Chinese arrives committed by the input method
    commit.setCommitString(words)
    QApplication.sendEvent(box, commit)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    window.context.db.wait_idle()
    return box


def test_search_tells_the_true_count_and_pages_to_the_last_hit(day_window, qtbot, big_demo):
    reader = open_shop(big_demo, readonly=True)
    true_count = reader.conn.execute(
        "SELECT count(*) FROM messages WHERE text LIKE '%退款%'").fetchone()[0]
    assert true_count > 100
    box = _search(day_window, qtbot, "退款")
    assert box.status.text() == f"{true_count} results"
    assert box.results.count() < true_count and box.more.isVisible()
    for _ in range(true_count):  # the list pages as it is scrolled to its end
        if box.results.count() == true_count:
            break
        qtbot.keyClick(box.results, Qt.Key.Key_End)
        day_window.context.db.wait_idle()
    assert box.results.count() == true_count and not box.more.isVisible()
    last = box.results.item(box.results.count() - 1)
    conversation_id, message_id = last.data(Qt.ItemDataRole.UserRole)
    assert message_id is not None
    box.results.scrollToItem(last)
    qtbot.mouseClick(box.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=box.results.visualItemRect(last).center())
    day_window.context.db.wait_idle()
    qtbot.waitUntil(lambda: day_window.inbox.conversation.detail is not None and
                    day_window.inbox.conversation.detail.id == conversation_id, timeout=5000)
    assert not box.popup.isVisible()


def test_search_results_name_channels_as_people_do(day_window, qtbot):
    box = _search(day_window, qtbot, "退款")
    shown = "\n".join(box.results.itemWidget(box.results.item(n)).text()
                      for n in range(box.results.count()))
    assert "TikTok Shop" in shown and "Douyin" in shown
    assert " tiktok " not in shown and " douyin " not in shown

"""The Knowledge base page on the demo shop."""

from __future__ import annotations

from desktop.services import kb
from desktop.services.session import open_shop


def test_articles_are_listed_edited_and_versioned(window, demo_path):
    window.show_page("kb")
    page = window.kb_page
    assert page.tree.topLevelItemCount() > 0
    page.select_first()
    assert page.e_title.text()
    page.e_answer.setPlainText(page.e_answer.toPlainText() + "（已更新）")
    assert "已更新" in page.preview.toPlainText()
    page._save()
    window.context.db.wait_idle()
    assert "Saved" in page.msg.text()
    from desktop.store import kb as kb_store
    reader = open_shop(demo_path, readonly=True)
    assert kb_store.versions(reader.conn, page._id)


def test_search_by_a_customer_message_filters_the_tree(window):
    window.show_page("kb")
    page = window.kb_page
    page.search.setText("什么时候能发货呀")
    window.context.db.wait_idle()
    shown = [page.tree.topLevelItem(i).child(j).text(0)
             for i in range(page.tree.topLevelItemCount())
             for j in range(page.tree.topLevelItem(i).childCount())
             if not page.tree.topLevelItem(i).child(j).isHidden()]
    assert "发货时间" in shown


def test_a_bad_date_is_refused_in_the_editor(window, demo_path):
    window.show_page("kb")
    page = window.kb_page
    page._new()
    page.e_title.setText("活动")
    page.e_answer.setPlainText("双十一满减")
    page.e_to.setText("明天")
    before = len(kb.articles(open_shop(demo_path, readonly=True)))
    page._save()
    window.context.db.wait_idle()
    assert "not a date" in page.msg.text()
    assert len(kb.articles(open_shop(demo_path, readonly=True))) == before


def _answer_next(qtbot, kind, act):
    """``act`` on the next modal dialog of ``kind`` (closed if it stays open)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def go() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind)
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(50, go)


def _pick(qtbot, page, title):
    from PySide6.QtCore import Qt
    for i in range(page.tree.topLevelItemCount()):
        category = page.tree.topLevelItem(i)
        for j in range(category.childCount()):
            if category.child(j).text(0) == title:
                page.tree.scrollToItem(category.child(j))
                rect = page.tree.visualItemRect(category.child(j))
                qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton,
                                 pos=rect.center())
                return
    raise AssertionError(title)


def test_an_article_is_deleted_after_confirming(qtbot, window, demo_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    window.show_page("kb")
    page = window.kb_page
    _pick(qtbot, page, "发货时间")
    assert page.e_title.text() == "发货时间"
    _answer_next(qtbot, QMessageBox, lambda box: qtbot.mouseClick(
        box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton))
    qtbot.mouseClick(page.delete, Qt.MouseButton.LeftButton)
    window.context.db.wait_idle()
    titles = [a["title"] for a in kb.articles(open_shop(demo_path, readonly=True))]
    assert "发货时间" in titles  # "No" keeps it
    _answer_next(qtbot, QMessageBox, lambda box: qtbot.mouseClick(
        box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton))
    qtbot.mouseClick(page.delete, Qt.MouseButton.LeftButton)
    window.context.db.wait_idle()
    titles = [a["title"] for a in kb.articles(open_shop(demo_path, readonly=True))]
    assert "发货时间" not in titles and len(titles) == 59
    shown = [page.tree.topLevelItem(i).child(j).text(0)
             for i in range(page.tree.topLevelItemCount())
             for j in range(page.tree.topLevelItem(i).childCount())]
    assert "发货时间" not in shown and "deleted" in page.msg.text()


def test_an_earlier_version_is_restored_from_the_page(qtbot, window, demo_path):
    from PySide6.QtCore import Qt

    from desktop.ui.kb_versions import VersionsDialog

    window.show_page("kb")
    page = window.kb_page
    _pick(qtbot, page, "发货时间")
    original = page.e_answer.toPlainText()
    page.e_answer.setFocus()
    qtbot.keyClick(page.e_answer, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.e_answer, " (changed)")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    window.context.db.wait_idle()
    aid = page._id
    assert kb.articles(open_shop(demo_path, readonly=True))
    seen = {}

    def restore(dialog: VersionsDialog) -> None:
        seen["shown"] = dialog.view.toPlainText()
        qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
        window.context.db.wait_idle()

    _answer_next(qtbot, VersionsDialog, restore)
    qtbot.mouseClick(page.history, Qt.MouseButton.LeftButton)
    window.context.db.wait_idle()
    assert original in seen["shown"]
    from desktop.store import kb as kb_store
    current = kb_store.article(open_shop(demo_path, readonly=True).conn, aid)
    assert current["answer"] == original and current["version"] == 3
    assert page.e_answer.toPlainText() == original  # the editor shows it again

"""Getting started: the welcome on a new shop file, through the real dialog and window."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from desktop.services import autoreply, kb, team
from desktop.services.session import open_shop
from desktop.ui.welcome import WelcomeDialog


def _welcome(qtbot, window, answer):
    """Run the real welcome; ``answer(dialog)`` fills it in with keyboard and mouse."""
    from desktop.ui import first_run

    def fill() -> None:
        dialog = next(w for w in window.findChildren(WelcomeDialog) if w.isVisible())
        try:
            answer(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(50, fill)
    choice = first_run.run_welcome(window)
    window.context.db.wait_idle()
    return choice


def _new_window(qtbot, path):
    from desktop.app import build_window

    window, welcome = build_window(path, "en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start()
    assert welcome
    return window


def test_add_a_channel_opens_the_channels_with_the_starter_base_and_templates(qtbot, tmp_path):
    path = tmp_path / "new.sqlite"
    window = _new_window(qtbot, path)

    def answer(dialog: WelcomeDialog) -> None:
        assert dialog.starter.isChecked()  # offered, on by default
        qtbot.keyClicks(dialog.me, "Wang")
        qtbot.mouseClick(dialog.buttons["channel"], Qt.MouseButton.LeftButton)

    assert _welcome(qtbot, window, answer) == "channel"
    qtbot.wait(50)
    page = window.settings_page
    assert window.stack.currentWidget() is page
    assert not page.channels_card.visibleRegion().isEmpty()  # scrolled to the channels
    assert page.channels_card.isAncestorOf(window.focusWidget())
    store = open_shop(path, readonly=True)
    assert len(kb.articles(store)) == 60
    names = {t.name for t in autoreply.templates(store)}
    assert {"发货时间", "Shipping time"} <= names
    assert window.kb_page.tree.topLevelItemCount() > 0  # the page shows them at once
    window.context.db.shutdown()


def test_the_starter_can_be_declined(qtbot, tmp_path):
    path = tmp_path / "new.sqlite"
    window = _new_window(qtbot, path)

    def answer(dialog: WelcomeDialog) -> None:
        qtbot.keyClicks(dialog.me, "Wang")
        qtbot.mouseClick(dialog.starter, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.buttons["start"], Qt.MouseButton.LeftButton)

    _welcome(qtbot, window, answer)
    store = open_shop(path, readonly=True)
    assert kb.articles(store) == [] and autoreply.templates(store) == []
    window.context.db.shutdown()


def test_the_role_chosen_at_first_run_is_kept(qtbot, tmp_path):
    """History imported before the welcome already knows the person as an agent."""
    path = tmp_path / "new.sqlite"
    store = open_shop(path)
    team.add_agent(store, "Wang", role="agent")
    store.close()
    window = _new_window(qtbot, path)

    def answer(dialog: WelcomeDialog) -> None:
        dialog.me.setFocus()
        dialog.me.lineEdit().selectAll()
        qtbot.keyClicks(dialog.me.lineEdit(), "Wang")
        assert dialog.role.currentData() == "owner"
        qtbot.mouseClick(dialog.buttons["start"], Qt.MouseButton.LeftButton)

    _welcome(qtbot, window, answer)
    me = team.me(open_shop(path, readonly=True))
    assert me is not None and (me.name, me.role) == ("Wang", "owner")
    window.context.db.shutdown()


def test_the_welcome_switches_language_at_once_and_keeps_the_answers(qtbot, tmp_path):
    from desktop.app import build_window

    path = tmp_path / "new.sqlite"
    window, _ = build_window(path, "zh_CN")
    qtbot.addWidget(window)
    window.show()
    window.start()
    seen = {}

    def answer(dialog: WelcomeDialog) -> None:
        seen["before"] = dialog.title.text()
        qtbot.keyClicks(dialog.me, "Wang")
        dialog.role.setFocus()
        qtbot.keyClick(dialog.role, Qt.Key.Key_Down)  # 客服 (agent)
        dialog.language.setFocus()
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # English
        seen["after"] = dialog.title.text()
        seen["role"] = dialog.role.currentText()
        qtbot.mouseClick(dialog.buttons["start"], Qt.MouseButton.LeftButton)

    _welcome(qtbot, window, answer)
    assert seen["before"] == "欢迎使用 ShopDesk" and seen["after"] == "Welcome to ShopDesk"
    assert seen["role"] == "Agent"
    me = team.me(open_shop(path, readonly=True))
    assert me is not None and me.role == "agent"
    assert window.language == "en"
    window.context.db.shutdown()

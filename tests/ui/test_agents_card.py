"""Settings › Agents: the team managed in the window, not only on the command line."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.services import team
from desktop.services.session import open_shop
from desktop.sync import hub
from desktop.ui.agents_card import AgentDialog, InviteDialog


def _in_dialog(qtbot, kind, fill):
    """``fill`` the next modal dialog of ``kind`` once it shows (closed if it stays open)."""
    def go() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind)
        try:
            fill(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(50, go)


def _click_row(qtbot, table, name):
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _agents(demo_path):
    return {a.name: a for a in team.agents(open_shop(demo_path, readonly=True),
                                           include_inactive=True)}


def test_agents_are_added_edited_and_deactivated_in_settings(qtbot, window, demo_path):
    window.show_page("settings")
    card = window.settings_page.agents_card
    window.context.db.wait_idle()
    assert card.table.rowCount() == 3

    def add(dialog: AgentDialog) -> None:
        qtbot.keyClicks(dialog.name, "Bob")
        dialog.tier.setFocus()
        qtbot.keyClick(dialog.tier, Qt.Key.Key_Up)
        dialog.most.selectAll()
        qtbot.keyClicks(dialog.most, "6")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    _in_dialog(qtbot, AgentDialog, add)
    qtbot.mouseClick(card.add, Qt.MouseButton.LeftButton)
    window.context.db.wait_idle()
    bob = _agents(demo_path)["Bob"]
    assert (bob.role, bob.tier, bob.max_concurrent, bob.active) == ("agent", 2, 6, True)
    assert card.table.rowCount() == 4
    assert "Bob" in [a.name for a in window.context.agents]  # offered for assigning at once

    _click_row(qtbot, card.table, "Bob")

    def edit(dialog: AgentDialog) -> None:
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Bobby")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    _in_dialog(qtbot, AgentDialog, edit)
    qtbot.mouseClick(card.edit, Qt.MouseButton.LeftButton)
    window.context.db.wait_idle()
    assert "Bobby" in _agents(demo_path) and "Bob" not in _agents(demo_path)

    _click_row(qtbot, card.table, "Bobby")
    assert card.active.text() == "Deactivate"
    qtbot.mouseClick(card.active, Qt.MouseButton.LeftButton)
    window.context.db.wait_idle()
    assert _agents(demo_path)["Bobby"].active is False
    assert "Bobby" not in [a.name for a in window.context.agents]
    assert "Bobby" in card.msg.text()


def test_a_name_taken_is_refused_with_a_message(qtbot, window, demo_path):
    window.show_page("settings")
    card = window.settings_page.agents_card
    window.context.db.wait_idle()
    _click_row(qtbot, card.table, "Amy")

    seen = {}

    # QTest cannot type Chinese: the name already taken is put in as text
    def rename(dialog: AgentDialog) -> None:
        dialog.name.setText("小李")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        seen["open"], seen["msg"] = dialog.isVisible(), dialog.msg.text()

    _in_dialog(qtbot, AgentDialog, rename)
    qtbot.mouseClick(card.edit, Qt.MouseButton.LeftButton)
    window.context.db.wait_idle()
    assert seen["open"] and "already an agent called 小李" in seen["msg"]
    assert "Amy" in _agents(demo_path) and "小李" in _agents(demo_path)


def test_the_owner_invites_a_teammate_and_copies_the_join_code(qtbot, window):
    window.show_page("settings")
    card = window.settings_page.agents_card
    window.context.db.wait_idle()
    assert card.invite.isVisible()  # the demo's desk is the owner's
    seen = {}

    def invite(dialog: InviteDialog) -> None:
        qtbot.keyClicks(dialog.name, "Lily")
        qtbot.mouseClick(dialog.make, Qt.MouseButton.LeftButton)
        window.context.db.wait_idle()
        qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
        seen["code"] = dialog.code.text()

    _in_dialog(qtbot, InviteDialog, invite)
    qtbot.mouseClick(card.invite, Qt.MouseButton.LeftButton)
    assert seen["code"] and QGuiApplication.clipboard().text() == seen["code"]
    assert hub.read_join_code(seen["code"])["member"] == "Lily"

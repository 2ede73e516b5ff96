"""The inbox as an agent uses it: select, reply (queued), assign, snooze, close."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services import actions, threads
from desktop.services.session import open_shop
from desktop.ui.close_dialog import CloseDialog
from desktop.ui.conversation_model import ConversationListModel, SummaryRole

from .keyboard import click_row


def _select_first(window):
    inbox = window.inbox
    assert inbox.list.model.rowCount() > 0
    inbox.list.view.setCurrentIndex(inbox.list.model.index(0))
    window.context.db.wait_idle()
    assert inbox.conversation.detail is not None
    return inbox.conversation.detail


def test_the_window_opens_on_the_demo_shop(window):
    assert window.inbox.list.model.rowCount() > 0
    assert window.statusBar().isVisible()
    assert "waiting" in window.status.queue.text()
    assert window.inbox.list.tabs.tabText(2) == "Open"


def test_reply_is_queued_and_shown(window, qtbot, demo_path):
    detail = _select_first(window)
    composer = window.inbox.conversation.composer
    qtbot.keyClicks(composer.editor, "Hi ")  # typed; Chinese arrives committed by the IME:
    composer.editor.insertPlainText("亲，马上为您查询物流 <b>不是标记</b>")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    assert composer.editor.toPlainText() == ""
    text = window.inbox.conversation.thread.toPlainText()
    assert "Hi 亲，马上为您查询物流 <b>不是标记</b>" in text  # HTML shown as text
    assert "queued" in text
    stored = threads.detail(open_shop(demo_path, readonly=True), detail.id).messages[-1]
    assert (stored.direction, stored.delivery, stored.author) == ("out", "queued", "王店长")
    model = window.inbox.list.model

    def ours_last() -> bool:  # the list says the preview is the shop's own reply
        rows = (model.data(model.index(r), SummaryRole) for r in range(model.rowCount()))
        return any(row.id == detail.id and row.ours_last for row in rows)

    qtbot.waitUntil(ours_last, timeout=5000)


def test_assign_snooze_close_update_the_list_and_the_store(window, qtbot, demo_path,
                                                           monkeypatch):
    view = window.inbox.conversation
    detail = _select_first(window)
    reader = open_shop(demo_path, readonly=True)
    agent = next(a for a in window.context.agents if a.name == "Amy")
    view.assign(agent.id)
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    assert threads.detail(reader, detail.id).assignee == "Amy"
    assert "Amy" in view.subtitle.text()
    view.snooze(None)
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    assert threads.detail(reader, detail.id).status == "snoozed"
    assert detail.id not in window.inbox.list.model.ids()  # left "All open" by itself
    actions.reopen(open_shop(demo_path), detail.id, None)
    window.inbox.open_conversation(detail.id)
    window.context.db.wait_idle()
    monkeypatch.setattr(CloseDialog, "exec", lambda self: CloseDialog.DialogCode.Accepted)
    view.close_or_reopen()
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    closed = threads.detail(reader, detail.id)
    assert closed.status == "closed" and closed.resolved
    assert closed.messages[-1].direction == "out"  # the closing message went first


def test_keyboard_moves_between_conversations(window, qtbot):
    _select_first(window)
    window.inbox.next()
    assert window.inbox.list.view.currentIndex().row() == 1
    window.inbox.previous()
    assert window.inbox.list.view.currentIndex().row() == 0


def test_views_and_filters_switch_lists(window):
    lst = window.inbox.list
    lst.tabs.setCurrentIndex(5)  # Closed
    assert lst.model.rowCount() > 0
    assert all(lst.model.summary(i).status == "closed" for i in range(lst.model.rowCount()))
    lst.tabs.setCurrentIndex(0)  # Unassigned
    assert all(lst.model.summary(i).assignee_id is None for i in range(lst.model.rowCount()))


def test_the_list_model_is_a_proper_qt_model(qtmodeltester, window):
    model = window.inbox.list.model
    assert isinstance(model, ConversationListModel)
    qtmodeltester.check(model, force_py=True)


def test_going_offline_while_serving_is_refused_with_a_message(window):
    _select_first(window)
    window.inbox.assign_to_me()
    window.context.db.wait_idle()
    bar = window.status
    bar.mine.setCurrentIndex(bar.mine.findData("offline"))
    bar._set_status()
    window.context.db.wait_idle()
    assert "still serving" in bar.currentMessage()
    assert bar.mine.currentData() == "online"


def test_search_opens_the_conversation_at_the_message(window, qtbot):
    box = window.inbox.search
    box.setText("发货")
    box.run()
    window.context.db.wait_idle()
    assert box.results.count() > 0
    box._activate(box.results.item(0))
    window.context.db.wait_idle()
    assert window.inbox.conversation.detail is not None
    assert window.inbox.conversation.highlight is not None


def test_language_switches_live(window):
    window.set_language("zh_CN")
    assert window.nav.item(0).text() == "消息"
    assert window.inbox.list.tabs.tabText(0).startswith("待分配")
    window.set_language("en")
    assert window.nav.item(0).text() == "Inbox"


def test_the_knowledge_base_suggests_answers_for_the_last_message(window, demo_path):
    from desktop.services import kb
    view = window.inbox.conversation
    _select_first(window)
    found = kb.match(open_shop(demo_path, readonly=True), "什么时候能发货呀")
    view._show_suggestions(found)
    assert not view.suggestions.isHidden()
    assert view._suggest_buttons[0].text() == "1. 发货时间"
    view._use_suggestion(0)
    assert view.composer.editor.toPlainText() == found[0]["answer"]


def test_the_current_row_opens_again_after_another_conversation_was_opened(window, qtbot):
    """Search or the dashboard opened a conversation the list does not show; a click on the
    list's current row (or opening it from elsewhere) brings that one back."""
    first = _select_first(window)
    closed = window.context.reader.conn.execute(
        "SELECT id FROM conversations WHERE status = 'closed' LIMIT 1").fetchone()[0]
    inbox = window.inbox
    inbox.open_conversation(closed)
    qtbot.waitUntil(lambda: inbox.conversation.detail.id == closed)
    view = inbox.list.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(inbox.list.model.index(0)).center())
    qtbot.waitUntil(lambda: inbox.conversation.detail.id == first.id)
    inbox.open_conversation(closed)
    qtbot.waitUntil(lambda: inbox.conversation.detail.id == closed)
    inbox.open_conversation(first.id)
    qtbot.waitUntil(lambda: inbox.conversation.detail.id == first.id)


def test_a_change_to_the_conversation_shown_does_not_bring_it_back_over_the_next(window,
                                                                                 qtbot):
    """The agent moves to the next conversation while a change to the one shown is on its way
    (its unread count cleared, a note saved): the thread re-read for that change must not
    replace the next one the agent asked for."""
    from desktop.services.session import Changes

    first = click_row(qtbot, window, 0)
    second = window.inbox.list.model.summary(1).id
    qtbot.keyClick(window.inbox.list.view, Qt.Key.Key_Down)  # the second is being read
    changed = Changes()
    changed.add("conversations", first)
    window.context.db.changed.emit(changed)  # a write to the first, done meanwhile
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    assert window.inbox.conversation.detail.id == second
    assert window.inbox.list.current_id() == second


def test_a_conversation_leaving_the_view_opens_no_other(window, qtbot):
    """Replying to an unassigned conversation takes it: it leaves the Unassigned view, and the
    row that moves under the cursor is not opened (not even for a moment) in its place."""
    lst = window.inbox.list
    lst.tabs.setCurrentIndex(0)  # Unassigned
    window.context.db.wait_idle()
    taken = click_row(qtbot, window, 0)
    view = window.inbox.conversation
    shown: list[str] = []
    view.loaded.connect(lambda detail: shown.append(detail.id))
    qtbot.keyClicks(view.composer.editor, "On its way today")
    qtbot.keyClick(view.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    assert lst.model.row_of(taken) < 0  # no longer unassigned
    assert shown and set(shown) == {taken}
    assert view.detail.id == taken

"""The conversation the agent opened last is the one that stays open, whatever answers the
database gives back later for the one before it."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt

from desktop.services import actions, translation
from desktop.store.writer import Changes


def test_a_late_reload_of_the_conversation_left_never_takes_the_view_back(window, qtbot):
    lst, view = window.inbox.list, window.inbox.conversation
    first = lst.model.summary(0).id
    second = lst.model.summary(1).id
    qtbot.mouseClick(lst.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=lst.view.visualRect(lst.model.index(0)).center())
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.id == first)
    window.context.db.wait_idle()
    # the agent clicks the next conversation; before it has loaded, a change to the first one
    # comes in (its mark-read written, a message arriving, another desktop's sync), which
    # reloads the conversation still on screen
    qtbot.mouseClick(lst.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=lst.view.visualRect(lst.model.index(1)).center())
    window.context.db.changed.emit(Changes({"conversations": {first}}))
    window.context.db.wait_idle()
    qtbot.wait(200)
    window.context.db.wait_idle()
    assert view.detail.id == second
    assert lst.model.summary(lst.view.currentIndex().row()).id == second


def test_a_reply_that_moves_the_conversation_in_the_list_keeps_it_the_current_row(window,
                                                                                   qtbot):
    """The row moves to where the reply puts it; the highlight never jumps to a neighbour
    (which would open that conversation, if only for a moment)."""
    lst, view = window.inbox.list, window.inbox.conversation
    # a waiting customer with another waiting after them (the longest waiting first): the
    # reply puts theirs after every waiting one (how many wait depends on the hour the demo
    # was built: in the morning it may be only the few who wrote in the last minutes)
    waiting = [r for r in range(lst.model.rowCount())
               if lst.model.summary(r).waiting_since is not None]
    assert len(waiting) >= 2 and waiting == list(range(len(waiting)))
    row = min(3, len(waiting) - 2)
    qtbot.mouseClick(lst.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=lst.view.visualRect(lst.model.index(row)).center())
    window.context.db.wait_idle()
    chosen = view.detail.id
    current: list[str] = []
    lst.view.selectionModel().currentChanged.connect(
        lambda index, _old: current.append(getattr(lst.model.summary(index.row()), "id", "")))
    opened: list[str] = []
    lst.selected.connect(opened.append)
    qtbot.keyClicks(view.composer.editor, "On its way")
    qtbot.keyClick(view.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    assert lst.model.row_of(chosen) != row  # the reply moved it
    assert set(current) <= {chosen} and opened == []
    assert view.detail.id == chosen
    assert "On its way" in view.thread.toPlainText()



def test_a_conversation_that_leaves_the_list_stays_on_screen_and_opens_no_neighbour(window,
                                                                                    qtbot):
    """Closed from elsewhere (another desktop, the command line), the conversation leaves the
    list: the agent keeps seeing it, and no other conversation opens in its place."""
    lst, view = window.inbox.list, window.inbox.conversation
    qtbot.mouseClick(lst.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=lst.view.visualRect(lst.model.index(1)).center())
    window.context.db.wait_idle()
    chosen = view.detail.id
    opened: list[str] = []
    lst.selected.connect(opened.append)
    window.context.db.run(partial(actions.close, conversation_id=chosen, resolved=True,
                                  actor=None))
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    qtbot.wait(100)
    assert lst.model.row_of(chosen) < 0  # closed: gone from the list of open ones
    assert opened == [] and view.detail.id == chosen
    assert view.detail.status == "closed"


def test_a_conversation_is_drawn_once_when_its_translations_add_nothing(window, qtbot):
    """Opening a conversation in the shop's own language draws its thread once: the
    translations' answer (none to show) does not draw the whole thread again."""
    lst, view = window.inbox.list, window.inbox.conversation
    # the first customer of the list who writes as the shop does (which one is first depends
    # on the hour the demo was built: at night an English customer's may be)
    reader, shops = window.context.reader, translation.load(window.context.reader)
    row = next(r for r in range(lst.model.rowCount()) if translation.customer_language(
        reader, lst.model.summary(r).id, "") == shops.agent_language)
    lst.view.scrollTo(lst.model.index(row))
    drawn: list[int] = []
    view.thread.textChanged.connect(lambda: drawn.append(1))
    qtbot.mouseClick(lst.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=lst.view.visualRect(lst.model.index(row)).center())
    window.context.db.wait_idle()
    qtbot.waitUntil(lambda: view.translator.runner.pending == 0, timeout=10_000)
    qtbot.wait(50)
    assert view.detail is not None and view.detail.id == lst.model.summary(row).id
    assert len(drawn) == 1

"""The conversation header at the screen sizes shops use, in both languages: the customer's
name is never covered by the action buttons nor cut off."""

from __future__ import annotations

import pytest
from pytestqt.exceptions import TimeoutError

from desktop.services.session import open_shop

SIZES = [(1280, 720), (1366, 768), (1440, 900), (1920, 1080)]


def _longest_named(path) -> list[str]:
    """The conversations with the longest customer names (one made long, as TikTok buyers'
    names can be)."""
    store = open_shop(path)
    store.conn.execute("UPDATE customers SET name = 'Alexandra Montgomery-Richardson (UK)', "
                       "vip = 1 WHERE id = (SELECT min(customer_id) FROM conversations "
                       "WHERE status = 'open')")
    store.conn.commit()
    reader = store
    rows = reader.conn.execute(
        "SELECT c.id FROM conversations c JOIN customers cu ON cu.id = c.customer_id "
        "WHERE c.status = 'open' "
        "ORDER BY length(cu.name) DESC, cu.vip DESC LIMIT 2").fetchall()
    return [r[0] for r in rows]


def _check(header) -> None:
    title, buttons = header.title, header.actions_row
    if header.wide:
        assert title.geometry().right() < buttons.geometry().left(), header.width()
    else:
        assert not title.geometry().intersects(buttons.geometry())
    needed = title.fontMetrics().horizontalAdvance(title.text())
    assert needed <= title.contentsRect().width(), (title.text(), header.width())
    assert buttons.geometry().right() <= header.contentsRect().right() + 1
    for button in header.buttons.values():
        assert button.width() >= button.sizeHint().width()


def _settled(qtbot, header) -> None:
    """The header as the user sees it once Qt has laid it out (a loaded machine may take more
    than one turn of the event loop); the last check's failure is the one reported."""
    try:
        qtbot.waitUntil(lambda: _check(header) is None, timeout=5_000)
    except TimeoutError:
        _check(header)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_header_keeps_the_name_clear_of_the_buttons(qtbot, demo_path, size):
    from desktop.app import build_window

    named = _longest_named(demo_path)
    win, _welcome = build_window(demo_path, "en")
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    win.start()
    win.context.db.wait_idle()
    try:
        view = win.inbox.conversation
        for language in ("en", "zh_CN", "en"):
            win.set_language(language)
            win.context.db.wait_idle()
            for cid in named:
                win.inbox.open_conversation(cid)
                qtbot.waitUntil(lambda cid=cid: view.detail is not None
                                and view.detail.id == cid, timeout=20_000)
                _settled(qtbot, view.header)
        for other in SIZES:  # the window resized with a conversation open
            win.resize(*other)
            _settled(qtbot, view.header)
    finally:
        win.context.db.shutdown()

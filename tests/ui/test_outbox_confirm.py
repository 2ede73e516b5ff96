"""Settings › channels lists the replies queued before this desktop took a channel over (they
wait for a person's word, as ``shopdesk outbox confirm`` does on the command line): one is
sent, one is not, with the mouse, in English and in Chinese."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from desktop.services import actions, channels, outbox
from desktop.services.session import open_shop
from tests.ui.no_crash import no_crash_report  # noqa: F401 - every test here checks

TEXTS = ("接管之前排队的第一条回复", "接管之前排队的第二条回复")


def _status(demo_path, message_id: str) -> str:
    store = open_shop(demo_path)
    try:
        found = [m["status"] for m in outbox.pending(store) if m["id"] == message_id]
        delivery = store.conn.execute("SELECT delivery FROM messages WHERE id = ?",
                                      (message_id,)).fetchone()[0]
    finally:
        store.close()
    return found[0] if found else delivery


def _click_row(qtbot, table, text: str) -> None:
    row = next(r for r in range(table.rowCount()) if table.item(r, 3).text() == text)
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentRow() == row


def test_replies_queued_before_a_takeover_are_sent_or_cancelled_from_settings(
        window, demo_path, qtbot):
    store = open_shop(demo_path)
    conversation = store.conn.execute(
        "SELECT c.id FROM conversations c JOIN channels ch ON ch.id = c.channel_id "
        "WHERE ch.name = 'tiktok' LIMIT 1").fetchone()[0]
    for text in TEXTS:
        actions.reply(store, conversation, text, None)
    time.sleep(0.01)  # the takeover comes after them (a reply may be stamped a ms ahead)
    channels.add(store, "tiktok", "tiktok", {"app_key": "k", "shop_cipher": "c"},
                 {"secrets": "{}"})  # this desktop takes the channel over
    ids = {m["text"]: m["id"] for m in outbox.pending(store) if m["text"] in TEXTS}
    assert [m["status"] for m in outbox.pending(store) if m["text"] in TEXTS] == \
        ["confirm", "confirm"]
    store.close()
    window.nav.setCurrentRow(window.nav.count() - 1)  # Settings
    card = window.settings_page.channels_card
    box = card.confirm
    qtbot.waitUntil(lambda: box.table.rowCount() == 2 and box.isVisible(), timeout=5_000)
    assert box.send.text() == "Send it" and "took these channels over" in box.label.text()
    _click_row(qtbot, box.table, TEXTS[1])
    qtbot.mouseClick(box.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.table.rowCount() == 1, timeout=5_000)
    window.context.db.wait_idle()
    assert _status(demo_path, ids[TEXTS[1]]) == "queued"  # released: the sender takes it
    assert _status(demo_path, ids[TEXTS[0]]) == "confirm"
    window.set_language("zh_CN")
    box = window.settings_page.channels_card.confirm
    qtbot.waitUntil(lambda: box.table.rowCount() == 1, timeout=5_000)
    assert box.cancel.text() == "不发送" and "接管" in box.label.text()
    _click_row(qtbot, box.table, TEXTS[0])
    qtbot.mouseClick(box.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.table.rowCount() == 0 and not box.isVisible(), timeout=5_000)
    window.context.db.wait_idle()
    assert _status(demo_path, ids[TEXTS[0]]) == "failed"  # cancelled: never sent

"""A reply queued before this desktop took its channel over waits in the thread for a
person's word: "send it" releases it."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from desktop.services import actions, channels, outbox
from desktop.services.session import open_shop


def test_a_reply_queued_before_the_takeover_is_sent_once_confirmed(window, demo_path):
    store = open_shop(demo_path)
    conversation = store.conn.execute(
        "SELECT c.id FROM conversations c JOIN channels ch ON ch.id = c.channel_id "
        "WHERE ch.name = 'tiktok' LIMIT 1").fetchone()[0]
    actions.reply(store, conversation, "这条回复在接管之前排队", None)
    channels.add(store, "tiktok", "tiktok", {"app_key": "k", "shop_cipher": "c"},
                 {"secrets": "{}"})  # this desktop takes the channel over
    waiting = [m for m in outbox.pending(store) if m["text"] == "这条回复在接管之前排队"]
    assert [m["status"] for m in waiting] == ["confirm"]
    store.close()
    window.inbox.open_conversation(conversation)
    view = window.inbox.conversation
    window.context.db.wait_idle()
    html = view.thread.toHtml()
    assert "send it" in html and f"confirm:{waiting[0]['id']}" in html
    view.thread.anchorClicked.emit(QUrl(f"confirm:{waiting[0]['id']}"))
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    again = open_shop(demo_path)
    assert [m["status"] for m in outbox.pending(again)
            if m["id"] == waiting[0]["id"]] == ["queued"]
    again.close()
    assert "send it" not in view.thread.toHtml()

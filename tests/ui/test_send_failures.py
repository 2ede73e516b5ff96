"""A reply the channel would not take says why in the thread, in the user's words: here rows
written before problems had codes (only the channel's sentence kept; the codes themselves are
in test_problem_words.py)."""

from __future__ import annotations

import pytest

from desktop.services import outbox
from desktop.services.session import open_shop

ERRORS = [
    ("cannot reach http://127.0.0.1:9/reply: ConnectError", "无法连接"),
    ("the bridge refused the message (400: bad customer)", "拒收"),
    ("the address was refused: {'x@example.com': (550, b'no such user')}", "收件地址"),
    ("SMTP smtp.example.com:465: [Errno -2] Name or service not known", "邮件服务器"),
    ("TikTok Shop error 36009004: buyer cannot receive messages", "TikTok Shop"),
    ("cancelled", "已取消"),
    ("something nobody foresaw", "渠道没有接收"),
]


@pytest.fixture
def failed_replies(demo_path):
    """Two conversations' replies, each given up with one of ERRORS."""
    store = open_shop(demo_path)
    found = [tuple(r) for r in store.conn.execute(
        "SELECT conversation_id, count(*) FROM messages WHERE direction = 'out' "
        "GROUP BY conversation_id ORDER BY 2 DESC, 1 LIMIT 2")]
    assert sum(n for _, n in found) >= len(ERRORS)
    ids = [r[0] for cid, _ in found for r in store.conn.execute(
        "SELECT id FROM messages WHERE conversation_id = ? AND direction = 'out' "
        "ORDER BY sent_at", (cid,))]
    for message_id, (error, _) in zip(ids, ERRORS, strict=False):
        outbox.failed(store, {"id": message_id, "attempts": 0}, error, permanent=True)
    store.close()
    return [cid for cid, _ in found]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_failed_reply_says_why_in_the_users_words(qtbot, demo_path, failed_replies, language):
    from desktop.app import build_window

    win, _welcome = build_window(demo_path, language)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.start()
    win.context.db.wait_idle()
    try:
        view, text = win.inbox.conversation, ""
        for cid in failed_replies:
            win.inbox.open_conversation(cid)
            qtbot.waitUntil(lambda cid=cid: view.detail is not None and view.detail.id == cid)
            text += view.thread.toPlainText()
        if language == "zh_CN":
            for _error, words in ERRORS:
                assert words in text, words
            for english in ("cannot reach", "refused", "SMTP", "Errno", "cancelled",
                            "failed", "nobody foresaw"):
                assert english not in text, english
        else:
            assert "could not be reached" in text and "was cancelled" in text
            assert "Errno" not in text
    finally:
        win.context.db.shutdown()

"""Messages that break lesser apps: huge, broken images, right-to-left, emoji, HTML."""

from __future__ import annotations

import json

from desktop.services import interchange


def test_hostile_messages_render_and_nothing_is_lost(window, demo_path, tmp_path):
    base = {"channel": "tiktok", "conversation": "evil-1",
            "customer": {"id": "u-evil", "name": "<i>Mallory</i>", "language": "ar"},
            "direction": "in", "author": "customer", "sent_at": "2026-11-23T10:00:00+08:00"}
    lines = [
        {**base, "id": "e1", "kind": "text", "text": "长" * 100_000},
        {**base, "id": "e2", "kind": "image", "attachments": [{"uri": "/no/such/file.jpg"}]},
        {**base, "id": "e3", "kind": "text", "text": "مرحبا، أين طلبي؟ order 42"},
        {**base, "id": "e4", "kind": "emoji", "text": "👨‍👩‍👧‍👦🏳️‍🌈👍🏽"},
        {**base, "id": "e5", "kind": "text", "text": "<img src=x onerror=alert(1)><b>bold</b>"},
    ]
    path = tmp_path / "evil.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines),
                    encoding="utf-8")
    from desktop.services.session import open_shop
    report = interchange.import_file(open_shop(demo_path), path)
    assert report.added_messages == 5
    window.inbox.list.load()
    conv_id = next(window.inbox.list.model.summary(i).id
                   for i in range(window.inbox.list.model.rowCount())
                   if window.inbox.list.model.summary(i).customer == "<i>Mallory</i>")
    window.inbox.open_conversation(conv_id)
    window.context.db.wait_idle()
    view = window.inbox.conversation
    text = view.thread.toPlainText()
    assert "<img src=x onerror=alert(1)><b>bold</b>" in text
    assert "مرحبا" in text and "👨‍👩‍👧‍👦" in text
    assert "image not available" in text
    assert "Show all (100,000 characters)" in text
    long_id = view.detail.messages[0].id
    view._on_link(type(view.thread.source())(f"expand:{long_id}"))
    assert view.thread.toPlainText().count("长") == 100_000

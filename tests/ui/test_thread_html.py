"""Long histories open on their latest messages, and the rest is one click away."""

from __future__ import annotations

import json
from zoneinfo import ZoneInfo

from desktop.services import interchange, threads
from desktop.store import conversations, directory
from desktop.ui import thread_html


def test_a_long_conversation_opens_on_its_latest_messages(store, tmp_path, qapp):
    lines = [json.dumps({"channel": "t", "conversation": "long", "customer": {"id": "u"},
                         "id": f"m{i}", "direction": "in", "author": "customer",
                         "kind": "text", "text": f"消息{i:03d}",
                         "sent_at": f"2026-01-01T10:{i // 60:02d}:{i % 60:02d}+08:00"},
                        ensure_ascii=False) for i in range(200)]
    path = tmp_path / "long.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    interchange.import_file(store, path)
    conv = conversations.find(store.conn, directory.channel_ids(store.conn)["t"], "long")
    detail = threads.detail(store, conv.id)
    zone = ZoneInfo("Asia/Shanghai")
    recent = thread_html.render(detail, zone, set())
    assert "Show 50 earlier messages" in recent
    assert "消息049" not in recent and "消息050" in recent and "消息199" in recent
    everything = thread_html.render(detail, zone, {"all"})
    assert "消息000" in everything and "earlier messages" not in everything
    # a search hit in the early part is shown, with what follows it
    target = detail.messages[10].id
    assert "消息010" in thread_html.render(detail, zone, set(), highlight=target)

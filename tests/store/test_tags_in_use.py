"""The tags in use (the inbox's tag filter, read at start) without reading every row."""

from __future__ import annotations

from desktop.store import conversations


def _tag(store, conversation: str, tag: str) -> None:
    store.conn.execute("INSERT INTO conversation_tags (conversation_id, tag, updated_at, device)"
                       " VALUES (?, ?, 0, 'd')", (conversation, tag))


def test_each_tag_once_in_order(store) -> None:
    store.conn.execute("PRAGMA foreign_keys = OFF")  # tags alone are what is read here
    for i in range(50):
        for tag in ("退款", "VIP", "投诉") if i % 2 else ("VIP",):
            _tag(store, f"c{i}", tag)
    assert conversations.tags_in_use(store.conn) == sorted(["退款", "VIP", "投诉"])
    assert conversations.tags_in_use(store.conn.execute("DELETE FROM conversation_tags")
                                     .connection) == []


def test_the_tags_are_looked_up_not_scanned(store) -> None:
    plan = store.conn.execute("EXPLAIN QUERY PLAN " + conversations.TAGS_IN_USE).fetchall()
    steps = [row[-1] for row in plan]
    assert not any(s.startswith("SCAN conversation_tags") for s in steps), steps

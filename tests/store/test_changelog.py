"""Every write of shared data lands in the team's change log, in the same transaction."""

from __future__ import annotations

import json

from desktop.domain.hlc import Stamp
from desktop.services import actions, interchange, shop
from desktop.store.db import open_store


def _log(store):
    return [(t, k, None if f is None else json.loads(f)) for t, k, f in store.conn.execute(
        "SELECT tbl, key, fields FROM change_log ORDER BY seq")]


def _stamps(store):
    return [r[0] for r in store.conn.execute("SELECT stamp FROM change_log ORDER BY seq")]


def test_writes_are_logged_with_rising_stamps_and_keys(store, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({
        "channel": "tiktok", "conversation": "c1", "customer": {"id": "u1", "name": "王"},
        "id": "m1", "direction": "in", "author": "customer", "kind": "text", "text": "在吗",
        "sent_at": "2025-10-02T10:00:00+08:00"}, ensure_ascii=False), encoding="utf-8")
    interchange.import_file(store, path)
    log = _log(store)
    tables = [t for t, _, _ in log]
    assert {"channels", "customers", "conversations", "messages"} <= set(tables)
    message = next(e for e in log if e[0] == "messages")
    assert message[2] == {"@row": True}  # a message travels as stored, not copied here
    conversation_id = next(k for t, k, _ in log if t == "conversations")
    actions.tag(store, conversation_id, "投诉", None)
    actions.untag(store, conversation_id, "投诉", None)
    tag_entries = [e for e in _log(store) if e[0] == "conversation_tags"]
    assert tag_entries[-1] == ("conversation_tags", f"{conversation_id}\x1f投诉", None)
    shop.set_value(store, "shop.name", "小雨服饰")
    assert _log(store)[-1][0:2] == ("settings", "shop.name")
    stamps = _stamps(store)
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert all(Stamp.parse(s).device == store.device_id for s in stamps)


def test_two_connections_of_one_desktop_never_share_a_stamp(db_path, clock):
    a, b = open_store(db_path, clock=clock), open_store(db_path, clock=clock)
    for n in range(5):  # the same millisecond on both
        shop.set_value(a, "shop.name", f"a{n}")
        shop.set_value(b, "shop.name", f"b{n}")
    stamps = _stamps(a)
    assert len(stamps) == len(set(stamps)) == 10 and stamps == sorted(stamps)

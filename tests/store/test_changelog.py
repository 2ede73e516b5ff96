"""Every write of shared data lands in the team's change log, in the same transaction."""

from __future__ import annotations

import json

from desktop.domain.hlc import Stamp
from desktop.services import actions, interchange, shop
from desktop.store import changelog
from desktop.store.db import open_store


def _log(store):
    return [(t, k, None if f is None else json.loads(f)) for t, k, f in store.conn.execute(
        "SELECT tbl, key, fields FROM change_log ORDER BY seq")]


def _import_one(store, tmp_path) -> None:
    """A customer's one message, imported."""
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({
        "channel": "tiktok", "conversation": "c1", "customer": {"id": "u1", "name": "王"},
        "id": "m1", "direction": "in", "author": "customer", "kind": "text", "text": "在吗",
        "sent_at": "2025-10-02T10:00:00+08:00"}, ensure_ascii=False), encoding="utf-8")
    interchange.import_file(store, path)


def _stamps(store):
    return [r[0] for r in store.conn.execute("SELECT stamp FROM change_log ORDER BY seq")]


def test_writes_are_logged_with_rising_stamps_and_keys(store, tmp_path):
    _import_one(store, tmp_path)
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


def _history_file(path, messages: int):
    lines = [{"channel": "tiktok", "conversation": f"c{i % 7}",
              "customer": {"id": f"u{i % 7}", "name": "顾客"}, "id": f"m{i}",
              "direction": "in", "author": "customer", "kind": "text", "text": f"发货 {i}",
              "sent_at": f"2025-10-02T10:{i // 60 % 60:02d}:{i % 60:02d}+08:00"}
             for i in range(messages)]
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines),
                    encoding="utf-8")
    return path


def test_an_import_logs_its_history_in_runs_and_pushes_one_change_per_row(store, tmp_path):
    """1,200 messages make a few change-log rows, not 1,200; what goes to the hub is still
    one change per message, each with the stamp one-at-a-time logging would have given."""
    interchange.import_file(store, _history_file(tmp_path / "in.jsonl", 1_200))
    runs = store.conn.execute("SELECT n, fields FROM change_log WHERE tbl = 'messages'"
                              ).fetchall()
    assert sum(n for n, _ in runs) == 1_200
    # a new conversation's rows come between runs; otherwise runs are as long as allowed
    assert len(runs) < 15 and max(n for n, _ in runs) == changelog.RUN_LIMIT
    every = changelog.unpushed(store.conn, 1_000_000)
    messages = [c for c in every if c["tbl"] == "messages"]
    assert len(messages) == 1_200 == len({c["key"] for c in messages})
    assert all(c["fields"]["text"].startswith("发货") for c in messages)
    stamps = [c["stamp"] for c in every]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert changelog.unpushed_count(store.conn) == changelog.size(store.conn) == len(every)
    # the stamps handed out continue after the run's block: the next change sorts last
    shop.set_value(store, "shop.name", "小雨服饰")
    assert changelog.unpushed(store.conn, 1_000_000)[-1]["stamp"] > stamps[-1]


def test_pages_of_changes_take_whole_runs_and_lose_nothing(store, tmp_path):
    """A page holds at most its limit; a run that would not fit waits for the next page, and
    one bigger than a page goes alone — so marking a page pushed never cuts a run."""
    interchange.import_file(store, _history_file(tmp_path / "in.jsonl", 1_200))
    total = changelog.size(store.conn)
    seen: list[str] = []
    alone = 0
    while page := changelog.unpushed(store.conn, 10):
        if len(page) > 10:
            assert len({c["seq"] for c in page}) == 1 and len(page) <= changelog.RUN_LIMIT
            alone += 1
        seen += [c["id"] for c in page]
        changelog.mark_pushed(store.conn, page[-1]["seq"])
        assert changelog.unpushed_count(store.conn) == total - len(seen)
    assert alone >= 2 and len(seen) == len(set(seen)) == total


def test_joining_does_not_log_again_what_a_run_names(store, tmp_path):
    interchange.import_file(store, _history_file(tmp_path / "in.jsonl", 1_200))
    before = changelog.size(store.conn)
    hlc = changelog.clock(store.conn, store.device_id, store.clock)
    assert changelog.backfill(store.conn, hlc, ["messages", "conversations"]) == 0
    assert changelog.size(store.conn) == before
    store.conn.execute("DELETE FROM change_log WHERE tbl = 'messages'")  # as if from before
    assert changelog.backfill(store.conn, hlc, ["messages"]) == 1_200


def test_a_row_already_as_the_merge_says_is_not_written_again(store, tmp_path):
    _import_one(store, tmp_path)
    row = changelog.stored_row(store.conn, "customers", store.conn.execute(
        "SELECT id FROM customers").fetchone()[0])
    stamp = f"{row['created_at'] + 5}-0000-OTHERDESKTOP"
    with store.write() as w:  # the same values: left as they are (no write, no new stamp)
        assert changelog.write_row(w.conn, "customers", row["id"], row, stamp, "OTHER") == ""
        assert store.conn.execute("SELECT device FROM customers").fetchone()[0] != "OTHER"
        assert changelog.write_row(w.conn, "customers", row["id"], {**row, "name": "王芳"},
                                   stamp, "OTHER") == "changed"
    assert store.conn.execute("SELECT name, device FROM customers").fetchone() == \
        ("王芳", "OTHER")

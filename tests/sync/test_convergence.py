"""Two desktops and a hub on 127.0.0.1: each works on its own, they sync, and they hold the
same data; a conversation both took offline ends with one owner."""

from __future__ import annotations

import json

import pytest

from desktop.services import actions, interchange, kb, sync, team
from desktop.store.db import open_store
from desktop.sync import hub
from desktop.sync.client import sync as sync_now
from tests.sync.desks import figures, states, tags
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture


def _export(store, path):
    interchange.export_file(store, path)
    return sorted(path.read_text("utf-8").splitlines())


@pytest.fixture
def desktops(running, tmp_path, monkeypatch):  # noqa: F811
    hub_store, url = running
    stores = []
    for name in ("a", "b"):
        monkeypatch.setenv("SHOPDESK_HOME", str(tmp_path / f"home-{name}"))
        store = open_store(tmp_path / f"{name}.sqlite")
        sync.join(store, hub.invite(hub_store, f"member-{name}", url))
        stores.append((store, tmp_path / f"home-{name}"))
    return stores, monkeypatch


def _sync(store, home, monkeypatch):
    monkeypatch.setenv("SHOPDESK_HOME", str(home))  # whose keychain-less secrets file
    return sync_now(store)


def test_two_desktops_converge(desktops, tmp_path):
    (a, home_a), (b, home_b) = desktops[0]
    monkeypatch = desktops[1]
    lines = tmp_path / "in.jsonl"
    lines.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"channel": "tiktok", "conversation": "c1", "customer": {"id": "u1", "name": "王"},
         "id": "m1", "direction": "in", "author": "customer", "kind": "text", "text": "在吗",
         "sent_at": "2025-10-02T10:00:00+08:00"},
        {"channel": "tiktok", "conversation": "c1", "id": "m2", "direction": "out",
         "author": "小李", "kind": "text", "text": "在的", "sent_at": "2025-10-02T10:01:00+08:00"},
    ]), encoding="utf-8")
    interchange.import_file(a, lines)
    assert _sync(a, home_a, monkeypatch)["pushed"] > 0
    result = _sync(b, home_b, monkeypatch)
    assert result["applied"] > 0
    assert _export(b, tmp_path / "b.jsonl") == _export(a, tmp_path / "a.jsonl")
    # B works on it: a tag and a reply; A writes a knowledge-base article
    conversation = b.conn.execute("SELECT id FROM conversations").fetchone()[0]
    actions.tag(b, conversation, "物流", None)
    actions.reply(b, conversation, "今天发货", None)
    kb.save(a, kb.ArticleInput("发货时间", ["什么时候发货"], "48小时内发货", "物流"))
    for store, home in ((b, home_b), (a, home_a), (b, home_b)):
        _sync(store, home, monkeypatch)
    assert _export(b, tmp_path / "b2.jsonl") == _export(a, tmp_path / "a2.jsonl")
    assert states(a) == states(b) and tags(a) == tags(b) == [("tiktok", "c1", "物流")]
    assert figures(a) == figures(b)
    assert [x["title"] for x in kb.articles(b)] == ["发货时间"]
    assert b.conn.execute("SELECT count(*) FROM message_fts WHERE message_fts MATCH '在的'"
                          ).fetchone()[0] == 1  # the pulled messages are searchable


def test_a_conversation_both_took_offline_ends_with_one_owner(desktops, tmp_path):
    (a, home_a), (b, home_b) = desktops[0]
    monkeypatch = desktops[1]
    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({
        "channel": "tiktok", "conversation": "c1", "customer": {"id": "u1", "name": "王"},
        "id": "m1", "direction": "in", "author": "customer", "kind": "text", "text": "在吗",
        "sent_at": "2025-10-02T10:00:00+08:00"}, ensure_ascii=False), encoding="utf-8")
    interchange.import_file(a, lines)
    _sync(a, home_a, monkeypatch)
    _sync(b, home_b, monkeypatch)
    li = team.add_agent(a, "小李")
    _sync(a, home_a, monkeypatch)
    _sync(b, home_b, monkeypatch)
    amy = team.add_agent(b, "Amy")
    conversation = a.conn.execute("SELECT id FROM conversations").fetchone()[0]
    actions.assign(a, conversation, li, None)  # both take it while offline
    actions.assign(b, conversation, amy, None)
    for store, home in ((a, home_a), (b, home_b), (a, home_a)):
        _sync(store, home, monkeypatch)
    owner_a = a.conn.execute("SELECT assignee_id FROM conversations").fetchone()[0]
    owner_b = b.conn.execute("SELECT assignee_id FROM conversations").fetchone()[0]
    assert owner_a == owner_b and owner_a in (li, amy)
    assert states(a) == states(b) and figures(a) == figures(b)
    # the one who lost hears it, on their own desktop (each desktop's agent takes it again)
    from desktop.services import reminders
    team.set_me(a, li)
    team.set_me(b, amy)
    actions.assign(a, conversation, li, li)
    actions.assign(b, conversation, amy, amy)
    for store, home in ((a, home_a), (b, home_b), (a, home_a)):
        _sync(store, home, monkeypatch)
    lost = [r for s in (a, b) for r in reminders.open_reminders(s) if r["kind"] == "claim_lost"]
    assert len(lost) == 1 and lost[0]["data"]["winner"] in ("小李", "Amy")


def test_a_shop_older_than_the_change_log_is_brought_whole_when_it_joins(running, tmp_path,  # noqa: F811
                                                                         monkeypatch):
    from desktop.services import demo
    hub_store, url = running
    monkeypatch.setenv("SHOPDESK_HOME", str(tmp_path / "home-old"))
    old = open_store(tmp_path / "old.sqlite")
    demo.build_demo(old, days=3, messages=400, seed=2)
    old.conn.execute("DELETE FROM change_log")  # as if written before team sync existed
    sync.join(old, hub.invite(hub_store, "店长", url))
    assert sync_now(old)["pushed"] > 400
    monkeypatch.setenv("SHOPDESK_HOME", str(tmp_path / "home-new"))
    new = open_store(tmp_path / "new.sqlite")
    sync.join(new, hub.invite(hub_store, "小李", url))
    sync_now(new)
    assert _export(new, tmp_path / "new.jsonl") == _export(old, tmp_path / "old.jsonl")
    assert states(new) == states(old) and tags(new) == tags(old)
    assert figures(new) == figures(old)

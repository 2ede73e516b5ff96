"""Pages by bytes: a push of thousands of long Chinese mails goes in pages under the hub's
limit; a single change too large for any page is set aside with its reason, not tried for
ever; a desktop whose push fails still receives the team's changes."""

from __future__ import annotations

from desktop.services import team
from desktop.store import identity
from desktop.sync import hub
from tests.sync.desks import Desk, line
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture

BODY = "您好，关于订单的问题我想再确认一下。" * 170  # a quoted mail thread, ~1,500 characters


def _mails(count: int, text: str = BODY) -> list[dict]:
    return [{"channel": "email", "conversation": f"c{i // 5}",
             "customer": {"id": f"u{i // 5}@x.cn", "name": "客"}, "id": f"<m{i}@x.cn>",
             "direction": "in", "author": "customer", "kind": "text", "text": text,
             "sent_at": "2025-10-02T10:00:00+08:00"} for i in range(count)]


def test_long_chinese_mails_go_in_pages_under_the_hubs_limit(running, tmp_path, monkeypatch):  # noqa: F811
    hub_store, url = running
    monkeypatch.setattr(hub, "MAX_BODY", 1_000_000)  # a small hub: many pages
    a = Desk(tmp_path, "a")
    team.first_run(a.store, "王家小店", "Asia/Shanghai", "老板", "owner")
    a.import_lines(_mails(2_100))
    a.join(hub_store, url)
    result = a.sync()
    assert result["pushed"] > 2_100 and result["held"]["count"] == 0
    b = Desk(tmp_path, "b")
    b.join(hub_store, url)
    b.sync()
    assert b.rows("SELECT count(*) FROM messages") == [(2_100,)]


def test_one_change_too_large_is_set_aside_and_the_rest_goes(running, tmp_path, monkeypatch):  # noqa: F811
    hub_store, url = running
    monkeypatch.setattr(hub, "MAX_BODY", 300_000)
    a = Desk(tmp_path, "a")
    a.import_lines([*_mails(1, "附件" * 150_000), line(1)])  # ~900 KB of JSON, and a chat
    a.join(hub_store, url)
    result = a.sync()
    assert result["held"]["count"] == 1
    assert "too large" in result["held"]["reasons"][0]["reason"]
    assert [h["outgoing"] for h in identity.held_list(a.store.conn)] == [True]
    assert a.sync()["pushed"] == 0  # not tried again
    b = Desk(tmp_path, "b")
    b.join(hub_store, url)
    b.sync()
    assert b.rows("SELECT external_id FROM messages") == [("c1-1",)]


def test_a_desktop_whose_push_fails_still_receives(running, tmp_path, monkeypatch):  # noqa: F811
    hub_store, url = running
    a, b = Desk(tmp_path, "a"), Desk(tmp_path, "b")
    a.import_lines([line(1, "c1")])
    a.join(hub_store, url)
    a.sync()
    b.join(hub_store, url)
    b.import_lines([line(2, "c2")])
    refuse = (503, {"error": "the hub's disk is full"})
    monkeypatch.setattr(hub.HubApp, "push", lambda self, body, member: refuse)
    try:
        b.sync()
    except Exception as exc:  # noqa: BLE001 - the push's error is told after the pull
        assert "disk is full" in str(exc)
    else:
        raise AssertionError("the failed push was not told")
    assert b.rows("SELECT external_id FROM messages ORDER BY 1") == [("c1-1",), ("c2-2",)]

"""The team hub over real HTTP on 127.0.0.1 (cheroot): members, push once, pull in pages by
bytes, the protocol's tables and columns only (the rest refused one change at a time, with its
reason), changes attributed to who pushed them, bad requests answered while it keeps serving."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest
import requests

from desktop.domain import protocol
from desktop.store.hub import SQLiteHubStore
from desktop.sync import hub
from tests.channels.conftest import certificate  # noqa: F401 - the openssl fixture

V2 = {protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def running(tmp_path):
    store = SQLiteHubStore(tmp_path / "hub" / "hub.sqlite")
    port = _free_port()
    server = hub.serve(store, "127.0.0.1", port)
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    yield store, f"http://127.0.0.1:{port}"
    server.stop()
    store.close()


def _now() -> int:
    return int(time.time() * 1000)


def _change(n: int, origin: str = "A", **over) -> dict:
    stamp = f"{_now() - 10_000 + n:016d}-00000-{origin}"
    return {"id": stamp, "stamp": stamp, "origin": origin, "tbl": "agents", "key": f"k{n}",
            "fields": {"id": f"k{n}", "name": f"客服{n}", "role": "agent"}, **over}


def _member(store, url, name):
    token = hub.read_join_code(hub.invite(store, name, url))["token"]
    return {"Authorization": f"Bearer {token}", **V2}


def _without_time(answer: dict) -> dict:
    assert isinstance(answer.pop(protocol.TIME_KEY), int)
    return answer


def test_a_member_pushes_once_and_pulls_in_pages(running):
    store, url = running
    member = hub.read_join_code(hub.invite(store, "小李", url))
    assert member["hub"] == url and member["member"] == "小李"
    auth = {"Authorization": f"Bearer {member['token']}", **V2}
    changes = [_change(n) for n in range(5)]
    first = requests.post(f"{url}/push", json={"changes": changes}, headers=auth, timeout=10)
    assert _without_time(first.json()) == {"stored": 5, "duplicates": 0, "refused": []}
    again = requests.post(f"{url}/push", json={"changes": changes[2:]}, headers=auth, timeout=10)
    assert _without_time(again.json()) == {"stored": 0, "duplicates": 3, "refused": []}
    page = requests.get(f"{url}/pull", params={"since": 0, "limit": 3}, headers=auth,
                        timeout=10).json()
    assert [c["id"] for c in page["changes"]] == [c["id"] for c in changes[:3]] and page["more"]
    rest = requests.get(f"{url}/pull", params={"since": page["cursor"], "limit": 3},
                        headers=auth, timeout=10).json()
    assert [c["id"] for c in rest["changes"]] == [c["id"] for c in changes[3:]]
    assert not rest["more"]
    assert rest["changes"][0]["fields"] == changes[3]["fields"]


def test_wrong_or_revoked_tokens_get_401_and_no_data(running):
    store, url = running
    auth = _member(store, url, "Amy")
    requests.post(f"{url}/push", json={"changes": [_change(1)]}, headers=auth, timeout=10)
    wrong = requests.get(f"{url}/pull", headers={"Authorization": "Bearer nope", **V2},
                         timeout=10)
    assert wrong.status_code == 401 and "changes" not in wrong.json()
    assert requests.get(f"{url}/pull", headers=V2, timeout=10).status_code == 401
    assert store.revoke("Amy", 0)
    revoked = requests.get(f"{url}/pull", headers=auth, timeout=10)
    assert revoked.status_code == 401 and "changes" not in revoked.json()
    later = requests.post(f"{url}/push", json={"changes": [_change(2)]}, headers=auth,
                          timeout=10)
    assert later.status_code == 401
    assert [c["key"] for c in store.pull(0, 100)[0]] == ["k1"]  # the later push is not kept


def test_malformed_and_oversized_requests_are_refused_and_the_hub_keeps_serving(running):
    store, url = running
    auth = _member(store, url, "B")
    assert requests.post(f"{url}/push", data=b"{not json", headers=auth,
                         timeout=10).status_code == 400
    too_many = {"changes": [_change(n) for n in range(hub.MAX_CHANGES + 1)]}
    answer = requests.post(f"{url}/push", data=json.dumps(too_many), headers=auth, timeout=30)
    assert answer.status_code == 413 and answer.json()["max_changes"] == hub.MAX_CHANGES
    big = b'{"changes": [' + b" " * (hub.MAX_BODY + 10) + b"]}"
    # the hub reads the body and answers: no dropped connection stands in for the answer
    answer = requests.post(f"{url}/push", data=big, headers=auth, timeout=30)
    assert answer.status_code == 413
    assert answer.json()["max_page_bytes"] == hub.MAX_BODY
    assert f"{hub.MAX_BODY:,} bytes" in answer.json()["error"]
    assert requests.get(f"{url}/pull", params={"since": "x"}, headers=auth,
                        timeout=10).status_code == 400
    assert requests.get(f"{url}/health", timeout=10).json()["ok"] is True
    ok = requests.post(f"{url}/push", json={"changes": [_change(9)]}, headers=auth, timeout=10)
    assert ok.json()["stored"] == 1


def test_changes_outside_the_protocol_are_refused_one_by_one_with_their_reason(running):
    """A member's token cannot rewrite a mail channel's SMTP host, a local setting, a table or
    a column the protocol does not carry; each bad change is refused with its reason and the
    rest of the page is kept."""
    store, url = running
    auth = _member(store, url, "mallory")
    smtp = _change(1, tbl="channels", key="ch1", fields={
        "id": "ch1", "kind": "email", "name": "店铺邮箱", "paused": 0, "created_at": 0,
        "config": json.dumps({"smtp": "evil.example.net:465", "user": "shop@163.com"})})
    receiver = _change(2, tbl="channels", key="ch1", fields={"receiver_device": "A"})
    backup = _change(3, tbl="settings", key="backup.folder",
                     fields={"key": "backup.folder", "value": "\"/tmp/x\""})
    hub_url = _change(4, tbl="settings", key="sync.hub",
                      fields={"key": "sync.hub", "value": "\"http://evil\""})
    table = _change(5, tbl="no_such_table", fields={"a": 1})
    newer = _change(6, fields={"id": "k6", "name": "老板", "avatar": "x.png"})
    local = _change(7, fields={"id": "k7", "name": "x", "seq": 5})
    stamp = {**_change(8), "stamp": "garbage"}
    someone_else = {**_change(9), "stamp": _change(9, origin="B")["stamp"]}
    future = _change(10)
    future["stamp"] = future["id"] = f"{_now() + 2 * 86_400_000:016d}-00000-A"
    good = [_change(20), _change(21, tbl="settings", key="shop.name",
                                 fields={"key": "shop.name", "value": "\"王家小店\""})]
    bad = [smtp, receiver, backup, hub_url, table, newer, local, stamp, someone_else, future]
    answer = requests.post(f"{url}/push", json={"changes": [good[0], *bad, good[1]]},
                           headers=auth, timeout=10).json()
    assert answer["stored"] == 2
    reasons = {r["id"]: r["reason"] for r in answer["refused"]}
    assert reasons == {
        smtp["id"]: "local_column", receiver["id"]: "unknown_column",
        backup["id"]: "local_setting", hub_url["id"]: "local_setting",
        table["id"]: "unknown_table", newer["id"]: "unknown_column",
        local["id"]: "local_column", stamp["id"]: "bad_stamp",
        someone_else["id"]: "bad_stamp", future["id"]: "bad_stamp"}
    assert all(r["detail"] for r in answer["refused"])
    assert "clock" in next(r["detail"] for r in answer["refused"] if r["id"] == future["id"])
    assert "config" in next(r["detail"] for r in answer["refused"] if r["id"] == smtp["id"])
    pulled = requests.get(f"{url}/pull", headers=auth, timeout=10).json()["changes"]
    assert sorted(c["id"] for c in pulled) == sorted(c["id"] for c in good)


def test_a_desktop_on_another_protocol_is_told_who_must_upgrade(running):
    store, url = running
    auth = _member(store, url, "小李")
    newer = {**auth, protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION + 1)}
    for method, path in (("POST", "/push"), ("GET", "/pull")):
        answer = requests.request(method, f"{url}{path}", json={"changes": [_change(1)]},
                                  headers=newer, timeout=10)
        assert answer.status_code == 426
        assert answer.json()["upgrade"] == "hub" and "upgrade ShopDesk on the hub" in \
            answer.json()["error"]
    older = {"Authorization": auth["Authorization"]}  # the first design sent no version
    answer = requests.post(f"{url}/push", json={"changes": [_change(2)]}, headers=older,
                           timeout=10)
    assert answer.status_code == 426 and answer.json()["upgrade"] == "desktop"
    assert store.pull(0, 10)[0] == []
    info = requests.get(f"{url}/info", timeout=10).json()
    assert info["protocol"] == protocol.PROTOCOL_VERSION


def test_a_change_belongs_to_the_member_whose_token_pushed_it(running):
    store, url = running
    amy, bob = _member(store, url, "Amy"), _member(store, url, "Bob")
    mine = requests.post(f"{url}/push", json={"changes": [_change(1, origin="DEVA")]},
                         headers=amy, timeout=10).json()
    assert mine["stored"] == 1
    # Bob's token pushes a change that claims to come from Amy's desktop
    forged = _change(2, origin="DEVA")
    answer = requests.post(f"{url}/push", json={"changes": [forged, _change(3, origin="DEVB")]},
                           headers=bob, timeout=10).json()
    assert answer["stored"] == 1
    assert [(r["id"], r["reason"]) for r in answer["refused"]] == [
        (forged["id"], "foreign_origin")]
    pulled = requests.get(f"{url}/pull", headers=amy, timeout=10).json()["changes"]
    assert [(c["origin"], c["member"]) for c in pulled] == [("DEVA", "Amy"), ("DEVB", "Bob")]
    # Amy's desktop joined again under another name, once Amy was revoked: it is Cleo's
    store.revoke("Amy", _now())
    cleo = _member(store, url, "Cleo")
    again = requests.post(f"{url}/push", json={"changes": [_change(4, origin="DEVA")]},
                          headers=cleo, timeout=10).json()
    assert again["stored"] == 1 and again["refused"] == []


def test_one_oversized_change_is_refused_and_the_rest_of_the_page_kept(running):
    store, url = running
    auth = _member(store, url, "小李")
    info = requests.get(f"{url}/info", timeout=10).json()
    assert info["max_page_bytes"] == hub.MAX_BODY
    assert info["max_change_bytes"] == protocol.MAX_CHANGE_BYTES
    body = "您好，关于订单的问题我想再确认一下。" * 40_000  # ~2 MB of Chinese text
    huge = _change(1, tbl="messages", key="m1", fields={"id": "m1", "text": body})
    page = [_change(0), huge, _change(2)]
    for _ in range(2):  # pushed again: refused again, never stored
        answer = requests.post(f"{url}/push", json={"changes": page}, headers=auth, timeout=30)
        assert answer.status_code == 200
        assert [(r["id"], r["reason"]) for r in answer.json()["refused"]] == [
            (huge["id"], "too_large")]
    assert sorted(c["key"] for c in store.pull(0, 100)[0]) == ["k0", "k2"]


def test_pull_pages_stay_under_the_hubs_byte_limit(running, monkeypatch):
    store, url = running
    auth = _member(store, url, "小李")
    text = "发货" * 20_000  # ~120 KB of JSON each
    changes = [_change(n, tbl="messages", key=f"m{n}", fields={"id": f"m{n}", "text": text})
               for n in range(5)]
    assert requests.post(f"{url}/push", json={"changes": changes}, headers=auth,
                         timeout=30).json()["stored"] == 5
    monkeypatch.setattr(hub, "MAX_BODY", 200_000)
    since, seen = 0, []
    while True:
        answer = requests.get(f"{url}/pull", params={"since": since, "limit": 1000},
                              headers=auth, timeout=30)
        assert len(answer.content) <= 200_000
        page = answer.json()
        seen += [c["key"] for c in page["changes"]]
        since = page["cursor"]
        if not page["more"]:
            break
    assert seen == [f"m{n}" for n in range(5)]


def test_a_desktop_pulls_the_others_changes_and_not_its_own_back(running):
    """A desktop names itself when it pulls: its own changes are left out, and the cursor
    still moves past them (also when nothing but its own follows)."""
    store, url = running
    auth = _member(store, url, "小李")
    mixed = [_change(n, origin="A" if n in (1, 4) else "B") for n in range(7)]
    other = _member(store, url, "店长")
    assert requests.post(f"{url}/push", json={"changes": [mixed[1], mixed[4]]},
                         headers=other, timeout=30).json()["stored"] == 2
    assert requests.post(f"{url}/push", json={"changes": mixed[:1] + mixed[2:4] + mixed[5:]},
                         headers=auth, timeout=30).json()["stored"] == 5
    since, seen, answers = 0, [], 0
    while True:
        page = requests.get(f"{url}/pull", params={"since": since, "limit": 1,
                                                   "skip_origin": "B"},
                            headers=auth, timeout=30).json()
        answers += 1
        seen += [c["key"] for c in page["changes"]]
        since = page["cursor"]
        if not page["more"]:
            break
    assert seen == ["k1", "k4"]
    assert since == 7 and answers == 3  # the five of B's own after k4: not pages of nothing
    everything = requests.get(f"{url}/pull", params={"since": 0, "limit": 100},
                              headers=auth, timeout=30).json()["changes"]
    assert [c["key"] for c in everything] == [f"k{n}" for n in (1, 4, 0, 2, 3, 5, 6)]
    assert everything[2]["fields"] == mixed[0]["fields"]


def test_every_answer_carries_the_hubs_time(running):
    store, url = running
    auth = _member(store, url, "小李")
    before = _now()
    answers = [requests.get(f"{url}/health", timeout=10),
               requests.get(f"{url}/info", timeout=10),
               requests.get(f"{url}/pull", headers=auth, timeout=10),
               requests.get(f"{url}/pull", headers=V2, timeout=10),  # 401
               requests.post(f"{url}/push", json={"changes": []}, headers=auth, timeout=10)]
    after = _now()
    for answer in answers:
        assert before <= answer.json()[protocol.TIME_KEY] <= after


def test_the_hub_forgets_old_messages_a_desktops_retention_removed(running):
    store, url = running
    auth = _member(store, url, "店长")
    day = 86_400_000
    old, recent = _now() - 400 * day, _now() - 10 * day
    changes = [_change(n, tbl="messages", key=f"m{n}",
                       fields={"id": f"m{n}", "text": "发货", "sent_at": at})
               for n, at in enumerate((old, old, recent))]
    requests.post(f"{url}/push", json={"changes": changes}, headers=auth, timeout=10)
    # the desktop removed m0 and (wrongly) names m2: only rows past the retention go
    answer = requests.post(f"{url}/forget", json={"tbl": "messages", "keys": ["m0", "m2"],
                                                  "before": _now() - 365 * day},
                           headers=auth, timeout=10)
    assert answer.json()["forgotten"] == 1
    assert sorted(c["key"] for c in store.pull(0, 100)[0]) == ["m1", "m2"]
    refused = requests.post(f"{url}/forget", json={"tbl": "agents", "keys": ["k1"],
                                                   "before": _now()}, headers=auth, timeout=10)
    assert refused.status_code == 400


def test_join_codes_are_checked():
    code = hub.join_code("http://10.0.0.2:8765", "小李", "t0k3n")
    assert hub.read_join_code(code) == {"hub": "http://10.0.0.2:8765", "member": "小李",
                                        "token": "t0k3n"}
    pinned = hub.join_code("https://10.0.0.2:8765", "小李", "t0k3n", "ab" * 32)
    assert hub.read_join_code(pinned)["fingerprint"] == "ab" * 32
    for bad in ("hello", "SD1-!!!", "SD1-e30",
                hub.join_code("https://h:1", "a", "t", "not-a-fingerprint")):
        with pytest.raises(ValueError):
            hub.read_join_code(bad)


def test_the_hub_speaks_tls_when_given_a_certificate(tmp_path, certificate):  # noqa: F811
    store = SQLiteHubStore(tmp_path / "hub.sqlite")
    port = _free_port()
    server = hub.serve(store, "127.0.0.1", port, str(certificate / "server.pem"),
                       str(certificate / "server.key"))
    server.prepare()
    threading.Thread(target=server.serve, daemon=True).start()
    try:
        answer = requests.get(f"https://127.0.0.1:{port}/health",
                              verify=str(certificate / "ca.pem"), timeout=10)
        assert answer.json()["ok"] is True
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(f"https://127.0.0.1:{port}/health", timeout=10)  # unknown authority
    finally:
        server.stop()
        store.close()


def test_the_desktop_sends_a_page_in_the_bytes_it_counted(running, monkeypatch):
    """Chinese text goes as UTF-8 (3 bytes a character), not as \\u escapes (6): a page the
    desktop cut to the hub's limit arrives within it."""
    from desktop.sync.client import HubClient

    store, url = running
    member = hub.read_join_code(hub.invite(store, "小李", url))
    monkeypatch.setattr(hub, "MAX_BODY", 300_000)
    text = "您好，关于订单的问题我想再确认一下。" * 250  # ~13 KB of UTF-8
    page = [_change(n, tbl="messages", key=f"m{n}", fields={"id": f"m{n}", "text": text})
            for n in range(20)]
    assert len(json.dumps({"changes": page}, ensure_ascii=False).encode()) < 300_000
    answer = HubClient(url, member["token"]).push(page)
    assert answer["stored"] == 20 and answer["refused"] == []


def test_a_hub_that_ran_the_first_design_upgrades_in_place(tmp_path):
    """Changes kept before the protocol was versioned lose what no longer travels (a mail
    channel's connection settings, a conversation's state); one that cannot travel at all is
    set aside as refused, with its reason."""
    import sqlite3

    from desktop.store import hub as hub_store

    path = tmp_path / "hub.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(hub_store.SCHEMA.split("CREATE TABLE IF NOT EXISTS origins")[0])
    stamp = f"{_now() - 60_000:016d}-{{:05d}}-DEVA"
    rows = [("channels", "ch1", {"id": "ch1", "kind": "email", "name": "店铺邮箱", "paused": 0,
                                 "created_at": 1, "config": "{\"smtp\": \"smtp.163.com:465\"}"}),
            ("conversations", "c1", {"id": "c1", "channel_id": "ch1", "external_id": "u1",
                                     "customer_id": "u1", "created_at": 1, "status": "open",
                                     "waiting_since": 5}),
            ("conversations", "c1", {"status": "closed"}),
            ("settings", "sync.hub", {"key": "sync.hub", "value": "\"http://x\""}),
            ("messages", "m1", {"id": "m1", "text": "发货"})]
    conn.executemany(
        "INSERT INTO changes (id, stamp, origin, tbl, key, fields, member, received_at) "
        "VALUES (?, ?, 'DEVA', ?, ?, ?, 'Amy', 1)",
        [(stamp.format(n), stamp.format(n), t, k, json.dumps(f)) for n, (t, k, f) in
         enumerate(rows)])
    conn.commit()
    conn.close()
    for _ in range(2):  # the second opening changes nothing more
        store = SQLiteHubStore(path)
        kept = [(c["tbl"], c["fields"]) for c in store.pull(0, 100)[0]]
        assert kept == [
            ("channels", {"id": "ch1", "kind": "email", "name": "店铺邮箱", "paused": 0,
                          "created_at": 1}),
            ("conversations", {"id": "c1", "channel_id": "ch1", "external_id": "u1",
                               "customer_id": "u1", "created_at": 1}),
            ("messages", {"id": "m1", "text": "发货"})]
        assert [(r["key"], r["state"], r["reason"]) for r in store.set_aside()] == [
            ("sync.hub", "refused", "local_setting")]
        # the desktop that pushed them is Amy's from now on
        assert store.foreign_origins("Bob", {"DEVA"}, 0) == {"DEVA"}
        store.close()

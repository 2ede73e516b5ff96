"""The team hub over real HTTP on 127.0.0.1 (cheroot): members, push once, pull in pages,
and bad requests refused while it keeps serving."""

from __future__ import annotations

import json
import socket
import threading

import pytest
import requests

from desktop.store.hub import SQLiteHubStore
from desktop.sync import hub
from tests.channels.conftest import certificate  # noqa: F401 - the openssl fixture


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


def _change(n: int) -> dict:
    return {"id": f"A-{n}", "stamp": f"{1000 + n:016d}-00000-A", "origin": "A",
            "tbl": "conversations", "key": "k1", "fields": {"status": ["open", "x"]}}


def test_a_member_pushes_once_and_pulls_in_pages(running):
    store, url = running
    member = hub.read_join_code(hub.invite(store, "小李", url))
    assert member["hub"] == url and member["member"] == "小李"
    auth = {"Authorization": f"Bearer {member['token']}"}
    changes = [_change(n) for n in range(5)]
    first = requests.post(f"{url}/push", json={"changes": changes}, headers=auth, timeout=10)
    assert first.json() == {"stored": 5, "duplicates": 0}
    again = requests.post(f"{url}/push", json={"changes": changes[2:]}, headers=auth, timeout=10)
    assert again.json() == {"stored": 0, "duplicates": 3}
    page = requests.get(f"{url}/pull", params={"since": 0, "limit": 3}, headers=auth,
                        timeout=10).json()
    assert [c["id"] for c in page["changes"]] == ["A-0", "A-1", "A-2"] and page["more"]
    rest = requests.get(f"{url}/pull", params={"since": page["cursor"], "limit": 3},
                        headers=auth, timeout=10).json()
    assert [c["id"] for c in rest["changes"]] == ["A-3", "A-4"] and not rest["more"]
    assert rest["changes"][0]["fields"] == {"status": ["open", "x"]}


def test_wrong_or_revoked_tokens_get_401_and_no_data(running):
    store, url = running
    member = hub.read_join_code(hub.invite(store, "Amy", url))
    auth = {"Authorization": f"Bearer {member['token']}"}
    requests.post(f"{url}/push", json={"changes": [_change(1)]}, headers=auth, timeout=10)
    wrong = requests.get(f"{url}/pull", headers={"Authorization": "Bearer nope"}, timeout=10)
    assert wrong.status_code == 401 and "changes" not in wrong.json()
    assert requests.get(f"{url}/pull", timeout=10).status_code == 401
    assert store.revoke("Amy", 0)
    revoked = requests.get(f"{url}/pull", headers=auth, timeout=10)
    assert revoked.status_code == 401 and "changes" not in revoked.json()


def test_malformed_and_oversized_requests_are_refused_and_the_hub_keeps_serving(running):
    store, url = running
    auth = {"Authorization": f"Bearer {hub.read_join_code(hub.invite(store, 'B', url))['token']}"}
    assert requests.post(f"{url}/push", data=b"{not json", headers=auth,
                         timeout=10).status_code == 400
    assert requests.post(f"{url}/push", json={"changes": [{"id": 1}]}, headers=auth,
                         timeout=10).status_code == 400
    too_many = {"changes": [_change(n) for n in range(hub.MAX_CHANGES + 1)]}
    assert requests.post(f"{url}/push", data=json.dumps(too_many), headers=auth,
                         timeout=30).status_code == 413
    big = b'{"changes": [' + b" " * (hub.MAX_BODY + 10) + b"]}"
    try:
        status = requests.post(f"{url}/push", data=big, headers=auth, timeout=30).status_code
    except requests.ConnectionError:
        status = 413  # the hub answered and closed before reading it all
    assert status == 413
    assert requests.get(f"{url}/pull", params={"since": "x"}, headers=auth,
                        timeout=10).status_code == 400
    assert requests.get(f"{url}/health", timeout=10).json() == {"ok": True}
    ok = requests.post(f"{url}/push", json={"changes": [_change(9)]}, headers=auth, timeout=10)
    assert ok.json()["stored"] == 1


def test_join_codes_are_checked():
    code = hub.join_code("http://10.0.0.2:8765", "小李", "t0k3n")
    assert hub.read_join_code(code) == {"hub": "http://10.0.0.2:8765", "member": "小李",
                                        "token": "t0k3n"}
    for bad in ("hello", "SD1-!!!", "SD1-e30"):
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
        assert answer.json() == {"ok": True}
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(f"https://127.0.0.1:{port}/health", timeout=10)  # unknown authority
    finally:
        server.stop()
        store.close()

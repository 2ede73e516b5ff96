"""The hub as the owner runs it: `shopdesk hub serve` in its own process, invites that name
where it really serves, TLS with its own certificate beyond this computer (pinned by the join
code), and the owner listing and dropping the changes it refused or desktops hold."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from desktop.domain import protocol
from desktop.services.errors import UserError
from desktop.sync import hub, hub_server
from desktop.sync.client import HubClient
from tests.channels.conftest import certificate  # noqa: F401 - the openssl fixture

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "desktop", "hub", *args], env=ENV,
                          capture_output=True, text=True, timeout=60)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def _serve(folder: Path, *args: str) -> tuple[subprocess.Popen, dict]:
    (folder / hub_server.ADDRESS_FILE).unlink(missing_ok=True)
    process = subprocess.Popen([sys.executable, "-m", "desktop", "hub", "serve", "--data",
                                str(folder), "--port", "0", *args], env=ENV,
                               stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        where = hub_server.address(folder)
        if where:
            return process, where
        assert process.poll() is None, process.stderr.read()
        time.sleep(0.05)
    process.kill()
    raise RuntimeError("the hub did not start")


def _stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(10)


def _local(url: str) -> str:
    """The hub's address as this computer reaches it (it may name the network address)."""
    return f"{url.split('://')[0]}://127.0.0.1:{url.rsplit(':', 1)[1]}"


def test_invite_names_the_address_the_hub_serves_on(tmp_path):
    folder = tmp_path / "hub"
    process, where = _serve(folder)
    try:
        port = int(where["url"].rsplit(":", 1)[1])
        assert where["url"] == f"http://127.0.0.1:{port}" and port != 8765
        code = _cli("invite", "小李", "--data", str(folder)).stdout.split()[-1]
        member = hub.read_join_code(code)
        assert member["hub"] == where["url"] and "fingerprint" not in member
        client = HubClient(member["hub"], member["token"])
        assert client.pull(0, 10)["changes"] == []
    finally:
        _stop(process)


def test_invite_names_the_port_given_to_the_hub(tmp_path):
    """As the owner types it: `shopdesk hub --port P`, then `shopdesk hub invite NAME`."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    folder = tmp_path / "hub"
    process = subprocess.Popen([sys.executable, "-m", "desktop", "hub", "--data", str(folder),
                                "--port", str(port)], env=ENV, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                requests.get(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.05)
        code = _cli("invite", "小李", "--data", str(folder)).stdout.split()[-1]
        assert hub.read_join_code(code)["hub"] == f"http://127.0.0.1:{port}"
    finally:
        _stop(process)


def test_an_invite_before_the_hub_ever_ran_asks_for_its_address(tmp_path):
    done = _cli("invite", "小李", "--data", str(tmp_path / "hub"), check=False)
    assert done.returncode != 0 and "--url" in done.stderr and "Traceback" not in done.stderr
    code = _cli("invite", "小李", "--data", str(tmp_path / "hub"), "--url",
                "http://192.168.1.10:8765").stdout.split()[-1]
    assert hub.read_join_code(code)["hub"] == "http://192.168.1.10:8765"


def test_beyond_this_computer_the_hub_speaks_tls_with_its_own_pinned_certificate(tmp_path):
    folder = tmp_path / "hub"
    process, where = _serve(folder, "--host", "0.0.0.0")
    try:
        assert where["url"].startswith("https://")
        cert = folder / hub_server.TLS_FOLDER / "hub.pem"
        assert where["fingerprint"] == hub_server.fingerprint(cert)
        member = hub.read_join_code(_cli("invite", "小李", "--data",
                                         str(folder)).stdout.split()[-1])
        assert member["hub"] == where["url"] and member["fingerprint"] == where["fingerprint"]
        url = _local(member["hub"])
        pinned = HubClient(url, member["token"], fingerprint=member["fingerprint"])
        assert pinned.pull(0, 10)["changes"] == [] and pinned.hub_time
        with pytest.raises(requests.exceptions.SSLError):  # not trusted without the pin
            requests.get(f"{url}/health", timeout=10)
        with pytest.raises(requests.ConnectionError):  # and no plain HTTP
            requests.get(f"{url.replace('https', 'http')}/health", timeout=10)
        other = HubClient(url, member["token"], fingerprint="ab" * 32)
        with pytest.raises(UserError, match="certificate"):
            other.pull(0, 10)
        _stop(process)  # killed: it starts again with the same certificate
        process, again = _serve(folder, "--host", "0.0.0.0")
        assert again["fingerprint"] == member["fingerprint"]
        assert HubClient(_local(again["url"]), member["token"],
                         fingerprint=member["fingerprint"]).pull(0, 10)["changes"] == []
    finally:
        _stop(process)


def test_a_desktop_joins_a_tls_hub_by_its_code_and_syncs(tmp_path, monkeypatch):
    from desktop.services import sync as team_sync
    from desktop.services import team
    from desktop.store.db import open_store
    from desktop.sync.client import sync

    folder = tmp_path / "hub"
    process, where = _serve(folder, "--host", "0.0.0.0")
    try:
        monkeypatch.setenv("SHOPDESK_HOME", str(tmp_path / "home-a"))
        store = open_store(tmp_path / "a.sqlite")
        team.add_agent(store, "小李")
        code = _cli("invite", "小李", "--data", str(folder), "--url",
                    _local(where["url"])).stdout.split()[-1]
        team_sync.join(store, code)
        assert team_sync.joined(store)["fingerprint"] == where["fingerprint"]
        assert sync(store)["pushed"] > 0
        names = [c["fields"].get("name") for c in hub.open_hub(folder).pull(0, 100)[0]
                 if c["tbl"] == "agents"]
        assert names == ["小李"]
    finally:
        _stop(process)


def test_the_owner_lists_and_drops_refused_and_held_changes(tmp_path):
    folder = tmp_path / "hub"
    process, _ = _serve(folder)
    try:
        member = hub.read_join_code(_cli("invite", "小李", "--data",
                                         str(folder)).stdout.split()[-1])
        client = HubClient(member["hub"], member["token"])
        now = int(time.time() * 1000)
        good = {"id": f"{now:016d}-00000-DA", "stamp": f"{now:016d}-00000-DA", "origin": "DA",
                "tbl": "agents", "key": "a1", "fields": {"id": "a1", "name": "小李"}}
        smtp = {**good, "id": f"{now:016d}-00001-DA", "stamp": f"{now:016d}-00001-DA",
                "tbl": "channels", "key": "c1", "fields": {"config": "{\"smtp\": \"evil\"}"}}
        answer = client.push([good, smtp])
        assert answer["stored"] == 1 and answer["refused"][0]["reason"] == "local_column"
        client.held([{"id": good["id"], "reason": "UNIQUE constraint failed: agents.name"}])
        listed = json.loads(_cli("changes", "--json", "--data", str(folder)).stdout)["changes"]
        assert [(c["id"], c["state"], c["reason"]) for c in listed] == [
            (smtp["id"], "refused", "local_column"),
            (good["id"], "held", "UNIQUE constraint failed: agents.name")]
        assert listed[1]["held_by"] == ["小李"] and listed[1]["member"] == "小李"
        text = _cli("changes", "--data", str(folder)).stdout
        assert smtp["id"] in text and "channels: config stay on each desktop" in text
        _cli("drop", good["id"], "--data", str(folder))
        _cli("drop", smtp["id"], "--data", str(folder))
        assert json.loads(_cli("changes", "--json", "--data", str(folder)).stdout) == {
            "changes": []}
        page = client.pull(0, 10)
        assert page["changes"] == [] and good["id"] in page["dropped"]
        again = client.push([good])  # a dropped change does not come back
        assert again["stored"] == 0 and again["refused"][0]["reason"] == "dropped"
        assert json.loads(_cli("changes", "--json", "--data", str(folder)).stdout) == {
            "changes": []}
        missing = _cli("drop", "nope", "--data", str(folder), check=False)
        assert missing.returncode != 0 and "nope" in missing.stderr
    finally:
        _stop(process)


def test_changes_a_desktop_holds_are_listed_at_the_hub(tmp_path, monkeypatch):
    from desktop.services import sync as team_sync
    from desktop.store import identity
    from desktop.store.db import open_store
    from desktop.sync.client import sync

    folder = tmp_path / "hub"
    process, _ = _serve(folder)
    try:
        monkeypatch.setenv("SHOPDESK_HOME", str(tmp_path / "home-b"))
        store = open_store(tmp_path / "b.sqlite")
        team_sync.join(store, _cli("invite", "小王", "--data", str(folder)).stdout.split()[-1])
        stamp = f"{int(time.time() * 1000):016d}-00000-DA"
        change = {"id": stamp, "stamp": stamp, "origin": "DA", "tbl": "messages", "key": "m1",
                  "fields": {"id": "m1", "conversation_id": "gone"}}
        with store.write() as w:  # one of the team's changes that cannot apply here
            identity.hold(w.conn, change, "no conversation gone")
        sync(store)
        listed = json.loads(_cli("changes", "--json", "--data", str(folder)).stdout)["changes"]
        assert [(c["id"], c["state"], c["held_by"]) for c in listed] == [
            (stamp, "held", ["小王"])]
        assert "conversation" in listed[0]["reason"]  # as the desktop last tried it
        _cli("drop", stamp, "--data", str(folder))  # the owner drops it
        sync(store)  # ...and the desktop lets it go
        assert identity.held_list(store.conn) == []
        assert json.loads(_cli("changes", "--json", "--data", str(folder)).stdout) == {
            "changes": []}
    finally:
        _stop(process)


def test_the_desktop_sends_its_protocol_and_reads_the_hubs_time(tmp_path):
    folder = tmp_path / "hub"
    process, _ = _serve(folder)
    try:
        member = hub.read_join_code(_cli("invite", "小李", "--data",
                                         str(folder)).stdout.split()[-1])
        client = HubClient(member["hub"], member["token"])
        info = client.info()
        assert info["protocol"] == protocol.PROTOCOL_VERSION
        assert abs(client.hub_time - time.time() * 1000) < 5_000
    finally:
        _stop(process)


def test_the_owner_may_give_the_hub_a_real_certificate(tmp_path, certificate):  # noqa: F811
    folder = tmp_path / "hub"
    process, where = _serve(folder, "--cert", str(certificate / "server.pem"), "--key",
                            str(certificate / "server.key"))
    try:
        assert where["url"].startswith("https://127.0.0.1:") and where["fingerprint"] is None
        member = hub.read_join_code(_cli("invite", "小李", "--data",
                                         str(folder)).stdout.split()[-1])
        assert "fingerprint" not in member  # checked by its authority, not pinned
        answer = requests.get(f"{member['hub']}/health", verify=str(certificate / "ca.pem"),
                              timeout=10)
        assert answer.json()["ok"] is True
        assert not (folder / hub_server.TLS_FOLDER).exists()
    finally:
        _stop(process)

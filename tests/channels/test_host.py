"""The channels in the background while the app runs: a webhook endpoint listening, the
outbox sent within a round, news for the window, a busy port reported."""

from __future__ import annotations

import json
import socket
import threading
import time
from functools import partial

import requests

from desktop.channels.host import ChannelHost
from desktop.domain.problems import Code
from desktop.services import channels, outbox
from desktop.services.session import open_shop
from tests.channels.test_webhook import Bridge, _message


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_messages_in_and_replies_out_while_the_app_runs(tmp_path):
    bridge = Bridge()
    path = tmp_path / "shop.sqlite"
    store = open_shop(path)
    port = _free_port()
    token = channels.add(store, "webhook", "relay", {"reply_url": bridge.url,
                                                     "port": port})["token"]
    events: list[dict] = []
    delivered = threading.Event()
    host = ChannelHost(partial(open_shop, path),
                       lambda e: (events.append(e), e["kind"] == "delivered" and
                                  e["changes"].ids("messages") and delivered.set()))
    host.start()
    try:
        assert events[0]["kind"] == "channels"
        assert (events[0]["listening"], events[0]["problems"]) == (["relay"], {})
        assert events[0]["ports"] == {"relay": port}
        message = {**_message(1), "sent_at": "2025-10-15T23:00:00+08:00"}
        answer = requests.post(f"http://127.0.0.1:{port}/messages", data=json.dumps(message),
                               headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert answer.status_code == 200 and answer.json()["stored"] == 1
        deadline = time.monotonic() + 20
        while (not bridge.received or outbox.pending(store)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert delivered.is_set() and answer.json()["auto_replies"] >= 1
        assert bridge.received and bridge.received[0]["conversation"] == "c-u1"
        assert outbox.pending(store) == []
    finally:
        host.stop()
        bridge.close()


def test_a_port_in_use_is_reported_and_the_rest_carries_on(tmp_path):
    path = tmp_path / "shop.sqlite"
    store = open_shop(path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        channels.add(store, "webhook", "relay", {"port": port})
        events: list[dict] = []
        host = ChannelHost(partial(open_shop, path), events.append)
        host.start()
        host.stop()
    problems = events[0]["problems"]
    assert "relay" in problems and str(port) in problems["relay"].text
    assert problems["relay"].code is Code.PORT_IN_USE and problems["relay"].values["port"] == port


def _answers(port: int) -> bool:
    try:
        return requests.get(f"http://127.0.0.1:{port}/", timeout=2) is not None
    except requests.ConnectionError:
        return False


def _changed(host: ChannelHost, events: list[dict], test, seconds: float = 10) -> dict:
    """Tell the host the channels changed; the news it sends then that passes ``test``."""
    since = len(events)
    host.channels_changed()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = [e for e in events[since:] if e["kind"] == "channels" and test(e)]
        if found:
            return found[-1]
        time.sleep(0.02)
    raise AssertionError(f"no such news among {events}")


def test_a_channel_added_paused_moved_or_removed_while_running_listens_at_once(tmp_path):
    path = tmp_path / "shop.sqlite"
    store = open_shop(path)
    events: list[dict] = []
    host = ChannelHost(partial(open_shop, path), events.append)
    host.start()
    try:
        assert events[-1]["listening"] == []
        port, other = _free_port(), _free_port()
        channels.add(store, "webhook", "relay", {"port": port})
        _changed(host, events, lambda e: e["listening"] == ["relay"])
        assert _answers(port)
        channels.set_paused(store, "relay", True)
        _changed(host, events, lambda e: e["listening"] == [])
        assert not _answers(port)
        channels.set_paused(store, "relay", False)
        found = channels.get(store, "relay")
        from desktop.store import directory
        with store.write() as w:  # the port is changed in the channel's settings
            directory.update_channel(w, found["id"], {**found["config"], "port": other})
        news = _changed(host, events, lambda e: e["ports"] == {"relay": other})
        assert news["listening"] == ["relay"] and _answers(other) and not _answers(port)
        channels.remove(store, "relay")
        _changed(host, events, lambda e: e["listening"] == [] and e["ports"] == {})
        assert not _answers(other)
    finally:
        host.stop()

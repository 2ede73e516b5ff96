"""The webhook endpoint does its job and nothing more: only its own channel, bridges' history
never sent again, bad lengths refused, slow and idle clients cut, connections capped, and a
200 only for what is on disk."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time

import pytest

from desktop.channels import dispatcher, registry
from desktop.channels.webhook import MAX_BODY, WebhookServer
from desktop.services import channels, outbox
from desktop.store.db import open_store
from tests.channels.test_webhook import ROOT, Bridge, _message, _post


@pytest.fixture
def bridge():
    b = Bridge()
    yield b
    b.close()


@pytest.fixture
def shop_with_mail(tmp_path, clock, bridge):
    clock.now = 1_760_540_405_000
    path = tmp_path / "shop.sqlite"
    store = open_store(path, clock=clock)
    channels.add(store, "email", "店铺邮箱", {"imap": "127.0.0.1:1", "smtp": "127.0.0.1:1",
                                            "user": "shop@example.com", "security": "none"},
                 {"password": "pw"})
    added = channels.add(store, "webhook", "relay", {"reply_url": bridge.url, "port": 0})
    servers = []

    def serve(**limits):
        server = WebhookServer(lambda: open_store(path, clock=clock), "relay", added["token"],
                               **limits)
        server.start()
        servers.append(server)
        return server

    yield store, serve, added["token"]
    for server in servers:
        server.stop()
    store.close()


def test_an_object_naming_another_channel_is_refused_and_nothing_goes_out(shop_with_mail):
    store, serve, token = shop_with_mail
    server = serve()
    phishing = {"channel": "店铺邮箱", "conversation": "x1",
                "customer": {"id": "victim@example.com", "name": "v"}, "id": "inj-1",
                "direction": "out", "author": "老板", "kind": "text", "delivery": "queued",
                "text": "您的订单异常，请点击 http://phish.example 退款",
                "sent_at": "2025-10-15T10:00:00+08:00"}
    answer = _post(server, token, json.dumps([phishing, _message(1)]))
    assert answer.status_code == 200
    body = answer.json()
    assert body["stored"] == 1 and [e["index"] for e in body["errors"]] == [0]
    assert "relay" in body["errors"][0]["reason"]
    assert outbox.due(store, "店铺邮箱") == []
    channels_used = {r[0] for r in store.conn.execute(
        "SELECT ch.name FROM messages m JOIN channels ch ON ch.id = m.channel_id")}
    assert channels_used == {"relay"}


def test_out_lines_from_the_bridge_are_history_already_sent(shop_with_mail, bridge):
    store, serve, token = shop_with_mail
    server = serve()
    sent_there = {**_message(1), "id": "out-1", "direction": "out", "author": "小王",
                  "delivery": "queued", "text": "亲，已经发货了"}
    answer = _post(server, token, json.dumps(sent_there))
    assert answer.status_code == 200 and answer.json()["stored"] == 1
    assert store.conn.execute("SELECT delivery FROM messages WHERE external_id = 'out-1'"
                              ).fetchone()[0] == "sent"
    assert outbox.pending(store) == []
    dispatcher.dispatch(store, registry.connectors(store))
    assert bridge.received == []


def _raw(port, head: bytes, timeout: float = 5) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sk:
        sk.sendall(head)
        return sk.recv(200)


@pytest.mark.parametrize("length, status", [
    (b"-1", b"400"), (b"abc", b"400"), (b" 1e3", b"400"), (None, b"411"),
    (str(MAX_BODY + 1).encode(), b"413")])
def test_bad_content_lengths_are_refused_before_any_body_is_read(shop_with_mail, length,
                                                                   status):
    _store, serve, token = shop_with_mail
    server = serve()
    head = b"POST /messages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token.encode()
    if length is not None:
        head += b"\r\nContent-Length: " + length
    started = time.monotonic()
    answer = _raw(server.port, head + b"\r\n\r\n")  # no body is sent, none may be awaited
    assert answer.split(b" ")[1] == status and time.monotonic() - started < 2


def test_idle_and_dripping_connections_are_closed(shop_with_mail):
    _store, serve, _token = shop_with_mail
    server = serve(idle_timeout=0.5, request_deadline=1.5)
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as idle:
        idle.sendall(b"POST /messages HTTP/1.1\r\n")
        started = time.monotonic()
        assert idle.recv(200) == b""  # closed by the server
        assert time.monotonic() - started < 2
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as drip:
        started = time.monotonic()
        closed = False
        for byte in b"POST /messages HTTP/1.1\r\nX-Slow: " + b"a" * 100:
            try:
                drip.sendall(bytes([byte]))
            except OSError:
                closed = True
                break
            drip.settimeout(0.2)
            try:
                if drip.recv(200) == b"":
                    closed = True
                    break
            except TimeoutError:
                pass
        assert closed and time.monotonic() - started < 4


def test_connections_past_the_cap_are_turned_away_without_a_thread(shop_with_mail):
    _store, serve, token = shop_with_mail
    server = serve(max_connections=4, idle_timeout=30)
    before = threading.active_count()
    held = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(4)]
    for sk in held:
        sk.sendall(b"POST /messages HTTP/1.1\r\n")
    time.sleep(0.3)
    extra = [socket.create_connection(("127.0.0.1", server.port), timeout=5)
             for _ in range(20)]
    assert all(sk.recv(200).startswith(b"HTTP/1.0 503") for sk in extra)
    assert threading.active_count() <= before + 4
    for sk in held + extra:
        sk.close()
    deadline = time.monotonic() + 5
    while _post(server, token, json.dumps(_message(1))).status_code != 200:
        assert time.monotonic() < deadline
        time.sleep(0.1)


DURABLE = """
import sys, json, requests
from desktop.channels.webhook import WebhookServer
from desktop.services import channels
from desktop.store.db import open_store
path = sys.argv[1]
store = open_store(path)
token = channels.add(store, "webhook", "relay", {"port": 0})["token"]
store.close()
server = WebhookServer(lambda: open_store(path), "relay", token)
server.start()
message = {"conversation": "c1", "customer": {"id": "u1"}, "id": "m1", "direction": "in",
           "author": "customer", "kind": "text", "text": "在吗",
           "sent_at": "2025-10-15T23:00:00+08:00"}
print("MARK-POST", flush=True)
answer = requests.post(f"http://127.0.0.1:{server.port}/messages", data=json.dumps(message),
                       headers={"Authorization": "Bearer " + token}, timeout=30)
assert answer.status_code == 200 and answer.json()["stored"] == 1, answer.text
"""


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_a_200_is_answered_only_after_the_message_is_synced_to_disk(tmp_path):
    """Traced system calls: between the WAL write of the message and the 200 the bridge
    reads, the WAL (or the database) is synced."""
    path = tmp_path / "shop.sqlite"
    log = tmp_path / "trace.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(["strace", "-f", "-y", "-s", "32", "-o", str(log), "-e",
                           "trace=pwrite64,write,fsync,fdatasync,sendto", sys.executable,
                           "-c", DURABLE, str(path)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    calls = log.read_text().splitlines()
    start = next(i for i, c in enumerate(calls) if "MARK-POST" in c)
    answer = next(i for i, c in enumerate(calls) if i > start and "HTTP/1.0 200" in c)
    wal = [i for i, c in enumerate(calls[:answer]) if i > start and "pwrite64(" in c
           and "sqlite-wal>" in c]
    assert wal, "the message was written to the WAL"
    synced = [i for i, c in enumerate(calls[:answer]) if i > wal[-1]
              and ("fdatasync(" in c or "fsync(" in c) and "shop.sqlite" in c]
    assert synced, "the WAL was not synced before the 200"

"""The webhook channel end to end over real HTTP on 127.0.0.1: messages in, auto-replies and
agent replies out through the outbox — offline, backing off, in order, never twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from desktop.channels import dispatcher, registry
from desktop.channels.webhook import WebhookServer
from desktop.domain.problems import Code
from desktop.services import actions, channels, outbox
from desktop.store.db import open_store

ROOT = Path(__file__).resolve().parents[2]


class Bridge:
    """The other end: takes replies, remembers each Idempotency-Key once, can be down."""

    def __init__(self) -> None:
        self.received: list[dict] = []
        self.keys: list[str] = []
        self.status = 200
        bridge = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                key = self.headers["Idempotency-Key"]
                if bridge.status == 200 and key not in bridge.keys:
                    bridge.keys.append(key)
                    bridge.received.append(body)
                self.send_response(bridge.status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b'{"id": "bridge-1"}')

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/replies"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def bridge():
    b = Bridge()
    yield b
    b.close()


@pytest.fixture
def shop(tmp_path, clock, bridge):
    clock.now = 1_760_540_405_000  # 2025-10-15 23:00:05 in Shanghai: closed, auto-replies on
    path = tmp_path / "shop.sqlite"
    store = open_store(path, clock=clock)
    added = channels.add(store, "webhook", "relay", {"reply_url": bridge.url, "port": 0})
    server = WebhookServer(lambda: open_store(path, clock=clock), "relay", added["token"])
    server.start()
    yield store, server, added["token"], path
    server.stop()
    store.close()


def _post(server, token, body, content_type="application/json"):
    return requests.post(f"http://127.0.0.1:{server.port}/messages", data=body,
                         headers={"Authorization": f"Bearer {token}",
                                  "Content-Type": content_type}, timeout=10)


def _message(n, customer="u1", text="在吗，什么时候发货"):
    return {"conversation": f"c-{customer}", "customer": {"id": customer, "name": customer},
            "id": f"in-{customer}-{n}", "direction": "in", "author": "customer",
            "kind": "text", "text": text, "sent_at": "2025-10-15T23:00:00+08:00"}


def test_messages_arrive_are_answered_and_the_reply_reaches_the_bridge(shop, bridge):
    store, server, token, _ = shop
    assert requests.get(f"http://127.0.0.1:{server.port}/health", timeout=5).json()["ok"]
    assert _post(server, "wrong", json.dumps(_message(1))).status_code == 401
    answer = _post(server, token, json.dumps([_message(1), {"direction": "sideways"},
                                              _message(2, "u2")]))
    assert answer.status_code == 200
    body = answer.json()
    assert (body["stored"], body["duplicates"]) == (2, 0)
    assert [e["index"] for e in body["errors"]] == [1]
    again = _post(server, token, "\n".join(json.dumps(m) for m in (_message(1), _message(2,
                                                                                     "u2"))))
    assert again.json()["duplicates"] == 2 and again.json()["stored"] == 0
    queued = outbox.pending(store)
    assert len(queued) == body["auto_replies"] >= 2  # the off-hours reply, queued at once
    report = dispatcher.dispatch(store, registry.connectors(store))
    assert report.sent == len(queued) and outbox.pending(store) == []
    assert {r["conversation"] for r in bridge.received} == {"c-u1", "c-u2"}
    assert all(r["direction"] == "out" and r["text"] for r in bridge.received)


def test_bad_bodies_get_a_clear_answer_and_store_nothing(shop):
    store, server, token, _ = shop
    for body in ("<html>oops</html>", "{not json", json.dumps({"direction": "in"})):
        answer = _post(server, token, body)
        reason = answer.json().get("error") or answer.json().get("errors")
        assert answer.status_code == 400 and reason, body
    assert store.conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 0


def test_offline_replies_wait_back_off_and_go_out_in_order(shop, bridge, clock):
    store, server, token, _ = shop
    _post(server, token, json.dumps(_message(1)))
    dispatcher.dispatch(store, registry.connectors(store))  # the auto-reply goes out
    conversation = store.conn.execute("SELECT id FROM conversations").fetchone()[0]
    bridge.status = 503  # the bridge is down
    for text in ("第一条", "第二条", "第三条"):
        actions.reply(store, conversation, text, None)
        clock.advance(1000)
    report = dispatcher.dispatch(store, registry.connectors(store))
    assert (report.sent, report.retrying) == (0, 1)
    waiting = outbox.pending(store)
    assert [m["text"] for m in waiting] == ["第一条", "第二条", "第三条"]
    assert waiting[0]["attempts"] == 1 and waiting[0]["next_attempt_at"] > clock.now
    assert (waiting[0]["problem"].code, dict(waiting[0]["problem"].values)) == (
        Code.BRIDGE_BUSY, {"status": 503})
    assert dispatcher.dispatch(store, registry.connectors(store)).sent == 0  # not yet due
    bridge.status = 200
    clock.advance(outbox.backoff_ms(1))
    assert dispatcher.dispatch(store, registry.connectors(store)).sent == 3
    assert [r["text"] for r in bridge.received[-3:]] == ["第一条", "第二条", "第三条"]


def test_a_message_the_bridge_keeps_refusing_is_marked_failed_and_can_be_retried(shop, bridge,
                                                                               clock):
    store, server, token, _ = shop
    _post(server, token, json.dumps(_message(1)))
    bridge.status = 500
    for _ in range(outbox.MAX_ATTEMPTS):
        dispatcher.dispatch(store, registry.connectors(store))
        clock.advance(outbox.MAX_DELAY_MS)
    failed = [m for m in outbox.pending(store) if m["status"] == "failed"]
    assert len(failed) == 1 and "500" in failed[0]["last_error"]
    assert failed[0]["problem"].code is Code.BRIDGE_BUSY
    bridge.status = 200
    actions.retry_send(store, failed[0]["id"])
    assert dispatcher.dispatch(store, registry.connectors(store)).sent == 1
    assert outbox.pending(store) == []


KILLED_SEND = """
import os, signal, sys
from desktop.channels import dispatcher, registry
from desktop.channels.webhook import WebhookSender
from desktop.store.db import open_store
now = int(sys.argv[2])
store = open_store(sys.argv[1], clock=lambda: now)  # the test's clock
original = WebhookSender.send
def send_then_die(self, message):
    original(self, message)          # the bridge has it...
    os.kill(os.getpid(), signal.SIGKILL)   # ...and the app dies before writing that down
WebhookSender.send = send_then_die
dispatcher.dispatch(store, registry.connectors(store))
"""


def test_killed_between_sending_and_recording_the_message_is_not_shown_twice(shop, bridge,
                                                                            clock):
    store, server, token, path = shop
    _post(server, token, json.dumps(_message(1)))
    first = outbox.pending(store)[0]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", KILLED_SEND, str(path), str(clock.now)],
                          env=env)
    assert done.returncode == -signal.SIGKILL
    assert len(bridge.received) == 1  # it did go out
    after = outbox.pending(store)
    assert [m["id"] for m in after] == [first["id"]]  # but is still queued here
    assert dispatcher.dispatch(store, registry.connectors(store)).sent == 0  # claimed
    clock.advance(outbox.CLAIM_LEASE_MS)  # the dead sender's claim has run out
    report = dispatcher.dispatch(store, registry.connectors(store))
    assert report.sent == 1 and outbox.pending(store) == []
    assert len(bridge.received) == 1 and bridge.keys == [first["id"]]  # same key: shown once

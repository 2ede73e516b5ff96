"""Two senders on one shop — the app's send round and `shopdesk outbox send`, or two windows —
run as real processes: each reply goes out once; a sender killed mid-send gives its claim
back when the lease is up."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.services import actions, interchange, outbox, team
from desktop.store.db import open_store

ROOT = Path(__file__).resolve().parents[2]

SENDER = """
import os, sys, time
from pathlib import Path
from desktop.channels import dispatcher
from desktop.services import outbox
from desktop.store.db import open_store
folder, who, lease_ms, die = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
outbox.CLAIM_LEASE_MS = lease_ms
class Slow:
    def already_sent(self, message):
        with open(folder / "checked.log", "a", encoding="utf-8") as fh:
            fh.write(f"{who} {message.text}\\n")
        return False
    def send(self, message):
        with open(folder / "sent.log", "a", encoding="utf-8") as fh:
            fh.write(f"{who} {message.text}\\n")
        if die == "die":
            print("SENDING", flush=True)
            time.sleep(60)  # killed here, between the platform taking it and the record
        time.sleep(0.2)
        return None
while not (folder / "go").exists():
    time.sleep(0.01)
store = open_store(folder / "shop.sqlite")
print(who, dispatcher.dispatch(store, {"tiktok": Slow()}).sent, flush=True)
"""


@pytest.fixture
def queued_shop(tmp_path):
    store = open_store(tmp_path / "shop.sqlite")
    me = team.first_run(store, "店", "Asia/Shanghai", "老板", "owner")
    (tmp_path / "in.jsonl").write_text(json.dumps({
        "channel": "tiktok", "conversation": "c1", "customer": {"id": "u1", "name": "a"},
        "id": "m1", "direction": "in", "author": "customer", "kind": "text", "text": "在吗",
        "sent_at": "2026-12-05T10:00:00+08:00"}, ensure_ascii=False), encoding="utf-8")
    interchange.import_file(store, tmp_path / "in.jsonl")
    conversation = store.conn.execute("SELECT id FROM conversations").fetchone()[0]
    for n in range(4):
        actions.reply(store, conversation, f"回复{n}", me)
    yield store, tmp_path
    store.close()


def _sender(folder: Path, who: str, lease_ms: int = 300_000, die: bool = False):
    return subprocess.Popen([sys.executable, "-c", SENDER, str(folder), who, str(lease_ms),
                             "die" if die else "live"], env={**os.environ,
                                                             "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, text=True)


def _sent(folder: Path) -> list[str]:
    log = folder / "sent.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_two_processes_sending_one_shop_send_each_reply_once(queued_shop):
    store, folder = queued_shop
    senders = [_sender(folder, "app"), _sender(folder, "cli")]
    time.sleep(1.0)  # both started and waiting
    (folder / "go").touch()
    for p in senders:
        assert p.wait(timeout=60) == 0
    texts = [line.split(" ", 1)[1] for line in _sent(folder)]
    assert sorted(texts) == ["回复0", "回复1", "回复2", "回复3"]  # each once
    assert texts == ["回复0", "回复1", "回复2", "回复3"]  # and in order
    assert outbox.pending(store) == []


def test_a_killed_senders_claim_comes_back_when_its_lease_is_up(queued_shop):
    store, folder = queued_shop
    (folder / "go").touch()
    first = _sender(folder, "first", lease_ms=2_000, die=True)
    assert first.stdout.readline().strip() == "SENDING"
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    second = _sender(folder, "second", lease_ms=2_000)
    assert second.wait(timeout=60) == 0
    assert _sent(folder) == ["first 回复0"]  # still claimed: nothing else of the thread
    time.sleep(2.5)
    third = _sender(folder, "third", lease_ms=2_000)
    assert third.wait(timeout=60) == 0
    # the cut-short send is checked with the channel first, then the thread goes on in order
    assert (folder / "checked.log").read_text(encoding="utf-8").splitlines() == ["third 回复0"]
    assert _sent(folder) == ["first 回复0", "third 回复0", "third 回复1", "third 回复2",
                             "third 回复3"]
    assert outbox.pending(store) == []


class _Taken:
    def __init__(self) -> None:
        self.sent: list[str] = []

    def already_sent(self, message) -> bool:
        return False

    def send(self, message) -> None:
        self.sent.append(message.text)


def test_a_message_another_sender_holds_is_neither_retried_over_nor_cancelled(queued_shop):
    from desktop.channels import dispatcher
    from desktop.services.errors import UserError

    store, _folder = queued_shop
    first = outbox.pending(store)[0]
    assert outbox.claim(store, first["id"], "another-window") is not None
    outbox.retry(store, first["id"])  # a person asks again: the sender keeps its claim
    with pytest.raises(UserError, match="being sent"):
        outbox.cancel(store, first["id"])
    taken = _Taken()
    dispatcher.dispatch(store, {"tiktok": taken})
    assert taken.sent == []  # the rest of the thread waits behind the held message

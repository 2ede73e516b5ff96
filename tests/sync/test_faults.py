"""Three desktops and a hub: offline work, conflicting edits, syncs in random order, again and
again — identical data; a client killed in the middle of a push loses and doubles nothing."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop.services import actions, interchange, kb, team
from desktop.services import sync as team_sync
from desktop.store import changelog
from desktop.store.db import open_store
from desktop.sync import client as hub_client
from desktop.sync import hub
from desktop.sync.client import sync
from tests.sync.desks import figures, states, tags
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture

ROOT = Path(__file__).resolve().parents[2]


def _export(store, path):
    interchange.export_file(store, path)
    return sorted(path.read_text("utf-8").splitlines())


def _line(n, conv="c1", direction="in", author="customer"):
    return {"channel": "tiktok", "conversation": conv, "customer": {"id": f"u-{conv}",
            "name": conv}, "id": f"{conv}-{n}", "direction": direction, "author": author,
            "kind": "text", "text": f"消息{n}", "sent_at": f"2025-10-02T10:{n:02d}:00+08:00"}


def test_three_desktops_converge_whatever_the_order(running, tmp_path, monkeypatch):  # noqa: F811
    hub_store, url = running
    desktops = []
    for name in "abc":
        monkeypatch.setenv("SHOPDESK_HOME", str(tmp_path / f"home-{name}"))
        store = open_store(tmp_path / f"{name}.sqlite")
        team_sync.join(store, hub.invite(hub_store, name, url))
        desktops.append((store, tmp_path / f"home-{name}"))

    def sync_one(i):
        store, home = desktops[i]
        monkeypatch.setenv("SHOPDESK_HOME", str(home))
        sync(store)

    a, b, c = (d[0] for d in desktops)
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(_line(n, conv)) for conv in ("c1", "c2")
                              for n in range(3)), encoding="utf-8")
    interchange.import_file(a, path)
    article = kb.save(a, kb.ArticleInput("发货时间", ["什么时候发货"], "48小时", "物流"))
    for i in (0, 1, 2):
        sync_one(i)
    # offline, each on its own: replies, tags, assignments, edits of the same article
    conversations = [r[0] for r in a.conn.execute("SELECT id FROM conversations ORDER BY id")]
    agents = [team.add_agent(s, f"客服{n}") for n, s in enumerate((a, b, c))]
    for n, store in enumerate((a, b, c)):
        actions.reply(store, conversations[0], f"回复{n}", None)
        actions.assign(store, conversations[0], agents[n], None)
        actions.tag(store, conversations[1], f"标签{n}", None)
        kb.save(store, kb.ArticleInput("发货时间", ["什么时候发货"], f"版本{n}", "物流"),
                article)
    rnd = random.Random(7)
    for _ in range(4):
        for i in rnd.sample(range(3), 3):
            sync_one(i)
    for i in range(3):  # a last round so everyone has everything
        sync_one(i)
    exports = [_export(s, tmp_path / f"{n}.jsonl") for n, s in enumerate((a, b, c))]
    assert exports[0] == exports[1] == exports[2]
    assert states(a) == states(b) == states(c) and tags(a) == tags(b) == tags(c)
    assert figures(a) == figures(b) == figures(c)
    answers = {kb.articles(s)[0]["answer"] for s in (a, b, c)}
    owners = {s.conn.execute("SELECT assignee_id FROM conversations WHERE id = ?",
                             (conversations[0],)).fetchone()[0] for s in (a, b, c)}
    assert len(answers) == 1 and len(owners) == 1


KILLED_PUSH = """
import os, signal, sys
from desktop.store.db import open_store
from desktop.sync import client
store = open_store(sys.argv[1])
original = client.HubClient.push
def push_then_die(self, changes):
    answer = original(self, changes)        # the hub has the page...
    os.kill(os.getpid(), signal.SIGKILL)    # ...and the desktop dies before noting it
client.HubClient.push = push_then_die
client.sync(store)
"""


def test_a_client_killed_mid_push_loses_and_doubles_nothing(running, tmp_path, monkeypatch):  # noqa: F811
    hub_store, url = running
    home = tmp_path / "home"
    monkeypatch.setenv("SHOPDESK_HOME", str(home))
    shop_path = tmp_path / "a.sqlite"
    store = open_store(shop_path)
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(_line(n)) for n in range(5)), encoding="utf-8")
    interchange.import_file(store, path)
    team_sync.join(store, hub.invite(hub_store, "a", url))
    store.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SHOPDESK_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", KILLED_PUSH, str(shop_path)], env=env)
    assert done.returncode == -signal.SIGKILL
    at_hub, _ = hub_store.pull(0, 100_000)
    assert at_hub  # the page arrived; the desktop does not know it
    store = open_store(shop_path)
    result = sync(store)
    assert result["pushed"] == len(at_hub)  # sent again...
    again, _ = hub_store.pull(0, 100_000)
    assert len(again) == len(at_hub)  # ...and kept once
    time.sleep(0.01)
    assert sync(store)["pushed"] == 0


def _start_hub(folder, port):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "desktop", "hub", "--data", str(folder),
                                "--port", str(port)], env=env, stderr=subprocess.DEVNULL)
    import requests
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            requests.get(f"http://127.0.0.1:{port}/health", timeout=1)
            return process
        except requests.ConnectionError:
            time.sleep(0.1)
    raise RuntimeError("the hub did not start")


def test_the_hub_killed_mid_push_loses_and_doubles_nothing(tmp_path, monkeypatch):
    import socket
    import threading

    from desktop.services import demo
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    folder = tmp_path / "hub"
    process = _start_hub(folder, port)
    code = subprocess.run([sys.executable, "-m", "desktop", "hub", "invite", "a", "--data",
                           str(folder), "--port", str(port)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout.split()[-1]
    monkeypatch.setenv("SHOPDESK_HOME", str(tmp_path / "home"))
    store = open_store(tmp_path / "a.sqlite")
    demo.build_demo(store, days=5, messages=4_000, seed=8)
    team_sync.join(store, code)
    store.close()
    progress: list[int] = []

    def push_in_background() -> None:
        mine = open_store(tmp_path / "a.sqlite")
        original = hub_client.HubClient.push

        def counted(self, changes):
            progress.append(len(changes))
            return original(self, changes)

        hub_client.HubClient.push = counted
        try:
            _quietly(sync, mine)
        finally:
            hub_client.HubClient.push = original

    pushing = threading.Thread(target=push_in_background)
    pushing.start()
    deadline = time.monotonic() + 20
    while len(progress) < 2 and time.monotonic() < deadline:
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)  # the hub dies while pages arrive
    assert progress, "the push never started"
    process.wait()
    pushing.join(30)
    process = _start_hub(folder, port)
    try:
        store2 = open_store(tmp_path / "a.sqlite")
        sync(store2)
        assert sync(store2)["pushed"] == 0
        store2.conn.execute("UPDATE change_log SET pushed = 0")  # to count what travels
        made = sum(team_sync.outgoing(c) is not None
                   for c in changelog.unpushed(store2.conn, 10**9))
        kept = hub.open_hub(folder)
        at_hub, _ = kept.pull(0, 1_000_000)
        ids = [c["id"] for c in at_hub]
        assert len(ids) == len(set(ids)) == made  # everything, once
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(10)


def _quietly(fn, *args):
    try:
        fn(*args)
    except Exception:  # noqa: BLE001 - the hub was killed under it: expected
        pass


KILLED_PULL = """
import os, signal, sys
from desktop.store.db import open_store
from desktop.services import sync as team_sync
from desktop.sync import client
store = open_store(sys.argv[1])
original = team_sync.apply_changes
def apply_then_die(store, changes, **kw):
    result = original(store, changes, **kw)  # the page is merged in...
    os.kill(os.getpid(), signal.SIGKILL)    # ...and the desktop dies before noting the cursor
team_sync.apply_changes = apply_then_die
client.sync(store)
"""


def test_a_client_killed_mid_pull_ends_with_everything_once(running, tmp_path, monkeypatch):  # noqa: F811
    from desktop.services import demo
    hub_store, url = running
    monkeypatch.setenv("SHOPDESK_HOME", str(tmp_path / "home-a"))
    a = open_store(tmp_path / "a.sqlite")
    demo.build_demo(a, days=3, messages=1_500, seed=6)
    team_sync.join(a, hub.invite(hub_store, "a", url))
    sync(a)
    home_b = tmp_path / "home-b"
    monkeypatch.setenv("SHOPDESK_HOME", str(home_b))
    b_path = tmp_path / "b.sqlite"
    b = open_store(b_path)
    team_sync.join(b, hub.invite(hub_store, "b", url))
    b.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SHOPDESK_HOME": str(home_b)}
    done = subprocess.run([sys.executable, "-c", KILLED_PULL, str(b_path)], env=env)
    assert done.returncode == -signal.SIGKILL
    b = open_store(b_path)
    sync(b)
    assert _export(b, tmp_path / "b.jsonl") == _export(a, tmp_path / "a.jsonl")
    assert states(b) == states(a) and tags(b) == tags(a) and figures(b) == figures(a)

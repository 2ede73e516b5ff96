"""A desktop that holds a shop of its own joins a team whose hub holds an overlapping shop.

    python tests/benchmarks/sync_join.py [--messages 200000]

Desktop A holds a demo shop of ``messages`` messages and has pushed it to a hub on 127.0.0.1.
Desktop B holds as many messages of its own: half of them the same as half of A's (the same
channels, customers, conversations and messages, imported from A's export), half another demo
shop. B joins; the time is from B's join until both desktops hold the same shop (B syncs,
A syncs, B syncs). Prints the times (each sync's part, and the CPU time the desktops took) and
checks that the exports, the conversations' states and the figures are the same on both.

The hub runs as a team runs it: its own process (``shopdesk hub serve``), here on this
computer. ``--hub-in-process`` serves it from a thread of the desktops' process instead (as
this benchmark did before 2026-12-06: the hub's work and the desktops' then share one Python
interpreter lock, and the CPU time includes the hub's).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.services import demo, interchange, metrics
from desktop.services import sync as team_sync
from desktop.services.session import open_shop
from desktop.sync import hub, hub_server
from desktop.sync.client import sync

ROOT = Path(__file__).resolve().parents[2]


def _export(store, path: Path) -> list[str]:
    interchange.export_file(store, path)
    return sorted(path.read_text("utf-8").splitlines())


def _renamed(line: dict) -> dict:
    """A line of B's own shop, with platform ids no customer of A's has."""
    line["conversation"] = f"b-{line['conversation']}"
    if "id" in line:
        line["id"] = f"b-{line['id']}"
    if isinstance(line.get("customer"), dict):
        line["customer"]["id"] = f"b-{line['customer']['id']}"
    return line


def _states(store) -> list[tuple]:
    return store.conn.execute(
        "SELECT ch.name, c.external_id, c.status, c.waiting_since, c.first_response_at, "
        "c.message_count, c.last_message_at FROM conversations c JOIN channels ch "
        "ON ch.id = c.channel_id ORDER BY 1, 2").fetchall()


class _HubProcess:
    """``shopdesk hub serve`` on a free port of 127.0.0.1, and its invitations."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop", "hub", "serve", "--data", str(folder),
             "--port", "0"], env=env, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while (where := hub_server.address(folder)) is None:
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the hub did not start")
            time.sleep(0.05)
        self.url = where["url"]

    def invite(self, name: str) -> str:
        done = subprocess.run([sys.executable, "-m", "desktop", "hub", "invite", name,
                               "--data", str(self.folder), "--json"], check=True,
                              capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        return json.loads(done.stdout)["join_code"]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(30)


class _HubThread:
    """The hub served from a thread of this process."""

    def __init__(self, folder: Path) -> None:
        self.store = hub.open_hub(folder)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.server = hub.serve(self.store, "127.0.0.1", port)
        self.server.prepare()
        threading.Thread(target=self.server.serve, daemon=True).start()
        self.url = f"http://127.0.0.1:{port}"

    def invite(self, name: str) -> str:
        return hub.invite(self.store, name, self.url)

    def stop(self) -> None:
        self.server.stop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--hub-in-process", action="store_true",
                        help="serve the hub from a thread of this process")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        os.environ["SHOPDESK_HOME"] = str(root / "home")
        server = (_HubThread if args.hub_in_process else _HubProcess)(root / "hub")
        try:
            return _measure(args, root, server)
        finally:
            server.stop()


def _measure(args: argparse.Namespace, root: Path, server: _HubProcess | _HubThread) -> int:
    """Build the two shops, join B, sync until both hold the same, and print the table."""
    a = open_shop(root / "a.sqlite")
    demo.build_demo(a, days=60, messages=args.messages, seed=3)
    team_sync.join(a, server.invite("店长"))
    start = time.perf_counter()
    sync(a)
    first_push = time.perf_counter() - start
    lines = _export(a, root / "a.jsonl")
    half = [json.loads(x) for x in lines[len(lines) // 2:]]
    own = open_shop(root / "own.sqlite")  # B's own customers: ids of their own
    demo.build_demo(own, days=60, messages=args.messages // 2, seed=9)
    mine = [_renamed(json.loads(x)) for x in _export(own, root / "own.jsonl")]
    b = open_shop(root / "b.sqlite")
    shared = root / "shared.jsonl"
    shared.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in mine + half),
                      encoding="utf-8")
    interchange.import_file(b, shared)
    held_b = b.conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    # the set-up's hundreds of thousands of lines are no desktop's: gone before the clock
    # starts (alive, every collection of Python's garbage collector would walk them)
    del lines, half, mine
    own.close()
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    team_sync.join(b, server.invite("小李"))
    phases = []
    for name, desk in (("B", b), ("A", a), ("B", b)):
        began = time.perf_counter()
        done = sync(desk)
        phases.append((name, done["pushed"], done["pulled"], time.perf_counter() - began))
    converge, cpu = time.perf_counter() - start, time.process_time() - cpu
    same = _export(a, root / "a2.jsonl") == _export(b, root / "b2.jsonl")
    states = _states(a) == _states(b)
    today = date.today()
    figures = metrics.compute(a, today - timedelta(days=30), today, as_of=0) == \
        metrics.compute(b, today - timedelta(days=30), today, as_of=0)
    total = a.conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    print("| measure | figure |\n| --- | --- |")
    print(f"| A pushes its {args.messages:,}-message shop to the hub | {first_push:.1f} s |")
    print(f"| B ({held_b:,} messages, half of them also A's) joins and both converge "
          f"({total:,} messages) | {converge:.1f} s |")
    hub_cpu = "the hub's included: one process" if args.hub_in_process else \
        "the hub is a process of its own"
    print(f"| … the desktops' CPU time ({hub_cpu}; other work on the machine stretches "
          f"it less than the time) | {cpu:.1f} s |")
    for name, pushed, pulled, took in phases:
        print(f"| … {name} syncs: pushes {pushed:,} changes, pulls {pulled:,} | {took:.1f} s |")
    print(f"| exports, conversation states, figures the same | "
          f"{'yes' if same else 'NO'}, {'yes' if states else 'NO'}, "
          f"{'yes' if figures else 'NO'} |")
    return 0 if same and states and figures else 1


if __name__ == "__main__":
    sys.exit(main())

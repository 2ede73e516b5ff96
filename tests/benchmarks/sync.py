"""Team sync on loopback: a desktop pushes 100,000 changes to the hub, another pulls them.

    python tests/benchmarks/sync.py [--changes 100000]

The first desktop holds a demo shop whose writes make about that many changes (customers,
conversations, messages, events, tags …); it joins a hub on 127.0.0.1 and pushes them in pages;
a second, empty desktop joins and pulls and applies them all. Prints both times and checks the
two shops export the same.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.services import demo, interchange
from desktop.services import sync as team_sync
from desktop.services.session import open_shop
from desktop.store import changelog
from desktop.sync import hub
from desktop.sync.client import sync


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        os.environ["SHOPDESK_HOME"] = str(root / "home")
        store = hub.open_hub(root / "hub")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = hub.serve(store, "127.0.0.1", port)
        server.prepare()
        threading.Thread(target=server.serve, daemon=True).start()
        url = f"http://127.0.0.1:{port}"
        a = open_shop(root / "a.sqlite")
        demo.build_demo(a, days=30, messages=int(args.changes * 0.5), seed=3)
        made = changelog.size(a.conn)
        team_sync.join(a, hub.invite(store, "店长", url))
        start = time.perf_counter()
        pushed = sync(a)["pushed"]
        push_s = time.perf_counter() - start
        b = open_shop(root / "b.sqlite")
        team_sync.join(b, hub.invite(store, "小李", url))
        start = time.perf_counter()
        pulled = sync(b)["pulled"]
        pull_s = time.perf_counter() - start
        interchange.export_file(a, root / "a.jsonl")
        interchange.export_file(b, root / "b.jsonl")
        same = sorted((root / "a.jsonl").read_text("utf-8").splitlines()) == \
            sorted((root / "b.jsonl").read_text("utf-8").splitlines())
        server.stop()
        print("| measure | figure |\n| --- | --- |")
        print(f"| push {pushed:,} changes ({made:,} made by the demo shop) | {push_s:.1f} s |")
        print(f"| pull and apply {pulled:,} changes on an empty desktop | {pull_s:.1f} s |")
        print(f"| the two shops export the same | {'yes' if same else 'NO'} |")
        return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

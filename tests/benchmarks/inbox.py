"""Inbox benchmark: start-up to the first page painted, opening a 500-message conversation,
memory after scrolling 10,000 rows — on a big shop.

    python tests/benchmarks/inbox.py --db /tmp/shopdesk-bench/imported.sqlite

(the database made by tests/benchmarks/foundation.py). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from desktop.app import build_window
from desktop.ui import theme
app = QApplication([])
theme.apply(app)
window, _ = build_window(__import__('pathlib').Path({db!r}), 'zh_CN')
window.resize(1440, 900)
window.show()
window.start()
while window.inbox.list.model.rowCount() == 0:
    app.processEvents()
window.inbox.list.view.viewport().repaint()
app.processEvents()
print('painted', flush=True)
window.context.db.shutdown()
"""


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def startup(db: Path, runs: int = 5) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT), db=str(db))],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("painted"):
                times.append(time.perf_counter() - start)
                break
        proc.wait()
    return times


def _ensure_long_conversation(db: Path) -> str:
    from desktop.services import interchange
    from desktop.services.session import open_shop
    from desktop.store import directory

    shop = open_shop(db)
    lines = []
    for i in range(500):
        lines.append(json.dumps({
            "channel": "tiktok", "conversation": "bench-500",
            "customer": {"id": "bench-u", "name": "压测客户", "language": "zh"},
            "id": f"bench-500-{i}", "direction": "in" if i % 2 == 0 else "out",
            "author": "customer" if i % 2 == 0 else "小李", "kind": "text",
            "text": f"第{i}条消息：请问什么时候发货？订单号 57900{i:05d}",
            "sent_at": f"2026-11-01T{10 + i // 60 % 10:02d}:{i % 60:02d}:00+08:00"},
            ensure_ascii=False))
    path = db.with_name("bench-500.jsonl")
    path.write_text("\n".join(lines), encoding="utf-8")
    interchange.import_file(shop, path)
    channel = directory.channel_ids(shop.conn)["tiktok"]
    from desktop.store import conversations
    conv = conversations.find(shop.conn, channel, "bench-500")
    assert conv is not None
    return conv.id


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    rows = []
    conv_id = _ensure_long_conversation(args.db)
    starts = startup(args.db)
    rows.append(("start-up to the inbox's first page painted",
                 f"median {statistics.median(starts):.2f} s", f"worst {max(starts):.2f} s"))

    from PySide6.QtWidgets import QApplication

    from desktop.app import build_window
    from desktop.ui import theme
    app = QApplication.instance() or QApplication([])
    theme.apply(app)
    window, _ = build_window(args.db, "zh_CN")
    window.resize(1440, 900)
    window.show()
    window.start()
    window.context.db.wait_idle()
    from desktop.app import warm_up
    warm_up(args.db).join()  # as the app does at the first conversation: suggestions ready
    view = window.inbox.conversation
    other = window.inbox.list.model.summary(0).id  # opened between: each open draws anew
    opens = []
    for _ in range(10):
        view.open(other)
        window.context.db.wait_idle()
        app.processEvents()
        start = time.perf_counter()
        view.open(conv_id)
        window.context.db.wait_idle()
        app.processEvents()
        opens.append((time.perf_counter() - start) * 1000)
    assert view.detail is not None and len(view.detail.messages) == 500
    rows.append(("open a conversation of 500 messages (load + render)",
                 f"median {statistics.median(opens):.0f} ms", f"worst {max(opens):.0f} ms"))

    lst = window.inbox.list
    lst.tabs.setCurrentIndex(5)  # Closed: hundreds of thousands of rows
    bar = lst.view.verticalScrollBar()
    start = time.perf_counter()
    while lst.model.rowCount() < 10_000:
        bar.setValue(bar.maximum())
        app.processEvents()
    took = time.perf_counter() - start
    rows.append(("scroll 10,000 rows of the Closed view", f"{took:.1f} s",
                 f"resident memory {_rss_mb():.0f} MB"))
    window.context.db.shutdown()
    print("| measure | figure | note |\n| --- | --- | --- |")
    for row in rows:
        print(f"| {' | '.join(row)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A big-sale rush through the webhook channel.

    python tests/benchmarks/webhook_burst.py [--customers 1000] [--messages 5000] [--seconds 60]

1,000 customers send 5,000 messages within one minute to a webhook endpoint on 127.0.0.1 (a
shop of 20,000 demo messages behind it, its auto-reply rules and knowledge base on). Each
request returns once its message is stored and its auto-replies are queued, so its latency is
"webhook request to message stored and auto-reply queued". The messages are dated in the
evening after closing time, so every new customer gets the off-hours auto-reply. Meanwhile
the inbox's first page is read every 100 ms on the GUI's read-only connection, to show the
window stays responsive.
Checks that every message was stored once and that every auto-reply decided was queued.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.channels.webhook import WebhookServer
from desktop.services import channels, demo, queues
from desktop.services.session import open_shop

QUESTIONS = ["在吗", "什么时候发货", "能便宜点吗", "有优惠券吗", "尺码怎么选", "can you ship today",
             "这个有现货吗", "包邮吗", "多久能到", "质量怎么样"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.sqlite"
        store = open_shop(path)
        demo.build_demo(store, days=7, messages=20_000, seed=9)
        token = channels.add(store, "webhook", "rush", {"port": 0})["token"]
        before_out = store.conn.execute("SELECT count(*) FROM messages WHERE direction = 'out'"
                                        ).fetchone()[0]
        server = WebhookServer(lambda: open_shop(path), "rush", token)
        server.start()
        url = f"http://127.0.0.1:{server.port}/messages"
        session = requests.Session()
        latencies: list[float] = []
        auto_replies = 0
        lock = threading.Lock()
        # the rush comes at 22:30–23:30 Shanghai time yesterday: closed, so every new customer
        # gets the off-hours auto-reply (the busiest case for the writer)
        now = (time.time() // 86_400 - 1) * 86_400 + 14.5 * 3600

        def send(n: int) -> None:
            nonlocal auto_replies
            customer = n % args.customers
            body = {"conversation": f"rush-{customer}", "id": f"rush-{n}",
                    "customer": {"id": f"buyer-{customer}", "name": f"买家{customer}"},
                    "direction": "in", "author": "customer", "kind": "text",
                    "text": QUESTIONS[n % len(QUESTIONS)],
                    "sent_at": time.strftime("%Y-%m-%dT%H:%M:%S+00:00",
                                             time.gmtime(now + n * args.seconds / args.messages))}
            start = time.perf_counter()
            answer = session.post(url, data=json.dumps(body, ensure_ascii=False).encode(),
                                  headers={"Authorization": f"Bearer {token}"}, timeout=60)
            took = (time.perf_counter() - start) * 1000
            assert answer.status_code == 200 and answer.json()["stored"] == 1, answer.text
            with lock:
                latencies.append(took)
                auto_replies += answer.json()["auto_replies"]

        reader = open_shop(path, readonly=True)
        inbox_ms: list[float] = []
        done = threading.Event()

        def watch_inbox() -> None:
            local = open_shop(path, readonly=True)
            while not done.is_set():
                start = time.perf_counter()
                queues.page(local, queues.ListQuery())
                inbox_ms.append((time.perf_counter() - start) * 1000)
                time.sleep(0.1)

        watcher = threading.Thread(target=watch_inbox)
        watcher.start()
        interval = args.seconds / args.messages
        began = time.perf_counter()
        with ThreadPoolExecutor(32) as pool:
            for n in range(args.messages):
                delay = began + n * interval - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                pool.submit(send, n)
        took = time.perf_counter() - began
        done.set()
        watcher.join()
        server.stop()
        stored = reader.conn.execute("SELECT count(*) FROM messages WHERE external_id LIKE "
                                     "'rush-%'").fetchone()[0]
        queued = reader.conn.execute("SELECT count(*) FROM messages WHERE direction = 'out'"
                                     ).fetchone()[0] - before_out
        p95 = statistics.quantiles(latencies, n=20)[-1]
        print("| measure | figure |\n| --- | --- |")
        print(f"| messages sent / stored (once each) | {args.messages:,} / {stored:,} in "
              f"{took:.0f} s from {args.customers:,} customers |")
        print(f"| auto-replies decided / queued | {auto_replies:,} / {queued:,} |")
        print(f"| request to stored and auto-reply queued | median "
              f"{statistics.median(latencies):.0f} ms, p95 {p95:.0f} ms, "
              f"max {max(latencies):.0f} ms |")
        print(f"| inbox first page during the rush | median {statistics.median(inbox_ms):.1f} ms,"
              f" p95 {statistics.quantiles(inbox_ms, n=20)[-1]:.1f} ms |")
        return 0 if stored == args.messages and queued == auto_replies else 1


if __name__ == "__main__":
    sys.exit(main())

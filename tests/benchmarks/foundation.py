"""Foundation benchmark: demo build, import rate, search latency, the inbox's first page.

    python tests/benchmarks/foundation.py --messages 2000000 --dir /tmp/shopdesk-bench

Builds (or with --reuse, reuses) a demo shop, exports it to JSON Lines, imports that
file into a fresh database, then measures search and the inbox query on it. Prints a
Markdown table (the README records it). Not part of the test suite: timings belong
to a quiet machine, not to CI.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.services import demo, interchange, search
from desktop.services.session import open_shop
from desktop.store import conversations
from desktop.store import search as search_store

CHINESE = ["发货", "退款", "尺码", "快递", "优惠", "质量", "颜色", "地址"]
ENGLISH = ["ship", "refund", "size", "coupon", "tracking", "damaged", "exchange", "cotton"]


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def _timed(fn, *args, **kwargs) -> float:
    start = time.perf_counter()
    fn(*args, **kwargs)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=2_000_000)
    parser.add_argument("--days", type=int, default=180)
    parser.add_argument("--dir", type=Path, default=Path("bench-data"))
    parser.add_argument("--reuse", action="store_true", help="reuse an existing demo shop")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    source_path, imported_path = args.dir / "demo.sqlite", args.dir / "imported.sqlite"
    export_path = args.dir / "demo.jsonl"
    rows: list[tuple[str, str, str]] = []

    if not (args.reuse and source_path.exists()):
        for p in args.dir.glob("*.sqlite*"):
            p.unlink()
        start = time.perf_counter()
        summary = demo.build_demo(open_shop(source_path), days=args.days,
                                  messages=args.messages)
        took = time.perf_counter() - start
        rows.append(("demo shop built", f"{summary.messages:,} messages, "
                     f"{summary.events:,} events", f"{took:.0f} s"))
        start = time.perf_counter()
        lines = interchange.export_file(open_shop(source_path), export_path)
        rows.append(("export to JSONL", f"{lines:,} lines",
                     f"{time.perf_counter() - start:.0f} s"))
        for p in args.dir.glob("imported.sqlite*"):
            p.unlink()
        start = time.perf_counter()
        report = interchange.import_file(open_shop(imported_path), export_path)
        took = time.perf_counter() - start
        rows.append(("import JSONL into a new shop",
                     f"{report.added_messages:,} messages + {report.added_events:,} events",
                     f"{report.added_messages / took:,.0f} messages/s "
                     f"({report.lines / took:,.0f} lines/s)"))

    shop = open_shop(imported_path if imported_path.exists() else source_path, readonly=True)
    conn = shop.conn
    order_ids = [r[0] for r in conn.execute(
        "SELECT order_id FROM messages WHERE order_id IS NOT NULL "
        "ORDER BY random() LIMIT 8")]
    for label, queries in (("2-character Chinese words", CHINESE), ("English words", ENGLISH),
                           ("order ids", order_ids)):
        search.search(shop, queries[0])  # warm the page cache
        fast = [_timed(search.search, shop, q) for q in queries for _ in range(10)]
        slow = [_timed(search_store.like_scan, conn, q, 20) for q in queries[:3]]
        ratio = statistics.median(slow) / statistics.median(fast)
        rows.append((f"search: {label}", f"p95 {_p95(fast):.1f} ms, median "
                     f"{statistics.median(fast):.1f} ms",
                     f"LIKE scan median {statistics.median(slow):.0f} ms: {ratio:,.0f}x faster"))
    page = [_timed(conversations.queue_page, conn, "open", 50) for _ in range(50)]
    rows.append(("inbox first page (50 open, longest waiting)", f"p95 {_p95(page):.2f} ms",
                 f"median {statistics.median(page):.2f} ms"))

    print("| measure | size | figure |\n| --- | --- | --- |")
    for row in rows:
        print(f"| {' | '.join(row)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

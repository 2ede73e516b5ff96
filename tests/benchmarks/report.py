"""The daily report on a busy day and the dashboard's 30-day refresh.

    python tests/benchmarks/report.py

Builds a shop whose last day has about 10,000 inquiries (and a month of history before it),
then times `shopdesk report` for that day and `metrics.compute` for 30 days (what the
Dashboard's "Last 30 days" runs).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.services import demo, metrics, report, shop
from desktop.services.session import open_shop


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        store = open_shop(Path(folder) / "busy.sqlite")
        demo.build_demo(store, days=30, messages=120_000, seed=4)
        busy = open_shop(Path(folder) / "busy-day.sqlite")
        demo.build_demo(busy, days=1, messages=60_000, seed=5)
        zone = shop.shop_zone(busy)
        today = datetime.fromtimestamp(busy.clock() / 1000, zone).date()
        figures = metrics.compute(busy, today, today)
        start = time.perf_counter()
        report.write(busy, today, Path(folder) / "report.xlsx")
        took = time.perf_counter() - start
        print("| measure | figure |\n| --- | --- |")
        print(f"| daily report, {figures['inquiries']:,} inquiries | {took:.1f} s |")
        today = datetime.fromtimestamp(store.clock() / 1000, zone).date()
        start = time.perf_counter()
        f = metrics.compute(store, today - timedelta(days=29), today)
        took = time.perf_counter() - start
        print(f"| dashboard, last 30 days ({f['inquiries']:,} inquiries) | {took:.1f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

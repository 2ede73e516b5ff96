"""The daily report on a busy day and the dashboard's 30-day refresh.

    python tests/benchmarks/report.py

Builds a shop whose last day has about 10,000 inquiries and times `shopdesk report` for it;
then a shop with 60 days of history and times what the Dashboard's "Last 30 days" runs: the 30
days' figures (what the page shows), then the headline figures of the 30 days before (the
small changes after each tile, filled in when ready) — first on a fresh database, when every
conversation's digest is still to be worked out from its messages, then as every later refresh
does, with the digests kept.
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

        store = open_shop(Path(folder) / "busy.sqlite")
        demo.build_demo(store, days=60, messages=240_000, seed=4)
        today = datetime.fromtimestamp(store.clock() / 1000, zone).date()
        first = today - timedelta(days=29)
        shown, changes = [], []
        for _ in range(4):  # as the Dashboard does: the 30 days, then the changes
            start = time.perf_counter()
            now = metrics.compute(store, first, today)
            shown.append(time.perf_counter() - start)
            start = time.perf_counter()
            before = metrics.before(store, first, today)
            changes.append(time.perf_counter() - start)
        print(f"| dashboard, last 30 days ({now['inquiries']:,} inquiries) on screen, first "
              f"time | {shown[0]:.2f} s |")
        print(f"| the same, every later refresh (median of 3) | {sorted(shown[1:])[1]:.2f} s |")
        print(f"| then the changes against the 30 days before ({before['inquiries']:,} "
              f"inquiries), every later refresh | +{sorted(changes[1:])[1]:.2f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``shopdesk metrics|report``: the figures platforms judge the shop by, and the daily report."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.cli.common import EXIT_OK, Commands, open_shop, print_json
from desktop.services.errors import UserError


def register(commands: Commands) -> None:
    p = commands.command("metrics", "the figures platforms judge the shop by, for a period",
                         _cmd_metrics)
    p.add_argument("--from", dest="first", required=True, metavar="DATE")
    p.add_argument("--to", dest="last", required=True, metavar="DATE")
    p.add_argument("--as-of", metavar="ISO", help="count as if it were then (default: now)")
    p.add_argument("--agent", help="one agent's figures")
    p.add_argument("--channel", help="one channel's figures")
    p = commands.command("report", "write the daily Excel report", _cmd_report)
    p.add_argument("--date", required=True, metavar="DATE", help="the day, e.g. 2026-11-22")
    p.add_argument("--out", type=Path, metavar="FILE.xlsx",
                   help="where (default: ShopDesk-DATE.xlsx in the reports folder)")


def _cmd_metrics(args: argparse.Namespace) -> int:
    from desktop.services import metrics, schedule
    store = open_shop(args)
    try:
        first, last = date.fromisoformat(args.first), date.fromisoformat(args.last)
    except ValueError:
        raise UserError("dates are written 2026-11-22") from None
    as_of = schedule.instant(store, args.as_of) if args.as_of else None
    figures = metrics.compute(store, first, last, as_of, args.agent, args.channel)
    if args.json:
        from desktop.cli.aftersales import platform_figures

        figures["platform_figures"] = platform_figures(store, first, last)
        print_json(figures)
        return EXIT_OK
    for key in ("inquiries", "buyer_messages", "response_rate_24h", "response_rate_12h",
                "frt_mean_s", "frt_median_s", "frt_p90_s", "three_min_rate",
                "bot_handled_share", "resolution_rate", "csat", "csat_mean"):
        value = figures[key]
        shown = "—" if value is None else (f"{value:.1%}" if "rate" in key or key in (
            "csat", "bot_handled_share") else f"{value:,.1f}" if isinstance(value, float)
            else f"{value:,}")
        print(f"{key:20} {shown}")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from desktop.services import report
    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        raise UserError("dates are written 2026-11-22") from None
    path = report.write(open_shop(args), day, args.out)
    if args.json:
        print_json({"file": str(path)})
    else:
        print(f"Report written to {path}")
    return EXIT_OK

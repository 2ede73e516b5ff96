"""The command line's after-sales requests: ``shopdesk aftersales [--channel NAME] [--json]``,
the open requests by nearest deadline."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime

from desktop.services import locations
from desktop.services.session import open_shop

Command = Callable[..., argparse.ArgumentParser]


def register(command: Command) -> None:
    """Add the after-sales commands (``command`` as in ``cli.build_parser``)."""
    p = command("aftersales", "open after-sales requests (returns, refunds, exchanges…), "
                "nearest deadline first", _cmd_aftersales)
    p.add_argument("--channel", help="only this channel's requests")


def _cmd_aftersales(args: argparse.Namespace) -> int:
    from desktop.domain.aftersales import countdown
    from desktop.services import aftersales, shop

    store = open_shop(getattr(args, "db", None) or locations.default_db_path())
    found = aftersales.open_requests(store, args.channel)
    if args.json:
        print(json.dumps([aftersales.to_json(store, i) for i in found], ensure_ascii=False,
                         indent=2))
        return 0
    if not found:
        print("No open after-sales requests.")
    now, zone = store.clock(), shop.shop_zone(store)
    for item in found:
        left = countdown(item.deadline, now)
        due = "no deadline" if left is None else \
            datetime.fromtimestamp(item.deadline / 1000, zone).strftime("%Y-%m-%d %H:%M") + \
            (f" (in {left[0]}d {left[1]}h {left[2]}m)" if any(left) else " (passed)")
        print(f"{due}  {item.channel}  order {item.order_id}  {item.kind.value} "
              f"({item.platform_status})  {item.amount} {item.currency}  "
              f"{aftersales.customer_name(store, item)}  {item.reason}".rstrip())
    return 0

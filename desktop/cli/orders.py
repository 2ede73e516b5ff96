"""The shop's orders: ``shopdesk order show``, ``shopdesk orders`` (a customer's, or
``import`` of a platform's export) and ``shopdesk channel add douyin``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.common import (
    Commands,
    db_and_json,
    open_shop,
    platform_secrets,
    print_json,
    when,
)
from desktop.domain.orders import Order
from desktop.services.errors import UserError

if TYPE_CHECKING:  # each command imports what it uses: `shopdesk --version` stays quick
    from desktop.services.session import Shop


def register(commands: Commands) -> None:
    """Add the order commands, and ``douyin`` to ``channel add`` (registered before)."""
    command = commands.command
    p = command("order", "one order: its status, items, total and tracking", _cmd_order)
    sub = p.add_subparsers(dest="order_command", metavar="show", required=True)
    show = sub.add_parser("show", help="show one order (from the shop, or asked anew)")
    show.add_argument("order_id")
    show.add_argument("--channel", help="the channel (when several have this order id)")
    show.add_argument("--refresh", action="store_true",
                      help="ask the platform now (the stored order stays if it cannot)")
    p = command("orders", "a customer's orders, or import a platform's order export",
                _cmd_orders)
    p.add_argument("--customer", metavar="ID", help="the customer (their id on the platform)")
    p.add_argument("--channel", help="only this channel's orders / the channel of the file")
    sub = p.add_subparsers(dest="orders_command", metavar="import")
    imp = sub.add_parser("import", help="read a TikTok Shop or 抖店 order export (CSV/XLSX)")
    imp.add_argument("file", type=Path)
    db_and_json(show, imp)
    imp.add_argument("--channel", default=argparse.SUPPRESS,
                     help="the shop's channel these orders belong to")
    douyin = commands.groups["channel add"].add_parser(
        "douyin", help="a 抖店 shop: orders and logistics from the open platform (chats arrive "
        "through a bridge)")
    douyin.add_argument("name")
    douyin.add_argument("--app-key", required=True)
    douyin.add_argument("--shop-id", required=True)
    douyin.add_argument("--api-base", help="default: the open platform's production host")
    douyin.add_argument("--bridge", metavar="WEBHOOK",
                        help="the webhook channel this shop's chats arrive through: its order "
                             "cards are answered with the order looked up here")
    douyin.add_argument("--secrets-stdin", action="store_true", required=True,
                        help="read {\"app_secret\", \"access_token\", \"refresh_token\"} as "
                             "JSON from stdin")
    db_and_json(douyin)
    douyin.set_defaults(func=_cmd_add_douyin)


def _cmd_add_douyin(args: argparse.Namespace) -> int:
    from desktop.services import channels

    secret_json = platform_secrets()
    store = open_shop(args)
    added = channels.add(store, "douyin", args.name,
                         {"app_key": args.app_key, "shop_id": args.shop_id,
                          "api_base": args.api_base, "bridge": args.bridge},
                         {"secrets": secret_json})
    if args.json:
        print_json(added)
    else:
        print(f"Added 抖店 channel {added['name']} (keys kept in {added['secrets_in']}). "
              f"Look an order up: shopdesk order show ORDER_ID --channel {args.name} --refresh")
        if args.bridge:
            print(f"Order cards arriving through {args.bridge} are answered with the order "
                  f"looked up here.")
    return 0


def _when(store: Shop, ms: int | None) -> str:
    return when(ms, store, missing="-")


def _print_order(store: Shop, order: Order) -> None:
    print(f"{order.order_id}  {order.channel}  {order.status.value} ({order.platform_status})"
          f"  {order.total} {order.currency}  created {_when(store, order.created_at)}")
    for item in order.items:
        print(f"  {item.quantity} x {item.name}{' [' + item.sku + ']' if item.sku else ''}"
              f"  {item.price}{'  after-sale: ' + item.after_sale if item.after_sale else ''}")
    for parcel in order.tracking:
        print(f"  parcel {parcel.number} {parcel.carrier}".rstrip())
        for event in parcel.events:
            print(f"    {_when(store, event.at)}  {event.text}")
    print(f"  as of {_when(store, order.fetched_at)}")


def _cmd_order(args: argparse.Namespace) -> int:
    from desktop.services import orders

    args.order_id = args.order_id.strip()
    if not args.order_id:
        raise UserError("which order? give its id: shopdesk order show ORDER_ID")
    store = open_shop(args)
    problem = ""
    if args.refresh:
        from desktop.channels import orders as lookups

        try:
            lookups.refresh_order(store, args.order_id, args.channel)
        except orders.LookupFailed as exc:
            problem = str(exc)
    order = orders.find(store, args.order_id, args.channel)
    if order is None:
        raise UserError(f"no order {args.order_id}" + (f" on {args.channel}" if args.channel
                                                       else "") +
                        (f" (the platform could not be asked: {problem})" if problem else ""))
    if args.json:
        print_json(orders.to_json(store, order))
    else:
        _print_order(store, order)
    if problem:
        print(f"shopdesk: the order could not be refreshed ({problem}); the stored order "
              f"is shown", file=sys.stderr)
        return 1
    return 0


def _customer_id(store: Shop, given: str, channel: str | None) -> str:
    from desktop.services import orders

    return orders.customer_id(store, given, channel)


def _cmd_orders(args: argparse.Namespace) -> int:
    from desktop.services import orders

    store = open_shop(args)
    if getattr(args, "orders_command", None) == "import":
        from desktop.services import order_import

        result = order_import.import_orders(store, args.file, args.channel)
        if args.json:
            print_json(result.as_dict())
        else:
            print(f"{args.file.name} ({result.format} export): {result.rows} rows, "
                  f"{result.added} orders added, {result.updated} updated, "
                  f"{result.unchanged} unchanged, {result.kept_newer} kept as the platform "
                  f"said last, {len(result.bad)} rows refused")
            for row, why in result.bad:
                print(f"  row {row}: {why}" if row else f"  {why}")
        return 1 if result.bad else 0
    if not args.customer:
        raise UserError("whose orders? shopdesk orders --customer ID (or: orders import FILE)")
    from desktop.services import channels

    customer = _customer_id(store, args.customer, args.channel)
    found = orders.for_customer(store, customer, args.channel)
    if args.json:
        print_json([orders.to_json(store, o) for o in found])
        return 0
    if not found:
        print("No orders for this customer yet.")
    for order in found:
        _print_order(store, order)
    if channels.customer_kind(store, customer) in channels.NO_BUYER_SEARCH:
        print("抖店 cannot list a buyer's orders: these are the orders ShopDesk already knows "
              "(from order cards, service requests and imported order exports).")
    return 0

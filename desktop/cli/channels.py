"""``shopdesk channel add|list|poll|set`` and ``shopdesk outbox``: the shop's channels and what
waits to go out through them."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Commands,
    db_and_json,
    open_shop,
    platform_secrets,
    print_json,
    when,
)
from desktop.services.errors import UserError

if TYPE_CHECKING:
    from desktop.services.session import Shop


def register(commands: Commands) -> None:
    p = commands.command("channel", "the shop's channels: add one, list them, fetch now, "
                         "change one's settings", _cmd_channel)
    channel_sub = p.add_subparsers(dest="channel_command", metavar="add|list|poll|set")
    add = channel_sub.add_parser("add", help="add a channel")
    add_sub = add.add_subparsers(dest="kind", metavar="email|tiktok|webhook|douyin")
    tiktok = add_sub.add_parser("tiktok", help="a TikTok Shop (Partner API, polled)")
    tiktok.add_argument("name")
    tiktok.add_argument("--app-key", required=True)
    tiktok.add_argument("--shop-cipher", required=True)
    tiktok.add_argument("--api-base", help="default: TikTok's production API (or the sandbox)")
    tiktok.add_argument("--auth-base", help="default: TikTok's production auth host")
    tiktok.add_argument("--secrets-stdin", action="store_true", required=True,
                        help="read {\"app_secret\", \"access_token\", \"refresh_token\"} as "
                             "JSON from stdin")
    mail = add_sub.add_parser("email", help="a mailbox: IMAP in, SMTP out")
    mail.add_argument("name")
    mail.add_argument("--imap", required=True, metavar="HOST:PORT")
    mail.add_argument("--smtp", required=True, metavar="HOST:PORT")
    mail.add_argument("--user", required=True)
    mail.add_argument("--security", choices=["ssl", "starttls", "none"], default="ssl",
                      help="ssl (default), starttls, or none (servers on 127.0.0.1 only)")
    mail.add_argument("--address", help="the shop's address (default: the user name)")
    mail.add_argument("--password-stdin", action="store_true",
                      help="read the password (or app password) from stdin")
    hook = add_sub.add_parser("webhook", help="a local HTTP endpoint any bridge can deliver "
                              "messages to, in the interchange format")
    hook.add_argument("name")
    hook.add_argument("--port", type=int, default=8765, help="the port (default 8765)")
    hook.add_argument("--bind", default="127.0.0.1",
                      help="the address to listen on (default 127.0.0.1: this computer only)")
    hook.add_argument("--reply-url", metavar="URL", help="where replies are POSTed")
    hook.add_argument("--reply-token-stdin", action="store_true",
                      help="read the bearer token the reply URL expects from stdin")
    commands.groups["channel add"] = add_sub  # other kinds: the orders module adds douyin
    db_and_json(add, hook, mail, tiktok)
    listing = channel_sub.add_parser("list", help="the channels with their health")
    poll = channel_sub.add_parser("poll", help="fetch new messages once")
    poll.add_argument("name", nargs="?", help="one channel (default: all that are due)")
    poll.add_argument("--now", action="store_true", help="fetch every channel now, due or not")
    setting = channel_sub.add_parser("set", help="change a channel's settings")
    setting.add_argument("name")
    bridge = setting.add_mutually_exclusive_group(required=True)
    bridge.add_argument("--bridge", metavar="WEBHOOK",
                        help="a 抖店 channel: the webhook channel its chats arrive through (its "
                             "order cards are answered with the order looked up there)")
    bridge.add_argument("--no-bridge", action="store_true",
                        help="a 抖店 channel: no webhook channel brings its chats any more")
    db_and_json(listing, poll, setting)
    p = commands.command("outbox", "messages waiting to be sent (or failed); 'send' dispatches "
                         "now", _cmd_outbox)
    p.add_argument("action", nargs="?", choices=["send", "confirm"],
                   help="confirm: send the replies queued before this desktop took their "
                   "channel over (another desktop may have sent them)")
    p.add_argument("--message", help="with confirm: only this message (its id)")


def _cmd_channel(args: argparse.Namespace) -> int:
    store = open_shop(args)
    command = getattr(args, "channel_command", None)
    if command == "add":
        kind = getattr(args, "kind", None)
        if kind not in _ADD:
            raise UserError("add which kind? shopdesk channel add email|tiktok|webhook NAME")
        return _ADD[kind](store, args)
    if command == "poll":
        return _poll(store, args)
    if command == "set":
        return _set(store, args)
    return _list(store, args)


def _set(store: Shop, args: argparse.Namespace) -> int:
    from desktop.services import channels
    changed = channels.set_bridge(store, args.name, None if args.no_bridge else args.bridge)
    if args.json:
        print_json(changed)
    elif changed["config"].get("bridge"):
        print(f"Order cards arriving through {changed['config']['bridge']} are answered with "
              f"the orders of {changed['name']} from now on.")
    else:
        print(f"{changed['name']} has no chat bridge now: no webhook channel's order cards "
              "are answered with its orders.")
    return EXIT_OK


def _add_email(store: Shop, args: argparse.Namespace) -> int:
    from desktop.services import channels
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else ""
    added = channels.add(store, "email", args.name,
                         {"imap": args.imap, "smtp": args.smtp, "user": args.user,
                          "security": args.security, "address": args.address},
                         {"password": password} if password else {})
    if args.json:
        print_json(added)
    else:
        print(f"Added e-mail channel {added['name']} (the password is kept in "
              f"{added['secrets_in']}). Try it: shopdesk channel poll {args.name}")
    return EXIT_OK


def _add_tiktok(store: Shop, args: argparse.Namespace) -> int:
    from desktop.services import channels
    secret_json = platform_secrets()
    added = channels.add(store, "tiktok", args.name,
                         {"app_key": args.app_key, "shop_cipher": args.shop_cipher,
                          "api_base": args.api_base, "auth_base": args.auth_base},
                         {"secrets": secret_json})
    if args.json:
        print_json(added)
    else:
        print(f"Added TikTok Shop channel {added['name']} (keys kept in "
              f"{added['secrets_in']}). Try it: shopdesk channel poll {args.name}")
    return EXIT_OK


def _add_webhook(store: Shop, args: argparse.Namespace) -> int:
    from desktop.services import channels
    secret_values = {}
    if args.reply_token_stdin:
        secret_values["reply_token"] = sys.stdin.readline().strip()
    added = channels.add(store, "webhook", args.name,
                         {"port": args.port, "bind": args.bind,
                          "reply_url": args.reply_url}, secret_values)
    if args.json:
        print_json(added)
    else:
        print(f"Added webhook channel {added['name']}: POST interchange JSON to "
              f"http://{args.bind}:{args.port}/messages with the header\n"
              f"  Authorization: Bearer {added['token']}\n"
              f"(the token is kept in {added['secrets_in']})")
    return EXIT_OK


_ADD: dict[str, Any] = {"email": _add_email, "tiktok": _add_tiktok, "webhook": _add_webhook}


def _poll(store: Shop, args: argparse.Namespace) -> int:
    from desktop.channels.poll import describe, poll
    from desktop.services import shop
    results = poll(store, args.name, now_all=args.now)
    if args.json:
        print_json(results)
    else:
        for r in results:
            print(describe(r, store.clock(), shop.shop_zone(store)))
            for what, why in r["skipped"]:
                print(f"  skipped {what}: {why}")
    return EXIT_FAILED if any(r["error"] or (r.get("after_sales") or {}).get("error")
                              for r in results) else EXIT_OK


def _list(store: Shop, args: argparse.Namespace) -> int:
    from desktop.services import channels
    rows = channels.listing(store)
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print("No channels yet: shopdesk channel add webhook NAME")
    for c in rows:
        health = "paused" if c["paused"] else c["last_error"] or "ok"
        print(f"{c['name']:16} {c['kind']:8} {c['queued']:4} queued  {health}")
    return EXIT_OK


def _cmd_outbox(args: argparse.Namespace) -> int:
    from desktop.services import outbox
    store = open_shop(args)
    if args.action == "send":
        from desktop.channels import dispatcher, registry
        report = dispatcher.dispatch(store, registry.connectors(store))
        result = {"sent": report.sent, "retrying": report.retrying, "failed": report.failed,
                  "errors": report.errors}
        if args.json:
            print_json(result)
        else:
            print(f"sent {report.sent}, retrying {report.retrying}, failed {report.failed}")
            for channel, error in report.errors.items():
                print(f"  {channel}: {error}")
        return EXIT_OK
    if args.action == "confirm":
        count = outbox.confirm(store, args.message)
        if args.json:
            print_json({"confirmed": count})
        else:
            print(f"{count} replies will be sent.")
        return EXIT_OK
    rows = outbox.pending(store)
    if args.json:
        print_json(rows)
        return EXIT_OK
    for m in rows:
        why = f"  ({m['last_error']})" if m["last_error"] else ""
        print(f"{when(m['sent_at'], store)}  {m['status']:7} {m['channel']:12} "
              f"{m['customer']}: {m['text'][:40]}{why}")
    if not rows:
        print("Nothing waiting to be sent.")
    return EXIT_OK

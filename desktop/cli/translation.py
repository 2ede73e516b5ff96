"""``shopdesk translation …`` and ``shopdesk translate …``: the shop's translation account.

    shopdesk translation set baidu --app-id 2026… --secrets-stdin  <<< '{"secret": "…"}'
    shopdesk translation show
    shopdesk translate "¿tienen talla M?" [--to zh] [--detect-only] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, replace
from typing import Any

from desktop.cli.common import Commands, db_and_json, open_shop, print_json
from desktop.domain.translation import PROVIDERS
from desktop.services.errors import UserError


def register(commands: Commands) -> None:
    """Add the translation commands to the ``shopdesk`` parser."""
    command = commands.command
    p = command("translation", "the shop's translation account (Baidu, DeepL, Tencent Cloud)",
                _cmd_translation)
    actions = p.add_subparsers(dest="translation_command", metavar="set|show", required=True)
    s = actions.add_parser("set", help="set the provider; its secret goes to the keychain")
    s.add_argument("provider", choices=[*PROVIDERS, "off"])
    s.add_argument("--app-id", metavar="ID", help="Baidu APP ID, or Tencent SecretId")
    s.add_argument("--api-base", metavar="URL", help="another address for the provider's API")
    s.add_argument("--secrets-stdin", action="store_true",
                   help='read {"secret": "…"} (Baidu key, DeepL key, Tencent SecretKey) '
                        "as JSON from stdin")
    s.add_argument("--mode", choices=["arrival", "click"],
                   help="translate customer lines as they arrive, or when clicked")
    s.add_argument("--autoreply", choices=["on", "off"],
                   help="translate auto-replies the shop has no template for (default off)")
    shown = actions.add_parser("show", help="the provider and settings (never the secret)")
    db_and_json(s, shown)
    p = command("translate", "translate a line (or only tell its language, offline)",
                _cmd_translate)
    p.add_argument("text")
    p.add_argument("--to", metavar="LANG", help="target language, ISO 639-1 (default: the "
                   "agents' language)")
    p.add_argument("--detect-only", action="store_true",
                   help="only tell the line's language; no provider is called")


def _cmd_translation(args: argparse.Namespace) -> int:
    from desktop.services import translation

    store = open_shop(args)
    current = translation.load(store)
    if args.translation_command == "show":
        out = {**asdict(current), "secret_saved": translation.has_secret(current)}
        if args.json:
            print_json(out)
        else:
            for k, v in out.items():
                print(f"{k}: {v}")
        return 0
    secret = None
    if args.secrets_stdin:
        try:
            values = json.loads(sys.stdin.read())
        except ValueError:
            values = None
        if not isinstance(values, dict) or not isinstance(values.get("secret"), str):
            raise UserError('stdin must hold a JSON object with "secret"')
        secret = values["secret"]
    provider = "" if args.provider == "off" else args.provider
    changed = replace(current, provider=provider,
                      app_id=args.app_id if args.app_id is not None else
                      (current.app_id if provider == current.provider else ""),
                      api_base=args.api_base if args.api_base is not None else
                      (current.api_base if provider == current.provider else ""))
    if args.mode:
        changed = replace(changed, on_arrival=args.mode == "arrival")
    if args.autoreply:
        changed = replace(changed, autoreply=args.autoreply == "on")
    if provider and secret is None and not translation.has_secret(changed):
        raise UserError(f"{provider} needs its secret: --secrets-stdin")
    translation.save(store, changed, secret)
    if args.json:
        print_json({**asdict(changed), "secret_saved": translation.has_secret(changed)})
    else:
        print(f"Translation: {provider or 'off'}" +
              (f" (secret kept in {translation.secrets.where()})" if secret else ""))
    return 0


def _cmd_translate(args: argparse.Namespace) -> int:
    from desktop.services import translation
    from desktop.services.translation_providers import Offline, ProviderError

    if args.detect_only:
        out: dict[str, Any] = {"text": args.text,
                               "source_language": translation.detect(args.text) or None,
                               "target_language": None, "provider": None}
    else:
        store = open_shop(args)
        try:
            r = translation.translate_text(store, args.text, args.to or "")
        except Offline as exc:
            raise UserError(f"the translation service cannot be reached ({exc})") from None
        except ProviderError as exc:
            raise UserError(f"{exc.provider}: {exc.message('en')}") from None
        out = {"text": r.text, "source_language": r.source_language or None,
               "target_language": r.target_language, "provider": r.provider or None}
    if args.json:
        print_json(out)
    else:
        print(out["text"] if not args.detect_only else (out["source_language"] or "unknown"))
    return 0


"""Translating chats through the shop's own translation account, each text paid for once.

The provider, its app id and address are this desktop's settings (local, like a channel's
connection); the secret lives in the keychain (desktop/services/secrets.py), never in the
database. Every translation is kept in the shop database (``translations``, shared with the
team) under a natural key, so the same text is never sent to the provider twice.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass

from desktop.domain.language import base
from desktop.domain.translation import PROVIDERS
from desktop.services import language, secrets
from desktop.services.errors import UserError
from desktop.services.translation_providers import Account, Offline, ProviderError, translate
from desktop.store import settings as settings_store
from desktop.store import translations
from desktop.store.db import Store
from desktop.store.translations import Kept

SETTINGS_KEY = "translation"
SECRET_KEY = "translation:{provider}"


@dataclass(frozen=True, slots=True)
class Settings:
    provider: str = ""  # "" = no translation account
    app_id: str = ""
    api_base: str = ""
    on_arrival: bool = True  # translate customer lines as they arrive (False: on click)
    autoreply: bool = False  # translate auto-replies the shop has no template for
    agent_language: str = "zh"  # what the agents read and write


@dataclass(frozen=True, slots=True)
class Result:
    text: str
    source_language: str
    target_language: str
    provider: str
    cached: bool = False


def load(store: Store) -> Settings:
    raw = settings_store.read_local(store.conn, SETTINGS_KEY)
    try:
        values = json.loads(raw) if raw else {}
    except ValueError:
        values = {}
    known = Settings.__dataclass_fields__
    return Settings(**{k: v for k, v in values.items() if k in known})


def save(store: Store, settings: Settings, secret: str | None = None) -> None:
    """Save the settings (and the provider's secret, to the keychain when given)."""
    if settings.provider and settings.provider not in PROVIDERS:
        raise UserError(f"unknown translation provider {settings.provider!r} "
                        f"(one of: {', '.join(PROVIDERS)})")
    if settings.provider in ("baidu", "tencent") and not settings.app_id.strip():
        raise UserError(f"{settings.provider} needs its app id (--app-id)")
    if secret is not None:
        if not secret.strip():
            raise UserError("the secret is empty")
        secrets.put(SECRET_KEY.format(provider=settings.provider), secret.strip())
    with store.write() as w:
        settings_store.write_local(w, SETTINGS_KEY, json.dumps(asdict(settings)))


def has_secret(settings: Settings) -> bool:
    return bool(settings.provider) and \
        secrets.get(SECRET_KEY.format(provider=settings.provider)) is not None


def account(settings: Settings) -> Account:
    if not settings.provider:
        raise UserError("no translation provider is set (shopdesk translation set …)")
    secret = secrets.get(SECRET_KEY.format(provider=settings.provider))
    if not secret:
        raise UserError(f"no secret for {settings.provider} on this computer "
                        "(shopdesk translation set … --secrets-stdin)")
    return Account(settings.provider, secret, settings.app_id, settings.api_base)


def detect(text: str) -> str:
    """The language of a line, offline (no provider is called)."""
    return language.detect(text)


_pending_lock = threading.Lock()
_pending: dict[str, threading.Event] = {}


def kept(store: Store, text: str, target: str, source: str = "") -> Result | None:
    """A translation already paid for (no provider is called), or None."""
    settings = load(store)
    src = base(source) or detect(text)
    found = translations.find(store.conn, text, src, base(target), settings.provider)
    return None if found is None else Result(found.translated, found.detected or src,
                                             found.target, found.provider, cached=True)


def translate_text(store: Store, text: str, target: str, source: str = "",
                   sleep: Callable[[float], None] | None = None) -> Result:
    """``text`` in ``target`` through the shop's provider; a text already translated is
    answered from the shop database. Raises Offline, ProviderError or UserError."""
    settings = load(store)
    target = base(target) or settings.agent_language
    src = base(source) or detect(text)
    if src and src == target:
        return Result(text, src, target, "", cached=True)
    key = translations.key(text, src, target, settings.provider)
    while True:  # one request per text at a time: a second asker waits for the first
        found = kept(store, text, target, src)
        if found is not None:
            return found
        with _pending_lock:
            busy = _pending.get(key)
            if busy is None:
                _pending[key] = threading.Event()
                break
        busy.wait(60)
    try:
        acct = account(settings)
        extra = {} if sleep is None else {"sleep": sleep}
        translated, detected = translate(acct, text, src, target, **extra)
        with store.write() as w:
            translations.keep(w, Kept(text, src, target, acct.provider, translated,
                                      detected or src))
        return Result(translated, detected or src, target, acct.provider)
    finally:
        with _pending_lock:
            _pending.pop(key).set()


def count_kept(store: Store) -> int:
    return translations.count(store.conn)


# --- for the inbox: a thread's customer lines, and the reply being written -----------------------

@dataclass(frozen=True, slots=True)
class Line:
    """A customer line's translation as the thread shows it: ``ok`` (``text`` is the
    translation), ``offer`` (on click: not translated yet) or ``error`` (``error`` says why;
    the original stays shown)."""

    message_id: str
    state: str
    language: str
    text: str = ""
    error: Exception | None = None


def thread_lines(store: Store, lines: list[tuple[str, str]], fetch: bool) -> list[Line]:
    """Translations of customer lines (message id, text) not in the agents' language: from the
    shop database, or (``fetch``) from the provider. After the provider is found unreachable
    the rest are not tried again."""
    settings = load(store)
    out: list[Line] = []
    offline: Exception | None = None
    for message_id, text in lines:
        lang = detect(text)
        if not lang or lang == settings.agent_language:
            continue
        found = kept(store, text, settings.agent_language, lang) if settings.provider else None
        if found is not None:
            out.append(Line(message_id, "ok", lang, found.text))
        elif not settings.provider or not fetch:
            out.append(Line(message_id, "offer", lang))
        elif offline is not None:
            out.append(Line(message_id, "error", lang, error=offline))
        else:
            try:
                done = translate_text(store, text, settings.agent_language, lang)
                out.append(Line(message_id, "ok", lang, done.text))
            except (Offline, ProviderError, UserError) as exc:
                offline = exc if isinstance(exc, (Offline, UserError)) else None
                out.append(Line(message_id, "error", lang, error=exc))
    return out


def customer_language(store: Store, conversation_id: str, last_line: str) -> str:
    """The language replies in a conversation go out in: the customer's (as set on the
    profile, or as their messages tell), else their last line's."""
    lang, _pinned = translations.customer_language(store.conn, conversation_id)
    return base(lang) or detect(last_line)


def customer_language_setting(store: Store, conversation_id: str) -> tuple[str, bool]:
    """A conversation's customer's language, and whether it was set on their profile."""
    return translations.customer_language(store.conn, conversation_id)


def preview(store: Store, text: str, target: str) -> Result:
    """What the customer will get for ``text``: as written when it is already in their
    language (a template or article in that language), else translated."""
    lang = detect(text)
    if lang == target:
        return Result(text, lang, target, "", cached=True)
    return translate_text(store, text, target, lang or load(store).agent_language)

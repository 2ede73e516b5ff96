"""Auto-replies in the customer's language when the shop has no reply written in it.

The shop writes its scenario replies in Chinese and English. A customer who writes Spanish,
Thai … gets one of those, or — when the shop switched it on (off by default, Settings ›
Translation) — that reply translated into their language through the shop's translation
account, the original kept with the message. A simulation never calls the provider: it says
which replies would be translated, and into what.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.language import base
from desktop.services import language, translation
from desktop.services.errors import UserError
from desktop.services.translation_providers import Offline, ProviderError
from desktop.store import settings as settings_store
from desktop.store.db import Store

SIMULATION_KEY = "translation.simulation"
WRITTEN_LANGUAGES = ("zh", "en")  # the languages the shop's scenario replies are written in


def copy_for_simulation(source: Store, scratch: Store) -> None:
    """Give a simulation's scratch copy this desktop's translation settings, marked so that
    no provider is called from it."""
    raw = settings_store.read_local(source.conn, translation.SETTINGS_KEY)
    with scratch.write() as w:
        if raw:
            settings_store.write_local(w, translation.SETTINGS_KEY, raw)
        settings_store.write_local(w, SIMULATION_KEY, "1")


def translate_reply(store: Store, customer_language: str, text: str
                    ) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(text to send, extra kept with the message, what to say in the action's account)."""
    settings = translation.load(store)
    target = base(customer_language)
    if not settings.autoreply or not settings.provider or not text.strip() or \
            not target or target in WRITTEN_LANGUAGES:
        return text, {}, {}
    source = language.detect(text)
    if source == target:
        return text, {}, {}
    said: dict[str, Any] = {"translate_to": target, "provider": settings.provider}
    if settings_store.read_local(store.conn, SIMULATION_KEY):
        return text, {}, {**said, "simulated": True}
    try:
        done = translation.translate_text(store, text, target, source)
    except (Offline, ProviderError, UserError) as exc:
        reason = exc.message("en") if isinstance(exc, ProviderError) else str(exc)
        return text, {}, {**said, "translation_error": reason}
    extra = {"original": text, "original_language": done.source_language,
             "language": target, "translated_by": done.provider}
    return done.text, extra, {**said, "original": text}

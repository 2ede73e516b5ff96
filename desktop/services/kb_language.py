"""Knowledge-base answers in the customer's language first: an answer the shop wrote in
Spanish beats a machine translation of the Chinese one."""

from __future__ import annotations

from typing import Any

from desktop.domain.kb_match import is_question
from desktop.domain.language import base
from desktop.services import kb, translation
from desktop.store.db import Store

OFFERED = 0.2  # the composer offers articles scoring at least this (see ConversationView)


def suggestions(store: Store, message: str, conversation_id: str) -> list[dict[str, Any]]:
    """The three articles to offer for a customer's message, those written in the customer's
    language before the others (each scoring enough to be offered), best first within each."""
    if not is_question(message):
        return []
    lang = translation.customer_language(store, conversation_id, message)
    found = kb.match(store, message, 8)
    languages = {a.id: base(a.language) for a in kb.index(store).articles.values()}
    for f in found:
        f["language"] = languages.get(f["id"], "")
    found.sort(key=lambda f: (not (f["score"] >= OFFERED and f["language"] == lang),
                              -f["score"]))
    return found[:3]
